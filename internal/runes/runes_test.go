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
}

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
