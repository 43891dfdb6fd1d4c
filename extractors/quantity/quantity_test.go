package quantity

import (
	"math"
	"os"
	"strings"
	"testing"

	"github.com/zhfacts/zhfacts/extractors/cleanup"
	"github.com/zhfacts/zhfacts/extractors/money"
	"github.com/zhfacts/zhfacts/extractors/sentence"
	"github.com/zhfacts/zhfacts/pipeline"
	"github.com/zhfacts/zhfacts/pipeline/source"
)

func near(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b)) }

func matcher(t testing.TB) *Matcher {
	t.Helper()
	m, err := NewMatcher()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestRuleExamples walks every rule's examples.
func TestRuleExamples(t *testing.T) {
	m := matcher(t)
	for _, r := range rules {
		for _, ex := range r.examples {
			got := m.Find(ex.text)
			if ex.want == "" {
				if len(got) != 0 {
					t.Errorf("%s: Find(%q) = %+v, want nothing", r.name, ex.text, got)
				}
				continue
			}
			if len(got) != 1 {
				t.Errorf("%s: Find(%q) = %+v, want one item %q", r.name, ex.text, got, ex.want)
				continue
			}
			it := got[0]
			if it.Text != ex.want || it.Type != ex.typ || !near(it.Value, ex.value) || it.Unit != ex.unit || it.Qualifier != ex.qualifier || it.Rule != r.name {
				t.Errorf("%s: Find(%q) = %q %s %v %s %s by %s; want %q %s %v %s %s", r.name, ex.text, it.Text, it.Type, it.Value, it.Unit, it.Qualifier, it.Rule, ex.want, ex.typ, ex.value, ex.unit, ex.qualifier)
			}
			if ex.text[it.Start:it.End] != it.Text {
				t.Errorf("%s: Find(%q): offsets %d..%d do not match %q", r.name, ex.text, it.Start, it.End, it.Text)
			}
		}
	}
}

func seedDoc(t testing.TB) *pipeline.Doc {
	t.Helper()
	data, err := os.ReadFile("../../testdata/golden/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	d := source.ParseArticle("seed.txt", data, source.Options{})
	for _, s := range []pipeline.Stage{cleanup.Stage{}, sentence.Stage{}} {
		if err := s.Process(d); err != nil {
			t.Fatal(err)
		}
	}
	return d
}

func TestSeedArticle(t *testing.T) {
	st, err := New()
	if err != nil {
		t.Fatal(err)
	}
	d := seedDoc(t)
	if err := st.Process(d); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range d.Mentions {
		if d.Slice(m.Start, m.End) != m.Text {
			t.Errorf("mention %+v: offsets wrong", m)
		}
		got = append(got, m.Text+"="+m.Normalized)
	}
	want := []string{
		"7000公里=7000 km", "4家=4 家", "一个=1 个", "50余家=>50 家", "5家=5 家", "一次=1 次", "7000公里=7000 km", "40余项=>40 项",
		"一个=1 个", "两颗=2 颗", "一座=1 座", "一个=1 个", "一个=1 个", "20人次以上=>20 人次",
		"500余亩=>500 mu", "2000亩=2000 mu", "一个=1 个", "8家=8 家", "825家=825 家", "109家=109 家",
		"1家=1 家", "17个=17 个",
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("seed quantities =\n%v\nwant\n%v", got, want)
	}
}

func TestSkipsTakenSpans(t *testing.T) {
	st, err := New()
	if err != nil {
		t.Fatal(err)
	}
	d := &pipeline.Doc{Text: "投资300万元,建成500亩。"}
	d.AddMention(pipeline.Mention{Type: pipeline.Money, Start: 2, End: 7})
	if err := st.Process(d); err != nil {
		t.Fatal(err)
	}
	if len(d.Mentions) != 2 || d.Mentions[1].Text != "500亩" || *d.Mentions[1].Value != 500 || d.Mentions[1].ValueMin == nil {
		t.Errorf("mentions = %+v", d.Mentions)
	}
}

func FuzzFind(f *testing.F) {
	for _, r := range rules {
		for _, ex := range r.examples {
			f.Add(ex.text)
		}
	}
	m := matcher(f)
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, it := range m.Find(s) {
			if it.Start < last || it.End <= it.Start || it.End > len(s) || s[it.Start:it.End] != it.Text || it.Min > it.Max || it.Unit == "" {
				t.Fatalf("Find(%q): bad item %+v after %d", s, it, last)
			}
			last = it.End
		}
	})
}

// BenchmarkStages runs money and quantity together, as the pipeline does, on
// about 2 MB of the shared corpus (the seed article when it is absent).
func BenchmarkStages(b *testing.B) {
	st, err := New()
	if err != nil {
		b.Fatal(err)
	}
	ms, err := money.New()
	if err != nil {
		b.Fatal(err)
	}
	texts := corpusTexts(b)
	n := 0
	docs := make([]*pipeline.Doc, len(texts))
	for i, t := range texts {
		n += len(t)
		// The code point index is built once per document for all stages;
		// build it here so the benchmark measures these stages alone.
		docs[i] = &pipeline.Doc{Text: t}
		docs[i].CharCount()
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, d := range docs {
			d.Mentions = d.Mentions[:0]
			if err := ms.Process(d); err != nil {
				b.Fatal(err)
			}
			if err := st.Process(d); err != nil {
				b.Fatal(err)
			}
		}
	}
}
