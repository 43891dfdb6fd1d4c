package dictionaries

import (
	"strings"
	"testing"
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
		{"并不同意韩日", 3, 2, 4, true},
		{"并不同意韩日", 2, 2, 4, true},
		{"中意关系", 1, 0, 0, false},
		{"奥巴马政府", 1, 0, 3, true}, // the longest word covering 巴
		{"中巴马拉松", 1, 1, 3, true},
		{"意", 0, 0, 0, false}, // a word would run past the text's ends
		{"同", 0, 0, 0, false},
	} {
		start, end, ok := s.Around([]rune(c.text), c.i)
		if start != c.start || end != c.end || ok != c.ok {
			t.Errorf("Around(%q, %d) = %d, %d, %v; want %d, %d, %v", c.text, c.i, start, end, ok, c.start, c.end, c.ok)
		}
	}
}

func TestNotAbbrevsLoad(t *testing.T) {
	s, err := LoadNotAbbrevs()
	if err != nil {
		t.Fatal(err)
	}
	if _, _, ok := s.Around([]rune("并不同意"), 3); !ok {
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
