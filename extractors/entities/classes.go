package entities

import (
	"math/bits"
	"slices"

	"github.com/zhfacts/zhfacts/pipeline"
)

// tokenClass is what the rules read of a gse token at a glance, one bit a
// class: the classes of its first character and a few of the token's own.
// Most rules look for a name at a handful of tokens and turn the rest away
// on the first character: each rule asking its own set of each token cost
// about twenty instructions a token, where newDoc now classifies each token
// once and the rules skip to the tokens of their classes (see nextOf).
type tokenClass uint16

// The classes nextOf finds, those of the tokens the rules start from: the
// low eight bits, which nextOf reads eight tokens at a time.
const (
	abbrevCountry  tokenClass = 1 << iota // the first character abbreviates a country
	abbrevDivision                        // it abbreviates a Chinese division
	opensRun                              // it abbreviates a province, or is 江 (江浙)
	beginsTrade                           // it begins a trade word of company_trades.tsv
	marksList                             // it is 等, 、 or 和
	closesQuote                           // it is ”
	opensBracket                          // it is （
	mayName                               // of class opens, namedWord or beforeFollow: addFromGazetteers reads it
)

// The classes read of a token at hand.
const (
	startsKnown  tokenClass = 1 << (8 + iota) // the first character begins a name of people_known.tsv
	beginsAlias                               // it begins an organization alias
	beginsStrong                              // it begins a name strongPlace accepts
	endsFullName                              // it ends a division's full name
	namedWord                                 // gse tags the token a name (namePOS)
	beforeFollow                              // the token after it, written right after it, is of class follows
)

// Unions of classes addFromGazetteers reads.
const (
	// opens are the first characters of the names its rules read from a
	// word on: known people, organization aliases, strong places.
	opens = startsKnown | beginsAlias | beginsStrong
	// follows are the first characters of the word after a word that its
	// rules read there: a known person after a title, the last character
	// of a division's full name.
	follows = startsKnown | endsFullName
)

// charClasses holds the classes of every character of the Basic
// Multilingual Plane, 128 KB, built once at load; characters beyond it are
// classified by a call each.
type charClasses [1 << 16]tokenClass

// charClasses classifies every character of the Basic Multilingual Plane.
func (d *data) charClasses() *charClasses {
	var t charClasses
	for r := range rune(len(t)) {
		t[r] = d.classify(r)
	}
	return &t
}

// of returns the classes of character r.
func (t *charClasses) of(r rune, d *data) tokenClass {
	if uint32(r) < uint32(len(t)) {
		return t[r]
	}
	return d.classify(r)
}

// classify returns the classes of character r as the dictionaries read it.
func (d *data) classify(r rune) tokenClass {
	var c tokenClass
	set := func(class tokenClass, ok bool) {
		if ok {
			c |= class
		}
	}
	set(startsKnown, d.known.Starts(r))
	set(beginsAlias, d.aliases.Begins(r))
	set(beginsStrong, d.strong.first.Has(r))
	set(endsFullName, d.divs.FullEnds(r))
	set(abbrevCountry, d.countries.AbbreviatedBy(r))
	set(abbrevDivision, d.abbrevs.Abbreviates(r))
	set(opensRun, r == '江' || d.abbrevs.AbbreviatesProvince(r))
	set(beginsTrade, d.trades.Begins(r))
	set(marksList, r == '等' || r == '、' || r == '和')
	set(closesQuote, r == '”')
	set(opensBracket, r == '（')
	return c
}

// indexTokens fills p for toks, whose text rs holds decoded: the token at
// each code point, and each token's first character and classes and the
// words of the classes nextOf finds.
func (d *data) indexTokens(p *docBuffers, toks []pipeline.Token, rs []rune) {
	n, chars := len(toks), 0
	if n > 0 {
		chars = toks[n-1].End
	}
	idx := slices.Grow(p.tokenOf[:0], chars)[:chars]
	first := slices.Grow(p.first[:0], n)[:n]
	classes := slices.Grow(p.classes[:0], n)[:n]
	scan := slices.Grow(p.scan[:0], (n+7)/8)[:(n+7)/8]
	p.tokenOf, p.first, p.classes, p.scan = idx, first, classes, scan
	indexCodePoints(idx, toks)
	t := d.chars
	prevEnd := -1
	for i := range toks {
		start := toks[i].Start
		// A token holds the text from its start, so its first character
		// is the document's code point there.
		first[i] = rs[start]
		c := t.of(first[i], d)
		if namePOS(toks[i].Pos) {
			c |= namedWord
		}
		if c&follows != 0 && prevEnd == start {
			classes[i-1] |= beforeFollow | mayName
		}
		if c&(opens|namedWord) != 0 {
			c |= mayName
		}
		classes[i] = c
		prevEnd = toks[i].End
	}
	packScan(scan, classes)
}

// packScan fills scan, (len(classes)+7)/8 words, with the classes nextOf
// finds of each token: the low byte of its classes, eight tokens a word.
// Packed once the classes are final, where setting each token's byte in
// the loop above, and a token's again when the next one made it
// beforeFollow, cost about fourteen instructions a token.
func packScan(scan []uint64, classes []tokenClass) {
	full := len(classes) / 8
	for w := range full {
		c := (*[8]tokenClass)(classes[8*w:])
		scan[w] = uint64(byte(c[0])) | uint64(byte(c[1]))<<8 | uint64(byte(c[2]))<<16 | uint64(byte(c[3]))<<24 |
			uint64(byte(c[4]))<<32 | uint64(byte(c[5]))<<40 | uint64(byte(c[6]))<<48 | uint64(byte(c[7]))<<56
	}
	if full < len(scan) {
		var x uint64
		for k, c := range classes[8*full:] {
			x |= uint64(byte(c)) << (8 * k)
		}
		scan[full] = x
	}
}

// indexCodePoints sets idx[off] to the index of the token of toks that
// covers code point off, or -1. A loop of its own: joined with the
// classes', the two spilled registers at every token.
func indexCodePoints(idx []int32, toks []pipeline.Token) {
	prev := 0
	for i := range toks {
		start, end := toks[i].Start, toks[i].End
		if start == prev && start < end && end <= len(idx) {
			// Most often: gse's words follow one another with no gap.
			for off := start; off < end; off++ {
				idx[off] = int32(i)
			}
			prev = end
			continue
		}
		// The code points from the end of the tokens before to the end of
		// token i are i's where it covers them and no token's before it.
		for off := prev; off < min(start, end); off++ {
			idx[off] = -1
		}
		for off := max(prev, start); off < end; off++ {
			idx[off] = int32(i)
		}
		prev = max(prev, end)
	}
}

// nextOf returns the index of the first token from i on with any of the
// classes c, which nextOf finds, or the number of tokens (also for i past
// the last). A rule that reads a few tokens skips the others eight at a
// time, where a loop over the tokens cost about ten instructions a token
// and rule.
func (d *doc) nextOf(i int, c tokenClass) int {
	n := len(d.classes)
	if i >= n {
		return n
	}
	want := spread(c)
	w := uint(i) / 8
	if x := (d.scan[w] & want) >> (8 * (uint(i) % 8)); x != 0 {
		return i + bits.TrailingZeros64(x)/8
	}
	for w++; w < uint(len(d.scan)); w++ {
		if x := d.scan[w] & want; x != 0 {
			return int(w)*8 + bits.TrailingZeros64(x)/8
		}
	}
	return n
}

// spread returns the classes c that nextOf finds in each byte of a word.
func spread(c tokenClass) uint64 { return uint64(byte(c)) * 0x0101010101010101 }
