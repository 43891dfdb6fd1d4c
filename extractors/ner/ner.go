// Package ner is the learned entity stage: a structured averaged perceptron
// that tags each character of a sentence with BIOES tags for person (PER),
// place (LOC) and organization (ORG) names and turns the tags into PERSON,
// PLACE and ORG mentions.
//
// Its features are character n-grams around each character, character
// types, the gse word containing the character (position in the word, POS
// tag, the word itself and its neighbours) as the segment stage left them in
// Doc.Tokens, and dictionary classes from lexicon.tsv (surnames, titles,
// organization and place suffixes). Features are hashed into a fixed table
// of int8 weights, and Viterbi decoding over the tags keeps the output well
// formed. The trained models are embedded: msra.model follows the MSRA
// conventions (中美 → 中 + 美) and pku.model the People's Daily 1998 (PKU)
// ones. cmd/zhfacts-train makes them; README.md says from what data and how.
package ner

import (
	"bytes"
	_ "embed"
	"fmt"
	"slices"
	"sync"
	"unicode"

	"github.com/zhfacts/zhfacts/pipeline"
)

// Embedded models, by style.
var (
	//go:embed msra.model
	msraModel []byte
	//go:embed pku.model
	pkuModel []byte
)

// Styles lists the annotation conventions a Stage can follow; the first is
// the default.
var Styles = []string{"msra", "pku"}

var embedded = map[string][]byte{"msra": msraModel, "pku": pkuModel}

// loaded holds each embedded model once it has been read, shared by every
// Stage of that style.
var loaded = map[string]*struct {
	once sync.Once
	m    *Model
	err  error
}{"msra": {}, "pku": {}}

var sharedLexicon = sync.OnceValues(func() (*lexicon, error) {
	return parseLexicon("lexicon.tsv", lexiconTSV)
})

func defaultLexicon() (*lexicon, error) { return sharedLexicon() }

// EmbeddedModel returns the embedded model of the given style ("" means
// "msra"), reading it on first use.
func EmbeddedModel(style string) (*Model, error) {
	if style == "" {
		style = Styles[0]
	}
	l, ok := loaded[style]
	if !ok {
		return nil, fmt.Errorf("ner: unknown style %q (styles: msra, pku)", style)
	}
	l.once.Do(func() {
		l.m, l.err = ReadModel(bytes.NewReader(embedded[style]))
		if l.err != nil {
			l.err = fmt.Errorf("ner: embedded %s.model: %w", style, l.err)
		}
	})
	return l.m, l.err
}

// Options configure a Stage.
type Options struct {
	// Style picks the annotation conventions: "msra" (the default) or "pku".
	Style string
}

// Stage implements pipeline.Stage. It is safe for concurrent use.
type Stage struct {
	model *Model
	rule  string
	pool  sync.Pool // of *work
}

// New returns a stage that tags with the embedded model of opts.Style.
func New(opts Options) (*Stage, error) {
	m, err := EmbeddedModel(opts.Style)
	if err != nil {
		return nil, err
	}
	return NewWithModel(m), nil
}

// NewWithModel returns a stage that tags with m.
func NewWithModel(m *Model) *Stage {
	s := &Stage{model: m, rule: "perceptron:" + m.Style}
	s.pool.New = func() any { return new(work) }
	return s
}

// Name returns "ner".
func (*Stage) Name() string { return "ner" }

var kindTypes = [numKinds]string{pipeline.Person, pipeline.Place, pipeline.Org}

// trimSpace shrinks sp to exclude white space at its ends: a name never
// starts or ends with a space, though the model may tag one into a span
// ( 宇都宫 after an indent).
func trimSpace(text []rune, sp Span) Span {
	for sp.Start < sp.End && isSpace(text[sp.Start]) {
		sp.Start++
	}
	for sp.End > sp.Start && isSpace(text[sp.End-1]) {
		sp.End--
	}
	return sp
}

// isSpace is unicode.IsSpace without the call for the common ideographs,
// none of which is a space, that names mostly begin and end with.
func isSpace(r rune) bool { return (r < 0x4E00 || r > 0x9FFF) && unicode.IsSpace(r) }

// charsPerLaterMention sizes the room Process leaves for the mentions of
// the stages after ner: one per 30 characters. On the corpus, reserving it
// cut the mention slices' allocation from 1.90 to 1.31 GB of a run's 7.1
// (one per 50 characters left 1.51 GB).
const charsPerLaterMention = 30

// Process adds a PERSON, PLACE or ORG mention for every span the model finds
// in each sentence of d (each line when d has no sentences). Confidence grows
// with the score margin of the span's weakest character.
func (s *Stage) Process(d *pipeline.Doc) error {
	w := s.pool.Get().(*work)
	defer s.pool.Put(w)
	// The mentions are gathered first so that d.Mentions grows once.
	w.found = w.found[:0]
	sents := w.split(d)
	for k, sent := range sents {
		s.model.tag(sent, w)
		w.spans = appendSpans(w.spans[:0], w.tags, w.first)
		for _, sp := range w.spans {
			if sp = trimSpace(sent.Text, sp); sp.Start == sp.End {
				continue
			}
			w.found = append(w.found, found{k, sp, s.model.confidence(w.margin[sp.Start:sp.End])})
		}
	}
	// Room for the dates, amounts and counts later stages add too: each
	// append past the capacity copies every mention (about 250 bytes each).
	d.Mentions = slices.Grow(d.Mentions, len(w.found)+d.CharCount()/charsPerLaterMention)
	for _, f := range w.found {
		start, end := sents[f.sent].Start+f.Start, sents[f.sent].Start+f.End
		// A slice of the document's text, as AddMention would take, rather
		// than a string built from the code points.
		text := d.Slice(start, end)
		d.AddMention(pipeline.Mention{
			Type:       kindTypes[f.Kind],
			Text:       text,
			Start:      start,
			End:        end,
			Entity:     text,
			Stage:      "ner",
			Rule:       s.rule,
			Confidence: f.confidence,
		})
	}
	return nil
}
