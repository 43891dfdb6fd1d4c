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

// split is Split over the code points of the text.
func split(rs []rune, dst []pipeline.Sentence) []pipeline.Sentence {
	start, end := -1, -1 // current sentence; start < 0 when none is open
	closed := false      // the open sentence has seen its terminator
	flush := func() {
		if start >= 0 {
			dst = append(dst, pipeline.Sentence{Start: start, End: end})
		}
		start, closed = -1, false
	}
	for n, r := range rs {
		switch {
		case r == '\n':
			flush()
			continue
		case closed && (isTerminator(r) || isCloser(r)):
			end = n + 1
			continue
		case closed:
			flush()
		}
		if isSpace(r) {
			continue
		}
		if start < 0 {
			start = n
		}
		end = n + 1
		closed = isTerminator(r)
	}
	flush()
	return dst
}

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
