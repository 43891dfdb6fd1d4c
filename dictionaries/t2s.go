package dictionaries

import "unicode/utf8"

// Fold maps Traditional characters to Simplified ones, one code point for
// one (t2s.tsv).
type Fold struct {
	to map[rune]rune
}

// Rune returns the Simplified form of r, or r itself.
func (f *Fold) Rune(r rune) rune {
	if s, ok := f.to[r]; ok {
		return s
	}
	return r
}

// Len returns the number of characters folded.
func (f *Fold) Len() int { return len(f.to) }

// LoadT2S loads the embedded t2s.tsv.
func LoadT2S() (*Fold, error) { return loadT2S() }

var loadT2S = shared("t2s.tsv", ParseT2S)

// ParseT2S reads rows of a Traditional character and its Simplified form,
// each exactly one code point; a character is listed once.
func ParseT2S(t *Table) (*Fold, error) {
	c, err := columns(t, "traditional", "simplified")
	if err != nil {
		return nil, err
	}
	f := &Fold{to: make(map[rune]rune, len(t.Rows))}
	for i, row := range t.Rows {
		from, to := row[c[0]], row[c[1]]
		if utf8.RuneCountInString(from) != 1 || utf8.RuneCountInString(to) != 1 {
			return nil, errorf(t, i, "%q → %q is not one character for one", from, to)
		}
		r, _ := utf8.DecodeRuneInString(from)
		if _, dup := f.to[r]; dup {
			return nil, errorf(t, i, "%q listed twice", from)
		}
		f.to[r], _ = utf8.DecodeRuneInString(to)
	}
	return f, nil
}
