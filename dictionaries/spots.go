package dictionaries

import (
	"unicode/utf8"
)

// Spots finds, around a position of a text, an occurrence of one of a list
// of words: which listed word, if any, covers that character. Rules use it
// to see past a tagger's span to the word it cut (奥 inside 冬奥会, 巴
// inside 奥巴马).
type Spots struct {
	by map[rune][]spot // the words containing each character
}

type spot struct {
	word string
	k, n int // index of the character in word, and word's length, in runes
}

func newSpots() *Spots { return &Spots{by: map[rune][]spot{}} }

func (s *Spots) add(word string) {
	n := utf8.RuneCountInString(word)
	k := 0
	for _, r := range word {
		s.by[r] = append(s.by[r], spot{word, k, n})
		k++
	}
}

// Around returns the span, in runes, of a listed word that covers position
// i of a text of length n whose character there is r, reading the text
// through slice (start and end in runes); the longest such word wins.
func (s *Spots) Around(r rune, i, n int, slice func(start, end int) string) (start, end int, ok bool) {
	for _, sp := range s.by[r] {
		a, b := i-sp.k, i-sp.k+sp.n
		if a < 0 || b > n || (ok && b-a <= end-start) {
			continue
		}
		if slice(a, b) == sp.word {
			start, end, ok = a, b, true
		}
	}
	return start, end, ok
}

// LoadNotAbbrevs loads the embedded not_abbrevs.tsv: words in which a
// character that abbreviates a place is no place (奥 in 奥运会, 意 in 同意).
func LoadNotAbbrevs() (*Spots, error) { return loadNotAbbrevs() }

var loadNotAbbrevs = shared("not_abbrevs.tsv", ParseSpots)

// LoadNotNames loads the embedded not_names.tsv: words a tagger takes for a
// name that are none (萨德, the THAAD system; 黄金周).
func LoadNotNames() (*Spots, error) { return loadNotNames() }

var loadNotNames = shared("not_names.tsv", ParseSpots)

// ParseSpots reads rows of word and note, as not_abbrevs.tsv and
// not_names.tsv have them; a word has at least two characters and is listed
// once.
func ParseSpots(t *Table) (*Spots, error) {
	c, err := columns(t, "word", "note")
	if err != nil {
		return nil, err
	}
	s := newSpots()
	seen := map[string]bool{}
	for i, row := range t.Rows {
		w := row[c[0]]
		if utf8.RuneCountInString(w) < 2 || seen[w] {
			return nil, errorf(t, i, "word %q too short or repeated", w)
		}
		seen[w] = true
		s.add(w)
	}
	return s, nil
}
