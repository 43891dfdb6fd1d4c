package dictionaries

import (
	"reflect"
	"strings"
	"testing"
)

func TestTitles(t *testing.T) {
	ts, err := LoadTitles()
	if err != nil {
		t.Fatal(err)
	}
	for title, want := range map[string]string{"部长": "government", "研究员": "research", "院士": "academic",
		"市长": "government", "区委书记": "party", "主任": "generic", "记者": "media"} {
		if got, ok := ts.Category(title); !ok || got != want {
			t.Errorf("Category(%s) = %q, want %q", title, got, want)
		}
	}
	for title, want := range ts.category {
		if got, ok := ts.CategoryOfRunes([]rune(title)); !ok || got != want {
			t.Errorf("CategoryOfRunes(%s) = %q, want %q", title, got, want)
		}
	}
	for _, s := range []string{"", "部", "长", "部长们", "研究员研究员研究员"} {
		got, ok := ts.CategoryOfRunes([]rune(s))
		if want, wantOK := ts.Category(s); got != want || ok != wantOK {
			t.Errorf("CategoryOfRunes(%s) = %q, %v; Category says %q, %v", s, got, ok, want, wantOK)
		}
	}
	// Prefixes gives every title a text begins with, longest first; Prefix
	// the longest.
	var got []string
	for title := range ts.Prefixes("总统助理说") {
		got = append(got, title)
	}
	if strings.Join(got, " ") != "总统助理 总统" {
		t.Errorf("Prefixes(总统助理说) = %v", got)
	}
	got = got[:0]
	for title := range ts.Prefixes("国家主席习近平") {
		got = append(got, title)
	}
	if strings.Join(got, " ") != "国家主席" {
		t.Errorf("Prefixes(国家主席习近平) = %v", got)
	}
	if p, ok := ts.Prefix("区委书记说"); !ok || p != "区委书记" {
		t.Errorf("Prefix(区委书记说) = %q, %v", p, ok)
	}
	if _, ok := ts.Prefix("说"); ok {
		t.Error("Prefix(说) found a title")
	}
	if !ts.Begins('总') || ts.Begins('说') {
		t.Errorf("Begins(总) = %v, Begins(说) = %v", ts.Begins('总'), ts.Begins('说'))
	}
	tab, _ := ParseTSV("t.tsv", "title\tcategory\n部长\tcelebrity\n")
	if _, err := ParseTitles(tab); err == nil || !strings.Contains(err.Error(), "t.tsv:2") {
		t.Errorf("unknown category accepted or line not named: %v", err)
	}
}

func TestSurnames(t *testing.T) {
	s, err := LoadSurnames()
	if err != nil {
		t.Fatal(err)
	}
	if s.Len() < 300 {
		t.Errorf("%d surnames, want ≥ 300", s.Len())
	}
	tests := []struct{ name, surname string }{
		{"张洁", "张"}, {"孙庚", "孙"}, {"欧阳修", "欧阳"}, {"诸葛亮", "诸葛"}, {"任福继", "任"},
		{"欧阳", "欧"}, // two characters: 欧 with given name 阳
		{"张", ""}, {"拜登", ""},
	}
	for _, tt := range tests {
		got, ok := s.Of(tt.name)
		if got != tt.surname || ok != (tt.surname != "") {
			t.Errorf("Of(%s) = %q, %v; want %q", tt.name, got, ok, tt.surname)
		}
	}
	tab, _ := ParseTSV("s.tsv", "surname\tkind\n欧阳\tsingle\n")
	if _, err := ParseSurnames(tab); err == nil {
		t.Error("two-character single surname accepted")
	}
}

func TestKnownPeople(t *testing.T) {
	k, err := LoadKnownPeople()
	if err != nil {
		t.Fatal(err)
	}
	cs, err := LoadCountries()
	if err != nil {
		t.Fatal(err)
	}
	divs, err := LoadDivisions()
	if err != nil {
		t.Fatal(err)
	}
	for name := range k.names {
		// A known person must not also be a place the gazetteers know.
		if cs.Lookup(name) != nil || len(divs.LookupFull(name)) > 0 || len(divs.Lookup(name)) > 0 {
			t.Errorf("%s is also a place", name)
		}
	}
	if !k.Has("奥巴马") || k.Has("奥") {
		t.Error("Has is wrong for 奥巴马 or 奥")
	}
	for name := range k.names {
		// Every name, and every text it ends, may end a name.
		if !k.MayEnd(name) || !k.MayEnd("了"+name[len(name)-3:]) {
			t.Errorf("MayEnd is false for %s", name)
		}
	}
	if k.MayEnd("a") || k.MayEnd("") {
		t.Error("MayEnd is true for a string shorter than two bytes")
	}
	for name, code := range k.country {
		if cs.ByCode(code) == nil {
			t.Errorf("%s: country %s is in no row of countries.tsv", name, code)
		}
	}
	if k.Country("习近平") != "CN" || k.Country("普京") != "RU" || k.Country("莫言") != "CN" {
		t.Error("Country is wrong for 习近平, 普京 or 莫言")
	}
	for _, bad := range []string{"name\tcountry\tnote\n王\t\tone character\n", "name\tcountry\tnote\n普京\tRU\ta\n普京\tRU\tb\n",
		"name\tcountry\tnote\n普京\tru\ta\n", "name\tnote\n普京\ta\n"} {
		tab, err := ParseTSV("bad.tsv", bad)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := ParseKnownPeople(tab); err == nil {
			t.Errorf("ParseKnownPeople(%q) accepted", bad)
		}
	}
}

func TestTitlesPrefix(t *testing.T) {
	ts, err := LoadTitles()
	if err != nil {
		t.Fatal(err)
	}
	for s, want := range map[string]string{"总统奥巴马": "总统", "总统府": "总统", "国务卿克里": "国务卿", "在会上": "", "": ""} {
		got, ok := ts.Prefix(s)
		if got != want || ok != (want != "") {
			t.Errorf("Prefix(%q) = %q, %v; want %q", s, got, ok, want)
		}
	}
}

func TestPersonContexts(t *testing.T) {
	c, err := LoadPersonContexts()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		before, after string
		want          bool
	}{
		{"", "高铁全线通车", true},
		{"今年第6号台风“", "”带来", true},
		{"今年第6号台风", "带来", true},
		{"台风“「\"“", "", true},
		{"台风“x", "", false},
		{"总理", "表示", false},
		{"", "铁", false},
	} {
		if got := c.Before(tc.before) || c.After(tc.after); got != tc.want {
			t.Errorf("Before(%q) || After(%q) = %v, want %v", tc.before, tc.after, got, tc.want)
		}
	}
	if !c.Place("叙利亚北部城市") || !c.Place("格陵兰岛首府") || c.Place("总统") || c.Place("") {
		t.Error("Place: want true after a kind of settlement, false after a title or nothing")
	}
	if !c.WritesBefore("受超强台风影响，") || c.WritesBefore("渝昆高铁全线通车") || c.WritesBefore("台") ||
		!c.WritesBefore("风险与热带风暴") || !c.WritesBefore("风气旋") || c.WritesBefore("风险和气候") {
		t.Error("WritesBefore: want true for a storm word anywhere, false for none")
	}
	if _, err := ParsePersonContexts(&Table{Name: "x.tsv", Header: []string{"side", "word", "note"}, Rows: [][]string{{"around", "高铁", ""}}, Lines: []int{2}}); err == nil {
		t.Error("side around: no error")
	}
}

func TestShareChars(t *testing.T) {
	got := shareChars([]string{"台风", "热带风暴", "气旋", "飓风"})
	want := []sharedChar{{"风", []string{"台风", "热带风暴", "飓风"}, []int{3, 6, 3}}, {"气", []string{"气旋"}, []int{0}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("shareChars = %v, want %v", got, want)
	}
}
