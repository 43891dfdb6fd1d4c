// Package runes decodes document text into code points for the stages that
// index it by code point offset, and the first or last code point of a word
// for the dictionaries' and stages' character tests; and searches text for
// Chinese words.
package runes

import (
	"strings"
	"unicode/utf8"
)

// Append appends the code points of s to dst, exactly as a range loop over s
// would (an invalid byte becomes utf8.RuneError), and returns the extended
// slice. The stages decode every document whole; Append decodes ASCII and
// the three-byte sequences of Chinese text inline, where a range loop calls
// the runtime for every character beyond ASCII. When dst has room for
// len(s) more code points, as many as s can hold, Append stores them by
// index, without append's test of the capacity for every one.
func Append(dst []rune, s string) []rune {
	if cap(dst)-len(dst) >= len(s) {
		return dst[:len(dst)+decode(dst[len(dst):len(dst)+len(s)], s)]
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			dst = append(dst, rune(c))
			i++
			continue
		}
		if c&0xF0 == 0xE0 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			r := rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
			if r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
				dst = append(dst, r)
				i += 3
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		dst = append(dst, r)
		i += size
	}
	return dst
}

// three decodes the three-byte sequence c, b1, b2 whose lead byte c is E1–EC
// or EE–EF, reporting whether b1 and b2 are continuation bytes. After such a
// lead byte (all of CJK and its punctuation) any two continuation bytes are
// a valid character, neither overlong nor a surrogate: only E0 and ED need
// the range tests utf8.DecodeRuneInString makes. Small enough to inline, it
// spares that call for most characters of Chinese text.
func three(c, b1, b2 byte) (rune, bool) {
	return rune(c&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F), (uint16(b1)<<8|uint16(b2))&0xC0C0 == 0x8080
}

// decode writes the code points of s to out, which is len(s) long, and
// returns how many there are.
func decode(out []rune, s string) int {
	n := 0
	for i := 0; i < len(s); n++ {
		c := s[i]
		if c < utf8.RuneSelf {
			out[n] = rune(c)
			i++
			continue
		}
		if c-0xE1 < 0x0F && c != 0xED && len(s)-i >= 3 {
			if r, ok := three(c, s[i+1], s[i+2]); ok {
				out[n] = r
				i += 3
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		out[n] = r
		i += size
	}
	return n
}

// Count returns the number of code points in s, as utf8.RuneCountInString
// does (an invalid byte counts as one). RuneCountInString ranges over s and
// calls the runtime for every character beyond ASCII; Count checks the
// three-byte sequences of Chinese text inline.
func Count(s string) int {
	n := 0
	for i := 0; i < len(s); n++ {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		if c-0xE1 < 0x0F && c != 0xED && len(s)-i >= 3 {
			if _, ok := three(c, s[i+1], s[i+2]); ok {
				i += 3
				continue
			}
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return n
}

// DecodeFirst and DecodeLast are utf8.DecodeRuneInString and
// utf8.DecodeLastRuneInString, result for result, with the three-byte
// sequences of Chinese text decoded inline: the dictionaries and the entity
// rules test a word's first or last character for every word of every
// document, and the utf8 functions call out for each character beyond ASCII.
// Like decode they take the lead bytes that need no range test (see three),
// which costs fewer instructions than decoding first and testing the value.
func DecodeFirst(s string) (rune, int) {
	if len(s) >= 3 {
		if c := s[0]; c-0xE1 < 0x0F && c != 0xED {
			if r, ok := three(c, s[1], s[2]); ok {
				return r, 3
			}
		}
	}
	return utf8.DecodeRuneInString(s)
}

// DecodeLast is DecodeFirst from the end of s.
func DecodeLast(s string) (rune, int) {
	if n := len(s); n >= 3 {
		if c := s[n-3]; c-0xE1 < 0x0F && c != 0xED {
			if r, ok := three(c, s[n-2], s[n-1]); ok {
				return r, 3
			}
		}
	}
	return utf8.DecodeLastRuneInString(s)
}

// Index is strings.Index for the Chinese words the stages search whole
// texts for. strings.Index stops at each byte equal to sub's first, and a
// third of the bytes of Chinese text lead a character of the same few rows
// (E4 to E9); sub's third byte, the last of a Chinese first character and
// one of 64 trailing bytes, turns up several times less often.
func Index(s, sub string) int {
	if len(sub) < 3 {
		return strings.Index(s, sub)
	}
	if sub[0] == 0xE3 && sub[1] == 0x80 {
		return indexMark(s, sub)
	}
	// Every occurrence at start has sub[2] at start+2; they are met in
	// order, so the first found is the first. Most bytes found are no
	// occurrence's (sub[2] is also the middle byte of other characters):
	// the two bytes before reject them inline, without the call a string
	// comparison makes.
	for at := 2; at < len(s); at++ {
		k := strings.IndexByte(s[at:], sub[2])
		if k < 0 {
			return -1
		}
		at += k
		if start := at - 2; s[at-1] == sub[1] && s[start] == sub[0] && len(s)-start >= len(sub) && s[start+3:start+len(sub)] == sub[3:] {
			return start
		}
	}
	return -1
}

// indexMark is Index for a sub that begins with a character of CJK Symbols
// and Punctuation (U+3000–303F: the ideographic space, 、。《》「」), all
// written E3 80 xx. Their third byte is one of few, and 80, the space's,
// is also the middle byte of the commonest marks (、。“”《》): the lead
// byte E3 stops at those marks of the block alone, less often.
func indexMark(s, sub string) int {
	for at := 0; at < len(s); at++ {
		k := strings.IndexByte(s[at:], 0xE3)
		if k < 0 {
			return -1
		}
		at += k
		if len(s)-at >= len(sub) && s[at+1] == sub[1] && s[at+2] == sub[2] && s[at+3:at+len(sub)] == sub[3:] {
			return at
		}
	}
	return -1
}
