package entities

import (
	"strings"
	"unicode"

	"github.com/zhfacts/zhfacts/internal/runes"
	"github.com/zhfacts/zhfacts/pipeline"
)

// chineseDigits are the characters of a Chinese numeral (二十国集团, 十八大).
const chineseDigits = "零〇一二两三四五六七八九十百千万"

// orgEdges mends tagger ORG mentions whose first character continues a
// number, a term or an organization alias written before them, or whose
// last characters begin a model's number or a title written after them, or
// whose first character ends a word of the text before them (rules
// number-start, term-start, alias-start, word-start, verb-start, number-end,
// title-overrun).
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
		if start, rule := s.wordStart(d, m); start != m.Start {
			m.Start, m.Text, m.Entity = start, d.Slice(start, m.End), ""
			addRule(m, rule)
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
	first, _ := runes.DecodeFirst(m.Text)
	same := func(r rune) bool { return r >= '0' && r <= '9' }
	if !same(first) {
		same = func(r rune) bool { return strings.ContainsRune(chineseDigits, r) }
		if !same(first) {
			return m.Start
		}
	}
	start := m.Start
	for start > 0 {
		r, _ := runes.DecodeLast(d.Slice(start-1, start))
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
	a, b, ok := s.aliases.Spots.AroundRune(d.Text, d.Runes(), m.Start, d.ByteOffset(m.Start))
	if !ok {
		return m.Start
	}
	a, b = d.RuneOffset(a), d.RuneOffset(b)
	if a >= m.Start || b <= m.Start || b >= m.End || b-a < 3 || !d.wordStarts(a) || s.overlapsOther(d, a, m.End, m) {
		return m.Start
	}
	return a
}

// wordStart returns where ORG m starts when it begins with the last
// characters of a gse word that begins before it, and the rule that moves
// it. A noun, a set phrase or an institution's name is part of the name and
// taken in (rule word-start: 军队改|革领导小组 → 改革领导小组, 集成电|路制造有限
// 公司, 等离子|体物理研究所); when the mention is the word's tail, only an
// institution's name, an abbreviation or a set phrase is (中国东|盟, 执政党
// 人|民党), since a common noun is as often a modifier the name stands
// without (新|内阁, 98规范|王码). A verb, an adverb, a pronoun, a
// conjunction, a preposition or a word of org_openers.tsv is none of the
// name and left out (rule verb-start: 称|赞曙光公司 → 曙光公司, 其|中技师学院 →
// 技师学院, 在野|党民主党 → 民主党), except before a bare suffix, which names
// the body the verb does (访|华代表团 → 访华代表团). gse rather than the
// tagger is wrong when the mention begins with a place or an alias (从中|
// 国商飞, 是非|盟总部), a two-character word is a preposition or conjunction
// and the name's first character (从中|储粮集团, 欧洲杯和|丰田杯), or the
// word's head ends a name written before (民主统和党|国会). A word of a term is
// term-start's; words gse tags as directions (前海|盗号飞船), places, people
// of two characters (任红|4师) and a relative prefix (各省区|市人大常委会) are
// too loose to go by, but a person's name of three or more characters is
// gse's dictionary word and taken in (北部|湾国际港务集团, 纪|律检查委员会, both
// nr). A place is not: a country's long name joined by 和 is split again
// after (安提瓜和|巴布达联合进步党).
func (s *Stage) wordStart(d *doc, m *pipeline.Mention) (int, string) {
	j := d.tokenAt(m.Start)
	if j < 0 {
		return m.Start, ""
	}
	t := d.Tokens[j]
	if t.Start >= m.Start || t.End > m.End || strings.Contains(t.Text, "届") ||
		strings.ContainsRune(relativePrefixes, firstRune(m.Text)) || s.namedFrom(d, m) {
		return m.Start, ""
	}
	if t.End == m.End {
		// 中国东|盟, 执政党人|民党: the tagger's name is the word's tail.
		if !wholeNamePOS[t.Pos] || s.overlapsOther(d, t.Start, m.End, m) {
			return m.Start, ""
		}
		return t.Start, "word-start"
	}
	rest := d.Slice(t.End, m.End)
	_, _, opener := s.openers.Suffix(t.Text)
	switch {
	case (opener || openerPOS[t.Pos]) && !s.bareSuffix(rest):
		if t.Start+2 == t.End && strings.ContainsRune(placeOpeners, firstRune(t.Text)) {
			return m.Start, "" // 从中|储粮集团: the preposition and the name's first character
		}
		return t.End, "verb-start"
	case opener, t.Start+2 == t.End && strings.ContainsRune(conjunctions, firstRune(t.Text)),
		s.overlapsOther(d, t.Start, m.End, m), s.nameBefore(d, j, m.Start):
	case namePartPOS[t.Pos] || t.Pos == "v" && s.bareSuffix(rest) || longNamePOS[t.Pos] && t.End-t.Start >= longName:
		return t.Start, "word-start"
	}
	return m.Start, ""
}

// placeEdges mends tagger PLACE mentions that begin inside a gse word begun
// before them (rule place-word-start): a noun, a set phrase or a foreign
// name whose tail the tagger took as the place's first characters is part
// of the place and taken in (文图拉|县 of 文图拉县, 主席|府广场, 秋收起义|会师
// 纪念馆, 全罗北道|群山稷岛). Not when the mention begins with a place or an
// alias (在内|蒙古, 吴桥 of 老吴|桥), the word begins with a preposition or
// conjunction gse joined to it (位于塔尔|库什干机场) or with a division's
// suffix that ends the place before (某县|上安村, 乡长|秀村).
func (s *Stage) placeEdges(d *doc) {
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type != pipeline.Place || m.Stage == Name {
			continue
		}
		j := d.tokenAt(m.Start)
		if j < 0 {
			continue
		}
		t := d.Tokens[j]
		first := firstRune(t.Text)
		if t.Start >= m.Start || t.End >= m.End || !placePartPOS[t.Pos] || s.namedFrom(d, m) ||
			strings.ContainsRune(placeOpeners+"以", first) || strings.ContainsRune(divisionEnds, first) ||
			s.overlapsOther(d, t.Start, m.End, m) {
			continue
		}
		m.Start, m.Text, m.Entity = t.Start, d.Slice(t.Start, m.End), ""
		addRule(m, "place-word-start")
	}
}

// dropWordTails drops tagger PERSON mentions that begin inside a gse
// adverb or time word begun before them, where no title or noun for people
// ends (rule person-word-start: 黄河长|久安澜, 生于斯、长|于斯, 世纪中|叶建国):
// the tagger read the word's last character as a surname. A name of
// people_known.tsv stays.
func (s *Stage) dropWordTails(d *doc) {
	d.DeleteMentions(func(m *pipeline.Mention) bool {
		if m.Type != pipeline.Person || m.Stage == Name || s.known.Has(m.Text) {
			return false
		}
		j := d.tokenAt(m.Start)
		if j < 0 {
			return false
		}
		t := d.Tokens[j]
		return t.Start < m.Start && t.End < m.End && (t.Pos == "d" || t.Pos == "t") && !s.titleEndsAt(d, m.Start)
	})
}

// personWordEdges mends tagger PERSON mentions whose edge runs into a gse
// word of the text around them. A last character that begins a title gse
// reads running on past the mention is the title's (rule person-title-end:
// 李伟常|委 → 李伟). A first character that ends a two-character verb,
// preposition or conjunction begun before the mention is the word's, when
// no title or noun for people ends before it (rule person-verb-start:
// 感谢|斯方 → 斯方, 虽然|泽曼 → 泽曼; not 主任何|立峰, 主席加布|里尔, where gse
// rather than the tagger is wrong), or when the document names the rest
// alone (总统授权|伦齐 beside 伦齐). A last character at which gse begins a
// function word, verb, noun or adverb, after a person of people_known.tsv,
// is the clause's (rule person-tail: 莱希祝|伟大的, 特雷莎·梅呼|吁, 王毅应|询,
// 李强监|誓 → 莱希, 特雷莎·梅, 王毅, 李强; not 陈云霁/vg, 李希贵/a, 安倍昭/nrt
// of 安倍昭惠), and so is an adverb after a person another mention of the
// document names (鲁托互|致贺电, 杨琨正|协助). A last 时 gse reads alone before
// punctuation closes a clause of time (rule person-time-end: 会见鲁托|时， →
// 鲁托). A last verb of name_verbs.tsv after a surname and one character,
// followed by a post, a body or a place, is the clause's (rule
// person-verb-end: 冯平|任所长, 巴雷|赴中国驻索马里使馆; not 张天任|关于).
// What is left keeps two or more
// characters; a known person stays.
func (s *Stage) personWordEdges(d *doc) {
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type != pipeline.Person || m.Stage == Name || m.End-m.Start < 3 || s.known.Has(m.Text) {
			continue
		}
		switch {
		case s.titleFromEnd(d, m):
			m.End, m.Text, m.Entity = m.End-1, d.Slice(m.Start, m.End-1), ""
			addRule(m, "person-title-end")
		case s.tailAfterName(d, m):
			m.End, m.Text, m.Entity = m.End-1, d.Slice(m.Start, m.End-1), ""
			addRule(m, "person-tail")
		case timeClauseEnd(d, m):
			m.End, m.Text, m.Entity = m.End-1, d.Slice(m.Start, m.End-1), ""
			addRule(m, "person-time-end")
		case s.verbEndsName(d, m):
			m.End, m.Text, m.Entity = m.End-1, d.Slice(m.Start, m.End-1), ""
			addRule(m, "person-verb-end")
		case s.verbBefore(d, m):
			end := d.Tokens[d.tokenAt(m.Start)].End
			m.Start, m.Text, m.Entity = end, d.Slice(end, m.End), ""
			addRule(m, "person-verb-start")
		}
	}
}

// verbEndsName reports whether PERSON m is a surname, one character and a
// verb of name_verbs.tsv whose object follows: a post, a body or a place.
// Every mention of the same text in the document must be so followed, since
// a real name (张天任) is written before other words too.
func (s *Stage) verbEndsName(d *doc, m *pipeline.Mention) bool {
	if m.End-m.Start != 3 {
		return false
	}
	if _, ok := s.nameVerbs.Get(d.Slice(m.End-1, m.End)); !ok || !s.plausible(pipeline.Person, d.Slice(m.Start, m.End-1)) {
		return false
	}
	for k := range d.Mentions {
		if o := &d.Mentions[k]; o.Type == pipeline.Person && o.Text == m.Text && !s.objectAt(d, o.End) {
			return false
		}
	}
	return true
}

// objectAt reports whether an ORG or PLACE mention or a title of
// titles.tsv, maybe after 副, begins at code point off.
func (s *Stage) objectAt(d *doc, off int) bool {
	for k := range d.Mentions {
		if o := &d.Mentions[k]; o.Start == off && (o.Type == pipeline.Org || o.Type == pipeline.Place) {
			return true
		}
	}
	if d.Slice(off, min(off+1, d.CharCount())) == "副" {
		off++
	}
	_, ok := s.titles.Prefix(d.Slice(off, min(off+s.titles.MaxLen(), d.CharCount())))
	return ok
}

// titleFromEnd reports whether PERSON m's last character begins a gse word
// that runs on past m and a title of titles.tsv that spans that word.
func (s *Stage) titleFromEnd(d *doc, m *pipeline.Mention) bool {
	j := d.tokenAt(m.End - 1)
	if j < 0 || d.Tokens[j].Start != m.End-1 || d.Tokens[j].End <= m.End {
		return false
	}
	title, ok := s.titles.Prefix(d.Slice(m.End-1, min(m.End-1+titleReach, d.CharCount())))
	return ok && m.End-1+runes.Count(title) >= d.Tokens[j].End
}

// tailAfterName reports whether PERSON m is a name and one character more:
// a known person and a word of tailPOS gse begins at that character, or a
// known name of three or more characters whose last character gse joined to
// it (马杜罗致, gse 罗致), or a person another PERSON mention of the
// document is and an adverb, which begins the predicate (杨琨正|协助 beside
// 杨琨); other words after a name the document writes are as often its
// last character (张林顺, 竹田恒|和).
func (s *Stage) tailAfterName(d *doc, m *pipeline.Mention) bool {
	j := d.tokenAt(m.End - 1)
	if j < 0 {
		return false
	}
	t, name := d.Tokens[j], d.Slice(m.Start, m.End-1)
	if t.Start == m.End-2 && t.End == m.End && m.End-m.Start >= 4 && s.known.Has(name) {
		return true
	}
	if t.Start != m.End-1 {
		return false
	}
	if s.known.Has(name) {
		return tailPOS[t.Pos]
	}
	return t.Pos == "d" && namedElsewhere(d, name)
}

// tailPOS are gse's tags of the words person-tail leaves out of a known
// person's name: verbs, adverbs, prepositions, conjunctions, nouns (时,
// 原计划), time and direction words, counters, pronouns, auxiliaries,
// morphemes gse could not join (监|誓) and punctuation; not adjectives,
// verb morphemes or names (李希贵, 陈云霁, 安倍昭|惠), whose character
// may end a longer name.
var tailPOS = map[string]bool{"v": true, "d": true, "p": true, "c": true, "n": true, "t": true, "f": true,
	"q": true, "r": true, "zg": true, "x": true, "uj": true, "ud": true, "ul": true, "uz": true, "ug": true, "uv": true}

// verbBefore reports whether PERSON m begins with the last character of a
// two-character gse verb, preposition or conjunction begun before it, no
// title or noun for people ending before either character or another
// PERSON mention naming the rest, and leaves two or more characters.
func (s *Stage) verbBefore(d *doc, m *pipeline.Mention) bool {
	j := d.tokenAt(m.Start)
	if j < 0 {
		return false
	}
	t := d.Tokens[j]
	if t.Start+2 != t.End || t.End != m.Start+1 || m.End-t.End < 2 || !verbStartPOS[t.Pos] {
		return false
	}
	return !s.titleEndsAt(d, t.Start) && !s.titleEndsAt(d, m.Start) || namedElsewhere(d, d.Slice(t.End, m.End))
}

// ownedTitles mends a tagger PERSON mention right after a title that
// follows a person of people_known.tsv with no title before: the title is the person's, written after
// the name (习近平主席), and names no one after it. A verb, preposition or
// conjunction gse reads alone at the mention's start begins the clause and
// is left out (rule person-title-owner: 习近平主席应|普京总统邀请 → 普京,
// 总书记和|本扬 → 本扬); any other such mention is a word the tagger took
// for a name and is dropped (习近平主席英明指引下, 主席洞观天下, 总书记贺信并),
// but for a place of the gazetteers (习近平总书记兰考讲话).
// 记者李莉通讯员刘清华 keeps 刘清华: 记者 names 李莉.
func (s *Stage) ownedTitles(d *doc) {
	changed := false
	d.DeleteMentions(func(m *pipeline.Mention) bool {
		if m.Type != pipeline.Person || m.Stage == Name || s.known.Has(m.Text) || s.gazetteerPlace(m.Text) || !s.ownedTitleEndsAt(d, m.Start) {
			return false
		}
		if t := d.Tokens[d.tokenAt(m.Start)]; t.Start == m.Start && t.End == m.Start+1 && verbStartPOS[t.Pos] && m.End-m.Start >= 3 {
			m.Start, m.Text, m.Entity = m.Start+1, d.Slice(m.Start+1, m.End), ""
			addRule(m, "person-title-owner")
			changed = true
			return false
		}
		return true
	})
	if changed {
		pipeline.SortMentions(d.Mentions)
	}
}

// ownedTitleEndsAt reports whether a title of titles.tsv ends at code point
// off right after a PERSON mention with no title before it, of a name
// people_known.tsv lists: a tagger's name there (丽人丽妆董事长) is as often
// an organization's.
func (s *Stage) ownedTitleEndsAt(d *doc, off int) bool {
	// Most characters before a name end no title, which spares the
	// lookups of the texts ending with them.
	if d.tokenAt(off) < 0 || off == 0 || !s.titles.Ends(d.Runes()[off-1]) {
		return false
	}
	for k := 1; k <= s.titles.MaxLen() && k <= off; k++ {
		if !s.isTitle(d.Slice(off-k, off)) {
			continue
		}
		for i := range d.Mentions {
			o := &d.Mentions[i]
			if o.Type != pipeline.Person || o.End != off-k || s.titleEndsAt(d, o.Start) {
				continue
			}
			if s.known.Has(o.Text) {
				return true
			}
		}
	}
	return false
}

// runEndPOS are gse's tags of a character person-run-end adds to a name:
// names, nouns, their morphemes and characters gse knows no word for (苗/n
// of 高市早苗, 佩/zg of 范龙佩).
var runEndPOS = map[string]bool{"nr": true, "nrt": true, "nrfg": true, "n": true, "ng": true, "zg": true, "g": true, "x": true}

// personRunEnds extends a tagger PERSON mention by the one character after
// it that gse reads as a word of its own, a name's or a noun's, when
// punctuation, a space or a line's end follows that character: nothing of
// the clause stands between, so the name runs on to it (候选人高市早|苗。,
// 欧盟理事会主席 范龙|佩⏎, 越南总理 阮晋|勇⏎). Not a known person's name, a
// character of edgeNotLast or of name_heads.tsv (村民李盟|家，), a name in
// quotes, nor where the document writes the name without the character
// elsewhere (rule person-run-end).
func (s *Stage) personRunEnds(d *doc) {
	n := d.CharCount()
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type != pipeline.Person || m.Stage == Name || m.End-m.Start < 2 || m.End+1 >= n || s.known.Has(m.Text) {
			continue
		}
		j := d.tokenAt(m.End)
		if j < 0 || d.Tokens[j].Start != m.End || d.Tokens[j].End != m.End+1 || !runEndPOS[d.Tokens[j].Pos] ||
			d.insideToken(m.End-1) && d.Tokens[d.tokenAt(m.End-1)].End != m.End {
			continue
		}
		c := firstRune(d.Tokens[j].Text)
		next := firstRune(d.Slice(m.End+1, m.End+2))
		ext := d.Slice(m.Start, m.End+1)
		if s.known.Has(ext) || s.gazetteerPlace(ext) || c == clauseTime {
			continue // the dictionaries' rules name it; 时 closes a clause (person-time-end)
		}
		if _, head := s.nameHeads.Get(string(c)); head || !unicode.Is(unicode.Han, c) || strings.ContainsRune(edgeNotLast, c) ||
			nameOver(d, m.End, m.End+1) || !(unicode.IsPunct(next) || unicode.IsSpace(next)) || quoted(d, m.Start, m.End+1) {
			continue
		}
		if s.writtenApart(d, m, func(o *pipeline.Mention) bool { return d.Slice(o.End, min(o.End+1, n)) != string(c) }) {
			continue
		}
		m.End++
		m.Text, m.Entity = d.Slice(m.Start, m.End), ""
		addRule(m, "person-run-end")
	}
}

// quoted reports whether the text from start to end stands between an
// opening and a closing quotation mark or title mark: a name in quotes is
// as often a thing's (“金鹿奖”, “艾普斯龙”火箭).
func quoted(d *doc, start, end int) bool {
	if start == 0 || end >= d.CharCount() {
		return false
	}
	return strings.ContainsRune("“‘「『《〈\"'", firstRune(d.Slice(start-1, start))) &&
		strings.ContainsRune("”’」』》〉\"'", firstRune(d.Slice(end, end+1)))
}

// clauseTime is the noun 时 that closes a clause of time (会见鲁托时，…).
const clauseTime = '时'

// timeClauseEnd reports whether PERSON m ends with 时 that gse reads as a
// word of its own right before punctuation: the clause 会见…时， closes
// after the name (鲁托|时，, 张柯|时，), where a name ending in 时 is one gse
// word (任弼时) or stands before more of its clause (李适时受…).
func timeClauseEnd(d *doc, m *pipeline.Mention) bool {
	j := d.tokenAt(m.End - 1)
	if j < 0 || lastRune(m.Text) != clauseTime || d.Tokens[j].Start != m.End-1 || d.Tokens[j].End != m.End || m.End >= d.CharCount() {
		return false
	}
	next := firstRune(d.Slice(m.End, m.End+1))
	return unicode.IsPunct(next)
}

// namedElsewhere reports whether a PERSON mention of the document is name.
func namedElsewhere(d *doc, name string) bool {
	for k := range d.Mentions {
		if o := &d.Mentions[k]; o.Type == pipeline.Person && o.Text == name {
			return true
		}
	}
	return false
}

// verbStartPOS are gse's tags of the words person-verb-start leaves out of a
// name: verbs, prepositions and conjunctions (adverbs and time words are
// person-word-start's, which drops the mention).
var verbStartPOS = map[string]bool{"v": true, "p": true, "c": true}

// placePartPOS are gse's tags of the words place-word-start takes into a
// place: nouns, set phrases, idioms, names of people (a foreign place's
// name gse reads as one: 代尔|祖尔省) and of institutions.
var placePartPOS = map[string]bool{"n": true, "nz": true, "nt": true, "l": true, "i": true, "nr": true, "nrt": true, "vn": true, "j": true}

// divisionEnds are the suffixes of Chinese divisions, which end the place
// before a word they begin.
const divisionEnds = "省市县区乡镇村"

// nameBefore reports whether the text from the start of token j, or of one
// of the two tokens before it, up to off is an organization's name of three
// or more characters: the word's head ends a name written before the
// mention (民主统和党|国会, gse 统和/党国/会议员), which is none of its part.
func (s *Stage) nameBefore(d *doc, j, off int) bool {
	for k := j; k >= 0 && k >= j-2; k-- {
		if off-d.Tokens[k].Start >= 3 && s.orgName(d.Slice(d.Tokens[k].Start, off)) {
			return true
		}
	}
	return false
}

// bareSuffix reports whether text is an institution suffix of
// org_suffixes.tsv and no more (有限公司, 代表团): no name alone.
func (s *Stage) bareSuffix(text string) bool {
	suffix, _, ok := s.suffixes.Match("的" + text) // Match wants characters before the suffix
	return ok && suffix == text
}

// openerPOS are gse's tags of the words verb-start leaves out of a name:
// verbs, adverbs, pronouns, conjunctions, prepositions and idioms.
var openerPOS = map[string]bool{"v": true, "d": true, "ad": true, "r": true, "c": true, "p": true, "i": true}

// namePartPOS are gse's tags of the words word-start takes into a name:
// nouns, verbal nouns, set phrases, abbreviations, distinguishing words and
// names of institutions (gse's ns, nr and f are as often places, people or
// directions written before the name).
var namePartPOS = map[string]bool{"n": true, "nz": true, "nt": true, "vn": true, "l": true, "j": true, "b": true}

// dropCrossedAliases drops a tagger ORG mention of an alias of
// org_aliases.tsv that begins inside one gse word and ends inside another
// (rule alias-crossed: 长江以|北大|部地区, gse 以北/大部地区): the alias's
// characters belong to two words around it, where an alias the text names
// ends where a word does (以东|盟为中心 keeps 东盟).
func (s *Stage) dropCrossedAliases(d *doc) {
	d.DeleteMentions(func(m *pipeline.Mention) bool {
		if m.Type != pipeline.Org || m.Stage == Name || !s.isOrgAlias(m.Text) {
			return false
		}
		a, b := d.tokenAt(m.Start), d.tokenAt(m.End-1)
		return a >= 0 && b > a && d.Tokens[a].Start < m.Start && d.Tokens[b].End > m.End
	})
}

// longNamePOS are gse's tags of people's names, whose words of longName or
// more characters word-start takes in: gse's dictionary holds such a word
// whole and tags many a term so (北部|湾国际港务集团, 各级纪|律检查委员会, gse's
// 北部湾/nr, 纪律检查/nr), where a shorter one is as often its guess (任红|4师).
var longNamePOS = map[string]bool{"nr": true}

const longName = 3

// wholeNamePOS are gse's tags of a word word-start takes in when the
// tagger's name is its tail: names of institutions, abbreviations and set
// phrases (中国东|盟, 经|贸混委会). A common noun is as often a modifier the
// name stands without (98规范|王码, 新|内阁).
var wholeNamePOS = map[string]bool{"nt": true, "j": true, "l": true}

// conjunctions join names: gse joins one to the first character of the name
// after it (欧洲杯和丰|田杯).
const conjunctions = "和与及"

// relativePrefixes begin a department's name relative to the place written
// before it (省市|纪委监委): such a name needs no more of the text.
const relativePrefixes = "省市区县"

// namedFrom reports whether ORG m begins with a place of the gazetteers or
// with an organization alias of two or more characters that ends where a gse
// word does (中国商飞, 非盟总部; not 中行 of 中|行业协会).
func (s *Stage) namedFrom(d *doc, m *pipeline.Mention) bool {
	text := m.Text
	for i, n := 0, 0; i < len(text) && n < 10; n++ {
		_, size := runes.DecodeFirst(text[i:])
		i += size
		if n == 0 {
			continue
		}
		if s.gazetteerPlace(text[:i]) {
			return true
		}
		if _, ok := s.aliases.Canonical(text[:i]); ok && (i == len(text) || d.wordStarts(m.Start+n+1)) {
			return true
		}
	}
	return false
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
			if first, _ := runes.DecodeFirst(b.Text); first != '第' && !strings.ContainsRune(chineseDigits, first) {
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

func firstRune(s string) rune {
	r, _ := runes.DecodeFirst(s)
	return r
}
