package dictionaries

import (
	"strings"
	"testing"
)

func mustDivisions(t *testing.T) *Divisions {
	t.Helper()
	d, err := LoadDivisions()
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestDivisionsCoverage pins the counts the file header promises: every
// provincial-level and prefecture-level division, and the county level.
func TestDivisionsCoverage(t *testing.T) {
	d := mustDivisions(t)
	n := map[string]int{}
	for _, v := range d.All() {
		n[v.Level]++
	}
	if n[LevelProvince] != 34 || n[LevelPrefecture] != 333 || n[LevelCounty] < 2800 {
		t.Errorf("counts %v, want 34 provinces, 333 prefectures, ≥ 2800 counties", n)
	}
}

func TestDivisionsLookup(t *testing.T) {
	d := mustDivisions(t)
	tests := []struct {
		name  string
		codes []string
		full  string // FullName of the first
	}{
		{"四川省", []string{"510000"}, "四川省"},
		{"四川", []string{"510000"}, "四川省"},
		{"成都", []string{"510100"}, "四川省成都市"},
		{"成都市", []string{"510100"}, "四川省成都市"},
		{"武侯区", []string{"510107"}, "四川省成都市武侯区"},
		{"郫都区", []string{"510117"}, "四川省成都市郫都区"},
		{"双流", []string{"510116"}, "四川省成都市双流区"},
		{"德阳", []string{"510600"}, "四川省德阳市"},
		{"阿坝", []string{"513200", "513231"}, "四川省阿坝藏族羌族自治州"},
		{"陕西", []string{"610000"}, "陕西省"},
		{"贵州", []string{"520000"}, "贵州省"},
		{"广西", []string{"450000"}, "广西壮族自治区"},
		{"海淀区", []string{"110108"}, "北京市海淀区"},
		{"浦东新区", []string{"310115"}, "上海市浦东新区"},
		{"万州区", []string{"500101"}, "重庆市万州区"},
		{"济源市", []string{"419001"}, "河南省济源市"},
		{"香港", []string{"810000"}, "香港特别行政区"},
		{"吉林", []string{"220000", "220200"}, "吉林省"},
		{"朝阳区", []string{"110105", "220104"}, "北京市朝阳区"},
		{"桐梓林", nil, ""},
		// Autonomous prefectures and counties by short form and bare suffix.
		{"凉山州", []string{"513400"}, "四川省凉山彝族自治州"},
		{"阿坝州", []string{"513200"}, "四川省阿坝藏族羌族自治州"},
		{"威宁县", []string{"520526"}, "贵州省毕节市威宁彝族回族苗族自治县"},
	}
	for _, tt := range tests {
		got := d.Lookup(tt.name)
		var codes []string
		for _, v := range got {
			codes = append(codes, v.Code)
		}
		if strings.Join(codes, ",") != strings.Join(tt.codes, ",") {
			t.Errorf("Lookup(%s) = %v, want %v", tt.name, codes, tt.codes)
			continue
		}
		if len(got) > 0 && d.FullName(got[0]) != tt.full {
			t.Errorf("FullName(%s) = %s, want %s", got[0].Code, d.FullName(got[0]), tt.full)
		}
	}
}

func TestDivisionsNesting(t *testing.T) {
	d := mustDivisions(t)
	wuhou, chengdu, sichuan := d.ByCode("510107"), d.ByCode("510100"), d.ByCode("510000")
	if d.Parent(wuhou) != chengdu || d.Parent(chengdu) != sichuan || d.Parent(sichuan) != nil {
		t.Fatalf("510107 → 510100 → 510000 does not nest")
	}
	if !d.Contains(sichuan, wuhou) || d.Contains(wuhou, sichuan) || d.Province(wuhou) != sichuan {
		t.Errorf("Contains/Province wrong for 武侯区 in 四川省")
	}
	// Every county's code starts with its province's two digits.
	for _, v := range d.All() {
		if p := d.Province(v); p.Code[:2] != v.Code[:2] {
			t.Errorf("%s %s lies in province %s", v.Code, v.Name, p.Code)
		}
	}
}

// TestParseDivisionsRejects shows that each consistency rule is enforced.
func TestParseDivisionsRejects(t *testing.T) {
	const head = "code\tname\tshort\tlevel\tparent\tshared_short\n" +
		"510000\t四川省\t四川\tprovince\t\t\n" +
		"510100\t成都市\t成都\tprefecture\t510000\t\n"
	tests := []struct{ name, rows, want string }{
		{"short code", "51010\t某区\t\tcounty\t510100\t\n", "six digits"},
		{"duplicate code", "510100\t某市\t\tprefecture\t510000\t\n", "already used"},
		{"wrong nesting", "510107\t武侯区\t武侯\tcounty\t520100\t\n", "parent"},
		{"missing parent", "510207\t某区\t\tcounty\t510200\t\n", "does not exist"},
		{"province shape", "510100\t某省\t\tprovince\t\t\n", "province"},
		{"prefecture parent", "510200\t某市\t\tprefecture\t520000\t\n", "prefecture"},
		{"duplicate name", "510107\t成都市\t\tcounty\t510000\t\n", "twice"},
		{"colliding short", "510107\t武侯区\t成都\tcounty\t510100\t\n", "shared"},
		{"unshared shared_short", "510107\t武侯区\t\tcounty\t510100\t武侯\n", "no other entry"},
		{"unknown level", "510107\t武侯区\t\ttown\t510100\t\n", "level"},
	}
	for _, tt := range tests {
		tab, err := ParseTSV("test.tsv", head+tt.rows)
		if err != nil {
			t.Fatal(err)
		}
		_, err = ParseDivisions(tab)
		if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "test.tsv:") {
			t.Errorf("%s: err = %v, want one naming the line and containing %q", tt.name, err, tt.want)
		}
	}
}

func TestPlaceSuffixes(t *testing.T) {
	s, err := LoadPlaceSuffixes()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, suffix, kind string }{
		{"普利特维采湖国家公园", "国家公园", PlaceLandmark},
		{"兴隆湖", "湖", PlaceNatural},
		{"九寨沟", "沟", PlaceNatural},
		{"阿坝藏族羌族自治州", "自治州", PlaceAdmin},
		{"湖", "", ""}, // a bare suffix is no name
		{"杜兹科技园", "", ""},
	}
	for _, tt := range tests {
		suf, kind, ok := s.Match(tt.name)
		if suf != tt.suffix || kind != tt.kind || ok != (tt.suffix != "") {
			t.Errorf("Match(%s) = %q, %q, %v; want %q, %q", tt.name, suf, kind, ok, tt.suffix, tt.kind)
		}
	}
	tab, _ := ParseTSV("s.tsv", "suffix\tkind\tunlisted\n湖\triver\t-\n")
	if _, err := ParsePlaceSuffixes(tab); err == nil || !strings.Contains(err.Error(), "unknown kind") {
		t.Errorf("unknown kind accepted: %v", err)
	}
	tab, _ = ParseTSV("s.tsv", "suffix\tkind\tunlisted\n湖\tnatural\tlake\n")
	if _, err := ParsePlaceSuffixes(tab); err == nil || !strings.Contains(err.Error(), "s.tsv:") {
		t.Errorf("unknown unlisted reading accepted: %v", err)
	}
	for _, tt := range []struct{ name, suffix, reading string }{
		{"黄泥巴村", "村", UnlistedTown},
		{"独龙江乡", "乡", UnlistedVillage},
		{"代尔祖尔省", "省", UnlistedUnit},
		{"毛伊岛", "岛", UnlistedUnit},
		{"千代田区", "区", UnlistedPart},
		{"朝鲜半岛", "半岛", ""}, // a peninsula, no island
		{"九寨沟", "沟", ""},
	} {
		if suf, r := s.Unlisted(tt.name); suf != tt.suffix || r != tt.reading {
			t.Errorf("Unlisted(%s) = %q, %q; want %q, %q", tt.name, suf, r, tt.suffix, tt.reading)
		}
	}
}

func TestDivisionAbbrevs(t *testing.T) {
	d := mustDivisions(t)
	a, err := LoadDivisionAbbrevs(d)
	if err != nil {
		t.Fatal(err)
	}
	for abbrev, code := range map[string]string{"蓉": "510100", "京": "110000", "川": "510000", "沪": "310000"} {
		if v := a.Lookup(abbrev); v == nil || v.Code != code {
			t.Errorf("Lookup(%s) = %v, want %s", abbrev, v, code)
		}
	}
	if v := a.Lookup("成"); v != nil {
		t.Errorf("Lookup(成) = %v, want nil", v)
	}
	for _, tt := range []struct {
		r              rune
		abbr, province bool
	}{{'蓉', true, false}, {'苏', true, true}, {'港', true, true}, {'成', false, false}, {'𠀀', false, false}} {
		if got, gotP := a.Abbreviates(tt.r), a.AbbreviatesProvince(tt.r); got != tt.abbr || gotP != tt.province {
			t.Errorf("Abbreviates(%c), AbbreviatesProvince = %v, %v, want %v, %v", tt.r, got, gotP, tt.abbr, tt.province)
		}
	}
	for _, bad := range []string{"abbrev\tcode\n成都\t510100\n", "abbrev\tcode\n武\t510107\n", "abbrev\tcode\n蓉\t510100\n蓉\t510100\n"} {
		tab, _ := ParseTSV("a.tsv", bad)
		if _, err := ParseDivisionAbbrevs(tab, d); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func TestDivisionsNameLengths(t *testing.T) {
	d := mustDivisions(t)
	if got, want := d.NameLengths('成', '都'), LengthBit(2)|LengthBit(3); got != want {
		t.Errorf("NameLengths(成, 都) = %b, want %b (成都, 成都市)", got, want)
	}
	if got := d.NameLengths('国', '家'); got != 0 {
		t.Errorf("NameLengths(国, 家) = %b, want none", got)
	}
	// Every name Lookup knows has its length in the set.
	for _, v := range d.All() {
		for _, name := range []string{v.Name, v.Short, v.SharedShort} {
			if r := []rune(name); len(r) >= 2 && d.NameLengths(r[0], r[1])&LengthBit(len(r)) == 0 {
				t.Errorf("NameLengths misses %s", name)
			}
		}
	}
	if LengthBit(63) != LengthBit(80) || LengthBit(2) == LengthBit(3) {
		t.Error("LengthBit: lengths from 63 share a bit, shorter ones do not")
	}
}

// TestPlaceGeneric checks that every word of place_generic.tsv ends in a
// suffix with an unlisted reading, which is all the list keeps from a rule.
func TestPlaceGeneric(t *testing.T) {
	g, err := LoadPlaceGeneric()
	if err != nil {
		t.Fatal(err)
	}
	s, err := LoadPlaceSuffixes()
	if err != nil {
		t.Fatal(err)
	}
	if g.Len() == 0 {
		t.Fatal("place_generic.tsv is empty")
	}
	for _, w := range g.Forms() {
		if _, r := s.Unlisted(w); r == "" {
			t.Errorf("%s ends in no suffix with an unlisted reading", w)
		}
	}
}
