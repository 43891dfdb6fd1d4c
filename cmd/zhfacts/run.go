package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/pprof"
	"slices"
	"syscall"
	"time"

	"github.com/zhfacts/zhfacts/pipeline"
	"github.com/zhfacts/zhfacts/pipeline/sink"
	"github.com/zhfacts/zhfacts/pipeline/source"
)

// stopAfter, when positive, interrupts `zhfacts run` as a signal would
// once that many documents are written: the tests' stand-in for Ctrl-C.
var stopAfter int

// runFlags are the flags of `zhfacts run` beyond inputFlags.
type runFlags struct {
	out         string
	quiet       bool
	resume      bool
	overwrite   bool
	failOnError bool
	partRows    int64
	partBytes   int64
	maxRatio    int
	include     []string
	exclude     []string
	cpuProfile  string
}

func (f *runFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.out, "out", "out", "output directory")
	fs.BoolVar(&f.quiet, "quiet", false, "print nothing but errors")
	fs.BoolVar(&f.resume, "resume", false, "continue the interrupted run in --out from its manifest")
	fs.BoolVar(&f.overwrite, "overwrite", false, "replace the output of a previous run in --out")
	fs.BoolVar(&f.failOnError, "fail-on-error", false, "exit 1 if any document had an error (after writing everything)")
	fs.Int64Var(&f.partRows, "part-rows", sink.DefaultPartRows, "start a new part file when a table's part reaches this many rows")
	fs.Int64Var(&f.partBytes, "part-bytes", sink.DefaultPartBytes, "start a new part file when a part's document text reaches this many bytes")
	fs.IntVar(&f.maxRatio, "max-ratio", source.DefaultMaxRatio, "a compressed input expanding more than this many times is cut off (decompression bomb)")
	fs.StringVar(&f.cpuProfile, "cpuprofile", "", "write a CPU profile of the run to this file (go tool pprof)")
	fs.Func("include", "read only files under directories whose path matches this glob (repeatable; a pattern without / matches the file name)", func(s string) error {
		f.include = append(f.include, s)
		return nil
	})
	fs.Func("exclude", "skip files and directories under directories whose path matches this glob (repeatable)", func(s string) error {
		f.exclude = append(f.exclude, s)
		return nil
	})
}

func runCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("run", "[INPUT...]",
		"Reads articles — seed-style .txt, JSONL, JSON arrays; directories, globs, .gz .zst .bz2 .xz,\n"+
			".tar(.gz|.zst|…) and .zip archives; - for stdin — and writes the tables as part files\n"+
			"(documents-00000.parquet, mentions-00000.parquet, …) and _manifest.json into --out.\n"+
			"With no INPUT it reads the bundled sample ("+sampleGlob+").", stderr)
	var in inputFlags
	in.register(fs)
	var rf runFlags
	rf.register(fs)
	inputs, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	opts, err := in.check()
	if err != nil {
		return err
	}
	switch {
	case rf.partRows <= 0 || rf.partBytes <= 0:
		return usageErrorf("--part-rows and --part-bytes must be positive")
	case rf.maxRatio <= 0:
		return usageErrorf("--max-ratio must be positive")
	case rf.resume && rf.overwrite:
		return usageErrorf("--resume and --overwrite exclude each other")
	}
	opts.MaxRatio, opts.Include, opts.Exclude, opts.Stdin = rf.maxRatio, rf.include, rf.exclude, stdin
	// The workers parse the JSONL records (pipeline.Run completes each
	// document before the stages), so that the reading goroutine, which no
	// worker shares, only decompresses and splits lines.
	opts.Defer = true
	if len(inputs) == 0 {
		if inputs, err = sampleInputs(); err != nil {
			return err
		}
	}
	src, err := source.Open(inputs, opts)
	if err != nil {
		return err
	}
	defer src.Close()
	p, err := in.pipeline()
	if err != nil {
		return err
	}
	cfg := runConfig{
		Stages: p.Names(), MaxDocBytes: in.maxDocBytes, MaxRatio: rf.maxRatio, PublishedAt: in.publishedAt,
		Fields: in.fields, Include: rf.include, Exclude: rf.exclude,
		Workers: in.workers, PartRows: rf.partRows, PartBytes: rf.partBytes,
	}
	m, err := prepareOutput(rf, cfg, src, stderr)
	if err != nil {
		return err
	}
	m.Tool = newToolInfo(append([]string{"run"}, args...))
	m.Config = cfg
	m.Timings.Sessions++

	base := m.Counts.stats(time.Duration(m.Timings.ElapsedSeconds * float64(time.Second)))
	parts, err := sink.NewParts(rf.out, sink.PartsOptions{PartRows: rf.partRows, PartBytes: rf.partBytes, FirstPart: len(m.Resume.Parts)})
	if err != nil {
		return err
	}
	ck := &checkpointSink{parts: parts, m: m, dir: rf.out, src: src, total: base, prevElapsed: base.Elapsed, start: time.Now()}
	if err := ck.record(statusRunning, ""); err != nil {
		return err
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		// After the first signal, a second one kills the process as usual.
		<-ctx.Done()
		stop()
	}()
	prog := newProgress(stderr, src.TotalBytes(), src.BytesRead, base)
	onDoc := func(d *pipeline.Doc, s pipeline.Stats) {
		if !rf.quiet {
			prog.update(d, s)
		}
		if stopAfter > 0 && s.Documents >= stopAfter {
			cancel()
		}
	}
	skipped := &skipSource{src: src, n: m.Resume.Documents}
	if rf.cpuProfile != "" {
		stopProfile, err := startCPUProfile(rf.cpuProfile)
		if err != nil {
			return err
		}
		defer stopProfile()
	}
	stats, err := pipeline.Run(ctx, skipped, p, ck, pipeline.Options{Workers: in.workers, OnDocument: onDoc})
	prog.done()
	if err == nil && skipped.n > 0 {
		err = fmt.Errorf("the inputs hold fewer documents than the %d the run had committed", m.Resume.Documents)
	}
	switch {
	case err == nil:
		if err := ck.Close(); err != nil {
			return fmt.Errorf("writing %s: %w", rf.out, err)
		}
	case errors.Is(err, context.Canceled) && ctx.Err() != nil:
		if cerr := ck.checkpoint(statusInterrupted, "interrupted"); cerr != nil {
			return fmt.Errorf("interrupted, and saving the work done failed: %w", cerr)
		}
		return fmt.Errorf("interrupted after %d documents (%d this session); continue with: zhfacts run --resume --out %s …", ck.total.Documents, stats.Documents, rf.out)
	default:
		if aerr := ck.Abort(statusFailed, err); aerr != nil {
			fmt.Fprintf(stderr, "zhfacts run: recording the failure: %v\n", aerr)
		}
		return err
	}
	total := ck.total
	total.Elapsed = base.Elapsed + stats.Elapsed
	if !rf.quiet {
		printSummary(stdout, total, m.Counts.Rows, rf.out)
	}
	if rf.failOnError && total.Failed > 0 {
		return fmt.Errorf("--fail-on-error: %d of %d documents had errors (see %s/errors-*.parquet)", total.Failed, total.Documents, rf.out)
	}
	return nil
}

// prepareOutput readies the output directory: it removes what a killed run
// left behind and returns the manifest to continue (--resume) or a fresh one.
func prepareOutput(rf runFlags, cfg runConfig, src *source.Reader, stderr io.Writer) (*manifest, error) {
	if err := os.MkdirAll(rf.out, 0o755); err != nil {
		return nil, err
	}
	if _, err := sink.RemoveTemp(rf.out); err != nil {
		return nil, err
	}
	old, err := loadManifest(rf.out)
	if err != nil {
		return nil, err
	}
	fresh := &manifest{Version: 1, Timings: timings{StartedAt: time.Now().UTC()}}
	switch {
	case rf.resume && old == nil:
		return nil, fmt.Errorf("--resume: %s holds no run to resume (no %s)", rf.out, manifestName)
	case rf.resume && old.Status == statusComplete:
		return nil, fmt.Errorf("--resume: the run in %s is already complete", rf.out)
	case rf.resume:
		if err := old.checkInputs(src.Inputs()); err != nil {
			return nil, err
		}
		if !old.Config.sameOutput(cfg) {
			return nil, fmt.Errorf("cannot resume: the stages or input options differ from the run's (%s in %s)", manifestName, rf.out)
		}
		// Parts committed after the manifest was last written are redone.
		if _, err := sink.RemoveParts(rf.out, len(old.Resume.Parts)); err != nil {
			return nil, err
		}
		return old, nil
	case old != nil && !rf.overwrite:
		return nil, fmt.Errorf("%s holds a previous run (%s, %s): continue it with --resume or replace it with --overwrite", rf.out, manifestName, old.Status)
	}
	if _, err := sink.RemoveParts(rf.out, 0); err != nil {
		return nil, err
	}
	if err := os.Remove(filepath.Join(rf.out, manifestName)); err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, err
	}
	return fresh, nil
}

// skipSource drops the first n documents of src: those a resumed run
// already committed.
type skipSource struct {
	src pipeline.Source
	n   int64
}

func (s *skipSource) Next() (*pipeline.Doc, error) {
	for ; s.n > 0; s.n-- {
		if _, err := s.src.Next(); err != nil {
			return nil, err
		}
	}
	return s.src.Next()
}

// openSource opens the inputs for `zhfacts extract`; "-" is stdin.
func openSource(inputs []string, opts source.Options, stdin io.Reader) (pipeline.Source, error) {
	opts.Stdin = stdin
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
	fmt.Fprintf(w, "mentions   %d (%d nested)", total, s.Nested)
	for _, t := range types {
		fmt.Fprintf(w, "  %s %d", t, s.Mentions[t])
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "facts      %d\n", s.Facts)
	fmt.Fprintf(w, "errors     %d rows\n", rows[sink.Errors])
	fmt.Fprintf(w, "time       %s  %.2f MB/s  %.0f documents/s\n", formatDuration(s.Elapsed), s.MBPerSecond(), float64(s.Documents)/max(s.Elapsed.Seconds(), 1e-9))
	fmt.Fprintf(w, "output     %s/{documents,mentions,facts,errors}-*.parquet, %s\n", out, manifestName)
}

// startCPUProfile profiles the run itself (not dictionary loading) into path.
func startCPUProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("--cpuprofile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("--cpuprofile: %w", err)
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}
