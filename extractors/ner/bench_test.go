package ner

import (
	"bytes"
	"testing"

	"github.com/zhfacts/zhfacts/extractors/internal/testtext"
	"github.com/zhfacts/zhfacts/extractors/segment"
	"github.com/zhfacts/zhfacts/internal/cputime"
	"github.com/zhfacts/zhfacts/pipeline"
)

// seedDoc returns the seed article after cleanup, sentence splitting and
// segmentation, ready for the ner stage.
func seedDoc(tb testing.TB) *pipeline.Doc {
	tb.Helper()
	dict, err := segment.Dictionary()
	if err != nil {
		tb.Fatal(err)
	}
	return testtext.Seed(tb, segment.New(dict))
}

// BenchmarkProcess measures the ner stage alone on the seed article; the
// bytes are the article's UTF-8 size.
func BenchmarkProcess(b *testing.B) {
	for _, style := range Styles {
		b.Run(style, func(b *testing.B) {
			s, err := New(Options{Style: style})
			if err != nil {
				b.Fatal(err)
			}
			d := seedDoc(b)
			b.SetBytes(int64(len(d.Text)))
			b.ReportAllocs()
			cpu := cputime.Start()
			for b.Loop() {
				d.Mentions = d.Mentions[:0]
				if err := s.Process(d); err != nil {
					b.Fatal(err)
				}
			}
			cpu.Report(b, int64(len(d.Text))*int64(b.N))
		})
	}
}

// BenchmarkSegment measures the segment stage on the same text, for
// comparison: the ner stage should cost well below segmentation.
func BenchmarkSegment(b *testing.B) {
	d := seedDoc(b)
	dict, err := segment.Dictionary()
	if err != nil {
		b.Fatal(err)
	}
	st := segment.New(dict)
	b.SetBytes(int64(len(d.Text)))
	cpu := cputime.Start()
	for b.Loop() {
		if err := st.Process(d); err != nil {
			b.Fatal(err)
		}
	}
	cpu.Report(b, int64(len(d.Text))*int64(b.N))
}

// BenchmarkLoad measures reading the embedded msra model.
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := ReadModel(bytes.NewReader(msraModel)); err != nil {
			b.Fatal(err)
		}
	}
}
