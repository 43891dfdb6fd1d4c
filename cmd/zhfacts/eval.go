package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/zhfacts/zhfacts/eval"
	"github.com/zhfacts/zhfacts/extractors/cleanup"
	"github.com/zhfacts/zhfacts/extractors/dates"
	"github.com/zhfacts/zhfacts/extractors/money"
	"github.com/zhfacts/zhfacts/extractors/number"
	"github.com/zhfacts/zhfacts/extractors/script"
	"github.com/zhfacts/zhfacts/pipeline"
	"github.com/zhfacts/zhfacts/pipeline/source"
)

func evalCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("eval", "--gold FILE.jsonl | --norm DIR",
		"--gold runs the pipeline on every sentence of a gold file in the ../shared/eval/ner\n"+
			"format and prints precision, recall and F1 per type (PER↔PERSON, LOC↔PLACE, ORG↔ORG),\n"+
			"strict and with adjacent same-type spans merged.\n"+
			"--norm scores numerals, money, dates and durations on DIR/numeral.tsv, money.tsv,\n"+
			"time.tsv and duration.tsv (the ../shared/eval/norm format) by source;\n"+
			"--show-errors N>0 lists every failure.", stderr)
	var in inputFlags
	in.register(fs)
	gold := fs.String("gold", "", "gold file (JSONL: id, text, entities with start, end, type)")
	norm := fs.String("norm", "", "directory with time.tsv and duration.tsv normalization cases")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	showErrors := fs.Int("show-errors", 0, "list the N worst misses and false alarms")
	withTime := fs.Bool("time", false, "also score DATE mentions against TIME spans")
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usageErrorf("unexpected arguments: %s", strings.Join(rest, " "))
	}
	switch {
	case *gold == "" && *norm == "":
		return usageErrorf("--gold or --norm is required")
	case *gold != "" && *norm != "":
		return usageErrorf("--gold and --norm are separate evaluations; give one")
	case *norm != "":
		return evalNorm(*norm, *asJSON, *showErrors > 0, stdout)
	}
	if _, err := in.check(); err != nil {
		return err
	}
	f, err := os.Open(*gold)
	if err != nil {
		return err
	}
	sentences, err := eval.ReadGold(f, *gold)
	f.Close()
	if err != nil {
		return err
	}
	if _, err := in.check(); err != nil {
		return err
	}
	p, err := in.pipeline()
	if err != nil {
		return err
	}

	types := map[string]string{}
	for g, m := range eval.NERTypes {
		types[g] = m
	}
	if *withTime {
		types["TIME"] = pipeline.Date
	}
	predicted := make([][]eval.Span, len(sentences))
	col := &spanCollector{out: predicted}
	if _, err := pipeline.Run(context.Background(), &goldSource{sentences: sentences}, p, col, pipeline.Options{Workers: in.workers}); err != nil {
		return err
	}
	scorer := eval.NewScorer(types)
	for i, s := range sentences {
		scorer.Add(s, predicted[i])
	}
	report := scorer.Report(*showErrors)
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(report)
	}
	fmt.Fprintf(stdout, "%s: %d sentences, stages %s\n\n", *gold, report.Sentences, strings.Join(p.Names(), ","))
	if err := report.WriteTable(stdout); err != nil {
		return err
	}
	if col.failed > 0 {
		fmt.Fprintf(stderr, "zhfacts eval: %d sentences had pipeline errors\n", col.failed)
	}
	return nil
}

// goldSource turns gold sentences into documents whose text is the sentence,
// so predicted offsets line up with gold offsets.
type goldSource struct {
	sentences []eval.Sentence
	next      int
}

func (g *goldSource) Next() (*pipeline.Doc, error) {
	if g.next >= len(g.sentences) {
		return nil, io.EOF
	}
	s := g.sentences[g.next]
	d := &pipeline.Doc{ID: fmt.Sprint(g.next), Text: s.Text, InputBytes: len(s.Text)}
	d.Meta.Source = "gold:" + s.ID
	g.next++
	return d, nil
}

// spanCollector is a sink that keeps each document's mentions as spans, by
// the document's position in the gold file.
type spanCollector struct {
	out    [][]eval.Span
	n      int
	failed int
}

func (c *spanCollector) Write(d *pipeline.Doc) error {
	var spans []eval.Span
	for _, m := range d.Mentions {
		if m.Parent != nil {
			continue // the gold sets mark no nested names
		}
		spans = append(spans, eval.Span{Start: m.Start, End: m.End, Type: m.Type, Text: m.Text})
	}
	c.out[c.n] = spans
	c.n++
	if d.Failed() {
		c.failed++
	}
	return nil
}

func (c *spanCollector) Close() error { return nil }

// evalNorm scores the normalization suites in dir: numerals
// (numeral.tsv), money (money.tsv), and dates and durations (time.tsv,
// duration.tsv), each by source.
func evalNorm(dir string, asJSON, showFailures bool, stdout io.Writer) error {
	files := map[string]*os.File{}
	for _, name := range []string{"numeral.tsv", "money.tsv", "time.tsv", "duration.tsv"} {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			return fmt.Errorf("--norm: %w", err)
		}
		defer f.Close()
		files[name] = f
	}
	text := stdout
	if asJSON {
		text = io.Discard
	}
	var report struct {
		Numeral number.Report `json:"numeral"`
		Money   money.Report  `json:"money"`
		Dates   dates.Report  `json:"dates"`
	}
	var err error
	fmt.Fprintln(text, "== numerals")
	if report.Numeral, err = number.EvalNorm(files["numeral.tsv"], text, showFailures); err != nil {
		return err
	}
	fmt.Fprintln(text, "\n== money")
	if report.Money, err = money.EvalNorm(files["money.tsv"], text, showFailures); err != nil {
		return err
	}
	fmt.Fprintln(text, "\n== dates and durations")
	read, err := pipelineReading()
	if err != nil {
		return err
	}
	if report.Dates, err = dates.EvalNorm(files["time.tsv"], files["duration.tsv"], text, showFailures, read); err != nil {
		return err
	}
	if asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(report)
	}
	return nil
}

// pipelineReading returns what the stages before dates make of an input
// text in a run: the cleanup fold, and for a Traditional or mixed text (as
// the source classifies it) the script stage's Simplified reading.
func pipelineReading() (func(string) string, error) {
	sc, err := script.New()
	if err != nil {
		return nil, err
	}
	return func(text string) string {
		d := &pipeline.Doc{Text: text}
		d.Meta.Script = source.Script(text)
		// Neither stage can fail here: both fold one character for one.
		_ = cleanup.Stage{}.Process(d)
		_ = sc.Process(d)
		return d.Text
	}, nil
}
