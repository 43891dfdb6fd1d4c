// Package extractors assembles zhfacts' stages into the default pipeline.
// Each stage lives in its own package below this one.
package extractors

import (
	"fmt"

	"github.com/zhfacts/zhfacts/extractors/cleanup"
	"github.com/zhfacts/zhfacts/extractors/entities"
	"github.com/zhfacts/zhfacts/extractors/gsetags"
	"github.com/zhfacts/zhfacts/extractors/segment"
	"github.com/zhfacts/zhfacts/extractors/sentence"
	"github.com/zhfacts/zhfacts/pipeline"
)

// Default returns the default pipeline: cleanup → sentence → segment →
// gse-entities → entities. The first call loads gse's dictionary (a second or two);
// later calls share it. The pipeline is safe for concurrent use, so one
// instance can serve every worker.
func Default() (*pipeline.Pipeline, error) {
	seg, err := segment.Segmenter()
	if err != nil {
		return nil, fmt.Errorf("extractors: %w", err)
	}
	tags, err := gsetags.New()
	if err != nil {
		return nil, fmt.Errorf("extractors: stage gse-entities: %w", err)
	}
	ents, err := entities.New()
	if err != nil {
		return nil, fmt.Errorf("extractors: stage entities: %w", err)
	}
	return pipeline.New(
		cleanup.Stage{},
		sentence.Stage{},
		segment.New(seg),
		tags,
		ents,
	), nil
}

// Names returns the names of the stages of Default, in order, without
// loading anything: for help text and for checking --disable flags early.
func Names() []string {
	return []string{"cleanup", "sentence", "segment", "gse-entities", "entities"}
}
