// Package overlap settles the names (PERSON, PLACE, ORG) that share
// characters with a date, duration, amount of money, quantity or percentage.
//
// The dates, money and quantity stages do not look at names, and the tagger
// does not look at numbers, so a name and a number sometimes claim the same
// characters: 日本周二 gives PLACE 日本 and DATE 本周二, 8月7日澳通社 DATE 8月7日
// and ORG 日澳通社, 北约75年 ORG 北约 and DURATION 约75年. For every such pair,
// crossing or one inside the other, one reading keeps the characters and the
// other loses them: a name is cut back to the other's edge when what is left is
// still a name (else it goes), a number is read again from what is left of it
// (约75年 → 75年, exact; 本周二 → 周二) and goes when nothing is left to read.
// A mention changed or cut keeps its ID and appends the rule's name to its Rule
// (calendar|overlap-known).
//
// The rules, tried in this order for each pair, first match deciding:
//
//   - overlap-numeral (first): a number that runs into a name with the unit
//     of its numeral keeps it, even from a known name (自7日|本轮冲突: not
//     日本).
//   - overlap-title: a number inside a book title that the name holds or
//     lies in is part of the title (《星期日泰晤士报》, 《新春五洲行》): the
//     number goes.
//   - overlap-currency: a name inside an amount of money is part of the
//     currency's name (45叙利亚镑, 600亿沙特里亚尔): the name goes.
//   - overlap-holiday: a name inside the name of a holiday or commemorative
//     day that a date reads (中国|农民丰收节, 南京|大屠杀死难者国家公祭日), or
//     inside the name of a time zone that a date holds after a bound word
//     (截至|北京|时间今天上午8时), is part of the day's or the zone's name:
//     the name goes.
//   - overlap-known: a name of two or more characters that a dictionary
//     knows (the entities stage's gazetteer, alias and known-name rules,
//     people_known.tsv, org_aliases.tsv) or that the document writes
//     elsewhere, clear of any number, keeps its characters (北约|75年,
//     安倍晋三|对, 三门峡 of 三门); a name that is such a name once cut to
//     the number's edge is cut (孙杨一人 → 孙杨 beside 孙杨 elsewhere).
//   - overlap-name-word: a number that cuts into a gse word tagged a name
//     (nr, ns, nt, nz) lying within the name loses (二月河, 陆家嘴,
//     南昌八一起义纪念馆) — unless that word begins with the unit right
//     after the number's numeral (200张|一元, 3月1日|美军), which gse read
//     wrongly.
//   - overlap-numeral: where the two cross, a numeral keeps the character
//     after it — its unit or the rest of the number — so the name loses
//     the shared part (8月7日|澳通社, 今年7月|参议院, 21支|红十字救援队,
//     孙杨一|人 → 孙杨).
//   - overlap-word: of two mentions of which one starts or ends inside a gse
//     word and the other on word boundaries, the other wins (日本周边: 本周
//     starts inside 日本; 登上月球: 上月 ends inside 月球; 一场多国海军:
//     一场多 ends inside 多国). Words gse tags numerals (一对, 二队) are no
//     evidence: they glue a number to its counter, which mentions re-cut.
//     A number that cuts into an idiom loses to a name anywhere (the
//     quantity stage itself reads no count inside a word: 一中一台).
//   - overlap-inside: a name inside a date or number expression goes (PLACE
//     日 of 近日, PERSON 凌晨 of 8号凌晨); a number inside a name, away from
//     both its ends, is part of it (芬兰议会未来委员会) and goes — unless it
//     is written in digits, which names seldom hold (海南32艘渔船组队): the
//     name goes.
//   - overlap-split: a count or a day inside an ORG or PLACE that opens
//     with a place the document writes elsewhere parts it (美国|两名|民主党,
//     香港|今天|学校): the place becomes a PLACE read as elsewhere, the
//     number stays, and the name keeps what follows when that is an
//     institution's name (民主党), else goes (学校).
//   - overlap-list: a date at an edge of a name written in a list (after or
//     before 、, after 与, 和, 及) is part of it (和平与未来研究基金会,
//     李周五、董正浩): the date goes; so is what a listed name crosses
//     (林俊德和张超两位同志: 超两位 → 两位).
//   - overlap-era: a century at the start of a name names it (21世纪理事会):
//     the date goes.
//   - overlap-given-name: a date ending a PERSON whose rest is a bare
//     surname, not right after a numeral (百余项新春: 项 counts), is the
//     given name (邓清明, 李周五): the date goes.
//   - overlap-adverbial: any other date at the start or end of a name is a
//     time adverbial before or after it (今天环境保护部 → 环境保护部, 7月国会参议院
//     → 国会参议院, 吕超同月 → 吕超): the name is cut.
//   - overlap-unit-name: a count in Chinese numerals ending a name, followed
//     by a title (队长, 所长, 副队长) or by no noun it could count, names a unit
//     of the body (执勤二队, 环卫十所, 总队十三支队), or is the name (三台 of
//     法国电视二台、三台, 八一队的): the count goes.
//   - overlap-place-name: a count in Chinese numerals, not with 个, at the
//     start of a PLACE ending in a place suffix is part of the name (三口镇,
//     五棵树村; not 三个村): the count goes.
//   - overlap-counted: any other count at an edge of a name counts what the
//     name describes (488所医院, 北京市63处, 天津大学三所高校 → 天津大学): the
//     name is cut, and goes unless what is left is a name; a name that is
//     nothing but a count in digits goes (24部作品).
//   - overlap-tagger: of two that cross with no other evidence, the number,
//     read by pattern, wins over the tagger's span (射高约为47公里: PERSON 高约
//     goes).
//
// A name cut keeps its entity when the document writes what is left as a
// mention of its type (taking that mention's entity, codes and country); else
// an ORG must be an alias or end in an institution suffix, a PERSON be known
// or a surname and one to three characters, and a PLACE must be written
// elsewhere in the document; a name of one character left goes.
package overlap

import (
	"slices"
	"strings"
	"sync"

	"github.com/zhfacts/zhfacts/dictionaries"
	"github.com/zhfacts/zhfacts/internal/runes"
	"github.com/zhfacts/zhfacts/pipeline"
)

// Name is the stage's name.
const Name = "overlap"

// Reader reads a number mention again from part of its text: the dates, money
// and quantity stages implement it.
type Reader interface {
	// Within returns the longest mention the stage reads in
	// d.Text[start:end] taken on its own.
	Within(d *pipeline.Doc, start, end int) (pipeline.Mention, bool)
}

// DateReader is the dates stage: it rereads a date, and reads the name of a
// time zone as its scanner does.
type DateReader interface {
	Reader
	// ZoneEnd returns the end of the name of a time zone that starts at
	// code point i of d.Text, or i when none starts there.
	ZoneEnd(d *pipeline.Doc, i int) int
}

// Readers are the stages that read what is left of a number mention.
type Readers struct {
	Dates           DateReader
	Money, Quantity Reader
}

// Stage implements pipeline.Stage. It is safe for concurrent use.
type Stage struct {
	read      Readers
	aliases   *dictionaries.OrgAliases
	suffixes  *dictionaries.OrgSuffixes
	known     *dictionaries.KnownPeople
	surnames  *dictionaries.Surnames
	titles    *dictionaries.Titles
	places    *dictionaries.PlaceSuffixes
	countries *dictionaries.Countries
	divs      *dictionaries.Divisions
	// holidays are the names of holidays.tsv longer than the shortest
	// name (minNameLength): those a name can lie inside with room left.
	holidays []string
}

// New returns the stage; r rereads numbers that lose characters.
func New(r Readers) (*Stage, error) {
	s := &Stage{read: r}
	var err error
	if s.aliases, err = dictionaries.LoadOrgAliases(); err != nil {
		return nil, err
	}
	if s.suffixes, err = dictionaries.LoadOrgSuffixes(); err != nil {
		return nil, err
	}
	if s.known, err = dictionaries.LoadKnownPeople(); err != nil {
		return nil, err
	}
	if s.surnames, err = dictionaries.LoadSurnames(); err != nil {
		return nil, err
	}
	if s.titles, err = dictionaries.LoadTitles(); err != nil {
		return nil, err
	}
	if s.places, err = dictionaries.LoadPlaceSuffixes(); err != nil {
		return nil, err
	}
	if s.countries, err = dictionaries.LoadCountries(); err != nil {
		return nil, err
	}
	if s.divs, err = dictionaries.LoadDivisions(); err != nil {
		return nil, err
	}
	hs, err := dictionaries.LoadHolidays()
	if err != nil {
		return nil, err
	}
	for _, h := range hs {
		if runes.Count(h.Name) > minNameLength {
			s.holidays = append(s.holidays, h.Name)
		}
	}
	return s, nil
}

// Name returns "overlap".
func (*Stage) Name() string { return Name }

// The rules' names, as they are appended to a changed mention's Rule.
const (
	ruleTitle      = "overlap-title"
	ruleCurrency   = "overlap-currency"
	ruleHoliday    = "overlap-holiday"
	ruleKnown      = "overlap-known"
	ruleNameWord   = "overlap-name-word"
	ruleNumeral    = "overlap-numeral"
	ruleWord       = "overlap-word"
	ruleInside     = "overlap-inside"
	ruleSplit      = "overlap-split"
	rulePlaceName  = "overlap-place-name"
	ruleGivenName  = "overlap-given-name"
	ruleList       = "overlap-list"
	ruleEra        = "overlap-era"
	ruleAdverbial  = "overlap-adverbial"
	ruleUnitName   = "overlap-unit-name"
	ruleCounted    = "overlap-counted"
	ruleTagger     = "overlap-tagger"
	minNameLength  = 2 // characters of a name that is known or left after a cut
	maxPersonChars = 4 // a surname and up to three characters
)

// work holds one document's mention indexes; pooled, so a document without
// overlaps costs two passes over its mentions and no allocation.
type work struct {
	names, nums []int32            // indexes into d.Mentions, by start
	dropped     []int              // IDs
	added       []pipeline.Mention // added after the sweep, which holds pointers into d.Mentions
}

var pool = sync.Pool{New: func() any { return new(work) }}

func isName(t string) bool {
	return t == pipeline.Person || t == pipeline.Place || t == pipeline.Org
}

func isNumber(t string) bool {
	switch t {
	case pipeline.Date, pipeline.Duration, pipeline.Money, pipeline.Quantity, pipeline.Percent:
		return true
	}
	return false
}

// index gathers the indexes of d's name and number mentions.
func (w *work) index(d *pipeline.Doc) {
	for i := range d.Mentions {
		switch t := d.Mentions[i].Type; {
		case isName(t):
			w.names = append(w.names, int32(i))
		case isNumber(t):
			w.nums = append(w.nums, int32(i))
		}
	}
}

// Process settles every pair of a name and a number mention that overlap.
func (s *Stage) Process(d *pipeline.Doc) error {
	w := pool.Get().(*work)
	defer pool.Put(w)
	w.names, w.nums, w.dropped, w.added = w.names[:0], w.nums[:0], w.dropped[:0], w.added[:0]
	w.index(d)
	if len(w.names) == 0 || len(w.nums) == 0 {
		return nil
	}
	byStart := func(a, b int32) int { return d.Mentions[a].Start - d.Mentions[b].Start }
	slices.SortFunc(w.names, byStart)
	slices.SortFunc(w.nums, byStart)
	// Number mentions do not overlap one another (each stage skips what the
	// ones before it claimed), so their ends rise with their starts and one
	// pointer walks them for names in order of start.
	j := 0
	for _, ei := range w.names {
		e := &d.Mentions[ei]
		for j < len(w.nums) && d.Mentions[w.nums[j]].End <= e.Start {
			j++
		}
		for k := j; k < len(w.nums) && e.Start < e.End; k++ {
			n := &d.Mentions[w.nums[k]]
			if n.Start >= e.End {
				break
			}
			if n.Start < n.End && n.Start < e.End && e.Start < n.End {
				s.settle(d, w, e, n)
			}
		}
	}
	if len(w.dropped) > 0 {
		d.DeleteMentions(func(m *pipeline.Mention) bool { return slices.Contains(w.dropped, m.ID) })
	}
	for _, m := range w.added {
		d.AddMention(m)
	}
	return nil
}

// drop marks m for deletion; its span is emptied so that no later pair
// reads it.
func (w *work) drop(m *pipeline.Mention) {
	w.dropped = append(w.dropped, m.ID)
	m.End = m.Start
}

// settle decides which of name e and number n keeps the characters they
// share and cuts or drops the other.
func (s *Stage) settle(d *pipeline.Doc, w *work, e, n *pipeline.Mention) {
	rule, nameWins := s.decide(d, w, e, n)
	if nameWins {
		s.cutNumber(d, w, e, n, rule)
	} else {
		s.cutName(d, w, e, n, rule)
	}
}

// inHoliday reports whether name e lies inside a holiday's name that date n
// holds. Dates and names overlap seldom, so the names are searched in turn.
func (s *Stage) inHoliday(e, n *pipeline.Mention) bool {
	if n.Type != pipeline.Date {
		return false
	}
	for _, h := range s.holidays {
		if k := strings.Index(n.Text, h); k >= 0 {
			start := n.Start + runes.Count(n.Text[:k])
			if start <= e.Start && e.End <= start+runes.Count(h) {
				return true
			}
		}
	}
	return false
}

// inZone reports whether name e lies inside the name of a time zone that
// date n holds after a bound word: a zone of date_words.tsv
// (截至|北京|时间今天上午8时) or a place right before 当地时间
// (自|叙利亚|当地时间3日), read by the dates stage (DateReader.ZoneEnd).
func (s *Stage) inZone(d *pipeline.Doc, e, n *pipeline.Mention) bool {
	if n.Type != pipeline.Date || e.Start <= n.Start || s.read.Dates == nil {
		return false
	}
	end := s.read.Dates.ZoneEnd(d, e.Start)
	return e.End <= end && end <= n.End
}

// decide returns the rule that decides the pair and whether the name keeps
// the shared characters.
func (s *Stage) decide(d *pipeline.Doc, w *work, e, n *pipeline.Mention) (string, bool) {
	same := n.Start == e.Start && n.End == e.End // decided as a number at the name's edge
	nameInside := n.Start <= e.Start && e.End <= n.End && !same
	numInside := e.Start < n.Start && n.End < e.End
	switch {
	case inOneTitle(d, e, n):
		return ruleTitle, true
	case n.Type == pipeline.Money && nameInside:
		return ruleCurrency, false
	case n.Start < e.Start && e.Start < n.End && n.End < e.End && numeral(runeAt(d, e.Start-1)) && tokenAcross(d, n.Start) == nil:
		// 自7日|本轮冲突: a known name takes no numeral's unit (but the
		// numeral of 之一|张太雷 is a word's)
		return ruleNumeral, false
	case nameInside && (s.inHoliday(e, n) || s.inZone(d, e, n)):
		return ruleHoliday, false
	case runes.Count(e.Text) >= minNameLength && s.knownWhole(d, w, e):
		return ruleKnown, true
	}
	if from, to, ok := remainder(e, n); ok && to-from >= minNameLength && s.knownAs(d, w, e, d.Slice(from, to)) != nil {
		return ruleKnown, false
	}
	if s.nameWord(d, e, n) {
		return ruleNameWord, true
	}
	if cutsIdiom(d, n) {
		return ruleWord, true // 一中一台: no count of 台
	}
	if nameInside {
		return ruleInside, false
	}
	crossing := !numInside && n.Start != e.Start && n.End != e.End
	if crossing && numeralCut(d, e, n) {
		return ruleNumeral, false
	}
	// Where the number lies at an edge of the name, the name's other edge
	// says nothing of the characters they share (出入境|边防检查站执勤二队).
	edge := !crossing && !numInside
	switch eCuts, nCuts := cutsWord(d, e, n, nil, edge), cutsWord(d, n, e, n, edge); {
	case nCuts && !eCuts:
		return ruleWord, true
	case eCuts && !nCuts:
		return ruleWord, false
	}
	// A count on word boundaries or a day the stage dated (not the vague 未来
	// of 日本未来党, not 十家 of 十家子村) inside a name opening with a place:
	// 美国|两名|民主党, 香港|今天|学校.
	if numInside && (n.Type == pipeline.Quantity && tokenAcross(d, n.Start) == nil && tokenAcross(d, n.End) == nil && wordAt(d, n.End) ||
		n.Type == pipeline.Date && n.DateStart != nil) && s.headPlace(d, w, e, n) != nil {
		return ruleSplit, false
	}
	switch {
	case numInside:
		return ruleInside, !hasDigit(n.Text)
	case crossing && listed(d, e):
		return ruleList, true // 林俊德和张超两位同志
	case crossing:
		return ruleTagger, false
	}
	// The number stands at the start or the end of the name.
	date := n.Type == pipeline.Date || n.Type == pipeline.Duration
	switch {
	case date && listed(d, e):
		return ruleList, true
	case date && n.Start == e.Start && strings.HasPrefix(n.Rule, "era"):
		return ruleEra, true
	case date && e.Type == pipeline.Person && n.End == e.End && s.bareSurname(d.Slice(e.Start, n.Start)) && !numeral(runeAt(d, e.Start-1)):
		return ruleGivenName, true
	case date:
		return ruleAdverbial, false
	case n.Start == e.Start && e.Type == pipeline.Place && s.placeName(d, e, n):
		return rulePlaceName, true
	case n.End == e.End && n.Type == pipeline.Quantity && !hasDigit(n.Text) && s.unitName(d, n):
		return ruleUnitName, true
	}
	return ruleCounted, false
}

// remainder returns what is left of name e once the characters it shares with
// number n are cut, when that is one piece at an edge of e.
func remainder(e, n *pipeline.Mention) (from, to int, ok bool) {
	switch {
	case n.Start <= e.Start && n.End < e.End:
		return n.End, e.End, true
	case e.Start < n.Start && e.End <= n.End:
		return e.Start, n.Start, true
	}
	return 0, 0, false
}

// knownMarks are the entities stage's rules that read a name from a
// dictionary whole.
var knownMarks = []string{
	"gazetteer-person", "gazetteer-org", "gazetteer-place", "known-person", "known-org", "known-place",
	"org-alias", "org-alias-term", "place-unique", "place-country", "place-foreign",
}

// knownWhole reports whether name e is one a dictionary or the rest of the
// document knows.
func (s *Stage) knownWhole(d *pipeline.Doc, w *work, e *pipeline.Mention) bool {
	for part := range strings.SplitSeq(e.Rule, "|") {
		if slices.Contains(knownMarks, part) {
			return true
		}
	}
	return s.knownAs(d, w, e, e.Text) != nil
}

// knownAs returns a mention standing for text as a name of e's type: another
// mention of the document written so, clear of every number mention, or e
// itself when a dictionary knows text; nil when neither does.
func (s *Stage) knownAs(d *pipeline.Doc, w *work, e *pipeline.Mention, text string) *pipeline.Mention {
	if e.Type == pipeline.Org && s.bareSuffix(text) {
		return nil // 委员会 alone names nothing, wherever it is written
	}
	for _, i := range w.names {
		m := &d.Mentions[i]
		if m.ID != e.ID && m.Type == e.Type && m.Start < m.End && m.Text == text && !w.touchesNumber(d, m) {
			return m
		}
	}
	switch e.Type {
	case pipeline.Person:
		if s.known.Has(text) {
			return e
		}
	case pipeline.Org:
		if _, ok := s.aliases.Canonical(text); ok {
			return e
		}
	}
	return nil
}

// touchesNumber reports whether m overlaps a number mention.
func (w *work) touchesNumber(d *pipeline.Doc, m *pipeline.Mention) bool {
	for _, i := range w.nums {
		if n := &d.Mentions[i]; n.Start < m.End && m.Start < n.End {
			return true
		}
	}
	return false
}

// nameTags are gse's tags of names.
var nameTags = []string{"nr", "nrt", "nrfg", "ns", "nt", "nz"}

// nameWord reports whether an end of number n lies inside a gse word tagged a
// name that lies within name e, and that word does not begin with a unit
// right after n's numeral.
func (s *Stage) nameWord(d *pipeline.Doc, e, n *pipeline.Mention) bool {
	for _, at := range [2]int{n.Start, n.End} {
		t := tokenAcross(d, at)
		if t == nil || !slices.Contains(nameTags, t.Pos) || t.Start < e.Start || t.End > e.End {
			continue
		}
		if t.Start > n.Start && numeral(runeAt(d, t.Start-1)) && tokenAcross(d, n.Start) == nil {
			continue // 200张一元: gse's 张一元 takes the counter of 200 (but 之一|张伯苓)
		}
		if numerals(d, max(t.Start, n.Start), min(t.End, n.End)) {
			continue // 中三|人: gse's 中三 takes the numeral of 三人
		}
		return true
	}
	return false
}

// numeralCut reports whether cutting number n back to the edge of name e,
// which it crosses, would part a numeral from what follows it: the
// character before the cut is a numeral.
func numeralCut(d *pipeline.Doc, e, n *pipeline.Mention) bool {
	if n.Start < e.Start {
		return numeral(runeAt(d, e.Start-1)) // 8月7|日澳通社
	}
	return numeral(runeAt(d, e.End-1)) // 孙杨一|人
}

// cutsWord reports whether m starts or ends — inside other, when inOther —
// inside a gse word that is no numeral and, when m is number mention n, does
// not begin right after a numeral of n (162家|电厂, where gse reads 家电).
func cutsWord(d *pipeline.Doc, m, other, n *pipeline.Mention, inOther bool) bool {
	for _, at := range [2]int{m.Start, m.End} {
		if inOther && (at <= other.Start || at >= other.End) {
			continue
		}
		t := tokenAcross(d, at)
		if t == nil || t.Pos == "m" || t.Pos == "mq" {
			continue
		}
		if n != nil && t.Start > n.Start && numeral(runeAt(d, t.Start-1)) {
			continue
		}
		return true
	}
	return false
}

// cutsIdiom reports whether m starts or ends inside a word gse tags an idiom
// (i, l), which holds no mention of its own.
func cutsIdiom(d *pipeline.Doc, m *pipeline.Mention) bool {
	for _, at := range [2]int{m.Start, m.End} {
		if t := tokenAcross(d, at); t != nil && (t.Pos == "i" || t.Pos == "l") {
			return true
		}
	}
	return false
}

// numerals reports whether the characters from from to to are all numerals.
func numerals(d *pipeline.Doc, from, to int) bool {
	for i := from; i < to; i++ {
		if !numeral(runeAt(d, i)) {
			return false
		}
	}
	return from < to
}

// placeName reports whether count n at the start of place e is part of its
// name: written in Chinese numerals with a counter other than 个, and e ends
// in a place suffix (三口镇, 五棵树村; not 三个村).
func (s *Stage) placeName(d *pipeline.Doc, e, n *pipeline.Mention) bool {
	if hasDigit(n.Text) || strings.HasSuffix(n.Text, "个") {
		return false
	}
	_, _, ok := s.places.Match(e.Text)
	return ok
}

// tokenAcross returns the token that covers the characters on both sides of
// offset at, or nil.
func tokenAcross(d *pipeline.Doc, at int) *pipeline.Token {
	toks := d.Tokens
	i, _ := slices.BinarySearchFunc(toks, at, func(t pipeline.Token, at int) int {
		if t.End <= at {
			return -1
		}
		if t.Start > at {
			return 1
		}
		return 0
	})
	if i < len(toks) && toks[i].Start < at && at < toks[i].End {
		return &toks[i]
	}
	return nil
}

// listed reports whether name e is an item of a list: 、 right before or
// after it, or 与, 和 or 及 right before it.
func listed(d *pipeline.Doc, e *pipeline.Mention) bool {
	switch runeAt(d, e.Start-1) {
	case '、', '与', '和', '及':
		return true
	}
	return runeAt(d, e.End) == '、'
}

// unitName reports whether the count n names a unit: a title follows it (队长,
// 所长, 副队长), or no noun it could count.
func (s *Stage) unitName(d *pipeline.Doc, n *pipeline.Mention) bool {
	after := d.Slice(n.End, min(n.End+s.titles.MaxLen()+1, d.CharCount()))
	if _, ok := s.titles.Prefix(strings.TrimPrefix(after, "副")); ok {
		return true
	}
	i, found := slices.BinarySearchFunc(d.Tokens, n.End, func(t pipeline.Token, at int) int { return t.Start - at })
	if !found {
		return false
	}
	p := d.Tokens[i].Pos
	return p == "" || p[0] != 'n' && p != "j"
}

// inOneTitle reports whether number n lies inside a book title 《…》 that name
// e holds or lies in.
func inOneTitle(d *pipeline.Doc, e, n *pipeline.Mention) bool {
	const reach = 40
	open := -1
	for i := n.Start - 1; i >= max(0, n.Start-reach); i-- {
		if r := runeAt(d, i); r == '《' {
			open = i
			break
		} else if r == '》' {
			return false
		}
	}
	if open < 0 {
		return false
	}
	for i := n.End; i < min(d.CharCount(), n.End+reach); i++ {
		if r := runeAt(d, i); r == '》' {
			return e.Start < i+1 && open < e.End
		} else if r == '《' {
			return false
		}
	}
	return false
}

// cutNumber cuts number n back to what lies outside name e and reads that
// again; n goes when nothing of its type is read there.
func (s *Stage) cutNumber(d *pipeline.Doc, w *work, e, n *pipeline.Mention, rule string) {
	var from, to int
	switch {
	case n.Start < e.Start:
		from, to = n.Start, e.Start
	case e.End < n.End:
		from, to = e.End, n.End
	default:
		w.drop(n)
		return
	}
	r := s.reader(n.Type)
	if r == nil {
		w.drop(n)
		return
	}
	m, ok := r.Within(d, from, to)
	if !ok || m.Type != n.Type {
		w.drop(n)
		return
	}
	m.ID, m.Stage, m.Sentence = n.ID, n.Stage, d.SentenceAt(m.Start)
	m.Rule += "|" + rule
	*n = m
}

func (s *Stage) reader(t string) Reader {
	switch t {
	case pipeline.Date, pipeline.Duration:
		return s.read.Dates
	case pipeline.Money:
		return s.read.Money
	}
	return s.read.Quantity
}

// cutName cuts name e back to what lies outside number n, when that is a
// name; else e goes.
func (s *Stage) cutName(d *pipeline.Doc, w *work, e, n *pipeline.Mention, rule string) {
	if rule == ruleSplit {
		s.split(d, w, e, n)
		return
	}
	from, to, ok := remainder(e, n)
	if !ok || to-from < minNameLength {
		w.drop(e)
		return
	}
	text := d.Slice(from, to)
	entity, norm := text, ""
	switch k := s.knownAs(d, w, e, text); {
	case k != nil && k != e:
		entity, norm = k.Entity, k.Normalized
		e.PlaceCode, e.Country = k.PlaceCode, k.Country
	case e.Type == pipeline.Org:
		if c, ok := s.aliases.Canonical(text); ok {
			entity, norm = c, c
		} else if !s.orgTail(text, from > e.Start) {
			w.drop(e)
			return
		}
	case e.Type == pipeline.Person:
		if !s.known.Has(text) {
			if _, ok := s.surnames.Of(text); !ok || to-from > maxPersonChars {
				w.drop(e)
				return
			}
		}
	default:
		w.drop(e)
		return
	}
	recut(d, e, from, to, entity, norm, rule)
}

// recut makes name e the span [from, to) with its new entity and normalized
// form, and records the rule that cut it.
func recut(d *pipeline.Doc, e *pipeline.Mention, from, to int, entity, norm, rule string) {
	e.Start, e.End, e.Text = from, to, d.Slice(from, to)
	e.Entity, e.Normalized = entity, norm
	e.Sentence = d.SentenceAt(from)
	e.Rule += "|" + rule
}

// headPlace returns the place name e holds before number n inside it (美国
// of 美国两名民主党), read as a PLACE mention the document writes clear of
// numbers reads it, else as a country or a division with one full name
// (香港, 北京市), else nil.
func (s *Stage) headPlace(d *pipeline.Doc, w *work, e, n *pipeline.Mention) *pipeline.Mention {
	if n.Start-e.Start < minNameLength {
		return nil
	}
	text := d.Slice(e.Start, n.Start)
	for _, i := range w.names {
		m := &d.Mentions[i]
		if m.Type == pipeline.Place && m.Text == text && m.ID != e.ID && m.Parent == nil && (m.Country != "" || m.PlaceCode != "") && !w.touchesNumber(d, m) {
			return m
		}
	}
	p := &pipeline.Mention{Type: pipeline.Place, Text: text}
	if c := s.countries.Lookup(text); c != nil && !c.Former {
		p.Country, p.Entity, p.Normalized = c.Code, c.Name, c.Name
		return p
	}
	if vs := s.divs.LookupFull(text); len(vs) == 1 {
		p.Country, p.PlaceCode = "CN", vs[0].Code
		p.Entity = s.divs.FullName(vs[0])
		p.Normalized = p.Entity
		return p
	}
	return nil
}

// split parts name e around number n inside it (overlap-split): the place
// it opens with becomes a PLACE read as the document reads it elsewhere,
// and e keeps what follows the number when that is an institution's name
// (民主党 of 美国两名民主党), else goes (学校 of 香港今天学校).
func (s *Stage) split(d *pipeline.Doc, w *work, e, n *pipeline.Mention) {
	p := s.headPlace(d, w, e, n)
	w.added = append(w.added, pipeline.Mention{
		Type: pipeline.Place, Start: e.Start, End: n.Start, Text: p.Text,
		Entity: p.Entity, Normalized: p.Normalized, PlaceCode: p.PlaceCode, Country: p.Country,
		Stage: Name, Rule: ruleSplit, Confidence: e.Confidence,
	})
	from, to := n.End, e.End
	text := d.Slice(from, to)
	entity, norm := text, ""
	switch c, alias := s.aliases.Canonical(text); {
	case e.Type == pipeline.Org && alias:
		entity, norm = c, c
	case e.Type == pipeline.Org && to-from >= minNameLength && !s.bareSuffix(text) && s.institution(d, from, to):
	default:
		w.drop(e)
		return
	}
	recut(d, e, from, to, entity, norm, ruleSplit)
}

// wordAt reports whether a gse word of two or more characters starts at
// at: after a count, a noun phrase (两名|民主党), not the rest of a place's
// name (十家|子|村).
func wordAt(d *pipeline.Doc, at int) bool {
	t := tokenAcross(d, at+1)
	return t != nil && t.Start == at
}

// institution reports whether [from, to) names an institution by itself:
// one gse word tagged a name of one (民主党/nt), or a name ending in an
// institution suffix of two or more characters (俱乐部); not 渔船|组队.
func (s *Stage) institution(d *pipeline.Doc, from, to int) bool {
	if t := tokenAcross(d, from+1); t != nil && t.Start == from && t.End == to && (t.Pos == "nt" || t.Pos == "nz" || t.Pos == "j") {
		return true
	}
	suffix, _, ok := s.suffixes.Match(d.Slice(from, to))
	return ok && runes.Count(suffix) >= 2
}

// orgTail reports whether text, left of an ORG once a number is cut off, still
// ends as an institution's name does. Cut at its start (tail true), the
// tagger's end stands: text must end in a suffix or in the last character
// of one (红十字救援队), and be more than a suffix (委员会 alone is no name).
// Cut at its end, the tagger's end was wrong: text must end in a suffix of
// two or more characters (淮安淮安区全部 ends in 部 of 全部).
func (s *Stage) orgTail(text string, tail bool) bool {
	suffix, _, ok := s.suffixes.Match(text)
	if !tail {
		return ok && runes.Count(suffix) >= 2
	}
	if ok {
		return true
	}
	return s.suffixes.EndsLikeOne(text) && !s.bareSuffix(text)
}

// bareSuffix reports whether text is an institution suffix and no more.
func (s *Stage) bareSuffix(text string) bool {
	suffix, _, ok := s.suffixes.Match("某" + text)
	return ok && suffix == text
}

// bareSurname reports whether text is a surname and nothing else.
func (s *Stage) bareSurname(text string) bool {
	_, ok := s.surnames.Of(text + "某")
	return ok && runes.Count(text) <= 2 && !strings.ContainsAny(text, "·・")
}

// runeAt returns the character at code point offset i, or 0 outside the text.
func runeAt(d *pipeline.Doc, i int) rune {
	if i < 0 || i >= d.CharCount() {
		return 0
	}
	r, _ := runes.DecodeFirst(d.Text[d.ByteOffset(i):])
	return r
}

// numeral reports whether r is a digit or a character of a Chinese numeral,
// or one that makes a numeral vague (余, 多, 几).
func numeral(r rune) bool {
	return r >= '0' && r <= '9' || strings.ContainsRune("〇零一二三四五六七八九十百千万亿两余多几", r)
}

func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }
