// Package segment splits the document text into words with part-of-speech
// tags using gse and its embedded simplified-Chinese dictionary (jieba's tag
// set: n, v, nr person, ns place, nt organization, x for characters the
// dictionary does not know, …).
//
// gse segments by shortest path over the dictionary, without its HMM, so the
// result is deterministic and the dictionary is only read. Text is segmented
// one line at a time, which keeps gse's per-call buffers small on long
// documents. Tokens carry the exact text
// they cover — gse lowercases ASCII letters in its own copy — and tokens that
// are only whitespace are dropped.
package segment

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/go-ego/gse"
	"github.com/zhfacts/zhfacts/pipeline"
)

var shared struct {
	once sync.Once
	seg  *gse.Segmenter
	err  error
}

// Segmenter returns the process-wide gse segmenter, loading the embedded
// simplified-Chinese dictionary on the first call (1.5–2 s; it keeps about
// 130 MB of heap live, which every garbage collection has to scan). The
// segmenter is shared read-only: callers must not add or remove words.
func Segmenter() (*gse.Segmenter, error) {
	shared.once.Do(func() {
		// SkipLog keeps gse from printing while it loads; NotLoadHMM skips the
		// HMM model, which shortest-path segmentation never uses.
		seg := &gse.Segmenter{SkipLog: true, NotLoadHMM: true}
		if err := seg.LoadDictEmbed("zh_s"); err != nil {
			shared.err = fmt.Errorf("segment: loading gse dictionary zh_s: %w", err)
			return
		}
		shared.seg = seg
	})
	return shared.seg, shared.err
}

// Stage implements pipeline.Stage. It is safe for concurrent use.
type Stage struct {
	seg *gse.Segmenter
}

// New returns a stage that segments with seg, which it only reads.
func New(seg *gse.Segmenter) Stage { return Stage{seg: seg} }

// Name returns "segment".
func (Stage) Name() string { return "segment" }

// Process sets d.Tokens, replacing any tokens already there. It segments a
// line at a time: a gse call costs a fixed overhead, so one call per
// paragraph is about 40% faster than one per sentence, and no word spans a
// line break. Words never span a sentence boundary either, since sentences
// end at punctuation or line breaks, which gse keeps as tokens of their own.
func (s Stage) Process(d *pipeline.Doc) error {
	d.Tokens = d.Tokens[:0]
	off := 0 // code point offset of line
	for line := range strings.Lines(d.Text) {
		if err := s.segment(d, off, line); err != nil {
			return fmt.Errorf("code point %d: %w", off, err)
		}
		off += utf8.RuneCountInString(line)
	}
	return nil
}

// segment appends the tokens of chunk, which starts at code point off of
// d.Text. gse reports byte spans computed from its own copy of the words; it
// is an error if they do not tile chunk exactly or split a character.
func (s Stage) segment(d *pipeline.Doc, off int, chunk string) error {
	if strings.TrimSpace(chunk) == "" {
		return nil
	}
	first := len(d.Tokens)
	at, n := 0, 0 // bytes and code points of chunk tiled so far
	for _, sg := range s.seg.Segment([]byte(chunk)) {
		start, end := sg.Start(), sg.End()
		if start != at || end <= start || end > len(chunk) {
			return fmt.Errorf("gse token %q at bytes %d–%d does not follow byte %d of %d", sg.Token().Text(), start, end, at, len(chunk))
		}
		at = end
		text := chunk[start:end]
		k := utf8.RuneCountInString(text)
		if !isBlank(text) {
			d.Tokens = append(d.Tokens, pipeline.Token{Start: off + n, End: off + n + k, Text: text, Pos: sg.Token().Pos()})
		}
		n += k
	}
	// Pieces of a split character count as one code point each, so the
	// counts add up only when every cut falls between characters.
	if at != len(chunk) || n != utf8.RuneCountInString(chunk) {
		d.Tokens = d.Tokens[:first]
		return fmt.Errorf("gse tokens cover %d of %d bytes and %d of %d code points", at, len(chunk), n, utf8.RuneCountInString(chunk))
	}
	return nil
}

func isBlank(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}
