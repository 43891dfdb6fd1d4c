//go:build unix

package cputime

import (
	"testing"
	"time"
)

// burn keeps a core busy until the process has used d more CPU time. It
// waits on the CPU clock, not the wall clock: on a busy host a goroutine
// spinning for 50 ms of wall time may get only a few ms of a core. It fails
// t if the CPU time has not grown by d after ten seconds.
func burn(t *testing.T, d time.Duration) {
	t.Helper()
	start, deadline := Process(), time.Now().Add(10*time.Second)
	for reads := 1; Process()-start < d; reads++ {
		if time.Now().After(deadline) {
			t.Fatalf("CPU time grew by %v in 10 s of spinning (%d clock reads), want %v", Process()-start, reads, d)
		}
	}
}

func TestProcessCountsWork(t *testing.T) {
	if Process() <= 0 {
		t.Fatal("Process() read no CPU time")
	}
	burn(t, 20*time.Millisecond)
}

// metrics records what Report gives it.
type metrics map[string]float64

func (m metrics) ReportMetric(n float64, unit string) { m[unit] = n }

func TestMeterReport(t *testing.T) {
	m := Start()
	burn(t, 20*time.Millisecond)
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
