package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"
	"time"
)

// Source yields documents in input order; Next returns io.EOF after the last.
// A document that cannot be read comes back as a Doc carrying a source error,
// so it becomes an error row; an error from Next means the input as a whole is
// unusable and ends the run.
type Source interface {
	Next() (*Doc, error)
}

// Sink receives finished documents in input order.
type Sink interface {
	Write(*Doc) error
	// Close completes the output. Output a failed run leaves behind must not
	// look complete, so sinks write under temporary names until Close.
	Close() error
}

// A Preparer is a Sink that can do part of writing a document — the part
// that does not depend on the documents before it: checks, repairs,
// digests — on the worker that processed it. Run calls Prepare from the
// workers, concurrently, and then WritePrepared with its result, in input
// order, instead of Write; the writing goroutine, which no worker shares,
// is left less to do, so a run goes on gaining from more cores.
type Preparer interface {
	Sink
	// Prepare returns what WritePrepared needs of d. It must not depend
	// on other documents and must be safe to call from any goroutine.
	Prepare(d *Doc) any
	// WritePrepared does what Write(d) does, given Prepare(d).
	WritePrepared(d *Doc, prepared any) error
}

// Stats summarizes a run.
type Stats struct {
	Documents  int
	Failed     int // documents with at least one error
	Warnings   int
	Mentions   map[string]int // by type, nested names included
	Nested     int            // mentions with a parent (nested names)
	Facts      int
	InputBytes int64
	Chars      int64
	Elapsed    time.Duration
}

// MBPerSecond is input megabytes (10^6 bytes) per second of wall time.
func (s Stats) MBPerSecond() float64 {
	if s.Elapsed <= 0 {
		return 0
	}
	return float64(s.InputBytes) / 1e6 / s.Elapsed.Seconds()
}

// Add counts d into s, as Run does for each document it writes; callers
// that keep totals of their own (across resumed runs) use it too.
func (s *Stats) Add(d *Doc) {
	if s.Mentions == nil {
		s.Mentions = map[string]int{}
	}
	s.Documents++
	if d.Failed() {
		s.Failed++
	}
	for _, e := range d.Errors {
		if e.Severity == SeverityWarning {
			s.Warnings++
		}
	}
	// A document's mentions are counted by type in a few local counters
	// and then added to the map, one update per type instead of one per
	// mention: the map updates were most of the cost of counting a
	// document, which the writing goroutine does beside the sink.
	var byType [8]struct {
		typ string
		n   int
	}
	types := 0
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Parent != nil {
			s.Nested++
		}
		k := 0
		for k < types && byType[k].typ != m.Type {
			k++
		}
		switch {
		case k < types:
		case types < len(byType):
			byType[k].typ = m.Type
			types++
		default:
			s.Mentions[m.Type]++
			continue
		}
		byType[k].n++
	}
	for _, c := range byType[:types] {
		s.Mentions[c.typ] += c.n
	}
	s.Facts += len(d.Facts)
	s.InputBytes += int64(d.InputBytes)
	s.Chars += int64(d.CharCount())
}

// Options tune Run.
type Options struct {
	// Workers is the number of documents processed at once; 0 means one per CPU.
	Workers int
	// OnDocument, if set, is called from the writing goroutine after each
	// document is written, with the stats so far (for progress display).
	OnDocument func(*Doc, Stats)
	// BatchBytes is how much input a worker takes at once: documents are
	// read into a batch until their input bytes reach it (a document larger
	// than it is a batch of its own); 0 means DefaultBatchBytes.
	BatchBytes int
}

// DefaultBatchBytes is the batch size Run uses unless told otherwise: about
// a hundred news articles, enough that each stage runs over many documents
// in a row (see Pipeline.ProcessBatch; on the corpus it cut a worker's CPU
// time by about a third against one document at a time), small enough that
// a few batches a worker in flight keep memory flat.
const DefaultBatchBytes = 256 << 10

type job struct {
	docs     []*Doc
	prepared []any // Prepare's results for docs when the sink is a Preparer
	done     chan struct{}
}

// Run reads every document from src, processes batches of them with p on
// opts.Workers goroutines and writes them to sink in input order, so the
// output does not depend on the number of workers or the batch size. Memory
// stays bounded: at most a few batches per worker are in flight. Run does not
// close sink.
func Run(ctx context.Context, src Source, p *Pipeline, sink Sink, opts Options) (Stats, error) {
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	batch := opts.BatchBytes
	if batch <= 0 {
		batch = DefaultBatchBytes
	}
	start := time.Now()
	work := make(chan *job, workers)
	ordered := make(chan *job, workers*2)
	var readErr error

	go func() {
		defer close(work)
		defer close(ordered)
		for more := true; more; {
			var docs []*Doc
			for size := 0; size < batch; {
				d, err := src.Next()
				if err != nil {
					if !errors.Is(err, io.EOF) {
						readErr = err
					}
					more = false
					break
				}
				docs = append(docs, d)
				size += max(d.InputBytes, 1)
			}
			if len(docs) == 0 {
				return
			}
			j := &job{docs: docs, done: make(chan struct{})}
			select {
			case work <- j:
			case <-ctx.Done():
				return
			}
			select {
			case ordered <- j:
			case <-ctx.Done():
				return
			}
		}
	}()

	prep, _ := sink.(Preparer)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range work {
				p.ProcessBatch(j.docs)
				if prep != nil {
					j.prepared = make([]any, len(j.docs))
					for i, d := range j.docs {
						j.prepared[i] = prep.Prepare(d)
					}
				}
				close(j.done)
			}
		}()
	}

	stats := Stats{Mentions: map[string]int{}}
	var writeErr error
	for j := range ordered {
		<-j.done
		for i, d := range j.docs {
			if writeErr != nil || ctx.Err() != nil {
				break // drain so the reader and workers can exit
			}
			var err error
			if prep != nil {
				err = prep.WritePrepared(d, j.prepared[i])
			} else {
				err = sink.Write(d)
			}
			if err != nil {
				writeErr = fmt.Errorf("writing %s: %w", d.Meta.Source, err)
				cancel()
				break
			}
			stats.Add(d)
			stats.Elapsed = time.Since(start)
			if opts.OnDocument != nil {
				opts.OnDocument(d, stats)
			}
		}
	}
	// Jobs handed to workers but never queued for writing (cancelled between
	// the two sends) must finish before we return.
	wg.Wait()
	stats.Elapsed = time.Since(start)
	if writeErr != nil {
		return stats, writeErr
	}
	if readErr != nil {
		return stats, readErr
	}
	return stats, ctx.Err()
}
