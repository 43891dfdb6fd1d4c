// Command zhfacts-train trains the entity tagger of extractors/ner from NER
// benchmark files (the JSONL layout of ../shared/train and ../shared/eval/ner)
// and writes a model file for the package to embed.
//
// Usage:
//
//	go run ./cmd/zhfacts-train --train ../shared/train/msra_train.jsonl --style msra --out extractors/ner/msra.model
//
// Each sentence is folded by the cleanup stage and split and segmented by
// the sentence and segment stages, exactly as the pipeline will see it. Every
// --dev-every-th sentence is held out; after each epoch the quantized model
// is scored on it, and the epoch with the best dev F1 is written. Training is
// deterministic: the order of the examples is shuffled by a PCG seeded with
// --seed.
package main

import (
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/zhfacts/zhfacts/eval"
	"github.com/zhfacts/zhfacts/extractors/cleanup"
	"github.com/zhfacts/zhfacts/extractors/ner"
	"github.com/zhfacts/zhfacts/extractors/segment"
	"github.com/zhfacts/zhfacts/extractors/sentence"
	"github.com/zhfacts/zhfacts/pipeline"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "zhfacts-train:", err)
		os.Exit(1)
	}
}

var kinds = map[string]int{"PER": ner.KindPER, "LOC": ner.KindLOC, "ORG": ner.KindORG}

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("zhfacts-train", flag.ContinueOnError)
	fs.SetOutput(stderr)
	train := fs.String("train", "", "comma-separated training files (JSONL: text, entities with start, end, type)")
	style := fs.String("style", "msra", "annotation style the model follows, recorded in the model: msra or pku")
	epochs := fs.Int("epochs", 10, "passes over the training data")
	bits := fs.Int("bits", 20, "log2 of the rows of the hashed weight table")
	prune := fs.Int("prune", 0, "drop quantized weights of smaller magnitude (the largest is 127)")
	seed := fs.Uint64("seed", 1, "seed of the shuffle")
	devEvery := fs.Int("dev-every", 20, "hold out every N-th sentence of each file as the dev set")
	out := fs.String("out", "", "model file to write")
	sweep := fs.String("prune-sweep", "", "after training, report dev F1 and table rows for these comma-separated --prune values")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *train == "" || *out == "" {
		return fmt.Errorf("--train and --out are required")
	}
	if *devEvery < 2 {
		return fmt.Errorf("--dev-every must be at least 2")
	}
	start := time.Now()
	t, err := ner.NewTrainer(*style, *bits)
	if err != nil {
		return err
	}
	var trainSet, devSet []ner.Example
	for _, path := range strings.Split(*train, ",") {
		tr, dev, err := load(t, path, *devEvery, stderr)
		if err != nil {
			return err
		}
		trainSet, devSet = append(trainSet, tr...), append(devSet, dev...)
	}
	fmt.Fprintf(stdout, "%d training and %d dev sentences prepared in %s\n", len(trainSet), len(devSet), time.Since(start).Round(time.Second))

	rng := rand.New(rand.NewPCG(*seed, *seed^0x5eed))
	var best *ner.Model
	bestF1, bestEpoch := -1.0, 0
	for e := 1; e <= *epochs; e++ {
		wrong := t.Epoch(trainSet, rng)
		m := t.Model(*prune, devSet)
		ev := m.Evaluate(devSet)
		fmt.Fprintf(stdout, "epoch %2d: %5d wrong sentences; dev %s (%s)\n", e, wrong, ev, time.Since(start).Round(time.Second))
		if f := ev.Overall.F1(); f > bestF1 {
			best, bestF1, bestEpoch = m, f, e
		}
	}
	if *sweep != "" {
		for _, v := range strings.Split(*sweep, ",") {
			p, err := strconv.Atoi(v)
			if err != nil {
				return fmt.Errorf("--prune-sweep: %w", err)
			}
			m := t.Model(p, devSet)
			fmt.Fprintf(stdout, "prune %3d: %7d rows; dev %s\n", p, m.Rows(), m.Evaluate(devSet))
		}
	}
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	n, err := best.WriteTo(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("%s: %w", *out, err)
	}
	fmt.Fprintf(stdout, "wrote %s (%.1f MB, %d rows) from epoch %d, dev F1 %.2f, in %s\n", *out, float64(n)/1e6, best.Rows(), bestEpoch, 100*bestF1, time.Since(start).Round(time.Second))
	return nil
}

// load reads a gold file and turns its sentences into training and dev
// examples, preparing them on every core.
func load(t *ner.Trainer, path string, devEvery int, stderr io.Writer) (train, dev []ner.Example, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	gold, err := eval.ReadGold(f, path)
	f.Close()
	if err != nil {
		return nil, nil, err
	}
	dict, err := segment.Dictionary()
	if err != nil {
		return nil, nil, err
	}
	segStage := segment.New(dict)
	units := make([][]ner.Sentence, len(gold))
	spans := make([][][]ner.Span, len(gold))
	var wg sync.WaitGroup
	var mu sync.Mutex
	var firstErr error
	workers := runtime.GOMAXPROCS(0)
	for w := range workers {
		wg.Go(func() {
			for i := w; i < len(gold); i += workers {
				d := &pipeline.Doc{Text: cleanup.Fold(gold[i].Text)}
				sentence.Stage{}.Process(d)
				if err := segStage.Process(d); err != nil {
					mu.Lock()
					firstErr = cmpOr(firstErr, fmt.Errorf("%s: sentence %s: %w", path, gold[i].ID, err))
					mu.Unlock()
					return
				}
				units[i] = ner.Sentences(d)
				spans[i] = splitSpans(units[i], gold[i].Entities)
			}
		})
	}
	wg.Wait()
	if firstErr != nil {
		return nil, nil, firstErr
	}
	skipped := 0
	for i := range gold {
		for j, u := range units[i] {
			ex, sk := t.Example(u, spans[i][j])
			skipped += sk
			if i%devEvery == devEvery-1 {
				dev = append(dev, ex)
			} else {
				train = append(train, ex)
			}
		}
	}
	if skipped > 0 {
		fmt.Fprintf(stderr, "%s: %d overlapping gold spans skipped\n", path, skipped)
	}
	return train, dev, nil
}

func cmpOr(a, b error) error {
	if a != nil {
		return a
	}
	return b
}

// splitSpans assigns the PER, LOC and ORG entities of a gold sentence to the
// decoding units that contain them, with offsets relative to each unit;
// entities that cross a unit boundary are dropped.
func splitSpans(units []ner.Sentence, ents []eval.Span) [][]ner.Span {
	out := make([][]ner.Span, len(units))
	for _, e := range ents {
		k, ok := kinds[e.Type]
		if !ok {
			continue
		}
		for j, u := range units {
			if e.Start >= u.Start && e.End <= u.Start+len(u.Text) {
				out[j] = append(out[j], ner.Span{Start: e.Start - u.Start, End: e.End - u.Start, Kind: k})
				break
			}
		}
	}
	return out
}
