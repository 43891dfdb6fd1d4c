package dictionaries

import (
	"testing"
	"unicode/utf8"
)

var decodeCases = []string{
	"", "中", "总部", "ITER", "中A", "A中", "𠀀", "é", "\xe4\xb8", "\xb8\xad", "\xe0\x80\x80", "\xed\xa0\x80",
	"\xff中", "中\xff", "\xe4\xb8\xad\xad", "\xf0\xe4\xb8\xad",
}

func checkDecode(t *testing.T, s string) {
	t.Helper()
	r, n := decodeFirst(s)
	if wr, wn := utf8.DecodeRuneInString(s); r != wr || n != wn {
		t.Errorf("decodeFirst(%q) = %U, %d, want %U, %d", s, r, n, wr, wn)
	}
	r, n = decodeLast(s)
	if wr, wn := utf8.DecodeLastRuneInString(s); r != wr || n != wn {
		t.Errorf("decodeLast(%q) = %U, %d, want %U, %d", s, r, n, wr, wn)
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
