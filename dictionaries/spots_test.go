package dictionaries

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSpotsAround(t *testing.T) {
	s := newSpots()
	for _, w := range []string{"同意", "奥巴马", "巴马"} {
		s.add(w)
	}
	for _, c := range []struct {
		text       string
		i          int
		start, end int
		ok         bool
	}{
		{"并不同意韩日", 9, 6, 12, true},
		{"并不同意韩日", 6, 6, 12, true},
		{"中意关系", 3, 0, 0, false},
		{"奥巴马政府", 3, 0, 9, true}, // the longest word covering 巴
		{"中巴马拉松", 3, 3, 9, true},
		{"a巴马", 1, 1, 7, true}, // byte offsets, not characters
		{"意", 0, 0, 0, false},  // a word would run past the text's ends
		{"同", 0, 0, 0, false},
		{"同意", 6, 0, 0, false},
	} {
		start, end, ok := s.Around(c.text, c.i)
		if start != c.start || end != c.end || ok != c.ok {
			t.Errorf("Around(%q, %d) = %d, %d, %v; want %d, %d, %v", c.text, c.i, start, end, ok, c.start, c.end, c.ok)
		}
	}
}

// TestSpotsUnpaired checks that a word of one character, which has no pair
// of neighbours to find it by, is still found.
func TestSpotsUnpaired(t *testing.T) {
	s := newSpots()
	for _, w := range []string{"同意", "意"} {
		s.add(w)
	}
	if start, end, ok := s.Around("中意关系", 3); start != 3 || end != 6 || !ok {
		t.Errorf("Around(中意关系, 3) = %d, %d, %v; want 3, 6, true", start, end, ok)
	}
}

func TestNotAbbrevsLoad(t *testing.T) {
	s, err := LoadNotAbbrevs()
	if err != nil {
		t.Fatal(err)
	}
	if _, _, ok := s.Around("并不同意", 9); !ok {
		t.Error("同意 is not listed")
	}
	for _, body := range []string{"意\tone character\n", "同意\tx\n同意\ty\n"} {
		tab, err := ParseTSV("n.tsv", "word\tnote\n"+body)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := ParseSpots(tab); err == nil || !strings.Contains(err.Error(), "n.tsv:") {
			t.Errorf("%q: error %v, want one naming the line", body, err)
		}
	}
}

// TestSpotsAroundAll checks Around at every byte of a few texts against a
// search of every word: the longest word written over the byte wins, and
// of words as long the one added first.
func TestSpotsAroundAll(t *testing.T) {
	words := []string{"中国", "国中", "中中国", "美国", "国家", "中国人", "人民", "民中", "国人民", "中", "A股", "𠮷野家",
		"中国人民银行", "国家发展委员会", "发展和改革委员会", "中国科学院"}
	texts := []string{"中国人民中中国家美国人", "我们A股中国", "吉野家𠮷野家中", "国中中国", "中国人民银行国家发展和改革委员会", "中国科学院发展委员会中国人民"}
	for _, list := range [][]string{words, words[:9], words[1:]} {
		s := newSpots()
		for _, w := range list {
			s.add(w)
		}
		for _, text := range texts {
			for i := range len(text) {
				var want struct{ start, end, runes int }
				found := false
				for _, w := range list {
					for at := range w {
						a, b := i-at, i-at+len(w)
						if a >= 0 && b <= len(text) && text[a:b] == w && (!found || utf8.RuneCountInString(w) > want.runes) {
							want.start, want.end, want.runes, found = a, b, utf8.RuneCountInString(w), true
						}
					}
				}
				if start, end, ok := s.Around(text, i); ok != found || start != want.start || end != want.end {
					t.Errorf("%q: Around(%q, %d) = %d, %d, %v; want %d, %d, %v", list, text, i, start, end, ok, want.start, want.end, found)
				}
			}
		}
	}
}

// TestSpotsAroundRune checks AroundRune against Around at every character
// of a few texts, invalid bytes among them, and past both ends.
func TestSpotsAroundRune(t *testing.T) {
	s := newSpots()
	for _, w := range []string{"中国", "国中", "中国人", "人民", "中", "A股", "𠮷野家", "中国人民银行", "国\xff"} {
		s.add(w)
	}
	for _, text := range []string{"中国人民中中国家美国人", "我们A股中国", "吉野家𠮷野家中", "中\xff国\xe4\xb8人民", "国\xff中", "\xe4\xb8\xad国"} {
		rs := []rune(text)
		k := 0
		for i := range text {
			start, end, ok := s.Around(text, i)
			if a, b, got := s.AroundRune(text, rs, k, i); a != start || b != end || got != ok {
				t.Errorf("AroundRune(%q, %d) = %d, %d, %v; Around gives %d, %d, %v", text, i, a, b, got, start, end, ok)
			}
			k++
		}
		for _, k := range []int{-1, len(rs)} {
			if _, _, ok := s.AroundRune(text, rs, k, len(text)); ok {
				t.Errorf("AroundRune(%q, %d) found a word", text, k)
			}
		}
	}
}
