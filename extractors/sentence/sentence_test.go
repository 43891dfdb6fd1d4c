package sentence

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/zhfacts/zhfacts/pipeline"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"empty", "", nil},
		{"whitespace only", " \n\u3000\n\t ", nil},
		{"no terminator", "技术成果扬帆出海", []string{"技术成果扬帆出海"}},
		{"two sentences", "成都加快推进。科技合作多点开花！", []string{"成都加快推进。", "科技合作多点开花！"}},
		{"all terminators", "甲。乙！丙？丁；戊!己?庚;辛", []string{"甲。", "乙！", "丙？", "丁；", "戊!", "己?", "庚;", "辛"}},
		{"closing quote stays", "他说：“我们其实可以‘反向’推介。”在张洁看来，很好。",
			[]string{"他说：“我们其实可以‘反向’推介。”", "在张洁看来，很好。"}},
		{"nested closers", "他问：“你知道『九寨沟』吗？』”好（真的！）。", []string{"他问：“你知道『九寨沟』吗？』”", "好（真的！）。"}},
		{"ellipsis", "完成考察……这只是缩影。", []string{"完成考察……", "这只是缩影。"}},
		{"ellipsis then quote", "“人造太阳……”当在蓉高校", []string{"“人造太阳……”", "当在蓉高校"}},
		{"terminator runs", "真的吗？！是的！！！", []string{"真的吗？！", "是的！！！"}},
		{"line breaks split", "技术成果扬帆出海\n\n科技合作多点开花\n", []string{"技术成果扬帆出海", "科技合作多点开花"}},
		{"trim spaces", "  • 我的订阅  \n  • 科技", []string{"• 我的订阅", "• 科技"}},
		{"space after terminator", "甲。 乙。", []string{"甲。", "乙。"}},
		{"space before closer ends sentence", "甲。 ”乙", []string{"甲。", "”乙"}},
		{"decimal point is not a terminator", "规模8.7亿元人民币。", []string{"规模8.7亿元人民币。"}},
		{"crlf", "甲。\r\n乙", []string{"甲。", "乙"}},
		{"terminator alone", "。", []string{"。"}},
		{"leading closer", "”甲", []string{"”甲"}},
		{"ascii quotes", `He said "ok!" then left.`, []string{`He said "ok!"`, "then left."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &pipeline.Doc{Text: tt.in}
			if err := (Stage{}).Process(d); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range d.Sentences {
				got = append(got, d.Slice(s.Start, s.End))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Split(%q) = %q, want %q", tt.in, got, tt.want)
			}
			checkInvariants(t, tt.in, d.Sentences)
		})
	}
}

func TestSplitOffsets(t *testing.T) {
	got := Split("  甲。”乙\n丙", nil)
	want := []pipeline.Sentence{{Start: 2, End: 5}, {Start: 5, End: 6}, {Start: 7, End: 8}}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestProcessReplaces(t *testing.T) {
	d := &pipeline.Doc{Text: "甲。乙。", Sentences: []pipeline.Sentence{{Start: 0, End: 4}}}
	if err := (Stage{}).Process(d); err != nil {
		t.Fatal(err)
	}
	want := []pipeline.Sentence{{Start: 0, End: 2}, {Start: 2, End: 4}}
	if !slices.Equal(d.Sentences, want) {
		t.Errorf("Sentences = %v, want %v", d.Sentences, want)
	}
}

// checkInvariants asserts what every split must satisfy: sentences are in
// order, disjoint, non-empty, trimmed, free of line breaks, and together
// cover every non-space code point of text.
func checkInvariants(t *testing.T, text string, ss []pipeline.Sentence) {
	t.Helper()
	runes := []rune(text)
	covered := make([]bool, len(runes))
	prevEnd := 0
	for i, s := range ss {
		if s.Start < prevEnd || s.End <= s.Start || s.End > len(runes) {
			t.Fatalf("%q: sentence %d %v out of order or empty (previous end %d, length %d)", text, i, s, prevEnd, len(runes))
		}
		prevEnd = s.End
		if unicode.IsSpace(runes[s.Start]) || unicode.IsSpace(runes[s.End-1]) {
			t.Fatalf("%q: sentence %d %q is not trimmed", text, i, string(runes[s.Start:s.End]))
		}
		for j := s.Start; j < s.End; j++ {
			if runes[j] == '\n' {
				t.Fatalf("%q: sentence %d %q crosses a line break", text, i, string(runes[s.Start:s.End]))
			}
			covered[j] = true
		}
	}
	for j, r := range runes {
		if !covered[j] && !unicode.IsSpace(r) {
			t.Fatalf("%q: %q at %d is in no sentence", text, r, j)
		}
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{"", "甲。”乙", "……\n\n", " 。 ", "a\xffb。", "？！』”", "\u3000甲\u2028乙"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkInvariants(t, text, Split(text, nil))
	})
}

func BenchmarkSplit(b *testing.B) {
	text := "刚刚过去的5月，对于天府国际技术转移中心国际部部长张洁来说异常忙碌——刚结束7000公里“出海”土耳其的技术需求对接会……\n"
	if data, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "seed", "000_00125cfe2e1e68d7.txt")); err == nil {
		text = string(data)
	}
	text = strings.Repeat(text, 100_000/len(text)+1)
	rs := []rune(text) // the stage splits the document's code points, decoded once for all stages
	b.SetBytes(int64(len(text)))
	var dst []pipeline.Sentence
	for b.Loop() {
		dst = split(rs, dst[:0])
	}
}

func TestIsSpaceAgreesWithUnicode(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r != '\n' && isSpace(r) != unicode.IsSpace(r) {
			t.Errorf("isSpace(%U) = %v, unicode.IsSpace says %v", r, isSpace(r), unicode.IsSpace(r))
		}
	}
}

func TestClassOf(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if got, want := classOf(r), slowClass(r); got != want {
			t.Errorf("classOf(%U) = %d, slowClass says %d", r, got, want)
		}
	}
}

// splitFlush is split as it was written before the class table, one test
// after the other and a closure ending the open sentence: FuzzSplitSame
// checks that the table changed no sentence.
func splitFlush(rs []rune, dst []pipeline.Sentence) []pipeline.Sentence {
	start, end := -1, -1
	closed := false
	flush := func() {
		if start >= 0 {
			dst = append(dst, pipeline.Sentence{Start: start, End: end})
		}
		start, closed = -1, false
	}
	for n, r := range rs {
		switch {
		case r == '\n':
			flush()
			continue
		case closed && (isTerminator(r) || isCloser(r)):
			end = n + 1
			continue
		case closed:
			flush()
		}
		if isSpace(r) {
			continue
		}
		if start < 0 {
			start = n
		}
		end = n + 1
		closed = isTerminator(r)
	}
	flush()
	return dst
}

func FuzzSplitSame(f *testing.F) {
	for _, s := range []string{"", "甲。”乙", "……\n\n", " 。 ", "a\xffb。", "？！』”", "\u3000甲\u2028乙", "甲。\n”乙", "甲！） 乙；\r\n", `"ok!" 'x'`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		rs := []rune(text)
		if got, want := split(rs, nil), splitFlush(rs, nil); !slices.Equal(got, want) {
			t.Errorf("split(%q) = %v, want %v", text, got, want)
		}
	})
}
