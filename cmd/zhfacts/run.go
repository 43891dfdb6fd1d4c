package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"slices"
	"syscall"

	"github.com/zhfacts/zhfacts/pipeline"
	"github.com/zhfacts/zhfacts/pipeline/sink"
	"github.com/zhfacts/zhfacts/pipeline/source"
)

func runCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("run", "[INPUT...]",
		"Reads articles (seed-style .txt files, JSONL, directories of them; - for stdin JSONL)\n"+
			"and writes documents.parquet, mentions.parquet, facts.parquet and errors.parquet\n"+
			"into --out. With no INPUT it reads the bundled sample ("+sampleGlob+").", stderr)
	var in inputFlags
	in.register(fs)
	out := fs.String("out", "out", "output directory")
	quiet := fs.Bool("quiet", false, "print nothing but errors")
	inputs, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	opts, err := in.check()
	if err != nil {
		return err
	}
	if len(inputs) == 0 {
		if inputs, err = sampleInputs(); err != nil {
			return err
		}
	}
	p, err := in.pipeline()
	if err != nil {
		return err
	}
	src, err := openSource(inputs, opts, stdin)
	if err != nil {
		return err
	}
	snk, err := sink.NewParquet(*out, sink.ParquetOptions{})
	if err != nil {
		return err
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	stats, err := pipeline.Run(ctx, src, p, snk, pipeline.Options{Workers: in.workers})
	if err != nil {
		if aerr := snk.Abort(); aerr != nil {
			fmt.Fprintf(stderr, "zhfacts run: removing partial output: %v\n", aerr)
		}
		return err
	}
	if err := snk.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", *out, err)
	}
	if !*quiet {
		printSummary(stdout, stats, snk.Counts(), *out)
	}
	return nil
}

// openSource opens the inputs; "-" reads JSONL from stdin.
func openSource(inputs []string, opts source.Options, stdin io.Reader) (pipeline.Source, error) {
	if len(inputs) == 1 && inputs[0] == "-" {
		return source.NewJSONL("stdin", stdin, opts), nil
	}
	if slices.Contains(inputs, "-") {
		return nil, usageErrorf("- (stdin) cannot be combined with other inputs")
	}
	src, err := source.Open(inputs, opts)
	if err != nil {
		return nil, err
	}
	return src, nil
}

func printSummary(w io.Writer, s pipeline.Stats, rows map[string]int64, out string) {
	fmt.Fprintf(w, "documents  %d (%d with errors, %d warnings)\n", s.Documents, s.Failed, s.Warnings)
	types := make([]string, 0, len(s.Mentions))
	total := 0
	for t, n := range s.Mentions {
		types = append(types, t)
		total += n
	}
	slices.Sort(types)
	fmt.Fprintf(w, "mentions   %d", total)
	for _, t := range types {
		fmt.Fprintf(w, "  %s %d", t, s.Mentions[t])
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "facts      %d\n", s.Facts)
	fmt.Fprintf(w, "errors     %d rows\n", rows["errors"])
	fmt.Fprintf(w, "time       %s  %.2f MB/s  %.0f documents/s\n", formatDuration(s.Elapsed), s.MBPerSecond(), float64(s.Documents)/max(s.Elapsed.Seconds(), 1e-9))
	fmt.Fprintf(w, "output     %s/{documents,mentions,facts,errors}.parquet\n", out)
}
