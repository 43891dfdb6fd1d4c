package facts

import (
	"iter"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/dictionaries"
	"github.com/zhfacts/zhfacts/internal/runes"
	"github.com/zhfacts/zhfacts/pipeline"
)

// view is one document as the rules read it: its text as runes, its
// mentions indexed by sentence and by where they start and end, and its
// tokens indexed by offset. Facts collect here until Process adds them.
type view struct {
	d     *pipeline.Doc
	text  []rune              // d.Runes(): shared, read only
	sents []pipeline.Sentence // clamped to the text
	// bySent holds indices into d.Mentions of the mentions inside each
	// sentence, sorted by start.
	bySent [][]int
	// endFirst maps an end offset to the first PERSON, ORG, PLACE, DATE, DURATION or QUANTITY
	// mention ending there, endNext each such mention to the next one,
	// both as indices into d.Mentions plus one, 0 for none: clear resets
	// the arrays for each document, where a loop would store -1.
	endFirst, endNext []int32
	tokAtS            []int32 // rune offset → 1 + index of the token starting there, or 0
	person            []bool  // rune offset → inside a PERSON mention
	// surnames holds the first rune of every Chinese name of two or three
	// runes the document's PERSON mentions give, which a short form (习主席)
	// may stand for.
	surnames   runes.Set
	anySurname bool   // surnames is not empty, to be cleared for the next document
	shortIn    []int8 // by sentence: 0 not yet asked, 1 no short form, 2 one (shortFormIn)
	// held lists the posts the document's role facts give, for bare titles
	// (bareTitleIn); heldRead says it is filled. The role rule runs before
	// every rule that asks.
	held     []string
	heldRead bool
	// homeCode is the country homeNews last answered for (homeOf), "" for
	// none yet: the answer counts the document's places, once.
	homeCode string
	homeNews bool
	facts    []pipeline.Fact
	// predAt maps the index in facts of an amount left without a subject to
	// where its predicate starts, for the pass after statistics.
	predAt map[int]int
	// scopes maps the level of a scope word (省 of 全省) to the division
	// the document is about at that level, or none (see scopeName); nil
	// until first asked.
	scopes map[string]division
	// words are the stage's fact words: runBack stops at a meeting verb
	// that gse tagged a noun (会见/n).
	words *dictionaries.FactWords
	// suffixes are the institution suffixes: a mention that begins with
	// one (中心国际部) is the tail of a longer name.
	suffixes *dictionaries.OrgSuffixes

	// sentOf (mention → sentence, or -1), starts (counts, then offsets
	// into byStart) and byStart (all of bySent's indices, sentence after
	// sentence) let newView bucket the mentions without a slice per
	// sentence.
	sentOf  []int32
	starts  []int
	byStart []int
	// sentTypes holds each sentence's typeBits, so that mentions answers
	// for a type the sentence has none of without reading its mentions.
	sentTypes []uint16
	// typeOf holds each mention's typeBit, which mentions compares rather
	// than the type's string.
	typeOf []uint16
	// startFirst and startNext chain the mentions of bySent that start at
	// each offset as endFirst and endNext do, in bySent's order: longestAt
	// and startingAny read them instead of the sentence's mentions.
	startFirst, startNext []int32
	// found holds the slices mentions returns for the document, and memo
	// where each sentence's slice of each type the rules read lies in it:
	// rules ask for a sentence's names again for every title or verb in
	// it, and found grew by the sentence's names at every call, without
	// bound (a 765 KB text of one sentence with 30,000 names took 19 GB).
	found []*pipeline.Mention
	memo  []foundRange
}

// foundRange is a range of view.found; end is one past its end plus one,
// so that the zero value means not yet found.
type foundRange struct{ lo, end int32 }

// memoTypes is how many type bits memo keeps for each sentence: all but
// otherTypes.
const memoTypes = 8

// typeBit returns a bit for each mention type the rules read; other types
// share the last.
func typeBit(typ string) uint16 {
	switch typ {
	case pipeline.Person:
		return 1 << 0
	case pipeline.Org:
		return 1 << 1
	case pipeline.Place:
		return 1 << 2
	case pipeline.Money:
		return 1 << 3
	case pipeline.Quantity:
		return 1 << 4
	case pipeline.Percent:
		return 1 << 5
	case pipeline.Date:
		return 1 << 6
	case pipeline.Duration:
		return 1 << 7
	}
	return otherTypes
}

// otherTypes is the typeBit of the types the rules do not read.
const otherTypes = 1 << 15

// views recycles the per-document arrays: the stage runs on every document
// and should cost little next to segmentation.
var views = sync.Pool{New: func() any { return new(view) }}

// release returns v's arrays to the pool.
func (v *view) release() {
	// sents and bySent stay for the next document, which overwrites them;
	// so does the array of facts, which Process copied into the document.
	v.d, v.text, v.predAt, v.scopes = nil, nil, nil, nil
	clear(v.facts) // no strings or mention ids of the document stay in the pool
	v.facts = v.facts[:0]
	if v.anySurname {
		v.surnames, v.anySurname = runes.Set{}, false
	}
	clear(v.found) // no pointers into the document stay in the pool
	v.found = v.found[:0]
	if cap(v.endFirst) > 1<<20 {
		return // do not keep a huge document's arrays alive in the pool
	}
	views.Put(v)
}

// grow returns s resized to n, reusing its array when it is large enough.
func grow[T any](s []T, n int) []T {
	if cap(s) >= n {
		return s[:n]
	}
	return make([]T, n)
}

func newView(d *pipeline.Doc) *view {
	v := views.Get().(*view)
	v.d = d
	v.text = d.Runes()
	n := len(v.text)
	v.endFirst = grow(v.endFirst, n+1)
	v.endNext = grow(v.endNext, len(d.Mentions))
	clear(v.endFirst)
	v.sents = grow(v.sents, len(d.Sentences))
	v.memo = grow(v.memo, len(d.Sentences)*memoTypes)
	clear(v.memo)
	v.shortIn = grow(v.shortIn, len(d.Sentences))
	clear(v.shortIn)
	v.held, v.heldRead = v.held[:0], false
	v.homeCode = ""
	for i, s := range d.Sentences {
		v.sents[i] = pipeline.Sentence{Start: clamp(s.Start, 0, n), End: clamp(s.End, 0, n)}
	}
	v.person = grow(v.person, n)
	clear(v.person)
	v.sentOf = grow(v.sentOf, len(d.Mentions))
	v.starts = grow(v.starts, len(v.sents)+1)
	clear(v.starts)
	v.sentTypes = grow(v.sentTypes, len(v.sents))
	clear(v.sentTypes)
	v.typeOf = grow(v.typeOf, len(d.Mentions))
	// The arrays are read and written through locals: a store through a
	// field of v might change v, and the loops would load every field again.
	sentOf, starts, person, endFirst, endNext, sentTypes, typeOf := v.sentOf, v.starts, v.person, v.endFirst, v.endNext, v.sentTypes, v.typeOf
	hint := 0 // the sentence of the mention before: stages add them in order
	for i := range d.Mentions {
		m := &d.Mentions[i]
		sentOf[i] = -1
		if m.Start < 0 || m.End > n || m.Start >= m.End {
			continue
		}
		si := v.sentenceNear(m.Start, m.End, hint)
		if si < 0 {
			continue
		}
		hint = si
		sentOf[i] = int32(si)
		starts[si+1]++
		typeOf[i] = typeBit(m.Type)
		sentTypes[si] |= typeOf[i]
		if m.Type == pipeline.Person {
			for j := m.Start; j < m.End; j++ {
				person[j] = true
			}
			if first, ok := chineseName(entity(m)); ok {
				v.surnames.Add(first)
				v.anySurname = true
			}
		}
		switch m.Type {
		case pipeline.Person, pipeline.Org, pipeline.Place, pipeline.Date, pipeline.Duration, pipeline.Quantity:
			endNext[i] = endFirst[m.End]
			endFirst[m.End] = int32(i + 1)
		}
	}
	for si := range v.sents {
		v.starts[si+1] += v.starts[si]
	}
	// Fill each sentence's bucket in mention order, moving its start to
	// its end; the start of sentence si is then the end of si-1.
	v.byStart = grow(v.byStart, v.starts[len(v.sents)])
	for i, si := range v.sentOf {
		if si >= 0 {
			v.byStart[v.starts[si]] = i
			v.starts[si]++
		}
	}
	v.bySent = grow(v.bySent, len(v.sents))
	start := 0
	for si := range v.sents {
		end := v.starts[si]
		ids := v.byStart[start:end:end]
		slices.SortFunc(ids, func(a, b int) int { return d.Mentions[a].Start - d.Mentions[b].Start })
		v.bySent[si], start = ids, end
	}
	v.startFirst = grow(v.startFirst, n+1)
	v.startNext = grow(v.startNext, len(d.Mentions))
	clear(v.startFirst)
	startFirst, startNext := v.startFirst, v.startNext
	for k := len(v.byStart) - 1; k >= 0; k-- {
		i := v.byStart[k]
		p := d.Mentions[i].Start
		startNext[i] = startFirst[p]
		startFirst[p] = int32(i + 1)
	}
	v.tokAtS = grow(v.tokAtS, n+1)
	clear(v.tokAtS)
	// The tokens in a local: through d, the compiler would read the slice
	// again after every store.
	tokAtS, toks := v.tokAtS, d.Tokens
	for i := range toks {
		t := &toks[i]
		if start, end := t.Start, t.End; start >= 0 && end <= n && start < end {
			tokAtS[start] = int32(i + 1)
		}
	}
	return v
}

func clamp(x, lo, hi int) int { return max(lo, min(x, hi)) }

// sentence returns the index of the sentence holding [start, end), or -1.
func (v *view) sentence(start, end int) int {
	si := v.d.SentenceAt(start)
	if si < 0 || si >= len(v.sents) || end > v.sents[si].End || start < v.sents[si].Start {
		return -1
	}
	return si
}

// sentenceNear is sentence with a guess: when [start, end) lies in
// sentence hint or the one after, and start past the end of the sentence
// before, it is the sentence the search would find, and no search is needed.
func (v *view) sentenceNear(start, end, hint int) int {
	ss := v.d.Sentences
	for g := hint; g <= hint+1 && g < len(ss); g++ {
		if ss[g].Start <= start && start < ss[g].End && (g == 0 || ss[g-1].End <= start) {
			if end > v.sents[g].End || start < v.sents[g].Start {
				return -1
			}
			return g
		}
	}
	return v.sentence(start, end)
}

// mentions returns the mentions of type typ in sentence si, by start.
// The slices share the view's found array, each capped at its length so
// that a caller's append copies it: one array per document, where a slice
// per call grew from one element in every rule. Callers only read them.
func (v *view) mentions(si int, typ string) []*pipeline.Mention {
	bit := typeBit(typ)
	if v.sentTypes[si]&bit == 0 {
		return nil
	}
	var memo *foundRange
	if bit != otherTypes {
		memo = &v.memo[si*memoTypes+bits.TrailingZeros16(bit)]
		if memo.end != 0 {
			return v.found[memo.lo : memo.end-1 : memo.end-1]
		}
	}
	start := len(v.found)
	for _, i := range v.bySent[si] {
		// A type's bit is its own but for the types the rules do not read.
		if v.typeOf[i] == bit && (bit != otherTypes || v.d.Mentions[i].Type == typ) {
			v.found = append(v.found, &v.d.Mentions[i])
		}
	}
	if memo != nil {
		*memo = foundRange{int32(start), int32(len(v.found)) + 1}
	}
	return v.found[start:len(v.found):len(v.found)]
}

// endsAt yields the index in d.Mentions of each mention that ends at end,
// of the types endFirst chains (PERSON, ORG, PLACE, DATE, DURATION,
// QUANTITY): a rule that asks what ends at a character reads those alone,
// not every mention of the sentence, which may run on for a whole document.
func (v *view) endsAt(end int) iter.Seq[int] {
	return func(yield func(int) bool) {
		if end < 0 || end >= len(v.endFirst) {
			return
		}
		for i := v.endFirst[end]; i > 0; i = v.endNext[i-1] {
			if !yield(int(i - 1)) {
				return
			}
		}
	}
}

// endingAt returns the longest mention of one of the types that ends at end
// and starts at or after lo.
func (v *view) endingAt(end, lo int, types ...string) *pipeline.Mention {
	var best *pipeline.Mention
	for i := range v.endsAt(end) {
		m := &v.d.Mentions[i]
		if m.Start >= lo && slices.Contains(types, m.Type) && (best == nil || m.Start < best.Start) {
			best = m
		}
	}
	return best
}

// exact returns a mention of one of the types spanning exactly [start, end).
func (v *view) exact(start, end int, types ...string) *pipeline.Mention {
	m := v.endingAt(end, start, types...)
	if m != nil && m.Start == start {
		return m
	}
	return nil
}

// inside returns the ORG and PLACE mentions within [start, end).
func (v *view) inside(si, start, end int) []*pipeline.Mention {
	var ms []*pipeline.Mention
	for _, i := range v.bySent[si] {
		m := &v.d.Mentions[i]
		if (m.Type == pipeline.Org || m.Type == pipeline.Place) && m.Start >= start && m.End <= end {
			ms = append(ms, m)
		}
	}
	return ms
}

func (v *view) tokenEnding(end int) *pipeline.Token {
	if t := v.tokenHolding(end - 1); t != nil && t.End == end {
		return t
	}
	return nil
}

// tokenHolding returns the token that holds the rune at pos. The segment
// stage's tokens are in order and do not overlap, so that is the last token
// to start at or before pos, if it reaches pos: a step back or two, where
// an index of every rune cost more to fill than all the questions.
func (v *view) tokenHolding(pos int) *pipeline.Token {
	if pos < 0 || pos >= len(v.tokAtS) {
		return nil
	}
	for s := pos; s >= 0; s-- {
		if id := v.tokAtS[s]; id != 0 {
			if t := &v.d.Tokens[id-1]; t.End > pos {
				return t
			}
			return nil
		}
	}
	return nil
}

func (v *view) tokenStarting(start int) *pipeline.Token {
	if start < 0 || start >= len(v.tokAtS) || v.tokAtS[start] == 0 {
		return nil
	}
	return &v.d.Tokens[v.tokAtS[start]-1]
}

// aligned reports whether [start, end) begins and ends on token boundaries.
func (v *view) aligned(start, end int) bool {
	return v.tokenStarting(start) != nil && v.tokenEnding(end) != nil
}

func (v *view) slice(start, end int) string { return string(v.text[start:end]) }

// stops reports whether a token ends a name: function words (prepositions,
// conjunctions, particles, pronouns) and punctuation, spaces and digits.
func stops(t *pipeline.Token) bool {
	switch {
	case t.Pos == "p" || t.Pos == "c" || t.Pos == "r" || t.Pos == "y" || t.Pos == "e" || t.Pos == "o" || t.Pos == "w":
		return true
	case strings.HasPrefix(t.Pos, "u"):
		return true
	}
	text := t.Text
	for i := 0; i < len(text); {
		// CJK Unified Ideographs are all letters; unicode.IsLetter
		// searches its tables for them, and a range loop calls the
		// runtime to decode each.
		if c := text[i]; c&0xF0 == 0xE0 && i+2 < len(text) && text[i+1]&0xC0 == 0x80 && text[i+2]&0xC0 == 0x80 {
			if r := rune(c&0x0F)<<12 | rune(text[i+1]&0x3F)<<6 | rune(text[i+2]&0x3F); r >= 0x4E00 && r <= 0x9FFF {
				i += 3
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if !unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// leading reports whether a token cannot begin a name: verbs, adverbs,
// numerals, classifiers, times and adjectives before a name belong to the
// clause around it (设立中韩创新创业产业基金).
func leading(t *pipeline.Token) bool {
	for _, p := range []string{"v", "d", "t", "m", "q", "a"} {
		if strings.HasPrefix(t.Pos, p) {
			return true
		}
	}
	return false
}

// truncated reports whether a PERSON mention is only part of a name: one
// that stops at a name-joining dot (贝拉克・奥巴马 tagged 贝拉克), or a
// surname alone (通讯员 蒋一帆 tagged 蒋). No fact names it.
func (v *view) truncated(p *pipeline.Mention) bool {
	letters := 0
	for _, r := range v.text[p.Start:p.End] {
		if r >= 0x4E00 && r <= 0x9FFF || !unicode.IsSpace(r) { // no ideograph is a space
			letters++
		}
	}
	if letters < 2 {
		return true
	}
	dot := func(i int) bool {
		return i >= 0 && i < len(v.text) && (v.text[i] == '・' || v.text[i] == '·' || v.text[i] == '•' || v.text[i] == '‧')
	}
	return dot(p.End) || dot(p.Start-1)
}

func isSpace(r rune) bool { return r == ' ' || r == '\u3000' || r == '\t' }

func isDash(r rune) bool { return r == '—' || r == '-' || r == '–' || r == '·' }

// opener returns the opening quote or bracket matching a closing one.
func opener(r rune) (rune, bool) {
	switch r {
	case '”':
		return '“', true
	case '’':
		return '‘', true
	case '」':
		return '「', true
	case '》':
		return '《', true
	}
	return 0, false
}

// boundary reports whether text[pos-1] ends a clause: the sentence start,
// punctuation or a space.
func (v *view) boundary(pos, lo int) bool {
	if pos <= lo {
		return true
	}
	r := v.text[pos-1]
	_, closes := opener(r)
	return !closes && (unicode.IsPunct(r) || unicode.IsSpace(r))
}

// maxName is the longest organization name or subject, in runes, a rule reads.
const maxName = 30

// runBack returns the start of the run of name-like words that ends at end
// and starts at or after lo, treating ORG and PLACE mentions and quoted
// parts (中国—新西兰猕猴桃“一带一路”联合实验室) as single words. It stops at
// function words, punctuation, digits, and at a verb followed by a name
// (引进中国科协…), then drops words that cannot begin a name. clean reports
// that the run begins a clause: nothing was dropped and punctuation or the
// sentence start is before it. Without tokens it reads mentions only.
func (v *view) runBack(end, lo int) (start int, clean bool) {
	pos := end
	for pos > lo && end-pos <= maxName {
		if m := v.endingAt(pos, lo, pipeline.Org, pipeline.Place); m != nil {
			pos = m.Start
			continue
		}
		r := v.text[pos-1]
		if r == '》' && pos == end {
			// 《俄罗斯报》社长: the ORG of a newspaper holds its title
			// without the marks.
			if m := v.endingAt(pos-1, lo, pipeline.Org); m != nil && m.Start > lo && v.text[m.Start-1] == '《' {
				pos = m.Start - 1
				continue
			}
		}
		if open, ok := opener(r); ok {
			j := pos - 2
			for j >= lo && v.text[j] != open {
				j--
			}
			if j < lo || pos == end {
				break
			}
			pos = j
			continue
		}
		if isDash(r) && pos-1 > lo && pos < end {
			pos--
			continue
		}
		// A title may end a token (新闻记者): the rest of it is a word.
		t := v.tokenHolding(pos - 1)
		if t == nil || t.Start < lo || stops(t) || v.meets(t) {
			break
		}
		// A person's name is no part of an organization's, even where gse
		// joins it to the word after it (范明|政和|越南…委员会).
		if slices.Contains(v.person[t.Start:pos], true) {
			break
		}
		// A verb or an idiom before a name is the clause's: 引进中国科协…,
		// 热烈欢迎/i 中国共产党中央委员会. An idiom the tagger cut into
		// (中央党的建设/l|工作领导小组 tagged 建设工作领导小组) is part of the name.
		if (strings.HasPrefix(t.Pos, "v") || (t.Pos == "i" || t.Pos == "l") && t.End == pos) && pos < end && v.startsName(pos) {
			break
		}
		if clauseWords[t.Text] && (pos < end || t.Text == "兼") {
			break // 还写信给美国反兴奋剂机构理事会: no name holds these
		}
		pos = t.Start
	}
	if end-pos > maxName {
		return end, false
	}
	clean = v.boundary(pos, lo)
	for pos < end {
		if v.startsMention(pos) {
			break
		}
		t := v.tokenStarting(pos)
		r := v.text[pos]
		switch {
		case isDash(r) || r == '“' || r == '‘' || r == '《' || r == '”' || r == '’' || r == '》':
			pos++ // a closing mark the run went back over: “十四五”期间中国进出口银行
		case t != nil && t.End <= end && leading(t):
			pos = t.End
		case v.words.Starting(dictionaries.FactPeriod, v.text, pos, end) > 0:
			pos += v.words.Starting(dictionaries.FactPeriod, v.text, pos, end) // “十四五”期间中国进出口银行
			pos = t.End
		default:
			return pos, clean
		}
		clean = false
	}
	return pos, clean
}

// meets reports whether token t is a verb of meeting or talks (会见, 会谈),
// whatever gse tagged it.
func (v *view) meets(t *pipeline.Token) bool {
	if v.words == nil {
		return false
	}
	n := t.End - t.Start
	return v.words.Ending(dictionaries.FactMeet, v.text, t.Start, t.End) == n ||
		v.words.Ending(dictionaries.FactTalk, v.text, t.Start, t.End) == n
}

// afterConjunction reports whether a conjunction ends right before pos: a
// name after it is the last of two or more (我国与欧盟和东盟进出口4.4万亿元 is
// no trade of 东盟's alone).
func (v *view) afterConjunction(pos, lo int) bool {
	t := v.tokenEnding(pos)
	return t != nil && t.Start >= lo && coordinators[t.Text]
}

// coordinators join names into one party of several; 而 and 但 open clauses.
var coordinators = map[string]bool{"和": true, "与": true, "及": true, "以及": true, "同": true, "跟": true}

// afterPreposition reports whether a preposition stands before pos, past
// the count of what follows it: 向802家重点名单企业 is whom the money goes to,
// not who pays it.
func (v *view) afterPreposition(pos, lo int) bool { return v.prepositionBefore(pos, lo) >= 0 }

// prepositionBefore returns where the preposition afterPreposition finds
// before pos starts, or -1.
func (v *view) prepositionBefore(pos, lo int) int {
	for pos > lo {
		if v.endingAt(pos, lo, pipeline.Date) != nil {
			return -1 // 1至5月 | 基本医保统筹基金: 至 is part of the date
		}
		t := v.tokenEnding(pos)
		if t == nil || t.Start < lo {
			return -1
		}
		switch {
		case t.Pos == "p" && t.Text != "为" || t.Text == "向" || t.Text == "给" || t.Text == "对" || t.Text == "为" && v.forWei(t, lo):
			return t.Start
		case counting(t) || t.Pos == "a":
			pos = t.Start
		default:
			return -1
		}
	}
	return -1
}

// partyPrepositions are the prepositions before the party an amount is
// paid to or imposed on (对优步公司处以…罚款, 向乌克兰提供, 给30多个国家捐款,
// 为小微企业提供).
const partyPrepositions = "对向给为"

// prepositionAt reports whether a one-character token of set starts at p
// (-1 for none, as prepositionBefore returns).
func (v *view) prepositionAt(p int, set string) bool {
	if p < 0 {
		return false
	}
	t := v.tokenStarting(p)
	return t != nil && t.End == p+1 && strings.ContainsRune(set, v.text[p])
}

// counting reports whether t is part of a count: a number or a measure word
// (2000/x 多户/m, 12/x 个/q).
func counting(t *pipeline.Token) bool {
	return strings.HasPrefix(t.Pos, "m") || t.Pos == "q" || t.Pos == "x" && unicode.IsDigit([]rune(t.Text)[0])
}

// forWei reports whether the token 为, whatever gse tags it (为/zg), is the
// preposition "for" (为小微企业提供贷款), not the copula or a verb's
// complement: after a verb (表现为出口增长) or after 分别 (分别为). A verb
// that the facts' fillers hold takes the whole phrase after it, 为 and
// all (继续为小微企业提供贷款, 决定为…安排).
func (v *view) forWei(t *pipeline.Token, lo int) bool {
	prev := v.tokenEnding(t.Start)
	if prev == nil || prev.Start < lo {
		return true
	}
	if prev.Text == "分别" {
		return false
	}
	return !strings.HasPrefix(prev.Pos, "v") ||
		v.words != nil && v.words.Ending(dictionaries.FactFiller, v.text, prev.Start, prev.End) == prev.End-prev.Start
}

// clauseWords are adverbs and prepositions that no organization's name
// holds, whatever gse tags them (向/zg, 为/v): a run back over a name stops
// at them.
var clauseWords = map[string]bool{
	"还": true, "也": true, "已": true, "已经": true, "则": true, "将": true, "再": true, "又": true,
	"就": true, "都": true, "亦": true, "仍": true, "才": true, "向": true, "为": true, "给": true,
	"兼": true, // 国务委员兼国务院秘书长: two posts
	"经": true, // 会旗经国际奥委会主席巴赫交给…: "through", which gse may tag a noun
}

// startsMention reports whether an ORG or PLACE mention starts at pos.
func (v *view) startsMention(pos int) bool { return v.startingMention(pos, len(v.text)) != nil }

// startingMention returns the longest ORG or PLACE mention that starts at
// pos and ends at or before end.
func (v *view) startingMention(pos, end int) *pipeline.Mention {
	return v.longestAt(pos, end, pipeline.Org, pipeline.Place)
}

// timeStarting returns the longest DATE or DURATION mention that starts at
// pos and ends at or before end, or nil.
func (v *view) timeStarting(pos, end int) *pipeline.Mention {
	return v.longestAt(pos, end, pipeline.Date, pipeline.Duration)
}

// longestAt returns the longest mention of type a or b that starts at pos
// and ends at or before end, or nil.
func (v *view) longestAt(pos, end int, a, b string) *pipeline.Mention {
	if pos < 0 || pos >= len(v.startFirst) {
		return nil
	}
	var best *pipeline.Mention
	for i := v.startFirst[pos]; i > 0; i = v.startNext[i-1] {
		m := &v.d.Mentions[i-1]
		if m.End <= end && (m.Type == a || m.Type == b) && (best == nil || m.End > best.End) {
			best = m
		}
	}
	return best
}

// startsName reports whether a name starts at pos: an ORG or PLACE mention or
// a place-name token.
func (v *view) startsName(pos int) bool {
	if v.startsMention(pos) {
		// 天府国际技术转移|中心国际部: a tagger cut before a suffix word
		// starts no name.
		t := v.tokenStarting(pos)
		return t == nil || v.suffixes == nil || !v.suffixWord(t.Text)
	}
	if v.text[pos] == '《' && pos+1 < len(v.text) && v.startsMention(pos+1) {
		return true // 围殴|《环球时报》记者: a newspaper's ORG holds its title without the marks
	}
	t := v.tokenStarting(pos)
	return t != nil && (t.Pos == "ns" || t.Pos == "nt")
}

// suffixWord reports whether word is an institution suffix of its own
// (中心, 公司), not a state body's name (国务院).
func (v *view) suffixWord(word string) bool {
	suffix, kind, ok := v.suffixes.Match("的" + word) // Match wants a name before the suffix
	return ok && suffix == word && !stateTitles[kind]
}

// org is an organization or place a rule read, with how it was read.
type org struct {
	name     string
	start    int
	mentions []*pipeline.Mention
	how      string // "org-mention", "org-suffix", "place" or "phrase"
	// phrase is what the name stands before when it is no subject alone:
	// 交通建设 of 四川交通建设完成投资.
	phrase string
}

// orgName reads [start, end) of sentence si as an organization: one ORG
// mention (its entity), or a name ending in an organization suffix.
func (s *Stage) orgName(v *view, si, start, end int) (org, bool) {
	if start >= end || end-start > maxName {
		return org{}, false
	}
	if m := v.exact(start, end, pipeline.Org); m != nil {
		return org{name: entity(m), start: start, mentions: []*pipeline.Mention{m}, how: "org-mention"}, true
	}
	if m := v.endingAt(end, start, pipeline.Org); m != nil && m.Start > start {
		// 巴勒斯坦伊斯兰抵抗运动哈马斯领导人: a body's full name and its short
		// name side by side name it once.
		if first := v.exact(start, m.Start, pipeline.Org); first != nil && entity(first) == entity(m) {
			return org{name: entity(m), start: start, mentions: []*pipeline.Mention{first, m}, how: "org-mention"}, true
		}
	}
	if end-start > 1 && v.text[end-1] == '》' {
		// 《俄罗斯报》社长: a newspaper's ORG holds its title without the
		// marks; runBack passes over the opening one.
		from := start
		if v.text[from] == '《' {
			from++
		}
		if m := v.exact(from, end-1, pipeline.Org); m != nil && from > 0 && v.text[from-1] == '《' {
			return org{name: entity(m), start: from - 1, mentions: []*pipeline.Mention{m}, how: "org-mention"}, true
		}
	}
	text := v.slice(start, end)
	if i := strings.Index(text, "会同"); i > 0 {
		// 财政部会同农业农村部下达…: the body that leads acts, with the other.
		return s.orgName(v, si, start, start+utf8.RuneCountInString(text[:i]))
	} else if i == 0 {
		return org{}, false // ，会同财政部下达…: the body that leads is named before
	}
	if m := v.endingAt(end, start, pipeline.Org); m != nil && m.Start-1 > start && v.text[m.Start-1] == '商' && v.endingAt(m.Start-1, start, pipeline.Org) != nil {
		// 应急管理部商财政部下拨…: 商 (in consultation with) as 会同.
		return s.orgName(v, si, start, m.Start-1)
	}
	suffix, _, ok := s.suffixes.Match(text)
	if !ok || v.holdsTime(si, start, end) {
		return org{}, false
	}
	if _, _, found := s.falseEnds.Suffix(text); found {
		return org{}, false // 煤化工全产业链新格局: 局 ends no institution here
	}
	if end-start == 2 && utf8.RuneCountInString(suffix) == 1 {
		return org{}, false // 全部, 内部, 县委: a word, or a body named elsewhere
	}
	for _, r := range text {
		if unicode.IsSpace(r) || unicode.IsDigit(r) || r == '，' || r == ',' || r == '、' || r == '。' {
			return org{}, false
		}
	}
	if counted(text) {
		return org{}, false // 普罗夫迪夫州一座炼油厂: a refinery, no name
	}
	if start > 0 && (unicode.IsDigit(v.text[start-1]) || isCJKNumeral(v.text[start-1])) {
		return org{}, false // 39|家定点医院: the rest of a count, no name
	}
	for pos := start; pos < end; {
		t := v.tokenStarting(pos)
		if t == nil {
			break
		}
		if t.End <= end && (t.Pos == "ad" || t.Pos == "p" && pos > start && !strings.Contains("与和及同", t.Text) ||
			t.Pos == "d" && strings.ContainsRune("已将还正曾", []rune(t.Text)[0])) {
			// 相关国家积极推进产业园区, 疫情以来已/d 为小微企业: an adverb or a
			// preposition inside makes it a clause (植物与食品研究院 is a name;
			// the caller reads a preposition that opens it: 由日本自民党).
			return org{}, false
		}
		pos = t.End
	}
	return org{name: text, start: start, mentions: v.inside(si, start, end), how: "org-suffix"}, true
}

// pastDate returns pos, or the end of the DATE mention of sentence si that
// holds it.
func (v *view) pastDate(si, pos int) int {
	for _, i := range v.bySent[si] {
		m := &v.d.Mentions[i]
		if m.Type == pipeline.Date && m.Start <= pos && pos < m.End {
			return m.End
		}
	}
	return pos
}

// holdsTime reports whether a DATE or DURATION mention of sentence si
// overlaps [start, end): 6月份公司 is a time and a company anaphor, not a name.
func (v *view) holdsTime(si, start, end int) bool {
	for _, i := range v.bySent[si] {
		m := &v.d.Mentions[i]
		if (m.Type == pipeline.Date || m.Type == pipeline.Duration) && m.Start < end && m.End > start {
			return true
		}
	}
	return false
}

// startingAny returns a mention of one of the types that starts at pos, or
// nil.
func (v *view) startingAny(pos int, types ...string) *pipeline.Mention {
	if pos < 0 || pos >= len(v.startFirst) {
		return nil
	}
	for i := v.startFirst[pos]; i > 0; i = v.startNext[i-1] {
		if m := &v.d.Mentions[i-1]; slices.Contains(types, m.Type) {
			return m
		}
	}
	return nil
}

// valuesAfter returns p and the mentions of its type that follow it one
// after another, joined by 、, 和, 与 or 及 (5.1%和6.6%, 1.07万亿元、1.02万亿元),
// at most n in all.
func (v *view) valuesAfter(p *pipeline.Mention, n int) []*pipeline.Mention {
	vals := []*pipeline.Mention{p}
	for last := p; len(vals) < n; {
		k := last.End
		if k >= len(v.text) || !strings.ContainsRune("、和与及", v.text[k]) {
			break
		}
		next := v.startingAny(k+1, p.Type)
		if next == nil || next.Value == nil {
			break
		}
		vals = append(vals, next)
		last = next
	}
	return vals
}

// inTitle reports whether pos lies inside a book title opened before it in
// the sentence (《…, not yet closed).
func (v *view) inTitle(pos, lo int) bool {
	for k := pos - 1; k >= lo; k-- {
		switch v.text[k] {
		case '》':
			return false
		case '《':
			return true
		}
	}
	return false
}

// splits reports whether a mention of sentence si of one of the types
// begins before pos and ends after it.
func (v *view) splits(si, pos int, types ...string) bool {
	for _, i := range v.bySent[si] {
		m := &v.d.Mentions[i]
		if m.Start < pos && pos < m.End && slices.Contains(types, m.Type) {
			return true
		}
	}
	return false
}

// counted reports whether a numeral and a classifier stand inside text,
// before its last character (一座炼油厂, 多家银行): an indefinite
// description, not a name. At the end they are the name's (电科十四所).
func counted(text string) bool {
	rs := []rune(text)
	for i := 0; i+2 < len(rs); i++ {
		if strings.ContainsRune("一两几多数每", rs[i]) && strings.ContainsRune("座家所个处名位", rs[i+1]) {
			return true
		}
	}
	return false
}

// partyName reads [start, end) as an organization or as places written
// together (克罗地亚萨格勒布).
func (s *Stage) partyName(v *view, si, start, end int) (org, bool) {
	if o, ok := s.orgName(v, si, start, end); ok {
		return o, true
	}
	if m := v.exact(start, end, pipeline.Place); m != nil {
		return org{name: entity(m), start: start, mentions: []*pipeline.Mention{m}, how: "place"}, true
	}
	ms := v.placesIn(start, end)
	if len(ms) == 0 {
		return org{}, false
	}
	name, ok := chainName(ms)
	if !ok {
		name = v.slice(start, end)
	}
	return org{name: name, start: start, mentions: ms, how: "place"}, true
}

// clauseBefore returns the clause [cs, c) that a comma at c = end−1 closes,
// within the sentence from lo: ok is false when no comma stands there or the
// clause is cut by a semicolon, a colon or a line break.
func (v *view) clauseBefore(lo, end int) (cs, c int, ok bool) {
	c = end - 1
	if c <= lo || v.text[c] != ',' && v.text[c] != '，' {
		return 0, 0, false
	}
	cs = c
	for cs > lo && v.text[cs-1] != ',' && v.text[cs-1] != '，' {
		if r := v.text[cs-1]; r == '：' || r == ':' {
			break // 央视网消息（新闻联播）：紧邻京津的河北省，…: the lead ends before it
		} else if r == '；' || r == ';' || r == '\n' {
			return 0, 0, false
		}
		cs--
	}
	return cs, c, true
}

// chain reads [start, end) as places written together that are a chain of
// Chinese divisions (陕西延安) and returns the last one's canonical name.
func (v *view) chain(start, end int) (string, bool) {
	return chainName(v.placesIn(start, end))
}

// placesIn returns the PLACE mentions that fill [start, end) end to end, or
// nil when something else stands there.
func (v *view) placesIn(start, end int) []*pipeline.Mention {
	var ms []*pipeline.Mention
	for pos := end; pos > start; {
		m := v.endingAt(pos, start, pipeline.Place)
		if m == nil {
			return nil
		}
		ms = append([]*pipeline.Mention{m}, ms...)
		pos = m.Start
	}
	return ms
}

// chainStarting reads the longest chain of Chinese divisions written
// together from start, within end (四川成都 of 四川成都GDP): the last one's
// canonical name, where the chain ends and its mentions.
func (v *view) chainStarting(start, end int) (name string, e int, ms []*pipeline.Mention, ok bool) {
	for pos := start; pos < end; {
		m := v.startingMention(pos, end)
		if m == nil || m.Type != pipeline.Place {
			break
		}
		ms = append(ms, m)
		if n, chained := chainName(ms); chained {
			name, e = n, m.End
		} else if len(ms) > 1 {
			ms = ms[:len(ms)-1]
			break
		}
		pos = m.End
	}
	if name == "" {
		return "", 0, nil, false
	}
	return name, e, ms, true
}

// chainName returns the canonical name of the last of places written
// together when they are a chain of Chinese divisions, each inside the one
// before (内蒙古 + 呼和浩特 → 内蒙古自治区呼和浩特市), or the text of
// abbreviations of divisions written together (京津冀); false otherwise
// (克罗地亚萨格勒布).
func chainName(ms []*pipeline.Mention) (string, bool) {
	if len(ms) < 2 {
		return "", false
	}
	if !slices.ContainsFunc(ms, func(m *pipeline.Mention) bool { return m.End-m.Start != 1 || m.PlaceCode == "" }) {
		// Abbreviations of divisions written together name them together
		// (京津冀, 沪苏浙皖): the region as written.
		var b strings.Builder
		for _, m := range ms {
			b.WriteString(m.Text)
		}
		return b.String(), true
	}
	for k := 1; k < len(ms); k++ {
		outer, inner := ms[k-1].PlaceCode, ms[k].PlaceCode
		if outer == "" || inner == "" || inner == outer || !strings.HasPrefix(inner, divisionPrefix(outer)) {
			return "", false
		}
	}
	return entity(ms[len(ms)-1]), true
}

// divisionPrefix returns the digits of a GB/T 2260 code that the codes of
// the divisions inside it share: 15 of 150000, 1501 of 150100.
func divisionPrefix(code string) string {
	for len(code) >= 2 && strings.HasSuffix(code, "00") {
		code = code[:len(code)-2]
	}
	return code
}

// entity returns the canonical name of m without the spaces a tagger may
// leave at its edges (记者 马卓言 tagged " 马卓言").
func entity(m *pipeline.Mention) string {
	name := m.Entity
	if name == "" {
		name = m.Text
	}
	return strings.TrimFunc(name, unicode.IsSpace)
}

// placeBefore reads "在" and adjacent PLACE and ORG mentions ending at end:
// 在法国卡达拉奇 → the start of 在 and the places. Organizations and common
// nouns of a site name where too: 在纽约联合国总部, 在人民大会堂; so do a
// part of the place or its inside after it: 在四川境内, 在内蒙古东部.
func (v *view) placeBefore(end, lo int) (at int, place string, ms []*pipeline.Mention) {
	pos, part := end, end // part: where a part of the place (东部, 境内) starts
	for pos > lo {
		if m := v.endingAt(pos, lo, pipeline.Place, pipeline.Org); m != nil {
			ms = append([]*pipeline.Mention{m}, ms...)
			pos = m.Start
			continue
		}
		if t := v.tokenEnding(pos); t != nil && t.Start >= lo && t.Pos == "n" && pos < end && len(ms) > 0 {
			pos = t.Start
			continue
		}
		if t := v.tokenEnding(pos); t != nil && t.Start >= lo && (t.Pos == "n" || t.Pos == "f" || t.Pos == "s") && pos == end {
			pos = t.Start // the site's noun or a part of the place last: 总部, 东部, 境内
			if t.Pos != "n" {
				part = pos
			}
			continue
		}
		break
	}
	if len(ms) == 0 || ms[0].Start != pos || pos <= lo || v.text[pos-1] != '在' {
		return end, "", nil
	}
	if len(ms) == 1 && (ms[0].End == end || ms[0].End == part) {
		return pos - 1, entity(ms[0]), ms // 在四川境内 → 四川省
	}
	if name, ok := chainName(ms); ok && ms[len(ms)-1].End == end {
		return pos - 1, name, ms // 在四川成都 → 四川省成都市
	}
	return pos - 1, v.slice(pos, end), ms
}

// openingPlaces gives the amounts, statistics, changes and shares of a
// sentence that opens with 在 and a place before a comma (在陕西，…完成投资6亿元)
// that place as where they happened, when they have none.
func (v *view) openingPlaces() {
	for i := range v.facts {
		f := &v.facts[i]
		if f.Place != "" || f.Kind == Role || f.Kind == Event || f.Sentence < 0 || f.Sentence >= len(v.sents) {
			continue
		}
		lo, hi := v.sents[f.Sentence].Start, v.sents[f.Sentence].End
		if lo >= hi || v.text[lo] != '在' {
			continue
		}
		c := lo + 1
		for c < hi && c-lo <= maxName && v.text[c] != '，' && v.text[c] != ',' {
			c++
		}
		if c >= hi || c > f.EvidenceStart || v.text[c] != '，' && v.text[c] != ',' {
			continue
		}
		if at, place, ms := v.placeBefore(c, lo); place != "" && at == lo {
			f.Place = place
			for _, m := range ms {
				addMention(f, m)
			}
		}
	}
}

// paragraphStart returns the offset after the last "\n" before pos.
func (v *view) paragraphStart(pos int) int {
	for i := pos - 1; i >= 0; i-- {
		if v.text[i] == '\n' {
			return i + 1
		}
	}
	return 0
}

// dateFor returns the DATE for a fact at pos in sentence si: a DATE of the
// same clause (no comma or semicolon between), nearest before pos, else the
// first after it; else the nearest date before pos that is a clause of its
// own (7月15日,记者获悉,今年上半年,… takes 今年上半年); else the sentence's
// topic date, one that opens the sentence. Failing all, the nearest DATE
// before the sentence in its paragraph when that is a topic date, with
// context true: a
// later date in the middle of a sentence (刑期至2026年8月7日) ends the
// time an earlier topic date set.
func (v *view) dateFor(si, pos int) (m *pipeline.Mention, context bool) {
	dates := v.mentions(si, pipeline.Date)
	var before, after *pipeline.Mention
	for _, d := range dates {
		if v.baseDate(d) {
			continue // 比去年增加8.6%: what it is measured against, not when
		}
		switch {
		case d.End <= pos && v.sameClause(d.End, pos):
			before = d
		case d.Start >= pos && after == nil && v.sameClause(pos, d.Start):
			after = d
		}
	}
	if before != nil {
		return usable(before), false
	}
	if after != nil {
		return usable(after), false
	}
	for k := len(dates) - 1; k >= 0; k-- {
		if d := dates[k]; d.End <= pos && v.alone(si, d) {
			return usable(d), false
		}
	}
	if len(dates) > 0 && dates[0].Start < pos && v.opens(si, dates[0]) {
		return usable(dates[0]), false
	}
	for k := len(dates) - 1; k >= 0; k-- {
		// A date that opens an earlier clause: …显示，2023年我国轻工业生产持续
		// 回升，…，实现营业收入22.2万亿元.
		if d := dates[k]; d.End <= pos && v.dateOpensClause(si, d) {
			return usable(d), false
		}
	}
	lo := v.paragraphStart(v.sents[si].Start)
	for sj := si - 1; sj >= 0 && v.sents[sj].End > lo; sj-- {
		ds := v.mentions(sj, pipeline.Date)
		if len(ds) == 0 {
			continue
		}
		if len(ds) == 1 && (v.opens(sj, ds[0]) || v.opensAfterSource(sj, ds[0])) && ds[0].Start >= lo {
			return usable(ds[0]), true
		}
		return nil, false
	}
	return nil, false
}

// baseDate reports whether date mention d is what a change is measured
// against: right after 比, 较 or 与 (比去年, 较2019年, 与上年同期相比).
func (v *view) baseDate(d *pipeline.Mention) bool {
	return d.Start > 0 && strings.ContainsRune("比较与", v.text[d.Start-1])
}

// foundedOn reports whether date mention d says when something began
// (成立于2019年末, 始建于1956年), which is no time of what it does since.
func (v *view) foundedOn(d *pipeline.Mention) bool {
	return d.Start >= 2 && (v.slice(d.Start-2, d.Start) == "立于" || v.slice(d.Start-2, d.Start) == "建于" || v.slice(d.Start-2, d.Start) == "始于")
}

// sameClause reports whether no comma or semicolon stands in [start, end).
func (v *view) sameClause(start, end int) bool {
	for _, r := range v.text[start:end] {
		switch r {
		case ',', '，', ';', '；', '。':
			return false
		}
	}
	return true
}

// alone reports whether m is a clause of its own in sentence si: a comma,
// a colon or the sentence start before it and a comma after it
// (…介绍,截至2023年底,中韩园…; 央视网消息：4月19日下午，…).
func (v *view) alone(si int, m *pipeline.Mention) bool {
	comma := func(r rune) bool { return r == ',' || r == '，' }
	start := v.dateStart(si, m)
	for start > v.sents[si].Start && unicode.IsSpace(v.text[start-1]) {
		start-- // …不断加大， 2013年3月，…
	}
	before := start == v.sents[si].Start || comma(v.text[start-1]) || v.text[start-1] == '：' || v.text[start-1] == ':'
	return before && m.End < v.sents[si].End && comma(v.text[m.End])
}

// dateOpensClause reports whether DATE m opens a clause of sentence si:
// the sentence start, a comma or a colon before it.
func (v *view) dateOpensClause(si int, m *pipeline.Mention) bool {
	start := v.dateStart(si, m)
	if start == v.sents[si].Start {
		return true
	}
	r := v.text[start-1]
	return r == ',' || r == '，' || r == '：' || r == ':'
}

// dateStart returns where DATE m of sentence si begins when asked whether
// it opens its clause: at the time zone written before it, and at a
// preposition or verb before the zone, which frames the date as the dates
// stage reads it written without one (截至当地时间3日, 从当地时间今天上午开始).
func (v *view) dateStart(si int, m *pipeline.Mention) int {
	lo := v.sents[si].Start
	start := v.zoneStart(lo, m.Start)
	if t := v.tokenEnding(start); start < m.Start && t != nil && t.Start >= lo && (t.Pos == "p" || t.Pos == "v") {
		return t.Start
	}
	return start
}

// zoneStart returns where the name of a time zone that ends at pos begins —
// 时间 after 当地 or a place, maybe both, maybe with a part of it (当地时间,
// 北京时间, 美国当地时间, 莫斯科时间, 美国东部时间) — or pos: a date after it
// opens its clause all the same, and the zone stands where the date does.
func (v *view) zoneStart(lo, pos int) int {
	t := v.tokenEnding(pos)
	if t == nil || t.Start <= lo || t.Text != "时间" {
		return pos
	}
	at := pos
	for k, n := t.Start, 0; n < 3 && k > lo; n++ {
		p := v.tokenEnding(k)
		if p == nil || p.Start < lo {
			break
		}
		switch {
		case p.Pos == "s" || p.Pos == "ns" || v.exact(p.Start, p.End, pipeline.Place) != nil:
			at = p.Start
		case p.Pos != "f": // 美国东部时间: a part passed, no zone alone (东部时间)
			return at
		}
		k = p.Start
	}
	return at
}

// opens reports whether m opens sentence si, after quotes and spaces only.
func (v *view) opens(si int, m *pipeline.Mention) bool {
	for _, r := range v.text[v.sents[si].Start:v.dateStart(si, m)] {
		if !unicode.IsSpace(r) && r != '“' && r != '‘' && r != '「' {
			return false
		}
	}
	return true
}

// opensAfterSource reports whether m opens the clause after a first clause
// that only says where the numbers come from (海关总署最新数据显示，2019年1月，
// 我国…): a clause with a word of fact_words.tsv kind report. Such a date is
// the sentence's time as much as one that opens it. Not after a speaker
// (赵乐际表示，今年1月，瑙鲁…): what a speaker goes on to say has times of
// its own.
func (v *view) opensAfterSource(si int, m *pipeline.Mention) bool {
	start, lo := v.dateStart(si, m), v.sents[si].Start
	if start-1 <= lo || !v.dateOpensClause(si, m) || v.clauseStart(lo, start-1) != lo {
		return false
	}
	for p := lo; p < start-1; p++ {
		if v.words.Starting(dictionaries.FactReport, v.text, p, start-1) > 0 {
			return true
		}
	}
	return false
}

// usable returns m when it has a resolved date: both ends, or one end of an
// open-ended time such as 截至2023年底 (until the end of 2023).
func usable(m *pipeline.Mention) *pipeline.Mention {
	if m == nil || m.DateStart == nil && m.DateEnd == nil {
		return nil
	}
	return m
}

// setDate copies a DATE mention's range into f, recording the mention when
// it is in f's sentence and naming the context rule when it is not.
func setDate(f *pipeline.Fact, m *pipeline.Mention, context bool) {
	if m == nil {
		return
	}
	f.DateStart, f.DateEnd = copyTime(m.DateStart), copyTime(m.DateEnd)
	if context {
		f.Rule += "|date:paragraph-context"
		return
	}
	addMention(f, m)
}

func copyTime(t *time.Time) *time.Time {
	if t == nil {
		return nil
	}
	c := *t
	return &c
}

// setValue copies an amount's value, interval and qualifier into f.
func setValue(f *pipeline.Fact, m *pipeline.Mention) {
	f.Value, f.ValueMin, f.ValueMax = m.Value, m.ValueMin, m.ValueMax
	f.Currency, f.Unit, f.Qualifier = m.Currency, m.Unit, m.Qualifier
}

// takeSubject makes o the subject of f by the rule suffix how: its name and
// mentions, the evidence widened to where it starts.
func takeSubject(f *pipeline.Fact, o org, how string) {
	f.Subject = o.name
	f.Rule += how
	f.EvidenceStart = min(f.EvidenceStart, o.start)
	for _, m := range o.mentions {
		addMention(f, m)
	}
}

// newFact starts a fact of kind over the evidence [start, end) of sentence si.
func newFact(kind, rule string, si, start, end int, confidence float64) pipeline.Fact {
	return pipeline.Fact{
		Kind: kind, Rule: rule, Sentence: si, EvidenceStart: start, EvidenceEnd: end,
		MentionIDs: []int{}, Stage: Name, Confidence: confidence,
	}
}

func (v *view) add(f pipeline.Fact) { v.facts = append(v.facts, f) }

// clauseOpens reports whether only times stand between the start of the
// clause and pos: DATE mentions and time, number and locality tokens
// (1-9月份，我国…; 今年上半年我国…). A subject that is no name must open its
// clause; 在北京 or 对韩国 before an amount is where, not who.
func (v *view) clauseOpens(pos, lo int) bool {
	for pos > lo {
		if m := v.endingAt(pos, lo, pipeline.Date); m != nil {
			pos = m.Start
			continue
		}
		if isSpace(v.text[pos-1]) {
			pos--
			continue
		}
		if n := v.words.Ending(dictionaries.FactLead, v.text, lo, pos); n > 0 && v.aligned(pos-n, pos) {
			pos -= n // 预计今年海南全省…: a forecast's subject opens it still
			continue
		}
		t := v.tokenEnding(pos)
		if t == nil || t.Start < lo || !(t.Pos == "t" || t.Pos == "f" || strings.HasPrefix(t.Pos, "m")) {
			break
		}
		pos = t.Start
	}
	return v.boundary(pos, lo)
}

// scopeName returns the division a scope word at pos stands for in this
// document, by the level fact_words.tsv gives it: 全省 the province most of
// its coded places lie in (at least two, and twice the next), 全市 such a
// prefecture, or a municipality when that is the province (全市 in a story
// about 北京), 全区 such an autonomous region (广西); for the other levels
// (全县, 全镇, 全村) — and for those too when no division stands out — the
// last place whose full name ends in the level, of that level and not one
// of a list (浙江、江苏两省，全省…), named before pos in its paragraph
// (到乐业县百坭村担任驻村第一书记…，全村贫困发生率); else, for the other levels,
// the one named most often in the document, as for 全省 (小岗村, named eight
// times: villages go uncoded), when the paragraph names no coded place out
// of its province. It is "" when no division stands out or none is named
// whole.
func (v *view) scopeName(word string, pos int) string {
	level, _ := v.words.Predicate(dictionaries.FactScope, word)
	if v.scopes == nil {
		v.scopes = map[string]division{}
		prov, pref := map[string]int{}, map[string]int{}
		names := map[string]string{} // code → entity of a mention of exactly that division
		for i := range v.d.Mentions {
			m := &v.d.Mentions[i]
			if m.Type != pipeline.Place || len(m.PlaceCode) != 6 {
				continue
			}
			names[m.PlaceCode] = entity(m)
			prov[m.PlaceCode[:2]+"0000"]++
			if m.PlaceCode[2:4] != "00" {
				pref[m.PlaceCode[:4]+"00"]++
			}
		}
		p := topCount(prov)
		switch {
		case p == "":
		case municipality(p):
			v.scopes["市"] = division{names[p], p}
		case strings.Contains("15 45 54 64 65", p[:2]):
			v.scopes["区"] = division{names[p], p}
		default:
			v.scopes["省"] = division{names[p], p}
		}
		if c := topCount(pref); c != "" && v.scopes["市"].name == "" && p != "" && c[:2] == p[:2] {
			v.scopes["市"] = division{names[c], c}
		}
	}
	coded := level == "省" || level == "市" || level == "区"
	if name := v.scopes[level].name; coded && name != "" {
		return name
	}
	par := v.paragraphStart(pos)
	last, codes := "", []string{} // codes of the coded places the paragraph names before pos
	for i := range v.d.Mentions {
		m := &v.d.Mentions[i]
		if m.Start >= pos {
			break
		}
		if m.Start < par || !v.domesticPlace(m) {
			continue
		}
		listed := m.Start > 0 && v.text[m.Start-1] == '、' || m.End < len(v.text) && strings.ContainsRune("、等", v.text[m.End])
		if e := entity(m); strings.HasSuffix(e, level) && e != level && !listed && (!coded || divisionLevel(m.PlaceCode, level)) {
			last = e // not one of a list (浙江、江苏两省，全省…)
		}
		if m.PlaceCode != "" {
			codes = append(codes, m.PlaceCode)
		}
	}
	if last != "" || coded {
		return last
	}
	if _, ok := v.scopes[level]; !ok {
		named, code := map[string]int{}, map[string]string{}
		for i := range v.d.Mentions {
			m := &v.d.Mentions[i]
			if e := entity(m); v.domesticPlace(m) && strings.HasSuffix(e, level) && e != level {
				named[e]++
				code[e] = m.PlaceCode
			}
		}
		top := topCount(named)
		v.scopes[level] = division{top, code[top]}
	}
	// A paragraph that names a place outside the document's one tells of
	// another (a round-up's next story: 新疆霍城…，全村人均收入).
	d := v.scopes[level]
	for _, c := range codes {
		if d.code == "" || c[:2] != d.code[:2] {
			return ""
		}
	}
	return d.name
}

// division is a place a scope word stands for: its full name and its
// GB/T 2260 code, "" for a village none gives.
type division struct{ name, code string }

// divisionLevel reports whether code is a division of the level a scope
// word names: a province or an autonomous region (全省, 全区), a prefecture
// or a municipality (全市).
func divisionLevel(code, level string) bool {
	switch {
	case len(code) != 6:
		return false
	case level == "市":
		return code[4:] == "00" && (code[2:4] != "00" || municipality(code))
	default:
		return code[2:] == "0000"
	}
}

// municipality reports whether the division of GB/T 2260 code lies in a
// municipality (北京, 天津, 上海, 重庆), a province-level city.
func municipality(code string) bool {
	return strings.Contains("11 12 31 50", code[:2])
}

// domesticPlace reports whether m is a PLACE mention of no country but
// China: villages and towns the gazetteers lack may have none.
func (v *view) domesticPlace(m *pipeline.Mention) bool {
	return m.Type == pipeline.Place && (m.Country == "" || m.Country == "CN")
}

// topCount returns the key counted most often, at least twice and twice
// the next, or "".
func topCount(c map[string]int) string {
	best, second, key := 0, 0, ""
	for k, n := range c {
		switch {
		case n > best || n == best && k < key:
			best, second, key = n, best, k
		case n > second:
			second = n
		}
	}
	if best < 2 || best < 2*second {
		return ""
	}
	return key
}

// objectSpan returns where fact f's object is written first in its
// evidence, or reports false where the object is not written as it reads
// (a canonical name).
func (v *view) objectSpan(f *pipeline.Fact) (start, end int, ok bool) {
	ev := v.slice(f.EvidenceStart, f.EvidenceEnd)
	k := strings.Index(ev, f.Object)
	if k < 0 {
		return 0, 0, false
	}
	start = f.EvidenceStart + utf8.RuneCountInString(ev[:k])
	return start, start + utf8.RuneCountInString(f.Object), true
}
