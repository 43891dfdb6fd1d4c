package dates

import (
	"math/bits"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/dictionaries"
	"github.com/zhfacts/zhfacts/extractors/number"
	"github.com/zhfacts/zhfacts/internal/runes"
	"github.com/zhfacts/zhfacts/pipeline"
)

// scanner parses date expressions in folded text (see tables.fold) against
// an optional publication time. Positions are indexes into r, which are code
// point offsets into the document text.
type scanner struct {
	t *tables
	r []rune
	// starts holds, in order, the offsets of r whose characters may begin
	// an expression (tables.start): find tries only those.
	starts []int32
	anchor *time.Time
	// ahead says the expression being read follows a word of the future
	// (将于, 定于): a date without its year, month or week is the next one.
	ahead bool
	// verbAt reports whether gse read a verb starting at r[i]; nil when
	// the text comes without its words (Find).
	verbAt func(i int) bool

	memo            num // the number at memoAt
	memoAt          int
	memoOK, memoHit bool

	day   value // the publication day, once dayOK (see publicationDay)
	dayOK bool

	// pastYears holds the distinct years written so far that lie two or
	// more years before publication: three or more make the document a
	// history (a life, a war), and narrativeYear reaches further back.
	pastYears []int
}

// aheadMonths is how far after publication a date without a year may lie
// before the year before is read instead: a news article mostly reports the
// current year, but 12月 in an article of January means last December.
const aheadMonths = 9

// graceDays is how long before publication a date after a word of the
// future may lie and still be read in the publication's year or month.
const graceDays = 7

// aheadDays is the same limit for a day without a month (29日).
const aheadDays = 10

// lit returns the end of w when r[i:] starts with it, or -1. The rules try
// literals at every candidate, most of them failing at the first
// character, so lit compares the encoding of each rune of r with the bytes
// of w instead of decoding w.
func (s *scanner) lit(i int, w string) int {
	for j := 0; j < len(w); i++ {
		if i >= len(s.r) {
			return -1
		}
		switch c := s.r[i]; {
		case c < utf8.RuneSelf:
			if w[j] != byte(c) {
				return -1
			}
			j++
		case c >= 0x800 && c <= 0xFFFF:
			if len(w)-j < 3 || w[j] != byte(0xE0|c>>12) || w[j+1] != byte(0x80|c>>6&0x3F) || w[j+2] != byte(0x80|c&0x3F) {
				return -1
			}
			j += 3
		default:
			d, size := utf8.DecodeRuneInString(w[j:])
			if d != c {
				return -1
			}
			j += size
		}
	}
	return i
}

// litAny returns the end of the first of ws that r[i:] starts with, or -1.
// It encodes the character at i once and calls lit only for the words
// whose first and last bytes of their first character match it: most
// words fail on their first character, and a call costs more than the
// test.
func (s *scanner) litAny(i int, ws ...string) int {
	if i >= len(s.r) {
		return -1
	}
	c := s.r[i]
	if uint32(c)-0x800 < 0x10000-0x800 {
		// Three bytes, as nearly every character asked: their first and
		// last computed here, where EncodeRune takes a call.
		b0, b2 := byte(0xE0|c>>12), byte(0x80|c&0x3F)
		for _, w := range ws {
			if len(w) >= 3 && w[0] == b0 && w[2] == b2 {
				if e := s.lit(i, w); e >= 0 {
					return e
				}
			}
		}
		return -1
	}
	var first [utf8.UTFMax]byte
	n := utf8.EncodeRune(first[:], c)
	for _, w := range ws {
		if len(w) < n || w[0] != first[0] || w[n-1] != first[n-1] {
			continue
		}
		if e := s.lit(i, w); e >= 0 {
			return e
		}
	}
	return -1
}

func (s *scanner) at(i int) rune {
	if i < 0 || i >= len(s.r) {
		return 0
	}
	return s.r[i]
}

// spaces skips ASCII spaces, which Recognizers-style text puts between a
// number and its unit (2008 年).
func (s *scanner) spaces(i int) int {
	for i < len(s.r) && s.r[i] == ' ' {
		i++
	}
	return i
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isHan(r rune) bool { return r >= 0x3400 && r <= 0x9FFF }

// cjkDigit returns the value of a Chinese digit character; 十 and the
// larger units are handled by number.Parse.
func cjkDigit(r rune) (int, bool) {
	switch r {
	case '零', '〇':
		return 0, true
	case '一':
		return 1, true
	case '二', '两':
		return 2, true
	case '三':
		return 3, true
	case '四':
		return 4, true
	case '五':
		return 5, true
	case '六':
		return 6, true
	case '七':
		return 7, true
	case '八':
		return 8, true
	case '九':
		return 9, true
	}
	return 0, false
}

// isCJKNum reports whether r is a Chinese digit or numeral unit; a switch,
// as it runs on every character.
func isCJKNum(r rune) bool {
	switch r {
	case '零', '〇', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '廿', '卅':
		return true
	}
	return false
}

// num is a number read by scanner.num.
type num struct {
	v      float64
	end    int
	digits int     // ASCII digits before any decimal point; 0 for Chinese numerals
	lead0  bool    // an ASCII number with a leading zero (07年)
	vague  bool    // 几, 十几: the value is a lower bound
	hi     float64 // of two numerals that name a range (两三, 十五六, 三五): the upper end; v is the lower
	frac   bool    // has a decimal part
}

// num is scanner.num memoized for the last position: every numeral rule
// reads the same number at a candidate.
func (s *scanner) num(i int) (num, bool) {
	if s.memoOK && s.memoAt == i {
		return s.memo, s.memoHit
	}
	n, ok := s.readNum(i)
	s.memoOK, s.memoAt, s.memo, s.memoHit = true, i, n, ok
	return n, ok
}

// readNum reads an ASCII number (with an optional decimal part) or a run of
// Chinese numerals at i. Chinese runs are parsed with number.Parse,
// shrinking from the right until they parse.
func (s *scanner) readNum(i int) (num, bool) {
	r := s.r
	if i >= len(r) {
		return num{}, false
	}
	if isDigit(r[i]) {
		j, v := i, 0.0
		for j < len(r) && isDigit(r[j]) && j-i < 9 {
			v = v*10 + float64(r[j]-'0')
			j++
		}
		if j < len(r) && isDigit(r[j]) {
			return num{}, false // too long to be a date part
		}
		n := num{v: v, end: j, digits: j - i, lead0: r[i] == '0' && j-i > 1}
		if j+1 < len(r) && r[j] == '.' && isDigit(r[j+1]) && !s.dottedDate(j) && !s.numberedYear(j) {
			k, scale := j+1, 0.1
			for k < len(r) && isDigit(r[k]) {
				n.v += float64(r[k]-'0') * scale
				scale /= 10
				k++
			}
			n.end, n.frac = k, true
		}
		return n, true
	}
	if !isCJKNum(r[i]) && r[i] != '几' {
		return num{}, false
	}
	if i > 0 && (r[i-1] == '几' || r[i-1] == '数') && strings.ContainsRune("十百千万", r[i]) {
		return num{}, false // 几十年前, 数十年来: several tens, no number
	}
	if r[i] == '三' && i+1 < len(r) && r[i+1] == '五' && (i+2 >= len(r) || !isCJKNum(r[i+2]) && r[i+2] != '几') && (i == 0 || !isCJKNum(r[i-1])) {
		// 三五天, 三五年: three to five, a few, as 两三天 is two or three;
		// 三十五 is 35, and 一九三五年 a year.
		return num{v: 3, end: i + 2, vague: true, hi: 5}, true
	}
	if v, ok := cjkDigit(r[i]); ok && (i+1 >= len(r) || (!isCJKNum(r[i+1]) && r[i+1] != '几')) {
		return num{v: float64(v), end: i + 1}, true
	}
	j := i
	for j < len(r) && (isCJKNum(r[j]) || r[j] == '几') && j-i < 8 {
		j++
	}
	for k := j; k > i; k-- {
		n, ok := number.Parse(string(r[i:k]))
		if ok && !n.Ordinal && !n.Fraction {
			out := num{v: n.Value, end: k, vague: n.Qualifier != number.Exact}
			if n.Qualifier == number.Range {
				out.hi = n.Max
			}
			return out, true
		}
	}
	return num{}, false
}

// numberedYear reports whether the '.' at j ends a list item's number before
// a year (7.2023年我国粮食总产量…): four digits and 年 after it are a year,
// no decimal part.
func (s *scanner) numberedYear(j int) bool {
	k := j + 1
	for k < len(s.r) && isDigit(s.r[k]) {
		k++
	}
	return k-j-1 == 4 && s.at(k) == '年'
}

// dottedDate reports whether the '.' at j continues a dotted date (2024.6.4)
// rather than a decimal fraction.
func (s *scanner) dottedDate(j int) bool {
	k := j + 1
	for k < len(s.r) && isDigit(s.r[k]) {
		k++
	}
	return k < len(s.r) && s.r[k] == '.' && k+1 < len(s.r) && isDigit(s.r[k+1])
}

// intIn reads a whole number in [lo, hi].
func (s *scanner) intIn(i, lo, hi int) (int, int, bool) {
	n, ok := s.num(i)
	if !ok || n.frac || n.vague || n.v < float64(lo) || n.v > float64(hi) {
		return 0, 0, false
	}
	return int(n.v), n.end, true
}

// kind is a kind of date_words.tsv row that the scanner looks words up
// by. The rules look words up at nearly every candidate, where a map by the
// kind's name cost a tenth of the stage.
type kind uint8

const (
	kindYear kind = iota
	kindMonth
	kindDay
	kindDayRef
	kindWeek
	kindWeekNoun
	kindDaypart
	kindYearPart
	kindSeason
	kindMonthPart
	kindVague
	kindRecent
	kindReign
	kindAnaphor
	kindNotDay
	kindPresent
	kindFuture
	kindRecord
	kindSameDay
	kindPredicate
	kindNumbered
	kindPerMonth
	kindFestive
	kindWeekPart
	kindWill
	kindNamed
	kindSpeech
	kindZone
	numKinds
)

// kinds maps the dictionaries' kind names to kinds.
var kinds = map[string]kind{
	dictionaries.DateYear:      kindYear,
	dictionaries.DateMonth:     kindMonth,
	dictionaries.DateDay:       kindDay,
	dictionaries.DateDayRef:    kindDayRef,
	dictionaries.DateWeek:      kindWeek,
	dictionaries.DateWeekNoun:  kindWeekNoun,
	dictionaries.DateDaypart:   kindDaypart,
	dictionaries.DateYearPart:  kindYearPart,
	dictionaries.DateSeason:    kindSeason,
	dictionaries.DateMonthPart: kindMonthPart,
	dictionaries.DateVague:     kindVague,
	dictionaries.DateRecent:    kindRecent,
	dictionaries.DateReign:     kindReign,
	dictionaries.DateAnaphor:   kindAnaphor,
	dictionaries.DateNotDay:    kindNotDay,
	dictionaries.DatePresent:   kindPresent,
	dictionaries.DateFuture:    kindFuture,
	dictionaries.DateRecord:    kindRecord,
	dictionaries.DateSameDay:   kindSameDay,
	dictionaries.DatePredicate: kindPredicate,
	dictionaries.DateNumbered:  kindNumbered,
	dictionaries.DatePerMonth:  kindPerMonth,
	dictionaries.DateFestive:   kindFestive,
	dictionaries.DateWeekPart:  kindWeekPart,
	dictionaries.DateWill:      kindWill,
	dictionaries.DateNamed:     kindNamed,
	dictionaries.DateSpeech:    kindSpeech,
	dictionaries.DateZone:      kindZone,
}

// word returns the longest word of kind k at i.
func (s *scanner) word(k kind, i int) (*dictionaries.DateWord, int) {
	tr := s.t.words[k]
	if tr == nil {
		return nil, -1
	}
	v, end := tr.longest(s.r, i)
	if v == nil {
		return nil, -1
	}
	return v.(*dictionaries.DateWord), end
}

// fromAnchor marks v relative and reports whether the anchor is there to
// resolve it; without one v becomes unresolved.
func (s *scanner) fromAnchor(v *value) bool {
	v.relative = true
	if s.anchor == nil {
		v.unresolved = true
		return false
	}
	return true
}

// pickYear resolves a date given without its year: the publication year,
// or the year before when that reading lies more than aheadMonths after
// publication or does not exist (2月29日); after a word of the future, the
// first reading not before the publication day, or its month unless byDay.
func (s *scanner) pickYear(f func(y int) (time.Time, bool), byDay bool) (time.Time, bool) {
	a := *s.anchor
	if s.ahead {
		// 将于3月举行: the next March, this one when it is under way. News
		// is published up to a few days after it is written (将于28日召开
		// in an article of the 29th): a date that recent still counts.
		g := a.AddDate(0, 0, -graceDays)
		floor := ymd(g.Year(), int(g.Month()), 1)
		if byDay {
			floor = ymd(g.Year(), int(g.Month()), g.Day())
		}
		for y := a.Year(); y <= a.Year()+4; y++ {
			if t, ok := f(y); ok && !t.Before(floor) {
				return t, true
			}
		}
		return time.Time{}, false
	}
	for y := a.Year(); y > a.Year()-8; y-- {
		t, ok := f(y)
		if !ok {
			continue
		}
		if y == a.Year() && t.After(a.AddDate(0, aheadMonths, 0)) {
			continue
		}
		return t, true
	}
	return time.Time{}, false
}

// tables holds the word tries and character sets the scanner uses.
type tables struct {
	fold     map[rune]rune
	foldBits [0x10000 / 64]uint64
	start    [0x10000 / 64]uint64 // runes that may begin an expression
	// scanBits is foldBits and start together: prepare's one test at each
	// character of a document.
	scanBits [0x10000 / 64]uint64
	words    [numKinds]*trie // by kind; nil for a kind without words
	holidays *trie           // → *dictionaries.Holiday
	dayparts map[string]*dictionaries.DateWord
	// verbTo holds the verbto words reversed: endsAt finds the verb a 到
	// completes by reading backwards from it.
	verbTo *trie
	// ahead holds the ahead words reversed: a date right after one is
	// resolved forward.
	ahead *trie
	// lasting holds the lasting words reversed: 近 and N units right after
	// one are a length, not a window.
	lasting *trie
	// event holds the event words reversed: N units and 后 or 前 right
	// after one count from that event (成立两年后), a length.
	event *trie
	// series holds the series words reversed: an ASCII N号 right after one
	// is part of a name (长征5号).
	series *trie
	// unbroken holds the words no expression may cut, and unbrokenLen the
	// length of the longest.
	unbroken      *trie
	unbrokenLen   int
	unbrokenStart [0x10000 / 64]uint64
	// cand holds every word an expression not starting with a numeral can
	// begin with; find skips other positions without trying the rules.
	cand *trie
	// candOne holds the one-character words of cand that start an
	// expression, and candPairs the first two characters of its longer
	// words, hashed (see pairBit): candidate reads cand only where either
	// holds. The characters that begin a word of cand are mostly common
	// ones (国 of 国庆, 日 of 日前), and a trie walk at each cost a tenth
	// of the stage.
	candOne, candPairs runes.Set
	// ruleStarts[c] has bit k set when rules[k] can begin with c: one read
	// where core read a bit set per rule, 17 cache lines at every try.
	ruleStarts *[0x10000]uint32
}

func setBit(b *[0x10000 / 64]uint64, r rune) {
	if r < 0x10000 {
		b[r/64] |= 1 << (r % 64)
	}
}

func hasBit(b *[0x10000 / 64]uint64, r rune) bool {
	u := uint32(r) // unsigned, so that /64 and %64 are shifts and masks
	return u < 0x10000 && b[u/64]&(1<<(u%64)) != 0
}

// trie maps words to values, rune by rune. A node keeps its children's
// characters sorted in a slice rather than a map: most nodes have a few
// children, and the scanner steps through the tries at nearly every
// character of the text. A node with many children (a root) also indexes
// them by character once the trie is built (see index).
type trie struct {
	keys []rune
	kids []*trie
	val  any
	// bits has a bit set for each child's character and rank[k] counts
	// the bits in bits[:k], so the child of c is kids[rank + the bits
	// below c in its word]: two table reads instead of a binary search.
	bits *[0x10000 / 64]uint64
	rank *[0x10000 / 64]uint16
}

// manyKids is the number of children above which a node is indexed.
const manyKids = 16

// child returns the node after c, or nil.
func (t *trie) child(c rune) *trie {
	if t.bits != nil {
		u := uint32(c)
		if u >= 0x10000 || t.bits[u/64]&(1<<(u%64)) == 0 {
			return nil
		}
		return t.kids[int(t.rank[u/64])+bits.OnesCount64(t.bits[u/64]&(1<<(u%64)-1))]
	}
	if len(t.keys) <= 8 {
		for i, k := range t.keys {
			if k == c {
				return t.kids[i]
			}
		}
		return nil
	}
	if i, ok := slices.BinarySearch(t.keys, c); ok {
		return t.kids[i]
	}
	return nil
}

// index indexes every node of t with more than manyKids children, all in
// the Basic Multilingual Plane. It runs once, after the last add.
func (t *trie) index() {
	for _, k := range t.kids {
		k.index()
	}
	if len(t.keys) <= manyKids || t.keys[len(t.keys)-1] >= 0x10000 {
		return
	}
	t.bits, t.rank = new([0x10000 / 64]uint64), new([0x10000 / 64]uint16)
	for _, c := range t.keys {
		setBit(t.bits, c)
	}
	n := 0
	for k, w := range t.bits {
		t.rank[k] = uint16(n)
		n += bits.OnesCount64(w)
	}
}

func (t *trie) add(w string, v any) {
	for _, c := range w {
		i, ok := slices.BinarySearch(t.keys, c)
		if !ok {
			t.keys = slices.Insert(t.keys, i, c)
			t.kids = slices.Insert(t.kids, i, &trie{})
		}
		t = t.kids[i]
	}
	t.val = v
}

// longest returns the value of the longest word at r[i:] and its end.
func (t *trie) longest(r []rune, i int) (any, int) {
	var v any
	end := -1
	for j := i; j < len(r); j++ {
		t = t.child(r[j])
		if t == nil {
			break
		}
		if t.val != nil {
			v, end = t.val, j+1
		}
	}
	return v, end
}

// aheadAt reports whether a word of the future ends just before r[i], and
// no 原 (originally) stands in the two characters before it: 原定于5月19日
// and 原本定在3月23日 name plans that did not hold, as of their own time.
func (s *scanner) aheadAt(i int) bool {
	t := s.t.ahead
	for j := i - 1; j >= 0; j-- {
		if t = t.child(s.r[j]); t == nil {
			return false
		}
		if t.val != nil {
			return s.at(j-1) != '原' && s.at(j-2) != '原'
		}
	}
	return false
}

// willAfter reports whether a word of the future (date_words.tsv kind will)
// starts at r[i], one marked to need it followed by a verb gse read (将迎来,
// not the 把 of 将其围困).
func (s *scanner) willAfter(i int) bool {
	w, e := s.word(kindWill, i)
	return w != nil && (w.N[0] == 0 || s.verbAt != nil && s.verbAt(e))
}

// lasts reports whether 近 at r[i] follows a word of lasting, maybe with
// 了 (持续了近一周), or 已 (就任已近8个月), or a verb of an event (上线近一年之后):
// what follows is a length, nearly N units.
func (s *scanner) lasts(i int) bool {
	switch s.at(i - 1) {
	case '已':
		return true
	case '了':
		i--
	}
	return s.t.lasting.endsAt(s.r, i) || s.t.event.endsAt(s.r, i)
}

// afterEvent reports whether the units at r[i] follow a verb of an event
// (date_words.tsv kind event), maybe with 了, 约 or 近 between: 成立两年后,
// 发射约8分钟后, 上线近一年之后 count from that event, not from publication.
func (s *scanner) afterEvent(i int) bool {
	if strings.ContainsRune("约近", s.at(i-1)) {
		i--
	}
	if s.at(i-1) == '了' {
		i--
	}
	return s.t.event.endsAt(s.r, i)
}

// endsAt reports whether a word of t, which holds its words reversed, ends
// just before r[end].
func (t *trie) endsAt(r []rune, end int) bool {
	for j := end - 1; j >= 0; j-- {
		t = t.child(r[j])
		if t == nil {
			return false
		}
		if t.val != nil {
			return true
		}
	}
	return false
}

// reverse returns w with its characters in reverse order.
func reverse(w string) string {
	r := []rune(w)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

// aroundKinds are the kinds of words found around an expression, never
// starting one: a season only after the year that starts it, the others
// checks before or after it (将, 一月 then 收入). Neither the characters
// that may begin an expression nor cand hold them.
var aroundKinds = map[string]bool{
	dictionaries.DateVerbTo: true, dictionaries.DateAhead: true, dictionaries.DateLasting: true, dictionaries.DateEvent: true,
	dictionaries.DateSeries: true, dictionaries.DateUnbroken: true, dictionaries.DateSeason: true, dictionaries.DateNotDay: true,
	dictionaries.DatePresent: true, dictionaries.DateFuture: true, dictionaries.DateRecord: true, dictionaries.DateSameDay: true,
	dictionaries.DatePredicate: true, dictionaries.DateNumbered: true, dictionaries.DatePerMonth: true, dictionaries.DateFestive: true,
	dictionaries.DateWill: true, dictionaries.DateNamed: true, dictionaries.DateSpeech: true, dictionaries.DateZone: true,
}

// newTables builds the tables from the dictionaries.
func newTables(dw *dictionaries.DateWords, hs []dictionaries.Holiday) *tables {
	t := &tables{fold: dw.Fold, holidays: &trie{}, dayparts: map[string]*dictionaries.DateWord{}, verbTo: &trie{}, ahead: &trie{}, lasting: &trie{}, event: &trie{}, series: &trie{}, unbroken: &trie{}}
	for from := range dw.Fold {
		setBit(&t.foldBits, from)
	}
	// Words read backwards from what follows them, each kind its own trie.
	backward := map[string]*trie{dictionaries.DateVerbTo: t.verbTo, dictionaries.DateAhead: t.ahead,
		dictionaries.DateLasting: t.lasting, dictionaries.DateEvent: t.event, dictionaries.DateSeries: t.series}
	for i := range dw.Words {
		w := &dw.Words[i]
		if tr := backward[w.Kind]; tr != nil {
			tr.add(reverse(w.Word), w)
			continue
		}
		if w.Kind == dictionaries.DateUnbroken {
			t.unbroken.add(w.Word, w)
			t.unbrokenLen = max(t.unbrokenLen, utf8.RuneCountInString(w.Word))
			for _, c := range w.Word {
				setBit(&t.unbrokenStart, c)
				break
			}
			continue
		}
		if k, ok := kinds[w.Kind]; ok {
			if t.words[k] == nil {
				t.words[k] = &trie{}
			}
			t.words[k].add(w.Word, w)
		}
		if aroundKinds[w.Kind] {
			continue
		}
		if w.Kind == dictionaries.DateDaypart {
			t.dayparts[w.Word] = w
		}
		for _, c := range w.Word {
			setBit(&t.start, c)
			break
		}
	}
	for i := range hs {
		t.holidays.add(hs[i].Name, &hs[i])
		for _, c := range hs[i].Name {
			setBit(&t.start, c)
			break
		}
	}
	for c := '0'; c <= '9'; c++ {
		setBit(&t.start, c)
	}
	for _, c := range "零〇一二两三四五六七八九" {
		setBit(&t.start, c)
	}
	t.cand = &trie{}
	var prefixes, nouns []string
	for _, w := range dw.Words {
		switch w.Kind {
		case dictionaries.DateWeek:
			prefixes = append(prefixes, w.Word)
		case dictionaries.DateWeekNoun:
			nouns = append(nouns, w.Word)
		case dictionaries.DateYearPart:
			t.cand.add("年"+w.Word, true)
			t.cand.add(w.Word, len([]rune(w.Word)) > 1)
		case dictionaries.DateMonthPart:
			t.cand.add("月"+w.Word, true)
			t.cand.add(w.Word, len([]rune(w.Word)) > 1)
		case dictionaries.DateDaypart:
			t.cand.add(w.Word, len([]rune(w.Word)) > 1) // 晚 alone starts nothing
		default:
			if !aroundKinds[w.Kind] {
				t.cand.add(w.Word, true)
			}
		}
	}
	for _, n := range nouns {
		for _, d := range "一二三四五六日天末" {
			t.cand.add(n+string(d), true)
		}
		for _, p := range prefixes {
			t.cand.add(p+n, true)
		}
	}
	for i := range hs {
		t.cand.add(hs[i].Name, true)
	}
	for _, w := range []string{"公元", "农历", "阴历", "正月", "腊月", "冬月", "截至", "截止", "到", "直到", "直至", "等到", "自", "从", "即日起", "上世纪", "上个世纪", "本世纪", "第", "半", "最近", "过去", "未来", "今明", "明后", "昨今", "这"} {
		t.cand.add(w, true)
	}
	for _, w := range quarterWords {
		t.cand.add(w.text, true)
	}
	for _, w := range withinWords {
		t.cand.add(w.text, true)
	}
	if len(rules) > 32 {
		panic("dates: more rules than bits in tables.ruleStarts")
	}
	t.ruleStarts = new([0x10000]uint32)
	for k, r := range rules {
		b := new([0x10000 / 64]uint64)
		if r.numeral {
			for c := '0'; c <= '9'; c++ {
				setBit(b, c)
			}
			for _, c := range "零〇一二两三四五六七八九十百千廿卅几" {
				setBit(b, c)
			}
		}
		for _, c := range r.starts {
			setBit(b, c)
		}
		for _, kind := range r.kinds {
			for _, w := range dw.Words {
				if w.Kind == kind {
					setBit(b, []rune(w.Word)[0])
				}
			}
			if kind == "holiday" {
				for _, h := range hs {
					setBit(b, []rune(h.Name)[0])
				}
			}
		}
		for c := range t.ruleStarts {
			if hasBit(b, rune(c)) {
				t.ruleStarts[c] |= 1 << k
			}
		}
	}
	// Characters that begin grammatical patterns rather than listed words.
	for _, c := range "十百千廿卅几半第Q农阴正腊冬周星礼截到直等自从即公世年月上下本这前后近过未最整个分早晚夜之" {
		setBit(&t.start, c)
	}
	for k := range t.scanBits {
		t.scanBits[k] = t.foldBits[k] | t.start[k]
	}
	for _, tr := range t.words {
		if tr != nil {
			tr.index()
		}
	}
	for _, tr := range []*trie{t.holidays, t.verbTo, t.ahead, t.lasting, t.event, t.series, t.unbroken, t.cand} {
		tr.index()
	}
	for k, c := range t.cand.keys {
		first := t.cand.kids[k]
		if first.val == true {
			t.candOne.Add(c)
		}
		for _, d := range first.keys {
			t.candPairs.Add(pairBit(c, d))
		}
	}
	return t
}

// pairBit hashes two characters to a bit of a runes.Set (a Fibonacci
// hash: the pairs of Chinese characters differ mostly in their low bits).
func pairBit(a, b rune) rune {
	return rune((uint32(a)*0x9E3779B1 ^ uint32(b)) * 0x9E3779B1 >> 16)
}

// foldText decodes text into runes, folding traditional characters, into
// buf (reused when large enough). It decodes as a range loop would, with
// the three-byte characters of Chinese text read inline, in the same pass
// as the folding, and stores by index into a buffer of one rune per byte:
// the buffer is pooled, so its size is paid once, and the loop then has no
// append to grow. The inline case takes only lead bytes other than 0xE0,
// which may start an overlong form, and 0xED, which may start a
// surrogate, so that what it decodes needs no test of its value.
func (t *tables) foldText(text string, buf []rune) []rune {
	if cap(buf) < len(text) {
		buf = make([]rune, len(text))
	}
	buf = buf[:len(text)]
	foldBits := &t.foldBits
	n := 0
	for i := 0; i < len(text); n++ {
		var c rune
		if b := text[i]; b < utf8.RuneSelf {
			c = rune(b)
			i++
		} else if i+2 < len(text) && (0xE1 <= b && b <= 0xEC || b == 0xEE || b == 0xEF) &&
			(uint16(text[i+1])|uint16(text[i+2])<<8)&0xC0C0 == 0x8080 {
			c = rune(b&0x0F)<<12 | rune(text[i+1]&0x3F)<<6 | rune(text[i+2]&0x3F)
			i += 3
		} else {
			var size int
			c, size = utf8.DecodeRuneInString(text[i:])
			i += size
		}
		if hasBit(foldBits, c) {
			c = t.fold[c]
		}
		buf[n] = c
	}
	return buf[:n]
}

// prepare returns what the scanner reads of the code points rs: rs folded
// and the offsets whose folded characters may begin an expression,
// appended to starts. Most documents hold no character to fold, and for
// them it returns rs itself, which the scanner only reads; else it folds
// into *buf, which it grows when too small. One pass and one test of
// scanBits at each character answer both, where a pass to fold and one to
// find the starts each tested every character.
func (t *tables) prepare(rs []rune, buf *[]rune, starts []int32) ([]rune, []int32) {
	for i, c := range rs {
		if !hasBit(&t.scanBits, c) {
			continue
		}
		if hasBit(&t.foldBits, c) {
			r := t.foldFrom(rs, i, buf)
			return r, t.appendStarts(starts, r, i)
		}
		starts = append(starts, int32(i))
	}
	return rs, starts
}

// foldFrom returns rs folded in *buf, grown when too small, where the
// first character to fold is at k.
func (t *tables) foldFrom(rs []rune, k int, buf *[]rune) []rune {
	out := slices.Grow((*buf)[:0], len(rs))[:len(rs)]
	copy(out, rs[:k])
	for i := k; i < len(rs); i++ {
		c := rs[i]
		if hasBit(&t.foldBits, c) {
			c = t.fold[c]
		}
		out[i] = c
	}
	*buf = out[:0]
	return out
}

// appendStarts appends to starts the offsets from k on whose characters of
// r may begin an expression.
func (t *tables) appendStarts(starts []int32, r []rune, k int) []int32 {
	for i := k; i < len(r); i++ {
		if hasBit(&t.start, r[i]) {
			starts = append(starts, int32(i))
		}
	}
	return starts
}

// find scans s.r and returns every expression, left to right, without
// overlaps.
func (s *scanner) find(emit func(start, end int, rule string, v value)) {
	r := s.r
	var last value // the expression emitted last, at lastStart..lastEnd
	lastStart, lastEnd := -1, -1
	next := 0 // where reading goes on: the starts before it lie in what was read
	for _, at := range s.starts {
		i := int(at)
		if i < next {
			continue
		}
		c := r[i]
		// mayStart only rules on numerals and Q: other characters go
		// straight to candidate.
		numeral := isDigit(c) || isCJKNum(c)
		if (numeral || c == 'Q') && !s.mayStart(i) {
			next = i + 1
			continue
		}
		if numeral {
			if j, ok := s.numeralLeads(i); !ok && !s.holidayStarts(i) {
				next = j // no unit after this numeral: skip the whole run
				continue
			}
		} else if !s.candidate(i) {
			next = i + 1
			continue
		}
		s.ahead = false
		v, end, rule, ok := s.expr(i)
		over := ok && s.anchor != nil && v.hasEnd && !v.end.After(ymd(s.anchor.Year(), int(s.anchor.Month()), s.anchor.Day()))
		if s.aheadAt(i) && s.anchor != nil && (!ok || over) {
			// After a word of the future, a reading over before publication
			// gives way to the next one (将于周一举行 on a Tuesday); a
			// reading still under way stands (将在8月15日到10月10日期间).
			s.ahead = true
			if v2, end2, rule2, ok2 := s.expr(i); ok2 {
				v, end, rule, ok = v2, end2, rule2, true
			}
			s.ahead = false
		} else if over && rule == "calendar" && v.yearFromAnchor && s.willAfter(end) {
			// So after the date (12月将迎来… in January is next December).
			s.ahead = true
			if v2, end2, rule2, ok2 := s.expr(i); ok2 && end2 == end {
				v, rule = v2, rule2
			}
			s.ahead = false
		}
		if !ok {
			if y, ye, e, bad := s.impossibleDate(i); bad {
				// 2019年2月29日 names no day: only its year stands, and its
				// 2月29日 is no other year's.
				v := unit(ymd(y, 1, 1), gYear)
				emit(i, ye, "calendar", v)
				last, lastEnd, next = v, ye, e
				continue
			}
		}
		if ok && v.typ == pipeline.Date && s.recurring(i) {
			next = end // 每年3月, 每天上午9点, 每逢春节: a time that comes back, no date
			continue
		}
		if !ok || s.cuts(i, end) {
			next = i + 1
			continue
		}
		if rule == "calendar" && v.relative && last.hasStart && lastEnd == i-1 && strings.ContainsRune("和与及、或", r[lastEnd]) && (v.gran <= gMonth || last.gran >= gDay) && !(last.relative && s.holidayStarts(i)) {
			// 2018年10月和11月: the second month is in the first one's year,
			// and 5月6日、7日 a day of the first one's month, even when that
			// one took its year from publication (去年11月、12月, 5月6日、7日);
			// a bare day only after a day (2023年和5日 lends no month). A
			// holiday keeps its nearest occurrence after one resolved so
			// (端午、中秋 name the festivals, not one year's).
			// A range lends its last day (5月30日至6月2日、3日).
			ctx := last
			if last.hasEnd && last.end.After(last.start) {
				ctx.start = last.end.Add(-time.Nanosecond)
			}
			if v2, e2, ok := s.calendar(i, &ctx); ok && e2 == end {
				v2.relative = v2.relative || last.relative
				v = v2
			}
		}
		if rule == "calendar" && v.yearFromAnchor && v.gran == gMonth && s.inName(i, end) {
			next = end // “四月之春”艺术节, 《五月的鲜花》, 《十月围城》: a name
			continue
		}
		if rule == "vague" && s.namedWord(i, end) && s.nameQuoted(i) && s.closer(end) >= end {
			next = end // “智绘未来”, “未来青年基金”, 《致未来》: a name or slogan
			continue
		}
		if rule == "calendar" && v.yearFromAnchor && v.gran == gMonth && end == i+2 && r[i] == '一' && r[i+1] == '月' {
			if _, e := s.word(kindPerMonth, end); e >= 0 {
				// 一月收入只有一千, 一月一次: a month's, not January's
				v, rule = value{typ: pipeline.Duration, norm: "P1M"}, "per-month"
			}
		}
		if rule == "calendar" && v.yearFromAnchor && !s.aheadAt(i) {
			if v2, ok := s.narrativeYear(v, last, lastStart, lastEnd, i); ok {
				v, rule = v2, "narrative-year"
			}
		}
		emit(i, end, rule, v)
		last, lastStart, lastEnd = v, i, end
		if s.pastYear(v) && !slices.Contains(s.pastYears, v.start.Year()) {
			s.pastYears = append(s.pastYears, v.start.Year())
		}
		next = end
	}
}

// pastYear reports whether v is a date of a year written out (not
// relative to publication) two or more years before publication, at a
// granularity from year to day.
func (s *scanner) pastYear(v value) bool {
	return s.anchor != nil && v.typ == pipeline.Date && v.hasStart && !v.relative && v.gran >= gYear && v.gran <= gDay &&
		s.anchor.Year()-v.start.Year() >= 2
}

// inName reports whether r[i:end] lies inside a short quotation or title
// that goes on after it (“四月之春”, 《五月的鲜花》, 《9月平壤共同宣言》): a
// month named alone there is part of a name. A quoted month that ends the
// quotation (“三月”, “红5月”), a month in quoted speech (“三月我们将举行…”,
// no closer near) and one a time word follows in the quotation (“5月朝鲜
// 党代会之前”) stay dates.
func (s *scanner) inName(i, end int) bool {
	return s.quoted(i) && s.closer(end) > end
}

// namedWord reports whether a word of kind named (未来) spans r[i:end]
// exactly.
func (s *scanner) namedWord(i, end int) bool {
	_, e := s.word(kindNamed, i)
	return e == end
}

// nameQuoted reports whether r[i] lies in a title opened earlier in its
// clause (《共创美好未来》) or in a quotation so opened that holds no word of
// speech before i (“智绘未来”): a name or slogan holds no pronoun, modal
// verb or conjunction, a sentence does (“这些矿产都无法用于福特未来…”).
func (s *scanner) nameQuoted(i int) bool {
	speech := false
	for j := i - 1; j >= 0; j-- {
		switch s.r[j] {
		case '《':
			return true
		case '“', '「', '‘':
			return !speech
		case '”', '》', '」', '’', '，', '。', '；', '！', '？', '\n':
			return false
		}
		if _, e := s.word(kindSpeech, j); e >= 0 && e <= i {
			speech = true
		}
	}
	return false
}

// closer returns where the quotation or title that r[end] lies in closes,
// within maxNameAfter characters and before any mark of a clause or time
// word, or -1: a short name closes near (“智绘未来”, “未来青年基金”), speech
// runs on (“未来，总体来说…”).
func (s *scanner) closer(end int) int {
	for k := end; k < len(s.r) && k-end <= maxNameAfter; k++ {
		switch c := s.r[k]; c {
		case '”', '》', '」', '’':
			return k
		case '“', '《', '「', '‘', '，', '。', '；', '！', '？', '\n', '前', '后', '底', '初', '以':
			return -1
		}
	}
	return -1
}

// maxNameAfter is how many characters of a name after a month or vague
// word closer looks through.
const maxNameAfter = 6

// historyYears is how many distinct past years a document must have
// written before narrativeYear reaches across four sentences, not two.
const historyYears = 3

// narrativeYear gives v, a month or day written without a year at i, the
// year of the date before it in its paragraph when that paragraph tells a
// history: the date before has its year written, two or more years before
// publication, and opens its clause (1928年3月20日，…被捕。5月1日英勇牺牲 →
// 1928-05-01; 1966年5月，江泽民调任…，9月任党委书记 → 1966-09), or took
// its year so itself; v does not lie before it (2015年11月发生恐袭后…。10月31日，
// 法国推出… keeps the publication year), and at most two sentences end
// between them. News tells the present with the publication year and
// recounts history year by year; a year inside a clause (较2019年同期,
// 成立于1963年) sets no narrative, nor does a year of birth (1992年出生).
func (s *scanner) narrativeYear(v, last value, lastStart, lastEnd, i int) (value, bool) {
	if s.anchor == nil || last.typ != pipeline.Date || !last.hasStart || last.relative || last.gran < gYear || last.gran > gDay ||
		s.anchor.Year()-last.start.Year() < 2 || lastEnd > i {
		return v, false
	}
	if !last.narrative && lastStart > 0 && !strings.ContainsRune("\n。！？；，：!?;,:", s.r[lastStart-1]) || s.at(lastEnd) == '生' ||
		s.at(lastEnd) == '出' && s.at(lastEnd+1) == '生' {
		return v, false // 陈建，1992年出生。7月8日…: a birth year dates the person, not the story
	}
	ends := 0
	for _, c := range s.r[lastEnd:i] {
		switch c {
		case '\n':
			return v, false
		case '。', '！', '？', '!', '?':
			ends++
		}
	}
	dy := last.start.Year() - v.start.Year()
	start, end := v.start.AddDate(dy, 0, 0), v.end.AddDate(dy, 0, 0)
	maxEnds := 2
	if len(s.pastYears) >= historyYears {
		maxEnds = 4 // 1923年2月，…罢工…。…。…。2月15日施洋壮烈牺牲 in a life told year by year
	}
	if ends > maxEnds || start.Day() != v.start.Day() || !end.After(last.start) {
		return v, false // 2月29日 in a common year; before the date it follows
	}
	v.start, v.end = start, end
	v.relative, v.yearFromAnchor, v.narrative = false, false, true
	return v, true
}

// impossibleDate reports whether a year, month and day that do not exist
// together are written at i (2019年2月29日, 2023年4月31日): the year, where
// it ends and where the date ends.
func (s *scanner) impossibleDate(i int) (y, yearEnd, end int, ok bool) {
	y, yearEnd, ok = s.yearAt(i)
	if !ok {
		return 0, 0, 0, false
	}
	m, j, ok := s.intIn(yearEnd, 1, 12)
	if !ok || s.at(j) != '月' {
		return 0, 0, 0, false
	}
	d, j, ok := s.intIn(j+1, 1, 31)
	if !ok || (s.at(j) != '日' && s.at(j) != '号') || validYMD(y, m, d) {
		return 0, 0, 0, false
	}
	return y, yearEnd, j + 1, true
}

// cuts reports whether the expression at i..end cuts an unbroken word: one
// that begins before it and ends inside or after it (表现 before 现在), or
// begins inside it and ends after it.
func (s *scanner) cuts(i, end int) bool {
	for p := max(0, i-s.t.unbrokenLen+1); p < end; p++ {
		if !hasBit(&s.t.unbrokenStart, s.r[p]) {
			continue
		}
		t := s.t.unbroken
		for j := p; j < len(s.r); j++ {
			t = t.child(s.r[j])
			if t == nil {
				break
			}
			if e := j + 1; t.val != nil && (p < i && e > i || e > end) {
				return true
			}
		}
	}
	return false
}

// numFollow are the characters that may follow a numeral in an
// expression: units, connectors and date separators.
var numFollow [0x10000 / 64]uint64

func init() {
	for _, c := range "年月日号天周星礼时点分秒季世小钟刻至到—–-~～－.:：/" {
		setBit(&numFollow, c)
	}
}

// numeralLeads reports whether the numeral run at i is followed (after 个,
// 多, 余, 半 or spaces) by a character that can continue a date or duration;
// when not it returns the end of the run. Most numerals in news text (一带一路,
// 7000公里) fail this cheap test, which keeps the scanner fast.
func (s *scanner) numeralLeads(i int) (int, bool) {
	r := s.r
	j := i
	for j < len(r) && (isDigit(r[j]) || isCJKNum(r[j]) || r[j] == '几') {
		j++
	}
	k := j
	for k < len(r) && (r[k] == '个' || r[k] == '多' || r[k] == '余' || r[k] == '半' || r[k] == ' ') {
		k++
	}
	if j-i == 4 && k == j+1 && r[j] == ' ' && k < len(r) && isDigit(r[k]) {
		return j, true // 2010 01 29
	}
	if j-i == 1 && k == j && j+1 < len(r) && r[j] == '、' && (isDigit(r[j+1]) || isCJKNum(r[j+1])) {
		return j, true // 七、八月: see numeralPair
	}
	if _, ok := s.bareYear(i); ok {
		return j, true // 2020中秋: see bareYear
	}
	return j, k < len(r) && hasBit(&numFollow, r[k])
}

// bareYear reads a year written in four ASCII digits without 年 right
// before a holiday's name, as titles write it (2020中秋, 《2019元宵晚会》),
// and returns the year and where it ends.
func (s *scanner) bareYear(i int) (int, bool) {
	if i > 0 && isDigit(s.r[i-1]) || i+4 >= len(s.r) {
		return 0, false
	}
	y := 0
	for _, c := range s.r[i : i+4] {
		if !isDigit(c) {
			return 0, false
		}
		y = 10*y + int(c-'0')
	}
	if y < 1900 || y > 2099 || !s.holidayStarts(i+4) {
		return 0, false
	}
	return y, true
}

// candidate reports whether an expression can start at i, which does not
// hold a numeral: a listed word starts there, or Q and a digit (Q1), or a
// window prefix (前, 上, 下, 后, 近) and a numeral (前两年).
func (s *scanner) candidate(i int) bool {
	if c := s.r[i]; s.t.candOne.Has(c) || s.t.candPairs.Has(pairBit(c, s.at(i+1))) {
		if v, _ := s.t.cand.longest(s.r, i); v == true {
			return true
		}
	}
	switch s.r[i] {
	case 'Q', '前', '上', '下', '后', '近', '早', '晚', '夜':
		n := s.at(i + 1)
		return isDigit(n) || isCJKNum(n)
	case '个', '分':
		return s.at(i+1) == '半' // 个半小时, 分半钟
	case '之':
		n := s.at(s.spaces(i + 2))
		return s.at(i+1) == '后' && (isDigit(n) || isCJKNum(n))
	}
	return false
}

// holidayStarts reports whether a holiday name written with numerals (五一,
// 十一, 三一五) starts at i.
func (s *scanner) holidayStarts(i int) bool {
	v, _ := s.t.holidays.longest(s.r, i)
	return v != nil
}

// noNumeralAfter reports whether a Chinese numeral after p is part of a
// word (统一, 唯一; 第一 is handled by the ordinal rules themselves).
func noNumeralAfter(p rune) bool {
	switch p {
	case '统', '唯', '单', '同', '专', '逐', '万', '亿', '之', '初', '十', '第':
		return true
	}
	return false
}

// mayStart rejects starts inside a number or a word.
func (s *scanner) mayStart(i int) bool {
	if i == 0 {
		return true
	}
	c, p := s.r[i], s.r[i-1]
	switch {
	case isDigit(c):
		return !isDigit(p) && (p != '.' || s.numberedYear(i-1)) && !(p >= 'A' && p <= 'Z') && !(p >= 'a' && p <= 'z')
	case c == 'Q':
		return !(p >= 'A' && p <= 'Z') && !(p >= 'a' && p <= 'z')
	case isCJKNum(c):
		return !isCJKNum(p) && !noNumeralAfter(p) && !isDigit(p)
	}
	return true
}

// recurring reports whether 每 and a unit or 逢, 到, 当 end at i, maybe
// with 的 (每年3月, 每天的上午, 每逢春节): a time that comes back names no
// date.
func (s *scanner) recurring(i int) bool {
	if i >= 1 && s.r[i-1] == '的' {
		i--
	}
	return i >= 2 && s.r[i-2] == '每' && strings.ContainsRune("年月天日周晚逢到当", s.r[i-1])
}

// expr parses the longest expression at i with its modifiers: a prefix
// (截至, 到, 自), a range (至, 到, —) and a suffix (以来, 之前, 起, 左右).
func (s *scanner) expr(i int) (value, int, string, bool) {
	if c := s.r[i]; c == '从' || c == '自' || c == '即' { // not strings.ContainsRune: expr runs at every start
		if v, end, ok := s.fromNow(i); ok {
			return v, end, "from-now", true
		}
	}
	// Prefixes: 截至/截止 and 到 make an upper bound, 自/从 a start.
	if s.r[i] == '截' {
		if v, end, ok := s.untilNow(i); ok {
			return v, end, "until+present", true
		}
	}
	if j := s.until(i); j >= 0 {
		v, end, rule, ok := s.ranged(s.spaces(s.zoneEnd(s.spaces(j))))
		if !ok || v.typ != pipeline.Date || v.norm != "" {
			return value{}, 0, "", false
		}
		if s.at(s.spaces(end)) == '才' {
			return value{}, 0, "", false // 直到1994年才…: not until then, when it happened
		}
		if e := s.lit(end, "为止"); e >= 0 {
			end = e
		}
		if v.point && v.hasStart {
			v.end, v.hasEnd, v.endPoint = v.start, true, true // 截至今天17时: up to that instant, not the hour's end
		}
		v.start, v.hasStart, v.qual = time.Time{}, false, "max"
		return v, end, "until+" + rule, true
	}
	if j := s.litAny(i, "自从", "自", "从"); j >= 0 {
		j = s.zoneEnd(s.spaces(j))
		v, end, rule, ok := s.ranged(s.spaces(j))
		if !ok {
			if v, end, ok := s.bareYears(s.spaces(j)); ok {
				return v, end, "range", true
			}
		}
		if !ok || v.typ != pipeline.Date || v.norm != "" {
			return value{}, 0, "", false
		}
		if rule == "range" {
			return v, end, rule, true
		}
		if v2, e2, ok := s.suffix(v, end); ok {
			return v2, e2, "since+" + rule, true
		}
		return value{}, 0, "", false
	}
	v, end, rule, ok := s.ranged(i)
	if !ok {
		return value{}, 0, "", false
	}
	if v.typ == pipeline.Duration {
		if v2, e2, ok := s.durationSince(v, end); ok {
			return v2, e2, "window", true
		}
	}
	if v.typ == pipeline.Date && v.norm == "" {
		if v2, e2, ok := s.suffix(v, end); ok {
			return v2, e2, rule, true
		}
	}
	return v, end, rule, true
}

// durationSince reads 来 or 以来 after a duration of whole units (70年来,
// 5个月以来): the span of that length up to publication, as 近70年来.
// 来 followed by a place or a verb it begins (3年来华) is no such suffix,
// and a record (十年来首次, 4年来的最高, 14年来的第一份, 十年来的低位) names no time;
// 40年来的成就 does.
func (s *scanner) durationSince(d value, i int) (value, int, bool) {
	e := s.litAny(i, "以来", "来")
	if e < 0 || d.qual != "" && d.qual != "min" || s.cameAt(i, e) {
		return value{}, 0, false
	}
	k := e
	if s.at(k) == '的' {
		k++
	}
	if _, e := s.word(kindRecord, k); e >= 0 {
		return value{}, 0, false // 十年来首次, 4年来的最高: a record, not when; 40年来的成就 is when
	}
	more := d.qual == "min"
	d.qual = ""
	v, ok := s.upToPublication(d)
	if ok && more {
		v.qual = "approx" // 60多年来: from a little over 60 years back
	}
	return v, e, ok
}

// upToPublication turns a duration of whole units (P70Y, P5M) into the
// span of that length that ends with the publication day, or reports false.
func (s *scanner) upToPublication(d value) (value, bool) {
	m := sinceRE.FindStringSubmatch(d.norm)
	if m == nil || d.qual != "" {
		return value{}, false
	}
	n, _ := strconv.Atoi(m[1])
	var v value
	v.typ = pipeline.Date
	if !s.fromAnchor(&v) {
		return v, true
	}
	a := *s.anchor
	day := ymd(a.Year(), int(a.Month()), a.Day())
	from := map[string]func(time.Time) time.Time{
		"Y": func(t time.Time) time.Time { return t.AddDate(-n, 0, 0) },
		"M": func(t time.Time) time.Time { return t.AddDate(0, -n, 0) },
		"W": func(t time.Time) time.Time { return t.AddDate(0, 0, -7*n) },
		"D": func(t time.Time) time.Time { return t.AddDate(0, 0, -n) },
	}[m[2]](day)
	out := span(from, day.AddDate(0, 0, 1), gDay)
	out.relative = true
	return out, true
}

// sinceRE matches a duration of one whole calendar unit (P70Y, P5M).
var sinceRE = regexp.MustCompile(`^P(\d+)([YMWD])$`)

// untilNow reads 截至 or 截止 before a word for now (截至目前, 截止到现在,
// 截至发稿时): an upper bound at the publication day, so that a count "as
// of now" carries the day it was reported; relative, with no dates when
// there is no publication time.
func (s *scanner) untilNow(i int) (value, int, bool) {
	j := s.litAny(i, "截至到", "截止到", "截至", "截止")
	if j < 0 {
		return value{}, 0, false
	}
	e := s.litAny(s.spaces(j), "目前", "现在", "当前", "记者发稿时", "发稿时")
	if e < 0 {
		return value{}, 0, false
	}
	if k := s.lit(e, "为止"); k >= 0 {
		e = k
	}
	v := value{typ: pipeline.Date, qual: "max", gran: gDay}
	if s.fromAnchor(&v) {
		a := *s.anchor
		v.end, v.hasEnd = ymd(a.Year(), int(a.Month()), a.Day()+1), true
	}
	return v, e, true
}

// fromNow reads 从现在 or 自现在, maybe with 起 or 开始, as a span that
// starts on the publication day: up to the date after 到 or 至, read
// forward (从现在到12月, 从现在起到本世纪中叶), else open after it (从现在起,
// 从现在开始). 现在 alone stays the vague present, and 现在开始 without 从
// is mostly "now begins to" (北约现在开始威胁…). 即日起 ("from this day"),
// maybe after 从 or 自, is read so too, on the day its sentence named before
// it if any (美国驻土耳其大使馆8日宣布，即日起暂停… → from the 8th; Find
// moves it, sentenceDay), else on the publication day; 即日 without 起 is
// mostly 即 and 日本 (即日、韩).
func (s *scanner) fromNow(i int) (value, int, bool) {
	j := i
	if e := s.litAny(i, "自从", "从", "自"); e >= 0 {
		j = e
	}
	k, open := s.lit(j, "现在"), false
	switch {
	case k >= 0 && j > i:
		if e := s.litAny(k, "开始", "起"); e >= 0 {
			k, open = e, true
		}
	case s.lit(j, "即日起") >= 0:
		k, open = s.lit(j, "即日起"), true
	default:
		return value{}, 0, false
	}
	v := value{typ: pipeline.Date, gran: gDay, sentenceDay: s.r[j] == '即'}
	if !s.fromAnchor(&v) {
		return v, k, open
	}
	a := *s.anchor
	v.start, v.hasStart = ymd(a.Year(), int(a.Month()), a.Day()), true
	if e := s.litAny(s.spaces(k), "到", "至"); e >= 0 {
		ahead := s.ahead
		// A span from now ends after it (从现在到3月底 in June is next
		// March), and a clock time is on the publication day (从现在到八点).
		s.ahead = true
		right, e2, ok := s.calendar(s.spaces(e), &v)
		if !ok {
			right, e2, _, ok = s.core(s.spaces(e))
		}
		s.ahead = ahead
		if ok && right.typ == pipeline.Date && right.norm == "" && !right.unresolved && right.hasEnd {
			g := gDay
			if right.gran > gDay {
				// A clock time: from the publication's minute, up to the
				// next such time (从现在到八点 at 16:12 ends at 20:00).
				g, v.start = finer(gMinute, right.gran), truncate(a, gMinute)
				if right.clockOnly && right.start.Hour() < 12 && !right.start.After(v.start) {
					right.start, right.end = right.start.Add(12*time.Hour), right.end.Add(12*time.Hour)
				}
			}
			end := right.end
			if right.point {
				end = right.start
			}
			if end.After(v.start) {
				out := span(v.start, end, g)
				out.relative, out.endPoint = true, right.point
				return out, e2, true
			}
		}
	}
	if !open {
		return value{}, 0, false
	}
	v.qual = "min"
	return v, k, true
}

// withinWords are the words for the publication's year or month as a span
// something happens in, with the unit.
var withinWords = []struct {
	text string
	g    gran
}{
	{"今年年内", gYear}, {"今年内", gYear}, {"本年内", gYear}, {"年内", gYear},
	{"本月内", gMonth}, {"月内", gMonth},
}

// within reads 年内 or 月内 standing alone (年内完成, 今年年内建成): within
// the publication's year or month, that period like 今年. After a number
// (3年内, 两个月内) they are a duration's, which other rules read.
func (s *scanner) within(i int) (value, int, bool) {
	if i > 0 {
		// 2017年年内 is that year's, 当年内 the year named before; 未来数月内
		// a vague duration.
		if p := s.r[i-1]; isDigit(p) || isCJKNum(p) || strings.ContainsRune("个多半数几年当近同该每", p) {
			return value{}, 0, false
		}
	}
	for _, w := range withinWords {
		e := s.lit(i, w.text)
		if e < 0 {
			continue
		}
		v := value{typ: pipeline.Date, gran: w.g}
		if !s.fromAnchor(&v) {
			return v, e, true
		}
		a := *s.anchor
		if w.g == gYear {
			v.start, v.end = ymd(a.Year(), 1, 1), ymd(a.Year()+1, 1, 1)
		} else {
			v.start, v.end = ymd(a.Year(), int(a.Month()), 1), ymd(a.Year(), int(a.Month())+1, 1)
		}
		v.hasStart, v.hasEnd = true, true
		return v, e, true
	}
	return value{}, 0, false
}

// quarterWords are the words for a quarter relative to publication, with
// how many quarters from the publication's they are.
var quarterWords = []struct {
	text string
	off  int
}{
	{"本季度", 0}, {"这个季度", 0}, {"这一季度", 0},
	{"上季度", -1}, {"上个季度", -1}, {"上一季度", -1},
	{"下季度", 1}, {"下个季度", 1}, {"下一季度", 1},
}

// relativeQuarter reads a quarter named relative to publication (本季度,
// 上季度, 下一季度): the whole calendar quarter.
func (s *scanner) relativeQuarter(i int) (value, int, bool) {
	// The words' first characters, before a call of lit for each word.
	if c := s.at(i); c != '本' && c != '这' && c != '上' && c != '下' {
		return value{}, 0, false
	}
	for _, w := range quarterWords {
		e := s.lit(i, w.text)
		if e < 0 {
			continue
		}
		v := value{typ: pipeline.Date}
		if !s.fromAnchor(&v) {
			return v, e, true
		}
		q := int(s.anchor.Month()-1)/3 + w.off // quarters since January of the publication year, from 0
		y := s.anchor.Year()
		for q < 0 {
			q, y = q+4, y-1
		}
		y, q = y+q/4, q%4
		out := unit(ymd(y, 3*q+1, 1), gQuarter)
		out.relative = true
		return out, e, true
	}
	return value{}, 0, false
}

// until returns the end of a prefix that makes the expression after it an
// upper bound, or -1: 截至 and 截止 (截止至), and 到, 直到, 直至 and 等到 ("until": 计划到
// 2025年底, 预计到2030年, 等到明年) unless 到 completes a verb listed as
// verbto (得到, 回到, 达到, 推迟到: 推迟到2025年 is 2025 itself). A range
// (2019年到2023年, 从2019年到2023年) is read from its left side and never
// reaches this prefix.
func (s *scanner) until(i int) int {
	j := -1
	switch s.r[i] {
	case '截':
		j = s.litAny(i, "截至到", "截止到", "截止至", "截至", "截止")
	case '直', '等':
		if s.at(i+1) == '到' || s.at(i) == '直' && s.at(i+1) == '至' {
			j = i + 2
		}
	case '到':
		if !s.t.verbTo.endsAt(s.r, i+1) {
			j = i + 1
		}
	}
	if j < 0 || !s.startsAt(s.spaces(s.zoneEnd(s.spaces(j)))) {
		return -1
	}
	return j
}

// maxZonePlace is how many characters before 当地时间 may name the place of a
// time zone without a row of its own: the names of countries and cities.
const maxZonePlace = 4

// maxZoneLen is the longest name of a time zone: a place and 当地时间, longer
// than any word of kind zone (美国东部时间).
const maxZoneLen = maxZonePlace + 4

// zoneEnd returns the end of the name of a time zone at i — a word of kind
// zone (北京时间, 美国东部时间), or up to maxZonePlace characters before
// 当地时间 (叙利亚当地时间) — or i when none begins there. A bound word holds
// the zone of the date it bounds: 截至北京时间今天上午8时 is the upper bound
// that 截至今天上午8时 is.
func (s *scanner) zoneEnd(i int) int {
	// Every zone ends in 时间, which most places a zone is looked for lack.
	k := i
	for k < len(s.r) && k < i+maxZoneLen && s.r[k] != '时' {
		k++
	}
	if k+1 >= len(s.r) || k >= i+maxZoneLen || s.r[k+1] != '间' {
		return i
	}
	if _, end := s.word(kindZone, i); end >= 0 {
		return end
	}
	p := k - 2 // where 当地 would start
	if p <= i || p-i > maxZonePlace || s.r[p] != '当' || s.r[p+1] != '地' {
		return i
	}
	for j := i; j < p; j++ {
		if !isHan(s.r[j]) {
			return i
		}
	}
	return k + 2
}

// ZoneEnd returns the end of the name of a time zone that starts at code
// point i of d.Text, as the scanner reads one after a bound word (zoneEnd:
// 北京时间, 叙利亚当地时间), or i when none starts there: the overlap stage
// leaves a name inside a date's zone to the date (截至|北京|时间今天上午8时).
func (s *Stage) ZoneEnd(d *pipeline.Doc, i int) int {
	// The scanner reads folded text; a zone's name and the 时间 that ends
	// it lie within maxZoneLen+2 characters, so only those are folded.
	rs := d.Runes()[i:]
	var buf []rune
	sc := scanner{r: s.t.foldFrom(rs[:min(len(rs), maxZoneLen+2)], 0, &buf), t: s.t}
	return i + sc.zoneEnd(0)
}

// startsAt is find's cheap test that an expression may start at i.
func (s *scanner) startsAt(i int) bool {
	if i >= len(s.r) || !hasBit(&s.t.start, s.r[i]) || !s.mayStart(i) {
		return false
	}
	if c := s.r[i]; isDigit(c) || isCJKNum(c) {
		_, ok := s.numeralLeads(i)
		return ok || s.holidayStarts(i)
	}
	return s.candidate(i)
}

// suffix applies a following 以来, 起, 开始, 之前, 以后, 或之前, 左右…
func (s *scanner) suffix(v value, i int) (value, int, bool) {
	if !v.unresolved && v.hasStart != v.hasEnd {
		return v, i, false // already open on one side (三年多前): no second bound
	}
	j := s.spaces(i)
	// The first characters of the words below, before a call of litAny
	// for each list: most expressions end before none of them.
	switch s.at(j) {
	case '以', '至', '到', '来', '或', '及', '起', '开', '之', '前', '左':
	default:
		return v, i, false
	}
	if e := s.litAny(j, "以来", "至今", "到现在", "至现在", "到目前", "至目前", "来"); e >= 0 && !s.cameAt(j, e) {
		if s.anchor != nil && v.hasStart && v.start.After(*s.anchor) {
			return v, i, false // 下五年来: no span runs from the future to now
		}
		if s.anchor != nil && v.gran > gDay && v.hasEnd && !v.end.Before(*s.anchor) {
			return v, e, true // 近一个小时来: already up to the publication time
		}
		v.qual, v.end, v.hasEnd = "range", time.Time{}, false
		if s.fromAnchor(&v) {
			a := *s.anchor
			v.end, v.hasEnd = ymd(a.Year(), int(a.Month()), a.Day()+1), true
			v.unresolved = false
			if v.gran < gDay {
				v.gran = gDay
			}
		} else {
			v.unresolved = false // the start is still known
		}
		return v, e, true
	}
	if e := s.litAny(j, "或之后", "及之后", "及以后", "起", "开始"); e >= 0 {
		v.qual, v.end, v.hasEnd = "min", time.Time{}, false
		return v, e, true
	}
	if e := s.litAny(j, "以后", "之后"); e >= 0 {
		v.qual, v.start, v.end, v.hasEnd = "min", v.end, time.Time{}, false
		return v, e, true
	}
	if e := s.litAny(j, "或之前", "及以前", "及之前"); e >= 0 {
		v.qual, v.start, v.hasStart = "max", time.Time{}, false
		return v, e, true
	}
	if e := s.litAny(j, "以前", "之前"); e >= 0 {
		v.qual, v.end, v.start, v.hasStart = "max", v.start, time.Time{}, false
		return v, e, true
	}
	if s.at(j) == '前' && j == i && i > 0 && strings.ContainsRune("底末", s.r[i-1]) && v.hasEnd {
		// 年底前完成, 3月底前: by that end, a deadline that includes it (not
		// 5日前, five days ago, which is no period's end).
		v.qual, v.start, v.hasStart = "max", time.Time{}, false
		return v, j + 1, true
	}
	if e := s.litAny(j, "左右", "前后"); e >= 0 && v.hasStart && v.hasEnd {
		v.qual = "approx"
		return v, e, true
	}
	return v, i, false
}

// bareYears reads two years in four digits joined by a dash, with no 年
// (从2016-2018 after 从 or 自): the years from the first to the second.
// Alone such a pair may be a score or a code; 从 makes it a time. Not
// before another digit, a dash or a dot (从2016-2018-05 is no pair of years).
func (s *scanner) bareYears(i int) (value, int, bool) {
	y1, j, ok := s.digitsAt(i, 4)
	if !ok || j-i != 4 || s.r[i] != '1' && s.r[i] != '2' {
		return value{}, 0, false
	}
	k := s.litAny(j, "-", "—", "–", "－", "~", "～")
	if k < 0 {
		return value{}, 0, false
	}
	y2, e, ok := s.digitsAt(k, 4)
	if !ok || e-k != 4 || y2 <= y1 || y2-y1 > maxYearsApart || strings.ContainsRune("-—–－.．", s.at(e)) {
		return value{}, 0, false
	}
	return span(ymd(y1, 1, 1), ymd(y2+1, 1, 1), gYear), e, true
}

// maxYearsApart is the longest span bareYears reads: further apart, two
// numbers are more likely codes than years.
const maxYearsApart = 100

// cameAt reports whether 来 alone at j..e is a verb, not "since": after the
// 前 of an offset (三年前来过, 前来 being "to come"), or before where one
// came or what one did (2019年来华, 去年来过).
func (s *scanner) cameAt(j, e int) bool {
	return e == j+1 && (j > 0 && s.r[j-1] == '前' || strings.ContainsRune("华京沪访往临自到过看说了", s.at(e)))
}

// connectors join the two sides of a range; 和 and 与 only with a closing
// 之间 or 间 (3月和9月之间).
var connectors = []string{"至", "到", "—", "–", "-", "~", "～", "－", "和", "与"}

// ranged parses a core expression and, when a connector and a second
// expression follow, the range they make. The right side inherits what it
// leaves out from the left (2022年3月1日至5日; 下午2点到4点 is 16:00, 今晚7点到
// 7点30 is 19:30), and a right side without a year that falls before the
// left is in the next year (11月至2月). Both ends are inclusive units,
// except a clock time on the right, which ends the range at that instant
// (上午10点到12点 ends at 12:00). A bare number on the left takes its unit
// from the right (1至5月, 2019—2023年).
func (s *scanner) ranged(i int) (value, int, string, bool) {
	left, end, rule, ok := s.core(i)
	if ok && left.gran == gYear && !left.unresolved && s.at(end-1) == '年' {
		if out, e2, ok := s.monthsOfYear(left, end); ok {
			return out, e2, "range", true
		}
	}
	if ok && left.gran == gMonth && !left.unresolved && s.at(end-1) == '月' {
		if out, e2, ok := s.daysOfMonth(left, end); ok {
			return out, e2, "range", true
		}
	}
	if ok && left.typ == pipeline.Date && left.norm == "" {
		// 2018年1、2月, 2024年二、三季度, 5月5、6日, 本月五、六日: a pair
		// of adjacent numerals right after the left's last unit, or as its
		// last numeral.
		for _, p := range [2]int{end, end - 1} {
			if s.pairedAt(p) {
				if out, e2, ok := s.pairAfter(i, p); ok {
					return out, e2, "range", true
				}
			}
		}
	}
	if ok && left.typ == pipeline.Date && left.norm == "" && left.hasStart && left.hasEnd {
		if out, e2, ok := s.firstDaysOf(left, end); ok {
			return out, e2, "first-days", true
		}
		if out, e2, ok := s.rangeRight(left, end); ok {
			return out, e2, "range", true
		}
		if out, e2, ok := s.hoursOfDay(left, end); ok {
			return out, e2, "range", true
		}
		return left, end, rule, true
	}
	if ok {
		return left, end, rule, true
	}
	// A bare number, a connector and a unit-bearing right side.
	n, ok := s.num(i)
	if !ok || n.frac || n.vague {
		return value{}, 0, "", false
	}
	j := s.spaces(n.end)
	k := s.litAny(j, connectors[:len(connectors)-2]...)
	if k < 0 {
		return value{}, 0, "", false
	}
	k = s.spaces(k)
	right, e2, lead, ok := s.calendarLead(k, nil)
	if !ok || !right.hasStart || right.unresolved && !right.relative {
		return value{}, 0, "", false
	}
	out := right
	if !right.unresolved {
		st := right.start
		var ls time.Time
		switch lead {
		case gYear:
			if n.digits != 4 {
				return value{}, 0, "", false
			}
			ls = ymd(int(n.v), 1, 1)
		case gMonth:
			if n.v < 1 || n.v > 12 {
				return value{}, 0, "", false
			}
			ls = ymd(st.Year(), int(n.v), 1)
		case gDay:
			if !validYMD(st.Year(), int(st.Month()), int(n.v)) {
				return value{}, 0, "", false
			}
			ls = ymd(st.Year(), int(st.Month()), int(n.v))
		default:
			return value{}, 0, "", false
		}
		if !ls.Before(right.end) {
			return value{}, 0, "", false
		}
		out = span(ls, right.end, right.gran)
		out.relative = right.relative
	}
	return out, e2, "range", true
}

// newYearDay reads a bare lunar day of the first month (初五) at i on the
// right of a range whose left is the lunar new year or its eve (除夕至初五,
// 春节至初六): that day of the new year's first month.
func (s *scanner) newYearDay(left value, i int) (value, int, bool) {
	e := s.lit(i, "初")
	if e < 0 || left.gran != gDay {
		return value{}, 0, false
	}
	d, e2, ok := s.intIn(e, 1, 10)
	if !ok || s.at(e) == '〇' {
		return value{}, 0, false
	}
	y := left.start.Year()
	ny, ok := lunarToSolar(y, 1, 1)
	if !ok || left.start.Before(ny.AddDate(0, 0, -1)) || !left.start.Before(ny.AddDate(0, 0, d-1)) {
		return value{}, 0, false // not the eve nor a day of the new year before the right side
	}
	t, ok := lunarToSolar(y, 1, d)
	if !ok {
		return value{}, 0, false
	}
	out := unit(t, gDay)
	out.relative = left.relative
	return out, e2, true
}

// periodWords name the days a holiday is kept (国庆假期, 春节期间): after one,
// 前N天 counts from the holiday's first day, not back from publication.
var periodWords = []string{"假期", "期间", "黄金周", "小长假", "长假", "假日"}

// firstDaysOf reads, after a day or period such as a holiday, a period word
// and its first N days (国庆假期前四天, 春节假期的头三天): N days from its
// start. Without the period word 春节前6日 may as well be the six days before
// the festival, so it is left alone.
func (s *scanner) firstDaysOf(left value, i int) (value, int, bool) {
	j := s.litAny(i, periodWords...)
	if j < 0 || left.unresolved {
		return value{}, 0, false
	}
	if s.at(j) == '的' {
		j++
	}
	k := s.litAny(j, "前", "头")
	if k < 0 {
		return value{}, 0, false
	}
	n, e, ok := s.intIn(s.spaces(k), 1, 60)
	if !ok {
		return value{}, 0, false
	}
	e = s.litAny(s.spaces(e), "天", "日")
	if e < 0 {
		return value{}, 0, false
	}
	out := span(left.start, left.start.AddDate(0, 0, n), gDay)
	out.relative = left.relative
	return out, e, true
}

// monthsOfYear reads, right after a year, a bare month, a connector and a
// month (2023年1—11月, 2024年1至5月份): the months of that year the two
// name. The statistics news cites run so, and read apart the months would
// take the publication's year.
func (s *scanner) monthsOfYear(year value, i int) (value, int, bool) {
	n, ok := s.num(i)
	if !ok || n.frac || n.vague || n.v < 1 || n.v > 12 {
		return value{}, 0, false
	}
	k := s.litAny(n.end, "-", "—", "–", "－", "~", "～", "至", "到")
	if k < 0 {
		return value{}, 0, false
	}
	m, e, lunar, ok := s.monthAt(k, true)
	if !ok || lunar || m <= int(n.v) {
		return value{}, 0, false
	}
	y := year.start.Year()
	out := span(ymd(y, int(n.v), 1), ymd(y, m, 1).AddDate(0, 1, 0), gMonth)
	out.relative = year.relative
	return out, e, true
}

// daysOfMonth reads, right after a month, a bare day, a connector and a day
// (3月17-18日, 5月1至5日): the days of that month the two name.
func (s *scanner) daysOfMonth(month value, i int) (value, int, bool) {
	n, ok := s.num(i)
	if !ok || n.frac || n.vague || n.v < 1 || n.v > 31 {
		return value{}, 0, false
	}
	k := s.litAny(n.end, "-", "—", "–", "－", "~", "～", "至", "到")
	if k < 0 {
		return value{}, 0, false
	}
	d, e, ok := s.dayAt(k, false, false)
	y, m := month.start.Year(), int(month.start.Month())
	if !ok || d <= int(n.v) || !validYMD(y, m, d) {
		return value{}, 0, false
	}
	out := span(ymd(y, m, int(n.v)), ymd(y, m, d).AddDate(0, 0, 1), gDay)
	out.relative = month.relative
	return out, e, true
}

// pairedAt reports whether one digit at i, 、 and the next digit begin a
// pair of adjacent numerals sharing a unit (2018年1、2月, 5月5、6日): see
// numeralPair.
func (s *scanner) pairedAt(i int) bool {
	if s.at(i+1) != '、' {
		return false
	}
	a, b, ascii := pairDigits(s.at(i), s.at(i+2))
	return a > 0 && b == a+1 && !(ascii && isDigit(s.at(i+3))) && !cjkRunOn(b, s.at(i+3))
}

// cjkRunOn reports whether c, after the second Chinese numeral b of a pair,
// makes it part of a longer number that is not the pair's: 九、十一月,
// 六、七两个月. A power word may follow (七、八十年代).
func cjkRunOn(b int, c rune) bool {
	if b == 10 {
		return isCJKNum(c)
	}
	return isCJKNum(c) && !strings.ContainsRune("十百千", c)
}

// pairAfter reads the expression at i whose numeral at p is the first of
// a pair (see numeralPair) as two: once with the first numeral, once with
// the second, each with the unit after the second. It returns the span from
// the first's start to the second's end.
func (s *scanner) pairAfter(i, p int) (value, int, bool) {
	lo, hi := max(0, i-16), min(len(s.r), p+24)
	l := make([]rune, 0, hi-lo)
	l = append(append(l, s.r[lo:p+1]...), s.r[p+3:hi]...)
	r := make([]rune, 0, hi-lo)
	r = append(append(r, s.r[lo:p]...), s.r[p+2:hi]...)
	t := *s
	t.r, t.memoOK = l, false
	left, eL, ruleL, ok := t.core(i - lo)
	if !ok || eL <= p+1-lo {
		return value{}, 0, false
	}
	t.r, t.memoOK = r, false
	right, eR, ruleR, ok := t.core(i - lo)
	if !ok || eR != eL || ruleR != ruleL || left.typ != pipeline.Date || right.typ != pipeline.Date || left.norm != "" || right.norm != "" ||
		left.unresolved || right.unresolved || !left.hasStart || !right.hasEnd || !left.start.Before(right.start) || right.end.Before(left.end) {
		return value{}, 0, false
	}
	out := span(left.start, right.end, finer(left.gran, right.gran))
	out.relative = left.relative || right.relative
	return out, lo + eR + 2, true
}

// hoursOfDay reads, after a day, a bare hour, a connector and a clock time
// (4月16日0-24时, 16日8—12时): the hours of that day the two name.
func (s *scanner) hoursOfDay(day value, i int) (value, int, bool) {
	if day.gran != gDay || day.unresolved {
		return value{}, 0, false
	}
	n, ok := s.num(i)
	if !ok || n.frac || n.vague || n.v < 0 || n.v > 23 {
		return value{}, 0, false
	}
	k := s.litAny(n.end, "-", "—", "–", "－", "~", "～", "至", "到")
	if k < 0 {
		return value{}, 0, false
	}
	m, ok := s.num(k)
	if !ok || m.frac || m.vague || m.v <= n.v || m.v > 24 {
		return value{}, 0, false
	}
	e := s.litAny(m.end, "时", "点")
	if e < 0 {
		return value{}, 0, false
	}
	d := day.start
	out := span(d.Add(time.Duration(n.v)*time.Hour), d.Add(time.Duration(m.v)*time.Hour), gHour)
	out.relative, out.endPoint = day.relative, true
	return out, e, true
}

// rangeRight reads a connector and the right side of a range after left,
// which ends at i, and returns the range.
func (s *scanner) rangeRight(left value, i int) (value, int, bool) {
	j := s.spaces(i)
	k := s.litAny(j, connectors...)
	if k < 0 {
		return value{}, 0, false
	}
	between := s.r[j] == '和' || s.r[j] == '与'
	k = s.spaces(k)
	right, e2, ok := s.calendar(k, &left)
	if nv, ne, nok := s.numericDate(k); nok && ne > e2 {
		right, e2, ok = nv, ne, true
	}
	if !ok {
		right, e2, ok = s.newYearDay(left, k)
	}
	if !ok || !right.hasStart || !right.hasEnd {
		return value{}, 0, false
	}
	if v, e, ok := s.bracketedDaypart(&left, k, e2); ok {
		right, e2 = v, e
	}
	if right.clockOnly && right.start.Before(left.start) {
		// 下午2点到4点: the right side keeps the left's half of the day, or
		// runs into the next day (晚上10点到凌晨2点 has its own daypart).
		if h := right.start.Hour(); h < 12 && !right.start.Add(12*time.Hour).Before(left.start) {
			right.start, right.end = right.start.Add(12*time.Hour), right.end.Add(12*time.Hour)
		} else if next := right.start.AddDate(0, 0, 1); next.Sub(left.start) <= 12*time.Hour {
			right.start, right.end = next, right.end.AddDate(0, 0, 1)
		}
	}
	if right.yearFromCtx && !right.start.After(left.start) && right.gran <= gDay && !right.start.Equal(left.start) {
		right.start, right.end = right.start.AddDate(1, 0, 0), right.end.AddDate(1, 0, 0)
	}
	if e := s.litAny(e2, "之间", "间"); e >= 0 {
		e2 = e
	} else if between {
		return value{}, 0, false
	}
	if right.point {
		if !right.start.After(left.start) {
			return value{}, 0, false
		}
		out := span(left.start, right.start, finer(left.gran, right.gran))
		out.relative, out.endPoint = left.relative || right.relative, true
		return out, e2, true
	}
	if right.end.Before(left.end) {
		return value{}, 0, false
	}
	out := span(left.start, right.end, finer(left.gran, right.gran))
	out.relative = left.relative || right.relative
	return out, e2, true
}

// bracketedDaypart reads a day word at k..e (今天, 21日), a date in brackets
// that says which day it is and a part of the day after them, on a range's
// right side: 20日深夜至今天（11月21日）凌晨 ends with the early morning of
// the 21st. It reads the bracket's date in the day word's place, unless
// the bracket holds only a weekday (4日（周二）上午).
func (s *scanner) bracketedDaypart(ctx *value, k, e int) (value, int, bool) {
	if !strings.ContainsRune("（(", s.at(e)) {
		return value{}, 0, false
	}
	c := e + 1
	for c < len(s.r) && c-e <= 16 && !strings.ContainsRune("）)", s.r[c]) {
		c++
	}
	if c >= len(s.r) || c-e > 16 {
		return value{}, 0, false
	}
	if d, de, ok := s.calendar(e+1, ctx); !ok || de != c || d.gran != gDay {
		return value{}, 0, false // the bracket holds no single day
	}
	inner := s.r[e+1 : c]
	if !slices.ContainsFunc(inner, func(r rune) bool { return r == '日' || r == '号' }) {
		// 4日（周二）上午: a weekday only confirms the day word's day.
		inner = s.r[k:e]
	}
	hi := min(len(s.r), c+1+8)
	alt := make([]rune, 0, k+len(inner)+hi-c-1)
	alt = append(append(append(alt, s.r[:k]...), inner...), s.r[c+1:hi]...)
	t := *s
	t.r, t.memoOK = alt, false
	v, ae, ok := t.calendar(k, ctx)
	if !ok || ae <= k+len(inner) || !v.hasStart || !v.hasEnd {
		return value{}, 0, false // no part of the day after the bracket
	}
	return v, ae - k - len(inner) + c + 1, true
}

// rule is a named matcher with the examples that document and test it.
// starts lists the characters a match can begin with besides numerals
// (when numeral is set) and the first characters of the words of kinds.
type rule struct {
	name     string
	match    func(s *scanner, i int) (value, int, bool)
	numeral  bool
	starts   string
	kinds    []string
	examples []example
}

// core tries every rule at i and keeps the longest match; on a tie the
// earlier rule wins.
func (s *scanner) core(i int) (value, int, string, bool) {
	if i >= len(s.r) {
		return value{}, 0, "", false
	}
	var best value
	bestEnd, bestRule := -1, ""
	var tries uint32
	if c := uint32(s.r[i]); c < 0x10000 {
		tries = s.t.ruleStarts[c]
	}
	for ; tries != 0; tries &= tries - 1 {
		r := &rules[bits.TrailingZeros32(tries)]
		v, end, ok := r.match(s, i)
		if ok && end > bestEnd {
			best, bestEnd, bestRule = v, end, r.name
		}
	}
	return best, bestEnd, bestRule, bestEnd > i
}
