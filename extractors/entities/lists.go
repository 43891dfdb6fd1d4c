package entities

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

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
	for i := range d.Mentions {
		if d.Mentions[i].Type == pipeline.Person {
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
			if k < 2 || k == len(rs) || rs[k] != '、' || rs[k-1] == '·' || dots == 0 && k > 4 {
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
			for i := range d.Mentions {
				if m := &d.Mentions[i]; m.Start < it.end && it.start < m.End {
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

// maxListOrg is the longest item, in characters, a list of organizations
// is read across.
const maxListOrg = 12

// maxHeadGap is how many words may stand between 等 and the head noun of a
// list (等|23家|世界|知名|品牌: a count and two modifiers).
const maxHeadGap = 4

// listOrgs reads the organizations of a list that a word of
// org_list_heads.tsv heads after 等: 康佳、长虹、海尔、熊猫、先科等许多厂家,
// 大和、野村等证券公司, 宁德时代、亿纬锂能、欣旺达等5家上市公司. When one item
// at least is an ORG already, the others are organizations too: an item
// no mention covers becomes an ORG, and so does one the tagger read as a
// person no one knows (索菲亚, 韦里孙). A place stays: 长安 may be the
// carmaker, but 新都商城 and 万达商厦 are places under the pku convention.
// Between 等 and the head may stand a count and modifiers, not 的
// (汽车、投资等领域的企业 lists trades). Rule org-list, confidence 0.5.
//
// A head of kind team (队, 强队, 球队) makes the countries and divisions of
// its list teams, as MSRA marks them: 苏格兰、挪威、丹麦等队; so does a last
// item that is a place's team (山东、北京和上海队, 俄罗斯、西班牙和阿根廷队).
// Only places the tagger read are retyped: what else such a list holds may
// be people (郎平、陈招娣等女队) or anything before 和 (球迷和上海队).
// Under the pku style, which marks such places as places, no list is a
// team's. Rule team-list.
func (s *Stage) listOrgs(d *doc) {
	toks := d.Tokens
	teams := s.teams && teamOrgs(d)
	var add []pipeline.Mention
	var retyped map[int]string // ID → rule
	// Most tokens are no 等, 、 or 和: the class tells.
	for j := d.nextOf(1, marksList); j+1 < len(toks); j = d.nextOf(j+1, marksList) {
		if !teams && d.first[j] != '等' {
			continue
		}
		var items []listItem
		team := false
		if t := toks[j].Text; t == "等" || t == "等等" {
			var ok bool
			if team, ok = s.listHeadAfter(toks, j+1); !ok || team && !s.teams {
				continue
			}
			items = listItemsBefore(d, j)
		} else if (t == "、" || t == "和") && s.placeTeamAt(d, toks[j].End) {
			// Not 与, which is as often "with": 在夏威夷和西雅图与美国队比赛.
			team, items = true, listItemsBefore(d, j)
		}
		if len(items) < 1 || !team && len(items) < 2 {
			continue
		}
		exact := func(it listItem) int {
			for i := range d.Mentions {
				if m := &d.Mentions[i]; m.Start == it.start && m.End == it.end && isEntity(m.Type) {
					return i
				}
			}
			return -1
		}
		orgs := 0
		for _, it := range items {
			if i := exact(it); i >= 0 && d.Mentions[i].Type == pipeline.Org {
				orgs++
			}
		}
		if orgs == 0 && !team {
			continue
		}
		rule := "org-list"
		if team {
			rule = "team-list"
		}
		for _, it := range items {
			if i := exact(it); i >= 0 {
				m := &d.Mentions[i]
				switch {
				case m.Stage == Name:
				case team && m.Type == pipeline.Place && s.gazetteerPlace(m.Text),
					!team && m.Type == pipeline.Person && !s.known.Has(m.Text):
					if retyped == nil {
						retyped = map[int]string{}
					}
					retyped[m.ID] = rule
				}
				continue
			}
			if !team && !nameOver(d, it.start, it.end) && orgShaped(d.Slice(it.start, it.end)) {
				add = append(add, pipeline.Mention{Type: pipeline.Org, Start: it.start, End: it.end, Stage: Name, Rule: rule, Confidence: listConfidence})
			}
		}
	}
	for i := range d.Mentions {
		if m := &d.Mentions[i]; retyped != nil && retyped[m.ID] != "" {
			m.Type, m.Entity = pipeline.Org, ""
			addRule(m, retyped[m.ID])
		}
	}
	for _, m := range add {
		d.AddMention(m)
	}
}

// teamOrgs reports whether d has an ORG mention ending in 队, which a list
// of places before it may make teams of: most documents have none, and the
// lists need no look then.
func teamOrgs(d *doc) bool {
	for i := range d.Mentions {
		if m := &d.Mentions[i]; m.Type == pipeline.Org && strings.HasSuffix(m.Text, "队") {
			return true
		}
	}
	return false
}

// placeTeamAt reports whether a tagger ORG that starts at off is a place's
// team: a country or division and 队, 男队 or 女队 (上海队, 阿根廷女队).
func (s *Stage) placeTeamAt(d *doc, off int) bool {
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Start != off || m.Type != pipeline.Org {
			continue
		}
		place, ok := strings.CutSuffix(m.Text, "队")
		if !ok {
			return false
		}
		if p, ok := strings.CutSuffix(place, "男"); ok {
			place = p
		} else if p, ok := strings.CutSuffix(place, "女"); ok {
			place = p
		}
		return s.gazetteerPlace(place)
	}
	return false
}

// listHeadAfter reports whether the words from token j on are a head of
// org_list_heads.tsv, after at most maxHeadGap counts and modifiers (等|
// 5家|上市公司, 等等|许多|厂家, 等|在内|的|9家|美国|公司), and whether the
// head is of kind team.
func (s *Stage) listHeadAfter(toks []pipeline.Token, j int) (team, ok bool) {
	for k := j; k < len(toks) && k < j+maxHeadGap+1; k++ {
		t := toks[k]
		if k > j && t.Start != toks[k-1].End {
			return false, false
		}
		if team, ok := s.listHeads.Get(t.Text); ok {
			return team, true
		}
		switch {
		case t.Text == "在内" && k+1 < len(toks) && toks[k+1].Text == "的":
			k++ // 等在内的9家美国公司
		case t.Pos == "m" || t.Pos == "q" || t.Pos == "mq":
		case t.Pos == "n" || t.Pos == "nz" || t.Pos == "ns" || t.Pos == "a" || t.Pos == "b" || t.Pos == "vn":
		default:
			return false, false
		}
	}
	return false, false
}

// listItem is the span of one item of a list.
type listItem struct{ start, end int }

// listItemsBefore returns the items of a list written with 、 that ends
// right before token j, in text order; the last may follow 和, 及 or 与
// instead. An item between two marks is all they enclose; the first is the
// mention that ends at its mark, or else gse's word before it when the word
// before that is no part of a name (包括|国开行 → 国开行; not 新闻 of 央视|新闻).
func listItemsBefore(d *doc, j int) []listItem {
	toks := d.Tokens
	var items []listItem
	end := toks[j].Start
	for k := j - 1; k >= 0; {
		start := k
		for start >= 0 && !listMark(toks[start].Text) && !listBreak(toks[start].Text) && end-toks[start].Start <= maxListOrg {
			start--
		}
		if start >= 0 && start < k && listMark(toks[start].Text) {
			if toks[start].Text != "、" && len(items) > 0 {
				break // 和 joins the last item only
			}
			items = append(items, listItem{toks[start+1].Start, end})
			end, k = toks[start].Start, start-1
			continue
		}
		if len(items) == 0 {
			break // no list
		}
		first := listItem{toks[k].Start, end}
		for i := range d.Mentions {
			if m := &d.Mentions[i]; isEntity(m.Type) && m.End == end && m.Start < end && end-m.Start <= maxListOrg {
				first.start = m.Start
			}
		}
		// gse's word alone only where no name-like word runs on before it
		// (央视|新闻, 阿联酋|航空: part of a longer name).
		if first.start < toks[k].Start || toks[k].End == end && nameLikePOS(toks[k].Pos) && (k == 0 || !nameLikePOS(toks[k-1].Pos)) {
			items = append(items, first)
		}
		break
	}
	slices.Reverse(items)
	return items
}

// listBreak reports whether a word ends a list: punctuation other than 、.
func listBreak(w string) bool {
	return strings.ContainsAny(w, "，。；：！？（）()《》“”\n ,;:")
}

// listMark reports whether a word separates the items of a list.
func listMark(w string) bool { return w == "、" || w == "和" || w == "及" || w == "与" }

// nameLikePOS reports whether a gse tag marks a word that may be part of
// a name: nouns, names, abbreviations, Latin words.
func nameLikePOS(pos string) bool {
	switch pos {
	case "n", "nr", "nrt", "nz", "ns", "nt", "j", "eng":
		return true
	}
	return false
}

// orgShaped reports whether text may be an organization's name in a list:
// two or more characters, letters or digits only, and not digits alone
// (985、211等高校 names categories).
func orgShaped(text string) bool {
	if utf8.RuneCountInString(text) < 2 {
		return false
	}
	letters := false
	for _, r := range text {
		switch {
		case unicode.IsLetter(r):
			letters = true
		case unicode.IsDigit(r):
		default:
			return false
		}
	}
	return letters
}

// titledPersons reads the holder's name that the tagger missed after a
// state's post written right after its country or body (乍得总统代比、,
// 喀麦隆总统比亚。, 亚美尼亚总理帕希尼扬、; rule person-after-title): two to
// four Han characters that no name covers, whole gse words, up to 、, ，, 。,
// 和 or 等, which begin, go on and end like a transliterated name
// (name_chars.tsv: 代 begins one, 比 ends one; 会晤, 职务, 人选 and 先生 do
// not). gse's word is no help: it reads 祖马 and 比亚 as common nouns.
func (s *Stage) titledPersons(d *doc) {
	var add []pipeline.Mention
	n := d.CharCount()
	for i := range d.Mentions {
		m := &d.Mentions[i] // read in place: a copy per mention cost more than the test
		if m.Type != pipeline.Org && (m.Type != pipeline.Place || s.countries.Lookup(m.Text) == nil) {
			continue
		}
		// The posts listed with 、 after the body, a party's among them, the
		// last a state's: 老挝人革党中央总书记、国家主席本扬.
		te, last := s.postEnd(d, m.End)
		for te > 0 && te < n && d.Slice(te, te+1) == "、" {
			next, cat := s.postEnd(d, te+1)
			if next < 0 {
				break
			}
			te, last = next, cat
		}
		if te < 0 || !abbrevPosts[last] {
			continue
		}
		e := te
		for _, c := range d.Slice(te, min(te+maxTitledName+1, n)) {
			if !unicode.Is(unicode.Han, c) || c == '和' || c == '等' {
				break
			}
			e++
		}
		if e-te < 2 || e-te > maxTitledName || e == n || !strings.Contains("、，。和等", d.Slice(e, e+1)) {
			continue
		}
		if !d.wordStarts(te) || !d.wordStarts(e) || nameOver(d, te, e) || !s.nameLike(d.Slice(te, e)) {
			continue
		}
		add = append(add, pipeline.Mention{Type: pipeline.Person, Start: te, End: e, Stage: Name, Rule: "person-after-title", Confidence: listConfidence})
	}
	for _, m := range add {
		d.AddMention(m)
	}
}

// postEnd returns the end of the longest title of a state's or a party's
// post that begins at at, and its category; -1 where none does.
func (s *Stage) postEnd(d *doc, at int) (int, string) {
	// Most names are followed by no title's first character, which spares
	// the slice of the text.
	if rs := d.Runes(); at >= len(rs) || !s.titles.Begins(rs[at]) {
		return -1, ""
	}
	for title, cat := range s.titles.Prefixes(d.Slice(at, min(at+s.titles.MaxLen(), d.CharCount()))) {
		if abbrevPosts[cat] || cat == "party" {
			return at + utf8.RuneCountInString(title), cat
		}
	}
	return -1, ""
}

// maxTitledName is the longest name, in characters, titledPersons reads.
const maxTitledName = 4

// nameLike reports whether name begins, goes on and ends with characters
// that begin, go on and end transliterated names (name_chars.tsv).
func (s *Stage) nameLike(name string) bool {
	rs := []rune(name)
	if s.nameChars.Begin(rs[0]) == 0 || s.nameChars.End(rs[len(rs)-1]) == 0 {
		return false
	}
	for _, r := range rs[1 : len(rs)-1] {
		if s.nameChars.Inside(r) == 0 {
			return false
		}
	}
	return true
}
