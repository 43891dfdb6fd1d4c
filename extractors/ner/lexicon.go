package ner

import (
	_ "embed"
	"fmt"
	"hash/fnv"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/dictionaries"
	"github.com/zhfacts/zhfacts/internal/runes"
)

// lexiconTSV is the word list of the dictionary features; see lexicon.tsv.
//
//go:embed lexicon.tsv
var lexiconTSV string

// Word classes of the lexicon, as bits: a word can be in several classes
// (江 is a surname and a river). Class sets are feature values, so the
// numbers are part of the model format.
const (
	classSurname uint8 = 1 << iota
	classOrgSuffix
	classPlaceSuffix
	classTitle
)

var classNames = map[string]uint8{
	"surname":      classSurname,
	"org_suffix":   classOrgSuffix,
	"place_suffix": classPlaceSuffix,
	"title":        classTitle,
}

// maxSuffix is the longest suffix, in characters, that is looked up.
const maxSuffix = 5

// lexicon maps words, by the hash of their characters, to their classes. It
// is an open-addressing table rather than a Go map because the tagger looks
// words up several times per character.
type lexicon struct {
	keys     []uint64
	classes  []uint8 // 0 marks an empty slot: every listed word has a class
	mask     uint64
	checksum uint64 // FNV-1a of the file, recorded in models
	// Characters of the Basic Multilingual Plane that begin a surname and
	// that end a title or suffix, as bitmaps: most characters are in
	// neither, and for them no word needs hashing.
	firstOfSurname, lastOfWord runes.Set
	// singleSurname holds the characters of the plane that begin a surname
	// and that lookup finds a surname on their own, so that surname asks a
	// bit rather than hashing the character.
	singleSurname runes.Set
}

// slot returns the index where key is or would be stored.
func (lx *lexicon) slot(key uint64) uint64 {
	i := key & lx.mask
	for lx.classes[i] != 0 && lx.keys[i] != key {
		i = (i + 1) & lx.mask
	}
	return i
}

// parseLexicon reads the lexicon file. Words are keyed by hashRunes, so a
// lookup needs no string.
func parseLexicon(name, text string) (*lexicon, error) {
	t, err := dictionaries.ParseTSV(name, text)
	if err != nil {
		return nil, err
	}
	wc, cc := t.Col("word"), t.Col("class")
	if wc < 0 || cc < 0 {
		return nil, fmt.Errorf("%s: header needs columns word and class", name)
	}
	size := uint64(16)
	for size < 4*uint64(len(t.Rows)) {
		size *= 2
	}
	lx := &lexicon{keys: make([]uint64, size), classes: make([]uint8, size), mask: size - 1}
	for i, row := range t.Rows {
		word, class := row[wc], row[cc]
		c, ok := classNames[class]
		n := utf8.RuneCountInString(word)
		switch {
		case !ok:
			return nil, fmt.Errorf("%s:%d: unknown class %q", name, t.Lines[i], class)
		case n == 0 || n > maxSuffix:
			return nil, fmt.Errorf("%s:%d: word %q must have 1 to %d characters", name, t.Lines[i], word, maxSuffix)
		case c == classSurname && n > 2:
			return nil, fmt.Errorf("%s:%d: surname %q has more than 2 characters", name, t.Lines[i], word)
		}
		k := hashRunes([]rune(word))
		s := lx.slot(k)
		if lx.classes[s]&c != 0 {
			return nil, fmt.Errorf("%s:%d: word %q listed twice as %s", name, t.Lines[i], word, class)
		}
		lx.keys[s] = k
		lx.classes[s] |= c
		rs := []rune(word)
		if c == classSurname {
			lx.firstOfSurname.Add(rs[0])
		} else {
			lx.lastOfWord.Add(rs[len(rs)-1])
		}
	}
	// Once every word is in, each surname's first character alone, looked
	// up as surname would.
	for _, row := range t.Rows {
		if r := []rune(row[wc])[0]; classNames[row[cc]] == classSurname && r < 1<<16 && lx.lookup([]rune{r})&classSurname != 0 {
			lx.singleSurname.Add(r)
		}
	}
	h := fnv.New64a()
	h.Write([]byte(text))
	lx.checksum = h.Sum64()
	return lx, nil
}

// lookup returns the classes of the word rs.
func (lx *lexicon) lookup(rs []rune) uint8 {
	return lx.classes[lx.slot(hashRunes(rs))]
}

// suffixClass returns the org and place classes of the longest listed
// suffix of rs that has one, plus classTitle when rs itself is a title;
// h is hashRunes(rs), which the caller has computed already.
func (lx *lexicon) suffixClass(rs []rune, h uint64) uint8 {
	if len(rs) == 0 || !lx.lastOfWord.Has(rs[len(rs)-1]) {
		return 0
	}
	whole := lx.classes[lx.slot(h)]
	c := whole & classTitle
	for n := min(len(rs), maxSuffix); n >= 1; n-- {
		cl := whole
		if n < len(rs) {
			cl = lx.lookup(rs[len(rs)-n:])
		}
		if s := cl & (classOrgSuffix | classPlaceSuffix); s != 0 {
			return c | s
		}
	}
	return c
}

// surname returns 2 when rs starts with a compound surname, 1 when with a
// single one, else 0.
func (lx *lexicon) surname(rs []rune) uint32 {
	if len(rs) == 0 || !lx.firstOfSurname.Has(rs[0]) {
		return 0
	}
	if len(rs) >= 2 && lx.lookup(rs[:2])&classSurname != 0 {
		return 2
	}
	if uint32(rs[0]) < 1<<16 { // (beyond the plane a Set admits every character)
		if lx.singleSurname.Has(rs[0]) {
			return 1
		}
		return 0
	}
	if lx.lookup(rs[:1])&classSurname != 0 {
		return 1
	}
	return 0
}

// hashRunes is a 64-bit hash of a rune sequence, stable across processes
// because models store features hashed with it.
func hashRunes(rs []rune) uint64 {
	h := uint64(fnvOffset)
	for _, r := range rs { // (words has a copy for words of up to two characters)
		h = (h ^ uint64(r)) * fnvPrime
	}
	return mix64(h ^ uint64(len(rs)))
}

// FNV-1a's offset basis and prime, with which hashRunes starts and steps.
const (
	fnvOffset = 0xcbf29ce484222325
	fnvPrime  = 0x100000001b3
)

// mix64 is the SplitMix64 finalizer: it spreads every input bit over the
// output, so the top bits can index the weight table.
func mix64(h uint64) uint64 {
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return h
}
