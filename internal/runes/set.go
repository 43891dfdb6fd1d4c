package runes

import "unicode/utf8"

// Set is a set of code points of the Basic Multilingual Plane, one bit each
// (8 KB). Code points beyond it are always members, so a Set is a filter
// that never turns away what it should let through: the dictionaries and
// stages test a word's first or last character against one before a map
// read.
type Set [1 << 16 / 64]uint64

// Add adds r; a code point beyond the plane needs no adding.
func (s *Set) Add(r rune) {
	if r >= 0 && r < 1<<16 {
		s[r/64] |= 1 << (r % 64)
	}
}

// Has reports whether r is in s, and true for any code point beyond the
// plane.
func (s *Set) Has(r rune) bool {
	u := uint32(r) // shifts, where a signed rune divides
	return u >= 1<<16 || s[u/64]&(1<<(u%64)) != 0
}

// Any reports whether any code point of text is in s, as
// strings.ContainsFunc(text, s.Has) would, decoding the three-byte
// characters of Chinese inline where ContainsFunc calls the runtime for
// each.
func (s *Set) Any(text string) bool {
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if s.Has(rune(c)) {
				return true
			}
			i++
			continue
		}
		if c-0xE1 < 0x0F && c != 0xED && len(text)-i >= 3 {
			if r, ok := three(c, text[i+1], text[i+2]); ok {
				if s.Has(r) {
					return true
				}
				i += 3
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if s.Has(r) {
			return true
		}
		i += size
	}
	return false
}
