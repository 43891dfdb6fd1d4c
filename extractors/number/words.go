package number

import (
	"strings"
	"unicode"

	"github.com/zhfacts/zhfacts/internal/runes"
)

// Words is a word list as InWord reads it (a dictionaries.Lexicon): the word
// that s begins with. An interface keeps the numeral parser free of the
// dictionaries package.
type Words interface {
	Prefix(s string) (form string, v struct{}, ok bool)
}

// maxWordRunes bounds how far before a numeral InWord looks for the start of
// a word.
const maxWordRunes = 6

// InWord reports whether the numeral at text[start:end] (byte offsets) lies
// inside one of words as written in text — 一 in 统一, 一些 or 一带一路 — so it
// counts nothing. A word that ends inside the numeral before a magnitude
// leaves it whole: 这一 holds 一 of 这一名字, not 一百 of 这一百人. A capital numeral alone right after a Chinese character
// (陆 of 着陆场, 大陆架) is a word's too: capitals count only in the run of
// capitals a cheque or contract writes (陆佰元).
func InWord(text string, start, end int, words Words) bool {
	if r, size := runes.DecodeFirst(text[start:]); start+size == end && strings.ContainsRune(capitals, r) && start > 0 {
		if prev, _ := runes.DecodeLast(text[:start]); unicode.Is(unicode.Han, prev) {
			return true
		}
	}
	p := start
	for k := 0; k <= maxWordRunes; k++ {
		if f, _, ok := words.Prefix(text[p:]); ok && p+len(f) > start && !magnitudeAt(text, p+len(f), end) {
			return true
		}
		if p == 0 {
			break
		}
		_, size := runes.DecodeLast(text[:p])
		p -= size
	}
	return false
}

// magnitudeAt reports whether a magnitude character (十, 百, 千, 万, 亿)
// stands at byte offset at, before end.
func magnitudeAt(text string, at, end int) bool {
	if at >= end {
		return false
	}
	r, _ := runes.DecodeFirst(text[at:])
	return strings.ContainsRune("十百千万亿", r)
}
