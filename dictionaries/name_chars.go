package dictionaries

import (
	"fmt"
	"strconv"
	"unicode/utf8"
)

// NameChars counts, for each character, how often it begins, continues and
// ends a transliterated person's name in the training data (name_chars.tsv,
// made from ../shared/train by TestNameCharsFile): 克 ends 245 names, 尔
// continues 636, 萨 begins 150. It is read-only after loading.
type NameChars struct {
	counts map[rune][3]int32 // begin, inside, end
}

// LoadNameChars loads the embedded name_chars.tsv.
func LoadNameChars() (*NameChars, error) { return loadNameChars() }

var loadNameChars = shared("name_chars.tsv", ParseNameChars)

// ParseNameChars builds the table from rows of char, begin, inside and end.
func ParseNameChars(t *Table) (*NameChars, error) {
	c, err := columns(t, "char", "begin", "inside", "end")
	if err != nil {
		return nil, err
	}
	nc := &NameChars{counts: map[rune][3]int32{}}
	for i, row := range t.Rows {
		where := fmt.Sprintf("dictionaries: %s:%d", t.Name, t.Lines[i])
		r, size := utf8.DecodeRuneInString(row[c[0]])
		if size == 0 || size != len(row[c[0]]) {
			return nil, fmt.Errorf("%s: %q is not one character", where, row[c[0]])
		}
		if _, dup := nc.counts[r]; dup {
			return nil, fmt.Errorf("%s: repeated character %q", where, row[c[0]])
		}
		var n [3]int32
		for k := range n {
			v, err := strconv.Atoi(row[c[k+1]])
			if err != nil || v < 0 {
				return nil, fmt.Errorf("%s: count %q is no number", where, row[c[k+1]])
			}
			n[k] = int32(v)
		}
		nc.counts[r] = n
	}
	return nc, nil
}

// Begin returns how many transliterated names r begins.
func (nc *NameChars) Begin(r rune) int { return int(nc.counts[r][0]) }

// Inside returns how many transliterated names r continues, neither first
// nor last.
func (nc *NameChars) Inside(r rune) int { return int(nc.counts[r][1]) }

// End returns how many transliterated names r ends.
func (nc *NameChars) End(r rune) int { return int(nc.counts[r][2]) }

// Total returns how many times r stands anywhere in a transliterated name.
func (nc *NameChars) Total(r rune) int {
	n := nc.counts[r]
	return int(n[0] + n[1] + n[2])
}
