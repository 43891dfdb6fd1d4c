package entities

import (
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/zhfacts/zhfacts/extractors/cleanup"
	"github.com/zhfacts/zhfacts/extractors/ner"
	"github.com/zhfacts/zhfacts/extractors/segment"
	"github.com/zhfacts/zhfacts/extractors/sentence"
	"github.com/zhfacts/zhfacts/pipeline"
	"github.com/zhfacts/zhfacts/pipeline/source"
)

// seedDoc runs the seed article through the tagger with this stage last.
func seedDoc(t testing.TB) *pipeline.Doc {
	t.Helper()
	data, err := os.ReadFile("../../testdata/golden/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	seg, err := segment.Segmenter()
	if err != nil {
		t.Fatal(err)
	}
	tags, err := ner.New(ner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := source.ParseArticle("seed.txt", data, source.Options{})
	pipeline.New(cleanup.Stage{}, sentence.Stage{}, segment.New(seg), tags, newStage(t)).Process(d)
	if len(d.Errors) > 0 {
		for _, e := range d.Errors {
			if e.Severity == pipeline.SeverityError {
				t.Fatalf("seed: %+v", e)
			}
		}
	}
	return d
}

// TestSeedArticle checks the codes this stage gives the places the tagger
// finds in the seed article.
func TestSeedArticle(t *testing.T) {
	d := seedDoc(t)
	type norm struct{ code, country, entity string }
	got := map[string]map[norm]bool{}
	for _, m := range d.Mentions {
		if m.Type != pipeline.Place {
			continue
		}
		if got[m.Text] == nil {
			got[m.Text] = map[norm]bool{}
		}
		got[m.Text][norm{m.PlaceCode, m.Country, m.Entity}] = true
	}
	want := map[string]norm{
		"成都":   {"510100", "CN", "四川省成都市"},
		"武侯区":  {"510107", "CN", "四川省成都市武侯区"},
		"新西兰":  {"", "NZ", "新西兰"},
		"克罗地亚": {"", "HR", "克罗地亚"},
		"土耳其":  {"", "TR", "土耳其"},
		"泰国":   {"", "TH", "泰国"},
		"德阳":   {"510600", "CN", "四川省德阳市"},
	}
	for text, w := range want {
		if len(got[text]) != 1 || !got[text][w] {
			t.Errorf("PLACE %s: got %v, want only %v", text, got[text], w)
		}
	}
	for _, m := range d.Mentions {
		if m.Type == pipeline.Person && (m.Text == "成都" || m.Text == "武侯区") {
			t.Errorf("%s is still a PERSON: %+v", m.Text, m)
		}
		if m.Text == "市科技局" && m.Type == pipeline.Org && m.Entity != "成都市科学技术局" {
			t.Errorf("市科技局: entity %q, want 成都市科学技术局", m.Entity)
		}
	}
	if testing.Verbose() {
		var lines []string
		for _, m := range d.Mentions {
			if isEntity(m.Type) {
				lines = append(lines, strings.Join([]string{m.Type, m.Text, m.Entity, m.PlaceCode, m.Country, m.Rule}, " "))
			}
		}
		sort.Strings(lines)
		t.Log("\n" + strings.Join(lines, "\n"))
	}
}

func BenchmarkSeed(b *testing.B) {
	d := seedDoc(b)
	base := make([]pipeline.Mention, 0, len(d.Mentions))
	for _, m := range d.Mentions {
		if m.Stage != Name {
			base = append(base, m)
		}
	}
	s := newStage(b)
	for b.Loop() {
		d.Mentions = append(d.Mentions[:0], base...)
		if err := s.Process(d); err != nil {
			b.Fatal(err)
		}
	}
}
