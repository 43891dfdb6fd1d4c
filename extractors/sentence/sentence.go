// Package sentence splits the document text into sentences.
//
// A sentence ends after a terminator — 。！？；!?; or an ellipsis … — and at
// every line break. Runs of terminators (？！, ……) and the closing quotes and
// brackets that follow them (。” ！』 ……）) stay with the sentence they close.
// Spans are trimmed of surrounding whitespace, and text that is only
// whitespace yields no sentence, so every non-space character of the text
// lies in exactly one sentence and no sentence crosses a line break.
//
// ASCII '.' is not a terminator: in Chinese news it is a decimal point
// (8.7亿) or part of a name far more often than the end of a sentence.
package sentence

import (
	"unicode"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/pipeline"
)

// Stage implements pipeline.Stage. The zero value is ready to use.
type Stage struct{}

// Name returns "sentence".
func (Stage) Name() string { return "sentence" }

// Process sets d.Sentences, replacing any sentences already there.
func (Stage) Process(d *pipeline.Doc) error {
	d.Sentences = split(d.Runes(), d.Sentences[:0])
	return nil
}

// Split appends the sentences of text to dst and returns the extended slice.
// Offsets are code points into text.
func Split(text string, dst []pipeline.Sentence) []pipeline.Sentence {
	return split([]rune(text), dst)
}

// split is Split over the code points of the text. It reads a sentence at a
// time, in loops that call nothing: an append in the loop over characters
// made the compiler keep the open sentence in memory at every character.
func split(rs []rune, dst []pipeline.Sentence) []pipeline.Sentence {
	n := 0
	for {
		for n < len(rs) {
			if c := classOf(rs[n]); c != space && c != newline {
				break
			}
			n++ // the spaces and line breaks between sentences
		}
		if n == len(rs) {
			return dst
		}
		start, end := n, n+1 // end follows the last character that is no space
	sentence:
		for ; n < len(rs); n++ {
			r := rs[n]
			if uint32(r)-uint32(len(classes)) < 0xFF00-uint32(len(classes)) {
				end = n + 1 // plain: the ideographs, most of the text, in one test
				continue
			}
			switch classOf(r) {
			case plain, closer:
				end = n + 1
			case newline:
				break sentence
			case terminator:
				// The terminator, those after it and the closers after
				// them end the sentence.
				for n++; n < len(rs); n++ {
					if c := classOf(rs[n]); c != terminator && c != closer {
						break
					}
				}
				end = n
				break sentence
			}
		}
		dst = append(dst, pipeline.Sentence{Start: start, End: end})
	}
}

// class is what a code point does to the sentence around it.
type class uint8

const (
	plain      class = iota // opens or continues a sentence
	space                   // ends no sentence and opens none (isSpace)
	newline                 // ends the open sentence
	terminator              // ends the sentence it is part of (isTerminator)
	closer                  // stays with a terminator before it (isCloser)
)

// classes holds the class of every code point below len(classes), and
// fullwidth that of the fullwidth forms U+FF00 to U+FF1F; every other code
// point is plain. The splitter reads each character of each document once,
// and a lookup costs less than the comparisons of isSpace, isTerminator and
// isCloser.
var classes, fullwidth = func() (t [0x3016]class, f [0x20]class) {
	for r := range rune(len(t)) {
		t[r] = slowClass(r)
	}
	for k := range rune(len(f)) {
		f[k] = slowClass(0xFF00 + k)
	}
	return t, f
}()

// classOf returns the class of r.
func classOf(r rune) class {
	if uint32(r) < uint32(len(classes)) {
		return classes[r]
	}
	if k := uint32(r) - 0xFF00; k < uint32(len(fullwidth)) {
		return fullwidth[k]
	}
	return plain
}

// slowClass returns the class of r from its definitions.
func slowClass(r rune) class {
	switch {
	case r == '\n':
		return newline
	case isTerminator(r):
		return terminator
	case isCloser(r):
		return closer
	case isSpace(r):
		return space
	}
	return plain
}

// isTerminator reports whether r ends the sentence it is part of.
func isTerminator(r rune) bool {
	switch r {
	case '。', '！', '？', '；', '!', '?', ';', '…':
		return true
	}
	return false
}

// isCloser reports whether r closes a quotation or bracket, and so belongs to
// the sentence whose terminator it follows. ASCII quotes are ambiguous, but
// right after a terminator they close far more often than they open.
func isCloser(r rune) bool {
	switch r {
	case '”', '’', '」', '』', '）', ')', '》', '〉', '】', '〕', ']', '"', '\'':
		return true
	}
	return false
}

// isSpace is unicode.IsSpace without '\n', which Split handles first, and
// with a shortcut for CJK: no space lies above U+3000.
func isSpace(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return r == ' ' || r == '\t' || r == '\r' || r == '\v' || r == '\f'
	case r > 0x3000:
		return false
	}
	return unicode.IsSpace(r)
}
