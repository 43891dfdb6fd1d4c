package overlap

import "github.com/zhfacts/zhfacts/pipeline"

// Decide is decide for the tests: the rule that settles the pair of name e
// and number n, and whether the name keeps the shared characters.
func (s *Stage) Decide(d *pipeline.Doc, e, n *pipeline.Mention) (string, bool) {
	w := &work{}
	w.index(d)
	return s.decide(d, w, e, n)
}
