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
	// Each word of two or more characters is filed under each of its
	// characters: in next3 with the two characters after it while two
	// follow, in next with the one after it for the last but one, and in
	// last with the one before it for the last. A word that covers a
	// character of a text is under that character and its neighbours
	// there, so Around reads a list or three of a few words where the
	// words holding the character were dozens; the two characters after
	// it tell apart the many words that go on alike (中国科学院 and 中国人民银行
	// under 中国).
	next3      map[uint64][]spot
	next, last map[[2]rune][]spot
	// by holds the words next and last cannot file: one character, or
	// bytes that are no UTF-8 and may decode otherwise in a text.
	by   map[rune][]spot
	used runes.Set // the characters of the words: most are in none
	// pairs holds a hash of each two neighbouring characters of a word, so
	// a character that makes a listed pair with neither neighbour needs no
	// map read (most of a text's do not); penults and triples do the same
	// for the keys of next and next3.
	pairs, penults, triples runes.Set
	// unpaired is set when by holds a word.
	unpaired bool
	spots    int // spots filed so far
}

type spot struct {
	word  string
	at    int // byte offset of the character in word
	runes int // length of word in characters
	// ord is the order the spot was filed in: of two words as long that
	// cover a character, the one filed first wins.
	ord int
	// head and tail are the first and last four bytes of a word of four
	// or more: compared first, they turn away most words that hold the
	// character without a call to compare the whole.
	head, tail uint32
}

func newSpots() *Spots {
	return &Spots{next3: map[uint64][]spot{}, next: map[[2]rune][]spot{}, last: map[[2]rune][]spot{}, by: map[rune][]spot{}}
}

func (s *Spots) add(word string) {
	rs := []rune(word)
	sp := spot{word: word, runes: len(rs)}
	if len(word) >= 4 {
		sp.head, sp.tail = load32(word, 0), load32(word, len(word)-4)
	}
	paired := len(rs) >= 2 && utf8.ValidString(word)
	k := 0 // rs[k] is the character at byte at
	for at, r := range word {
		sp.at, sp.ord = at, s.spots
		s.spots++
		switch {
		case !paired:
			s.by[r] = append(s.by[r], sp)
		case k+2 < len(rs):
			key := tripleKey(r, rs[k+1], rs[k+2])
			s.next3[key] = append(s.next3[key], sp)
			s.triples.Add(tripleHash(key))
		case k+1 < len(rs):
			key := [2]rune{r, rs[k+1]}
			s.next[key] = append(s.next[key], sp)
			s.penults.Add(pairKey(r, rs[k+1]))
		default:
			key := [2]rune{rs[k-1], r}
			s.last[key] = append(s.last[key], sp)
		}
		s.used.Add(r)
		if k > 0 {
			s.pairs.Add(pairKey(rs[k-1], r))
		}
		k++
	}
	if !paired {
		s.unpaired = true
	}
}

// pairKey hashes two neighbouring characters to a member of a runes.Set: a
// number below 1<<16.
func pairKey(a, b rune) rune {
	return rune((uint32(a)<<16 ^ uint32(b)) * 0x9E3779B1 >> 16)
}

// tripleKey packs three characters, each below 1<<21, into a key of next3.
func tripleKey(a, b, c rune) uint64 {
	return uint64(a)<<42 | uint64(b)<<21 | uint64(c)
}

// tripleHash hashes a key of next3 to a member of a runes.Set.
func tripleHash(k uint64) rune {
	return rune(k * 0x9E3779B97F4A7C15 >> 48)
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
	// A listed word in text has the same bytes, so decodes to the same
	// characters, as the word did in add.
	p, _ := runes.DecodeLast(text[:i])
	n, nsize := runes.DecodeFirst(text[i+size:])
	n2, _ := runes.DecodeFirst(text[i+size+nsize:])
	return s.around(text, i, p, c, n, n2)
}

// AroundRune is Around for a caller that holds text decoded: rs are its
// code points as a range loop over text yields them, and i is the byte
// offset of rs[k]. It reads the characters around rs[k] from rs, where
// Around decodes four of them from the bytes at a call; the entities stage
// asks up to five lists about each of its mentions.
func (s *Spots) AroundRune(text string, rs []rune, k, i int) (start, end int, ok bool) {
	if k < 0 || k >= len(rs) || i < 0 || i >= len(text) || !s.used.Has(rs[k]) {
		return 0, 0, false
	}
	// Past either end, the characters Around decodes from no bytes.
	p, n, n2 := utf8.RuneError, utf8.RuneError, utf8.RuneError
	if k > 0 {
		p = rs[k-1]
	}
	if k+1 < len(rs) {
		n = rs[k+1]
	}
	if k+2 < len(rs) {
		n2 = rs[k+2]
	}
	return s.around(text, i, p, rs[k], n, n2)
}

// around is Around for the character c at byte offset i of text, after p
// and before n and then n2 (utf8.RuneError past the text's ends).
func (s *Spots) around(text string, i int, p, c, n, n2 rune) (start, end int, ok bool) {
	var m spotMatch
	if k := pairKey(c, n); s.pairs.Has(k) {
		if key := tripleKey(c, n, n2); s.triples.Has(tripleHash(key)) {
			m.among(s.next3[key], text, i)
		}
		if s.penults.Has(k) {
			m.among(s.next[[2]rune{c, n}], text, i)
		}
	}
	if s.pairs.Has(pairKey(p, c)) {
		m.among(s.last[[2]rune{p, c}], text, i)
	}
	if s.unpaired {
		m.among(s.by[c], text, i)
	}
	return m.start, m.end, m.ok
}

// spotMatch is the best word Around has found so far.
type spotMatch struct {
	start, end int
	ok         bool
	runes, ord int
}

// among keeps the word of spots written in text over byte i that is
// longer than m's, or as long and filed before it.
func (m *spotMatch) among(spots []spot, text string, i int) {
	for k := range spots {
		sp := &spots[k]
		a, b := i-sp.at, i-sp.at+len(sp.word)
		if a < 0 || b > len(text) || m.ok && (sp.runes < m.runes || sp.runes == m.runes && sp.ord > m.ord) ||
			len(sp.word) >= 4 && (load32(text, a) != sp.head || load32(text, b-4) != sp.tail) || text[a:b] != sp.word {
			continue
		}
		m.start, m.end, m.ok, m.runes, m.ord = a, b, true, sp.runes, sp.ord
	}
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
