package ner

import (
	"math"
	"math/bits"
	"sync"
	"unicode"

	"github.com/zhfacts/zhfacts/internal/runes"
)

// Sentence is one decoding unit: its characters and the gse words covering
// them.
type Sentence struct {
	Start int    // code point offset of Text[0] in the document
	Text  []rune // the characters
	Words []Word // offsets into Text, in order and not overlapping; may leave gaps
}

// Word is a word of a Sentence with its part-of-speech tag.
type Word struct {
	Start, End int
	Pos        string
}

// featureVersion names the feature set below. A model records it and refuses
// to load under a different one; bump it whenever a template changes.
const featureVersion = 4

// Feature templates. Every character gets one feature per template, so the
// feature list of a sentence is a dense n × numTemplates matrix.
//
// Version 3 had six more: a bias (the transitions into a tag give one), the
// outer bigrams −2..−1 and +1..+2, and the POS tags of the word and of its
// neighbours. Without them the tagger reads 15 rows a character instead of
// 21 and three fewer blocks a word, and dev F1 rose (see README.md).
const (
	tU2m  = iota // character at −2
	tU1m         // at −1
	tU0          // the character
	tU1p         // at +1
	tU2p         // at +2
	tB1m         // bigram −1..0
	tB1p         // bigram 0..+1
	tSkip        // characters at −1 and +1
	tTri         // trigram −1..+1
	tType        // character types at −1, 0, +1
	tWordText
	tPrevWord
	tNextWord
	tClasses // lexicon classes of the previous, current and next word
	tSurname // surname starting here, with the word around it
	numTemplates
)

// Character types for tType.
const (
	typeHan = iota + 1
	typeDigit
	typeNumeral // Chinese numerals: 一二三…百千万
	typeLatin
	typePunct
	typeOther
	typePad // beyond the sentence
)

// startsSurname is set beside the type in a character's kind (see
// featurizer.kinds) when a surname of the lexicon may begin with it.
const startsSurname = 8

// Position of a character in its word, for the word templates.
const (
	wB = iota
	wM
	wE
	wS
)

const (
	padBefore = -1 // stands for characters before the sentence
	padAfter  = -2 // and after it
)

// featurizer turns sentences into rows of the hashed weight table or, for
// a model, into the indices of the rows' packed weights.
//
// Templates that share a key share a block of adjacent rows: the five
// unigram templates of a character, the two bigram templates of a
// character pair, the word, previous-word and next-word templates of a
// word, and each word-level template's four positions in the word. A key is
// hashed once to its block and each template takes a fixed slot in it. The
// unigram block of a character is then read at five consecutive positions
// and a word's block at every character of the word and of its neighbours,
// so most rows a character needs are already in cache, and a sentence costs
// a few hashes per character rather than one per template. A model's
// featurizer also looks each block up in the directory once, when it hashes
// it (see blockRef), rather than once for every template that reads it.
type featurizer struct {
	lex   *lexicon
	tab   table
	types [1 << 9]uint32 // tType features by the three types, 3 bits each
	none  wordInfo       // the word before and after the sentence
	// classes holds the tClasses block of every three classes of a word
	// and its neighbours, by prev<<8 | word<<4 | next: 4,096 blocks,
	// read rather than hashed and looked up at every word.
	classes *[1 << 12]blockRef
	// uni holds the unigram features and the kind of every code point of
	// the Basic Multilingual Plane (see charInfo), so that a character's
	// are read rather than hashed, looked up in the directory and found
	// in their block at each occurrence, or tested against the numerals,
	// Unicode's tables and the lexicon. padBefore and padAfter are those
	// of the pads.
	uni                 *[1 << 16]charInfo
	padBefore, padAfter sentChar
}

// uniSlots is the number of unigram templates, tU2m to tU2p: a character's
// unigram block gives one feature to each of the five characters whose
// window holds it, by its offset from them.
const uniSlots = 5

// charInfo is what extract needs of a character alone: its unigram
// features, uni[s] for the template of slot s (offset s − 2 from the
// character that reads it), and its kind, its type with startsSurname. It
// fills 32 bytes, so that one cache line holds all of it.
type charInfo struct {
	uni  [uniSlots]uint32
	kind uint8
	_    [32 - 4*uniSlots - 1]byte
}

// Block sizes in rows, powers of two.
const (
	uniBlock  = 8  // tU2m…tU2p: slot = offset + 2
	biBlock   = 2  // tB1m, tB1p: slot 0 from the pair's second character, 1 from its first
	wordBlock = 16 // tWordText, tPrevWord, tNextWord: slot = 4·template + position
	posBlock  = 4  // a word-level template: slot = position in the word
	surBlock  = 16 // tSurname: slot = 4·surname length + position
)

// Hash seeds of the blocks, one per group of templates.
const (
	seedUni = iota + 1
	seedBi
	seedSkip
	seedTri
	seedType
	seedWord
	seedClasses
	seedSurname
)

// newFeaturizer returns a featurizer for a table of 2^bits rows whose
// features are the indices of packed rows that dir gives, as Model.rowAt
// does; with rowsDir(bits) they are the rows themselves.
func newFeaturizer(lex *lexicon, bits int, dir []uint64) featurizer {
	f := featurizer{lex: lex, tab: table{dir: dir, shift: uint(64 - bits)}}
	f.fixed()
	return f
}

// rowsDir returns the directory of a table of 2^bits rows that are all
// present and packed in order, so that row r has index r: the rank of row
// 32k is 32k − 1, which the index's + 1 for the zero row brings back to
// 32k (for k = 0 through uint32 wrap-around). Training reads rows through
// it, so that extraction does not test whether there is a directory.
func rowsDir(bits int) []uint64 {
	dir := make([]uint64, (1<<bits+31)/32)
	for k := range dir {
		dir[k] = uint64(uint32(32*k-1))<<32 | math.MaxUint32
	}
	return dir
}

// fixed computes the features that do not depend on the sentence.
func (f *featurizer) fixed() {
	for k := range f.types {
		f.types[k] = f.row(f.tab.block(hash1(seedType, uint64(k)), 1))
	}
	f.uni = new([1 << 16]charInfo)
	types := planeTypes()
	for r := range rune(1 << 16) {
		k := types[r]
		if f.lex.firstOfSurname.Has(r) {
			k |= startsSurname
		}
		f.uni[r] = charInfo{uni: f.uniFeats(uint64(r)), kind: k}
	}
	f.padBefore = sentChar{charInfo: charInfo{uni: f.uniFeats(1<<32 + padBefore), kind: typePad}, code: 1<<32 + padBefore}
	f.padAfter = sentChar{charInfo: charInfo{uni: f.uniFeats(1<<32 + padAfter), kind: typePad}, code: 1<<32 + padAfter}
	f.none.textRef = f.tab.ref(f.tab.block(hash1(seedWord, hashString("^")), wordBlock))
	f.classes = new([1 << 12]blockRef)
	for k := range f.classes {
		f.classes[k] = f.tab.ref(f.tab.block(hash1(seedClasses, uint64(k)), posBlock))
	}
}

// wordInfo is what the templates need of a word, hashed once per sentence.
type wordInfo struct {
	start, end int
	class      uint16 // lexicon classes, 4 bits
	// The word's blocks, and the text blocks of the words before and
	// after it.
	textRef, classRef, surRef blockRef
	prevRef, nextRef          blockRef
}

// sentChar is what extract reads of a character of a sentence and of the
// pads around it, kept in one array so that a character's window is one
// slice: its charInfo, whose kind holds, instead of startsSurname, 8 times
// the length of the surname that starts there, if any; its code point or
// pad value; and its tB1m, tB1p, tSkip, tTri and tType features.
type sentChar struct {
	charInfo                   // copied whole from the table's
	code                       uint64
	b1m, b1p, skip, tri, types uint32
}

// scratch holds per-sentence buffers so that extraction does not allocate in
// the steady state.
type scratch struct {
	words []wordInfo
	// tags caches the surname blocks of POS tags for tagsOf (see surRef).
	tags   [128]tagBlocks
	tagsOf *featurizer
	chars  []sentChar // character i−2 of the sentence or a pad, for i in 0…n+3
	feats  []uint32
}

func combine(h, v uint64) uint64 {
	h = (h ^ v) * 0x9e3779b97f4a7c15
	return h<<29 | h>>35
}

func seedHash(seed uint64) uint64 { return seed * 0xd6e8feb86659fd93 }

func hash1(seed, a uint64) uint64       { return combine(seedHash(seed), a) }
func hash2(seed, a, b uint64) uint64    { return combine(combine(seedHash(seed), a), b) }
func hash3(seed, a, b, c uint64) uint64 { return combine(combine(combine(seedHash(seed), a), b), c) }

// A blockRef finds the features of the rows of a block: first is the index
// in the packed rows of the first present row at or after the block's first
// row, and present has bit s set when row s of the block is present. Blocks
// are aligned and at most 32 rows, so a block lies within one directory
// word, and one read and population count serve all its rows.
type blockRef struct{ first, present uint32 }

// table is where a featurizer finds the blocks of keys: the directory of
// the model's packed rows, or while training one that gives every row as it
// is (see rowsDir), and how far a hash is shifted to pick a row. extract
// keeps it in a local: read through the featurizer, its fields were read
// again after every feature stored.
type table struct {
	dir   []uint64
	shift uint // 64 − table bits: a hash's top bits pick its row
}

// block returns the first row of the block of size rows (a power of two)
// that the key hash h picks.
func (t table) block(h uint64, size uint32) uint32 {
	// combine has mixed the key's bits; a last multiplication carries
	// every bit into the top ones, which pick the row. (shift is below
	// 64; saying so spares the test of a larger shift.)
	return uint32(h*0xbf58476d1ce4e5b9>>(t.shift&63)) &^ (size - 1)
}

// ref returns the reference of the block that starts at row first.
func (t table) ref(first uint32) blockRef {
	word := t.dir[first/32]
	below := uint32(word) & (1<<(first%32) - 1)
	return blockRef{uint32(word>>32) + uint32(bits.OnesCount32(below)) + 1, uint32(word) >> (first % 32)}
}

// kind returns the kind of r: its type, with startsSurname.
func (f *featurizer) kind(r rune) uint32 {
	k := charType(r)
	if f.lex.firstOfSurname.Has(r) {
		k |= startsSurname
	}
	return k
}

// uniFeats returns the unigram features of code, a character or a pad.
func (f *featurizer) uniFeats(code uint64) (u [uniSlots]uint32) {
	b := f.tab.ref(f.tab.block(hash1(seedUni, code), uniBlock))
	for s := range u {
		u[s] = slot(b, uint32(s))
	}
	return u
}

// charInfo returns what extract needs of character r.
func (f *featurizer) charInfo(r rune) charInfo {
	return charInfo{uni: f.uniFeats(uint64(r)), kind: uint8(f.kind(r))}
}

// slot returns the feature of row s of block b: the row, or the index of
// its packed weights, 0 when it has none. A block has at most 16 rows, so
// the rows present below s are counted with two table reads: on the
// default amd64 level bits.OnesCount32 tests for POPCNT at every use, and
// with a constant s the compiler drops the reads it does not need.
func slot(b blockRef, s uint32) uint32 {
	s &= 15 // (saying so spares the test of a shift by 32 or more)
	has := b.present >> s & 1
	below := b.present & (1<<s - 1)
	return (b.first + uint32(bits.OnesCount8(uint8(below))+bits.OnesCount8(uint8(below>>8)))) & -has
}

// row returns the feature of the single row r.
func (f *featurizer) row(r uint32) uint32 { return slot(f.tab.ref(r), 0) }

func hashString(s string) uint64 {
	h := uint64(0xcbf29ce484222325)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 0x100000001b3
	}
	return mix64(h)
}

// words fills sc.words: every character belongs to exactly one word, and
// characters no word covers (or that the words cover wrongly) form
// one-character words with an empty tag; the words are in order. It hashes
// each word's blocks.
//
// Each word is filled in the loop that finds it, and gives the word before
// it the blocks that depend on both, rather than in a call for each word,
// with seven arguments, and a second pass for the neighbours.
func (f *featurizer) words(s Sentence, sc *scratch) {
	text := s.Text
	n := len(text)
	if sc.tagsOf != f {
		sc.tags, sc.tagsOf = [len(sc.tags)]tagBlocks{}, f
	}
	// A sentence has at most a word a character: the words are written in
	// place, without appending.
	sc.words = grow(sc.words, n)
	// Locals rather than fields of sc and f, which the compiler would read
	// again after every store.
	words, classes, lex, tab := sc.words, f.classes, f.lex, f.tab
	ws := s.Words
	// The word before the current one, and the class of the one before it.
	prev, before := &f.none, f.none.class
	k := 0
	for at := 0; at < n; k++ {
		for len(ws) > 0 && (ws[0].Start < at || ws[0].End > n || ws[0].Start >= ws[0].End) {
			ws = ws[1:]
		}
		end, pos := at+1, ""
		if len(ws) > 0 && ws[0].Start == at {
			end, pos = ws[0].End, ws[0].Pos
			ws = ws[1:]
		}
		rs := text[at:end]
		// hashRunes, with the words of one and two characters, most of
		// them, hashed without its loop, which had the compiler move this
		// loop's values between registers and the stack at every
		// character.
		var h uint64
		if len(rs) <= 2 {
			h = (fnvOffset ^ uint64(rs[0])) * fnvPrime
			if len(rs) == 2 {
				h = (h ^ uint64(rs[1])) * fnvPrime
			}
			h = mix64(h ^ uint64(len(rs)))
		} else {
			h = hashRunes(rs)
		}
		w := &words[k]
		w.start, w.end = at, end
		w.class = 0
		if lex.lastOfWord.Has(rs[len(rs)-1]) { // else no class; the test saves most words a call
			w.class = uint16(lex.suffixClass(rs, h))
		}
		w.textRef = tab.ref(tab.block(hash1(seedWord, h), wordBlock))
		// Most tags are in the first slot they try in surRef's cache: that
		// is tested here, since a call costs the loop the reloading of
		// every value it keeps in registers.
		if key := shortTagKey(pos); sc.tags[tagSlot(key)].key == key {
			w.surRef = sc.tags[tagSlot(key)].blocks[(min(end-at, 4)-1)&3]
		} else {
			w.surRef = f.surRef(pos, end-at, sc)
		}
		w.prevRef = prev.textRef
		if k > 0 {
			prev.classRef = classes[before<<8|prev.class<<4|w.class]
			prev.nextRef = w.textRef
		}
		prev, before = w, prev.class
		at = end
	}
	if k > 0 {
		prev.classRef = classes[before<<8|prev.class<<4|f.none.class]
		prev.nextRef = f.none.textRef
	}
	sc.words = words[:k]
}

// tagBlocks are the tSurname blocks of words of one POS tag: those of
// words of one, two, three and four or more characters.
type tagBlocks struct {
	key    uint64 // the tag's bytes and its length + 1 in the top byte; 0 for none
	blocks [4]blockRef
}

// maxCachedTag is the length in bytes of the longest POS tag whose blocks
// a scratch caches: its bytes and length fit a tagBlocks key.
const maxCachedTag = 7

// surRef returns the tSurname block of a word of n characters with POS tag
// pos. A word's POS tag is one of a few dozen, so the blocks of a tag are
// kept in sc, where a word finds them with a few instructions instead of
// hashing the tag and looking the block up in the directory. The cache is
// an open-addressing table that only grows: a tag that finds no room
// within maxProbes slots is not kept. (words looks in the first slot
// itself; see shortTagKey.)
func (f *featurizer) surRef(pos string, n int, sc *scratch) blockRef {
	n = min(n, 4)
	if len(pos) <= maxCachedTag {
		key := tagKey(pos)
		at := tagSlot(key)
		for range maxProbes {
			c := &sc.tags[at%uint64(len(sc.tags))]
			if c.key == 0 {
				h := hashString(pos)
				c.key = key
				for j := range c.blocks {
					c.blocks[j] = f.tab.ref(f.tab.block(hash2(seedSurname, uint64(j+1), h), surBlock))
				}
			}
			if c.key == key {
				return c.blocks[(n-1)&3]
			}
			at++
		}
	}
	return f.tab.ref(f.tab.block(hash2(seedSurname, uint64(n), hashString(pos)), surBlock))
}

// tagKey returns the key in surRef's cache of a POS tag of at most
// maxCachedTag bytes: its bytes, and its length + 1 in the top byte.
func tagKey(pos string) uint64 {
	key := uint64(len(pos)+1) << 56
	for i := range len(pos) {
		key |= uint64(pos[i]) << (8 * i)
	}
	return key
}

// shortTagKey returns tagKey(pos) for a POS tag of at most two bytes, as
// most are (n, v, ns, nr), without a loop, and noTag for the others.
func shortTagKey(pos string) uint64 {
	switch len(pos) {
	case 0:
		return 1 << 56
	case 1:
		return 2<<56 | uint64(pos[0])
	case 2:
		return 3<<56 | uint64(pos[0]) | uint64(pos[1])<<8
	}
	return noTag
}

// noTag is a key in surRef's cache that no tag has, nor an empty slot.
const noTag = math.MaxUint64

// tagSlot returns the first slot of sc.tags that the tag of key tries.
func tagSlot(key uint64) uint64 { return key * 0x9e3779b97f4a7c15 >> 57 }

// maxProbes is the number of slots surRef tries in its cache.
const maxProbes = 8

func grow[T any](b []T, n int) []T {
	if cap(b) < n {
		return make([]T, n)
	}
	return b[:n]
}

// extract sets sc.feats to the n × numTemplates features of s.
func (f *featurizer) extract(s Sentence, sc *scratch) {
	f.words(s, sc)
	rs := s.Text
	n := len(rs)
	sc.chars = grow(sc.chars, n+4)
	chars := sc.chars
	chars[0], chars[1] = f.padBefore, f.padBefore
	chars[n+2], chars[n+3] = f.padAfter, f.padAfter
	// The sentence's part, as long as rs, and f's table in a local: no
	// bounds tests, and no reading of f.uni again after every store.
	cs, table, lex := chars[2:n+2], f.uni, f.lex
	for i, r := range rs {
		var c *charInfo
		if uint32(r) < 1<<16 {
			c = &table[r]
		} else {
			beyond := f.charInfo(r)
			c = &beyond
		}
		// The surname is found here, out of the loop over the words,
		// where a call, however rarely made, had the compiler keep that
		// loop's values on the stack.
		// Field by field: a sentChar literal is built on the stack and
		// copied.
		x := &cs[i]
		x.charInfo, x.code = *c, uint64(r)
		if k := c.kind; k&startsSurname != 0 {
			x.kind = k&7 | uint8(lex.surname(rs[i:]))<<3
		}
	}
	// The table in a local rather than read through f, which the compiler
	// would do again after every store to the features.
	tab := f.tab
	types := &f.types
	// The features of each character that do not depend on its word are
	// found here, in a loop short enough for the processor to have the
	// directory reads of several characters under way at once; the loop
	// over the words below reads no table.
	for j := 2; j < len(chars)-1; j++ {
		x := (*[3]sentChar)(chars[j-1 : j+2])
		// The bigram of x[0] and x[1] is tB1p of the one and tB1m of the
		// other.
		bi := tab.ref(tab.block(hash2(seedBi, x[0].code, x[1].code), biBlock))
		x[0].b1p, x[1].b1m = slot(bi, 1), slot(bi, 0)
		// A kind is a type below 8 and a surname's length times 8: &7
		// drops the length and lets the compiler see the index within
		// types.
		x[1].types = types[uint32(x[0].kind&7)<<6|uint32(x[1].kind&7)<<3|uint32(x[2].kind&7)]
		// (slot and ref rather than row, which the compiler would call.)
		x[1].skip = slot(tab.ref(tab.block(hash2(seedSkip, x[0].code, x[2].code), 1)), 0)
		x[1].tri = slot(tab.ref(tab.block(hash3(seedTri, x[0].code, x[1].code, x[2].code), 1)), 0)
	}
	sc.feats = grow(sc.feats, n*numTemplates)
	// Locals rather than fields of sc, for the same reason.
	feats, words := sc.feats, sc.words
	// The words cover the sentence in order, so the characters are visited
	// word by word.
	for wi := range words {
		w := &words[wi]
		for i := w.start; i < w.end; i++ {
			wp := position(i == w.start, i == w.end-1)
			// An array view of the characters i−2 to i+2: one bounds check
			// rather than one per element read.
			x := (*[5]sentChar)(chars[i : i+5])
			// The words cover the characters in order, each once, so the
			// next character's features are the next numTemplates.
			out := (*[numTemplates]uint32)(feats)
			feats = feats[numTemplates:]
			out[tU2m] = x[0].uni[0]
			out[tU1m] = x[1].uni[1]
			out[tU0] = x[2].uni[2]
			out[tU1p] = x[3].uni[3]
			out[tU2p] = x[4].uni[4]
			out[tB1m] = x[2].b1m
			out[tB1p] = x[2].b1p
			out[tSkip] = x[2].skip
			out[tTri] = x[2].tri
			out[tType] = x[2].types
			out[tWordText] = slot(w.textRef, wp)
			out[tPrevWord] = slot(w.prevRef, 4|wp)
			out[tNextWord] = slot(w.nextRef, 8|wp)
			out[tClasses] = slot(w.classRef, wp)
			out[tSurname] = slot(w.surRef, uint32(x[2].kind>>3)<<2|wp)
		}
	}
}

// position returns the position in its word, wB, wM, wE or wS, of a
// character that does or does not begin and end it, in arithmetic rather
// than in branches, which the processor mispredicts at every short word.
func position(begins, ends bool) uint32 {
	var b, e uint32
	if begins {
		b = 1
	}
	if ends {
		e = 1
	}
	return e<<1 | (1 ^ b ^ e)
}

// numerals are the characters of typeNumeral.
var numerals = func() (s runes.Set) {
	for _, r := range "〇零一二两三四五六七八九十百千万亿" {
		s.Add(r)
	}
	return s
}()

// planeTypes holds charType of every code point of the plane, found by
// walking Unicode's tables range by range, from charType's last case to
// its first, each overwriting what the ones after it gave: asking the
// tables about each of the 65,536 code points was most of the work of
// loading a model.
var planeTypes = sync.OnceValue(func() *[1 << 16]uint8 {
	t := new([1 << 16]uint8)
	for r := range t {
		t[r] = typeOther
	}
	fill := func(tab *unicode.RangeTable, typ uint8) {
		for _, g := range tab.R16 {
			for r := uint32(g.Lo); r <= uint32(g.Hi); r += uint32(g.Stride) {
				t[r] = typ
			}
		}
	}
	fill(unicode.Letter, typeLatin)
	fill(unicode.Symbol, typePunct)
	fill(unicode.Punct, typePunct)
	fill(unicode.Han, typeHan)
	for r := range rune(0x80) {
		if r|0x20 >= 'a' && r|0x20 <= 'z' {
			t[r] = typeLatin
		}
	}
	for r := '0'; r <= '9'; r++ {
		t[r] = typeDigit
	}
	for r := 0x4e00; r <= 0x9fff; r++ {
		t[r] = typeHan
	}
	for r := range rune(1 << 16) {
		if numerals.Has(r) {
			t[r] = typeNumeral
		}
	}
	return t
})

func charType(r rune) uint32 {
	switch {
	case r >= 0 && r < 1<<16 && numerals.Has(r): // Has admits every character beyond the plane
		return typeNumeral
	case r >= 0x4e00 && r <= 0x9fff:
		return typeHan // the common CJK block, without a table search
	case r >= '0' && r <= '9':
		return typeDigit
	case r < 0x80 && (r|0x20 >= 'a' && r|0x20 <= 'z'):
		return typeLatin
	case unicode.Is(unicode.Han, r):
		return typeHan
	case unicode.IsPunct(r) || unicode.IsSymbol(r):
		return typePunct
	case unicode.IsLetter(r):
		return typeLatin
	}
	return typeOther
}
