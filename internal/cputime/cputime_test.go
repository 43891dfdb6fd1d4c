package cputime

import (
	"runtime"
	"testing"
	"time"
)

func TestProcessCountsWork(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" {
		t.Skip("CPU time is read only on Unix systems")
	}
	start := Process()
	// Spin for 50 ms of wall time: the CPU time must grow by most of it.
	x := 0
	for deadline := time.Now().Add(50 * time.Millisecond); time.Now().Before(deadline); {
		x++
	}
	if used := Process() - start; used < 20*time.Millisecond {
		t.Errorf("CPU time grew by %v over 50 ms of spinning (%d steps)", used, x)
	}
}
