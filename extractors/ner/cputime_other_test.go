//go:build !unix

package ner

import "time"

// cpuTime returns 0: CPU time is read only on Unix systems.
func cpuTime() time.Duration { return 0 }
