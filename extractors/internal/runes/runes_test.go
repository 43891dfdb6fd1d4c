package runes

import (
	"slices"
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
		if got, want := Append(nil, s), []rune(s); !slices.Equal(got, want) {
			t.Errorf("Append(%q) = %U, want %U", s, got, want)
		}
	}
}

func TestFirst(t *testing.T) {
	for _, s := range []string{
		"",
		"中",
		"总部",
		"ITER",
		"𠀀",
		"é",
		"\xe4\xb8",
		"\xe0\x80\x80",
		"\xed\xa0\x80",
		"\xff中",
	} {
		if got, want := First(s), firstOf(s); got != want {
			t.Errorf("First(%q) = %U, want %U", s, got, want)
		}
	}
}

func firstOf(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func FuzzFirst(f *testing.F) {
	f.Add("中文")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := First(s), firstOf(s); got != want {
			t.Errorf("First(%q) = %U, want %U", s, got, want)
		}
	})
}

func FuzzAppend(f *testing.F) {
	f.Add("中文 text\xff")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Append(nil, s), []rune(s); !slices.Equal(got, want) {
			t.Errorf("Append(%q) = %U, want %U", s, got, want)
		}
	})
}
