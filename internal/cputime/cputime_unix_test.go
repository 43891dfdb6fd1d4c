//go:build unix

package cputime

import (
	"testing"
	"time"
)

// spin keeps a core busy for d of wall time.
func spin(d time.Duration) (steps int) {
	for deadline := time.Now().Add(d); time.Now().Before(deadline); {
		steps++
	}
	return steps
}

func TestProcessCountsWork(t *testing.T) {
	start := Process()
	// The CPU time must grow by most of 50 ms of spinning.
	steps := spin(50 * time.Millisecond)
	if used := Process() - start; used < 20*time.Millisecond {
		t.Errorf("CPU time grew by %v over 50 ms of spinning (%d steps)", used, steps)
	}
}

// metrics records what Report gives it.
type metrics map[string]float64

func (m metrics) ReportMetric(n float64, unit string) { m[unit] = n }

func TestMeterReport(t *testing.T) {
	m := Start()
	spin(20 * time.Millisecond)
	used := Process() - m.start
	got := metrics{}
	m.Report(got, 10e6)
	// Report reads the clock a little later than used was read: a rate
	// no higher than 10 MB over used, and not far below it.
	want := 10 / used.Seconds()
	if r, ok := got["cpu-MB/s"]; !ok || r > want || r < want/2 {
		t.Errorf("Report gave %v, want cpu-MB/s in (%.1f, %.1f]", got, want/2, want)
	}
}
