package eval

import (
	"cmp"
	"slices"
)

// Error kinds, from the strict comparison.
const (
	Miss      = "miss"       // a gold span no prediction could be paired with
	Spurious  = "spurious"   // a prediction no gold span could be paired with
	WrongType = "wrong-type" // the exact offsets of a gold span, another type
	Boundary  = "boundary"   // the right type, overlapping but not equal offsets
)

// kindRank orders kinds that occur equally often: what was missed outright
// is worth reading before what was found imperfectly.
var kindRank = map[string]int{Miss: 0, WrongType: 1, Boundary: 2, Spurious: 3}

// ErrorExample is one group of identical errors: the same kind, with the same
// gold and predicted text and types, shown through its first occurrence.
//
// Report orders groups by Count, most frequent first, so that a gold string
// missed in forty sentences comes before one missed once; ties go by kind
// (miss, wrong-type, boundary, spurious) and then by first occurrence in the
// order sentences were added, which makes the order deterministic.
type ErrorExample struct {
	SentenceID string `json:"sentence_id"` // of the first occurrence
	Text       string `json:"text"`        // the sentence
	Kind       string `json:"kind"`
	Gold       *Span  `json:"gold"`      // with its gold type; nil for spurious
	Predicted  *Span  `json:"predicted"` // with its mention type; nil for miss
	Count      int    `json:"count"`     // occurrences of this error over all sentences
}

type errorKey struct {
	kind, goldType, goldText, predType, predText string
}

type errorGroup struct {
	example ErrorExample
	count   int
	first   int // order of first occurrence
}

// collectErrors classifies the spans that did not match. A predicted span
// explains at most one gold span: exact offsets with another type pair first,
// then overlaps of the same type; whatever is left is a miss or spurious.
func (s *Scorer) collectErrors(sent Sentence, gold, pred []Span, gHit, pHit []bool, goldType map[Span]string) {
	found, used := slices.Clone(gHit), slices.Clone(pHit)
	pair := func(kind string, ok func(g, p Span) bool) {
		for i, g := range gold {
			if found[i] {
				continue
			}
			for j, p := range pred {
				if !used[j] && ok(g, p) {
					found[i], used[j] = true, true
					s.addError(sent, kind, &g, goldType[g], &p)
					break
				}
			}
		}
	}
	pair(WrongType, func(g, p Span) bool { return g.Start == p.Start && g.End == p.End })
	pair(Boundary, func(g, p Span) bool { return g.Type == p.Type && g.Start < p.End && p.Start < g.End })
	for i, g := range gold {
		if !found[i] {
			s.addError(sent, Miss, &g, goldType[g], nil)
		}
	}
	for j, p := range pred {
		if !used[j] {
			s.addError(sent, Spurious, nil, "", &p)
		}
	}
}

func (s *Scorer) addError(sent Sentence, kind string, g *Span, gType string, p *Span) {
	k := errorKey{kind: kind}
	ex := ErrorExample{SentenceID: sent.ID, Text: sent.Text, Kind: kind}
	if g != nil {
		gs := *g
		gs.Type = gType
		ex.Gold = &gs
		k.goldType, k.goldText = gs.Type, gs.Text
	}
	if p != nil {
		ps := *p
		ex.Predicted = &ps
		k.predType, k.predText = ps.Type, ps.Text
	}
	grp, ok := s.errors[k]
	if !ok {
		grp = &errorGroup{example: ex, first: len(s.errors)}
		s.errors[k] = grp
	}
	grp.count++
}

func (s *Scorer) worstErrors(n int) []ErrorExample {
	groups := make([]*errorGroup, 0, len(s.errors))
	for _, g := range s.errors {
		groups = append(groups, g)
	}
	slices.SortFunc(groups, func(a, b *errorGroup) int {
		return cmp.Or(
			cmp.Compare(b.count, a.count),
			cmp.Compare(kindRank[a.example.Kind], kindRank[b.example.Kind]),
			cmp.Compare(a.first, b.first),
		)
	})
	out := make([]ErrorExample, 0, min(n, len(groups)))
	for _, g := range groups[:min(n, len(groups))] {
		ex := g.example
		ex.Count = g.count
		out = append(out, ex)
	}
	return out
}
