package entities

import (
	"iter"
	"math/bits"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/dictionaries"
	"github.com/zhfacts/zhfacts/internal/runes"
	"github.com/zhfacts/zhfacts/pipeline"
)

// doc is a document as the rules read it: the pipeline's Doc and, for each
// code point, the index of the gse token covering it, which the rules ask
// for a few hundred times a document (a binary search each was 2 % of the
// stage's instructions and up to 5 % of its time), and for each token its
// first character and classes, which most rules read of every token.
type doc struct {
	*pipeline.Doc
	tokenOf []int32      // code point → index of the token covering it, or -1
	first   []rune       // the first character of each token
	classes []tokenClass // the classes of each token
	scan    []uint64     // the classes nextOf finds of each token, a byte each
	pooled  *docBuffers  // the holder of the four, from docPool
	// writes caches whether the text contains a name: rules ask it of the
	// same few countries and divisions again and again, and each search
	// reads the whole text.
	writes map[string]bool
}

// written reports whether the text of d contains name.
func (d *doc) written(name string) bool {
	w, ok := d.writes[name]
	if !ok {
		if d.writes == nil {
			d.writes = map[string]bool{}
		}
		w = runes.Index(d.Text, name) >= 0
		d.writes[name] = w
	}
	return w
}

// docBuffers holds a finished document's per-code-point and per-token
// slices for the next one: the first characters alone, allocated for each
// document, were a fifth of the stage's allocation.
type docBuffers struct {
	tokenOf []int32
	first   []rune
	classes []tokenClass
	scan    []uint64
	flags   []bool             // see flags
	pending []pipeline.Mention // see pending
}

// docPool holds the buffers of finished documents for reuse.
var docPool = sync.Pool{New: func() any { return new(docBuffers) }}

// newDoc indexes the tokens of d. Tokens are in text order and do not
// overlap. Call release when done with the result.
func (s *Stage) newDoc(d *pipeline.Doc) doc {
	p := docPool.Get().(*docBuffers)
	var rs []rune
	if len(d.Tokens) > 0 {
		rs = d.Runes() // decoded once for every stage
	}
	s.indexTokens(p, d.Tokens, rs)
	return doc{Doc: d, tokenOf: p.tokenOf, first: p.first, classes: p.classes, scan: p.scan, pooled: p}
}

// flags returns n false flags from the pooled buffers, for a rule to mark
// code points in; the next call clears them, so one rule at a time may use
// them.
func (d *doc) flags(n int) []bool {
	p := d.pooled
	p.flags = slices.Grow(p.flags[:0], n)[:n]
	clear(p.flags)
	return p.flags
}

// pending returns an empty slice, from the pooled buffers, for a rule to
// collect the mentions it adds once it has read the document; addPending
// adds them and keeps the slice for the next rule, so one rule at a time
// may use it. Each rule growing a slice of its own allocated a mention's
// three hundred bytes and more for nearly every document.
func (d *doc) pending() []pipeline.Mention { return d.pooled.pending[:0] }

// addPending adds the mentions of add, a slice from pending, to d.
func (d *doc) addPending(add []pipeline.Mention) {
	for _, m := range add {
		d.AddMention(m)
	}
	d.pooled.pending = add[:0]
}

// release returns the buffers to the pool; d must not be used after.
func (d *doc) release() {
	docPool.Put(d.pooled)
	d.tokenOf, d.first, d.classes, d.scan, d.pooled = nil, nil, nil, nil, nil
}

// wordStarts reports whether a gse word starts at off, or the document has
// no words to tell.
func (d *doc) wordStarts(off int) bool {
	if len(d.Tokens) == 0 {
		return true
	}
	j := d.tokenAt(off)
	return j >= 0 && d.Tokens[j].Start == off
}

// tokenAt returns the index of the gse token that covers code point off, or
// -1.
func (d *doc) tokenAt(off int) int {
	if off < 0 || off >= len(d.tokenOf) {
		return -1
	}
	return int(d.tokenOf[off])
}

// plausible reports whether text, on its own, reads as a name of type typ:
// a person is a known surname and one or two more characters; a place is in
// a gazetteer or ends with a place suffix; an organization is an alias, a
// department of a division, or ends with an institution suffix.
func (s *Stage) plausible(typ, text string) bool {
	switch typ {
	case pipeline.Person:
		sn, ok := s.surnames.Of(text)
		n := runes.Count(text) - runes.Count(sn)
		return ok && n >= 1 && n <= 2
	case pipeline.Place:
		_, _, ok := s.placeSuffixes.Match(text)
		return ok || s.gazetteerPlace(text)
	case pipeline.Org:
		return s.orgName(text)
	}
	return false
}

// gazetteerPlace reports whether name is a country, a foreign place, or a
// Chinese division by any of its names.
func (s *Stage) gazetteerPlace(name string) bool { return s.readings[name].gazetteer }

// inGazetteer is gazetteerPlace from the gazetteers themselves, for the
// index read consults.
func (s *Stage) inGazetteer(name string) bool {
	return s.countries.Lookup(name) != nil || s.foreign.Lookup(name) != nil || len(s.divs.Lookup(name)) > 0
}

// orgName reports whether name is an organization by alias, by department of
// a division, or by suffix.
func (s *Stage) orgName(name string) bool {
	if _, ok := s.aliases.Canonical(name); ok {
		return true
	}
	if _, ok := s.deptName(name); ok {
		return true
	}
	_, _, ok := s.suffixes.Match(name)
	return ok
}

// stateBody reports whether name is a government body's suffix that names
// one body alone (国务院 of 中共中央 国务院).
func (s *Stage) stateBody(name string) bool {
	suffix, kind, ok := s.suffixes.Match("的" + name) // Match wants characters before the suffix
	return ok && suffix == name && kind == "government" && runes.Count(name) > 2
}

// repairBoundaries snaps the ends of tagger PERSON mentions to gse word
// boundaries where the tagger cut into a function word (张洁来 where gse has
// 张洁|来说 → 张洁), when the shrunk span is still surname + one or two
// characters. Cuts into content words are left alone: there gse is the one
// more often wrong (王宏|志X), and so is a cut into a place or organization.
func (s *Stage) repairBoundaries(d *doc) {
	if len(d.Tokens) == 0 {
		return
	}
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type != pipeline.Person || m.Stage == Name {
			continue
		}
		start, end := m.Start, m.End
		if j := d.tokenAt(end - 1); j >= 0 {
			if t := d.Tokens[j]; t.End > end && t.Start > start && functionPOS(t.Pos) {
				end = t.Start
			}
		}
		if j := d.tokenAt(start); j >= 0 {
			// A function word, or a title the name follows (外交部长官朴振: gse
			// reads 长官, the tagger 官朴振).
			if t := d.Tokens[j]; t.Start < start && t.End < end && (functionPOS(t.Pos) || s.isTitle(t.Text)) {
				start = t.End
			}
		}
		// A name does not end in an adverb or preposition that opens the
		// predicate after it, or begin with a conjunction, when gse reads them
		// as words of their own: 科林·高还声称 → 科林·高, 李希还强调 → 李希,
		// 和普京会谈 → 普京. Only characters names do not use there: gse
		// also tags the 特 of 阿博特 as an adverb.
		joined := strings.Contains(m.Text, "·")
		if j := d.tokenAt(end - 1); end == m.End && j >= 0 {
			if t := d.Tokens[j]; t.Start == end-1 && t.Start > start && (t.Pos == "d" || t.Pos == "p" || t.Pos == "c") &&
				strings.Contains(predicateOpeners, t.Text) && d.Slice(t.Start-1, t.Start) != "·" && (joined || !strings.Contains(givenEndings, t.Text)) {
				end = t.Start
			}
		}
		if j := d.tokenAt(end - 1); end == m.End && j >= 0 {
			// Nor in 称, said, gse's verb of its own: 朴振称韩日之间 → 朴振.
			if t := d.Tokens[j]; t.Start == end-1 && t.Start > start+1 && t.Pos == "v" && t.Text == "称" {
				end = t.Start
			}
		}
		if j := d.tokenAt(start); start == m.Start && j >= 0 {
			if t := d.Tokens[j]; t.Start == start && t.End == start+1 && t.End < end && (t.Pos == "c" || t.Pos == "p") && strings.Contains(nameOpeners, t.Text) {
				start = t.End
			}
		}
		if start == m.Start && end == m.End {
			if masked := s.maskedName(d, m); masked > end {
				m.End, m.Text, m.Entity = masked, d.Slice(start, masked), ""
				addRule(m, "person-masked")
			}
			continue
		}
		text := d.Slice(start, end)
		if !joined && !s.plausible(m.Type, text) && !s.known.Has(text) {
			continue
		}
		m.Start, m.End, m.Text, m.Entity = start, end, text, ""
		addRule(m, "boundary-repair")
	}
}

// maskedName returns where the name of a PERSON mention that is a bare
// surname ends when the text masks the given name with 某 or 某某, as
// court and police news write suspects (黄某某, 张某): the end of the 某s,
// else the mention's end.
func (s *Stage) maskedName(d *doc, m *pipeline.Mention) int {
	end := m.End
	if end >= d.CharCount() || d.Slice(end, end+1) != "某" {
		return end
	}
	if sn, ok := s.surnames.Of(m.Text + "某"); !ok || sn != m.Text {
		return end
	}
	for k := 0; k < 2 && end < d.CharCount() && d.Slice(end, end+1) == "某"; k++ {
		end++
	}
	return end
}

// trimRunOn cuts the last character off a tagger PERSON mention when the
// rest is a person the document or people_known.tsv names and gse reads
// that character as the start of the next word (李希|来到 tagged 李希来,
// 韩正|充分 tagged 韩正充, 陈希|宣布), and a conjunction it ends in when
// another titled person follows (尹力和市长殷勇).
func (s *Stage) trimRunOn(d *doc) {
	// A person's mentions and the characters after them: 丁世 tagged in
	// 与丁世均会面 names no 丁世 who stops there. A list, searched: a
	// document has a few dozen, where a map of sets of them cost more to
	// fill than all the searches.
	type personNext struct{ text, next string }
	var people []personNext
	for k := range d.Mentions {
		m := &d.Mentions[k]
		if m.Type == pipeline.Person {
			people = append(people, personNext{m.Text, d.Slice(m.End, min(m.End+1, d.CharCount()))})
		}
	}
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type != pipeline.Person || m.Stage == Name || m.End-m.Start < 3 || strings.Contains(m.Text, "·") || s.known.Has(m.Text) {
			continue
		}
		rest := d.Slice(m.Start, m.End-1)
		last := d.Slice(m.End-1, m.End)
		if strings.Contains("和与及同", last) && s.titledPersonAt(d, m.End) {
			// 尹力和市长殷勇: a conjunction before another titled person.
			m.End, m.Text, m.Entity = m.End-1, rest, ""
			addRule(m, "boundary-repair")
			continue
		}
		j := d.tokenAt(m.End - 1)
		if j < 0 || d.Tokens[j].Start != m.End-1 || d.Tokens[j].End <= m.End {
			continue
		}
		stops := slices.ContainsFunc(people, func(p personNext) bool { return p.text == rest && p.next != last })
		if !stops && !s.known.Has(rest) {
			continue
		}
		m.End, m.Text, m.Entity = m.End-1, rest, ""
		addRule(m, "boundary-repair")
	}
}

// titledPersonAt reports whether a title of titles.tsv starts at off and a
// PERSON mention right after it (市长殷勇).
func (s *Stage) titledPersonAt(d *doc, off int) bool {
	title, ok := s.titles.Prefix(d.Slice(off, min(off+titleReach, d.CharCount())))
	if !ok {
		return false
	}
	at := off + runes.Count(title)
	for k := range d.Mentions {
		m := &d.Mentions[k]
		if m.Type == pipeline.Person && m.Start == at {
			return true
		}
	}
	return false
}

// trimPersonOpener cuts a preposition that is no surname off the front of
// a tagger PERSON of three characters when the rest is surname and given
// name (给田华 → 田华): 向, 和 and 同 are surnames too and stay.
// orgOpener reports whether ORG mention m begins with a one-character gse
// word that begins no name, followed by a word boundary and at least three
// characters: the verb 率 (率中央代表团), the counter of an ordinal (第41次|
// 南极考察队) or 间 after the word it binds to (政府间|协调委员会). gse's tags
// of other single characters are too loose to go by (县, 村, 驻 begin names).
func (s *Stage) orgOpener(d *doc, m *pipeline.Mention) bool {
	i := d.tokenAt(m.Start)
	if i < 1 || i+1 >= len(d.Tokens) || d.Tokens[i].Start != m.Start || d.Tokens[i].End != m.Start+1 ||
		d.Tokens[i+1].Start != m.Start+1 || m.End-m.Start < 4 || s.strictName(m.Type, m.Text) {
		return false
	}
	t, prev := d.Tokens[i], d.Tokens[i-1]
	switch {
	case t.Text == "率" && t.Pos == "v":
		return true
	case t.Text == "次" && t.Pos == "q" && prev.End == t.Start && (prev.Pos == "m" || isDigits(prev.Text)):
		return true
	case t.Text == "间" && prev.End == t.Start && strings.HasPrefix(prev.Pos, "n"):
		return true
	case t.Text == "好" && prev.End == t.Start && prev.Pos == "v":
		return true // 要用|好|中俄议会合作委员会: the verb's complement
	}
	return false
}

func lastRune(s string) rune {
	r, _ := runes.DecodeLast(s)
	return r
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

func (s *Stage) trimPersonOpener(m *pipeline.Mention) {
	first, size := runes.DecodeFirst(m.Text)
	rest := m.Text[size:]
	if !placeOpenerSet.has(first) || runes.Count(m.Text) != 3 || !s.plausible(pipeline.Person, rest) {
		return
	}
	if _, surname := s.surnames.Of(m.Text); surname || s.known.Has(m.Text) {
		return
	}
	m.Start, m.Text, m.Entity = m.Start+1, rest, ""
	addRule(m, "trim-opener")
}

// placeOpeners are one-character prepositions and conjunctions the tagger
// takes into a place or organization in front of it (经港珠澳大桥进出口,
// 从中核集团调任, 关于亚太: 于亚太).
const placeOpeners = "经于和与同向对被从由给让在"

// placeOpenerSet holds placeOpeners for the rules that test a mention's
// first character: strings.ContainsRune searched the string at each call.
var placeOpenerSet = newCharSet(placeOpeners)

// directions are the characters directedCountries joins to a country.
var directions = newCharSet("南北东西")

// hyphens are the characters designation reads as a hyphen.
var hyphens = newCharSet("-－‐")

// charSet is a set of characters of the Basic Multilingual Plane that
// answers as strings.ContainsRune over them would, with a bit test.
type charSet struct{ set runes.Set }

// newCharSet returns the set of the characters of chars, all of the Basic
// Multilingual Plane.
func newCharSet(chars string) *charSet {
	c := new(charSet)
	for _, r := range chars {
		if r >= 1<<16 || r == utf8.RuneError {
			panic("entities: character set beyond the plane: " + chars)
		}
		c.set.Add(r)
	}
	return c
}

// has reports whether r is one of the set's characters; runes.Set lets
// every code point beyond the plane through, which none of these is.
func (c *charSet) has(r rune) bool { return uint32(r) < 1<<16 && c.set.Has(r) }

// anyIn reports whether any of rs is in the set.
func (c *charSet) anyIn(rs []rune) bool {
	for _, r := range rs {
		if c.has(r) {
			return true
		}
	}
	return false
}

// trimOpeners cuts a preposition or conjunction off the front of a tagger
// PLACE or ORG mention when the rest is a gazetteer place or an
// organization alias and the whole is not (于田县 and 和静县 stay). A rest
// that is a name only by its suffix is not enough: 同宝村, 对江村, 于都河
// and 同煤集团 are names that begin with the character.
func (s *Stage) trimOpeners(d *doc) {
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type == pipeline.Person && m.Stage != Name {
			s.trimPersonOpener(m)
			continue
		}
		if m.Type != pipeline.Place && m.Type != pipeline.Org || m.Stage == Name {
			continue
		}
		first, size := runes.DecodeFirst(m.Text)
		rest := m.Text[size:]
		if m.Type == pipeline.Org && s.orgOpener(d, m) {
			// 率|中央代表团, 政府间|协调委员会, 第41次|南极考察队: a word
			// of its own that is no part of a name.
			m.Start, m.Text, m.Entity = m.Start+1, rest, ""
			addRule(m, "trim-opener")
			continue
		}
		if !placeOpenerSet.has(first) || runes.Count(rest) < 2 || s.strictName(m.Type, m.Text) {
			continue
		}
		if !s.strictName(m.Type, rest) {
			continue
		}
		m.Start, m.Text, m.Entity = m.Start+1, rest, ""
		addRule(m, "trim-opener")
	}
}

// strictName reports whether text is a name of type typ by a lookup, not by
// its suffix: a gazetteer place, or an organization alias.
func (s *Stage) strictName(typ, text string) bool {
	if typ == pipeline.Place {
		return s.gazetteerPlace(text)
	}
	_, ok := s.aliases.Canonical(text)
	return ok
}

// isTitle reports whether word is a title of titles.tsv.
func (s *Stage) isTitle(word string) bool {
	_, ok := s.titles.Category(word)
	return ok
}

// predicateOpeners are one-character adverbs, prepositions and conjunctions
// that follow a subject and that transliterated names do not end with.
const predicateOpeners = "还也都将曾已则就又在对向从和与"

// givenEndings are predicate openers that Chinese given names end with as
// well (康京和, 周忠和, 金兰都): they are cut only from transliterated names.
const givenEndings = "和与都"

// clauseTails are characters after a subject that begin its clause or
// close a clause of time around it, which personParts cuts off a name the
// document knows: 刘奇作(报告), 约翰·基说, 丁薛祥等, 会见莫朗时, 鲁托后,
// 朴振称. A Chinese given name ends with 时 as well (任弼时): the cut needs
// the name written without it. Not 才, which ends given names as often as
// the tagger leaves it off them (许宏才 beside its 许宏).
const clauseTails = "作说等时后称"

// nameOpeners are one-character conjunctions and prepositions before a name
// that names do not begin with: 和, 与, 同, 向, 对, 被.
const nameOpeners = "和与同向对被"

// extendDepts grows a tagger ORG mention that is the tail of a government
// department's name written out in full just before it, with the relative
// prefix 省, 市, 区 or 县 when one precedes (区发展和改革局 where the
// tagger stopped at 和 and found 改革局); the relative-dept rule then names
// the department.
func (s *Stage) extendDepts(d *doc) {
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type != pipeline.Org || m.Stage == Name || runes.Count(m.Text) < 2 {
			continue
		}
		for _, name := range s.aliases.DeptEndingWith(m.Text) {
			start := m.Start - (runes.Count(name) - runes.Count(m.Text))
			if start < 0 || d.Slice(start, m.Start)+m.Text != name || s.overlaps(d, start, m.Start, m.ID) {
				continue
			}
			if start > 0 && strings.Contains(relativePrefixes, d.Slice(start-1, start)) && !s.overlaps(d, start-1, start, m.ID) {
				start--
			}
			m.Start, m.Text, m.Entity = start, d.Slice(start, m.End), ""
			addRule(m, "dept-extend")
			break
		}
	}
}

// titleReach is how far past a tagger ORG span the book-title mark it
// lacks is looked for.
const titleReach = 16

// balanceTitles extends a tagger ORG mention that opens a book title without
// closing it, or closes one without opening it, to the mark it lacks on the
// same line: 韩国《中央日报 → 韩国《中央日报》, 朝鲜日报》 → 《朝鲜日报》.
// Spans with both marks are left alone: the MSRA convention writes
// newspapers and journals with their marks and what follows (英国《新科学家》
// 周刊); bareTitles cuts the marks of a title that stands alone.
func (s *Stage) balanceTitles(d *doc) {
	n := d.CharCount()
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type != pipeline.Org || m.Stage == Name {
			continue
		}
		opens, closes := strings.Count(m.Text, "《"), strings.Count(m.Text, "》")
		start, end := m.Start, m.End
		switch {
		case opens == 1 && closes == 0:
			end = s.findMark(d, m.End, min(n, m.End+titleReach), 1, "》")
		case opens == 0 && closes == 1:
			start = s.findMark(d, m.Start-1, max(-1, m.Start-1-titleReach), -1, "《")
		default:
			continue
		}
		if opens == 1 && end < 0 && strings.HasPrefix(m.Text, "《") && m.End-m.Start > 3 {
			// A name that opens a long title: 《第十四届全国人民代表大会财政
			// 经济委员会关于…的审查结果报告》.
			m.Start, m.Text, m.Entity = m.Start+1, strings.TrimPrefix(m.Text, "《"), ""
			addRule(m, "title-balance")
			continue
		}
		if start < 0 || end < 0 || s.overlaps(d, start, end, m.ID) {
			continue
		}
		if opens == 1 {
			end++ // past 》
		}
		m.Start, m.End = start, end
		m.Text, m.Entity = d.Slice(start, end), ""
		addRule(m, "title-balance")
	}
}

// bareTitles cuts the marks of a tagger ORG mention that is one book title
// and nothing else (《民族报》 → 民族报): a title standing alone is marked by
// what it holds, as MSRA's training data marks 162 such titles, and none
// with their marks. It runs after the rules that read a title's marks
// (title-document, title-work), and after trimFalseEndings, which would
// cut a newspaper's name short (《科学通报》).
func bareTitles(d *doc) {
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type != pipeline.Org || m.Stage == Name {
			continue
		}
		if title := bareTitle(m.Text); title != "" {
			m.Start, m.End = m.Start+1, m.End-1
			m.Text, m.Entity = title, ""
			addRule(m, "title-bare")
		}
	}
}

// trimDigits cuts the ASCII digits a tagger PERSON or PLACE mention ends
// with: they belong to the date or number after the name (普京7号表示 →
// 普京, 巴格达1天). A mention of digits alone is left to the other repairs.
func (s *Stage) trimDigits(d *doc) {
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if isEntity(m.Type) && m.Stage != Name {
			// A name that ends inside a numeral gse reads whole (中央财政三|年
			// of 中央财政|三年累计投入) stops where the numeral starts.
			if j := d.tokenAt(m.End - 1); j >= 0 {
				t := d.Tokens[j]
				// An ordinal that ends an organization opens the title after it
				// (古巴共产党中央第一|书记).
				ordinal := m.Type == pipeline.Org && t.End == m.End && strings.HasPrefix(t.Text, "第") && t.Start > m.Start+1 && strings.HasPrefix(t.Pos, "m")
				if t.Start > m.Start+1 && t.End > m.End && (t.Pos == "m" || t.Pos == "mq") || ordinal {
					m.End, m.Text, m.Entity = t.Start, d.Slice(m.Start, t.Start), ""
					addRule(m, "trim-numeral")
				}
			}
		}
		if m.Type == pipeline.Org && m.Stage != Name {
			s.trimTerm(d, m)
			continue
		}
		if m.Type != pipeline.Person && m.Type != pipeline.Place || m.Stage == Name {
			continue
		}
		// Most names end with no digit: asked first, where TrimRight built
		// its set of the cut characters for every name.
		if n := len(m.Text); n == 0 || m.Text[n-1] < '0' || m.Text[n-1] > '9' {
			continue
		}
		trimmed := strings.TrimRight(m.Text, "0123456789")
		if trimmed == m.Text || trimmed == "" {
			continue
		}
		m.End -= len(m.Text) - len(trimmed) // ASCII digits: one byte, one code point
		m.Text, m.Entity = trimmed, ""
		addRule(m, "trim-digits")
	}
}

// fitPlaces mends tagger PLACE and ORG spans against gse's words (ORG: see
// fitOrg): one that ends
// inside a word gse tags a place name takes the whole word when that is a
// gazetteer place and the mention, of two characters or more, is none, nor
// an abbreviation (阿拉山|口 → 阿拉山口), or one character more when gse's
// next word is that character (大湾|区 → 大湾区), and one that is a word gse
// tags a person's name, a country's name
// and one character more, is the country (伊朗核 of 伊朗核问题). A country's
// name and gse's next word that makes its formal long form is that form
// (西班牙|王国 → 西班牙王国, rule state-form).
func (s *Stage) fitPlaces(d *doc) {
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type == pipeline.Org && m.Stage != Name {
			s.fitOrg(d, m)
			continue
		}
		if m.Type != pipeline.Place || m.Stage == Name {
			continue
		}
		j := d.tokenAt(m.End - 1)
		if j < 0 {
			continue
		}
		t := d.Tokens[j]
		if t.Pos == "ns" && t.Start >= m.Start && t.End > m.End && m.End-m.Start > 1 && !s.gazetteerPlace(m.Text) && s.abbrevs.Lookup(m.Text) == nil &&
			s.gazetteerPlace(d.Slice(m.Start, t.End)) {
			// Not a place cut short on purpose: 巴 of 巴中关系 is 巴基斯坦,
			// 欧 of 欧亚 stands for 欧洲.
			m.End, m.Text, m.Entity = t.End, d.Slice(m.Start, t.End), ""
			addRule(m, "boundary-repair")
			continue
		}
		// Or one that gse's next word of one character completes (大湾|区).
		if k := j + 1; t.End == m.End && k < len(d.Tokens) && d.Tokens[k].Start == m.End && d.Tokens[k].End == m.End+1 &&
			m.End-m.Start > 1 && !s.gazetteerPlace(m.Text) && s.gazetteerPlace(d.Slice(m.Start, m.End+1)) {
			m.End, m.Text, m.Entity = m.End+1, d.Slice(m.Start, m.End+1), ""
			addRule(m, "boundary-repair")
			continue
		}
		// A country's formal long form that gse wrote as two words and the
		// tagger cut after the name (西班牙|王国): the whole is the place.
		if k := j + 1; t.End == m.End && k < len(d.Tokens) && d.Tokens[k].Start == m.End && s.countries.Lookup(m.Text) != nil {
			// 联邦 alone is also "federal" (巴西联邦法官): only a listed
			// name (俄罗斯联邦) is a state's form then.
			long := d.Slice(m.Start, d.Tokens[k].End)
			if s.longForm(long) != nil && (d.Tokens[k].Text != "联邦" || s.countries.Lookup(long) != nil) &&
				!slices.ContainsFunc(d.Mentions, func(o pipeline.Mention) bool { return isEntity(o.Type) && o.Start == m.End }) {
				m.End, m.Text, m.Entity = d.Tokens[k].End, long, ""
				addRule(m, "state-form")
				continue
			}
		}
		if t.Pos != "nr" || t.Start != m.Start || t.End != m.End {
			continue // gse's own word for a place stays: 西班牙港, 中国馆
		}
		r := []rune(m.Text)
		if len(r) < 3 || s.countries.Lookup(string(r[:len(r)-1])) == nil {
			continue
		}
		m.End, m.Text, m.Entity = m.End-1, string(r[:len(r)-1]), ""
		addRule(m, "boundary-repair")
	}
}

// fitOrg mends a tagger ORG that ends inside a gse word: the word's start
// ends it when that is the mention's last character, what stands before is
// an organization's alias and the whole is none (中共中央|团结 → 中共中央;
// not 财政部党组 of 财政部|党组书记), and the word's end does when the word
// completes a longer suffix (乌克兰武装部|队 → 乌克兰武装部队).
func (s *Stage) fitOrg(d *doc, m *pipeline.Mention) {
	j := d.tokenAt(m.End - 1)
	if j < 0 {
		return
	}
	t := d.Tokens[j]
	if t.End <= m.End || t.Start < m.Start {
		return
	}
	if t.Start == m.End-1 && t.Start > m.Start && s.strictName(pipeline.Org, d.Slice(m.Start, t.Start)) && !s.strictName(pipeline.Org, m.Text) {
		m.End, m.Text, m.Entity = t.Start, d.Slice(m.Start, t.Start), ""
		addRule(m, "boundary-repair")
		return
	}
	whole := d.Slice(m.Start, t.End)
	long, _, ok := s.suffixes.Match(whole)
	short, _, _ := s.suffixes.Match(m.Text)
	if ok && len(long) > len(short) && runes.Count(long) > t.End-m.End {
		m.End, m.Text, m.Entity = t.End, whole, ""
		addRule(m, "boundary-repair")
	}
}

// regnalNumbers extends a PERSON over the ordinal of a monarch or pope
// written right after it (穆罕默德六世, 伊丽莎白二世, 本笃十六世): the number
// tells namesakes apart and is part of the name. 世纪 and 世界 after a
// numeral are a century and the world.
func regnalNumbers(d *doc) {
	n := d.CharCount()
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type != pipeline.Person {
			continue
		}
		e := m.End
		for e < n && e-m.End < 3 && strings.Contains("一二三四五六七八九十", d.Slice(e, e+1)) {
			e++
		}
		if e == m.End || e >= n || d.Slice(e, e+1) != "世" || e+1 < n && strings.Contains("纪界代人间", d.Slice(e+1, e+2)) {
			continue
		}
		if d.Claimed(m.End, e+1, pipeline.Date, pipeline.Duration, pipeline.Quantity, pipeline.Money, pipeline.Person, pipeline.Place, pipeline.Org) {
			continue
		}
		m.End, m.Text, m.Entity = e+1, d.Slice(m.Start, e+1), ""
		addRule(m, "person-regnal")
	}
}

// joinHyphenated makes one PERSON of a tagger PERSON, a hyphen or dash and
// a PERSON or PLACE right after it, as both training corpora write such
// names whole (艾哈迈迪-内贾德, 辛普森-米勒, 迪亚斯-卡内尔), unless both parts
// are people people_known.tsv knows (金大中-卢武铉 are two) or the place is
// one by gazetteer or suffix (巴登-符滕堡州).
func (s *Stage) joinHyphenated(d *doc) {
	// start → index of a PERSON or PLACE mention, built at the first dash
	// after a person: most documents have none. The rule changes no start.
	var starts map[int]int
	drop := map[int]bool{}
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type != pipeline.Person || m.Stage == Name || drop[m.ID] || m.End-m.Start < 2 || m.End >= d.CharCount() {
			continue
		}
		if !strings.Contains("-－—‐", d.Slice(m.End, m.End+1)) {
			continue
		}
		if starts == nil {
			starts = map[int]int{}
			for i := range d.Mentions {
				if o := &d.Mentions[i]; (o.Type == pipeline.Person || o.Type == pipeline.Place) && o.Stage != Name {
					starts[o.Start] = i
				}
			}
		}
		j, ok := starts[m.End+1]
		if !ok {
			continue
		}
		n := &d.Mentions[j]
		if n.End-n.Start < 2 || drop[n.ID] || s.known.Has(m.Text) && s.known.Has(n.Text) {
			continue
		}
		if _, _, suffixed := s.placeSuffixes.Match(n.Text); n.Type == pipeline.Place && (suffixed || s.gazetteerPlace(n.Text)) {
			continue // 巴登-符滕堡州, 哈兹菲尔德-杰克逊国际机场: a place's name
		}
		whole := d.Slice(m.Start, n.End)
		if _, _, placed := s.placeSuffixes.Match(whole); placed || s.orgName(whole) {
			continue // 霍尔果斯-阿腾科里铁路
		}
		if k := d.tokenAt(n.End - 1); k >= 0 && !strings.HasPrefix(d.Tokens[k].Pos, "nr") && !strings.HasPrefix(d.Tokens[k].Pos, "ns") {
			continue // 盖迪-托雷空军基地: gse's last word there is a common noun
		}
		m.End, m.Text, m.Entity = n.End, d.Slice(m.Start, n.End), ""
		addRule(m, "person-hyphen")
		drop[n.ID] = true
	}
	if len(drop) > 0 {
		d.DeleteMentions(func(m *pipeline.Mention) bool { return drop[m.ID] })
	}
}

// trimTerm cuts the Chinese numerals an ORG mention ends with when 届
// follows them: they number the term of a meeting (中共二十|届三中全会 →
// 中共), and at least two characters of name are left.
func (s *Stage) trimTerm(d *doc, m *pipeline.Mention) {
	if d.Slice(m.End, min(m.End+1, d.CharCount())) != "届" {
		return
	}
	r := []rune(m.Text)
	n := len(r)
	for n > 0 && strings.ContainsRune("一二三四五六七八九十", r[n-1]) {
		n--
	}
	if n == len(r) || n < 2 {
		return
	}
	m.End -= len(r) - n
	m.Text, m.Entity = string(r[:n]), ""
	addRule(m, "trim-term")
}

// personParts re-cuts a tagger PERSON mention made of a name the document
// or people_known.tsv knows and something else: a function word before it
// (向普京, 和普京), a verb, particle or time word after it (刘奇作 of 刘奇作报告,
// 莫朗时 of 会见莫朗时 beside 莫朗), or a second
// such name (蔡奇丁薛祥 → 蔡奇 + 丁薛祥). A name is known when another
// PERSON mention of the document is exactly it, or people_known lists it.
func (s *Stage) personParts(d *doc) {
	names := map[string]int{}
	for k := range d.Mentions {
		m := &d.Mentions[k]
		if m.Type == pipeline.Person && runes.Count(m.Text) >= 2 {
			names[m.Text]++
		}
	}
	known := func(name string, self string) bool {
		if runes.Count(name) < 2 {
			return false
		}
		return s.known.Has(name) || names[name] > 0 && name != self
	}
	var add []pipeline.Mention
	d.DeleteMentions(func(m *pipeline.Mention) bool {
		if m.Type != pipeline.Person || m.Stage == Name || s.known.Has(m.Text) {
			return false
		}
		r := []rune(m.Text)
		if names[m.Text] > 1 && !(len(r) >= 3 && strings.ContainsRune(nameOpeners, r[0]) && s.known.Has(string(r[1:]))) {
			return false // a name the document writes more than once is whole (维克拉马辛哈), but for a known one after a function word (和普京 twice)
		}
		if len(r) < 3 {
			return false
		}
		var parts [][2]int // rune ranges of m.Text that are names
		switch {
		case strings.ContainsRune(nameOpeners, r[0]) && known(string(r[1:]), m.Text),
			s.known.Has(string(r[1:])) && startsInsideToken(d, m.Start): // 祝贺|默茨 tagged 贺默茨
			parts = [][2]int{{1, len(r)}}
		case strings.ContainsRune(predicateOpeners+clauseTails, r[len(r)-1]) && known(string(r[:len(r)-1]), m.Text),
			r[len(r)-1] == '作' && reportAfter(d.Slice(m.End, min(m.End+2, d.CharCount()))):
			parts = [][2]int{{0, len(r) - 1}}
		default:
			for k := 2; k <= len(r)-2; k++ {
				if known(string(r[:k]), m.Text) && known(string(r[k:]), m.Text) {
					parts = [][2]int{{0, k}, {k, len(r)}}
					break
				}
			}
		}
		if parts == nil {
			return false
		}
		for _, p := range parts {
			add = append(add, pipeline.Mention{Type: pipeline.Person, Start: m.Start + p[0], End: m.Start + p[1],
				Stage: Name, Rule: "person-parts", Confidence: m.Confidence})
		}
		return true
	})
	for _, m := range add {
		d.AddMention(m)
	}
}

// personWhole extends a tagger PERSON mention of two or more characters to
// a longer PERSON name the document writes elsewhere, where the text around
// it spells that name out: 徐鑫|如 beside 徐鑫如, 米|舒斯京 beside 米舒斯京. The
// longer name must be at most five characters, or hold a name-joining dot,
// begin and end where gse words do (or begin inside a word that a title
// ends in: 负责人马|柳克 beside 马柳克, gse's 人马), add no title (德仁天皇) nor a word that
// makes it a thing (池黄高铁), and no other mention may lie in the part it
// adds. Names people_known.tsv lists stay as they are.
func (s *Stage) personWhole(d *doc) {
	names := docNames(d, pipeline.Person)
	if len(names) < 2 {
		return
	}
	changed := false
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type != pipeline.Person || m.Stage == Name {
			continue // most mentions, before their characters are counted
		}
		n := runes.Count(m.Text)
		if n < 2 || s.known.Has(m.Text) {
			continue // 蔡奇 is whole beside the tagger's 蔡奇宣(读)
		}
		best, bestStart, bestLen := "", 0, 0
		for _, nm := range names {
			// A longer name holds m.Text, so it is longer in bytes too:
			// most names fail on that before their characters are counted.
			name, k := nm.text, nm.runes
			if len(name) <= len(m.Text) || k <= n || k > 5 && !strings.ContainsAny(name, "·・•") || k <= bestLen {
				continue
			}
			at := -1
			switch {
			case strings.HasPrefix(name, m.Text) && d.Slice(m.Start, min(m.Start+k, d.CharCount())) == name:
				at = m.Start
			case strings.HasSuffix(name, m.Text) && m.End-k >= 0 && d.Slice(m.End-k, m.End) == name:
				at = m.End - k
			}
			if at < 0 || s.overlapsOther(d, at, at+k, m) || startsInsideToken(d, at) && !s.titleSplit(d, at, m.Start) ||
				startsInsideToken(d, at+k) && !(at == m.Start && s.tailSplit(d, at+k, m.End, name)) {
				continue
			}
			// What the longer name adds may be no title (德仁天皇) nor a
			// word that makes it a thing (池黄高铁).
			added := strings.Replace(name, m.Text, "", 1)
			if s.isTitle(added) || s.personCtx.After(added) {
				continue
			}
			best, bestStart, bestLen = name, at, k
		}
		if best == "" {
			continue
		}
		m.Start, m.End, m.Text, m.Entity = bestStart, bestStart+bestLen, best, ""
		addRule(m, "person-whole")
		changed = true
	}
	if changed {
		pipeline.SortMentions(d.Mentions)
		d.Mentions = slices.CompactFunc(d.Mentions, func(a, b pipeline.Mention) bool {
			return a.Type == b.Type && a.Start == b.Start && a.End == b.End
		})
	}
}

// titleSplit reports whether the gse word around at, where a longer name
// would begin, ends at the mention's start and has a title end at at: gse
// took a title's last character and the name's first for one word
// (负责人马柳克: 负责/v 人马/n 柳/n 克/zg).
func (s *Stage) titleSplit(d *doc, at, start int) bool {
	k := d.tokenAt(at)
	return k >= 0 && d.Tokens[k].End == start && s.titleEndsAt(d, at)
}

// tailSplit reports whether the gse word around end, where a longer
// transliterated name would end, begins at the mention's end and holds one
// character more: gse took the name's last character and the next word for
// one word (会见奥廷加时: 奥/nr 廷/g 加时/v; 阿尔克|明时, 奥尔特|加在).
func (s *Stage) tailSplit(d *doc, end, mEnd int, name string) bool {
	k := d.tokenAt(end)
	return k >= 0 && d.Tokens[k].Start == mEnd && d.Tokens[k].End == end+1 && s.transliteratedChars(name)
}

// orgWhole extends a tagger ORG mention to the longer ORG name the document
// writes elsewhere when the text before it spells that name out (援鄂医疗队
// beside 鄂医疗队, 海上自卫队 beside 自卫队, 立法会 beside 法会): a name cut by
// the tagger in one place and whole in another. The longer name must start
// where a gse word does, and no other mention may lie in the part it adds.
func (s *Stage) orgWhole(d *doc) {
	names := docNames(d, pipeline.Org)
	if len(names) < 2 {
		return
	}
	changed := false
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type != pipeline.Org || m.Stage == Name {
			continue
		}
		n := runes.Count(m.Text)
		best, bestLen := "", 0
		for _, nm := range names {
			// A longer name ends with m.Text, so it is longer in bytes too.
			name, k := nm.text, nm.runes
			if len(name) <= len(m.Text) || !strings.HasSuffix(name, m.Text) || k <= n || k <= bestLen || m.End-k < 0 || d.Slice(m.End-k, m.End) != name {
				continue
			}
			at := m.End - k
			if s.overlapsOther(d, at, m.End, m) || startsInsideToken(d, at) ||
				strings.ContainsFunc(d.Slice(at, m.Start), func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) }) ||
				s.orgOpener(d, &pipeline.Mention{Type: pipeline.Org, Start: at, End: m.End, Text: name}) {
				continue // not “漳州110 nor 间合作委员会: a name's cut, not its whole
			}
			if k := d.tokenAt(at); k >= 0 && d.Tokens[k].Pos == "v" && s.isOrgAlias(m.Text) {
				continue // not 促进|二十国集团: a known name does not grow over a verb
			}
			best, bestLen = name, k
		}
		if best == "" {
			continue
		}
		m.Start, m.Text, m.Entity = m.End-bestLen, best, ""
		addRule(m, "org-whole")
		changed = true
	}
	if changed {
		pipeline.SortMentions(d.Mentions)
		d.Mentions = slices.CompactFunc(d.Mentions, func(a, b pipeline.Mention) bool {
			return a.Type == b.Type && a.Start == b.Start && a.End == b.End
		})
	}
}

// docName is a name the document's mentions write, with its length in
// characters.
type docName struct {
	text  string
	runes int
}

// docNames returns the texts of d's mentions of type typ, each once, in
// the order they first appear.
func docNames(d *doc, typ string) []docName {
	var names []docName
next:
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type != typ {
			continue
		}
		for _, n := range names {
			if n.text == m.Text {
				continue next
			}
		}
		names = append(names, docName{m.Text, runes.Count(m.Text)})
	}
	return names
}

// overlapsOther reports whether a mention other than m, and other than a
// PERSON mention m's new span would hold whole, covers part of start..end
// outside m.
func (s *Stage) overlapsOther(d *doc, start, end int, m *pipeline.Mention) bool {
	return slices.ContainsFunc(d.Mentions, func(o pipeline.Mention) bool {
		if o.ID == m.ID || o.End <= start || o.Start >= end || o.Start >= m.Start && o.End <= m.End {
			return false
		}
		return !(o.Type == pipeline.Person && o.Start >= start && o.End <= end)
	})
}

// bracketCountries extends a PLACE mention over the bracketed mark that
// makes it a country's name (刚果 + （布） → 刚果（布）, the Republic of the
// Congo; 刚果（金） is the other one), and reads such a name the tagger
// left out whole from gse's words (刚果/n （ 金/nr ）).
func (s *Stage) bracketCountries(d *doc) {
	rs := d.Runes() // the brackets, read without slicing the text
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type != pipeline.Place || m.End+3 > len(rs) || rs[m.End] != '（' || rs[m.End+2] != '）' {
			continue
		}
		if b := d.Slice(m.End, m.End+3); s.countries.Lookup(m.Text+b) != nil {
			m.End += 3
			m.Text, m.Entity = m.Text+b, ""
			addRule(m, "bracket-country")
		}
	}
	toks := d.Tokens
	for j := d.nextOf(1, opensBracket); j+2 < len(toks); j = d.nextOf(j+1, opensBracket) {
		if toks[j].Text != "（" || toks[j+2].Text != "）" || toks[j-1].End != toks[j].Start {
			continue
		}
		start, end := toks[j-1].Start, toks[j+2].End
		if end-start > maxBracketCountry || nameOver(d, start, end) || s.countries.Lookup(d.Slice(start, end)) == nil {
			continue
		}
		d.AddMention(pipeline.Mention{Type: pipeline.Place, Start: start, End: end, Stage: Name, Rule: "bracket-country", Confidence: gazetteerConfidence})
	}
}

// maxBracketCountry is the longest country name with a bracketed mark, in
// runes: 刚果（金）.
const maxBracketCountry = 8

// startsInsideToken reports whether code point off lies inside a gse token
// that began before it.
func startsInsideToken(d *doc, off int) bool {
	k := d.tokenAt(off)
	return k >= 0 && d.Tokens[k].Start < off
}

// reportAfter reports whether the words after a name's 作 make it the verb
// of a report or speech (刘奇作工作报告, 作说明, 作重要讲话, 王晨作的说明).
func reportAfter(next string) bool {
	if strings.HasPrefix(next, "的") {
		return true
	}
	for _, w := range []string{"报告", "工作", "说明", "讲话", "重要", "汇报", "发言", "总结", "动员", "交流", "关于"} {
		if next == w {
			return true
		}
	}
	return false
}

// trimFalseEndings cuts a tagger ORG or PLACE mention that ends in a word no
// organization's name ends with (党中央决策部署, 戴维营峰|会) back to the
// longest name it begins with, and drops it when it begins with none
// (萨德部署).
func (s *Stage) trimFalseEndings(d *doc) {
	var drop []int // IDs of mentions that name nothing
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type != pipeline.Org && m.Type != pipeline.Place || m.Stage == Name {
			continue
		}
		end, _, ok := s.falseEnds.Suffix(m.Text)
		if !ok {
			// The tagger may stop inside the word: 二十大战略部|署, not
			// inside an organization alias.
			// A character that ends no false ending ends none of
			// m.Text+next either: most do not, and need no string built
			// nor the alias looked up.
			// It is read from the decoded text; U+FFFD stands for a byte
			// of no UTF-8, which may end one.
			if rs := d.Runes(); m.End < len(rs) && (rs[m.End] == utf8.RuneError || s.falseEnds.Ends(rs[m.End])) && !s.isOrgAlias(m.Text) {
				next := d.Slice(m.End, m.End+1)
				if w, _, found := s.falseEnds.Suffix(m.Text + next); found && len(w) > len(next) {
					end, ok = strings.TrimSuffix(w, next), true
				}
			}
		}
		if !ok {
			if m.Type == pipeline.Org && !s.trimVerbEnd(d, m) {
				s.trimOverrun(d, m)
			}
			continue
		}
		r := []rune(strings.TrimSuffix(m.Text, end))
		typ, n := "", len(r)
		for ; n >= 2; n-- {
			if typ = s.nameType(string(r[:n])); typ != "" {
				break
			}
		}
		if typ == "" {
			drop = append(drop, m.ID)
			continue
		}
		m.Type, m.End, m.Text, m.Entity = typ, m.Start+n, string(r[:n]), ""
		addRule(m, "false-ending")
	}
	if len(drop) > 0 {
		d.DeleteMentions(func(m *pipeline.Mention) bool { return slices.Contains(drop, m.ID) })
	}
}

// splitAtVerbs cuts a tagger ORG mention that runs over a verb of its
// clause: where gse reads a verb (not a verbal noun) inside it, maybe after
// adverbs, and what comes before is an institution's name by its suffix
// (民族出版社|分别联合|四川民族出版社, 财政经济委员会|建议|第十四届全国人民代表大会),
// the mention ends before them, and what follows the verb becomes an ORG of
// its own when it is one by its suffix too. A verb inside a name that has no
// suffix before it stays (国家防灾减灾救灾委员会), and so does a unit named by
// what it does, whose name opens with no place, name or ordinal
// (韩国海军|作战|司令部, 公安部消防局|指挥|中心).
func (s *Stage) splitAtVerbs(d *doc) {
	var add []pipeline.Mention
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type != pipeline.Org || m.Stage == Name || m.End-m.Start < 6 {
			continue
		}
		for j := d.tokenAt(m.Start + 3); j >= 0 && j < len(d.Tokens) && d.Tokens[j].End < m.End; j++ {
			t := d.Tokens[j]
			if t.Pos != "v" || t.Text == "驻" { // 巴解组织驻华盛顿办事处 is one office
				continue
			}
			end := t.Start
			for k := j - 1; k >= 0 && d.Tokens[k].Start > m.Start && d.Tokens[k].Pos == "d"; k-- {
				end = d.Tokens[k].Start // 分别 of 分别联合
			}
			rest := d.Slice(t.End, m.End)
			if end-m.Start < 3 || !s.hasOrgSuffix(d.Slice(m.Start, end)) || startsInsideToken(d, m.Start) ||
				m.End-t.End < 3 || !s.hasOrgSuffix(rest) || !opensName(d.Tokens[j+1]) {
				break
			}
			add = append(add, pipeline.Mention{Type: pipeline.Org, Start: t.End, End: m.End, Text: rest,
				Stage: Name, Rule: "org-verb-split", Confidence: m.Confidence})
			m.End, m.Text, m.Entity = end, d.Slice(m.Start, end), ""
			addRule(m, "org-verb-split")
			break
		}
	}
	for _, m := range add {
		d.AddMention(m)
	}
}

// opensName reports whether t may open a name of its own: a place, an
// organization, a person or other proper noun, or an ordinal (第七舰队).
func opensName(t pipeline.Token) bool {
	switch t.Pos {
	case "ns", "nt", "nr", "nrt", "nz":
		return true
	}
	return strings.HasPrefix(t.Text, "第")
}

// goingKinds are the kinds of fact_words.tsv of a going an ORG mention may
// run into: 到国家能源局调研 names the office, then what was done there.
var goingKinds = []dictionaries.FactKind{dictionaries.FactTour, dictionaries.FactErrand, dictionaries.FactVisit}

// trimVerbEnd cuts a tagger ORG mention that ends in no institution suffix
// after the last suffix it holds, when the words after the suffix are
// gse's words of a going of goingKinds, maybe then a conjunction, or a
// conjunction alone (国家能源局|调研|并 → 国家能源局). It reports whether it
// cut. A name ending in a suffix (考察团, 调研中心) is never cut.
func (s *Stage) trimVerbEnd(d *doc, m *pipeline.Mention) bool {
	if s.suffixes.EndsLikeOne(m.Text) || s.isOrgAlias(m.Text) {
		return false
	}
	r := []rune(m.Text)
	for n := len(r) - 1; n >= 3; n-- {
		if !s.hasOrgSuffix(string(r[:n])) {
			continue
		}
		if startsInsideToken(d, m.Start+n) || !s.goingAfter(d, m.Start+n, m.End) {
			return false
		}
		m.End, m.Text, m.Entity = m.Start+n, string(r[:n]), ""
		addRule(m, "org-verb-end")
		return true
	}
	return false
}

// goingAfter reports whether the gse words from start to end are a going
// of goingKinds, maybe followed by a conjunction or another one-character
// word that is no noun, or a conjunction alone.
func (s *Stage) goingAfter(d *doc, start, end int) bool {
	j := d.tokenAt(start)
	if j < 0 {
		return false
	}
	t := d.Tokens[j]
	if t.Pos == "c" {
		return t.End == end
	}
	if !slices.ContainsFunc(goingKinds, func(k dictionaries.FactKind) bool {
		_, ok := s.factWords.Predicate(k, t.Text)
		return ok
	}) {
		return false
	}
	if t.End == end || j+1 >= len(d.Tokens) {
		return t.End == end
	}
	// gse tags the 并 of 调研并 zg, not c: after the going, one character
	// that is no noun ends it too.
	t = d.Tokens[j+1]
	return t.End == end && t.End-t.Start == 1 && !strings.HasPrefix(t.Pos, "n")
}

// trimOverrun cuts a tagger ORG mention that ends in no institution suffix,
// nor in a character that ends one (电工所, 环资委 are abbreviated units),
// back to the organization alias it begins with, when the alias ends where a
// gse word ends: the words after it describe something of the
// organization's (中国科协|海智特聘 专家 → 中国科协). A longer name with a
// suffix in between leaves the mention alone (联合国人权事务高级专员办事处官方网站
// is the office's website, whose words may go on in ways no rule knows: 系, 科).
func (s *Stage) trimOverrun(d *doc, m *pipeline.Mention) {
	if s.suffixes.EndsLikeOne(m.Text) || s.isOrgAlias(m.Text) {
		return
	}
	// A unit's name may end in a one-character word or a term gse knows
	// as a proper noun: 中共中央外宣|办, 上海交大神经外科/nz.
	if k := d.tokenAt(m.End - 1); k >= 0 {
		if t := d.Tokens[k]; t.End-t.Start == 1 || t.Pos == "nz" {
			return
		}
	}
	r := []rune(m.Text)
	for n := len(r) - 1; n >= 2; n-- {
		name := string(r[:n])
		if s.hasOrgSuffix(name) {
			return
		}
		if !s.isOrgAlias(name) {
			continue
		}
		if startsInsideToken(d, m.Start+n) {
			return
		}
		m.End, m.Text, m.Entity = m.Start+n, string(r[:n]), ""
		addRule(m, "trim-overrun")
		return
	}
}

// nameType returns the type of name text is by the dictionaries alone: ORG
// for an organization alias or a name with an institution suffix, PLACE for
// a division, country or foreign place; "" for none.
func (s *Stage) nameType(text string) string {
	switch {
	case s.isOrgAlias(text) || s.hasOrgSuffix(text):
		return pipeline.Org
	case len(s.divs.Lookup(text)) > 0 || s.countries.Lookup(text) != nil || s.foreign.Lookup(text) != nil:
		return pipeline.Place
	}
	return ""
}

// aliasDefinition matches a short name an article defines for the
// organization named right before it: （以下简称“丽人丽妆”）, (简称“大基金”),
// （下称“仲裁庭”).
var aliasDefinition = regexp.MustCompile(`[（(](?:以下)?(?:简称|下称)[：:]?“([^”]{2,12})”[）)]`)

// definedAliases gives the short names an article defines for an ORG
// mention (上海丽人丽妆化妆品股份有限公司（以下简称“丽人丽妆”）) the
// organization's name: every occurrence of the short name becomes an ORG
// mention with that entity, whether the tagger missed it or read it as
// another type.
func (s *Stage) definedAliases(d *doc) {
	if !definesAlias(d.Text) {
		return
	}
	for _, loc := range aliasDefinition.FindAllStringSubmatchIndex(d.Text, -1) {
		open := d.RuneOffset(loc[0])
		full := -1
		for i := range d.Mentions {
			if m := &d.Mentions[i]; m.Type == pipeline.Org && m.End == open {
				full = i
			}
		}
		if full < 0 {
			continue
		}
		name, entity := d.Text[loc[2]:loc[3]], d.Mentions[full].Text
		for start, end := range d.occurrences(name) {
			if i := slices.IndexFunc(d.Mentions, func(m pipeline.Mention) bool { return isEntity(m.Type) && m.Start == start && m.End == end }); i >= 0 {
				m := &d.Mentions[i]
				m.Type, m.Entity = pipeline.Org, entity
				addRule(m, "defined-alias")
				continue
			}
			if s.overlaps(d, start, end, -1) {
				continue
			}
			d.AddMention(pipeline.Mention{Type: pipeline.Org, Text: name, Start: start, End: end, Entity: entity,
				Stage: Name, Rule: "defined-alias", Confidence: gazetteerConfidence})
		}
	}
}

// occurrences yields the code point span of every occurrence of name in
// d's text, left to right.
func (d *doc) occurrences(name string) iter.Seq2[int, int] {
	return func(yield func(start, end int) bool) {
		n := runes.Count(name)
		for at := 0; ; {
			k := runes.Index(d.Text[at:], name)
			if k < 0 {
				return
			}
			start := d.RuneOffset(at + k)
			at += k + len(name)
			if !yield(start, start+n) {
				return
			}
		}
	}
}

// definesAlias reports whether text writes 简称 or 下称, in one pass over
// it for 称 (two searches of the whole text were most of definedAliases'
// cost).
func definesAlias(text string) bool {
	for at := 0; ; {
		k := runes.Index(text[at:], "称")
		if k < 0 {
			return false
		}
		if before := text[:at+k]; strings.HasSuffix(before, "简") || strings.HasSuffix(before, "下") {
			return true
		}
		at += k + len("称")
	}
}

// hasSpace reports whether text holds white space, as
// strings.ContainsFunc(text, unicode.IsSpace) does, without decoding every
// character: white space beyond ASCII begins with one of four bytes
// (U+0085 and U+00A0, U+1680, U+2000 to U+205F, U+3000), and a byte that
// begins a character never stands inside one.
func hasSpace(text string) bool {
	for i := 0; i < len(text); i++ {
		switch b := text[i]; b {
		case '\t', '\n', '\v', '\f', '\r', ' ':
			return true
		case 0xC2, 0xE1, 0xE2, 0xE3:
			if r, _ := utf8.DecodeRuneInString(text[i:]); unicode.IsSpace(r) {
				return true
			}
		}
	}
	return false
}

// splitSpaced re-cuts tagger PERSON and ORG mentions that run across white
// space, as bylines and credits write names: 记者郭丹 姜俏梅 is two people,
// 陈 岳 one person whose two-character name is padded to three, 林森
// 环球时报 a reporter and an outlet. Each part becomes a name of its own
// when it is one — two one-character parts in a row join into one person —
// and parts that are no name are dropped (With the).
func (s *Stage) splitSpaced(d *doc) {
	var add []pipeline.Mention
	drop := map[int]bool{}
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if (m.Type != pipeline.Person && m.Type != pipeline.Org) || m.Stage == Name || !hasSpace(m.Text) {
			continue
		}
		drop[m.ID] = true
		type part struct{ start, end int }
		var parts []part
		at := m.Start
		for _, f := range strings.FieldsFunc(m.Text, unicode.IsSpace) {
			// Fields come in order; find each from where the last ended.
			for at < m.End && d.Slice(at, at+runes.Count(f)) != f {
				at++
			}
			parts = append(parts, part{at, at + runes.Count(f)})
			at += runes.Count(f)
		}
		for k := 0; k < len(parts); k++ {
			p := parts[k]
			text := d.Slice(p.start, p.end)
			typ := ""
			switch {
			case p.end-p.start == 1 && k+1 < len(parts) && parts[k+1].end-parts[k+1].start == 1:
				// 陈 岳: one name padded with a space.
				joined := text + d.Slice(parts[k+1].start, parts[k+1].end)
				if s.plausible(pipeline.Person, joined) {
					add = append(add, pipeline.Mention{Type: pipeline.Person, Start: p.start, End: parts[k+1].end, Entity: joined, Stage: Name, Rule: "split-spaced", Confidence: m.Confidence})
					k++
				}
				continue
			case s.orgName(text) || s.stateBody(text):
				typ = pipeline.Org
			case s.plausible(pipeline.Person, text) || m.Type == pipeline.Person && strings.ContainsAny(text, "·・"):
				typ = pipeline.Person
			default:
				continue
			}
			add = append(add, pipeline.Mention{Type: typ, Start: p.start, End: p.end, Stage: Name, Rule: "split-spaced", Confidence: m.Confidence})
		}
	}
	if len(drop) == 0 {
		return
	}
	d.DeleteMentions(func(m *pipeline.Mention) bool { return drop[m.ID] })
	for _, m := range add {
		m.Text = d.Slice(m.Start, m.End)
		d.AddMention(m)
	}
}

// bracketReach bounds how far left of a closing bracket a name is extended.
const bracketReach = 16

// balanceBrackets repairs tagger mentions with an unbalanced round bracket.
// A mention that ends inside a bracket (美国有线电视新闻网（CNN, 刘赞） is cut
// before it; an ORG that starts inside one (大连）有限公司) extends left to
// the opening bracket and over the name before it, as far as gse words that
// may stand in a name reach: 冯·哈根斯生物塑化（大连）有限公司.
func (s *Stage) balanceBrackets(d *doc) {
	var drop []int
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if !isEntity(m.Type) || m.Stage == Name || !hasBracket(m.Text) {
			continue
		}
		r := []rune(m.Text)
		open := slices.IndexFunc(r, func(c rune) bool { return c == '（' || c == '(' })
		close := slices.IndexFunc(r, func(c rune) bool { return c == '）' || c == ')' })
		start, end := m.Start, m.End
		switch {
		case open >= 0 && close < 0 && open >= 2:
			end = m.Start + open // 海关总署（监管司 → 海关总署
		case close >= 0 && open < 0 && close == len(r)-1 && len(r) >= 3:
			end = m.Start + close // 刘赞） → 刘赞
		case close >= 0 && open < 0 && m.Type == pipeline.Org:
			k := s.findMark(d, m.Start-1, max(-1, m.Start-1-bracketReach), -1, "（")
			if k < 0 {
				k = s.findMark(d, m.Start-1, max(-1, m.Start-1-bracketReach), -1, "(")
			}
			if k < 0 {
				continue
			}
			start = s.nameStart(d, k)
			if start == k {
				continue // nothing before the bracket to name
			}
		default:
			continue
		}
		ownerID := m.ID // the PERSON the span takes in, if any
		owner := s.companyOwner(d, start)
		if owner >= 0 {
			start, ownerID = d.Mentions[owner].Start, d.Mentions[owner].ID
		}
		if slices.ContainsFunc(d.Mentions, func(o pipeline.Mention) bool {
			return o.ID != m.ID && o.ID != ownerID && o.Start < end && o.End > start
		}) {
			continue
		}
		m.Start, m.End = start, end
		m.Text, m.Entity = d.Slice(start, end), ""
		addRule(m, "bracket-balance")
		if owner >= 0 {
			addRule(m, "bracket-person")
			drop = append(drop, ownerID)
		}
	}
	if len(drop) > 0 {
		d.Mentions = slices.DeleteFunc(d.Mentions, func(o pipeline.Mention) bool { return slices.Contains(drop, o.ID) })
	}
}

// companyOwner returns the index of a tagger PERSON that ends at start,
// where the name before a company's bracketed place stopped, and that
// opens the company's legal name — a transliterated name with its dot
// (冯·哈根斯生物塑化（大连）有限公司) or a name after punctuation, a
// preposition or a conjunction (及奥德华乳品（北京）有限公司) — or -1: the
// founder's name is the company's brand (not 凯|盛融英信息科技, begun inside
// a word).
func (s *Stage) companyOwner(d *doc, start int) int {
	return slices.IndexFunc(d.Mentions, func(o pipeline.Mention) bool {
		return o.Type == pipeline.Person && o.End == start && o.Stage != Name && !s.known.Has(o.Text) &&
			(strings.Contains(o.Text, "·") || s.opensAt(d, o.Start))
	})
}

// hasBracket reports whether text holds a round bracket, ASCII or
// full-width (（ and ） are EF BC 88 and EF BC 89 in UTF-8): one pass over
// the bytes, where decoding each name was most of balanceBrackets' cost.
func hasBracket(text string) bool {
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '(', ')':
			return true
		case 0xEF:
			if i+2 < len(text) && text[i+1] == 0xBC && (text[i+2] == 0x88 || text[i+2] == 0x89) {
				return true
			}
		}
	}
	return false
}

// nameStart returns where the run of gse words that may stand in a name ends
// at offset end begins: content words, names and unknown characters, back
// to punctuation, a function word, another mention or bracketReach
// characters. gse's words decide, so a name it splits oddly comes out
// partial (耕食品 of 乐耕食品), which is still nearer than a bare suffix.
func (s *Stage) nameStart(d *doc, end int) int {
	start := end
	for j := d.tokenAt(end - 1); j >= 0 && d.Tokens[j].End == start; j-- {
		t := d.Tokens[j]
		if end-t.Start > bracketReach || functionPOS(t.Pos) || !(ordinaryPOS(t.Pos) || namePOS(t.Pos) || t.Text == "·") || s.overlaps(d, t.Start, t.End, -1) {
			break
		}
		start = t.Start
	}
	return start
}

// findMark walks from k towards stop (exclusive) by step and returns the
// offset of mark, or -1 when a line break, the other mark or stop comes
// first.
func (s *Stage) findMark(d *doc, k, stop, step int, mark string) int {
	for ; k != stop; k += step {
		switch c := d.Slice(k, k+1); {
		case c == mark:
			return k
		case c == "\n" || c == "《" || c == "》":
			return -1
		}
	}
	return -1
}

// overlaps reports whether a mention other than the one with ID id covers
// part of start..end.
func (s *Stage) overlaps(d *doc, start, end, id int) bool {
	return slices.ContainsFunc(d.Mentions, func(o pipeline.Mention) bool {
		return o.ID != id && o.Start < end && o.End > start
	})
}

// namesOver yields the PERSON, PLACE and ORG mentions of d that overlap
// start..end, in place and in order: the rules that would put a name on a
// span ask which names are there already. The loop must not add or delete
// mentions.
func (d *doc) namesOver(start, end int) iter.Seq[*pipeline.Mention] {
	ms := d.Mentions
	return func(yield func(*pipeline.Mention) bool) {
		for k := range ms {
			if m := &ms[k]; m.End > start && m.Start < end && isEntity(m.Type) && !yield(m) {
				return
			}
		}
	}
}

// placeEnding returns the index of the last PLACE mention of d that ends
// at off, or -1: a search, for rules that ask it of a few mentions, where a
// map of every PLACE cost more to fill than all the asking.
func (d *doc) placeEnding(off int) int {
	for i := len(d.Mentions) - 1; i >= 0; i-- {
		if m := &d.Mentions[i]; m.End == off && m.Type == pipeline.Place {
			return i
		}
	}
	return -1
}

// nameOver reports whether a PERSON, PLACE or ORG mention overlaps
// start..end: the rules that add a name where the tagger made none. It asks
// what namesOver yields without the iterator, which kept it too large to be
// inlined at the gse words addFromGazetteers asks it of.
func nameOver(d *doc, start, end int) bool {
	for k := range d.Mentions {
		if m := &d.Mentions[k]; m.End > start && m.Start < end && isEntity(m.Type) {
			return true
		}
	}
	return false
}

// functionPOS reports whether a gse tag marks a function word: an auxiliary
// (来说, 的), preposition, conjunction, modal particle or interjection.
func functionPOS(pos string) bool {
	switch pos {
	case "u", "uj", "ul", "uz", "uv", "ud", "ug", "p", "c", "y", "e":
		return true
	}
	return false
}

// quoteFragment reports whether text holds a closing quote before any opening
// one, or an opening quote it does not close: the span starts or ends inside
// a quotation (一路”联合实验室 from 中国—新西兰猕猴桃“一带一路”联合实验室)
// and is a fragment of a longer name. Only quote marks whose direction is
// known count; the ASCII quotes do not.
func quoteFragment(text string) bool {
	// The quote marks begin with byte E2 or E3, which begins no Chinese
	// character (E4 to E9): most names need no decoding.
	if strings.IndexByte(text, 0xE2) < 0 && strings.IndexByte(text, 0xE3) < 0 {
		return false
	}
	depth := 0
	for _, c := range text {
		switch c {
		case '“', '‘', '「', '『':
			depth++
		case '”', '’', '」', '』':
			if depth == 0 {
				return true
			}
			depth--
		}
	}
	return depth != 0
}

// dropFragments removes tagger mentions that start or end inside a quotation,
// tagger ORG mentions of a plenary session's number (三中 of 三中全会),
// tagger PERSON mentions next to a word of person_contexts.tsv (a railway
// named by its ends, 渝昆高铁; a typhoon, 台风“韦帕”), and tagger PERSON and
// PLACE mentions too weak to stand: below
// minConfidence and implausible as a name (see plausible), for people not
// grown by person-edge or by person-run-end from a plausible name (伊基利|卢),
// and for places no division's abbreviation either.
func (s *Stage) dropFragments(d *doc) {
	works := s.workTitles(d)
	d.DeleteMentions(func(m *pipeline.Mention) bool {
		if !isEntity(m.Type) || m.Stage == Name {
			return false
		}
		if quoteFragment(m.Text) {
			return true
		}
		if m.Type != pipeline.Person && strings.HasSuffix(m.Text, "中") && strings.Trim(m.Text, numeralChars) == "中" {
			// The number may stand before a tagger's 中 (三|中).
			from := m.Start
			for from > 0 && from > m.Start-3 && strings.Contains(numeralChars, d.Slice(from-1, from)) {
				from--
			}
			if plenum.MatchString(d.Slice(from, min(m.End+12, d.CharCount()))) {
				return true // plenum: 三中 of 十九届二中、三中、四中全会
			}
		}
		if title, ok := bookTitle(m.Text); ok && m.Type == pipeline.Org {
			if _, _, doc := s.documents.Suffix(title); doc {
				return true // title-document: 美国《通胀削减法案》 is a law
			}
		}
		if m.Type == pipeline.Org && len(works) > 0 && (slices.Contains(works, m.Text) || slices.Contains(works, bareTitle(m.Text))) {
			return true // title-work: 电视剧《县委大院》 is a series, and so is 《县委大院》 without a cue
		}
		if m.Type == pipeline.Place && m.End-m.Start == 1 && designation(d, m.End) {
			return true // model: 苏-57, 图-160
		}
		if m.Type == pipeline.Person && (s.personCtx.After(d.Slice(m.End, min(m.End+4, d.CharCount()))) ||
			s.personCtx.Before(d.Slice(max(m.Start-6, 0), m.Start))) {
			return true // person-context: 渝昆高铁, 台风“韦帕”
		}
		if m.Type == pipeline.Person && m.Confidence < minConfidence && !s.plausible(pipeline.Person, m.Text) && !strings.ContainsAny(m.Text, "·・•") &&
			!strings.Contains(m.Rule, "person-edge") && !(strings.Contains(m.Rule, "person-run-end") && s.plausible(pipeline.Person, d.Slice(m.Start, m.End-1))) {
			return true // weak-person: 韩军雷达; not 伊基利|卢, whose 伊基利 stood before person-run-end
		}
		// A country's abbreviation that retype read out of a weak name (韩日
		// → 韩 + 日) or a weak ORG (美韩同盟) stays with the place it made.
		return m.Type == pipeline.Place && m.Confidence < minConfidence &&
			!s.plausible(pipeline.Place, m.Text) && s.abbrevs.Lookup(m.Text) == nil &&
			!strings.Contains(m.Rule, "person-country") && !strings.Contains(m.Rule, "org-country") && !strings.Contains(m.Rule, "country-side") &&
			!strings.Contains(m.Rule, "settlement-place")
	})
}

// workTitles returns the titles, without their marks, of the tagger ORG
// mentions the document writes beside a word of work_cues.tsv (see
// workTitle): a title one cue makes a work's names that work wherever the
// document writes it, in 《》 or not (纪录片《梦想合唱团》, later 《梦想合唱团》).
func (s *Stage) workTitles(d *doc) []string {
	var titles []string
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type != pipeline.Org || m.Stage == Name || !s.workTitle(d, m) {
			continue
		}
		t := m.Text
		if b := bareTitle(t); b != "" {
			t = b
		}
		if !slices.Contains(titles, t) {
			titles = append(titles, t)
		}
	}
	return titles
}

// bareTitle returns what text holds when it is exactly one book title with
// its marks (《县委大院》 → 县委大院), and "" otherwise.
func bareTitle(text string) string {
	if title, ok := bookTitle(text); ok && "《"+title+"》" == text {
		return title
	}
	return ""
}

// workTitle reports whether m is exactly a book title, with its marks or
// between them, beside a word of work_cues.tsv that makes it a work's: one
// ending right before 《 (电视剧《县委大院》), a gse word of side after right
// after 》 (《复兴文库》出版; not 出版社), or 第, a number and a counter
// (《中国诗词大会》第二季).
func (s *Stage) workTitle(d *doc, m *pipeline.Mention) bool {
	open, close := m.Start-1, m.End // the marks' code points
	if title, ok := bookTitle(m.Text); ok {
		if "《"+title+"》" != m.Text {
			return false // 美国《华尔街日报》: the title and more
		}
		open, close = m.Start, m.End-1
	} else if open < 0 || d.Slice(open, m.Start) != "《" || d.Slice(m.End, min(m.End+1, d.CharCount())) != "》" {
		return false
	}
	b := d.ByteOffset(open)
	if s.works.Before(d.Text[max(0, b-s.works.MaxBefore()):b]) {
		return true
	}
	after := d.ByteOffset(close + 1)
	rest := d.Text[after:min(after+24, len(d.Text))]
	if s.works.Count(rest) {
		return true
	}
	j := d.tokenAt(close + 1) // none without gse's words, which tell 出版 from 出版社
	if j < 0 || d.Tokens[j].Start != close+1 {
		return false
	}
	// A cue gse knows no word for comes in two (启|播).
	return s.works.After(d.Tokens[j].Text) ||
		j+1 < len(d.Tokens) && d.Tokens[j+1].Start == d.Tokens[j].End && s.works.After(d.Tokens[j].Text+d.Tokens[j+1].Text)
}

// dropStormNames drops every PERSON, PLACE and ORG mention inside a name
// the document gives a storm, wherever it is written: in quotes after a word
// of side before in person_contexts.tsv (台风“泰利”), or a mention right after
// one without quotes. Storms take people's names (玛丽亚, 桑迪), later
// sentences write the name alone (“泰利”在广西北海市再次登陆), and the tagger
// reads parts of it too (苏 of 苏拉 as 江苏).
func (s *Stage) dropStormNames(d *doc) {
	if !s.personCtx.WritesBefore(d.Text) {
		return
	}
	var names []string
	text := d.Text
	for at := indexFrom(text, "“", 0); at >= 0; at = indexFrom(text, "“", at+len("“")) {
		i := at + len("“")
		if !s.personCtx.Before(text[max(0, at-maxStormWordBytes):at]) {
			continue
		}
		if e := strings.Index(text[i:], "”"); e > 0 && e <= maxStormNameBytes && !slices.Contains(names, text[i:i+e]) {
			names = append(names, text[i:i+e])
		}
	}
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if isEntity(m.Type) && m.Start > 0 && d.Slice(m.Start-1, m.Start) != "“" && s.personCtx.Before(d.Slice(max(m.Start-6, 0), m.Start)) &&
			!slices.Contains(names, m.Text) {
			names = append(names, m.Text) // 台风泰利
		}
	}
	if names == nil {
		return
	}
	var spans [][2]int
	for _, name := range names {
		for at := indexFrom(text, name, 0); at >= 0; at = indexFrom(text, name, at+len(name)) {
			start := d.RuneOffset(at)
			spans = append(spans, [2]int{start, start + runes.Count(name)})
		}
	}
	d.DeleteMentions(func(m *pipeline.Mention) bool {
		if !isEntity(m.Type) {
			return false
		}
		for _, sp := range spans {
			if sp[0] <= m.Start && m.End <= sp[1] {
				return true
			}
		}
		return false
	})
}

// directedCountries grows a PLACE mention by a direction character before
// it when the two name a country (南 + 苏丹 → 南苏丹, 北 + 马其顿, 东 +
// 帝汶): the character stands as a gse word of its own and in no other
// mention, so 河南 or 中南 keep theirs.
func (s *Stage) directedCountries(d *doc) {
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type != pipeline.Place || m.Start == 0 || !directions.has(d.Runes()[m.Start-1]) {
			continue
		}
		j := d.tokenAt(m.Start - 1)
		if j < 0 || d.Tokens[j].Start != m.Start-1 || d.Tokens[j].End != m.Start {
			continue
		}
		name := d.Slice(m.Start-1, m.End)
		if s.countries.Lookup(name) == nil || nameOver(d, m.Start-1, m.Start) {
			continue
		}
		m.Start, m.Text, m.Entity = m.Start-1, name, ""
		addRule(m, "country-direction")
	}
}

// maxStormWordBytes is how far before an opening quote dropStormNames looks
// for a storm word (强热带风暴); maxStormNameBytes the longest name it reads.
const (
	maxStormWordBytes = 5 * 3
	maxStormNameBytes = 8 * 3
)

// designation reports whether a hyphen and a digit follow off, as after the
// character of an aircraft's or weapon's model (苏-57, 歼-20).
func designation(d *doc, off int) bool {
	if off+2 > d.CharCount() {
		return false
	}
	rs := d.Runes() // decoded once for every rule
	return hyphens.has(rs[off]) && unicode.IsDigit(rs[off+1])
}

// numeralChars are the Chinese numerals of a plenary session's number.
const numeralChars = "一二三四五六七八九十"

// plenum matches a numbered plenary session of a Central Committee, alone
// or in a list (二中、三中、四中全会): the tagger reads 三中 as a school.
var plenum = regexp.MustCompile(`^[一二三四五六七八九十]+中(?:、[一二三四五六七八九十]+中)*全会`)

// minConfidence is the tagger confidence below which a PERSON mention needs a
// known surname, and a PLACE mention a gazetteer entry or a place suffix, to
// stay (0.5 is a typical span). On the evaluation sets the PERSON filter
// raises precision (msra 92.94 → 93.20, pku 91.17 → 91.58) at equal or
// better F1.
const minConfidence = 0.1

// piece is one name inside a longer span, offsets in runes from its start.
type piece struct {
	typ        string
	start, end int
}

// pieces reads text as one organization, one place, or a chain of a country
// followed by a foreign place in it (法国卡达拉奇 → 法国 + 卡达拉奇); nil when
// it is none of these.
func (s *Stage) pieces(text string) []piece {
	n := runes.Count(text)
	if n == 0 {
		return nil
	}
	if s.orgName(text) {
		return []piece{{pipeline.Org, 0, n}}
	}
	if s.gazetteerPlace(text) {
		return []piece{{pipeline.Place, 0, n}}
	}
	if k := s.countryPlace(text); k > 0 {
		return []piece{{pipeline.Place, 0, k}, {pipeline.Place, k, n}}
	}
	return nil
}

// countriesNamed reports whether the document writes out the name of every
// country that a character of abbrevs abbreviates.
func (s *Stage) countriesNamed(d *doc, abbrevs string) bool {
	for _, c := range abbrevs {
		k := s.countries.Abbrev(string(c))
		if k == nil || !d.written(k.Name) {
			return false
		}
	}
	return true
}

// allCountryAbbrevs reports whether every one of rs, code points the
// document has decoded, abbreviates a country (美日韩, 中吉乌).
func (s *Stage) allCountryAbbrevs(rs []rune) bool {
	for _, c := range rs {
		if !s.countries.AbbreviatedBy(c) {
			return false
		}
	}
	return true
}

// countryPlace returns the length of the country name or abbreviation that
// text starts with when the rest of text is a foreign place in that
// country, else 0.
func (s *Stage) countryPlace(text string) int {
	if r, _ := runes.DecodeLast(text); !s.foreign.Ends(r) {
		return 0 // most texts: no lookup of a country for each cut
	}
	n := runes.Count(text)
	k := 0        // text[:b] holds k characters
	var last rune // the last of them
	for b := 0; b < len(text); {
		if k == 1 && n >= 3 && s.countries.AbbreviatedBy(last) {
			// 俄库尔斯克州, 美加州: the country's abbreviation.
			if c := s.countries.Abbrev(text[:b]); c != nil {
				if f := s.foreign.Lookup(text[b:]); f != nil && f.Country == c.Code {
					return k
				}
			}
		}
		// Only a cut after a character some country's name ends with
		// reads the map.
		if k >= 2 && k < n-1 && s.countryEnd.Has(last) {
			if c := s.countries.Lookup(text[:b]); c != nil {
				if f := s.foreign.Lookup(text[b:]); f != nil && f.Country == c.Code {
					return k
				}
			}
		}
		var size int
		last, size = runes.DecodeFirst(text[b:])
		b += size
		k++
	}
	return 0
}

// abbrevRun returns the characters of m, a PLACE or ORG, when it is two to
// four countries' one-character abbreviations for splitSpans to split
// (美日韩), else 0. The abbreviations first: most names are none, most
// turned away at their first character before their text is counted, and
// countriesNamed searches the whole text.
func (s *Stage) abbrevRun(d *doc, m *pipeline.Mention) int {
	rs := d.Runes()
	if m.Start < 0 || m.Start > m.End || m.End > len(rs) || !s.allCountryAbbrevs(rs[m.Start:m.End]) {
		return 0
	}
	n := runes.Count(m.Text)
	if n < 2 || n > 4 || !(m.Type == pipeline.Place && n >= 3 || s.countriesNamed(d, m.Text)) || s.gazetteerPlace(m.Text) || s.isOrgAlias(m.Text) {
		return 0
	}
	return n
}

// connectors join coordinated names (与, 和, 及, 同, 会同, 联合, 以及), longest
// first.
var connectors = [][]rune{[]rune("会同"), []rune("联合"), []rune("以及"), []rune("与"), []rune("和"), []rune("及"), []rune("同")}

// connectorFirsts holds the first character of each connector: a name
// without one is no coordination, and most names have none
// (strings.ContainsAny over the characters was a third of the rule's cost).
var connectorFirsts = func() *runes.Set {
	s := new(runes.Set)
	for _, k := range connectors {
		s.Add(k[0])
	}
	return s
}()

// connectorAt returns the length of the connector at r[i:], or 0.
func connectorAt(r []rune, i int) int {
	for _, c := range connectors {
		if i+len(c) <= len(r) && slices.Equal(r[i:i+len(c)], c) {
			return len(c)
		}
	}
	return 0
}

// splitSpans replaces an ORG or PLACE mention made of two names joined by a
// connector (法国卡达拉奇与ITER总部) by the names, each typed by the
// gazetteers and suffix grammar, and a PLACE mention that is a country and a
// foreign place in it (法国卡达拉奇) by the two places.
func (s *Stage) splitSpans(d *doc) {
	var add []pipeline.Mention
	d.DeleteMentions(func(m *pipeline.Mention) bool {
		if (m.Type != pipeline.Org && m.Type != pipeline.Place) || m.Stage == Name {
			return false
		}
		var parts []piece
		rule := ""
		if connectorFirsts.Any(m.Text) {
			r := []rune(m.Text)
			for i := 1; i < len(r)-1 && parts == nil; i++ {
				n := connectorAt(r, i)
				if n == 0 || i+n >= len(r) {
					continue
				}
				// The connector must be a word of its own: 联合 of
				// 纽约联合国总部 is inside 联合国.
				if k := d.tokenAt(m.Start + i); k >= 0 && (d.Tokens[k].Start != m.Start+i || d.Tokens[k].End != m.Start+i+n) {
					continue
				}
				left, right := s.pieces(string(r[:i])), s.pieces(string(r[i+n:]))
				if left == nil || right == nil {
					continue
				}
				for _, p := range right {
					p.start, p.end = p.start+i+n, p.end+i+n
					left = append(left, p)
				}
				parts, rule = left, "split-connector"
			}
		}
		if parts == nil && m.Type == pipeline.Org {
			parts = s.adjacentAliases(d, m)
			if parts != nil {
				rule = "split-adjacent"
			}
		}
		if parts == nil && m.Type == pipeline.Place {
			if k := s.countryPlace(m.Text); k > 0 {
				parts, rule = []piece{{pipeline.Place, 0, k}, {pipeline.Place, k, runes.Count(m.Text)}}, "split-country-place"
			}
		}
		if parts == nil {
			// 美日韩: each country of a coordination its own span, as the
			// msra convention has it, also where the tagger said ORG
			// and the document names each country (英法德; 哈马德 is a
			// name). Two characters are as often a name of their own
			// (巴西, 蒙古).
			for k := range s.abbrevRun(d, m) {
				parts = append(parts, piece{pipeline.Place, k, k + 1})
				rule = "split-abbrevs"
			}
		}
		for _, p := range parts {
			add = append(add, pipeline.Mention{
				Type: p.typ, Start: m.Start + p.start, End: m.Start + p.end,
				Stage: Name, Rule: rule, Confidence: m.Confidence,
			})
		}
		return parts != nil
	})
	for _, m := range add {
		d.AddMention(m)
	}
}

// splitTitled splits a tagger PERSON mention that opens with a country and
// a title into the country's PLACE and the person after the title
// (卡塔尔埃米尔塔米姆 → 卡塔尔 + 塔米姆): the title belongs to neither, and
// the role facts read it between them. Two characters at least must be left
// for the name.
func (s *Stage) splitTitled(d *doc) {
	var add []pipeline.Mention
	d.DeleteMentions(func(m *pipeline.Mention) bool {
		// A country, a title and a name need six characters: most names
		// are shorter, and need not be decoded.
		if m.Type != pipeline.Person || m.Stage == Name || runes.Count(m.Text) < 6 || s.known.Has(m.Text) {
			return false
		}
		r := []rune(m.Text)
		for k := 2; k <= len(r)-4; k++ {
			if s.countries.Lookup(string(r[:k])) == nil {
				continue
			}
			for e := min(len(r)-2, k+s.titles.MaxLen()); e >= k+2; e-- {
				if c, ok := s.titles.CategoryOfRunes(r[k:e]); ok && c != "honorific" {
					add = append(add,
						pipeline.Mention{Type: pipeline.Place, Start: m.Start, End: m.Start + k, Stage: Name, Rule: "split-country-title", Confidence: m.Confidence},
						pipeline.Mention{Type: pipeline.Person, Start: m.Start + e, End: m.End, Stage: Name, Rule: "split-country-title", Confidence: m.Confidence})
					return true
				}
			}
		}
		return false
	})
	for _, m := range add {
		d.AddMention(m)
	}
}

// adjacentAliases returns the parts of ORG mention m when it is two or more
// gse words written together, each an organization alias on its own and the
// whole none, all ending in the same character, as peers do (民政部|财政部,
// 中宣部|中组部 → two ORG mentions); a body and one of its own (联合国|世界
// 粮食计划署, 中共|中央军委) stay one name. Else nil.
func (s *Stage) adjacentAliases(d *doc, m *pipeline.Mention) []piece {
	if _, ok := s.aliases.Canonical(m.Text); ok {
		return nil
	}
	i := d.tokenAt(m.Start)
	if i < 0 || d.Tokens[i].Start != m.Start {
		return nil
	}
	var parts []piece
	for ; i < len(d.Tokens) && d.Tokens[i].End <= m.End; i++ {
		t := d.Tokens[i]
		if _, ok := s.aliases.Canonical(t.Text); !ok || t.End-t.Start < 2 || lastRune(t.Text) != lastRune(m.Text) {
			return nil
		}
		parts = append(parts, piece{pipeline.Org, t.Start - m.Start, t.End - m.Start})
	}
	if len(parts) < 2 || parts[len(parts)-1].end != m.End-m.Start {
		return nil
	}
	return parts
}

// addFromGazetteers adds the names the tagger missed that the dictionaries
// know, each only where it is whole gse words and overlaps no other name:
// people of people_known.tsv (内塔尼亚胡称…), organization aliases that
// stand as full names (ITER, 联合国, 世界卫生组织),
// countries and divisions by their usual or unique names (孝感, 约旦), and
// a division's unique full name that gse cut before its last character
// (双流|区, next to its prefecture for a county) — never a part of a word or of another name (中国 in
// 中国科学院). An alias the tagger cut at 和 replaces the tagger's part
// (文化和|旅游部).
func (s *Stage) addFromGazetteers(d *doc) {
	toks := d.Tokens
	if len(toks) == 0 {
		return
	}
	taken := d.flags(toks[len(toks)-1].End) // code points inside a name
	for k := range d.Mentions {
		m := &d.Mentions[k]
		if isEntity(m.Type) {
			for i := max(m.Start, 0); i < min(m.End, len(taken)); i++ {
				taken[i] = true
			}
		}
	}
	free := func(start, end int) bool { return !slices.Contains(taken[start:end], true) }
	add := d.pending()
	var drop []int // IDs of tagger mentions an alias replaces
	buf := make([]byte, 0, 64)
	classes := d.classes // the tests below ask them of the next token too
	// Most words can begin no name the rules below find: their classes
	// turn them away. The loop reads the tokens of class mayName from the
	// words of scan, as nextOf would find them, without a call for each.
	from := 0 // the first token no rule below has read
	for w, word := range d.scan {
		for x := word & spread(mayName); x != 0; x &= x - 1 { // one bit a token
			i := w*8 + bits.TrailingZeros64(x)/8
			if i < from {
				continue
			}
			from = i + 1
			// Each rule asks the token's classes first: most tokens are of one
			// or two, and the tests of the tokens themselves cost more.
			c := classes[i]
			// A known person written out as whole words (内塔尼亚胡称…).
			if c&startsKnown != 0 {
				if j := s.knownAt(toks, i, buf); j > i && free(toks[i].Start, toks[j-1].End) &&
					(s.sides || !s.personCtx.Theory(d.Slice(toks[j-1].End, min(toks[j-1].End+6, d.CharCount())))) {
					// pku: no person inside a theory's name (习近平新时代…思想).
					add = append(add, pipeline.Mention{Type: pipeline.Person, Start: toks[i].Start, End: toks[j-1].End, Stage: Name, Rule: "gazetteer-person", Confidence: gazetteerConfidence})
					from = j
					continue
				}
			}
			// Or right after a title, where gse joined its last character to
			// the word after it (总统/n 拜/v 登在/v).
			if c&beforeFollow != 0 && i+1 < len(toks) && toks[i+1].Start == toks[i].End && classes[i+1]&startsKnown != 0 {
				if _, title := s.titles.Category(toks[i].Text); title {
					if end := s.knownAfter(d, toks[i].End); end > 0 && free(toks[i].End, end) {
						add = append(add, pipeline.Mention{Type: pipeline.Person, Start: toks[i].End, End: end, Stage: Name, Rule: "gazetteer-person", Confidence: gazetteerConfidence})
						for k := toks[i].End; k < end; k++ {
							taken[k] = true
						}
					}
				}
			}
			if c&beginsAlias != 0 && s.spotAbbrevs && toks[i].End-toks[i].Start == 2 && free(toks[i].Start, toks[i].End) && s.dashedOrg(d, toks[i], taken) {
				add = append(add, pipeline.Mention{Type: pipeline.Org, Start: toks[i].Start, End: toks[i].End, Stage: Name, Rule: "org-hyphen", Confidence: gazetteerConfidence})
				continue
			}
			if c&beginsAlias != 0 { // most words: no call
				if j := s.aliasAt(d, i); j > i && (free(toks[i].Start, toks[j-1].End) || s.cutAtAnd(d, toks[i].Start, toks[j-1].End, &drop) ||
					s.brandOver(d, toks[i].Start, toks[j-1].End, &drop)) {
					add = append(add, pipeline.Mention{Type: pipeline.Org, Start: toks[i].Start, End: toks[j-1].End, Stage: Name, Rule: "gazetteer-org", Confidence: gazetteerConfidence})
					from = j
					continue
				}
			}
			// A foreign place of several gse words that begins with a place
			// word and that the tagger missed whole (对|加沙/ns 地带/n):
			// known-place mends only the names the tagger began.
			if t := &toks[i]; c&namedWord != 0 && t.Pos == "ns" && i+1 < len(toks) && toks[i+1].Start == t.End {
				if j := s.foreignWords(d, toks, i); j > i && free(t.Start, toks[j].End) {
					add = append(add, pipeline.Mention{Type: pipeline.Place, Start: t.Start, End: toks[j].End, Stage: Name, Rule: "gazetteer-place", Confidence: gazetteerConfidence})
					from = j + 1
					continue
				}
			}
			// A division's full name gse cut in two (双流|区, 锡山|区).
			if j := i + 1; c&beforeFollow != 0 && j < len(toks) && toks[j].Start == toks[i].End && toks[j].End == toks[j].Start+1 &&
				classes[j]&endsFullName != 0 && free(toks[i].Start, toks[j].End) {
				if name := toks[i].Text + toks[j].Text; len(s.divs.LookupFull(name)) == 1 && s.namedWithParent(d, s.divs.LookupFull(name)[0]) {
					add = append(add, pipeline.Mention{Type: pipeline.Place, Start: toks[i].Start, End: toks[j].End, Stage: Name, Rule: "gazetteer-place", Confidence: gazetteerConfidence})
					from = j + 1
					continue
				}
			}
			// A county's short form right after its province or prefecture
			// (陕西|大荔/nrt): the parent says which county it is.
			t := &toks[i]
			named := c&namedWord != 0
			if i > 0 && named && toks[i-1].End == t.Start && free(t.Start, t.End) && s.countyAfter(toks[i-1].Text, t.Text) {
				add = append(add, pipeline.Mention{Type: pipeline.Place, Start: t.Start, End: t.End, Stage: Name, Rule: "gazetteer-place", Confidence: gazetteerConfidence})
				continue
			}
			// Only a word gse tags a name or that may be a strong place can be
			// one: tested first, that spares most words the search of taken.
			// Every strong name has two or more characters.
			strong := c&beginsStrong != 0 && t.End-t.Start >= 2
			if (strong || named) && (free(t.Start, t.End) || t.End-t.Start >= 3 && s.knownPlace(t.Text) && surnameOnly(d, t.Start, t.End)) &&
				(named && s.knownPlace(t.Text) || strong && s.strongPlace(t)) && s.countyInContext(d, t.Text) {
				if !free(t.Start, t.End) {
					surnameOver(d, t.Start, t.End, &drop)
				}
				add = append(add, pipeline.Mention{Type: pipeline.Place, Start: t.Start, End: t.End, Stage: Name, Rule: "gazetteer-place", Confidence: gazetteerConfidence})
			}
		}
	}
	if len(drop) > 0 {
		d.DeleteMentions(func(m *pipeline.Mention) bool { return slices.Contains(drop, m.ID) })
	}
	d.addPending(add)
}

// foreignWords returns the last of the contiguous gse words from toks[i] on
// that spell a place of places_foreign.tsv of four or more characters, or i
// when none does.
func (s *Stage) foreignWords(d *doc, toks []pipeline.Token, i int) int {
	a, b, ok := s.foreign.Spots.AroundRune(d.Text, d.Runes(), toks[i].Start, d.ByteOffset(toks[i].Start))
	if !ok || d.RuneOffset(a) != toks[i].Start {
		return i
	}
	end := d.RuneOffset(b)
	if end-toks[i].Start < 4 {
		return i
	}
	for j := i + 1; j < len(toks) && toks[j].Start == toks[j-1].End && toks[j].End <= end; j++ {
		if toks[j].End == end {
			return j
		}
	}
	return i
}

// surnameOnly reports whether the only names overlapping start..end are
// tagger PERSON mentions of one character at its start (张 of 张家界, which
// gse tags a person's name).
func surnameOnly(d *doc, start, end int) bool {
	for m := range d.namesOver(start, end) {
		if m.Type != pipeline.Person || m.Stage == Name || m.Start != start || m.End != start+1 {
			return false
		}
	}
	return true
}

// surnameOver adds to drop the mentions surnameOnly allowed.
func surnameOver(d *doc, start, end int, drop *[]int) {
	for k := range d.Mentions {
		m := &d.Mentions[k]
		if isEntity(m.Type) && m.Start == start && m.End == start+1 {
			*drop = append(*drop, m.ID)
		}
	}
}

// brandOver reports whether start..end spells a brand of org_aliases.tsv
// and the only names overlapping it are tagger PERSON or PLACE mentions
// inside it (华 of 华为, 阿里 of 阿里巴巴), which it then adds to drop.
func (s *Stage) brandOver(d *doc, start, end int, drop *[]int) bool {
	if !s.aliases.Brand(d.Slice(start, end)) {
		return false
	}
	var ids []int
	for m := range d.namesOver(start, end) {
		if m.Stage == Name || m.Type == pipeline.Org || m.Start < start || m.End > end {
			return false
		}
		ids = append(ids, m.ID)
	}
	*drop = append(*drop, ids...)
	return true
}

// dashedOrg reports whether gse word t is a two-character organization
// alias written right after a hyphen or dash that follows a PLACE or ORG
// mention (联合国-阿盟, 中国—东盟): names joined so are bodies or states side
// by side, not parts of other words, which keep other two-character aliases
// out of gazetteer-org. taken marks the code points inside names. A name
// ending right before the dash is looked for before the alias: most words
// follow none, and the map read was nine in ten of the rule's cost.
func (s *Stage) dashedOrg(d *doc, t pipeline.Token, taken []bool) bool {
	if t.Start < 2 {
		return false
	}
	rs := d.Runes()
	dash := t.Start - 1
	if rs[dash] == '—' && rs[dash-1] == '—' {
		dash-- // ——
	}
	if dash < 1 || taken[dash] || !taken[dash-1] || !strings.Contains("-—–", d.Slice(dash, dash+1)) {
		return false
	}
	if _, ok := s.aliases.Canonical(t.Text); !ok {
		return false
	}
	return slices.ContainsFunc(d.Mentions, func(m pipeline.Mention) bool {
		return m.End == dash && (m.Type == pipeline.Org || m.Type == pipeline.Place)
	})
}

// cutAtAnd reports whether the only names overlapping start..end, the span
// of an organization alias, are tagger ORG mentions that begin inside it
// right after 和: the tagger read the body's name as two (文化和|旅游部原党组
// of 文化和旅游部). Their IDs are added to drop.
func (s *Stage) cutAtAnd(d *doc, start, end int, drop *[]int) bool {
	var ids []int
	for m := range d.namesOver(start, end) {
		if m.Type != pipeline.Org || m.Stage == Name || m.Start <= start || d.Slice(m.Start-1, m.Start) != "和" {
			return false
		}
		ids = append(ids, m.ID)
	}
	*drop = append(*drop, ids...)
	return len(ids) > 0
}

// countyInContext reports whether a word that is a district's full name is
// named with its prefecture (namedWithParent); any other word passes.
// District names are common words as often (老城区, 东区), while a county
// is named alone (滑县, 歙县).
func (s *Stage) countyInContext(d *doc, word string) bool {
	v := s.divs.LookupFull(word)
	return len(v) != 1 || !strings.HasSuffix(word, "区") || s.namedWithParent(d, v[0])
}

// namedWithParent reports whether a division is above county level, or the
// document also names its prefecture: 老城区 is a district of 洛阳 only in
// a story about 洛阳, and an old town anywhere else.
func (s *Stage) namedWithParent(d *doc, v *dictionaries.Division) bool {
	if v.Level != dictionaries.LevelCounty {
		return true
	}
	p := s.divs.Parent(v)
	return p != nil && (d.written(p.Name) || p.Short != "" && d.written(p.Short))
}

// namePOS reports whether a gse tag marks a word gse takes for a name: a
// place (ns), person (nr, nrt), organization (nt), other proper name (nz) or
// abbreviation (j). gse tags the places of the gazetteers so, and looking up
// only these words keeps the search cheap.
func namePOS(pos string) bool {
	switch pos {
	case "ns", "nr", "nrt", "nt", "nz", "j":
		return true
	}
	return false
}

// gazetteerConfidence is the confidence of a name found only by a dictionary.
const gazetteerConfidence = 0.5

// aliasAt returns the end (exclusive token index) of the longest run of whole
// tokens from i whose text is an organization's name in the aliases, or i.
// Only names that stand as full names count: the canonical name itself
// (联合国, 国际原子能机构), the tail of its full name ending in an
// institution suffix (外交部 of 中华人民共和国外交部, not 中宣部), a
// Latin acronym (ITER, WHO) or, unless the style is pku, a Chinese
// abbreviation of three or more characters (上合组织, 国家电网, 人社部):
// MSRA marks those, the tagger misses most written since its training data
// (all 180 上合组织 and 103 of 107 国家电网 in 18,000 corpus documents), and
// People's Daily does not mark them. Two-character ones (北大, 欧盟) stay
// out: too many are parts of other words. The caller tests token i's first
// character with Begins, which turns most words away before the call.
func (s *Stage) aliasAt(d *doc, i int) int {
	toks := d.Tokens
	first := toks[i].Text
	// The runs' first and last characters are the document's code points.
	rs := d.Runes()
	c, prefix := s.aliases.AliasPrefix(first, d.first[i], rs[toks[i].End-1])
	if !prefix {
		return i // most words
	}
	best := i
	if c != "" && s.fullAlias(first, c) {
		best = i + 1
	}
	// A token's text is the document's over its span, so the words written
	// one after another from token i are the text from its start on: no
	// copy of them.
	from := d.ByteOffset(toks[i].Start)
	to := from + len(first)
	for j := i + 1; j < len(toks) && toks[j].Start == toks[j-1].End; j++ {
		to += len(toks[j].Text)
		name := d.Text[from:to]
		c, prefix := s.aliases.AliasPrefix(name, d.first[i], rs[toks[j].End-1])
		if !prefix {
			break
		}
		if c != "" && s.fullAlias(name, c) {
			best = j + 1
		}
	}
	return best
}

// fullAlias reports whether name, an organization alias of canonical name
// c, stands as a full name for aliasAt.
func (s *Stage) fullAlias(name, c string) bool {
	return c == name || acronym(name) || s.hasOrgSuffix(name) && strings.HasSuffix(c, name) ||
		s.spotAbbrevs && runes.Count(name) >= 3 || s.aliases.Brand(name)
}

// knownAt returns the end (exclusive token index) of the run of whole
// tokens from i that spells a name of people_known.tsv, or i.
// knownAfter returns the end of the longest name of people_known.tsv
// written from code point start, or 0.
func (s *Stage) knownAfter(d *doc, start int) int {
	n := d.CharCount()
	end := 0
	for l := 2; l <= maxKnownName && start+l <= n; l++ {
		if s.known.Has(d.Slice(start, start+l)) {
			end = start + l // the longest: 岸田文雄, not 岸田
		}
	}
	return end
}

// maxKnownName is the longest name, in characters, knownAfter reads.
const maxKnownName = 8

func (s *Stage) knownAt(toks []pipeline.Token, i int, buf []byte) int {
	buf = buf[:0]
	end := i // the longest: 岸田文雄, not 岸田 of it
	// toks[i:next] are in buf: copied only for a run that may end a name,
	// as few do.
	for j, next := i, i; j < len(toks) && j < i+4 && (j == i || toks[j].Start == toks[j-1].End); j++ {
		if t := toks[j].Text; len(t) >= 2 && !s.known.MayEnd(t) {
			continue
		}
		for ; next <= j; next++ {
			buf = append(buf, toks[next].Text...)
		}
		if s.known.HasBytes(buf) {
			end = j + 1
		}
	}
	return end
}

func (s *Stage) hasOrgSuffix(name string) bool {
	_, _, ok := s.suffixes.Match(name)
	return ok
}

// acronym reports whether name is two or more capital Latin letters.
func acronym(name string) bool {
	if len(name) < 2 {
		return false
	}
	for _, c := range name {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// strongPlace reports whether token t is a place whatever gse tagged it: a
// country or a foreign capital or city of places_foreign.tsv, tagged
// anything but a verb, preposition, conjunction or particle (马里/q), or a
// Chinese division of prefecture level or above (see oneDivision), tagged a
// noun or an adverb — written as one token of two or more characters
// (平壤/n, 合肥/n, 基辅/n, 也门/d, 首尔/d: the tagger leans on gse's ns and
// missed them about half the time). Names that are also common words
// (place_words.tsv) need gse to tag them a name. The caller tests t with
// strongNames.may first.
func (s *Stage) strongPlace(t *pipeline.Token) bool {
	// The tag turns most tokens away before the map read.
	if strings.HasPrefix(t.Pos, "v") || strings.HasPrefix(t.Pos, "u") || t.Pos == "p" || t.Pos == "c" {
		return false
	}
	kind := s.strong.get(t.Text)
	switch {
	case kind == 0:
		return false
	case kind&strongCommon != 0:
		return namePOS(t.Pos) // 来宾们: guests
	case kind == strongDivision:
		return t.Pos == "n" || t.Pos == "d" || namePOS(t.Pos)
	}
	return true
}

// Kinds of the strong places strongPlace reads.
const (
	strongForeign  = 1 // a country or a foreign capital or city
	strongDivision = 2 // a Chinese province or prefecture
	strongCommon   = 4 // also a common word (place_words.tsv)
)

// strongNames is the names strongPlace accepts, by kind, and the characters
// they begin with: a token whose first character begins none needs no map
// read, which was a third of the rule's cost. So does one whose last two
// bytes end none (tails, as tailKey hashes them).
type strongNames struct {
	kind         map[string]uint8
	first, tails runes.Set
}

// get returns the kind of name, 0 for none.
func (n *strongNames) get(name string) uint8 {
	if k := len(name); k < 2 || !n.tails.Has(tailKey(name)) {
		return 0 // every name has two characters
	}
	return n.kind[name]
}

// tailKey makes the last two bytes of s, two or more, a member of a
// runes.Set.
func tailKey(s string) rune { return rune(s[len(s)-2])<<8 | rune(s[len(s)-1]) }

// strongPlaces lists the names strongPlace accepts, by kind.
func (s *Stage) strongPlaces() strongNames {
	m := map[string]uint8{}
	for _, v := range s.divs.All() {
		for _, name := range []string{v.Name, v.Short, v.SharedShort} {
			if runes.Count(name) >= 2 && s.oneDivision(name) {
				m[name] = strongDivision
			}
		}
	}
	for _, f := range s.foreign.All() {
		if f.Kind == dictionaries.ForeignCapital || f.Kind == dictionaries.ForeignCity {
			m[f.Name] = strongForeign
		}
	}
	for _, c := range s.countries.All() {
		m[c.Name] = strongForeign
	}
	var first, tails runes.Set
	for name := range m {
		if runes.Count(name) < 2 {
			delete(m, name)
			continue
		}
		if _, common := s.placeWords.Get(name); common {
			m[name] |= strongCommon
		}
		c, _ := runes.DecodeFirst(name)
		first.Add(c)
		tails.Add(tailKey(name))
	}
	return strongNames{kind: m, first: first, tails: tails}
}

// oneDivision reports whether a short form names one division above county
// level, or divisions nested in one above county level (和田: 和田地区, and
// 和田市 and 和田县 in it), which place-level then tells apart.
func (s *Stage) oneDivision(word string) bool {
	v := s.divs.Lookup(word)
	if len(v) == 0 {
		return false
	}
	if _, common := s.placeWords.Get(word); common && len(v) > 1 {
		return false // 白银 is silver more often than 白银市 or its 白银区
	}
	top := v[0]
	for _, d := range v[1:] {
		if s.divs.Contains(d, top) {
			top = d
		}
	}
	for _, d := range v {
		if !s.divs.Contains(top, d) {
			return false
		}
	}
	return top.Level != dictionaries.LevelCounty
}

// countyAfter reports whether word is the short form of exactly one county
// inside the division parent names (陕西, 渭南市).
func (s *Stage) countyAfter(parent, word string) bool {
	if runes.Count(word) < 2 {
		return false
	}
	cs := s.divs.Lookup(word) // first: most words are no division
	if len(cs) == 0 || slices.ContainsFunc(cs, func(c *dictionaries.Division) bool { return c.Level != dictionaries.LevelCounty }) {
		return false // 大同 is a prefecture too
	}
	ps := append(s.divs.Lookup(parent), s.divs.LookupFull(parent)...)
	n := 0
	for _, c := range cs {
		for _, p := range ps {
			if s.divs.Contains(p, c) {
				n++
				break
			}
		}
	}
	return n == 1
}

// knownPlace reports whether a word is a country's usual name, the full
// name of exactly one division, or the unique short form of a province or
// prefecture. Aliases such as 中方 (the Chinese side) read as a party more
// often than a place, shared full names such as 城区 and 郊区 are ordinary
// words, and county short forms (双流, 和平) are too often words as well.
func (s *Stage) knownPlace(word string) bool { return s.readings[word].known }

// readKnownPlace is knownPlace from the gazetteers themselves, for the index
// knownPlace consults: up to four map reads where the index makes one.
func (s *Stage) readKnownPlace(word string) bool {
	if c := s.countries.Lookup(word); c != nil {
		return c.Name == word
	}
	if len(s.divs.LookupFull(word)) == 1 {
		return true
	}
	return s.oneDivision(word)
}

// zoneSuffixAt returns where the words from token j on spell out exactly a
// development zone's suffix of two or more words (自|贸|试验区), or 0.
func (s *Stage) zoneSuffixAt(d *doc, j int) int {
	start := d.Tokens[j].Start
	for k := j + 1; k < len(d.Tokens) && k < j+4; k++ {
		if d.Tokens[k].Start != d.Tokens[k-1].End {
			return 0
		}
		suf := d.Slice(start, d.Tokens[k].End)
		if suffix, kind, ok := s.suffixes.Match("X" + suf); ok && kind == "zone" && suffix == suf {
			return d.Tokens[k].End
		}
	}
	return 0
}

// parkOrgs replaces a run of tagger PLACE mentions followed by at most
// three ordinary words, the last ending with the suffix of a park run as an
// institution, by one ORG mention: 中 + 韩 + 创新创业园 → 中韩创新创业园.
func (s *Stage) parkOrgs(d *doc) {
	if len(d.Tokens) == 0 {
		return
	}
	pipeline.SortMentions(d.Mentions)
	var add []pipeline.Mention
	drop := map[int]bool{}
	for i := 0; i < len(d.Mentions); i++ {
		m := &d.Mentions[i] // read in place: the loop adds and deletes none
		if m.Type != pipeline.Place {
			continue
		}
		last := i // the run of adjacent places
		for last+1 < len(d.Mentions) && d.Mentions[last+1].Type == pipeline.Place && d.Mentions[last+1].Start == d.Mentions[last].End {
			last++
		}
		end := d.Mentions[last].End
		j := d.tokenAt(end)
		if j < 0 || d.Tokens[j].Start != end || (j > 0 && d.Tokens[j-1].End != end) {
			continue
		}
		if last == i && len(s.divs.Lookup(m.Text)) > 0 {
			// 安徽 + 自/贸/试验区: a zone's whole suffix over several words.
			if e := s.zoneSuffixAt(d, j); e > 0 && (last+1 >= len(d.Mentions) || d.Mentions[last+1].Start >= e) {
				add = append(add, pipeline.Mention{Type: pipeline.Org, Start: m.Start, End: e, Stage: Name, Rule: "zone-org", Confidence: m.Confidence})
				drop[m.ID] = true
				continue
			}
		}
		for k := j; k < len(d.Tokens) && k < j+3; k++ {
			t := d.Tokens[k]
			if !ordinaryPOS(t.Pos) || (k > j && t.Start != d.Tokens[k-1].End) || (last+1 < len(d.Mentions) && d.Mentions[last+1].Start < t.End) {
				break
			}
			name := d.Slice(m.Start, t.End)
			rule := "park-org"
			if k == j && last == i && s.zone(name) && len(s.divs.Lookup(m.Text)) > 0 {
				rule = "zone-org" // 成都 + 高新区
			} else if t.End-t.Start < 2 || !s.park(name) {
				continue
			}
			{
				add = append(add, pipeline.Mention{Type: pipeline.Org, Start: m.Start, End: t.End, Stage: Name, Rule: rule, Confidence: m.Confidence})
				for x := i; x <= last; x++ {
					drop[d.Mentions[x].ID] = true
				}
				break
			}
		}
		i = last
	}
	if len(add) == 0 {
		return
	}
	d.DeleteMentions(func(m *pipeline.Mention) bool { return drop[m.ID] })
	for _, m := range add {
		d.AddMention(m)
	}
}

// ordinaryPOS reports whether a gse tag marks a content word that may stand
// inside an institution's name: nouns, verbs, abbreviations, even gse's
// guess of a person name for an unknown word.
func ordinaryPOS(pos string) bool {
	switch pos {
	case "n", "nr", "nz", "v", "vn", "j", "an", "b":
		return true
	}
	return false
}

// edgeNames is how many transliterated names of the training data
// (name_chars.tsv) a character must begin, or end, for person-edge to add it
// to a name the tagger cut short; edgeChars how many names each character
// of the mention itself must stand in.
const (
	edgeNames = 10
	edgeChars = 5
	// edgeTail is how many transliterated names a character must continue
	// or end for person-edge to add it after a name the document always
	// writes with it (普里戈|任: 任 ends none but stands inside four).
	edgeTail = 3
)

// edgeNotLast are characters that end transliterated names (松野博一, 古丽有)
// but after a name more often count or predicate: 沙利文三人, 詹姆斯一接到球,
// 史密斯有.
const edgeNotLast = "一二三四五六七八九十两几有是为"

// personEdges extends a tagger PERSON mention by the one character gse left
// as a word of its own at its edge, when that character begins (or ends)
// transliterated names often in the training data and the mention's own
// characters are those of such names: 总理希|普金斯 (希/v), 总司令扎|卢日内,
// 外交部长西雅尔|多10日 (多/m), 驻华大使多|罗萨里奥. A character before the
// name must follow a title or a noun for people (总理, 选手); one after it
// must stand before punctuation, a digit, a time word or a verb, and not
// before a counter (普京多|次 is no name). A character that ends few names,
// or stands before anything, is added still when the document writes the
// name at least twice, always with it, before different characters
// (普里戈任刑事立案 … 普里戈任名义, 梅拉尼|娅): the tagger cut it everywhere. A Chinese name the tagger began
// at its given name (选手盛|李豪, 盛/v) takes the surname before it in the
// same place. Function words (向李豪, 和, 在) are never added, nor a
// character beside a name the document writes without it elsewhere, nor
// to a name of people_known.tsv, nor a character that makes the mention
// a run of country abbreviations (中|吉乌).
func (s *Stage) personEdges(d *doc) {
	if len(d.Tokens) == 0 {
		return
	}
	n := d.CharCount()
	changed := false
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type != pipeline.Person || m.Stage == Name || m.End-m.Start < 2 || s.known.Has(m.Text) {
			continue
		}
		weak := m.Confidence < minConfidence
		switch {
		case m.Start > 0 && s.edgeBefore(d, m, weak):
			m.Start--
		case m.End < n && (!weak || s.titleEndsAt(d, m.Start)) && s.edgeAfter(d, m, n):
			m.End++
		default:
			continue
		}
		m.Text, m.Entity = d.Slice(m.Start, m.End), ""
		addRule(m, "person-edge")
		changed = true
	}
	if changed {
		pipeline.SortMentions(d.Mentions)
	}
}

// edgeToken returns the gse token of the one character at off, if gse made
// a word of it that is no function word and no word of nameOpeners or
// predicateOpeners, and no mention covers it.
func (s *Stage) edgeToken(d *doc, off int) (rune, bool) {
	k := d.tokenAt(off)
	if k < 0 {
		return 0, false
	}
	t := d.Tokens[k]
	if t.Start != off || t.End != off+1 || functionPOS(t.Pos) {
		return 0, false
	}
	c, _ := runes.DecodeFirst(t.Text)
	if !unicode.Is(unicode.Han, c) || strings.ContainsRune(nameOpeners+predicateOpeners, c) || nameOver(d, off, off+1) {
		return 0, false
	}
	return c, true
}

// transliteratedChars reports whether every character of name but its
// dots stands in at least edgeChars transliterated names.
func (s *Stage) transliteratedChars(name string) bool {
	for _, c := range name {
		if !separator(c) && s.nameChars.Total(c) < edgeChars {
			return false
		}
	}
	return true
}

// edgeBefore reports whether the character before m begins m's name. A weak
// mention (below minConfidence) takes a transliterated name's first
// character after a title only (总司令扎|卢日内, 卢日内 at 0.01), and so
// edgeAfter's last character (外长西雅尔|多).
func (s *Stage) edgeBefore(d *doc, m *pipeline.Mention, weak bool) bool {
	c, ok := s.edgeToken(d, m.Start-1)
	if !ok || !d.wordStarts(m.Start) {
		return false
	}
	if k := d.tokenAt(m.Start - 1); d.Tokens[k].Pos == "a" {
		return false // 小|古丽, 小/a: a form of address
	}
	translit := s.nameChars.Begin(c) >= edgeNames && s.transliteratedChars(m.Text)
	chinese := !weak && m.End-m.Start == 2 && s.surname(c) && s.surnameStarts(m.Text)
	if !translit && !chinese || !s.titleEndsAt(d, m.Start-1) && !(translit && !weak && s.opensAt(d, m.Start-1)) {
		return false
	}
	if s.allCountryAbbrevs(d.Runes()[m.Start-1 : m.End]) {
		return false // “中吉乌”国际公铁联运: three countries
	}
	return !s.writtenApart(d, m, func(o *pipeline.Mention) bool { return d.Slice(o.Start-1, o.Start) != string(c) })
}

// edgeAfter reports whether the character after m ends m's name.
func (s *Stage) edgeAfter(d *doc, m *pipeline.Mention, n int) bool {
	c, ok := s.edgeToken(d, m.End)
	if !ok || d.insideToken(m.End-1) && d.Tokens[d.tokenAt(m.End-1)].End != m.End {
		return false
	}
	last, _ := runes.DecodeLast(m.Text)
	if strings.ContainsRune(edgeNotLast, c) || s.nameChars.Inside(last) < edgeChars || !s.transliteratedChars(m.Text) {
		return false
	}
	always := s.nameChars.Inside(c)+s.nameChars.End(c) >= edgeTail && alwaysBefore(d.Text, m.Text, c)
	if s.nameChars.End(c) < edgeNames && !always {
		return false
	}
	if m.End+1 < n && !always {
		next, _ := runes.DecodeFirst(d.Slice(m.End+1, m.End+2))
		k := d.tokenAt(m.End + 1)
		var pos string
		if k >= 0 {
			pos = d.Tokens[k].Pos
		}
		if !(unicode.IsPunct(next) || unicode.IsSpace(next) || next >= '0' && next <= '9' || strings.HasPrefix(pos, "v") ||
			pos == "t" || pos == "d" || pos == "p" || pos == "c") {
			return false
		}
	}
	return !s.writtenApart(d, m, func(o *pipeline.Mention) bool { return d.Slice(o.End, min(o.End+1, n)) != d.Slice(m.End, m.End+1) })
}

// alwaysBefore reports whether text writes name at least twice, always with
// c right after it, and with different characters after c (普里戈任刑事立案,
// 普里戈任名义): a name the tagger cuts short everywhere, not a name and a
// word it happens to stand before each time.
func alwaysBefore(text, name string, c rune) bool {
	whole := name + string(c)
	if strings.Count(text, name) != strings.Count(text, whole) {
		return false
	}
	after := map[rune]bool{}
	for i := strings.Index(text, whole); i >= 0; {
		next, _ := runes.DecodeFirst(text[i+len(whole):])
		after[next] = true
		j := strings.Index(text[i+len(whole):], whole)
		if j < 0 {
			break
		}
		i += len(whole) + j
	}
	return strings.Count(text, whole) >= 2 && len(after) >= 2
}

// writtenApart reports whether another PERSON mention of m's text stands
// where apart says the character m would take is not beside it: the
// document writes the name without it.
func (s *Stage) writtenApart(d *doc, m *pipeline.Mention, apart func(o *pipeline.Mention) bool) bool {
	for k := range d.Mentions {
		if o := &d.Mentions[k]; o.ID != m.ID && o.Type == pipeline.Person && o.Text == m.Text && apart(o) {
			return true
		}
	}
	return false
}

// surnameStarts reports whether name begins with a single surname.
func (s *Stage) surnameStarts(name string) bool {
	sn, ok := s.surnames.Of(name)
	return ok && utf8.RuneCountInString(sn) == 1
}

// titleEndsAt reports whether a title of titles.tsv or a noun for people of
// people_nouns.tsv ends right before code point off (总理|希普金斯, 选手|盛李豪).
func (s *Stage) titleEndsAt(d *doc, off int) bool {
	for k := 1; k <= s.titles.MaxLen() && k <= off; k++ {
		w := d.Slice(off-k, off)
		if s.isTitle(w) {
			return true
		}
		if _, ok := s.peopleNouns.Get(w); ok {
			return true
		}
	}
	return false
}

// opensAt reports whether a name may begin at code point off by what stands
// before it: the start of the text or of a line, punctuation, or a
// preposition or conjunction (与|拉|贾帕克萨).
func (s *Stage) opensAt(d *doc, off int) bool {
	if off == 0 {
		return true
	}
	prev, _ := runes.DecodeFirst(d.Slice(off-1, off))
	if unicode.IsPunct(prev) || unicode.IsSpace(prev) {
		return true
	}
	k := d.tokenAt(off - 1)
	return k >= 0 && (d.Tokens[k].Pos == "p" || d.Tokens[k].Pos == "c")
}

// maxEventAbbrevRunes bounds how far before a one-character PLACE a word of
// event_abbrevs.tsv may start (奥林匹克: 奥 is first; 冬青奥会 holds 青奥).
const maxEventAbbrevRunes = 3

// eventAbbrevs handles a PLACE mention of one character that lies inside a
// short name of multi-sport games (亚 of 杭州亚运会, 奥 of 北京冬奥会 and
// 巴黎残奥会): the character names the games, not 亚洲, 奥地利 or 青海省.
// Under the msra style the mention stays, as MSRA marks it LOC (21 times
// in cpd_example_test), but names no place: its entity is the character
// and it has no code or country. Under the pku style it goes.
func (s *Stage) eventAbbrevs(d *doc) {
	inGames := func(m *pipeline.Mention) bool {
		if m.Type != pipeline.Place || m.End-m.Start != 1 {
			return false
		}
		for o := 0; o <= maxEventAbbrevRunes && o <= m.Start; o++ {
			if w, _, ok := s.events.Prefix(d.Text[d.ByteOffset(m.Start-o):]); ok && runes.Count(w) > o {
				return true
			}
		}
		return false
	}
	if !s.sides {
		d.DeleteMentions(inGames)
		return
	}
	for i := range d.Mentions {
		if m := &d.Mentions[i]; inGames(m) {
			m.Normalized, m.Entity, m.PlaceCode, m.Country = "", m.Text, "", ""
			addRule(m, "event-abbrev")
		}
	}
}

// fieldKinds are the kinds of org_suffixes.tsv whose bodies join two fields
// with 和 before the suffix: 农业和农村委员会, 住房和城市发展部. Not
// associations (企业和行业协会 are two), schools, hospitals nor
// legislatures (大会盛况和新一届全国人大).
var fieldKinds = map[string]bool{"government": true}

// fieldPOS reports whether a gse tag marks a common noun that names a field
// of work (农业/n, 监察/vn, 信息化/vn): not a place, person or
// organization name, nor a word of another class.
func fieldPOS(pos string) bool {
	switch pos {
	case "n", "vn", "an", "b":
		return true
	}
	return false
}

// joinFields grows a tagger ORG mention that the tagger cut at 和 over the
// one or two gse nouns written right before 和, when the whole ends in an
// institution suffix of a government body (农业和|农村委员会,
// 住房和|城市发展部): such bodies join two fields in one name, and the
// tagger stops at 和. Not over a
// place, a person, a title, a noun for people or another mention (中国和美国政府,
// 布林肯和国防部, 外长和国防部), nor over a break (、 or punctuation stops the
// nouns), nor when the cut part is a name of its own that begins with a
// name (政协常委会, 党中央).
func (s *Stage) joinFields(d *doc) {
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type != pipeline.Org || m.Stage == Name || runes.Count(m.Text) < 3 || m.Start < 2 {
			continue
		}
		if _, kind, ok := s.suffixes.Match(m.Text); !ok || !fieldKinds[kind] {
			continue
		}
		j := d.tokenAt(m.Start - 1)
		if j < 1 || d.Tokens[j].Text != "和" || !d.wordStarts(m.Start) {
			continue
		}
		if k := d.tokenAt(m.Start); k < 0 || !fieldPOS(d.Tokens[k].Pos) {
			continue // 和|政协常委会, 和|东京电力公司: the cut part opens with a name
		}
		start, next := -1, d.Tokens[j].Start
		for k := j - 1; k >= 0 && k >= j-2; k-- {
			t := d.Tokens[k]
			if t.End != next || !fieldPOS(t.Pos) || s.isTitle(t.Text) || s.isPeopleNoun(t.Text) || s.gazetteerPlace(t.Text) || nameOver(d, t.Start, t.End) {
				break
			}
			if _, _, no := s.notFields.Suffix(t.Text); no {
				break // 司法部门和, 第1舰队和: a body of its own
			}
			start, next = t.Start, t.Start
		}
		if start < 0 {
			continue
		}
		if _, ok := s.aliases.Canonical(d.Slice(start, m.End)); ok {
			continue // 工业和信息化部: known-org reads it whole
		}
		if _, ok := s.aliases.Canonical(m.Text); ok && !placeEndsAt(d, start) {
			continue // 重点项目和科技部: a body of its own, unless a country names whose (法国经济和财政部)
		}
		m.Start, m.Text, m.Entity = start, d.Slice(start, m.End), ""
		addRule(m, "field-join")
	}
}

// isPeopleNoun reports whether word is a noun for people of people_nouns.tsv.
func (s *Stage) isPeopleNoun(word string) bool {
	_, ok := s.peopleNouns.Get(word)
	return ok
}

// placeEndsAt reports whether a PLACE mention ends at off.
func placeEndsAt(d *doc, off int) bool {
	return slices.ContainsFunc(d.Mentions, func(m pipeline.Mention) bool { return m.Type == pipeline.Place && m.End == off })
}
