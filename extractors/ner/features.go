package ner

import (
	"unicode"
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
const featureVersion = 1

// Feature templates. Every character gets one feature per template, so the
// feature list of a sentence is a dense n × numTemplates matrix.
const (
	tBias = iota
	tU2m  // character at −2
	tU1m  // at −1
	tU0   // the character
	tU1p  // at +1
	tU2p  // at +2
	tB2m  // bigram −2..−1
	tB1m  // bigram −1..0
	tB1p  // bigram 0..+1
	tB2p  // bigram +1..+2
	tSkip // characters at −1 and +1
	tTri  // trigram −1..+1
	tType // character types at −1, 0, +1
	tWordPos
	tWordText
	tPrevPos
	tNextPos
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

// featurizer turns sentences into rows of the hashed weight table.
type featurizer struct {
	lex   *lexicon
	shift uint // 64 − table bits: a hash's top bits pick its row
}

// wordInfo is what the templates need of a word, hashed once per sentence.
type wordInfo struct {
	start, end int
	pos        uint64 // hash of the POS tag
	text       uint64 // hash of the characters
	class      uint64 // lexicon classes
}

// scratch holds per-sentence buffers so that extraction does not allocate in
// the steady state.
type scratch struct {
	words  []wordInfo
	wordAt []int32 // index into words for every character
	feats  []uint32
}

func combine(h, v uint64) uint64 {
	h = (h ^ v) * 0x9e3779b97f4a7c15
	return h<<29 | h>>35
}

func hashString(s string) uint64 {
	h := uint64(0xcbf29ce484222325)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 0x100000001b3
	}
	return mix64(h)
}

// words fills sc.words and sc.wordAt: every character belongs to exactly one
// word, and characters no word covers (or that the words cover wrongly) form
// one-character words with an empty tag.
func (f *featurizer) words(s Sentence, sc *scratch) {
	n := len(s.Text)
	sc.words = sc.words[:0]
	sc.wordAt = grow(sc.wordAt, n)
	add := func(start, end int, pos string) {
		rs := s.Text[start:end]
		sc.words = append(sc.words, wordInfo{
			start: start, end: end,
			pos:   hashString(pos),
			text:  hashRunes(rs),
			class: uint64(f.lex.suffixClass(rs)),
		})
		for i := start; i < end; i++ {
			sc.wordAt[i] = int32(len(sc.words) - 1)
		}
	}
	at := 0
	for _, w := range s.Words {
		if w.Start < at || w.End > n || w.Start >= w.End {
			continue
		}
		for ; at < w.Start; at++ {
			add(at, at+1, "")
		}
		add(w.Start, w.End, w.Pos)
		at = w.End
	}
	for ; at < n; at++ {
		add(at, at+1, "")
	}
}

func grow[T any](b []T, n int) []T {
	if cap(b) < n {
		return make([]T, n)
	}
	return b[:n]
}

// extract sets sc.feats to the n × numTemplates table rows of s.
func (f *featurizer) extract(s Sentence, sc *scratch) {
	f.words(s, sc)
	rs := s.Text
	n := len(rs)
	at := func(i int) uint64 {
		switch {
		case i < 0:
			return uint64(1<<32 + padBefore)
		case i >= n:
			return uint64(1<<32 + padAfter)
		}
		return uint64(rs[i])
	}
	typeAt := func(i int) uint64 {
		if i < 0 || i >= n {
			return typePad
		}
		return charType(rs[i])
	}
	none := wordInfo{pos: hashString("^"), text: hashString("^")}
	sc.feats = grow(sc.feats, n*numTemplates)
	for i := range n {
		c2m, c1m, c0, c1p, c2p := at(i-2), at(i-1), at(i), at(i+1), at(i+2)
		wi := int(sc.wordAt[i])
		w := sc.words[wi]
		prev, next := none, none
		if wi > 0 {
			prev = sc.words[wi-1]
		}
		if wi+1 < len(sc.words) {
			next = sc.words[wi+1]
		}
		var wp uint64
		switch {
		case w.end-w.start == 1:
			wp = wS
		case i == w.start:
			wp = wB
		case i == w.end-1:
			wp = wE
		default:
			wp = wM
		}
		wlen := uint64(min(w.end-w.start, 4))
		out := sc.feats[i*numTemplates : (i+1)*numTemplates : (i+1)*numTemplates]
		h := func(t int, vs ...uint64) uint32 {
			x := uint64(t+1) * 0xd6e8feb86659fd93
			for _, v := range vs {
				x = combine(x, v)
			}
			return uint32(mix64(x) >> f.shift)
		}
		out[tBias] = h(tBias)
		out[tU2m] = h(tU2m, c2m)
		out[tU1m] = h(tU1m, c1m)
		out[tU0] = h(tU0, c0)
		out[tU1p] = h(tU1p, c1p)
		out[tU2p] = h(tU2p, c2p)
		out[tB2m] = h(tB2m, c2m, c1m)
		out[tB1m] = h(tB1m, c1m, c0)
		out[tB1p] = h(tB1p, c0, c1p)
		out[tB2p] = h(tB2p, c1p, c2p)
		out[tSkip] = h(tSkip, c1m, c1p)
		out[tTri] = h(tTri, c1m, c0, c1p)
		out[tType] = h(tType, typeAt(i-1)<<8|typeAt(i)<<4|typeAt(i+1))
		out[tWordPos] = h(tWordPos, wp, w.pos)
		out[tWordText] = h(tWordText, wp, w.text)
		out[tPrevPos] = h(tPrevPos, wp, prev.pos, w.pos)
		out[tNextPos] = h(tNextPos, wp, w.pos, next.pos)
		out[tPrevWord] = h(tPrevWord, wp, prev.text)
		out[tNextWord] = h(tNextWord, wp, next.text)
		out[tClasses] = h(tClasses, wp, prev.class<<8|w.class<<4|next.class)
		out[tSurname] = h(tSurname, uint64(f.lex.surname(rs[i:])), wp, wlen, w.pos)
	}
}

func charType(r rune) uint64 {
	switch {
	case r >= '0' && r <= '9':
		return typeDigit
	case r < 0x80 && (r|0x20 >= 'a' && r|0x20 <= 'z'):
		return typeLatin
	}
	switch r {
	case '〇', '零', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '亿':
		return typeNumeral
	}
	switch {
	case unicode.Is(unicode.Han, r):
		return typeHan
	case unicode.IsPunct(r) || unicode.IsSymbol(r):
		return typePunct
	case unicode.IsLetter(r):
		return typeLatin
	}
	return typeOther
}
