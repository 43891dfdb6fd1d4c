package segment

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/dictionaries"
	"github.com/zhfacts/zhfacts/extractors/internal/testtext"
	"github.com/zhfacts/zhfacts/extractors/sentence"
	"github.com/zhfacts/zhfacts/pipeline"
)

var sharedDir = filepath.Join("..", "..", "..", "shared")

func stage(tb testing.TB) Stage {
	tb.Helper()
	d, err := Dictionary()
	if err != nil {
		tb.Fatal(err)
	}
	return New(d)
}

// process segments text, first splitting it into sentences when split is set.
func process(tb testing.TB, text string, split bool) *pipeline.Doc {
	tb.Helper()
	d := &pipeline.Doc{Text: text}
	if split {
		d.Sentences = sentence.Split(text, nil)
	}
	if err := stage(tb).Process(d); err != nil {
		tb.Fatalf("Process(%q): %v", text, err)
	}
	return d
}

func TestProcess(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []pipeline.Token
	}{
		{"empty", "", nil},
		{"blank", " \n\n ", nil},
		{"sentence", "部长张洁在成都会见了中国科学院的专家。", []pipeline.Token{
			{Start: 0, End: 2, Text: "部长", Pos: "n"},
			{Start: 2, End: 4, Text: "张洁", Pos: "nr"},
			{Start: 4, End: 5, Text: "在", Pos: "p"},
			{Start: 5, End: 7, Text: "成都", Pos: "ns"},
			{Start: 7, End: 9, Text: "会见", Pos: "n"},
			{Start: 9, End: 10, Text: "了", Pos: "ul"},
			{Start: 10, End: 15, Text: "中国科学院", Pos: "nt"},
			{Start: 15, End: 16, Text: "的", Pos: "uj"},
			{Start: 16, End: 18, Text: "专家", Pos: "n"},
			{Start: 18, End: 19, Text: "。", Pos: "x"},
		}},
		{"latin keeps its case, spaces dropped", "ITER 总部\n  规模8.7亿元", []pipeline.Token{
			{Start: 0, End: 4, Text: "ITER", Pos: "x"},
			{Start: 5, End: 7, Text: "总部", Pos: "n"},
			{Start: 10, End: 12, Text: "规模", Pos: "n"},
			{Start: 12, End: 13, Text: "8", Pos: "x"},
			{Start: 13, End: 14, Text: ".", Pos: "x"},
			{Start: 14, End: 15, Text: "7", Pos: "x"},
			{Start: 15, End: 17, Text: "亿元", Pos: "m"},
		}},
	}
	for _, tt := range tests {
		for _, split := range []bool{false, true} {
			d := process(t, tt.in, split)
			if !slices.Equal(d.Tokens, tt.want) {
				t.Errorf("%s (sentences %v):\n got %v\nwant %v", tt.name, split, d.Tokens, tt.want)
			}
		}
	}
}

// TestSplits: every word of segment_splits.tsv, which gse gives whole in
// its example, is cut there into its two characters, each tagged as gse
// tags it alone; a table of words that are no such words does not load.
func TestSplits(t *testing.T) {
	tab, err := dictionaries.Load("segment_splits.tsv")
	if err != nil {
		t.Fatal(err)
	}
	d, err := Dictionary()
	if err != nil {
		t.Fatal(err)
	}
	plain := unsplit(t)
	for i, row := range tab.Rows {
		word, note := row[tab.Col("word")], row[tab.Col("note")]
		whole := &pipeline.Doc{Text: note}
		if err := New(plain).Process(whole); err != nil {
			t.Fatal(err)
		}
		if !slices.ContainsFunc(whole.Tokens, func(tok pipeline.Token) bool { return tok.Text == word }) {
			t.Errorf("line %d: gse does not give %q whole in its example %q", tab.Lines[i], word, note)
		}
		doc := process(t, note, false)
		checkTokens(t, doc)
		at := strings.Index(note, word)
		if at < 0 {
			t.Errorf("line %d: %q is not in its example %q", tab.Lines[i], word, note)
			continue
		}
		start := utf8.RuneCountInString(note[:at])
		rs := []rune(word)
		var got []string
		for _, tok := range doc.Tokens {
			if tok.Start >= start && tok.End <= start+2 {
				got = append(got, tok.Text+"/"+tok.Pos)
			}
		}
		want := []string{string(rs[0]) + "/" + tagOf(t, d, string(rs[0])), string(rs[1]) + "/" + tagOf(t, d, string(rs[1]))}
		if !slices.Equal(got, want) {
			t.Errorf("%q in %q: tokens %v, want %v", word, note, got, want)
		}
	}
	for _, bad := range []string{"已经向", "向", "已向x"} {
		tab, err := dictionaries.ParseTSV("bad.tsv", "word\n"+bad+"\n")
		if err != nil {
			t.Fatal(err)
		}
		plain := *d
		if err := plain.addSplits(tab); err == nil {
			t.Errorf("%q: a split added", bad)
		}
	}
}

// tagOf returns gse's tag for word alone.
func tagOf(t *testing.T, d *Dict, word string) string {
	t.Helper()
	w, ok := d.lookup(word)
	if !ok {
		t.Fatalf("%q: no word", word)
	}
	return d.tags[w]
}

func TestProcessReplacesTokens(t *testing.T) {
	d := &pipeline.Doc{Text: "成都", Tokens: []pipeline.Token{{Start: 0, End: 1, Text: "成", Pos: "zz"}}}
	if err := stage(t).Process(d); err != nil {
		t.Fatal(err)
	}
	want := []pipeline.Token{{Start: 0, End: 2, Text: "成都", Pos: "ns"}}
	if !slices.Equal(d.Tokens, want) {
		t.Errorf("Tokens = %v, want %v", d.Tokens, want)
	}
}

// checkTokens asserts that tokens are in order, disjoint, slice to their
// text, are never blank, and cover every non-space code point of the text.
func checkTokens(t *testing.T, d *pipeline.Doc) {
	t.Helper()
	runes := []rune(d.Text)
	covered := make([]bool, len(runes))
	prevEnd := 0
	for i, tok := range d.Tokens {
		if tok.Start < prevEnd || tok.End <= tok.Start || tok.End > len(runes) {
			t.Fatalf("token %d %+v out of order or empty (previous end %d, length %d)", i, tok, prevEnd, len(runes))
		}
		prevEnd = tok.End
		if got := d.Slice(tok.Start, tok.End); got != tok.Text {
			t.Fatalf("token %d %+v: offsets slice to %q", i, tok, got)
		}
		if strings.TrimFunc(tok.Text, unicode.IsSpace) == "" {
			t.Fatalf("token %d %+v is blank", i, tok)
		}
		if tok.Pos == "" {
			t.Fatalf("token %d %+v has no POS", i, tok)
		}
		for j := tok.Start; j < tok.End; j++ {
			covered[j] = true
		}
	}
	for j, r := range runes {
		if !covered[j] && !unicode.IsSpace(r) {
			t.Fatalf("%q at %d is in no token", r, j)
		}
	}
}

func seedText(tb testing.TB) string {
	data, err := os.ReadFile(filepath.Join(sharedDir, "seed", "000_00125cfe2e1e68d7.txt"))
	if err != nil {
		tb.Skipf("seed article not available: %v", err)
	}
	return string(data)
}

func TestSeedOffsets(t *testing.T) {
	text := seedText(t)
	for _, split := range []bool{false, true} {
		d := process(t, text, split)
		if len(d.Tokens) < 1000 {
			t.Errorf("sentences %v: only %d tokens in the seed article", split, len(d.Tokens))
		}
		checkTokens(t, d)
		if !slices.ContainsFunc(d.Tokens, func(tok pipeline.Token) bool { return tok.Text == "猕猴桃" }) {
			t.Errorf("sentences %v: no token 猕猴桃", split)
		}
	}
}

func TestDictionaryIsShared(t *testing.T) {
	a, err := Dictionary()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Dictionary()
	if a != b {
		t.Error("Dictionary returned two different dictionaries")
	}
}

// TestConcurrent runs one stage on several goroutines; with -race it checks
// that segmentation only reads the shared dictionary.
func TestConcurrent(t *testing.T) {
	text := "刚刚过去的5月，对于天府国际技术转移中心国际部部长张洁来说异常忙碌。\n2023年11月，兴隆湖畔的一次技术需求发布会。"
	want := process(t, text, true).Tokens
	s := stage(t)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 20 {
				d := &pipeline.Doc{Text: text, Sentences: sentence.Split(text, nil)}
				if err := s.Process(d); err != nil {
					t.Error(err)
					return
				}
				if !slices.Equal(d.Tokens, want) {
					t.Errorf("concurrent run gave %v, want %v", d.Tokens, want)
					return
				}
			}
		})
	}
	wg.Wait()
}

func FuzzProcess(f *testing.F) {
	for _, s := range []string{"", "部长张洁在成都。", "ITER 总部\n  规模8.7亿元", "a\xffb成都", "\u3000\u200b", "ÀÉ 中国 日本語カタカナ", "１２３ＡＢＣ"} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, text string, split bool) {
		d := &pipeline.Doc{Text: text}
		if split {
			d.Sentences = sentence.Split(text, nil)
		}
		if err := stage(t).Process(d); err != nil {
			t.Fatalf("Process(%q): %v", text, err)
		}
		checkTokens(t, d)
	})
}

func BenchmarkProcessSeed(b *testing.B) {
	benchmark(b, seedText(b))
}

// BenchmarkProcessCorpus segments the first megabyte of the news corpus.
func BenchmarkProcessCorpus(b *testing.B) {
	benchmark(b, testtext.Corpus(b, 1e6)...)
}

func benchmark(b *testing.B, texts ...string) {
	s := stage(b)
	docs := make([]*pipeline.Doc, len(texts))
	size := 0
	for i, text := range texts {
		docs[i] = &pipeline.Doc{Text: text, Sentences: sentence.Split(text, nil)}
		size += len(text)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, d := range docs {
			if err := s.Process(d); err != nil {
				b.Fatal(err)
			}
		}
	}
}
