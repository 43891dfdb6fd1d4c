package extractors

import (
	"cmp"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/zhfacts/zhfacts/pipeline"
)

// fuzzDefault and fuzzPKU are the pipelines the fuzz tests run, loaded
// once per fuzzing process.
var (
	fuzzDefault = sync.OnceValues(func() (*pipeline.Pipeline, error) { return Default() })
	fuzzPKU     = sync.OnceValues(func() (*pipeline.Pipeline, error) { return New(Options{Style: "pku", Numbers: true}) })
)

// FuzzDefault runs every default stage, in order, over arbitrary text, as
// `zhfacts run` does: each stage's own fuzz test feeds it made-up mentions,
// this one what the stages before it really found. No stage may fail (a
// panic is recorded as an error), and the mentions and facts must point
// into the text and at one another.
func FuzzDefault(f *testing.F) { fuzzPipeline(f, fuzzDefault) }

// FuzzPKU is FuzzDefault with the pku span convention and the numbers
// stage, the options that change which stages run and how.
func FuzzPKU(f *testing.F) { fuzzPipeline(f, fuzzPKU) }

func fuzzPipeline(f *testing.F, load func() (*pipeline.Pipeline, error)) {
	for _, text := range goldenArticles(f) {
		// Sentences of the golden articles, a few at a time, so the
		// fuzzer mutates texts of a size it explores quickly.
		parts := strings.SplitAfter(text, "。")
		for i := 0; i < len(parts); i += 4 {
			f.Add(strings.Join(parts[i:min(len(parts), i+4)], ""))
		}
	}
	for _, s := range []string{
		"国务院总理李克强14日在北京会见了美国国务卿布林肯。",
		"去年该公司营收8.7亿元人民币，同比增长12.5%，10天前宣布投资3至5万美元。",
		"２０２３年１１月，習近平主席出席了在舊金山舉行的亞太經合組織會議。",
		"截至2023年底，全县人均纯收入不到3500元；春节、中秋节前后客流约1.2万人次。",
		"丁薛祥、杨洁篪等参加会见。",
	} {
		f.Add(s)
	}
	p, err := load()
	if err != nil {
		f.Fatal(err)
	}
	published := time.Date(2024, 6, 4, 2, 56, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		// The sources hand the stages valid UTF-8: invalid bytes become
		// U+FFFD when a document is decoded.
		d := &pipeline.Doc{Text: strings.ToValidUTF8(text, "\uFFFD")}
		d.Meta.PublishedAt = &published
		p.Process(d)
		checkDoc(t, d)
	})
}

// goldenArticles returns the texts of testdata/golden/*.txt by file name.
func goldenArticles(tb testing.TB) map[string]string {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "golden", "*.txt"))
	texts := map[string]string{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		texts[filepath.Base(f)] = string(data)
	}
	return texts
}

// checkDoc checks what every consumer of a processed Doc relies on: no
// stage failed (a panic is recorded as an error), and the mentions and
// facts point into the text and at one another.
func checkDoc(t *testing.T, d *pipeline.Doc) {
	t.Helper()
	for _, e := range d.Errors {
		if e.Severity == pipeline.SeverityError {
			t.Fatalf("stage %s: %s", e.Stage, e.Message)
		}
	}
	n := d.CharCount()
	for _, s := range d.Sentences {
		if s.Start < 0 || s.End > n || s.Start > s.End {
			t.Fatalf("sentence %+v outside the text (%d code points)", s, n)
		}
	}
	spans := map[int][2]int{}
	for _, m := range d.Mentions {
		if m.Start < 0 || m.End > n || m.Start >= m.End {
			t.Fatalf("mention %q %s [%d,%d) outside the text (%d code points)", m.Text, m.Type, m.Start, m.End, n)
		}
		if got := d.Slice(m.Start, m.End); got != m.Text {
			t.Fatalf("mention %s [%d,%d) has text %q, the text there is %q", m.Type, m.Start, m.End, m.Text, got)
		}
		if m.Sentence < -1 || m.Sentence >= len(d.Sentences) {
			t.Fatalf("mention %q: sentence %d of %d", m.Text, m.Sentence, len(d.Sentences))
		}
		if m.Stage == "" || m.Rule == "" {
			t.Fatalf("mention %q %s has no stage or rule", m.Text, m.Type)
		}
		if _, dup := spans[m.ID]; dup {
			t.Fatalf("mention id %d used twice", m.ID)
		}
		spans[m.ID] = [2]int{m.Start, m.End}
	}
	// Top-level mentions never share a character: names follow the gold
	// sets' flat spans, numbers and dates claim theirs, and the overlap
	// stage settles a name against a number.
	var top []pipeline.Mention
	for _, m := range d.Mentions {
		if m.Parent == nil {
			top = append(top, m)
		}
	}
	slices.SortFunc(top, func(a, b pipeline.Mention) int { return cmp.Or(a.Start-b.Start, a.End-b.End) })
	for i := 1; i < len(top); i++ {
		if a, b := top[i-1], top[i]; b.Start < a.End {
			t.Fatalf("mentions %s %q [%d,%d) (%s) and %s %q [%d,%d) (%s) overlap", a.Type, a.Text, a.Start, a.End, a.Rule, b.Type, b.Text, b.Start, b.End, b.Rule)
		}
	}
	for _, m := range d.Mentions {
		if m.Parent == nil {
			continue
		}
		p, ok := spans[*m.Parent]
		if !ok || m.Start < p[0] || m.End > p[1] {
			t.Fatalf("mention %q [%d,%d): parent %d is %v, which does not hold it", m.Text, m.Start, m.End, *m.Parent, p)
		}
	}
	for _, f := range d.Facts {
		if f.EvidenceStart < 0 || f.EvidenceEnd > n || f.EvidenceStart > f.EvidenceEnd {
			t.Fatalf("fact %s %q: evidence [%d,%d) outside the text (%d code points)", f.Kind, f.Predicate, f.EvidenceStart, f.EvidenceEnd, n)
		}
		for _, id := range f.MentionIDs {
			if _, ok := spans[id]; !ok {
				t.Fatalf("fact %s %q cites mention %d, which is not in the document", f.Kind, f.Predicate, id)
			}
		}
	}
}
