// Package cleanup folds the document text into the form later stages expect
// (ASCII digits and letters, plain spaces, no control or invisible characters)
// without moving any character: it replaces code points one for one, so every
// offset into the text a source delivered stays valid.
//
// What is folded:
//
//   - full-width digits, letters and symbols (U+FF01–U+FF5E) become ASCII,
//     except the ones that act as Chinese punctuation — ！（），：；？ — which
//     sentence splitting and the quoting rules key on, so they are kept;
//   - U+3000 IDEOGRAPHIC SPACE, NO-BREAK SPACE, U+1680, U+2000–U+200A, U+202F,
//     U+205F, tab, vertical tab and form feed become ' ';
//   - C0 and C1 control characters and DEL become ' ', except '\n';
//     "\r\n" becomes " \n" and a lone '\r' (old Mac line ends) becomes '\n',
//     as do U+0085 NEXT LINE, U+2028 and U+2029;
//   - invisible characters — U+00AD SOFT HYPHEN, U+200B–U+200F (zero-width
//     spaces, joiners and direction marks), U+2060 WORD JOINER and U+FEFF
//     (byte order mark) — become ' ', the only one-for-one replacement that
//     keeps them from gluing or hiding in tokens;
//   - the other dots that join the parts of a transliterated name — U+30FB
//     and U+FF65 KATAKANA MIDDLE DOT, U+2027 HYPHENATION POINT, U+2219 BULLET
//     OPERATOR and U+2022 BULLET (乔治・华盛顿, 亚历山大∙沃龙佐夫) — become
//     U+00B7 MIDDLE DOT, the one Chinese typesetting uses and the name rules
//     read;
//   - the HTML entities of spaces that scraped pages leave in text — &nbsp;,
//     &ensp;, &emsp; and &thinsp; — become as many spaces as they have
//     characters (黄&nbsp;磊 → "黄      磊"): a scraper that did not decode
//     them would otherwise put "nbsp" into words and names;
//   - each byte of invalid UTF-8 becomes U+FFFD, which counts as one code
//     point just as the invalid byte did, so the output is valid UTF-8.
package cleanup

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/pipeline"
)

// Stage implements pipeline.Stage. The zero value is ready to use.
type Stage struct{}

// Name returns "cleanup".
func (Stage) Name() string { return "cleanup" }

// Process folds d.Text in place. Invalid UTF-8 is repaired and reported as a
// warning at the offset of the first bad byte.
func (Stage) Process(d *pipeline.Doc) error {
	out, invalid, first := fold(d.Text)
	if out == d.Text {
		return nil
	}
	d.SetText(out)
	if invalid > 0 {
		d.AddError("cleanup", pipeline.SeverityWarning,
			fmt.Sprintf("replaced %d bytes of invalid UTF-8 with U+FFFD", invalid), first)
	}
	return nil
}

// Fold returns s with every code point folded as the package documentation
// describes. The result has as many code points as s (counting each invalid
// byte as one, as Go does), and s itself is returned when nothing changes.
func Fold(s string) string {
	out, _, _ := fold(s)
	return out
}

// lead marks the bytes that can begin a code point Fold changes: ASCII
// controls and the lead bytes of U+0080–U+00BF, U+1680, U+2000–U+2FFF,
// U+3000 and U+F000–U+FFFF. Other code points are stepped over without
// decoding, which keeps the common case — CJK text — to one table lookup per
// character.
var lead = func() (t [256]bool) {
	for b := 0; b < 0x20; b++ {
		t[b] = b != '\n'
	}
	t[0x7f] = true
	t['&'] = true // a space entity (spaceEntity)
	for _, b := range []byte{0xc2, 0xe1, 0xe2, 0xe3, 0xef} {
		t[b] = true
	}
	return t
}()

// plain3 marks the lead bytes of three-byte characters that fold keeps
// whatever two continuation bytes follow: E4–EC and EE begin no character
// that fold changes (see lead) and need no range test to be valid (E0 and
// ED do).
var plain3 = func() (t [256]bool) {
	for b := 0xe4; b <= 0xee; b++ {
		t[b] = b != 0xed
	}
	return t
}()

// fold does the work of Fold and also counts invalid bytes and returns the
// code point offset of the first (-1 when there are none). It checks the
// text's UTF-8 as it steps over it, sparing utf8.ValidString's pass over
// the whole text (more than half of the stage's instructions): the
// three-byte characters of CJK text, the most of it, need only a test of
// their lead byte and one of both continuation bytes at once; text
// found invalid is folded again from the start by foldInvalid.
func fold(s string) (out string, invalid, first int) {
	var b strings.Builder
	last := 0 // s[:last] has been written to b
	for i := 0; i < len(s); {
		// Runs of ideographs, read four bytes at a time: a lead byte of
		// plain3 and two continuation bytes are a valid character that
		// fold keeps. The rest of the text, rather than offsets into it,
		// takes one test of its length for the four bytes.
		rest := s[i:]
		for len(rest) >= 4 {
			w := uint32(rest[0]) | uint32(rest[1])<<8 | uint32(rest[2])<<16 | uint32(rest[3])<<24
			if w&0xC0C0F0 != 0x8080E0 || !plain3[byte(w)] {
				break
			}
			rest = rest[3:]
		}
		if i = len(s) - len(rest); i == len(s) {
			break
		}
		c := s[i]
		size := 1
		switch {
		case c < utf8.RuneSelf:
			if !lead[c] {
				i++
				continue
			}
		// After a lead byte of E1–EC or EE–EF any two continuation bytes
		// are a valid character, neither overlong nor a surrogate.
		case c-0xe1 < 0x0f && c != 0xed && len(s)-i >= 3 && (uint16(s[i+1])<<8|uint16(s[i+2]))&0xc0c0 == 0x8080:
			if !lead[c] || !interesting3(c, s[i+1], s[i+2]) {
				i += 3
				continue
			}
			size = 3
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n == 1 {
				return foldInvalid(s)
			}
			if size = n; !lead[c] || n == 3 && !interesting3(c, s[i+1], s[i+2]) {
				i += n
				continue
			}
		}
		if c == '&' {
			if n := spaceEntity(s[i:]); n > 0 {
				if b.Cap() == 0 {
					b.Grow(len(s))
				}
				b.WriteString(s[last:i])
				b.WriteString(spaces[:n])
				i += n
				last = i
			} else {
				i++
			}
			continue
		}
		r := rune(c)
		if size > 1 {
			r, _ = utf8.DecodeRuneInString(s[i:])
		}
		f := foldRune(r, s[i+size:])
		if f != r {
			if b.Cap() == 0 {
				b.Grow(len(s))
			}
			b.WriteString(s[last:i])
			b.WriteRune(f)
			last = i + size
		}
		i += size
	}
	if last == 0 {
		return s, 0, -1
	}
	b.WriteString(s[last:])
	return b.String(), 0, -1
}

// interesting3 reports whether the valid three-byte sequence c, c1, c2 may
// encode a code point that foldRune changes. It lets the frequent “”…—。、《》
// skip decoding; TestFilterAgreesWithFoldRune keeps it in step with foldRune.
func interesting3(c, c1, c2 byte) bool {
	switch c {
	case 0xe2:
		return c1 == 0x80 && (c2 <= 0x8f || c2 == 0xa2 || c2 == 0xa7 || c2 == 0xa8 || c2 == 0xa9 || c2 == 0xaf) || // U+2000–U+200F, U+2022, U+2027, U+2028, U+2029, U+202F
			c1 == 0x81 && (c2 == 0x9f || c2 == 0xa0) || // U+205F, U+2060
			c1 == 0x88 && c2 == 0x99 // U+2219
	case 0xe1:
		return c1 == 0x9a && c2 == 0x80 // U+1680
	case 0xe3:
		return c1 == 0x80 && c2 == 0x80 || c1 == 0x83 && c2 == 0xbb // U+3000, U+30FB
	case 0xef:
		return c1 == 0xbb && c2 == 0xbf || c1 == 0xbc || c1 == 0xbd // U+FEFF, U+FF00–U+FF7F
	}
	return true
}

// foldInvalid is the slow path for text that is not valid UTF-8: it decodes
// every code point and replaces each invalid byte with U+FFFD.
func foldInvalid(s string) (out string, invalid, first int) {
	var b strings.Builder
	b.Grow(len(s) + len(s)/2)
	first = -1
	for i, n := 0, 0; i < len(s); n++ {
		if k := spaceEntity(s[i:]); k > 0 {
			b.WriteString(spaces[:k])
			i += k
			n += k - 1
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			if invalid == 0 {
				first = n
			}
			invalid++
		} else {
			r = foldRune(r, s[i+size:])
		}
		b.WriteRune(r)
		i += size
	}
	return b.String(), invalid, first
}

// spaceEntities are the HTML entities Fold turns into spaces.
var spaceEntities = []string{"&nbsp;", "&ensp;", "&emsp;", "&thinsp;"}

// spaces holds enough spaces for the longest of spaceEntities.
const spaces = "        "

// spaceEntity returns the length of the space entity s begins with, 0 when
// it begins with none. Entities are ASCII: bytes and code points agree.
func spaceEntity(s string) int {
	if len(s) < 6 || s[0] != '&' {
		return 0
	}
	for _, e := range spaceEntities {
		if strings.HasPrefix(s, e) {
			return len(e)
		}
	}
	return 0
}

// foldRune returns the replacement for r; rest is the text after r, which
// tells a lone '\r' from the first half of "\r\n".
func foldRune(r rune, rest string) rune {
	switch {
	case r == '\r':
		if strings.HasPrefix(rest, "\n") {
			return ' '
		}
		return '\n'
	case r == '\n':
		return r
	case r < 0x20, r == 0x7f:
		return ' '
	case r == 0x85, r == 0x2028, r == 0x2029:
		return '\n'
	case r >= 0x80 && r <= 0xa0, r == 0xad: // C1 controls, NBSP, soft hyphen
		return ' '
	case r == 0x1680, r >= 0x2000 && r <= 0x200f, r == 0x202f, r == 0x205f, r == 0x2060, r == 0x3000, r == 0xfeff:
		return ' '
	case r == 0x30fb, r == 0xff65, r == 0x2027, r == 0x2219, r == 0x2022:
		return '·'
	case r >= 0xff01 && r <= 0xff5e:
		switch r {
		case '！', '（', '）', '，', '：', '；', '？':
			return r
		}
		return r - 0xfee0
	}
	return r
}
