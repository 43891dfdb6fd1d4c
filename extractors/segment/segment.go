// Package segment splits the document text into words with part-of-speech
// tags using gse and its embedded simplified-Chinese dictionary (jieba's tag
// set: n, v, nr person, ns place, nt organization, x for characters the
// dictionary does not know, …).
//
// Words are gse's: shortest path over its dictionary, without the HMM, so
// the result is deterministic and the dictionary is only read. The stage
// runs that algorithm on a compiled copy of the dictionary (Dict), which
// gives the same words faster. Tokens carry the exact text they cover —
// matching ignores the case of ASCII letters — and tokens that are only
// whitespace are dropped.
package segment

import (
	"fmt"
	"strings"
	"sync"

	"github.com/go-ego/gse"
	"github.com/zhfacts/zhfacts/pipeline"
)

// loadGse returns a segmenter with gse's embedded simplified-Chinese
// dictionary (1–2 s; about 130 MB of heap, most of it pointers that every
// garbage collection scans).
func loadGse() (*gse.Segmenter, error) {
	// SkipLog keeps gse from printing while it loads; NotLoadHMM skips the
	// HMM model, which shortest-path segmentation never uses.
	seg := &gse.Segmenter{SkipLog: true, NotLoadHMM: true}
	if err := seg.LoadDictEmbed("zh_s"); err != nil {
		return nil, fmt.Errorf("segment: loading gse dictionary zh_s: %w", err)
	}
	return seg, nil
}

// Segmenter returns a process-wide gse segmenter with the embedded
// dictionary, loaded on the first call, for comparing with gse itself. It
// is shared read-only: callers must not add or remove words. The stage
// does not need it (see Dictionary).
var Segmenter = sync.OnceValues(loadGse)

// Dictionary returns the process-wide compiled dictionary, loading gse's
// embedded one and compiling it on the first call. gse's own structures
// are dropped afterwards, so they cost neither memory nor garbage
// collection time for the rest of the run.
var Dictionary = sync.OnceValues(func() (*Dict, error) {
	seg, err := loadGse()
	if err != nil {
		return nil, err
	}
	return Compile(seg), nil
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
// buffer, and the tokens gathered before they are copied to the document
// at their exact number (growing d.Tokens by doubling cost more garbage
// than any other stage made).
type work struct {
	buf    Buffer
	tokens []pipeline.Token
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
	b, toks := &wk.buf, wk.tokens[:0]
	off := 0 // code point offset of line
	for line := range strings.Lines(d.Text) {
		// A blank line gives blank words only, which tokens drops.
		s.dict.search(b, line)
		toks = s.tokens(toks, b, line, off)
		off += len(b.codes)
	}
	d.Tokens = append(d.Tokens[:0], toks...)
	clear(toks) // drop the strings, which belong to the document
	wk.tokens = toks[:0]
	return nil
}

// tokens appends to toks the words that search left in b for line, which
// starts at code point off, but for blank ones. It is a function of its
// own, with the slices in locals, so that its loop keeps more of them in
// registers.
func (s Stage) tokens(toks []pipeline.Token, b *Buffer, line string, off int) []pipeline.Token {
	bounds, offs, codes, jumps, tags := b.bounds, b.offs, b.codes, b.jumps, s.dict.tags
	for k := len(bounds) - 1; k > 0; k-- {
		start, end := bounds[k], bounds[k-1]
		// Most words start with what is not white space.
		if codes[start]&space == 0 || !blank(codes[start+1:end]) {
			toks = append(toks, pipeline.Token{Start: off + int(start), End: off + int(end), Text: line[offs[start]:offs[end]], Pos: tags[jumps[end-1].word]})
		}
	}
	return toks
}

// blank reports whether codes, some of Buffer.codes, are all white space.
func blank(codes []uint32) bool {
	for _, c := range codes {
		if c&space == 0 {
			return false
		}
	}
	return true
}
