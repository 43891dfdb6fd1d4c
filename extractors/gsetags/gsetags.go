// Package gsetags is the baseline entity stage: it turns the person, place
// and organization tags that gse's dictionary gives tokens (nr, ns, nt, …)
// into PERSON, PLACE and ORG mentions. Dictionary tags know nothing of
// context, so its precision is modest; a learned tagger is meant to replace
// it. Which tags count, and how, is data: dictionaries/gse_entity_tags.tsv.
package gsetags

import (
	"fmt"
	"strconv"

	"github.com/zhfacts/zhfacts/dictionaries"
	"github.com/zhfacts/zhfacts/pipeline"
)

// TagFile is the dictionary file the stage reads its tag table from.
const TagFile = "gse_entity_tags.tsv"

// tag says what a POS tag becomes.
type tag struct {
	rule       string // "pos:ns"
	mergedRule string // "pos:ns+"
	typ        string
	minChars   int
	merge      bool
	confidence float64
}

// Stage implements pipeline.Stage. It is safe for concurrent use.
type Stage struct {
	tags map[string]tag
}

// New returns a stage using the tag table in dictionaries/gse_entity_tags.tsv.
func New() (Stage, error) {
	t, err := dictionaries.Load(TagFile)
	if err != nil {
		return Stage{}, err
	}
	tags, err := parseTags(t)
	if err != nil {
		return Stage{}, err
	}
	return Stage{tags: tags}, nil
}

func parseTags(t *dictionaries.Table) (map[string]tag, error) {
	cols := map[string]int{}
	for _, name := range []string{"pos", "type", "min_chars", "merge", "confidence"} {
		if cols[name] = t.Col(name); cols[name] < 0 {
			return nil, fmt.Errorf("%s: no column %q", t.Name, name)
		}
	}
	tags := map[string]tag{}
	for i, row := range t.Rows {
		where := fmt.Sprintf("%s:%d", t.Name, t.Lines[i])
		pos := row[cols["pos"]]
		if _, dup := tags[pos]; dup || pos == "" {
			return nil, fmt.Errorf("%s: empty or repeated pos %q", where, pos)
		}
		typ := row[cols["type"]]
		if typ != pipeline.Person && typ != pipeline.Place && typ != pipeline.Org {
			return nil, fmt.Errorf("%s: type %q is not PERSON, PLACE or ORG", where, typ)
		}
		minChars, err := strconv.Atoi(row[cols["min_chars"]])
		if err != nil || minChars < 1 {
			return nil, fmt.Errorf("%s: min_chars %q is not a positive integer", where, row[cols["min_chars"]])
		}
		merge := row[cols["merge"]]
		if merge != "yes" && merge != "no" {
			return nil, fmt.Errorf("%s: merge %q is not yes or no", where, merge)
		}
		conf, err := strconv.ParseFloat(row[cols["confidence"]], 64)
		if err != nil || conf <= 0 || conf > 1 {
			return nil, fmt.Errorf("%s: confidence %q is not in (0, 1]", where, row[cols["confidence"]])
		}
		tags[pos] = tag{rule: "pos:" + pos, mergedRule: "pos:" + pos + "+", typ: typ, minChars: minChars, merge: merge == "yes", confidence: conf}
	}
	return tags, nil
}

// Name returns "gse-entities".
func (Stage) Name() string { return "gse-entities" }

// Process adds a mention for every token, or run of adjacent tokens when the
// tag merges, whose POS tag is in the table. The rule is "pos:" and the tag,
// with "+" appended for a merged run, so the two can be scored apart.
func (s Stage) Process(d *pipeline.Doc) error {
	toks := d.Tokens
	for i := 0; i < len(toks); i++ {
		tg, ok := s.tags[toks[i].Pos]
		if !ok {
			continue
		}
		j := i + 1 // toks[i:j] is the mention
		if tg.merge {
			for j < len(toks) && toks[j].Start == toks[j-1].End && s.tags[toks[j].Pos].typ == tg.typ {
				j++
			}
		}
		start, end := toks[i].Start, toks[j-1].End
		rule, text := tg.rule, toks[i].Text
		if j > i+1 {
			rule, text = tg.mergedRule, d.Slice(start, end)
		}
		if end-start >= tg.minChars {
			d.AddMention(pipeline.Mention{
				Type: tg.typ, Text: text, Start: start, End: end, Entity: text,
				Stage: "gse-entities", Rule: rule, Confidence: tg.confidence,
			})
		}
		i = j - 1
	}
	return nil
}
