// Package corpus reads article texts from the shared benchmark corpus
// (../shared/corpus/news.jsonl.gz) for the extractors' benchmarks.
package corpus

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
)

// Path is the corpus as seen from a package directly below extractors/.
const Path = "../../../shared/corpus/news.jsonl.gz"

// Texts returns the text fields of the corpus rows at path, in order, until
// they add up to at least maxBytes. It fails when the file is absent, so a
// benchmark can skip or fall back.
func Texts(path string, maxBytes int) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var texts []string
	n := 0
	sc := bufio.NewScanner(z)
	sc.Buffer(nil, 1<<24)
	for n < maxBytes && sc.Scan() {
		var row struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			return nil, fmt.Errorf("%s: row %d: %w", path, len(texts)+1, err)
		}
		texts = append(texts, row.Text)
		n += len(row.Text)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return texts, nil
}
