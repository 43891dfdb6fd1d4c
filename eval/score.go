package eval

import (
	"cmp"
	"maps"
	"slices"
	"strings"
)

// NERTypes maps the gold types of the NER benchmarks to the mention types that
// score against them. TIME is left out because the benchmarks' TIME covers
// vague words (今天, 目前) that the DATE extractor does not aim at; a caller who
// wants it scored adds "TIME": "DATE" to a copy.
var NERTypes = map[string]string{"PER": "PERSON", "LOC": "PLACE", "ORG": "ORG"}

// Scorer accumulates span counts over gold sentences. It is not safe for
// concurrent use.
type Scorer struct {
	types     map[string]string // gold type → mention type
	scored    map[string]bool   // mention types that take part
	strict    map[string]*counts
	merged    map[string]*counts
	sentences int
	errors    map[errorKey]*errorGroup
}

type counts struct{ tp, fp, fn int }

// NewScorer returns a Scorer that scores the gold types that are keys of types
// against the mention types they map to. Gold spans of other types and
// predicted spans of other mention types are ignored.
func NewScorer(types map[string]string) *Scorer {
	s := &Scorer{
		types:  maps.Clone(types),
		scored: map[string]bool{},
		strict: map[string]*counts{},
		merged: map[string]*counts{},
		errors: map[errorKey]*errorGroup{},
	}
	for _, t := range types {
		s.scored[t] = true
		s.strict[t] = &counts{}
		s.merged[t] = &counts{}
	}
	return s
}

// Add scores predicted against the entities of gold. Predicted spans carry
// mention types and code-point offsets into gold.Text; their Text may be empty.
func (s *Scorer) Add(gold Sentence, predicted []Span) {
	s.sentences++
	runes := []rune(gold.Text)

	// g holds gold spans retyped to mention types; goldType remembers the
	// original type for error examples.
	var g []Span
	goldType := map[Span]string{}
	for _, e := range gold.Entities {
		t, ok := s.types[e.Type]
		if !ok {
			continue
		}
		sp := Span{Start: e.Start, End: e.End, Type: t, Text: slice(runes, e.Start, e.End, e.Text)}
		if _, dup := goldType[sp]; !dup {
			g = append(g, sp)
			goldType[sp] = e.Type
		}
	}
	var p []Span
	seen := map[Span]bool{}
	for _, e := range predicted {
		if !s.scored[e.Type] {
			continue
		}
		sp := Span{Start: e.Start, End: e.End, Type: e.Type, Text: slice(runes, e.Start, e.End, e.Text)}
		if !seen[sp] {
			p = append(p, sp)
			seen[sp] = true
		}
	}

	gHit, pHit := match(g, p, s.strict)
	s.collectErrors(gold, g, p, gHit, pHit, goldType)
	match(mergeAdjacent(g, runes), mergeAdjacent(p, runes), s.merged)
}

// slice returns runes[start:end], or fallback when the offsets do not fit.
func slice(runes []rune, start, end int, fallback string) string {
	if start < 0 || start > end || end > len(runes) {
		return fallback
	}
	return string(runes[start:end])
}

// match counts exact (start, end, type) agreement between gold and predicted
// spans, which are each free of duplicates, and reports which of them matched.
func match(gold, predicted []Span, c map[string]*counts) (gHit, pHit []bool) {
	gHit = make([]bool, len(gold))
	pHit = make([]bool, len(predicted))
	for i, g := range gold {
		for j, p := range predicted {
			if !pHit[j] && p.Start == g.Start && p.End == g.End && p.Type == g.Type {
				gHit[i], pHit[j] = true, true
				c[g.Type].tp++
				break
			}
		}
	}
	for i, g := range gold {
		if !gHit[i] {
			c[g.Type].fn++
		}
	}
	for j, p := range predicted {
		if !pHit[j] {
			c[p.Type].fp++
		}
	}
	return gHit, pHit
}

// mergeAdjacent joins spans of one type where one ends exactly where the next
// begins, so that 1997年|12月|29日 becomes 1997年12月29日. Spans are joined
// in order of start, so a span that overlaps the run ends it. The result is
// sorted by start.
func mergeAdjacent(spans []Span, runes []rune) []Span {
	sorted := slices.Clone(spans)
	slices.SortFunc(sorted, func(a, b Span) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End), strings.Compare(a.Type, b.Type))
	})
	var out []Span
	last := map[string]int{} // type → index in out of its latest span
	for _, sp := range sorted {
		if i, ok := last[sp.Type]; ok && out[i].End == sp.Start {
			out[i].End = sp.End
			out[i].Text = slice(runes, out[i].Start, out[i].End, out[i].Text+sp.Text)
			continue
		}
		last[sp.Type] = len(out)
		out = append(out, sp)
	}
	return out
}

// TypeScore is precision, recall and F1 for one mention type or overall.
// A ratio whose denominator is zero is reported as 0, so that a type with no
// predictions (or no gold) reads as unscored rather than NaN, which JSON
// cannot carry.
type TypeScore struct {
	Type      string  `json:"type"` // mention type, or "overall"
	Gold      string  `json:"gold"` // gold type(s) scored against it, joined by "+"
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func newTypeScore(typ, gold string, c counts) TypeScore {
	ts := TypeScore{Type: typ, Gold: gold, TP: c.tp, FP: c.fp, FN: c.fn}
	ts.Precision = ratio(c.tp, c.tp+c.fp)
	ts.Recall = ratio(c.tp, c.tp+c.fn)
	if ts.Precision+ts.Recall > 0 {
		ts.F1 = 2 * ts.Precision * ts.Recall / (ts.Precision + ts.Recall)
	}
	return ts
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Report is the outcome of scoring: strict scores per mention type and
// micro-averaged overall, the same after merging adjacent spans, and the most
// frequent errors of the strict comparison.
type Report struct {
	Types         []TypeScore    `json:"types"` // sorted by mention type
	Overall       TypeScore      `json:"overall"`
	Merged        []TypeScore    `json:"merged"`
	MergedOverall TypeScore      `json:"merged_overall"`
	Sentences     int            `json:"sentences"`
	Errors        []ErrorExample `json:"errors"`
}

// Report returns the scores so far and up to maxErrors error groups (none when
// maxErrors <= 0); see ErrorExample for their order.
func (s *Scorer) Report(maxErrors int) Report {
	r := Report{Sentences: s.sentences}
	r.Types, r.Overall = s.scores(s.strict)
	r.Merged, r.MergedOverall = s.scores(s.merged)
	if maxErrors > 0 {
		r.Errors = s.worstErrors(maxErrors)
	}
	return r
}

func (s *Scorer) scores(by map[string]*counts) ([]TypeScore, TypeScore) {
	var all []TypeScore
	var total counts
	var golds []string
	for _, t := range slices.Sorted(maps.Keys(by)) {
		var g []string
		for gt, mt := range s.types {
			if mt == t {
				g = append(g, gt)
			}
		}
		slices.Sort(g)
		golds = append(golds, g...)
		c := *by[t]
		all = append(all, newTypeScore(t, strings.Join(g, "+"), c))
		total.tp += c.tp
		total.fp += c.fp
		total.fn += c.fn
	}
	slices.Sort(golds)
	return all, newTypeScore("overall", strings.Join(golds, "+"), total)
}
