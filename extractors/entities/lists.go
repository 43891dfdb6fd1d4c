package entities

import (
	"slices"
	"unicode"

	"github.com/zhfacts/zhfacts/pipeline"
)

// listConfidence is the confidence of a person read from the list around it.
const listConfidence = 0.5

// maxListName is the longest item, in characters, a list of people is read
// across: a transliterated name with its dots (阿不来提·阿不都热西提).
const maxListName = 16

// listPersons reads the people of a list written with 、 that the tagger
// missed. In a list of three or more PERSON mentions, an item between two of
// them is a person too when it is two to four Han characters, or a
// transliterated name's parts joined by ·, and no mention covers it
// (王沪宁、汪洋、王岐山: 汪洋 is also "a vast ocean"; 乔清晨, 热地, 向巴平措,
// 阿不来提·阿不都热西提), or when the tagger read it as a place or
// organization no dictionary knows (洛桑江村, read as a village): news lists
// people with people.
func (s *Stage) listPersons(d *doc) {
	var people []int // indexes of PERSON mentions, in text order
	for i, m := range d.Mentions {
		if m.Type == pipeline.Person {
			people = append(people, i)
		}
	}
	if len(people) < 3 {
		return
	}
	slices.SortFunc(people, func(a, b int) int { return d.Mentions[a].Start - d.Mentions[b].Start })
	personAt := make(map[int]int, len(people)) // start → index
	for _, i := range people {
		personAt[d.Mentions[i].Start] = i
	}
	n := d.CharCount()
	var add []pipeline.Mention
	var retyped []int                          // IDs
	type item struct{ start, end, person int } // person: mention index or -1
	var list []item
	done := map[int]bool{} // persons already read as part of a list
	for _, p := range people {
		if done[p] {
			continue
		}
		list = append(list[:0], item{d.Mentions[p].Start, d.Mentions[p].End, p})
		for at := d.Mentions[p].End; at < n && d.Slice(at, at+1) == "、"; {
			if q, ok := personAt[at+1]; ok {
				done[q] = true
				list = append(list, item{at + 1, d.Mentions[q].End, q})
				at = d.Mentions[q].End
				continue
			}
			// Two to four Han characters, or a transliterated name's parts
			// joined by ·, and the next 、.
			rs := []rune(d.Slice(at+1, min(at+maxListName+2, n)))
			k, dots := 0, 0
			for k < len(rs) && (unicode.Is(unicode.Han, rs[k]) || rs[k] == '·' && k > 0 && rs[k-1] != '·') {
				if rs[k] == '·' {
					dots++
				}
				k++
			}
			if k == len(rs) || rs[k] != '、' || rs[k-1] == '·' || k < 2 || dots == 0 && k > 4 {
				break
			}
			list = append(list, item{at + 1, at + 1 + k, -1})
			at += 1 + k
		}
		persons := 0
		for _, it := range list {
			if it.person >= 0 {
				persons++
			}
		}
		if persons < 3 {
			continue
		}
		// The list opens with a person; the items after its last person
		// have nothing after them that says they are people.
		last := len(list) - 1
		for list[last].person < 0 {
			last--
		}
		for _, it := range list[1:last] {
			if it.person >= 0 {
				continue
			}
			covered, other := 0, -1
			for i, m := range d.Mentions {
				if m.Start < it.end && it.start < m.End {
					covered, other = covered+1, i
				}
			}
			switch {
			case covered == 0:
				add = append(add, pipeline.Mention{Type: pipeline.Person, Start: it.start, End: it.end, Stage: Name, Rule: "person-list", Confidence: listConfidence})
			case covered == 1:
				m := &d.Mentions[other]
				if m.Start == it.start && m.End == it.end && m.Stage != Name &&
					(m.Type == pipeline.Place && !s.gazetteerPlace(m.Text) || m.Type == pipeline.Org && !s.isOrgAlias(m.Text)) {
					retyped = append(retyped, m.ID)
				}
			}
		}
	}
	for i := range d.Mentions {
		if m := &d.Mentions[i]; slices.Contains(retyped, m.ID) {
			m.Type, m.Entity = pipeline.Person, ""
			addRule(m, "person-list")
		}
	}
	for _, m := range add {
		d.AddMention(m)
	}
}
