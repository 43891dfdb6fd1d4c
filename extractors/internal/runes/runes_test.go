package runes

import (
	"slices"
	"testing"
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

func FuzzAppend(f *testing.F) {
	f.Add("中文 text\xff")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Append(nil, s), []rune(s); !slices.Equal(got, want) {
			t.Errorf("Append(%q) = %U, want %U", s, got, want)
		}
	})
}
