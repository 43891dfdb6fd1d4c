package ner

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zhfacts/zhfacts/eval"
	"github.com/zhfacts/zhfacts/extractors/cleanup"
	"github.com/zhfacts/zhfacts/extractors/segment"
	"github.com/zhfacts/zhfacts/extractors/sentence"
	"github.com/zhfacts/zhfacts/pipeline"
)

var sharedDir = filepath.Join("..", "..", "..", "shared")

// TestEvalSets scores the tagger on the evaluation sets, as `zhfacts eval`
// would once the stage is in the default pipeline. It is a report, not a
// gate: it runs only with ZHFACTS_EVAL=1 and logs the tables. Set
// ZHFACTS_NER_MODEL to a model file to score that model instead of the
// embedded ones.
func TestEvalSets(t *testing.T) {
	if os.Getenv("ZHFACTS_EVAL") != "1" {
		t.Skip("set ZHFACTS_EVAL=1 to score the evaluation sets")
	}
	dir := filepath.Join(sharedDir, "eval", "ner")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("no evaluation sets: %v", err)
	}
	dict, err := segment.Dictionary()
	if err != nil {
		t.Fatal(err)
	}
	var models []*Model
	if path := os.Getenv("ZHFACTS_NER_MODEL"); path != "" {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		m, err := ReadModel(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		models = append(models, m)
	} else {
		for _, style := range Styles {
			m, err := EmbeddedModel(style)
			if err != nil {
				t.Fatal(err)
			}
			models = append(models, m)
		}
	}
	for _, set := range []string{"cpd_example_test", "pd98_test"} {
		path := filepath.Join(dir, set+".jsonl")
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		gold, err := eval.ReadGold(f, path)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range models {
			p := pipeline.New(cleanup.Stage{}, sentence.Stage{}, segment.New(dict), NewWithModel(m))
			scorer := eval.NewScorer(eval.NERTypes)
			for _, g := range gold {
				d := &pipeline.Doc{Text: g.Text}
				p.Process(d)
				if d.Failed() {
					t.Errorf("%s %s: %v", set, g.ID, d.Errors)
				}
				var spans []eval.Span
				for _, mt := range d.Mentions {
					spans = append(spans, eval.Span{Start: mt.Start, End: mt.End, Type: mt.Type, Text: mt.Text})
				}
				scorer.Add(g, spans)
			}
			var b strings.Builder
			if err := scorer.Report(0).WriteTable(&b); err != nil {
				t.Fatal(err)
			}
			t.Logf("%s, style %s:\n%s", set, m.Style, b.String())
		}
	}
}
