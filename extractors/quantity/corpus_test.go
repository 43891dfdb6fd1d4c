package quantity

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"testing"

	"github.com/zhfacts/zhfacts/extractors/cleanup"
)

// corpusTexts returns about 2 MB of article texts from ../shared/corpus, or
// the seed article when the corpus is absent.
func corpusTexts(tb testing.TB) []string {
	f, err := os.Open("../../../shared/corpus/news.jsonl.gz")
	if err != nil {
		return []string{seedDoc(tb).Text}
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatal(err)
	}
	var texts []string
	n := 0
	sc := bufio.NewScanner(z)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() && n < 2e6 {
		var row struct{ Text string }
		if json.Unmarshal(sc.Bytes(), &row) == nil {
			texts = append(texts, cleanup.Fold(row.Text))
			n += len(row.Text)
		}
	}
	return texts
}
