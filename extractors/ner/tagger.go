package ner

import (
	"slices"

	"github.com/zhfacts/zhfacts/pipeline"
)

// work holds the buffers of one tagging call; a Stage keeps them in a pool.
type work struct {
	scratch
	units
	em, alpha, beta, margin []int32
	tags                    []Tag
	first                   int // of tags, the first other than O, or len(tags)
	spans                   []Span
	found                   []found
}

// found is a span of the sentence at index sent of a document, with its
// confidence.
type found struct {
	sent int
	Span
	confidence float64
}

// Tag returns the spans the model finds in s, in order.
func (m *Model) Tag(s Sentence) []Span {
	var w work
	m.tag(s, &w)
	return Decode(w.tags)
}

// tag extracts the features of s and decodes them into w.tags and w.margin.
func (m *Model) tag(s Sentence, w *work) {
	m.feat.extract(s, &w.scratch)
	m.decode(w.feats, len(s.Text), w)
}

// decode fills w.tags, w.first and w.margin for a sentence of n characters with
// features feats, indices into m.rows.
func (m *Model) decode(feats []uint32, n int, w *work) {
	w.em = grow(w.em, n*NumTags)
	w.alpha = grow(w.alpha, n*NumTags)
	w.beta = grow(w.beta, n*NumTags)
	w.tags = grow(w.tags, n)
	w.margin = grow(w.margin, n)
	m.emissions(feats, w.em)
	viterbi(w.em, &m.lat, w.tags, w.alpha)
	// Margins serve only the confidence of spans, and reading spans need
	// not start before the first.
	w.first = firstTagged(w.tags)
	margins(w.em, &m.lat, w.tags, w.first, w.alpha, w.beta, w.margin)
}

// emissions writes the scores of every tag for the characters whose
// features are feats to em.
func (m *Model) emissions(feats []uint32, em []int32) { sumRows(m.rows, feats, em) }

// sumRowsGo writes to em the total weight of every tag in the rows of the
// features of each character, numTemplates of them in feats, as sums.tag
// gives them; sumRows is the same in assembly where there is one. Each word
// of a row is added twice, whole and with its odd bytes masked off, and the
// odd bytes' sums are recovered at the end: one mask a word and no shift.
// The top byte of each word is padding (tagsInFirst), so that its sum, which
// overflows the word, is not needed. The sums are scalars rather than a
// sums, which would live in memory, every addition waiting for the one
// before it to be stored. A character's rows are added one by one without a
// loop, whose counter and test were a sixth of the work; the mask is a
// constant, which the compiler puts in a fresh register at each use: that
// costs what copying a word before masking it would, and the register a mask
// variable held would be missed (with it, every row stored a word on the
// stack and read it back). The loop over characters is here too rather than
// around a call for each, which cost a sixth of the work in moving slices
// between registers and the stack. TestPackedRows checks that numTemplates
// rows are added, and TestSumRows that sumRows agrees.
//
//go:noinline
func sumRowsGo(rows [][rowWords]uint64, feats []uint32, em []int32) {
	for len(feats) >= numTemplates && len(em) >= NumTags {
		f, e := (*[numTemplates]uint32)(feats), (*[NumTags]int32)(em)
		feats, em = feats[numTemplates:], em[NumTags:]
		var all0, even0, all1, even1 uint64
		all0, even0, all1, even1 = addRow(&rows[f[0]], all0, even0, all1, even1)
		all0, even0, all1, even1 = addRow(&rows[f[1]], all0, even0, all1, even1)
		all0, even0, all1, even1 = addRow(&rows[f[2]], all0, even0, all1, even1)
		all0, even0, all1, even1 = addRow(&rows[f[3]], all0, even0, all1, even1)
		all0, even0, all1, even1 = addRow(&rows[f[4]], all0, even0, all1, even1)
		all0, even0, all1, even1 = addRow(&rows[f[5]], all0, even0, all1, even1)
		all0, even0, all1, even1 = addRow(&rows[f[6]], all0, even0, all1, even1)
		all0, even0, all1, even1 = addRow(&rows[f[7]], all0, even0, all1, even1)
		all0, even0, all1, even1 = addRow(&rows[f[8]], all0, even0, all1, even1)
		all0, even0, all1, even1 = addRow(&rows[f[9]], all0, even0, all1, even1)
		all0, even0, all1, even1 = addRow(&rows[f[10]], all0, even0, all1, even1)
		all0, even0, all1, even1 = addRow(&rows[f[11]], all0, even0, all1, even1)
		all0, even0, all1, even1 = addRow(&rows[f[12]], all0, even0, all1, even1)
		all0, even0, all1, even1 = addRow(&rows[f[13]], all0, even0, all1, even1)
		all0, even0, all1, even1 = addRow(&rows[f[14]], all0, even0, all1, even1)
		// all0 − even0 holds the odd bytes' sums 8 bits up, the top lane's
		// (padding) cut off at 64 bits; no lane overflows for fewer than 258
		// rows.
		odd0, odd1 := (all0-even0)>>8, (all1-even1)>>8
		bias := int32(numTemplates * maxWeight)
		e[0] = int32(uint16(even0)) - bias
		e[1] = int32(uint16(odd0)) - bias
		e[2] = int32(uint16(even0>>16)) - bias
		e[3] = int32(uint16(odd0>>16)) - bias
		e[4] = int32(uint16(even0>>32)) - bias
		e[5] = int32(uint16(odd0>>32)) - bias
		e[6] = int32(uint16(even0>>48)) - bias
		e[7] = int32(uint16(even1)) - bias
		e[8] = int32(uint16(odd1)) - bias
		e[9] = int32(uint16(even1>>16)) - bias
		e[10] = int32(uint16(odd1>>16)) - bias
		e[11] = int32(uint16(even1>>32)) - bias
		e[12] = int32(uint16(odd1>>32)) - bias
	}
}

// addRow adds packed row p to the sums of sumRowsGo.
func addRow(p *[rowWords]uint64, all0, even0, all1, even1 uint64) (uint64, uint64, uint64, uint64) {
	w0, w1 := p[0], p[1]
	all0 += w0
	even0 += w0 & evenBytes
	all1 += w1
	even1 += w1 & evenBytes
	return all0, even0, all1, even1
}

// confidence turns the smallest margin over a span into a number in (0, 1):
// 0.5 at the model's typical margin, approaching 1 as the margin grows. A
// tie (margin 0) still gives 0.001: the span was the one decoded.
func (m *Model) confidence(margin []int32) float64 {
	low := slices.Min(margin)
	c := float64(low) / (float64(low) + float64(m.marginScale))
	return max(float64(int(c*1000+0.5)), 1) / 1000 // three decimals keep golden files stable
}

// Sentences returns the decoding units of d with the words that cover them:
// its sentences, or its non-blank lines when the sentence stage did not run.
// Tokens that cross a unit's boundary are left out.
func Sentences(d *pipeline.Doc) []Sentence {
	var b units
	return b.split(d)
}

// units holds the buffers of Sentences, so that a Stage can reuse them
// from one document to the next.
type units struct {
	lines []pipeline.Sentence
	words []Word
	sents []Sentence
	ends  []int // end of each unit's words in words
}

// split returns the decoding units of d, valid until the next call.
func (b *units) split(d *pipeline.Doc) []Sentence {
	rs := d.Runes()
	spans := d.Sentences
	if len(spans) == 0 {
		b.lines = b.lines[:0]
		start := 0
		for i := 0; i <= len(rs); i++ {
			if i == len(rs) || rs[i] == '\n' {
				if i > start {
					b.lines = append(b.lines, pipeline.Sentence{Start: start, End: i})
				}
				start = i + 1
			}
		}
		spans = b.lines
	}
	// Words of every unit go into one buffer; each unit's slice is cut from
	// it at the end, once the buffer no longer moves.
	b.words, b.sents = b.words[:0], b.sents[:0]
	b.ends = b.ends[:0]
	// The tokens in a local, and each read in place: through d, the
	// compiler read the slice again after every word appended, and a
	// token copied whole is six words.
	toks, tok := d.Tokens, 0
	// The words in a local too, appended to without reading and writing
	// the slice through b at each.
	words := b.words
	// past is where the last unit's tokens end in toks and lastEnd where
	// the unit ends: a unit that starts at or after lastEnd, as units
	// follow each other, can hold none of the tokens before past, which
	// start before it, and need not pass over them again.
	past, lastEnd := 0, 0
	for _, u := range spans {
		if u.Start < 0 || u.End > len(rs) || u.Start >= u.End {
			continue
		}
		if u.Start >= lastEnd {
			tok = max(tok, past)
		}
		for tok < len(toks) && toks[tok].End <= u.Start {
			tok++
		}
		j := tok
		for ; j < len(toks) && toks[j].Start < u.End; j++ {
			t := &toks[j]
			if t.Start >= u.Start && t.End <= u.End {
				words = append(words, Word{Start: t.Start - u.Start, End: t.End - u.Start, Pos: t.Pos})
			}
		}
		past, lastEnd = j, u.End
		b.sents = append(b.sents, Sentence{Start: u.Start, Text: rs[u.Start:u.End:u.End]})
		b.ends = append(b.ends, len(words))
	}
	b.words = words
	from := 0
	for i, end := range b.ends {
		if end > from {
			b.sents[i].Words = b.words[from:end:end]
		}
		from = end
	}
	return b.sents
}
