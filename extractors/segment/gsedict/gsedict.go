// Package gsedict loads gse with its embedded simplified-Chinese
// dictionary: the reference that package segment's compiled dictionary is
// built from and tested against, and the floor that benchmarks compare
// zhfacts with. Runs never load it, and binaries that do not import it
// leave gse's 30 MB of embedded dictionaries out.
package gsedict

import (
	"fmt"
	"sync"

	"github.com/go-ego/gse"
)

// Segmenter returns a process-wide gse segmenter with the embedded zh_s
// dictionary, loaded on the first call (1–2 s; about 200 MB of heap). It is
// shared read-only: callers must not add or remove words.
var Segmenter = sync.OnceValues(func() (*gse.Segmenter, error) {
	// SkipLog keeps gse from printing while it loads; NotLoadHMM skips the
	// HMM model, which shortest-path segmentation never uses.
	seg := &gse.Segmenter{SkipLog: true, NotLoadHMM: true}
	if err := seg.LoadDictEmbed("zh_s"); err != nil {
		return nil, fmt.Errorf("gsedict: loading gse dictionary zh_s: %w", err)
	}
	return seg, nil
})
