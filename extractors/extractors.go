// Package extractors assembles zhfacts' stages into the default pipeline.
// Each stage lives in its own package below this one.
package extractors

import (
	"fmt"

	"github.com/zhfacts/zhfacts/extractors/cleanup"
	"github.com/zhfacts/zhfacts/extractors/dates"
	"github.com/zhfacts/zhfacts/extractors/entities"
	"github.com/zhfacts/zhfacts/extractors/facts"
	"github.com/zhfacts/zhfacts/extractors/money"
	"github.com/zhfacts/zhfacts/extractors/ner"
	"github.com/zhfacts/zhfacts/extractors/numbers"
	"github.com/zhfacts/zhfacts/extractors/overlap"
	"github.com/zhfacts/zhfacts/extractors/quantity"
	"github.com/zhfacts/zhfacts/extractors/script"
	"github.com/zhfacts/zhfacts/extractors/segment"
	"github.com/zhfacts/zhfacts/extractors/sentence"
	"github.com/zhfacts/zhfacts/pipeline"
)

// Options choose optional stages.
type Options struct {
	// Numbers adds the "numbers" stage: a NUMBER mention for every numeral
	// that no other mention covers (extract --numbers).
	Numbers bool
	// Style is the entity span convention: "msra" (the default: coordinated
	// names split, 中美 → 中 + 美) or "pku" (People's Daily 1998 spans).
	Style string
}

// Default returns the default pipeline, New(Options{}).
func Default() (*pipeline.Pipeline, error) { return New(Options{}) }

// New returns the pipeline: cleanup → script → sentence → segment → ner →
// entities → dates → money → quantity → overlap → facts → nested, then
// numbers when asked for. Dates run before money and quantity, and money
// before quantity, because each skips spans the ones before it claimed
// (2023年 is a date, not a count of years); overlap then settles the names
// that share characters with those, before facts read them. Nested names come
// after facts, which read top-level names only. The first call
// loads gse's dictionary (a second or two); later calls share it. The
// pipeline is safe for concurrent use, so one instance serves every worker.
func New(opts Options) (*pipeline.Pipeline, error) {
	dict, err := segment.Dictionary()
	if err != nil {
		return nil, fmt.Errorf("extractors: %w", err)
	}
	t2s, err := script.New()
	if err != nil {
		return nil, fmt.Errorf("extractors: %w", err)
	}
	stages := []pipeline.Stage{cleanup.Stage{}, t2s, sentence.Stage{}, segment.New(dict)}
	// The overlap stage rereads numbers with the stages that found them.
	var read overlap.Readers
	for _, c := range []struct {
		name string
		new  func() (pipeline.Stage, error)
	}{
		{"ner", func() (pipeline.Stage, error) { return ner.New(ner.Options{Style: opts.Style}) }},
		{"entities", func() (pipeline.Stage, error) { return entities.New(entities.Options{Style: opts.Style}) }},
		{"dates", func() (pipeline.Stage, error) {
			s, err := dates.New()
			read.Dates = s
			return s, err
		}},
		{"money", func() (pipeline.Stage, error) {
			s, err := money.New()
			read.Money = s
			return s, err
		}},
		{"quantity", func() (pipeline.Stage, error) {
			s, err := quantity.New()
			read.Quantity = s
			return s, err
		}},
		{"overlap", func() (pipeline.Stage, error) { return overlap.New(read) }},
		{"facts", func() (pipeline.Stage, error) { return facts.New() }},
		{"nested", func() (pipeline.Stage, error) { return entities.NewNested(entities.Options{Style: opts.Style}) }},
		{"numbers", func() (pipeline.Stage, error) { return numbers.New() }},
	} {
		if c.name == "numbers" && !opts.Numbers {
			continue
		}
		s, err := c.new()
		if err != nil {
			return nil, fmt.Errorf("extractors: stage %s: %w", c.name, err)
		}
		stages = append(stages, s)
	}
	return pipeline.New(stages...), nil
}

// Names returns the names of the stages of the default pipeline, in order,
// without loading anything: for help text and for checking --disable flags
// early. The opt-in "numbers" stage comes last.
func Names() []string {
	return []string{"cleanup", "script", "sentence", "segment", "ner", "entities", "dates", "money", "quantity", "overlap", "facts", "nested", "numbers"}
}
