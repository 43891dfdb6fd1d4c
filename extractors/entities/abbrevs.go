package entities

import (
	"strings"
	"unicode"

	"github.com/zhfacts/zhfacts/dictionaries"
	"github.com/zhfacts/zhfacts/internal/runes"
	"github.com/zhfacts/zhfacts/pipeline"
)

// minRun is the shortest run of province abbreviations abbrevRuns reads:
// two characters are as often a word or a name (苏青, 秦晋, 新港). 江浙 is
// the exception: 江 abbreviates 江苏 only there.
const minRun = 3

// abbrevRuns reads a run of gse words made of three or more province
// abbreviations (苏浙皖, 沪苏浙皖, 云贵川, 港澳台; not 港澳|青年) as one place
// per character, as MSRA marks them, whatever the tagger made of it: it
// takes 苏浙皖 for a person's name (苏 is a surname), 云贵川 for one place,
// and misses 沪苏浙皖. 江 before 浙 (江浙, 江浙沪) is 江苏. People's Daily marks no abbreviation, so the pku style
// only drops what the tagger made of the run. A run inside a longer name is
// left (晋冀鲁豫边区, 全国政协台港澳侨联络委员会), and so is one holding a
// division's name (辽宁黑山: 辽宁).
func (s *Stage) abbrevRuns(d *doc, st *docState) {
	toks, first := d.Tokens, d.first
	// Most words begin with no province abbreviation, which provinceWord
	// would turn away only after a call.
	for i := d.nextOf(0, opensRun); i < len(toks); i = d.nextOf(i, opensRun) {
		j := i
		for j < len(toks) && (j == i || toks[j].Start == toks[j-1].End) && s.provinceWord(toks, first, j, j == i) {
			j++
		}
		if j == i {
			i++
			continue
		}
		s.endRun(d, st, toks[i].Start, toks[j-1].End, first[i] == '江')
		i = j
	}
}

// provinceWord reports whether token j is made of province abbreviations;
// the first of a run may begin with 江 before 浙. first holds each token's first
// character; those it accepts are three bytes long.
func (s *Stage) provinceWord(toks []pipeline.Token, first []rune, j int, opens bool) bool {
	text := toks[j].Text
	r := first[j]
	if r == '江' && opens {
		next := text[3:]
		if next == "" && j+1 < len(toks) {
			next = toks[j+1].Text // 江|浙沪
		}
		if !strings.HasPrefix(next, "浙") {
			return false
		}
	} else if !s.abbrevs.AbbreviatesProvince(r) {
		return false
	}
	for _, r := range text[3:] {
		if !s.abbrevs.AbbreviatesProvince(r) {
			return false
		}
	}
	return true
}

// endRun reads the run of abbreviations at start..end, if it is one; jiang
// says it starts with 江 of 江浙.
func (s *Stage) endRun(d *doc, st *docState, start, end int, jiang bool) {
	if end-start < minRun && !(jiang && end-start >= 2) || !s.runAlone(d, start, end) {
		return
	}
	have := make([]bool, end-start) // characters the tagger already read as places
	d.DeleteMentions(func(m *pipeline.Mention) bool {
		if !isEntity(m.Type) || m.Start < start || m.End > end {
			return isEntity(m.Type) && runOn(d, m, start, end)
		}
		if m.Type == pipeline.Place && m.End == m.Start+1 && s.spotAbbrevs {
			have[m.Start-start] = true
			return false
		}
		return true
	})
	if !s.spotAbbrevs {
		return
	}
	for k := start; k < end; k++ {
		if have[k-start] {
			continue
		}
		id := d.AddMention(pipeline.Mention{Type: pipeline.Place, Start: k, End: k + 1, Stage: Name, Rule: "abbrev-run", Confidence: gazetteerConfidence})
		if jiang && k == start {
			st.div[id] = s.abbrevs.Lookup("苏")
		}
	}
}

// abbrevAfterVerbs adds, under the msra style, a PLACE for a division's
// one-character abbreviation that gse reads as a word of its own after a
// one-character word of abbrev_contexts.tsv's division side (来|蓉安家,
// 返|蓉, 来|穗投资): MSRA marks them, and the tagger misses many. gse must
// read it as an abbreviation, a place or a name (蓉/j, 京/ns, 鄂/nr) unless it
// abbreviates a city (穗/zg, 榕/n): 在|新/a 的一年 is no 新疆. Abbreviations
// that are common words (place_words.tsv: 港, 藏) are left to the tagger.
func (s *Stage) abbrevAfterVerbs(d *doc) {
	if !s.spotAbbrevs {
		return
	}
	toks := d.Tokens
	var add []pipeline.Mention
	for i := d.nextOf(1, abbrevDivision); i < len(toks); i = d.nextOf(i+1, abbrevDivision) {
		t, v := &toks[i], &toks[i-1]
		if t.End != t.Start+1 || v.End != t.Start || v.Start != v.End-1 || !s.contexts.DivisionBefore(v.Text) {
			continue
		}
		div := s.abbrevs.Lookup(t.Text)
		if div == nil || !(t.Pos == "j" || t.Pos == "ns" || t.Pos == "nr" || div.Level == dictionaries.LevelPrefecture) {
			continue
		}
		if _, common := s.placeWords.Get(t.Text); common {
			continue // 离|港: a harbour
		}
		if nameOver(d, t.Start, t.End) {
			continue
		}
		add = append(add, pipeline.Mention{Type: pipeline.Place, Start: t.Start, End: t.End, Stage: Name, Rule: "abbrev-verb", Confidence: gazetteerConfidence})
	}
	for _, m := range add {
		d.AddMention(m)
	}
}

// runAlone reports whether the abbreviations at start..end stand alone: no
// name reaches outside them and no two of them spell a division's name. A
// tagger's name that goes on past them into half of gse's next word (ORG
// 京津冀协 of 京津冀|协同) is no name: endRun drops it.
func (s *Stage) runAlone(d *doc, start, end int) bool {
	for m := range d.namesOver(start, end) {
		if (m.Start < start || m.End > end) && !runOn(d, m, start, end) {
			return false
		}
	}
	for k := start; k+2 <= end; k++ {
		if pair := d.Slice(k, k+2); pair != "江浙" && (len(s.divs.Lookup(pair)) > 0 || len(s.divs.LookupFull(pair)) > 0) {
			return false
		}
	}
	return true
}

// runOn reports whether the tagger's mention m begins with the run of
// abbreviations at start..end and ends inside the gse word after it.
func runOn(d *doc, m *pipeline.Mention, start, end int) bool {
	return m.Stage != Name && m.Start == start && m.End > end && d.insideToken(m.End)
}

// countryPairs reads two or three countries' one-character abbreviations
// that the tagger left unmarked, wholly or in part, as one place each, as
// MSRA marks them (中德, 中日韩, 中|老 of 中老铁路, 越|中): the run must be
// whole gse words that no name but one-character places overlaps, before a
// word that follows coordinated countries in abbrev_contexts.tsv (关系, 合作,
// 两国), or one word gse tags a place, an organization or an abbreviation,
// of countries the document names in full. A word with anything else in it
// is no run (中英文, 中美洲, 美中不足), except such a following word
// (中英关系/n).
func (s *Stage) countryPairs(d *doc) {
	if !s.spotAbbrevs {
		return
	}
	toks, classes, rs := d.Tokens, d.classes, d.Runes()
	add := d.pending()
	var marks nameMarks // made at the first run that asks
	for i := d.nextOf(0, abbrevCountry); i < len(toks); i = d.nextOf(i+1, abbrevCountry) {
		j, n := i, 0 // the run is toks[i:j], n characters
		for j < len(toks) && (j == i || toks[j].Start == toks[j-1].End) && n < 3 && classes[j]&abbrevCountry != 0 && s.allCountryAbbrevs(rs[toks[j].Start:toks[j].End]) {
			n += toks[j].End - toks[j].Start
			j++
		}
		var start, end int
		switch {
		case n >= 2 && n <= 3:
			start, end = toks[i].Start, toks[j-1].End
			// One word gse tags a place, an organization or an
			// abbreviation, of countries the document names in full
			// (not 中新|时代 in a story about Russia, nor 哈马|省).
			named := j == i+1 && (toks[i].Pos == "ns" || toks[i].Pos == "nt" || toks[i].Pos == "j") && s.countriesNamed(d, toks[i].Text)
			if !named && !s.contexts.Pair(d.Slice(end, min(end+2, d.CharCount()))) {
				continue
			}
		case j == i:
			// One word of the abbreviations and the word after them
			// (中英关系/n).
			t := &toks[i]
			k := s.abbrevPrefix(rs[t.Start:t.End])
			if k < 2 || !s.contexts.Pair(d.Slice(t.Start+k, t.End)) {
				continue
			}
			start, end = t.Start, t.Start+k
			j = i + 1
		default:
			continue
		}
		// The tagger may have marked some of the characters (德 of 中德).
		if marks.single == nil {
			marks = d.markNames()
		}
		var have [3]bool
		other := false
		for k := start; k < end; k++ {
			have[k-start] = marks.single[k]
			other = other || marks.other[k]
		}
		for _, m := range marks.odd {
			other = other || m.End > start && m.Start < end
		}
		if other {
			continue
		}
		for k := start; k < end; k++ {
			if !have[k-start] {
				add = append(add, pipeline.Mention{Type: pipeline.Place, Start: k, End: k + 1, Stage: Name, Rule: "country-pair", Confidence: gazetteerConfidence})
			}
		}
		i = j - 1
	}
	d.addPending(add)
}

// nameMarks are the PERSON, PLACE and ORG mentions of a document marked at
// the code points they cover, for a rule that asks of many short spans
// which names lie over them: namesOver reads every mention for each span.
type nameMarks struct {
	single []bool // under a one-character PLACE
	other  []bool // under any other name
	// odd are the names that cover no code point (End <= Start), which
	// overlap a span by their ends alone.
	odd []*pipeline.Mention
}

// markNames marks the names of d in its flags, which the rule must then
// leave alone; the mentions must not change while it reads the marks.
func (d *doc) markNames() nameMarks {
	n := d.CharCount()
	f := d.flags(2 * n)
	marks := nameMarks{single: f[:n:n], other: f[n:]}
	for k := range d.Mentions {
		m := &d.Mentions[k]
		if !isEntity(m.Type) {
			continue
		}
		if m.End <= m.Start {
			marks.odd = append(marks.odd, m)
			continue
		}
		mark := marks.other
		if m.Type == pipeline.Place && m.End == m.Start+1 {
			mark = marks.single
		}
		for p := max(m.Start, 0); p < min(m.End, n); p++ {
			mark[p] = true
		}
	}
	return marks
}

// splitAbbrev reports whether token i, one character that abbreviates a
// country, is that country because gse cut it off the word of side after
// it stood in (以|军方 of 以军方, 以|军售): the next word is listed on side
// split of abbrev_contexts.tsv, the document names the country in full, the
// character abbreviates no Chinese division and follows no digit or numeral
// (3日|军机), and no name overlaps it. 军事, 军人 and 军官 are not listed:
// they follow the preposition 以 (以|军事手段, 以军官身份).
func (s *Stage) splitAbbrev(d *doc, i int) bool {
	toks := d.Tokens
	t := &toks[i]
	if i+1 >= len(toks) || toks[i+1].Start != t.End || !s.contexts.Split(toks[i+1].Text) {
		return false
	}
	if s.abbrevs.Lookup(t.Text) != nil || !s.countriesNamed(d, t.Text) {
		return false
	}
	if t.Start > 0 && strings.ContainsAny(d.Slice(t.Start-1, t.Start), "0123456789０１２３４５６７８９"+numeralChars) {
		return false // 3日|军机: a date
	}
	return !nameOver(d, t.Start, t.End)
}

// abbrevPrefix returns how many of the first three characters of word
// abbreviate countries, when the word goes on after them.
func (s *Stage) abbrevPrefix(word []rune) int {
	k := 0
	for _, c := range word {
		if k == 3 || !s.countries.AbbreviatedBy(c) {
			return k // the word goes on after them
		}
		k++
	}
	return 0 // all abbreviations: the run above reads it
}

// abbrevWords reads a country's one-character abbreviation that begins a
// two-character gse word whose second character abbrev_contexts.tsv lists
// to stand after abbreviations (以军, 俄军, 日媒) as a PLACE, under the msra
// style, where the tagger left it unmarked and no name overlaps the word:
// MSRA marks 美 of 美军 and 日 of 日军 (39 of 39 in its training data).
// Characters that also abbreviate a Chinese division (川军, 湘军) are left,
// and so are the words of not_abbrevs.tsv (古籍, 智商).
func (s *Stage) abbrevWords(d *doc) {
	if !s.spotAbbrevs {
		return
	}
	toks := d.Tokens
	var add []pipeline.Mention
	for i := d.nextOf(0, abbrevCountry); i < len(toks); i = d.nextOf(i+1, abbrevCountry) {
		t := &toks[i]
		if t.End-t.Start == 1 && s.splitAbbrev(d, i) {
			add = append(add, pipeline.Mention{Type: pipeline.Place, Start: t.Start, End: t.End, Stage: Name, Rule: "abbrev-split", Confidence: gazetteerConfidence})
			continue
		}
		if t.End-t.Start != 2 {
			continue
		}
		abbrev, rest := runes.DecodeFirst(t.Text)
		if !s.contexts.After(t.Text[rest:]) || s.abbrevs.Lookup(string(abbrev)) != nil {
			continue
		}
		if a, b, ok := s.notAbbrev.AroundRune(d.Text, d.Runes(), t.Start, d.ByteOffset(t.Start)); ok && d.RuneOffset(a) <= t.Start && d.RuneOffset(b) >= t.End {
			continue // 古籍, 智商: a word of its own
		}
		if nameOver(d, t.Start, t.End) {
			continue
		}
		add = append(add, pipeline.Mention{Type: pipeline.Place, Start: t.Start, End: t.Start + 1, Stage: Name, Rule: "abbrev-word", Confidence: gazetteerConfidence})
	}
	for _, m := range add {
		d.AddMention(m)
	}
}

// abbrevTitles reads a country's one-character abbreviation written right
// before a state's post and its holder's name (以总理内塔尼亚胡, 以防长加兰特,
// 俄外长拉夫罗夫) as a PLACE, under the msra style, where the tagger left it
// unmarked: MSRA marks the 以 of 以总理内塔尼亚胡 as it marks 美 of 美总统.
// The post is a title of titles.tsv in a category of state posts, and a
// PERSON mention starts right after it. The abbreviation begins a gse word,
// no name overlaps it or the post, and a gse word that runs from it into the
// post is no name (加州|长 is California's governor; 以防|长 and 俄外长 are
// read); the character abbreviates no Chinese division (新总统 is a new
// one), and the document names the country in full. A preposition (以/p)
// with 为 after the name in its clause is 以…为… (会见以议长萨维为团长的代表团:
// "headed by"), no country.
func (s *Stage) abbrevTitles(d *doc) {
	if !s.spotAbbrevs {
		return
	}
	var add []pipeline.Mention
	for i := range d.Mentions {
		p := &d.Mentions[i]
		if p.Type != pipeline.Person {
			continue
		}
		for k := max(0, p.Start-s.titles.MaxLen()-1); k+1 < p.Start; k++ {
			if s.titleAbbrev(d, k, p) {
				add = append(add, pipeline.Mention{Type: pipeline.Place, Start: k, End: k + 1, Stage: Name, Rule: "abbrev-title", Confidence: gazetteerConfidence})
				break
			}
		}
	}
	for _, m := range add {
		d.AddMention(m)
	}
}

// titleAbbrev reports whether the character at k is a country's
// abbreviation before a state post that ends where person p starts
// (abbrevTitles).
func (s *Stage) titleAbbrev(d *doc, k int, p *pipeline.Mention) bool {
	// Most characters abbreviate no country: read decoded, they need no
	// slice of the text.
	if !s.countries.AbbreviatedBy(d.Runes()[k]) {
		return false
	}
	c := d.Slice(k, k+1)
	if s.abbrevs.Lookup(c) != nil {
		return false
	}
	if cat, ok := s.titles.Category(d.Slice(k+1, p.Start)); !ok || !abbrevPosts[cat] {
		return false
	}
	j := d.tokenAt(k)
	if j < 0 || d.Tokens[j].Start != k || d.insideToken(p.Start) {
		return false
	}
	if t := &d.Tokens[j]; t.End > k+1 && t.End < p.Start && strings.HasPrefix(t.Pos, "n") && t.Pos != "n" {
		return false // 加州|长: a place's name runs into the post
	}
	if nameOver(d, k, p.Start) || !s.countriesNamed(d, c) {
		return false
	}
	if t := &d.Tokens[j]; t.Pos == "p" {
		for off := p.End; off < d.CharCount(); off++ {
			w := d.Slice(off, off+1)
			if w == "为" {
				return false // 以议长萨维为团长: "with … as"
			}
			if r, _ := runes.DecodeFirst(w); unicode.IsPunct(r) || unicode.IsSpace(r) {
				break
			}
		}
	}
	return true
}

// abbrevPosts are the categories of titles.tsv whose posts a state holds,
// before which a country's abbreviation names the state (以总理, 俄外长, 美驻华大使).
var abbrevPosts = map[string]bool{"government": true, "legislature": true, "diplomatic": true, "military": true, "judicial": true}
