package quantity

import (
	"testing"

	"github.com/zhfacts/zhfacts/extractors/cleanup"
	"github.com/zhfacts/zhfacts/extractors/internal/corpus"
)

// corpusTexts returns about 2 MB of cleaned article texts from the shared
// corpus, or the seed article when the corpus is absent.
func corpusTexts(tb testing.TB) []string {
	texts, err := corpus.Texts(corpus.Path, 2e6)
	if err != nil {
		return []string{seedDoc(tb).Text}
	}
	for i, t := range texts {
		texts[i] = cleanup.Fold(t)
	}
	return texts
}
