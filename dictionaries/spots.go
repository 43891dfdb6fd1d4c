package dictionaries

import (
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/internal/runes"
)

// Spots finds, around a position of a text, an occurrence of one of a list
// of words: which listed word, if any, covers that character. Rules use it
// to see past a tagger's span to the word it cut (奥 inside 冬奥会, 巴
// inside 奥巴马).
type Spots struct {
	by   map[rune][]spot // the words containing each character
	used runes.Set       // the characters by has: most are in no word
	// pairs holds a hash of each two neighbouring characters of a word. A
	// word of two or more characters that covers a character holds it with
	// the character before or after it, so a character that makes a listed
	// pair with neither needs no map read (most of a text's do not).
	pairs runes.Set
	// unpaired is set by a word pairs cannot vouch for: one character, or
	// bytes that are no UTF-8 and may decode otherwise in a text.
	unpaired bool
}

type spot struct {
	word  string
	at    int // byte offset of the character in word
	runes int // length of word in characters
	// head and tail are the first and last four bytes of a word of four
	// or more: compared first, they turn away most words that hold the
	// character without a call to compare the whole.
	head, tail uint32
}

func newSpots() *Spots { return &Spots{by: map[rune][]spot{}} }

func (s *Spots) add(word string) {
	n := utf8.RuneCountInString(word)
	sp := spot{word: word, runes: n}
	if len(word) >= 4 {
		sp.head, sp.tail = load32(word, 0), load32(word, len(word)-4)
	}
	prev := rune(-1)
	for at, r := range word {
		sp.at = at
		s.by[r] = append(s.by[r], sp)
		s.used.Add(r)
		if prev >= 0 {
			s.pairs.Add(pairKey(prev, r))
		}
		prev = r
	}
	if n < 2 || !utf8.ValidString(word) {
		s.unpaired = true
	}
}

// pairKey hashes two neighbouring characters to a member of a runes.Set: a
// number below 1<<16.
func pairKey(a, b rune) rune {
	return rune((uint32(a)<<16 ^ uint32(b)) * 0x9E3779B1 >> 16)
}

// load32 returns the four bytes of s from i on as a little-endian number.
func load32(s string, i int) uint32 {
	s = s[i : i+4]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// Around returns the span of a listed word that covers the character at
// byte offset i of text; the longest such word, in characters, wins.
// Offsets are bytes, so a caller need not decode the whole text.
func (s *Spots) Around(text string, i int) (start, end int, ok bool) {
	if i < 0 || i >= len(text) {
		return 0, 0, false
	}
	c, size := runes.DecodeFirst(text[i:])
	if !s.used.Has(c) {
		return 0, 0, false
	}
	if !s.unpaired {
		// A listed word in text has the same bytes, so decodes to the same
		// characters, as the word did in add.
		p, _ := runes.DecodeLast(text[:i])
		n, _ := runes.DecodeFirst(text[i+size:])
		if !s.pairs.Has(pairKey(p, c)) && !s.pairs.Has(pairKey(c, n)) {
			return 0, 0, false
		}
	}
	longest := 0
	spots := s.by[c]
	for k := range spots {
		sp := &spots[k]
		a, b := i-sp.at, i-sp.at+len(sp.word)
		if a < 0 || b > len(text) || (ok && sp.runes <= longest) ||
			len(sp.word) >= 4 && (load32(text, a) != sp.head || load32(text, b-4) != sp.tail) || text[a:b] != sp.word {
			continue
		}
		start, end, ok, longest = a, b, true, sp.runes
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
