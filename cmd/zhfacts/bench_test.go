package main

import (
	"cmp"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/zhfacts/zhfacts/extractors"
	"github.com/zhfacts/zhfacts/extractors/segment/gsedict"
	"github.com/zhfacts/zhfacts/internal/cputime"
	"github.com/zhfacts/zhfacts/pipeline"
	"github.com/zhfacts/zhfacts/pipeline/sink"
	"github.com/zhfacts/zhfacts/pipeline/source"
)

// benchCorpus is the benchmark corpus: 39,590 articles, 90 MB of JSONL, or
// the file $ZHFACTS_CORPUS names (scripts/bench.sh passes its argument on).
var benchCorpus = cmp.Or(os.Getenv("ZHFACTS_CORPUS"), filepath.Join(repoRoot, "../shared/corpus/news.jsonl.gz"))

// corpusDocs reads the corpus once per process.
var corpusDocs = sync.OnceValues(func() ([]*pipeline.Doc, error) {
	src, err := source.Open([]string{benchCorpus}, source.Options{})
	if err != nil {
		return nil, err
	}
	defer src.Close()
	var docs []*pipeline.Doc
	for {
		d, err := src.Next()
		if err != nil {
			return docs, nil
		}
		docs = append(docs, d)
	}
})

func loadCorpus(b *testing.B) (docs []*pipeline.Doc, inputBytes int64) {
	b.Helper()
	if _, err := os.Stat(benchCorpus); err != nil {
		b.Skip("benchmark corpus not present")
	}
	docs, err := corpusDocs()
	if err != nil {
		b.Fatal(err)
	}
	for _, d := range docs {
		inputBytes += int64(d.InputBytes)
	}
	return docs, inputBytes
}

// BenchmarkGsePosCorpus is the floor under any gse-based pipeline: gse
// part-of-speech segmentation alone over the corpus texts, on one core.
// MB/s counts input bytes, as `zhfacts run` does.
func BenchmarkGsePosCorpus(b *testing.B) {
	docs, n := loadCorpus(b)
	seg, err := gsedict.Segmenter()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(n)
	b.ResetTimer()
	cpu := cputime.Start()
	for b.Loop() {
		for _, d := range docs {
			seg.Pos(d.Text, false)
		}
	}
	// Per CPU second, as scripts/bench.sh also counts zhfacts run: the
	// garbage collector works on a second core beside Pos.
	cpu.Report(b, n*int64(b.N))
	b.ReportMetric(float64(len(docs))*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkRunCorpus is `zhfacts run` end to end over the corpus — read,
// decompress, every stage, Parquet parts — with 1 and 2 workers.
func BenchmarkRunCorpus(b *testing.B) {
	docs, n := loadCorpus(b)
	p, err := extractors.Default()
	if err != nil {
		b.Fatal(err)
	}
	for _, w := range []struct {
		name    string
		workers int
	}{{"workers=1", 1}, {"workers=2", 2}} {
		b.Run(w.name, func(b *testing.B) {
			b.SetBytes(n)
			for b.Loop() {
				src, err := source.Open([]string{benchCorpus}, source.Options{Defer: true}) // as `zhfacts run`
				if err != nil {
					b.Fatal(err)
				}
				out, err := sink.NewParts(b.TempDir(), sink.PartsOptions{})
				if err != nil {
					b.Fatal(err)
				}
				if _, err := pipeline.Run(context.Background(), src, p, out, pipeline.Options{Workers: w.workers}); err != nil {
					b.Fatal(err)
				}
				if err := out.Close(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(docs))*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
		})
	}
}

// BenchmarkReadCorpus is the reader alone — gzip, JSON, encoding and
// script checks — over the corpus through source.Open, as `zhfacts run`
// reads it: with the sink, the part of a run that no worker shares. MB/s
// counts input bytes. The reader runs as a coroutine (iter.Pull), which
// callgrind's --toggle-collect loses track of, so count the whole test
// binary, which does little else:
//
//	GOGC=off GOMAXPROCS=1 GODEBUG=asyncpreemptoff=1,cpu.rdtscp=off valgrind --tool=callgrind \
//		/tmp/zhfacts.test -test.run '^$' -test.bench ReadCorpus -test.benchtime 1x
//
// Under valgrind crypto/sha256 (the inputs' digests) runs without the SHA
// instructions that most x86 processors have, and so looks far costlier
// than it is.
func BenchmarkReadCorpus(b *testing.B) {
	if _, err := os.Stat(benchCorpus); err != nil {
		b.Skip("benchmark corpus not present")
	}
	var n int64
	docs := 0
	for b.Loop() {
		src, err := source.Open([]string{benchCorpus}, source.Options{})
		if err != nil {
			b.Fatal(err)
		}
		n, docs = 0, 0
		for {
			d, err := src.Next()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			n += int64(d.InputBytes)
			docs++
		}
		src.Close()
	}
	b.SetBytes(n)
	b.ReportMetric(float64(docs)*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

// processedDocs runs every stage over the first 3,000 corpus articles once
// per process, for the sink benchmark.
var processedDocs = sync.OnceValues(func() ([]*pipeline.Doc, error) {
	docs, err := corpusDocs()
	if err != nil {
		return nil, err
	}
	docs = docs[:min(len(docs), 3000)]
	p, err := extractors.Default()
	if err != nil {
		return nil, err
	}
	out := make([]*pipeline.Doc, len(docs))
	for i, d := range docs {
		c := *d
		p.Process(&c)
		out[i] = &c
	}
	return out, nil
})

// BenchmarkSinkCorpus is the Parquet sink alone — rows, encodings, zstd,
// files — over 3,000 processed corpus articles: the part of a run that
// no worker shares. MB/s counts the articles' input bytes, as `zhfacts
// run` does, so it compares with the pipeline's own rate.
func BenchmarkSinkCorpus(b *testing.B) {
	if _, err := os.Stat(benchCorpus); err != nil {
		b.Skip("benchmark corpus not present")
	}
	docs, err := processedDocs()
	if err != nil {
		b.Fatal(err)
	}
	var n int64
	for _, d := range docs {
		n += int64(d.InputBytes)
	}
	b.SetBytes(n)
	b.ResetTimer()
	// Per CPU second too: with -cpu 1 the tables' goroutines share one
	// core, so CPU time is the sink's cost without the time a busy host
	// keeps it waiting.
	cpu := cputime.Start()
	for b.Loop() {
		out, err := sink.NewParts(b.TempDir(), sink.PartsOptions{})
		if err != nil {
			b.Fatal(err)
		}
		for _, d := range docs {
			if err := out.Write(d); err != nil {
				b.Fatal(err)
			}
		}
		if err := out.Close(); err != nil {
			b.Fatal(err)
		}
	}
	cpu.Report(b, n*int64(b.N))
	b.ReportMetric(float64(len(docs))*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

// headDocs is how many corpus articles BenchmarkStagesHead reads.
const headDocs = 2000

// BenchmarkStagesHead runs every stage of the default pipeline, without
// reader or sink, over the first 2,000 corpus articles in batches of 100,
// as a worker does. It reads only those articles, so that it stays quick
// under callgrind, whose instruction count is the measure of the stages'
// cost that a noisy machine does not blur (docs/benchmarks.md):
//
//	go test -c -o /tmp/zhfacts.test ./cmd/zhfacts
//	GOGC=off GOMAXPROCS=1 GODEBUG=asyncpreemptoff=1,cpu.rdtscp=off valgrind --tool=callgrind \
//		--toggle-collect='*ProcessBatch' /tmp/zhfacts.test \
//		-test.run '^$' -test.bench StagesHead -test.benchtime 1x
func BenchmarkStagesHead(b *testing.B) {
	if _, err := os.Stat(benchCorpus); err != nil {
		b.Skip("benchmark corpus not present")
	}
	src, err := source.Open([]string{benchCorpus}, source.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer src.Close()
	var docs []*pipeline.Doc
	var n int64
	for len(docs) < headDocs {
		d, err := src.Next()
		if err != nil {
			break
		}
		docs = append(docs, d)
		n += int64(d.InputBytes)
	}
	p, err := extractors.Default()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(n)
	batch := make([]*pipeline.Doc, 0, 100)
	for b.Loop() {
		for i := 0; i < len(docs); i += 100 {
			batch = batch[:0]
			for _, d := range docs[i:min(i+100, len(docs))] {
				c := *d // stages write to the document
				batch = append(batch, &c)
			}
			p.ProcessBatch(batch)
		}
	}
	b.ReportMetric(float64(len(docs))*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}
