package dictionaries

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/internal/runes"
)

// Lexicon maps surface forms to values and finds the longest form at the start
// or end of a string, which is how a numeral's neighbours are read: the
// currency after 8.7亿 in 8.7亿元人民币, the qualifier before 300 in 近300万元.
// It is read-only after building and safe for concurrent use.
type Lexicon[T any] struct {
	forms map[string]T
	sizes []int // distinct form lengths in bytes, longest first
	// first and last mark the runes that begin and end some form, so most
	// lookups are answered by one bit test instead of a map probe per length.
	first, last runes.Set
	// heads and tails hold the first and last two bytes (twoBytes) of
	// every form of two bytes or more: a candidate that begins or ends
	// otherwise needs no map probe.
	heads, tails runes.Set
}

// NewLexicon returns an empty lexicon.
func NewLexicon[T any]() *Lexicon[T] {
	return &Lexicon[T]{forms: map[string]T{}}
}

// Add maps form to v, replacing an earlier value.
func (l *Lexicon[T]) Add(form string, v T) {
	if form == "" {
		return
	}
	l.forms[form] = v
	r, _ := utf8.DecodeRuneInString(form)
	l.first.Add(r)
	r, _ = utf8.DecodeLastRuneInString(form)
	l.last.Add(r)
	if n := len(form); n >= 2 {
		l.heads.Add(twoBytes(form[0], form[1]))
		l.tails.Add(twoBytes(form[n-2], form[n-1]))
	}
	if !slices.Contains(l.sizes, len(form)) {
		l.sizes = append(l.sizes, len(form))
		slices.SortFunc(l.sizes, func(a, b int) int { return b - a })
	}
}

// Get returns the value of form.
func (l *Lexicon[T]) Get(form string) (T, bool) {
	if n := len(form); n >= 2 && !l.tails.Has(twoBytes(form[n-2], form[n-1])) {
		var zero T
		return zero, false
	}
	v, ok := l.forms[form]
	return v, ok
}

// Len returns the number of forms.
func (l *Lexicon[T]) Len() int { return len(l.forms) }

// Prefix returns the longest form that s starts with.
func (l *Lexicon[T]) Prefix(s string) (form string, v T, ok bool) {
	if r, _ := runes.DecodeFirst(s); !l.first.Has(r) {
		return "", v, false
	}
	for _, n := range l.sizes {
		if n <= len(s) && (n < 2 || l.tails.Has(twoBytes(s[n-2], s[n-1]))) {
			if v, ok := l.forms[s[:n]]; ok {
				return s[:n], v, true
			}
		}
	}
	return "", v, false
}

// Suffix returns the longest form that s ends with.
func (l *Lexicon[T]) Suffix(s string) (form string, v T, ok bool) {
	if r, _ := runes.DecodeLast(s); !l.last.Has(r) {
		return "", v, false
	}
	for _, n := range l.sizes {
		if k := len(s) - n; k >= 0 && (n < 2 || l.heads.Has(twoBytes(s[k], s[k+1]))) {
			if v, ok := l.forms[s[k:]]; ok {
				return s[len(s)-n:], v, true
			}
		}
	}
	return "", v, false
}

// Ends reports whether some form may end with r. When not, Suffix finds
// nothing in a string that ends with r, so a caller can skip building one.
func (l *Lexicon[T]) Ends(r rune) bool { return l.last.Has(r) }

// Begins reports whether some form may begin with r. When not, no word
// that begins with r is a form, so a caller that knows its words' first
// characters can skip Get.
func (l *Lexicon[T]) Begins(r rune) bool { return l.first.Has(r) }

// Contains reports whether s contains any form.
func (l *Lexicon[T]) Contains(s string) bool {
	for i := 0; i < len(s); i++ {
		if _, _, ok := l.Prefix(s[i:]); ok {
			return true
		}
	}
	return false
}

// Forms returns every form, sorted.
func (l *Lexicon[T]) Forms() []string {
	out := make([]string, 0, len(l.forms))
	for f := range l.forms {
		out = append(out, f)
	}
	slices.Sort(out)
	return out
}

// wordList reads a one-column table into a lexicon, rejecting empty and
// repeated words.
func wordList(t *Table, col string) (*Lexicon[struct{}], error) {
	c, err := columns(t, col)
	if err != nil {
		return nil, err
	}
	l := NewLexicon[struct{}]()
	for i, row := range t.Rows {
		w := strings.TrimSpace(row[c[0]])
		if w == "" || w != row[c[0]] {
			return nil, errorf(t, i, "empty or padded %s %q", col, row[c[0]])
		}
		if _, dup := l.Get(w); dup {
			return nil, errorf(t, i, "repeated %s %q", col, w)
		}
		l.Add(w, struct{}{})
	}
	return l, nil
}

// errorf formats an error about row i of t, naming the file and line.
func errorf(t *Table, i int, format string, args ...any) error {
	return fmt.Errorf("dictionaries: %s:%d: %s", t.Name, t.Lines[i], fmt.Sprintf(format, args...))
}
