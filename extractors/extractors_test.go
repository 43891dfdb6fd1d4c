package extractors

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/zhfacts/zhfacts/pipeline"
)

func TestNamesMatchPipeline(t *testing.T) {
	p, err := New(Options{Numbers: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := p.Names(); !slices.Equal(got, Names()) {
		t.Errorf("New(Numbers).Names() = %q, Names() = %q", got, Names())
	}
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(d.Names(), "numbers") {
		t.Errorf("Default() includes the opt-in numbers stage: %q", d.Names())
	}
}

func TestDefault(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	// Full-width digits and an ideographic space are folded before the later
	// stages see them; offsets still point into the delivered text.
	text := "部长张洁在成都会见了专家。\u3000规模８．７亿元！\n"
	d := &pipeline.Doc{Text: text}
	p.Process(d)
	if len(d.Errors) > 0 {
		t.Fatalf("errors: %+v", d.Errors)
	}
	if want := "部长张洁在成都会见了专家。 规模8.7亿元！\n"; d.Text != want {
		t.Errorf("Text = %q, want %q", d.Text, want)
	}
	wantSentences := []pipeline.Sentence{{Start: 0, End: 13}, {Start: 14, End: 22}}
	if !slices.Equal(d.Sentences, wantSentences) {
		t.Errorf("Sentences = %v, want %v", d.Sentences, wantSentences)
	}
	var got []string
	for _, m := range d.Mentions {
		got = append(got, fmt.Sprintf("%s:%s@%d", m.Type, m.Text, m.Sentence))
	}
	if want := []string{"PERSON:张洁@0", "PLACE:成都@0", "MONEY:8.7亿元@1"}; !slices.Equal(got, want) {
		t.Errorf("mentions %q, want %q", got, want)
	}
	if i := slices.IndexFunc(d.Tokens, func(tok pipeline.Token) bool { return tok.Text == "8" }); i < 0 {
		t.Errorf("no token 8 after folding: %v", d.Tokens)
	}
}

// TestConcurrent shares one pipeline between goroutines, as the CLI does;
// run with -race.
func TestConcurrent(t *testing.T) {
	text := "天府国际技术转移中心国际部部长张洁在成都会见了中国科学院的专家。"
	if data, err := os.ReadFile(filepath.Join("..", "..", "shared", "seed", "000_00125cfe2e1e68d7.txt")); err == nil {
		text = string(data)
	}
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	want := &pipeline.Doc{Text: text}
	p.Process(want)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			d := &pipeline.Doc{Text: text}
			p.Process(d)
			if d.Text != want.Text || !slices.Equal(d.Sentences, want.Sentences) ||
				!slices.Equal(d.Tokens, want.Tokens) || len(d.Mentions) != len(want.Mentions) {
				t.Error("concurrent run differs from a sequential one")
			}
		})
	}
	wg.Wait()
	if len(want.Mentions) == 0 || strings.TrimSpace(want.Text) == "" {
		t.Errorf("no mentions in %q", text)
	}
}

func BenchmarkDefault(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("..", "..", "shared", "seed", "000_00125cfe2e1e68d7.txt"))
	if err != nil {
		b.Skipf("seed article not available: %v", err)
	}
	p, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		p.Process(&pipeline.Doc{Text: string(data)})
	}
}

// BenchmarkRunOn runs the default pipeline over documents of one sentence
// that runs on for 100 KB, as untrusted input may: names listed with 、,
// sums, meetings joined by commas, text with no punctuation. A stage whose
// cost grows with the square of a sentence shows here; each took seconds to
// minutes on a 1 MB document, one 19 GB of memory (docs/benchmarks.md).
func BenchmarkRunOn(b *testing.B) {
	p, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct{ name, unit string }{
		{"names", "王沪宁、汪洋、"},
		{"money", "3.5亿元、"},
		{"meetings", "国务院总理李克强会见美国总统拜登，"},
		{"unpunctuated", "中国科学院成都生物研究所"},
	} {
		text := strings.Repeat(c.unit, 100_000/len(c.unit))
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				p.Process(&pipeline.Doc{Text: text})
			}
		})
	}
}

// TestGoldenDocs runs the default pipeline over the golden articles and
// sentences where rules once left two names on one character, and checks
// each with checkDoc: no two top-level mentions overlap, names inside names
// carry their parent, and mentions and facts point into the text.
func TestGoldenDocs(t *testing.T) {
	texts := goldenArticles(t)
	if len(texts) == 0 {
		t.Skip("no golden articles")
	}
	// Sentences where rules that each mend one name once left two.
	texts["overlaps"] = "叙伊德利卜省南部等地局势紧张。圣多美和普林西比总理特罗瓦达表示支持。习近平来到中国石化九江分公司。判处三年以上七年以下有期徒刑。"
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for name, text := range texts {
		t.Run(name, func(t *testing.T) {
			d := &pipeline.Doc{Text: text}
			p.Process(d)
			checkDoc(t, d)
		})
	}
}
