package segment

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/go-ego/gse"
	"github.com/zhfacts/zhfacts/extractors/internal/testtext"
)

// gseWords is what gse's own Segment gives for text, in Dict.Segment's
// terms: byte spans and tags.
func gseWords(seg *gse.Segmenter, text string) []string {
	var out []string
	for _, s := range seg.Segment([]byte(text)) {
		out = append(out, fmt.Sprintf("%d-%d/%s", s.Start(), s.End(), s.Token().Pos()))
	}
	return out
}

func dictWords(d *Dict, b *Buffer, text string) []string {
	var out []string
	for _, w := range d.Segment(b, text) {
		out = append(out, fmt.Sprintf("%d-%d/%s", w.Start, w.End, w.Pos))
	}
	return out
}

func gseAndDict(tb testing.TB) (*gse.Segmenter, *Dict) {
	tb.Helper()
	seg, err := Segmenter()
	if err != nil {
		tb.Fatal(err)
	}
	d, err := Dictionary()
	if err != nil {
		tb.Fatal(err)
	}
	return seg, d
}

// diff returns "" when Dict and gse segment text alike, else where they part.
func diff(seg *gse.Segmenter, d *Dict, b *Buffer, text string) string {
	want, got := gseWords(seg, text), dictWords(d, b, text)
	for i := range max(len(want), len(got)) {
		var w, g string
		if i < len(want) {
			w = want[i]
		}
		if i < len(got) {
			g = got[i]
		}
		if w != g {
			return fmt.Sprintf("word %d: gse %s, Dict %s", i, w, g)
		}
	}
	return ""
}

func TestDictMatchesGse(t *testing.T) {
	seg, d := gseAndDict(t)
	var b Buffer
	for _, text := range []string{
		"部长张洁在成都会见了中国科学院的专家。",
		"ITER 总部\n",
		"规模8.7亿元，iPhone15和A股、T恤、B超、3D打印、ＡＢＣ１２３",
		"CCTV-1报道：GDP同比增长5.2%，Ⅷ届，²，Über 中国",
		"ÀÉ 中国 日本語カタカナ 한국어",
		"\u3000\u200b\t",
		"a",
		"中",
	} {
		if msg := diff(seg, d, &b, text); msg != "" {
			t.Errorf("%q: %s", text, msg)
		}
	}
}

// TestDictMatchesGseOnCorpus compares every line of the first 20 MB of the
// news corpus; it skips when the corpus is absent.
func TestDictMatchesGseOnCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	seg, d := gseAndDict(t)
	var b Buffer
	lines, bad := 0, 0
	for _, text := range testtext.Corpus(t, 20e6) {
		for line := range strings.Lines(text) {
			lines++
			if msg := diff(seg, d, &b, line); msg != "" {
				bad++
				if bad <= 5 {
					t.Errorf("%q: %s", line, msg)
				}
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d lines segmented differently", bad, lines)
	}
}

func FuzzDictMatchesGse(f *testing.F) {
	for _, s := range []string{"", "部长张洁在成都。", "ITER 总部\n  规模8.7亿元", "ÀÉ 中国 日本語カタカナ", "１２３ＡＢＣ", "A股T恤"} {
		f.Add(s)
	}
	seg, d := gseAndDict(f)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			t.Skip("Dict matches gse on valid UTF-8 only")
		}
		var b Buffer
		if msg := diff(seg, d, &b, text); msg != "" {
			t.Errorf("%q: %s", text, msg)
		}
	})
}

// benchLines runs segment over every line of the first megabyte of the
// corpus, reporting MB/s of text.
func benchLines(b *testing.B, segment func(line string)) {
	texts := testtext.Corpus(b, 1e6)
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, t := range texts {
			for line := range strings.Lines(t) {
				segment(line)
			}
		}
	}
}

func BenchmarkDictSegment(b *testing.B) {
	_, d := gseAndDict(b)
	var buf Buffer
	benchLines(b, func(line string) { d.Segment(&buf, line) })
}

func BenchmarkGseSegment(b *testing.B) {
	seg, _ := gseAndDict(b)
	benchLines(b, func(line string) { seg.Segment([]byte(line)) })
}
