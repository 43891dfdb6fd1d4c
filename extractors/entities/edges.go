package entities

import (
	"strings"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/internal/runes"
	"github.com/zhfacts/zhfacts/pipeline"
)

// chineseDigits are the characters of a Chinese numeral (二十国集团, 十八大).
const chineseDigits = "零〇一二两三四五六七八九十百千万"

// orgEdges mends tagger ORG mentions whose first character continues a
// number, a term or an organization alias written before them, or whose
// last characters begin a model's number or a title written after them
// (rules number-start, term-start, alias-start, number-end, title-overrun).
func (s *Stage) orgEdges(d *doc) {
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type != pipeline.Org || m.Stage == Name {
			continue
		}
		if start := s.numberStart(d, m); start < m.Start {
			m.Start, m.Text, m.Entity = start, d.Slice(start, m.End), ""
			addRule(m, "number-start")
		}
		if start := termStart(d, m); start != m.Start {
			m.Start, m.Text, m.Entity = start, d.Slice(start, m.End), ""
			addRule(m, "term-start")
		}
		if start := s.aliasStart(d, m); start < m.Start {
			m.Start, m.Text, m.Entity = start, d.Slice(start, m.End), ""
			addRule(m, "alias-start")
		}
		if end := alnumEnd(d, m); end < m.End {
			m.End, m.Text, m.Entity = end, d.Slice(m.Start, end), ""
			if s.gazetteerPlace(m.Text) && !s.orgName(m.Text) {
				m.Type = pipeline.Place // 天津|PM2.5
			}
			addRule(m, "number-end")
			continue
		}
		if end := s.titleOverrun(d, m); end < m.End {
			m.End, m.Text, m.Entity = end, d.Slice(m.Start, end), ""
			addRule(m, "title-overrun")
		}
	}
}

// numberStart returns where ORG m starts when it begins inside a number: a
// numeral the tagger cut in two, its first digits left out (2|0国集团,
// 12|05钻井队, 二|十国集团, 十|八大新闻中心), is the number of the name and
// part of it. Arabic and Chinese digits are not one number (2024|四川省).
func (s *Stage) numberStart(d *doc, m *pipeline.Mention) int {
	first, _ := utf8.DecodeRuneInString(m.Text)
	same := func(r rune) bool { return r >= '0' && r <= '9' }
	if !same(first) {
		same = func(r rune) bool { return strings.ContainsRune(chineseDigits, r) }
		if !same(first) {
			return m.Start
		}
	}
	start := m.Start
	for start > 0 {
		r, _ := utf8.DecodeLastRuneInString(d.Slice(start-1, start))
		if !same(r) {
			break
		}
		start--
	}
	if start < m.Start && s.overlapsOther(d, start, m.End, m) {
		return m.Start
	}
	return start
}

// alnumEnd returns where ORG m ends when its last characters are Latin
// letters or digits that run on past it: they begin a model or a measure
// written after the name (南航|C919, 空中客车天津|A320, 天津|PM2.5), which
// keeps at least two characters.
func alnumEnd(d *doc, m *pipeline.Mention) int {
	if m.End >= d.CharCount() || !asciiAlnum(lastRune(m.Text)) || !asciiAlnum(lastRune(d.Slice(m.End, m.End+1))) {
		return m.End
	}
	end := m.End
	for end > m.Start && asciiAlnum(lastRune(d.Slice(end-1, end))) {
		end--
	}
	if end-m.Start < 2 {
		return m.End
	}
	return end
}

func asciiAlnum(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z'
}

// termStart returns where ORG m starts when it begins inside a gse word of
// a term, one ending in 届: a numbered term is the name's and taken in
// (第十四|届中央常务委员会 → 第十四届中央常务委员会), one that says only which
// term (新一届, 本届) is none and left out (新一|届全国人大 → 全国人大).
func termStart(d *doc, m *pipeline.Mention) int {
	j := d.tokenAt(m.Start)
	if j < 0 {
		return m.Start
	}
	t := d.Tokens[j]
	if t.Start >= m.Start || t.End+2 > m.End || !strings.HasSuffix(t.Text, "届") {
		return m.Start
	}
	if numbered(strings.TrimSuffix(t.Text, "届")) {
		return t.Start
	}
	return t.End
}

// aliasStart returns where ORG m starts when an organization alias of three
// or more characters, opening at a gse word, begins before it and ends inside
// it: the tagger left out the alias's first characters (驻|韩美军第8军 of
// 驻韩美军, 北部战|区陆军第78集团军 of 北部战区). An alias the mention lies
// in wholly is known-org's, and one the tagger cut at 和 is gazetteer-org's
// (文化和|旅游部原党组 → 文化和旅游部).
func (s *Stage) aliasStart(d *doc, m *pipeline.Mention) int {
	if m.Start == 0 || strings.Contains("和与及", d.Slice(m.Start-1, m.Start)) {
		return m.Start
	}
	a, b, ok := s.aliases.Spots.Around(d.Text, d.ByteOffset(m.Start))
	if !ok {
		return m.Start
	}
	a, b = d.RuneOffset(a), d.RuneOffset(b)
	if a >= m.Start || b <= m.Start || b >= m.End || b-a < 3 || !d.wordStarts(a) || s.overlapsOther(d, a, m.End, m) {
		return m.Start
	}
	return a
}

// titleOverrun returns where ORG m ends when its last character begins a
// title of titles.tsv that runs on past it, as gse reads it too: the tagger
// took the title's first character into the name. It ends before that
// character when the name ends in it already (外交部亚洲太平洋局|局长,
// 日本民主党|党首, 自然资源部|部长), or when the whole is no name and what
// stands before is one (菲律宾|众议长), begins with one at a gse word's end
// (美国斯坦福大学|东亚研究|讲师 → 美国斯坦福大学) or ends in a gse name or a
// trade word (大通曼哈顿|董事长, 帅克制药|董事长; not 北京牢记|总书记). A name
// that shares its last character with the title keeps it, as both
// conventions write it (外交部|长, the minister of 外交部), and so does one
// that ends in a character institution suffixes end in (韩国国家安保室|长).
func (s *Stage) titleOverrun(d *doc, m *pipeline.Mention) int {
	n := d.CharCount()
	if m.End-m.Start < 3 || m.End >= n {
		return m.End
	}
	k := m.End - 1
	title, ok := s.titles.Prefix(d.Slice(k, min(k+titleReach, n)))
	end := k + runes.Count(title)
	if !ok || end <= m.End {
		return m.End
	}
	if j := d.tokenAt(m.End); j >= 0 && d.Tokens[j].End > end {
		return m.End // 基金会|长期: gse reads no title
	}
	rest := d.Slice(m.Start, k)
	if lastRune(rest) == lastRune(d.Slice(k, m.End)) {
		return k
	}
	if s.orgName(m.Text) || s.suffixes.EndsLikeOne(m.Text) {
		return m.End
	}
	if s.orgName(rest) {
		return k
	}
	j := d.tokenAt(k - 1)
	if j < 0 || d.Tokens[j].End != k {
		return m.End
	}
	for i := j - 1; i >= 0 && d.Tokens[i].End > m.Start+1; i-- {
		if e := d.Tokens[i].End; s.orgName(d.Slice(m.Start, e)) {
			return e
		}
	}
	t := d.Tokens[j]
	if _, trade := s.trades.Get(t.Text); trade || namePOS(t.Pos) {
		return k
	}
	return m.End
}

// sessionOrgs joins a legislature's ORG mention, the session written after
// it and a tagger ORG of one unit word of org_units.tsv after the session
// into one ORG: the unit is the session's (十三届全国人大|五次会议|主席团,
// 全国政协|十四届一次会议|主席团 → 全国政协十四届一次会议主席团), as MSRA marks a
// body's presidium with the body (中国工程院主席团). A numbered term the
// tagger left before the legislature is taken in too (rule session-org).
func (s *Stage) sessionOrgs(d *doc) {
	var drop map[int]bool
	for i := range d.Mentions {
		o := &d.Mentions[i]
		if o.Type != pipeline.Org || o.Stage == Name || o.Start < 4 || d.Slice(o.Start-2, o.Start) != "会议" {
			continue
		}
		if _, unit := s.units.Get(o.Text); !unit {
			continue
		}
		for k := range d.Mentions {
			b := &d.Mentions[k]
			if b.Type != pipeline.Org || b.End >= o.Start || o.Start-b.End > sessionReach || !sessionPhrase(d.Slice(b.End, o.Start-2)) || !s.legislature(b.Text) {
				continue
			}
			start := b.Start
			if first, _ := utf8.DecodeRuneInString(b.Text); first != '第' && !strings.ContainsRune(chineseDigits, first) {
				start = termBefore(d, b.Start)
			}
			b.Start, b.End, b.Text, b.Entity = start, o.End, d.Slice(start, o.End), ""
			addRule(b, "session-org")
			if drop == nil {
				drop = map[int]bool{}
			}
			drop[o.ID] = true
			break
		}
	}
	if drop != nil {
		d.DeleteMentions(func(m *pipeline.Mention) bool { return drop[m.ID] })
	}
}

// sessionReach bounds the session written between a legislature and its
// unit: 第十四届第一次全体会议 is eleven characters.
const sessionReach = 12

// sessionPhrase reports whether text numbers a session without its 会议:
// a term maybe (十四届, 第十四届), then the session (一次, 第三次), maybe 全体.
func sessionPhrase(text string) bool {
	text = strings.TrimSuffix(text, "全体")
	rest, ok := strings.CutSuffix(text, "次")
	if !ok {
		return false
	}
	if i := strings.Index(rest, "届"); i >= 0 {
		if !numbered(rest[:i]) {
			return false
		}
		rest = rest[i+len("届"):]
	}
	return numbered(rest)
}

// numbered reports whether text is a Chinese numeral, maybe after 第.
func numbered(text string) bool {
	text = strings.TrimPrefix(text, "第")
	if text == "" {
		return false
	}
	for _, r := range text {
		if !strings.ContainsRune(chineseDigits, r) {
			return false
		}
	}
	return true
}

// termBefore returns where a numbered term written right before off begins
// (十三届 of 十三届|全国人大), or off.
func termBefore(d *doc, off int) int {
	if off < 2 || d.Slice(off-1, off) != "届" {
		return off
	}
	start := off - 1
	for start > 0 && strings.Contains(chineseDigits, d.Slice(start-1, start)) {
		start--
	}
	if start == off-1 {
		return off
	}
	if start > 0 && d.Slice(start-1, start) == "第" {
		start--
	}
	return start
}

// legislature reports whether name is a legislature's body by its suffix or
// its alias's canonical name (全国人大, 十三届全国人大, 全国政协).
func (s *Stage) legislature(name string) bool {
	if _, kind, ok := s.suffixes.Match(name); ok && kind == "legislature" {
		return true
	}
	if c, ok := s.aliases.Canonical(name); ok {
		_, kind, ok := s.suffixes.Match(c)
		return ok && kind == "legislature"
	}
	return false
}
