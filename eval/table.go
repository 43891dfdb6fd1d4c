package eval

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

// contextRunes is how much of the sentence an error line shows on each side
// of the spans involved.
const contextRunes = 15

// WriteTable writes r for a terminal: the strict scores per type and overall,
// the same after merging adjacent spans, and then the error groups, if r has
// any, each with the first sentence it occurred in and the span in 【】.
// Precision, recall and F1 are percentages.
func (r Report) WriteTable(w io.Writer) error {
	ew := &errWriter{w: w}
	ew.printf("strict: start, end and type agree (%d sentences)\n", r.Sentences)
	writeScores(ew, r.Types, r.Overall)
	ew.printf("\nmerged: adjacent spans of one type joined first\n")
	writeScores(ew, r.Merged, r.MergedOverall)
	if len(r.Errors) > 0 {
		ew.printf("\nerrors (strict), most frequent first\n")
		for _, e := range r.Errors {
			ew.printf("%6d  %-10s  %s\n", e.Count, e.Kind, describe(e))
			ew.printf("        [%s] %s\n", e.SentenceID, excerpt(e))
		}
	}
	return ew.err
}

func writeScores(ew *errWriter, types []TypeScore, overall TypeScore) {
	ew.printf("%-8s %-12s %9s %7s %7s %7s %7s %7s\n", "type", "gold", "precision", "recall", "f1", "tp", "fp", "fn")
	for _, t := range slices.Concat(types, []TypeScore{overall}) {
		ew.printf("%-8s %-12s %9.2f %7.2f %7.2f %7d %7d %7d\n",
			t.Type, t.Gold, 100*t.Precision, 100*t.Recall, 100*t.F1, t.TP, t.FP, t.FN)
	}
}

// describe names the spans of an error: "PER 张洁", or "PER 张洁 → PERSON 张洁说"
// when a prediction was paired with the gold span.
func describe(e ErrorExample) string {
	var parts []string
	if e.Gold != nil {
		parts = append(parts, e.Gold.Type+" "+e.Gold.Text)
	}
	if e.Predicted != nil {
		parts = append(parts, e.Predicted.Type+" "+e.Predicted.Text)
	}
	return strings.Join(parts, " → ")
}

// excerpt shows the sentence around the error with the gold span, or the
// predicted one for a spurious error, in 【】.
func excerpt(e ErrorExample) string {
	runes := []rune(e.Text)
	mark := e.Gold
	if mark == nil {
		mark = e.Predicted
	}
	lo, hi := mark.Start, mark.End
	if e.Predicted != nil {
		lo, hi = min(lo, e.Predicted.Start), max(hi, e.Predicted.End)
	}
	clamp := func(i int) int { return max(0, min(i, len(runes))) }
	ms, me := clamp(mark.Start), clamp(max(mark.Start, mark.End))
	from, to := clamp(lo-contextRunes), clamp(hi+contextRunes)

	var b strings.Builder
	if from > 0 {
		b.WriteString("…")
	}
	b.WriteString(string(runes[from:ms]))
	b.WriteString("【" + string(runes[ms:me]) + "】")
	b.WriteString(string(runes[me:to]))
	if to < len(runes) {
		b.WriteString("…")
	}
	return b.String()
}

// errWriter keeps the first write error so the table code can write freely.
type errWriter struct {
	w   io.Writer
	err error
}

func (ew *errWriter) printf(format string, args ...any) {
	if ew.err == nil {
		_, ew.err = fmt.Fprintf(ew.w, format, args...)
	}
}
