package main

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"time"

	"github.com/zhfacts/zhfacts/pipeline"
)

// Progress intervals: a terminal line is cheap to redraw; a log line is
// kept for good, so it comes less often.
const (
	ttyInterval = 500 * time.Millisecond
	logInterval = 10 * time.Second
)

// progress reports a run's progress on stderr: a live line on a terminal,
// structured log lines otherwise. Its methods run on the goroutine that
// writes documents, so they need no locking.
type progress struct {
	w        io.Writer
	tty      bool
	log      *slog.Logger
	interval time.Duration
	// total and read are compressed input bytes on disk, for the ETA;
	// total is -1 when unknown.
	total int64
	read  func() int64
	// base counts what earlier sessions of a resumed run did.
	base  pipeline.Stats
	start time.Time
	last  time.Time
	drawn bool
}

// isTerminal reports whether w is a character device, such as a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

func newProgress(w io.Writer, total int64, read func() int64, base pipeline.Stats) *progress {
	p := &progress{w: w, tty: isTerminal(w), total: total, read: read, base: base, start: time.Now()}
	p.interval = logInterval
	if p.tty {
		p.interval = ttyInterval
	} else {
		p.log = slog.New(slog.NewTextHandler(w, nil))
	}
	p.last = p.start
	return p
}

// update is pipeline.Options.OnDocument.
func (p *progress) update(_ *pipeline.Doc, s pipeline.Stats) {
	now := time.Now()
	if now.Sub(p.last) < p.interval {
		return
	}
	p.last = now
	docs := p.base.Documents + s.Documents
	failed := p.base.Failed + s.Failed
	mb := float64(p.base.InputBytes+s.InputBytes) / 1e6
	rate := float64(s.InputBytes) / 1e6 / max(now.Sub(p.start).Seconds(), 1e-9)
	eta, known := p.eta(now)
	if p.tty {
		line := fmt.Sprintf("%d documents  %.1f MB  %.2f MB/s  %d with errors", docs, mb, rate, failed)
		if known {
			line += "  ETA " + eta.Round(time.Second).String()
		}
		fmt.Fprintf(p.w, "\r%s\x1b[K", line)
		p.drawn = true
		return
	}
	attrs := []any{"documents", docs, "mb", round2(mb), "mb_per_s", round2(rate), "failed", failed}
	if known {
		attrs = append(attrs, "eta", eta.Round(time.Second).String())
	}
	p.log.Info("progress", attrs...)
}

// eta estimates the time left from how fast the input files are consumed.
func (p *progress) eta(now time.Time) (time.Duration, bool) {
	read := p.read()
	if p.total <= 0 || read <= 0 {
		return 0, false
	}
	elapsed := now.Sub(p.start)
	left := float64(max(p.total-read, 0)) / float64(read)
	return time.Duration(left * float64(elapsed)), true
}

// done clears the live line before the summary is printed.
func (p *progress) done() {
	if p.drawn {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.drawn = false
	}
}

func round2(x float64) float64 { return float64(int64(x*100+0.5)) / 100 }
