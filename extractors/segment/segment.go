// Package segment splits the document text into words with part-of-speech
// tags using gse and its embedded simplified-Chinese dictionary (jieba's tag
// set: n, v, nr person, ns place, nt organization, x for characters the
// dictionary does not know, …).
//
// Words are gse's: shortest path over its dictionary, without the HMM, so
// the result is deterministic and the dictionary is only read. The stage
// runs that algorithm on a compiled copy of the dictionary (Dict), which
// gives the same words faster and is embedded ready-made, so gse's own
// dictionary (package gsedict) is loaded only to compare with gse or to
// rebuild the copy. Tokens carry the exact text they cover —
// matching ignores the case of ASCII letters — and tokens that are only
// whitespace are dropped.
package segment

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/zhfacts/zhfacts/dictionaries"
	"github.com/zhfacts/zhfacts/pipeline"
)

// Dictionary returns the process-wide compiled dictionary: the embedded
// copy of what Compile makes of gse's zh_s dictionary, decoded on the
// first call in milliseconds, with the words the stage cuts in two
// (segment_splits.tsv).
var Dictionary = sync.OnceValues(func() (*Dict, error) {
	d, err := loadCompiled()
	if err != nil {
		return nil, err
	}
	t, err := dictionaries.Load("segment_splits.tsv")
	if err != nil {
		return nil, fmt.Errorf("segment: %w", err)
	}
	return d, d.addSplits(t)
})

// Stage implements pipeline.Stage. It is safe for concurrent use.
type Stage struct {
	dict *Dict
	pool *sync.Pool // of *work
}

// New returns a stage that segments with d, which it only reads.
func New(d *Dict) Stage {
	return Stage{dict: d, pool: &sync.Pool{New: func() any { return new(work) }}}
}

// work is what one Process call reuses from the last: the segmenter's
// buffer, and the words kept for tokens, gathered before the tokens are
// written to the document at their exact number (growing d.Tokens by
// doubling cost more garbage than any other stage made).
type work struct {
	buf   buffer
	spans []span
}

// span is a word that becomes a token: its code point and byte offsets in
// the document and its number in Dict.tags. Spans hold no pointers, so
// gathering them needs neither write barriers nor clearing afterwards, and
// each token is written once, in place.
type span struct {
	start, end   int32 // code points
	bstart, bend int32 // bytes
	word         uint32
}

// Name returns "segment".
func (Stage) Name() string { return "segment" }

// Process sets d.Tokens, replacing any tokens already there. It segments a
// line at a time, so no word spans a line break. Words never span a
// sentence boundary either, since sentences end at punctuation or line
// breaks, which are words of their own.
func (s Stage) Process(d *pipeline.Doc) error {
	wk := s.pool.Get().(*work)
	defer s.pool.Put(wk)
	b, spans := &wk.buf, wk.spans[:0]
	rs := d.Runes()
	off, boff := 0, 0 // code point and byte offsets of line
	for line := range strings.Lines(d.Text) {
		// A blank line gives blank words only, which spans drops.
		s.dict.search(b, line, rs[off:])
		spans = b.spans(s.dict, spans, int32(off), int32(boff))
		off += len(b.codes)
		boff += len(line)
	}
	wk.spans = spans
	toks := d.Tokens[:0]
	if cap(toks) < len(spans) {
		toks = make([]pipeline.Token, len(spans))
	}
	toks = toks[:len(spans)]
	text, tags := d.Text, s.dict.tags
	for i, w := range spans {
		t := &toks[i]
		t.Start, t.End, t.Text, t.Pos = int(w.start), int(w.end), text[w.bstart:w.bend], tags[w.word]
	}
	d.Tokens = toks
	return nil
}

// spans appends to spans the words of the best path that search left in
// b, but for blank ones, for a line that starts at code point off and
// byte boff of the document; a word of d.splits becomes its two
// characters. It walks the path back from the end, writing the words
// backwards into room for as many words as the line has code points, and
// moves them to the end of spans: a line ends with a line break, a blank
// word, so they would rarely be in place.
func (b *buffer) spans(d *Dict, spans []span, off, boff int32) []span {
	codes, offs, jumps, split := b.codes, b.offs, b.jumps, d.split
	n := len(spans)
	spans = slices.Grow(spans, len(codes))[:n+len(codes)]
	room := spans[n:]
	k := len(room)
	for end := int32(len(codes)); end > 0; {
		j := &jumps[end-1]
		start := j.start
		// Most words start with what is not white space.
		if codes[start]&space == 0 || !blank(codes[start+1:end]) {
			word, wend := j.word, end
			if int(word) < len(split) && split[word] && end-start == 2 {
				if parts, ok := d.splits[[2]uint16{uint16(codes[start]), uint16(codes[start+1])}]; ok {
					k--
					room[k] = span{start: off + start + 1, end: off + end, bstart: boff + offs[start+1], bend: boff + offs[end], word: parts[1]}
					word, wend = parts[0], start+1
				}
			}
			k--
			w := &room[k]
			w.start, w.end, w.bstart, w.bend, w.word = off+start, off+wend, boff+offs[start], boff+offs[wend], word
		}
		end = start
	}
	return spans[:n+copy(room, room[k:])]
}

// blank reports whether codes, some of buffer.codes, are all white space.
func blank(codes []uint32) bool {
	for _, c := range codes {
		if c&space == 0 {
			return false
		}
	}
	return true
}
