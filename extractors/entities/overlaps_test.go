package entities

import (
	"fmt"
	"strings"
	"testing"

	"github.com/zhfacts/zhfacts/pipeline"
)

func TestDropOverlaps(t *testing.T) {
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	m := func(typ string, start, end int, rule string) pipeline.Mention {
		return pipeline.Mention{Type: typ, Start: start, End: end, Rule: rule}
	}
	for _, c := range []struct {
		name string
		in   []pipeline.Mention
		want string // the mentions kept, as type:start-end
	}{
		// 叙伊德利卜省: the place a dictionary knows wins over the tagger's 伊.
		{"listed", []pipeline.Mention{m(pipeline.Place, 1, 2, "perceptron:msra"), m(pipeline.Place, 1, 6, "known-place|place-foreign")}, "[PLACE:1-6]"},
		// 中国石化九江分公司: the alias wins over the longer tagger span.
		{"listed shorter", []pipeline.Mention{m(pipeline.Org, 0, 4, "known-org|org-alias"), m(pipeline.Org, 2, 9, "perceptron:msra")}, "[ORG:0-4]"},
		// 刘海生 and 海生, neither listed: the longer.
		{"longer", []pipeline.Mention{m(pipeline.Person, 0, 3, "byline-person"), m(pipeline.Person, 1, 3, "split-spaced")}, "[PERSON:0-3]"},
		// Two organizations no dictionary names, overlapping: one name.
		{"union", []pipeline.Mention{m(pipeline.Org, 0, 3, "person-company"), m(pipeline.Org, 2, 6, "bracket-balance")}, "[ORG:0-6]"},
		// Names side by side and other types stay.
		{"apart", []pipeline.Mention{m(pipeline.Place, 0, 2, ""), m(pipeline.Org, 2, 5, ""), m(pipeline.Date, 3, 5, "calendar")}, "[PLACE:0-2 ORG:2-5 DATE:3-5]"},
	} {
		d := s.newDoc(&pipeline.Doc{Text: "叙伊德利卜省南部局势", Mentions: c.in})
		dropOverlaps(&d)
		var got []string
		for _, k := range d.Mentions {
			got = append(got, fmt.Sprintf("%s:%d-%d", k.Type, k.Start, k.End))
		}
		if fmt.Sprint(got) != c.want {
			t.Errorf("%s: kept %v, want %s", c.name, got, c.want)
		}
	}
}

// TestMarkNames checks the marks of one-character places, other names and
// names with no code points, and that other mentions leave none.
func TestMarkNames(t *testing.T) {
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	m := func(typ string, start, end int) pipeline.Mention {
		return pipeline.Mention{Type: typ, Start: start, End: end}
	}
	d := s.newDoc(&pipeline.Doc{Text: "中德合作与美国", Mentions: []pipeline.Mention{
		m(pipeline.Place, 1, 2), m(pipeline.Place, 5, 7), m(pipeline.Date, 2, 4),
		m(pipeline.Person, 3, 3), m(pipeline.Org, 6, 9), // past the text's end: marked to it
	}})
	marks := d.markNames()
	var single, other []int
	for k := range marks.single {
		if marks.single[k] {
			single = append(single, k)
		}
		if marks.other[k] {
			other = append(other, k)
		}
	}
	if fmt.Sprint(single) != "[1]" || fmt.Sprint(other) != "[5 6]" {
		t.Errorf("marked single %v, other %v; want [1], [5 6]", single, other)
	}
	if len(marks.odd) != 1 || marks.odd[0].Start != 3 {
		t.Errorf("odd names %v, want the PERSON at 3", marks.odd)
	}
}

// TestUnique checks that unique finds the one entity that matches by text
// or entity, none when two differ, and asks once of a mention that is its
// own entity.
func TestUnique(t *testing.T) {
	m := func(text, entity string) *pipeline.Mention { return &pipeline.Mention{Text: text, Entity: entity} }
	asked := 0
	has := func(sub string) func(string) bool {
		return func(s string) bool { asked++; return strings.Contains(s, sub) }
	}
	earlier := []*pipeline.Mention{m("中科院", "中国科学院"), m("外交部", ""), m("国防部", "国防部")}
	for _, c := range []struct {
		sub, want string
		asked     int
	}{
		{"科学", "中国科学院", 4}, // by entity; 外交部 and 国防部 asked once each
		{"部", "", 4},       // 外交部 and 国防部: two entities
		{"银行", "", 4},
	} {
		asked = 0
		if got := unique(earlier, has(c.sub)); got != c.want || asked != c.asked {
			t.Errorf("unique(%s) = %q after %d asks, want %q after %d", c.sub, got, asked, c.want, c.asked)
		}
	}
}

// TestBookTitle checks what the one book title of a name holds, and names
// with none, an empty one or two.
func TestBookTitle(t *testing.T) {
	for name, want := range map[string]string{"美国《华尔街日报》": "华尔街日报", "《求是》杂志": "求是", "中国科学院": "", "“基地”组织": "",
		"《》": "", "《人民日报》《求是》": "", "《求是": ""} {
		if got, ok := bookTitle(name); got != want || ok != (want != "") {
			t.Errorf("bookTitle(%q) = %q, %v; want %q", name, got, ok, want)
		}
	}
}

// TestHasMention checks that hasMention asks type and span both.
func TestHasMention(t *testing.T) {
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := s.newDoc(&pipeline.Doc{Text: "奥巴马访华", Mentions: []pipeline.Mention{{Type: pipeline.Person, Start: 0, End: 3}}})
	if !d.hasMention(pipeline.Person, 0, 3) || d.hasMention(pipeline.Place, 0, 3) || d.hasMention(pipeline.Person, 0, 2) {
		t.Error("hasMention is wrong for PERSON 0-3")
	}
}
