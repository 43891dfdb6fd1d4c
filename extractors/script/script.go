// Package script lets the stages after it read a Traditional-script
// document as Simplified: every extractor's dictionaries, gazetteers and
// models are Simplified, so 東京 is looked up as 东京 and 市長 matched as
// 市长. The fold is one character for one (dictionaries/t2s.tsv, from
// OpenCC), so offsets hold for both texts; after the last stage the
// pipeline restores the text as written, and mention texts with it, while
// normalized values and canonical names stay Simplified.
package script

import (
	"fmt"
	"strings"

	"github.com/zhfacts/zhfacts/dictionaries"
	"github.com/zhfacts/zhfacts/pipeline"
)

// Stage implements pipeline.Stage. It is safe for concurrent use.
type Stage struct {
	fold *dictionaries.Fold
}

// New returns the stage, loading the character table on the first call.
func New() (*Stage, error) {
	f, err := dictionaries.LoadT2S()
	if err != nil {
		return nil, fmt.Errorf("script: %w", err)
	}
	return &Stage{fold: f}, nil
}

// Name returns "script".
func (*Stage) Name() string { return "script" }

// Process reads a document whose source found it Traditional or mixed as
// its Simplified fold; other documents are left alone, since some
// characters the table folds are also Simplified ones (乾 of 乾隆, 於 as a
// surname).
func (s *Stage) Process(d *pipeline.Doc) error {
	if !d.Meta.Traditional() {
		return nil
	}
	folded := strings.Map(s.fold.Rune, d.Text)
	if folded == d.Text {
		return nil
	}
	return d.ReadAs(folded)
}
