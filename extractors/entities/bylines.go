package entities

import (
	"strings"
	"unicode"

	"github.com/zhfacts/zhfacts/internal/runes"
	"github.com/zhfacts/zhfacts/pipeline"
)

// bylinePersons reads the names of a credit line: a media title of
// titles.tsv, maybe after words that say which (视频编辑, 文字编辑), a colon,
// then names of two to four Han characters each followed by a space or a
// closing bracket (（视频编辑：金月展 文字编辑：刘禛）).
// Each is one PERSON: the tagger misses names it has not seen (见红蕊) and
// cuts others short (金月 of 金月展). A name must end at such a mark, so a
// reporter's question (记者：你好！) reads as none.
func (s *Stage) bylinePersons(d *doc) {
	text := d.Text
	var add []pipeline.Mention
	colons := pairFinder{a: "：", b: ":"}
	for from := 0; from < len(text); {
		colon := colons.next(text, from)
		if colon < 0 {
			break
		}
		_, size := runes.DecodeFirst(text[colon:])
		from = colon + size
		if !s.creditTitleBefore(text[:colon]) {
			continue
		}
		for pos := from; ; {
			name, next, ok := creditName(text, pos)
			if !ok {
				break
			}
			start := d.RuneOffset(pos)
			end := start + runes.Count(name)
			if s.creditNameFree(d, start, end) {
				add = append(add, pipeline.Mention{Type: pipeline.Person, Start: start, End: end, Stage: Name, Rule: "byline-person", Confidence: gazetteerConfidence})
			}
			pos = next
		}
	}
	add = append(add, s.spacedBylines(d)...)
	for _, m := range add {
		d.DeleteMentions(func(o *pipeline.Mention) bool {
			return o.Type == pipeline.Person && o.Stage != Name && o.Start >= m.Start && o.End <= m.End
		})
		d.AddMention(m)
	}
}

// spacedBylines reads a reporter's name set off by spaces after a media
// title, at the end of a line or before another credit (经济参考报记者 刘畅,
// 法治日报记者 吴敏 通讯员 蒋一帆): two to four Han characters beginning with
// a surname. Spaces are rare in Chinese text, so the title is looked for
// only before them.
func (s *Stage) spacedBylines(d *doc) []pipeline.Mention {
	text := d.Text
	var add []pipeline.Mention
	spaces := pairFinder{a: " ", b: "\u3000"}
	for from := 0; ; {
		space := spaces.next(text, from)
		if space < 0 {
			return add
		}
		pos := space
		for pos < len(text) && (text[pos] == ' ' || strings.HasPrefix(text[pos:], "\u3000")) {
			_, size := runes.DecodeFirst(text[pos:])
			pos += size
		}
		from = pos
		if !s.creditTitleBefore(text[:space]) {
			continue
		}
		end, n := pos, 0
		for end < len(text) && n <= 4 {
			r, size := runes.DecodeFirst(text[end:])
			if !unicode.Is(unicode.Han, r) {
				break
			}
			end += size
			n++
		}
		if n < 2 || n > 4 {
			continue
		}
		if r, _ := runes.DecodeFirst(text[end:]); end < len(text) && r != ' ' && r != '\u3000' && r != '\n' && r != '）' && r != ')' {
			continue
		}
		name := text[pos:end]
		if _, ok := s.surnames.Of(name); !ok {
			continue
		}
		start := d.RuneOffset(pos)
		if s.creditNameFree(d, start, start+n) {
			add = append(add, pipeline.Mention{Type: pipeline.Person, Start: start, End: start + n, Stage: Name, Rule: "byline-person", Confidence: gazetteerConfidence})
		}
	}
}

// pairFinder finds the occurrences of either of two marks in a text in
// order (a full-width and an ASCII colon; a space and an ideographic one).
// It searches for each mark in bytes, which costs far less than
// strings.IndexAny decoding every character, and searches again only once
// the reading has passed the mark it found, so a text is read once.
type pairFinder struct {
	a, b     string // the marks
	ia, ib   int    // the next occurrence of each found, or -1
	searched bool
}

// next returns the byte offset of the first mark at or after from, or -1.
func (f *pairFinder) next(text string, from int) int {
	if !f.searched {
		f.ia, f.ib, f.searched = indexFrom(text, f.a, 0), indexFrom(text, f.b, 0), true
	}
	if f.ia >= 0 && f.ia < from {
		f.ia = indexFrom(text, f.a, from)
	}
	if f.ib >= 0 && f.ib < from {
		f.ib = indexFrom(text, f.b, from)
	}
	switch {
	case f.ia < 0:
		return f.ib
	case f.ib < 0 || f.ia < f.ib:
		return f.ia
	}
	return f.ib
}

// indexFrom returns the byte offset of sub in text at or after from, or -1.
func indexFrom(text, sub string, from int) int {
	if i := runes.Index(text[from:], sub); i >= 0 {
		return from + i
	}
	return -1
}

// creditTitleBefore reports whether text ends with a media title (编辑,
// 记者), maybe after characters that say which (视频编辑): a title of
// titles.tsv's media category begins within its last four characters.
func (s *Stage) creditTitleBefore(text string) bool {
	if r, _ := runes.DecodeLast(text); !s.titles.Ends(r) {
		return false // most texts: no title ends with their last character
	}
	k := len(text)
	for n := 0; n < 4 && k > 0; n++ {
		_, size := runes.DecodeLast(text[:k])
		k -= size
	}
	for j := k; j < len(text); {
		if c, ok := s.titles.Category(text[j:]); ok && c == "media" {
			return true
		}
		_, size := runes.DecodeFirst(text[j:])
		j += size
	}
	return false
}

// creditName reads one name of a credit line at byte pos: two to four Han
// characters and a space or a closing bracket after them (a name at a
// line's end may be an answer: 记者：好的). next is where the following name
// would start, after the spaces, or the end of text after a bracket; ok is
// false when no name stands at pos.
func creditName(text string, pos int) (name string, next int, ok bool) {
	end, n := pos, 0
	for end < len(text) {
		r, size := runes.DecodeFirst(text[end:])
		if !unicode.Is(unicode.Han, r) {
			break
		}
		end += size
		n++
	}
	if n < 2 || n > 4 || end == len(text) {
		return "", 0, false
	}
	switch r, _ := runes.DecodeFirst(text[end:]); r {
	case ' ', '\u3000':
		next = end
		for next < len(text) {
			r, size := runes.DecodeFirst(text[next:])
			if r != ' ' && r != '\u3000' {
				break
			}
			next += size
		}
	case '）', ')':
		next = len(text) // the credit ends here
	default:
		return "", 0, false
	}
	return text[pos:end], next, true
}

// creditNameFree reports whether start..end may become a PERSON: no name of
// another type overlaps it, and no PERSON already covers it exactly.
func (s *Stage) creditNameFree(d *doc, start, end int) bool {
	for m := range d.namesOver(start, end) {
		if m.Type != pipeline.Person || m.Start == start && m.End == end {
			return false
		}
	}
	return true
}
