package pipeline

import (
	"fmt"
	"runtime/debug"
	"slices"
	"strings"
)

// Stage is one named step of extraction. It reads the Doc and appends to it;
// it knows Chinese and nothing about files.
type Stage interface {
	Name() string
	Process(*Doc) error
}

// Pipeline is an ordered list of stages. It is safe for concurrent use when
// its stages are.
type Pipeline struct {
	stages []Stage
}

// New returns a pipeline that runs stages in order.
func New(stages ...Stage) *Pipeline {
	return &Pipeline{stages: stages}
}

// Stages returns the stages in order.
func (p *Pipeline) Stages() []Stage { return slices.Clone(p.stages) }

// Without returns a copy of p without the named stages. It fails on a name
// that is not in p, so a typo in a --disable flag is not silently ignored.
func (p *Pipeline) Without(names ...string) (*Pipeline, error) {
	q := &Pipeline{}
	drop := map[string]bool{}
	for _, n := range names {
		drop[n] = true
	}
	for _, s := range p.stages {
		if drop[s.Name()] {
			delete(drop, s.Name())
			continue
		}
		q.stages = append(q.stages, s)
	}
	if len(drop) > 0 {
		var missing []string
		for n := range drop {
			missing = append(missing, n)
		}
		slices.Sort(missing)
		return nil, fmt.Errorf("no such stage: %s (stages: %s)", strings.Join(missing, ", "), strings.Join(p.Names(), ", "))
	}
	return q, nil
}

// Names returns the stage names in order.
func (p *Pipeline) Names() []string {
	names := make([]string, len(p.stages))
	for i, s := range p.stages {
		names[i] = s.Name()
	}
	return names
}

// Process completes d (Doc.Complete) and runs every stage on it. A document
// that arrived with an error from its source is passed through untouched. A stage that fails or panics is
// recorded in d.Errors and the remaining stages still run, so one bad rule
// costs one stage's output, not the document. Mentions end sorted by offset.
func (p *Pipeline) Process(d *Doc) {
	p.ProcessBatch([]*Doc{d})
}

// ProcessBatch does for each of docs what Process does, one stage at a time
// over all of them: a stage's tables (the tagger's weights, the gazetteers)
// then stay in the processor's caches from one document to the next instead
// of being evicted by the other stages' tables in between.
func (p *Pipeline) ProcessBatch(docs []*Doc) {
	live := make([]*Doc, 0, len(docs))
	for _, d := range docs {
		d.Complete()
		if !d.Failed() {
			live = append(live, d)
		}
	}
	for _, s := range p.stages {
		for _, d := range live {
			if err := runStage(s, d); err != nil {
				d.AddError(s.Name(), SeverityError, err.Error(), -1)
			}
		}
	}
	for _, d := range live {
		d.Restore()
		SortMentions(d.Mentions)
	}
}

func runStage(s Stage, d *Doc) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v\n%s", r, firstFrames(debug.Stack(), 12))
		}
	}()
	return s.Process(d)
}

// firstFrames keeps the head of a stack trace: enough to find the bug without
// flooding the errors table.
func firstFrames(stack []byte, lines int) string {
	parts := strings.SplitN(string(stack), "\n", lines+1)
	if len(parts) > lines {
		parts = parts[:lines]
	}
	return strings.Join(parts, "\n")
}

// SortMentions orders mentions by start, longer spans first, then type and ID,
// which makes output independent of the order stages appended them. The
// sort is stable. A Mention is large, so the order is found on indexes,
// comparing mentions in place, and each mention then moves once; stages
// call this on slices that are often sorted already, which costs one pass.
func SortMentions(ms []Mention) {
	cmp := func(a, b *Mention) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		if a.End != b.End {
			return b.End - a.End
		}
		if c := strings.Compare(a.Type, b.Type); c != 0 {
			return c
		}
		return a.ID - b.ID
	}
	i := 1
	for i < len(ms) && cmp(&ms[i-1], &ms[i]) <= 0 {
		i++
	}
	if i >= len(ms) {
		return
	}
	order := make([]int, len(ms))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(i, j int) int {
		if c := cmp(&ms[i], &ms[j]); c != 0 {
			return c
		}
		return i - j // stable
	})
	// ms[k] takes the mention at order[k], one cycle of the permutation at
	// a time; a done position is marked -1.
	for k := range order {
		if order[k] < 0 {
			continue
		}
		first, j := ms[k], k
		for order[j] != k {
			next := order[j]
			ms[j], order[j] = ms[next], -1
			j = next
		}
		ms[j], order[j] = first, -1
	}
}
