package dictionaries

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/internal/runes"
)

func TestOrgSuffixes(t *testing.T) {
	s, err := LoadOrgSuffixes()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, suffix, kind string }{
		{"中国科学院成都生物研究所", "研究所", "research"},
		{"萨格勒布大学", "大学", "education"},
		{"中国核工业集团有限公司", "有限公司", "company"},
		{"成都日报", "日报", "media"},
		{"中韩创新创业园", "创业园", "park"},
		{"成都高新区", "高新区", "zone"},
		{"天府国际技术转移中心", "中心", "other"},
		{"大学", "", ""}, // a bare suffix is no name
		{"张洁", "", ""},
	}
	for _, tt := range tests {
		suf, kind, ok := s.Match(tt.name)
		if suf != tt.suffix || kind != tt.kind || ok != (tt.suffix != "") {
			t.Errorf("Match(%s) = %q, %q, %v; want %q, %q", tt.name, suf, kind, ok, tt.suffix, tt.kind)
		}
	}
	// Match reads no tail longer than one character of a name whose last
	// two end no suffix: the walk over every tail finds the same.
	for suf := range s.kind {
		rs := []rune(suf)
		for _, name := range []string{"北京" + suf, "北京" + string(rs[len(rs)-1]), "北京" + suf + "报", "X" + string(rs[1:]), "中" + string(rs[:len(rs)-1]) + "局", suf + "\xff"} {
			want, wantKind, _ := longestSuffix(name, s.maxLen, s.kind, &s.first)
			if r, _ := runes.DecodeLast(name); !s.last.Has(r) {
				want, wantKind = "", ""
			}
			if got, kind, _ := s.Match(name); got != want || kind != wantKind {
				t.Errorf("Match(%q) = %q, %q; want %q, %q", name, got, kind, want, wantKind)
			}
		}
	}
}

func TestOrgAliases(t *testing.T) {
	a, err := LoadOrgAliases()
	if err != nil {
		t.Fatal(err)
	}
	for alias, want := range map[string]string{
		"中科院": "中国科学院", "中核集团": "中国核工业集团有限公司", "世卫组织": "世界卫生组织",
		"ITER": "国际热核聚变实验堆组织", "央行": "中国人民银行", "中国科协": "中国科学技术协会",
	} {
		if got, ok := a.Canonical(alias); !ok || got != want {
			t.Errorf("Canonical(%s) = %q, want %q", alias, got, want)
		}
	}
	if got, ok := a.Dept("科技局"); !ok || got != "科学技术局" {
		t.Errorf("Dept(科技局) = %q, want 科学技术局", got)
	}
	for s, want := range map[string]bool{"国际热核": true, "国际热核聚变实验堆": true, "中科院": true, "中": true, "张洁": false, "国际热核聚变实验堆组织X": false, "": false, "的": false, "\xff": false,
		// Each of the first pair, the last pair and a cut through a character.
		"中国科学院": true, "中国科": true, "中的": false, "中国科的": false, "国际热核聚变实验堆组织"[:10]: false, "中\xff": false} {
		canon, prefix := aliasPrefix(a, s)
		if wantCanon, _ := a.Canonical(s); prefix != want || canon != wantCanon {
			t.Errorf("AliasPrefix(%q) = %q, %v, want %q, %v", s, canon, prefix, wantCanon, want)
		}
	}
	for alias, want := range a.org {
		if canon, prefix := aliasPrefix(a, alias); canon != want || !prefix {
			t.Errorf("AliasPrefix(%q) = %q, %v, want %q, true", alias, canon, prefix, want)
		}
	}
	if _, ok := a.Canonical("科技局"); ok {
		t.Error("a department's short name must not be an organization on its own")
	}
	tab, _ := ParseTSV("a.tsv", "alias\tcanonical\tkind\n中科院\t中国科学院\torg\n中科院\t中国科学院\torg\n")
	if _, err := ParseOrgAliases(tab); err == nil || !strings.Contains(err.Error(), "repeated") {
		t.Errorf("repeated alias accepted: %v", err)
	}
}

func TestDeptEndingWith(t *testing.T) {
	a, err := LoadOrgAliases()
	if err != nil {
		t.Fatal(err)
	}
	for tail, want := range map[string]string{"改革局": "发展和改革局", "城乡建设局": "住房和城乡建设局", "科学技术局": ""} {
		got := a.DeptEndingWith(tail)
		if want == "" && len(got) > 0 || want != "" && !slices.Contains(got, want) {
			t.Errorf("DeptEndingWith(%q) = %q, want it to hold %q", tail, got, want)
		}
	}
	// A department's full name reads as itself after a place.
	if c, ok := a.Dept("发展和改革局"); !ok || c != "发展和改革局" {
		t.Errorf("Dept(发展和改革局) = %q, %v", c, ok)
	}
}

// TestQuoteOrgWords checks that a unit may follow a noun after the quotes
// and a party may not.
func TestQuoteOrgWords(t *testing.T) {
	l, err := LoadQuoteOrgWords()
	if err != nil {
		t.Fatal(err)
	}
	for w, want := range map[string]bool{"部队": true, "党": false, "组织": false} {
		if got, ok := l.Get(w); !ok || got != want {
			t.Errorf("%s: after_noun %v (listed %v), want %v", w, got, ok, want)
		}
	}
	if _, ok := l.Get("企业"); ok {
		t.Error("企业 should not be listed: it heads categories")
	}
}

// TestOrgListHeads checks a head of each kind and one not listed.
func TestOrgListHeads(t *testing.T) {
	l, err := LoadOrgListHeads()
	if err != nil {
		t.Fatal(err)
	}
	for w, want := range map[string]bool{"厂家": false, "强队": true} {
		if got, ok := l.Get(w); !ok || got != want {
			t.Errorf("%s: team %v (listed %v), want %v", w, got, ok, want)
		}
	}
	if _, ok := l.Get("机构"); ok {
		t.Error("机构 should not be listed: it heads lists of bodies that are no names")
	}
}

// TestWordLists loads every one-column word list and checks a
// word that must be in it and one that must not.
func TestWordLists(t *testing.T) {
	for _, c := range []struct {
		name    string
		load    func() (*Lexicon[struct{}], error)
		in, out string
	}{
		{"org_false_endings", LoadOrgFalseEndings, "部署", "政府"},
		{"country_bodies", LoadCountryBodies, "国防部", "总统"},
		{"congress_words", LoadCongressWords, "精神", "战略"},
		{"event_abbrevs", LoadEventAbbrevs, "亚运", "亚方"},
		{"sports_cues", LoadSportsCues, "男单", "总理"},
		{"document_words", LoadDocumentWords, "法案", "日报"},
		{"org_units", LoadOrgUnits, "代表团", "中心"},
		{"field_join_not", LoadFieldJoinNot, "部门", "农业"},
		{"org_openers", LoadOrgOpeners, "有关", "改革"},
		{"company_trades", LoadCompanyTrades, "科技", "工作者"},
		{"company_words", LoadCompanyWords, "董事长", "公司"},
		{"state_forms", LoadStateForms, "联邦共和国", "政府"},
	} {
		l, err := c.load()
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if _, ok := l.Get(c.in); !ok {
			t.Errorf("%s: %q missing", c.name, c.in)
		}
		if _, ok := l.Get(c.out); ok {
			t.Errorf("%s: %q should not be listed", c.name, c.out)
		}
	}
}

func TestWorkCues(t *testing.T) {
	c, err := LoadWorkCues()
	if err != nil {
		t.Fatal(err)
	}
	if !c.Before("央视播出的电视剧") || !c.Before("微纪录片") || c.Before("据日本") {
		t.Error("Before: want 电视剧 and 微纪录片 read, 日本 not")
	}
	if c.MaxBefore() < len("纪录片") {
		t.Errorf("MaxBefore = %d, shorter than 纪录片", c.MaxBefore())
	}
	if !c.After("播出") || c.After("出版社") {
		t.Error("After: want 播出 listed, 出版社 not")
	}
	for text, want := range map[string]bool{"第二季开播": true, "第3集": true, "第季": false, "第二版": false, "二季": false} {
		if got := c.Count(text); got != want {
			t.Errorf("Count(%q) = %v, want %v", text, got, want)
		}
	}
	for _, body := range []string{"beside\t电影\tx\n", "after\t播出\tx\nafter\t播出\ty\n", "before\t\tx\n", "count\t季度\tx\n"} {
		tab, err := ParseTSV("w.tsv", "side\tword\tnote\n"+body)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := ParseWorkCues(tab); err == nil || !strings.Contains(err.Error(), "w.tsv:") {
			t.Errorf("%q: error %v, want one naming the line", body, err)
		}
	}
}

// TestHeadKey checks that strings beginning with the same two characters
// hash alike and that a string without a whole second character of three
// bytes has no key.
func TestHeadKey(t *testing.T) {
	key := func(s string) (rune, bool) {
		c, size := runes.DecodeFirst(s)
		return headKey(c, s, size)
	}
	want, _ := key("中国科学院")
	for _, tc := range []struct {
		s    string
		same bool // the key of 中国科学院
		ok   bool
	}{
		{"中国", true, true}, {"中国人", true, true}, {"中国a", true, true},
		{"中华", false, true}, {"国中", false, true}, {"a中", false, true},
		{"中", false, false}, {"中国"[:4], false, false}, {"中a", false, false}, {"ab", false, false}, {"中é", false, false},
	} {
		k, ok := key(tc.s)
		if ok != tc.ok || ok && (k == want) != tc.same {
			t.Errorf("headKey(%q) = %d, %v; want ok %v and the key of 中国科学院 %v", tc.s, k, ok, tc.ok, tc.same)
		}
	}
}

// aliasPrefix is a.AliasPrefix(s) with the first and last characters of s
// decoded as its caller decodes them.
func aliasPrefix(a *OrgAliases, s string) (string, bool) {
	first, last := utf8.RuneError, utf8.RuneError
	if rs := []rune(s); len(rs) > 0 {
		first, last = rs[0], rs[len(rs)-1]
	}
	return a.AliasPrefix(s, first, last)
}
