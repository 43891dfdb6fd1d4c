package runes

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestAppend(t *testing.T) {
	for _, s := range []string{
		"",
		"ITER 总部，规模8.7亿元。",
		"𠀀 and 😀 take four bytes, é two",
		"\xe4\xb8",            // a cut sequence
		"\xe0\x80\x80",        // overlong
		"\xed\xa0\x80",        // a surrogate
		"a\xffb\xe4\xb8\xadc", // stray bytes around 中
	} {
		checkAppend(t, s)
	}
}

// checkAppend checks both ways Append decodes: appending, and storing into
// room for len(s) code points after a prefix.
func checkAppend(t *testing.T, s string) {
	t.Helper()
	if got, want := Append(nil, s), []rune(s); !slices.Equal(got, want) {
		t.Errorf("Append(%q) = %U, want %U", s, got, want)
	}
	dst := make([]rune, 1, 1+len(s))
	if got, want := Append(dst, s), append([]rune{0}, []rune(s)...); !slices.Equal(got, want) {
		t.Errorf("Append(room, %q) = %U, want %U", s, got, want)
	}
}

var decodeCases = []string{
	"", "中", "总部", "ITER", "中A", "A中", "𠀀", "é", "\xe4\xb8", "\xb8\xad", "\xe0\x80\x80", "\xed\xa0\x80",
	"\xff中", "中\xff", "\xe4\xb8\xad\xad", "\xf0\xe4\xb8\xad",
}

func checkDecode(t *testing.T, s string) {
	t.Helper()
	r, n := DecodeFirst(s)
	if wr, wn := utf8.DecodeRuneInString(s); r != wr || n != wn {
		t.Errorf("DecodeFirst(%q) = %U, %d, want %U, %d", s, r, n, wr, wn)
	}
	r, n = DecodeLast(s)
	if wr, wn := utf8.DecodeLastRuneInString(s); r != wr || n != wn {
		t.Errorf("DecodeLast(%q) = %U, %d, want %U, %d", s, r, n, wr, wn)
	}
	if n, want := Count(s), utf8.RuneCountInString(s); n != want {
		t.Errorf("Count(%q) = %d, want %d", s, n, want)
	}
	for i, set := range anySets {
		if got, want := set.Any(s), strings.ContainsFunc(s, set.Has); got != want {
			t.Errorf("anySets[%d].Any(%q) = %v, want %v", i, s, got, want)
		}
	}
}

// anySets are sets of an ASCII letter, a Chinese character and the
// replacement character, for checking Set.Any.
var anySets = func() []*Set {
	var sets []*Set
	for _, r := range []rune{'A', '中', utf8.RuneError} {
		s := new(Set)
		s.Add(r)
		sets = append(sets, s)
	}
	return sets
}()

func TestDecode(t *testing.T) {
	for _, s := range decodeCases {
		checkDecode(t, s)
	}
}

func FuzzDecode(f *testing.F) {
	for _, s := range decodeCases {
		f.Add(s)
	}
	f.Fuzz(checkDecode)
}

func FuzzAppend(f *testing.F) {
	f.Add("中文 text\xff")
	f.Fuzz(checkAppend)
}

func TestSet(t *testing.T) {
	var s Set
	for _, r := range []rune{'a', '中', 0xFFFF} {
		s.Add(r)
	}
	s.Add(-1) // ignored, not a panic
	for _, c := range []struct {
		r    rune
		want bool
	}{{'a', true}, {'中', true}, {0xFFFF, true}, {'b', false}, {'国', false}, {0x20000, true}, {-1, true}} {
		if got := s.Has(c.r); got != c.want {
			t.Errorf("Has(%U) = %v, want %v", c.r, got, c.want)
		}
	}
}

// BenchmarkAppend decodes news text into a reused buffer, as the stages do.
func BenchmarkAppend(b *testing.B) {
	text := strings.Repeat("据园区相关负责人介绍,截至2023年底,中韩园已累计引进企业825家,其中韩资或中韩合资企业109家。", 40)
	b.SetBytes(int64(len(text)))
	var buf []rune
	for b.Loop() {
		buf = Append(buf[:0], text)
	}
}

// TestIndex checks Index against strings.Index for every substring of a
// few texts, and for words that are not in them.
func TestIndex(t *testing.T) {
	texts := []string{"", "党的二十大精神，十九大以来", "上海丽人丽妆化妆品股份有限公司（以下简称“丽人丽妆”）丽人", "ITER总部ab称称简称", "\xe7\xa7", "中中中国中国中", "记者　张三、李四。《人民日报》「标题」　　尾\xe3\x80"}
	for _, s := range texts {
		subs := []string{"称", "大会", "经济特区", "\xa7\xb0", "xyz", "国中中", "　", "　李", "\xe3\x80\x80\xe3"}
		for i := range len(s) {
			for j := i + 1; j <= len(s); j++ {
				subs = append(subs, s[i:j])
			}
		}
		for _, sub := range subs {
			if got, want := Index(s, sub), strings.Index(s, sub); got != want {
				t.Errorf("Index(%q, %q) = %d, want %d", s, sub, got, want)
			}
		}
	}
}
