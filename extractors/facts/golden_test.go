package facts_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/zhfacts/zhfacts/extractors"
	"github.com/zhfacts/zhfacts/extractors/facts"
	"github.com/zhfacts/zhfacts/pipeline"
	"github.com/zhfacts/zhfacts/pipeline/source"
)

func defaultPipeline(t testing.TB) *pipeline.Pipeline {
	t.Helper()
	p, err := extractors.Default()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func article(t testing.TB, file string) *pipeline.Doc {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	return source.ParseArticle(filepath.Base(file), b, source.Options{})
}

// TestGoldenInvariants runs the default pipeline over every golden article:
// whatever the upstream stages find, every fact must keep its evidence
// within one sentence around all its mentions.
func TestGoldenInvariants(t *testing.T) {
	p := defaultPipeline(t)
	files, err := filepath.Glob("../../testdata/golden/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden articles: %v", err)
	}
	for _, file := range files {
		d := article(t, file)
		p.Process(d)
		for _, e := range d.Errors {
			if e.Stage == facts.Name {
				t.Errorf("%s: %+v", file, e)
			}
		}
		facts.CheckFacts(t, d)
		for _, f := range d.Facts {
			t.Logf("%s: %s  «%s»", filepath.Base(file), facts.Format(f), d.Slice(f.EvidenceStart, f.EvidenceEnd))
		}
	}
}

// BenchmarkStage times the facts stage alone over the seed article as the
// other stages leave it.
func BenchmarkStage(b *testing.B) {
	p := defaultPipeline(b)
	d := article(b, "../../testdata/golden/seed.txt")
	p.Process(d)
	s, err := facts.New()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(d.Text)))
	b.ResetTimer()
	for b.Loop() {
		d.Facts = d.Facts[:0]
		if err := s.Process(d); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPipeline times the default pipeline with and without the facts
// stage, which must not cost more than 20% of end-to-end throughput.
func BenchmarkPipeline(b *testing.B) {
	with := defaultPipeline(b)
	without, err := with.Without(facts.Name)
	if err != nil {
		b.Fatal(err)
	}
	seed := article(b, "../../testdata/golden/seed.txt")
	for _, c := range []struct {
		name string
		p    *pipeline.Pipeline
	}{{"with-facts", with}, {"without-facts", without}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(seed.Text)))
			for b.Loop() {
				c.p.Process(&pipeline.Doc{Text: seed.Text, Meta: seed.Meta})
			}
		})
	}
}
