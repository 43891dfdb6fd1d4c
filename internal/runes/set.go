package runes

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
