// Package numbers is the opt-in stage (extract --numbers) that adds a NUMBER
// mention for every numeral no other mention covers, so the numeral parser
// can be checked on bare numbers. It runs last.
//
// Numerals that are part of words count nothing and are skipped: 一 in 一些,
// 统一, 一带一路, 万一, 千万不要. Segmentation decides where there are tokens (a
// numeral inside a token that is not a numeral or measure word, POS m, mq or
// q, is part of a word); numeral_stopwords.tsv covers what gse does not know.
// Numerals glued to ASCII letters (5G, C919) are codes, not numbers.
//
// mentions.normalized is number.Canonical of the value ("3", "~20",
// "30..40", ">500"), prefixed "ordinal " for ordinals (第三 → "ordinal 3")
// and with "ratio" after fractions (三分之一 → "0.333333333333 ratio").
package numbers

import (
	"unicode"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/dictionaries"
	"github.com/zhfacts/zhfacts/extractors/number"
	"github.com/zhfacts/zhfacts/pipeline"
)

// Rules, as mentions.rule records them.
const (
	ruleCardinal = "numeral"
	ruleOrdinal  = "ordinal"
	ruleFraction = "fraction"
)

// Stage implements pipeline.Stage.
type Stage struct {
	stopwords *dictionaries.Lexicon[struct{}]
}

// New returns the numbers stage.
func New() (Stage, error) {
	sw, err := dictionaries.LoadNumeralStopwords()
	if err != nil {
		return Stage{}, err
	}
	return Stage{stopwords: sw}, nil
}

// Name returns "numbers".
func (Stage) Name() string { return "numbers" }

// Process adds a NUMBER mention for every numeral of d.Text that no mention
// overlaps and that is not part of a word.
func (s Stage) Process(d *pipeline.Doc) error {
	// The numerals found do not overlap one another, so the NUMBER
	// mentions added need not join the spans taken.
	taken := d.SpansOf()
	for _, n := range number.Find(d.Text) {
		start, end := d.RuneOffset(n.Start), d.RuneOffset(n.End)
		if taken.Overlaps(start, end) || glued(d.Text, n) || number.InWord(d.Text, n.Start, n.End, s.stopwords) || inWordToken(d.Tokens, start, end) {
			continue
		}
		d.AddMention(mention(n, start, end))
	}
	return nil
}

func mention(n number.Match, start, end int) pipeline.Mention {
	unit, rule, prefix := "", ruleCardinal, ""
	switch {
	case n.Ordinal:
		rule, prefix = ruleOrdinal, "ordinal "
	case n.Fraction:
		rule, unit = ruleFraction, "ratio"
	}
	m := pipeline.Mention{
		Type: pipeline.Number, Start: start, End: end, Text: n.Text,
		Normalized: prefix + number.Canonical(n.Value, n.Min, n.Max, n.Qualifier, unit),
		Value:      number.Ptr(n.Value), Qualifier: n.Qualifier,
		Stage: "numbers", Rule: rule, Confidence: 0.9,
	}
	switch n.Qualifier {
	case number.Min:
		m.ValueMin = number.Ptr(n.Value)
	default:
		m.ValueMin, m.ValueMax = number.Ptr(n.Min), number.Ptr(n.Max)
	}
	if n.Chinese && utf8.RuneCountInString(n.Text) == 1 {
		m.Confidence = 0.6 // a lone Chinese digit is often part of a name or phrase
	}
	return m
}

// glued reports whether an ASCII letter touches the numeral (5G, C919).
func glued(text string, n number.Match) bool {
	before, _ := utf8.DecodeLastRuneInString(text[:n.Start])
	after, _ := utf8.DecodeRuneInString(text[n.End:])
	return asciiLetter(before) || asciiLetter(after)
}

func asciiLetter(r rune) bool { return r < utf8.RuneSelf && unicode.IsLetter(r) }

// numeralPOS are the gse tags of numerals and measure words.
var numeralPOS = map[string]bool{"m": true, "mq": true, "q": true}

// inWordToken reports whether a token that is not a numeral or measure word
// overlaps the numeral and reaches beyond it: then the numeral is part of a
// word (统一, 一些, 万一).
func inWordToken(toks []pipeline.Token, start, end int) bool {
	lo, hi := 0, len(toks)
	for lo < hi { // first token ending after start
		mid := (lo + hi) / 2
		if toks[mid].End <= start {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	for k := lo; k < len(toks) && toks[k].Start < end; k++ {
		t := toks[k]
		if !numeralPOS[t.Pos] && (t.Start < start || t.End > end) {
			return true
		}
	}
	return false
}
