package main

import (
	"context"
	"fmt"
	"io"

	"github.com/zhfacts/zhfacts/pipeline"
	"github.com/zhfacts/zhfacts/pipeline/sink"
)

func extractCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("extract", "[FILE...|-]",
		"Prints each document with its cleaned text, mentions and facts as JSON on stdout.\n"+
			"FILE is a seed-style article, JSONL or a directory; - or no FILE reads JSONL from stdin.", stderr)
	var in inputFlags
	in.register(fs)
	format := fs.String("format", "json", "json (an indented object per document) or jsonl (one line per document)")
	inputs, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if *format != "json" && *format != "jsonl" {
		return usageErrorf("--format must be json or jsonl, not %q", *format)
	}
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	opts, err := in.check()
	if err != nil {
		return err
	}
	p, err := in.pipeline()
	if err != nil {
		return err
	}
	src, err := openSource(inputs, opts, stdin)
	if err != nil {
		return err
	}
	out, err := sink.NewJSON(stdout, *format)
	if err != nil {
		return err
	}
	stats, err := pipeline.Run(context.Background(), src, p, out, pipeline.Options{Workers: in.workers})
	if err != nil {
		return err
	}
	if err := out.Close(); err != nil {
		return err
	}
	if stats.Failed > 0 {
		fmt.Fprintf(stderr, "zhfacts extract: %d of %d documents had errors (see their \"errors\")\n", stats.Failed, stats.Documents)
	}
	return nil
}
