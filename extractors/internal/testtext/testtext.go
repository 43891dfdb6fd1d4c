// Package testtext gives the extractors' tests and benchmarks their text:
// the seed article as the pipeline sees it, and article texts from the
// shared benchmark corpus (../shared/corpus/news.jsonl.gz).
package testtext

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/zhfacts/zhfacts/extractors/cleanup"
	"github.com/zhfacts/zhfacts/extractors/sentence"
	"github.com/zhfacts/zhfacts/pipeline"
	"github.com/zhfacts/zhfacts/pipeline/source"
)

// SeedPath and CorpusPath locate the seed article and the shared corpus from
// this file, so they hold whichever package's test uses them.
var (
	root       = repoRoot()
	SeedPath   = filepath.Join(root, "testdata", "golden", "seed.txt")
	CorpusPath = filepath.Join(root, "..", "shared", "corpus", "news.jsonl.gz")
)

// repoRoot is the repository root: three directories above this file.
func repoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "..")
}

// Seed returns the seed article as the source reads it, after cleanup,
// sentence splitting and then stages, in order. Any stage error fails tb.
func Seed(tb testing.TB, stages ...pipeline.Stage) *pipeline.Doc {
	tb.Helper()
	data, err := os.ReadFile(SeedPath)
	if err != nil {
		tb.Fatal(err)
	}
	d := source.ParseArticle("seed.txt", data, source.Options{})
	pipeline.New(append([]pipeline.Stage{cleanup.Stage{}, sentence.Stage{}}, stages...)...).Process(d)
	for _, e := range d.Errors {
		if e.Severity == pipeline.SeverityError {
			tb.Fatalf("seed article: %s: %s", e.Stage, e.Message)
		}
	}
	return d
}

// Corpus returns cleaned article texts from the shared corpus adding up to
// at least maxBytes, or the seed article's text when the corpus is absent.
func Corpus(tb testing.TB, maxBytes int) []string {
	tb.Helper()
	texts, err := Texts(CorpusPath, maxBytes)
	if err != nil {
		return []string{Seed(tb).Text}
	}
	for i, t := range texts {
		texts[i] = cleanup.Fold(t)
	}
	return texts
}

// Texts returns the text fields of the corpus rows at path, in order, until
// they add up to at least maxBytes. It fails when the file is absent.
func Texts(path string, maxBytes int) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var texts []string
	n := 0
	sc := bufio.NewScanner(z)
	sc.Buffer(nil, 1<<24)
	for n < maxBytes && sc.Scan() {
		var row struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			return nil, fmt.Errorf("%s: row %d: %w", path, len(texts)+1, err)
		}
		texts = append(texts, row.Text)
		n += len(row.Text)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return texts, nil
}
