// Package cputime reads the CPU time a process has used, for benchmarks
// that report throughput per core: on a machine shared with other jobs,
// wall time also counts the time spent waiting for a core, and a run whose
// helpers (the garbage collector, a writer goroutine) use a second core
// looks faster per core than it is.
package cputime
