package main

import (
	"flag"
	"fmt"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/zhfacts/zhfacts/extractors"
	"github.com/zhfacts/zhfacts/extractors/ner"
	"github.com/zhfacts/zhfacts/pipeline"
	"github.com/zhfacts/zhfacts/pipeline/source"
)

// sampleGlob is the bundled sample archive `zhfacts run` reads when given no
// input: the project's golden articles.
const sampleGlob = "testdata/golden/*.txt"

// inputFlags are the flags shared by the commands that read documents.
type inputFlags struct {
	publishedAt string
	disable     string
	workers     int
	maxDocBytes int
	numbers     bool
	style       string
	fields      source.Fields
}

func (f *inputFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.publishedAt, "published-at", "", "anchor for relative dates when a document has no publication time (2024-06-04 or 2024-06-04T02:56:00, China time)")
	fs.StringVar(&f.disable, "disable", "", "comma-separated stages to skip (stages: "+strings.Join(extractors.Names(), ",")+")")
	fs.IntVar(&f.workers, "workers", runtime.GOMAXPROCS(0), "documents processed in parallel")
	fs.IntVar(&f.maxDocBytes, "max-doc-bytes", 4<<20, "a larger document becomes an error row")
	fs.StringVar(&f.style, "style", "msra", "entity span convention: msra (split 中美 → 中 + 美; administrative chains split) or pku (People's Daily 1998 spans)")
	fs.BoolVar(&f.numbers, "numbers", false, "also emit a NUMBER mention for every numeral no other mention covers")
	fs.StringVar(&f.fields.ID, "id-field", "", "JSONL field holding the document id (default: detected)")
	fs.StringVar(&f.fields.Title, "title-field", "", "JSONL field holding the title (default: detected)")
	fs.StringVar(&f.fields.Text, "text-field", "", "JSONL field holding the body (default: detected)")
	fs.StringVar(&f.fields.PublishedAt, "date-field", "", "JSONL field holding the publication time (default: detected)")
	fs.StringVar(&f.fields.Outlet, "outlet-field", "", "JSONL field holding the outlet (default: detected)")
}

func (f *inputFlags) sourceOptions() (source.Options, error) {
	opts := source.Options{Fields: f.fields, MaxDocBytes: f.maxDocBytes}
	if f.maxDocBytes <= 0 {
		return opts, usageErrorf("--max-doc-bytes must be positive")
	}
	if f.workers <= 0 {
		return opts, usageErrorf("--workers must be positive")
	}
	if f.publishedAt != "" {
		t, err := source.ParseTime(f.publishedAt, source.China)
		if err != nil {
			return opts, usageErrorf("--published-at: %v", err)
		}
		opts.PublishedAt = &t
	}
	return opts, nil
}

// disabled returns the stage names in --disable, checked against the
// default pipeline's stages before anything is loaded.
func (f *inputFlags) disabled() ([]string, error) {
	var names []string
	for _, n := range strings.Split(f.disable, ",") {
		if n = strings.TrimSpace(n); n == "" {
			continue
		}
		if !slices.Contains(extractors.Names(), n) {
			return nil, usageErrorf("--disable: no such stage: %s (stages: %s)", n, strings.Join(extractors.Names(), ", "))
		}
		names = append(names, n)
	}
	return names, nil
}

// check validates the flags without loading anything, so a usage error is
// reported at once.
func (f *inputFlags) check() (source.Options, error) {
	if _, err := f.disabled(); err != nil {
		return source.Options{}, err
	}
	if !slices.Contains(ner.Styles, f.style) {
		return source.Options{}, usageErrorf("--style must be one of %s, not %q", strings.Join(ner.Styles, ", "), f.style)
	}
	return f.sourceOptions()
}

func (f *inputFlags) pipeline() (*pipeline.Pipeline, error) {
	names, err := f.disabled()
	if err != nil {
		return nil, err
	}
	p, err := extractors.New(extractors.Options{Numbers: f.numbers, Style: f.style})
	if err != nil {
		return nil, fmt.Errorf("loading extractors: %w", err)
	}
	// Names were checked against every stage; an opt-in stage that is not in
	// this pipeline needs no disabling.
	names = slices.DeleteFunc(names, func(n string) bool { return !slices.Contains(p.Names(), n) })
	return p.Without(names...)
}

// sampleInputs returns the bundled sample's files, or a usage error when the
// command is not run from the repository root.
func sampleInputs() ([]string, error) {
	paths, err := filepath.Glob(sampleGlob)
	if err != nil || len(paths) == 0 {
		return nil, usageErrorf("no INPUT given and the bundled sample (%s) is not here: run from the repository root or name an input", sampleGlob)
	}
	return paths, nil
}

func formatDuration(d time.Duration) string {
	if d < time.Second {
		return d.Round(time.Millisecond).String()
	}
	return d.Round(10 * time.Millisecond).String()
}
