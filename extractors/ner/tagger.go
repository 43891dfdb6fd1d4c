package ner

import (
	"slices"

	"github.com/zhfacts/zhfacts/pipeline"
)

// work holds the buffers of one tagging call; a Stage keeps them in a pool.
type work struct {
	scratch
	em, alpha, beta, margin []int32
	bp                      []Tag
	tags                    []Tag
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

// decode fills w.tags and w.margin for a sentence of n characters with
// features feats.
func (m *Model) decode(feats []uint32, n int, w *work) {
	w.em = grow(w.em, n*NumTags)
	w.alpha = grow(w.alpha, n*NumTags)
	w.beta = grow(w.beta, n*NumTags)
	w.bp = grow(w.bp, n*NumTags)
	w.tags = grow(w.tags, n)
	w.margin = grow(w.margin, n)
	for i := range n {
		var acc [rowWords]uint64
		for _, r := range feats[i*numTemplates : (i+1)*numTemplates] {
			if p := m.row(r); p != nil {
				acc[0] = addLanes(acc[0], p[0])
				acc[1] = addLanes(acc[1], p[1])
				acc[2] = addLanes(acc[2], p[2])
				acc[3] = addLanes(acc[3], p[3])
			}
		}
		e := w.em[i*NumTags : (i+1)*NumTags : (i+1)*NumTags]
		for t := range e {
			e[t] = int32(int16(acc[t/4] >> (16 * (t % 4))))
		}
	}
	viterbi(w.em, &m.trans, negInf32, w.tags, w.alpha, w.bp)
	if slices.ContainsFunc(w.tags, func(t Tag) bool { return t != O }) {
		// Margins serve only the confidence of spans.
		margins(w.em, &m.trans, w.tags, w.alpha, w.beta, w.margin)
	}
}

// lanes are the sign bits of the four int16 lanes of a uint64.
const lanes = 0x8000_8000_8000_8000

// addLanes adds the four int16 lanes of a and b without carries between
// lanes (two's-complement wraparound within each lane, which the bound on
// weights keeps from happening).
func addLanes(a, b uint64) uint64 {
	return ((a &^ lanes) + (b &^ lanes)) ^ ((a ^ b) & lanes)
}

// confidence turns the smallest margin over a span into a number in (0, 1):
// 0.5 at the model's typical margin, approaching 1 as the margin grows.
func (m *Model) confidence(margin []int32) float64 {
	low := slices.Min(margin)
	c := float64(low) / (float64(low) + float64(m.marginScale))
	return float64(int(c*1000+0.5)) / 1000 // three decimals keep golden files stable
}

// Sentences returns the decoding units of d with the words that cover them:
// its sentences, or its non-blank lines when the sentence stage did not run.
// Tokens that cross a unit's boundary are left out.
func Sentences(d *pipeline.Doc) []Sentence {
	runes := []rune(d.Text)
	var units []pipeline.Sentence
	if len(d.Sentences) > 0 {
		units = d.Sentences
	} else {
		start := 0
		for i := 0; i <= len(runes); i++ {
			if i == len(runes) || runes[i] == '\n' {
				if i > start {
					units = append(units, pipeline.Sentence{Start: start, End: i})
				}
				start = i + 1
			}
		}
	}
	out := make([]Sentence, 0, len(units))
	tok := 0
	for _, u := range units {
		if u.Start < 0 || u.End > len(runes) || u.Start >= u.End {
			continue
		}
		s := Sentence{Start: u.Start, Text: runes[u.Start:u.End]}
		for tok < len(d.Tokens) && d.Tokens[tok].End <= u.Start {
			tok++
		}
		for j := tok; j < len(d.Tokens) && d.Tokens[j].Start < u.End; j++ {
			t := d.Tokens[j]
			if t.Start >= u.Start && t.End <= u.End {
				s.Words = append(s.Words, Word{Start: t.Start - u.Start, End: t.End - u.Start, Pos: t.Pos})
			}
		}
		out = append(out, s)
	}
	return out
}
