package cputime

import "time"

// A Meter measures the CPU time the process uses from its start.
type Meter struct{ start time.Duration }

// Start returns a Meter started now.
func Start() Meter { return Meter{Process()} }

// A Reporter takes a named metric, as *testing.B does.
type Reporter interface {
	ReportMetric(n float64, unit string)
}

// Report gives r the metric "cpu-MB/s": bytes, in megabytes (10^6 bytes),
// over the CPU seconds used since m started. Where no CPU time can be read
// it reports nothing.
func (m Meter) Report(r Reporter, bytes int64) {
	if used := Process() - m.start; used > 0 {
		r.ReportMetric(float64(bytes)/1e6/used.Seconds(), "cpu-MB/s")
	}
}
