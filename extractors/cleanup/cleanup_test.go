package cleanup

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/pipeline"
)

func TestFold(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"plain chinese unchanged", "成都加快推进科技创新。", "成都加快推进科技创新。"},
		{"full-width digits and units", "规模８．７亿元，增长１２％", "规模8.7亿元，增长12%"},
		{"full-width letters", "ＩＴＥＲ总部与ｉＰｈｏｎｅ", "ITER总部与iPhone"},
		{"chinese punctuation kept", "你知道吗？是的！（注）：甲；乙，丙", "你知道吗？是的！（注）：甲；乙，丙"},
		{"full-width symbols folded", "＂＃＄＆＇＊＋－／＜＝＞＠［＼］＾＿｀｛｜｝～",
			"\"#$&'*+-/<=>@[\\]^_`{|}~"},
		{"ideographic space", "成都\u3000日报", "成都 日报"},
		{"odd spaces", "a\u00a0b\u2002c\u2009d\u202fe\u205ff\u1680g", "a b c d e f g"},
		{"tabs and feeds", "a\tb\vc\fd", "a b c d"},
		{"crlf keeps one newline", "甲\r\n乙", "甲 \n乙"},
		{"lone cr is a line break", "甲\r乙\r", "甲\n乙\n"},
		{"line and paragraph separators", "甲\u2028乙\u2029丙\u0085丁", "甲\n乙\n丙\n丁"},
		{"newline kept", "甲\n\n乙", "甲\n\n乙"},
		{"controls", "a\x00b\x1bc\x7fd\u0090e", "a b c d e"},
		{"zero-width and bom", "\ufeff张\u200b洁\u200d\u2060好\u00ad", " 张 洁  好 "},
		{"quotes and ellipsis untouched", "“扬帆出海”……《办法》·", "“扬帆出海”……《办法》·"},
		{"name-joining dots", "乔治・华盛顿、亚历山大∙沃龙佐夫、詹姆斯•克莱德、大阪･关西、约翰‧克里", "乔治·华盛顿、亚历山大·沃龙佐夫、詹姆斯·克莱德、大阪·关西、约翰·克里"},
		{"space entities", "黄&nbsp;磊&emsp;&thinsp;记者", "黄      磊              记者"},
		{"other entities and ampersands kept", "&gt;&amp;A&B&nbsp&nbs", "&gt;&amp;A&B&nbsp&nbs"},
		{"space entity in invalid utf-8", "\xff&nbsp;甲", "\ufffd      甲"},
		{"invalid utf-8", "a\xffb\xe6\x88c", "a\ufffdb\ufffd\ufffdc"},
		{"invalid utf-8 with folds", "\xff１\u3000", "\ufffd1 "},
		{"valid replacement char kept", "\ufffd１", "\ufffd1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Fold(tt.in)
			if got != tt.want {
				t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if n, m := utf8.RuneCountInString(tt.in), utf8.RuneCountInString(got); n != m {
				t.Errorf("Fold(%q) has %d code points, input has %d", tt.in, m, n)
			}
		})
	}
}

func TestFoldReturnsInputWhenUnchanged(t *testing.T) {
	in := strings.Repeat("成都日报：科技合作多点开花。\n", 10)
	if got := Fold(in); got != in {
		t.Fatalf("Fold changed %q", in)
	}
	if allocs := testing.AllocsPerRun(100, func() { Fold(in) }); allocs != 0 {
		t.Errorf("Fold of clean text allocates %v times, want 0", allocs)
	}
}

func TestProcess(t *testing.T) {
	tests := []struct {
		name, in, want string
		warning        string
		offset         int
	}{
		{"clean", "成都", "成都", "", 0},
		{"folds", "８．７亿元", "8.7亿元", "", 0},
		{"warns on invalid bytes", "成都\xff\xfe日报", "成都\ufffd\ufffd日报",
			"replaced 2 bytes of invalid UTF-8 with U+FFFD", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &pipeline.Doc{Text: tt.in}
			before := d.CharCount()
			if err := (Stage{}).Process(d); err != nil {
				t.Fatal(err)
			}
			if d.Text != tt.want {
				t.Errorf("Text = %q, want %q", d.Text, tt.want)
			}
			if d.CharCount() != before {
				t.Errorf("CharCount = %d after cleanup, %d before", d.CharCount(), before)
			}
			switch {
			case tt.warning == "" && len(d.Errors) > 0:
				t.Errorf("unexpected errors %+v", d.Errors)
			case tt.warning != "":
				want := []pipeline.DocError{{Stage: "cleanup", Severity: pipeline.SeverityWarning, Message: tt.warning, Offset: tt.offset}}
				if len(d.Errors) != 1 || d.Errors[0] != want[0] {
					t.Errorf("Errors = %+v, want %+v", d.Errors, want)
				}
			}
		})
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"", "８．７亿元", "\r\n\r", "a\xffb", "\u3000\u200b\ufeff", "（注）：甲；乙，丙", "\xe2\x80", "\xef\xbc\x90\xc2", "黄&nbsp;磊&thinsp", "\xff&emsp;"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := Fold(in)
		// foldInvalid decodes every code point, valid or not: fold's
		// shortcuts over valid text must agree with it.
		if want, _, _ := foldInvalid(in); out != want {
			t.Fatalf("Fold(%q) = %q, foldInvalid gives %q", in, out, want)
		}
		if n, m := utf8.RuneCountInString(in), utf8.RuneCountInString(out); n != m {
			t.Fatalf("Fold(%q) = %q: %d code points, want %d", in, out, m, n)
		}
		if !utf8.ValidString(out) {
			t.Fatalf("Fold(%q) = %q is not valid UTF-8", in, out)
		}
		if again := Fold(out); again != out {
			t.Fatalf("Fold is not idempotent: Fold(%q) = %q, Fold of that = %q", in, out, again)
		}
		// Compare code point by code point: newlines stay, and whatever
		// changes becomes ASCII or U+FFFD.
		ir, or := []rune(in), []rune(out)
		for i := range ir {
			if ir[i] == '\n' && or[i] != '\n' {
				t.Fatalf("Fold(%q) dropped the newline at %d", in, i)
			}
			if ir[i] != or[i] && or[i] >= utf8.RuneSelf && or[i] != utf8.RuneError {
				t.Fatalf("Fold(%q) turned %q at %d into non-ASCII %q", in, ir[i], i, or[i])
			}
		}
	})
}

// benchText is the seed article when ../shared is present, otherwise an
// inline paragraph with the same mix of characters, repeated to ~100 KB.
func benchText(b *testing.B) string {
	text := "刚刚过去的5月，对于天府国际技术转移中心国际部部长张洁来说异常忙碌——刚结束7000公里“出海”土耳其的技术需求对接会……\n"
	if data, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "seed", "000_00125cfe2e1e68d7.txt")); err == nil {
		text = string(data)
	}
	return strings.Repeat(text, 100_000/len(text)+1)
}

func BenchmarkFoldNews(b *testing.B) {
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Fold(text)
	}
}

func BenchmarkFoldManyFolds(b *testing.B) {
	text := strings.ReplaceAll(benchText(b), "0", "０")
	text = strings.ReplaceAll(text, "\n", "\r\n")
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Fold(text)
	}
}

// TestFilterAgreesWithFoldRune checks every code point: the byte filter in
// fold must never skip one that foldRune would change.
func TestFilterAgreesWithFoldRune(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		want := foldRune(r, "x")
		if got := Fold(string(r) + "x"); got != string(want)+"x" {
			t.Errorf("Fold(%U) = %q, foldRune gives %q", r, got, want)
		}
	}
}
