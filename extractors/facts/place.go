package facts

import (
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/pipeline"
)

// subjectPlaces gives an amount, statistic, change or share that has no
// place yet the place its subject names (place:subject) or the place the
// name of its subject organization opens with (place:org).
func (s *Stage) subjectPlaces(v *view) {
	for i := range v.facts {
		f := &v.facts[i]
		if f.Place != "" || f.Subject == "" || f.Kind == Role || f.Kind == Event {
			continue
		}
		if p := s.placeNamed(v, f.Subject); p != "" {
			f.Place = p
			f.Rule += "|place:subject"
		} else if v.orgNamed(f.Subject) {
			if p := s.orgPlace(f.Subject); p != "" {
				f.Place = p
				f.Rule += "|place:org"
			}
		}
	}
}

// placeNamed returns name when it names a place: a country, a PLACE mention
// of the document that has a code or a country (its entity, 四川省成都市), or
// a Chinese division's full name that only one division has.
func (s *Stage) placeNamed(v *view, name string) string {
	if c := s.countries.Lookup(name); c != nil && c.Name == name {
		return name
	}
	for i := range v.d.Mentions {
		if m := &v.d.Mentions[i]; m.Type == pipeline.Place && m.Parent == nil && (m.PlaceCode != "" || m.Country != "") && entity(m) == name {
			return name
		}
	}
	if ds := s.divisions.LookupFull(name); len(ds) == 1 && s.divisions.FullName(ds[0]) == name {
		return name
	}
	return ""
}

// orgNamed reports whether the document has an ORG mention named name.
func (v *view) orgNamed(name string) bool {
	for i := range v.d.Mentions {
		if m := &v.d.Mentions[i]; m.Type == pipeline.Org && m.Parent == nil && entity(m) == name {
			return true
		}
	}
	return false
}

// stateKinds are the kinds of org_suffixes.tsv of a state's bodies, whose
// country is where they act.
var stateKinds = map[string]bool{"government": true, "party": true, "legislature": true, "judicial": true, "military": true}

// orgPlace returns the place an organization's name opens with, the longest
// country name or full name of a single Chinese division followed by at
// least two more characters: 成都市科技局 → 四川省成都市, 美国国防部 → 美国,
// 中华人民共和国财政部 → 中国. A country counts only for a state's body: a
// company or a bank named for its country (中国工商银行) acts anywhere.
func (s *Stage) orgPlace(name string) string {
	var ends []int // rune boundaries of name, in bytes
	for i := range name {
		if i > 0 {
			ends = append(ends, i)
		}
	}
	for k := len(ends) - 2; k >= 1; k-- {
		prefix := name[:ends[k-1]]
		if utf8.RuneCountInString(prefix) > 8 {
			continue
		}
		if c := s.countries.Lookup(prefix); c != nil && !c.Former {
			if _, kind, ok := s.suffixes.Match(name); ok && stateKinds[kind] {
				return c.Name
			}
			return "" // 中国工商银行, 德国大众汽车集团: whose, not where
		}
		if ds := s.divisions.LookupFull(prefix); len(ds) == 1 {
			return s.divisions.FullName(ds[0])
		}
	}
	return ""
}
