package overlap

import "github.com/zhfacts/zhfacts/pipeline"

// Decide is decide for the tests: the rule that settles the pair of name e
// and number n, and whether the name keeps the shared characters.
func (s *Stage) Decide(d *pipeline.Doc, e, n *pipeline.Mention) (string, bool) {
	w := &work{}
	for i := range d.Mentions {
		switch t := d.Mentions[i].Type; {
		case isName(t):
			w.names = append(w.names, int32(i))
		case isNumber(t):
			w.nums = append(w.nums, int32(i))
		}
	}
	return s.decide(d, w, e, n)
}
