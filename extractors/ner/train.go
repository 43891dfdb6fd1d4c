package ner

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
)

// Example is a training sentence: its features and its gold tags.
type Example struct {
	feats []uint32
	gold  []Tag
	spans []Span // gold spans the tags could represent
}

// Trainer learns a Model with the averaged structured perceptron (Collins
// 2002): decode each example with the current weights and, where the best
// sequence differs from the gold one, add the gold sequence's features and
// subtract the predicted one's. Weights are averaged over every step, which
// is what makes the perceptron generalize. A Trainer is not safe for
// concurrent use.
type Trainer struct {
	style string
	bits  int
	feat  featurizer
	w     []int32   // current weights, rows of NumTags: counts of updates
	u     []float64 // step-weighted sum of updates, for averaging
	tw    [NumTags][NumTags]int32
	tu    [NumTags][NumTags]float64
	steps float64

	em, alpha []int32
	pred      []Tag
}

// NewTrainer returns a trainer for a model of the given style with a weight
// table of 2^bits rows.
func NewTrainer(style string, bits int) (*Trainer, error) {
	if bits < 8 || bits > maxBits {
		return nil, fmt.Errorf("ner: table bits %d outside 8..%d", bits, maxBits)
	}
	lex, err := defaultLexicon()
	if err != nil {
		return nil, err
	}
	return &Trainer{
		style: style,
		bits:  bits,
		feat:  newFeaturizer(lex, bits, rowsDir(bits)),
		w:     make([]int32, NumTags<<bits),
		u:     make([]float64, NumTags<<bits),
	}, nil
}

// Example builds the training example of s with gold spans. Spans that
// overlap another are dropped (the tags cannot represent them); skipped
// counts them.
func (t *Trainer) Example(s Sentence, spans []Span) (ex Example, skipped int) {
	var sc scratch
	t.feat.extract(s, &sc)
	ex.feats = slices.Clip(sc.feats)
	ex.gold, skipped = Encode(len(s.Text), spans)
	ex.spans = Decode(ex.gold)
	return ex, skipped
}

// Epoch makes one pass over examples in an order shuffled by rng and
// returns the number of examples it decoded wrongly.
func (t *Trainer) Epoch(examples []Example, rng *rand.Rand) int {
	order := rng.Perm(len(examples))
	wrong := 0
	for _, i := range order {
		if t.step(examples[i]) {
			wrong++
		}
	}
	return wrong
}

// step decodes ex and updates the weights; it reports whether the decoded
// tags were wrong.
func (t *Trainer) step(ex Example) bool {
	t.steps++
	n := len(ex.gold)
	if n == 0 {
		return false
	}
	t.em = grow(t.em, n*NumTags)
	t.alpha = grow(t.alpha, n*NumTags)
	t.pred = grow(t.pred, n)
	for i := range n {
		e := (*[NumTags]int32)(t.em[i*NumTags:])
		*e = [NumTags]int32{}
		for _, r := range ex.feats[i*numTemplates : (i+1)*numTemplates] {
			row := (*[NumTags]int32)(t.w[int(r)*NumTags:])
			for k := range NumTags {
				e[k] += row[k]
			}
		}
	}
	lat := newLattice(&t.tw)
	viterbi(t.em, &lat, t.pred, t.alpha)
	if slices.Equal(t.pred, ex.gold) {
		return false
	}
	c := t.steps
	prevG, prevP := O, O
	for i := range n {
		g, p := ex.gold[i], t.pred[i]
		if g != p {
			for _, r := range ex.feats[i*numTemplates : (i+1)*numTemplates] {
				base := int(r) * NumTags
				t.w[base+int(g)]++
				t.u[base+int(g)] += c
				t.w[base+int(p)]--
				t.u[base+int(p)] -= c
			}
		}
		if g != p || prevG != prevP {
			t.tw[prevG][g]++
			t.tu[prevG][g] += c
			t.tw[prevP][p]--
			t.tu[prevP][p] -= c
		}
		prevG, prevP = g, p
	}
	if prevG != prevP {
		t.tw[prevG][O]++
		t.tu[prevG][O] += c
		t.tw[prevP][O]--
		t.tu[prevP][O] -= c
	}
	return true
}

// Model returns the averaged weights as a quantized model: weights are
// scaled so the largest is ±maxWeight and rounded to integers, and weights
// whose magnitude is below prune are dropped, which leaves more rows empty. Confidence is calibrated on dev so that the median
// margin of predicted spans reads 0.5.
func (t *Trainer) Model(prune int, dev []Example) *Model {
	avg := func(w int32, u float64) float64 {
		if t.steps == 0 {
			return float64(w)
		}
		return float64(w) - u/t.steps
	}
	maxAbs := 0.0
	for i, w := range t.w {
		maxAbs = max(maxAbs, math.Abs(avg(w, t.u[i])))
	}
	for a := range NumTags {
		for b := range NumTags {
			maxAbs = max(maxAbs, math.Abs(avg(t.tw[a][b], t.tu[a][b])))
		}
	}
	scale := 1.0
	if maxAbs > 0 {
		scale = maxWeight / maxAbs
	}
	m := newModel(t.style, t.bits, t.feat.lex)
	for r := range m.numRows() {
		var w [NumTags]int8
		for k := range w {
			i := r*NumTags + k
			if q := math.Round(avg(t.w[i], t.u[i]) * scale); math.Abs(q) >= float64(prune) {
				w[k] = int8(q)
			}
		}
		m.addRow(r, &w)
	}
	m.finish()
	for a := range NumTags {
		for b := range NumTags {
			m.trans[a][b] = int32(math.Round(avg(t.tw[a][b], t.tu[a][b]) * scale))
		}
	}
	m.lat = newLattice(&m.trans)
	m.calibrate(dev)
	return m
}

// calibrate sets the margin scale to the median weakest-character margin of
// the spans m predicts on examples.
func (m *Model) calibrate(examples []Example) {
	var all []int32
	var w work
	for _, ex := range examples {
		m.decode(m.packed(ex.feats), len(ex.gold), &w)
		for _, sp := range Decode(w.tags) {
			all = append(all, slices.Min(w.margin[sp.Start:sp.End]))
		}
	}
	m.marginScale = 1
	if len(all) > 0 {
		slices.Sort(all)
		m.marginScale = float32(max(all[len(all)/2], 1))
	}
}

// packed returns the indices in m.rows of the weights of rows, the
// features a model's featurizer gives.
func (m *Model) packed(rows []uint32) []uint32 {
	idx := make([]uint32, len(rows))
	for j, r := range rows {
		idx[j] = uint32(m.rowAt(r))
	}
	return idx
}

// Score is span precision, recall and F1 for one kind or overall.
type Score struct {
	TP, FP, FN int
}

// P returns the precision.
func (s Score) P() float64 { return ratio(s.TP, s.TP+s.FP) }

// R returns the recall.
func (s Score) R() float64 { return ratio(s.TP, s.TP+s.FN) }

// F1 returns the harmonic mean of precision and recall.
func (s Score) F1() float64 {
	p, r := s.P(), s.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Evaluation holds strict span scores per kind (PER, LOC, ORG) and overall.
type Evaluation struct {
	Kinds   [numKinds]Score
	Overall Score
}

// String formats e as one line of P/R/F1 percentages.
func (e Evaluation) String() string {
	s := fmt.Sprintf("P %.2f R %.2f F1 %.2f", 100*e.Overall.P(), 100*e.Overall.R(), 100*e.Overall.F1())
	for k, sc := range e.Kinds {
		s += fmt.Sprintf(" | %s %.2f", kindNames[k], 100*sc.F1())
	}
	return s
}

// Evaluate scores m's spans on examples against their gold spans.
func (m *Model) Evaluate(examples []Example) Evaluation {
	var e Evaluation
	var w work
	for _, ex := range examples {
		m.decode(m.packed(ex.feats), len(ex.gold), &w)
		pred := Decode(w.tags)
		gold := map[Span]bool{}
		for _, g := range ex.spans {
			gold[g] = true
		}
		for _, p := range pred {
			if gold[p] {
				e.Kinds[p.Kind].TP++
				delete(gold, p)
			} else {
				e.Kinds[p.Kind].FP++
			}
		}
		for g := range gold {
			e.Kinds[g.Kind].FN++
		}
	}
	for _, k := range e.Kinds {
		e.Overall.TP += k.TP
		e.Overall.FP += k.FP
		e.Overall.FN += k.FN
	}
	return e
}
