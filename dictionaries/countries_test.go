package dictionaries

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

func TestCountriesLookup(t *testing.T) {
	cs, err := LoadCountries()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ form, code string }{
		{"新西兰", "NZ"}, {"克罗地亚", "HR"}, {"土耳其", "TR"}, {"泰国", "TH"}, {"法国", "FR"},
		{"韩国", "KR"}, {"日本", "JP"}, {"德国", "DE"}, {"美利坚合众国", "US"}, {"俄罗斯联邦", "RU"},
		{"刚果（金）", "CD"}, {"美", ""}, {"巴黎", ""},
		{"苏联", "SU"}, {"前苏联", "SU"}, {"东德", "DD"}, {"西德", "DE"}, {"南联盟", "YU"}, {"捷克斯洛伐克", "CS"},
	}
	for _, tt := range tests {
		got := ""
		if c := cs.Lookup(tt.form); c != nil {
			got = c.Code
		}
		if got != tt.code {
			t.Errorf("Lookup(%s) = %q, want %q", tt.form, got, tt.code)
		}
	}
	for form, c := range cs.byName {
		// Every name and alias passes the test of its last bytes.
		if cs.Lookup(form) != c {
			t.Errorf("Lookup(%s) = %v, want %s", form, cs.Lookup(form), c.Code)
		}
	}
	for form, code := range map[string]string{"美": "US", "克": "HR", "中": "CN", "韩": "KR"} {
		if c := cs.Abbrev(form); c == nil || c.Code != code {
			t.Errorf("Abbrev(%s) = %v, want %s", form, c, code)
		}
	}
}

// TestCountriesCLDR cross-checks the data file against CLDR: it has every
// ISO 3166-1 code x/text knows as a current country, and CLDR's Chinese name
// of each is its name or one of its aliases.
func TestCountriesCLDR(t *testing.T) {
	cs, err := LoadCountries()
	if err != nil {
		t.Fatal(err)
	}
	current := 0
	for _, c := range cs.All() {
		if !c.Former {
			current++
		}
	}
	if current != 249 {
		t.Errorf("%d current codes, want the 249 of ISO 3166-1", current)
	}
	names := display.Regions(language.Chinese)
	for _, c := range cs.All() {
		if c.Former {
			// Withdrawn codes: CLDR names none of them in Chinese.
			if slices.Contains([]string{"SU", "YU", "CS", "DD"}, c.Code) {
				continue
			}
			t.Errorf("%s: former state under a code ISO 3166-1 never reserved for one", c.Code)
			continue
		}
		r, err := language.ParseRegion(c.Code)
		if err != nil {
			t.Errorf("%s: %v", c.Code, err)
			continue
		}
		cldr := names.Name(r)
		if cldr != c.Name && !contains(c.Aliases, cldr) {
			t.Errorf("%s: CLDR name %q is neither the name %q nor an alias %v", c.Code, cldr, c.Name, c.Aliases)
		}
	}
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

func TestParseCountriesRejects(t *testing.T) {
	tests := []struct{ rows, want string }{
		{"US\t美国\tname\nUS\t美利坚\tname\n", "second name"},
		{"US\t美国\tname\nGB\t美国\tname\n", "already belongs"},
		{"us\t美国\tname\n", "capital letters"},
		{"US\t美国\tnickname\n", "unknown kind"},
		{"US\t美\tabbrev\n", "no name row"},
		{"SU\t苏联\tformer\nSU\t苏维埃\tformer\n", "second name"},
	}
	for _, tt := range tests {
		tab, err := ParseTSV("c.tsv", "code\tform\tkind\n"+tt.rows)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := ParseCountries(tab); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: err = %v, want %q", tt.rows, err, tt.want)
		}
	}
}

func TestForeignPlaces(t *testing.T) {
	cs, err := LoadCountries()
	if err != nil {
		t.Fatal(err)
	}
	fp, err := LoadForeignPlaces(cs)
	if err != nil {
		t.Fatal(err)
	}
	if fp.Len() < 150 {
		t.Errorf("%d foreign places, want ≥ 150", fp.Len())
	}
	d := mustDivisions(t)
	for name, code := range map[string]string{"华盛顿": "US", "卡达拉奇": "FR", "阿拉木图": "KZ", "萨格勒布": "HR", "首尔": "KR", "欧洲": ""} {
		if p := fp.Lookup(name); p == nil || p.Country != code {
			t.Errorf("Lookup(%s) = %+v, want country %q", name, p, code)
		}
	}
	// A foreign name must not shadow a Chinese division's name.
	for name := range fp.byName {
		if len(d.Lookup(name)) > 0 {
			t.Errorf("foreign place %s is also a Chinese division", name)
		}
	}
	tab, _ := ParseTSV("f.tsv", "name\tcountry\tkind\n巴黎\tXX\tcity\n")
	if _, err := ParseForeignPlaces(tab, cs); err == nil || !strings.Contains(err.Error(), "unknown country") {
		t.Errorf("unknown country accepted: %v", err)
	}
}

func TestRegionAbbrevs(t *testing.T) {
	cs, err := LoadCountries()
	if err != nil {
		t.Fatal(err)
	}
	fp, err := LoadForeignPlaces(cs)
	if err != nil {
		t.Fatal(err)
	}
	ra, err := LoadRegionAbbrevs(fp)
	if err != nil {
		t.Fatal(err)
	}
	for abbrev, want := range map[string]string{"欧": "欧洲", "非": "非洲", "亚": "亚洲", "拉": "拉丁美洲", "淮": "淮河", "美": "", "奥": ""} {
		got := ""
		if p := ra.Lookup(abbrev); p != nil {
			got = p.Name
		}
		if got != want {
			t.Errorf("Lookup(%s) = %q, want %q", abbrev, got, want)
		}
	}
	for _, body := range []string{"欧洲\t欧洲\n", "欧\t巴黎\n", "欧\t欧洲\n欧\t非洲\n", "欧\t人民大会堂\n"} {
		tab, err := ParseTSV("r.tsv", "abbrev\tregion\n"+body)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := ParseRegionAbbrevs(tab, fp); err == nil || !strings.Contains(err.Error(), "r.tsv:") {
			t.Errorf("%q: error %v, want one naming the line", body, err)
		}
	}
}

func TestAbbrevContexts(t *testing.T) {
	c, err := LoadAbbrevContexts()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		before, after string
		want          bool
	}{
		{"反对对", "遏制", true},
		{"", "军表示", true},
		{"据", "政府称", true},
		{"", "", false},
		{"这是", "国的", false},
		{"同", "方", false}, // 方 is the stage's own rule, not a listed word
	} {
		if got := c.Around(tc.before, tc.after); got != tc.want {
			t.Errorf("Around(%q, %q) = %v, want %v", tc.before, tc.after, got, tc.want)
		}
	}
	if !c.Split("军方") || c.Split("军事") || c.Split("军官") {
		t.Errorf("Split: want 军方 listed, 军事 and 军官 not")
	}
	for _, body := range []string{"beside\t对\tx\n", "before\t对\tx\nbefore\t对\ty\n", "after\t\tx\n"} {
		tab, err := ParseTSV("c.tsv", "side\tword\tnote\n"+body)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := ParseAbbrevContexts(tab); err == nil || !strings.Contains(err.Error(), "c.tsv:") {
			t.Errorf("%q: error %v, want one naming the line", body, err)
		}
	}
}

// TestAbbreviatedBy checks AbbreviatedBy against Abbrev for every character
// of the abbreviations and a few others.
func TestAbbreviatedBy(t *testing.T) {
	cs, err := LoadCountries()
	if err != nil {
		t.Fatal(err)
	}
	chars := []rune{'国', 'a', utf8.RuneError, 0x20000, -1}
	for _, c := range cs.All() {
		for _, a := range c.Abbrevs {
			chars = append(chars, []rune(a)...)
		}
	}
	for _, r := range chars {
		if got, want := cs.AbbreviatedBy(r), cs.Abbrev(string(r)) != nil; got != want {
			t.Errorf("AbbreviatedBy(%q) = %v, want %v", r, got, want)
		}
	}
}
