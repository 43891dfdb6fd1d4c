package number

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/internal/runes"
)

// Match is a numeral found in text. Start and End are byte offsets into the
// scanned string (callers convert with pipeline.Doc.RuneOffset).
type Match struct {
	Start, End int
	Text       string
	Number
}

// siPrefixWords are unit words in which 兆 means mega (兆瓦 = MW), so 兆 there
// belongs to the unit and not to the number.
var siPrefixWords = []string{"兆瓦", "兆赫", "兆字节", "兆帕", "兆欧", "兆焦", "兆比特", "兆位", "兆吨", "兆伏"}

// rangeConnectors join the two ends of a range, of bare numbers (3至5万,
// 3-5万, 10万到20万) as of amounts and quantities read whole (3万元至5万元,
// 10%-15%), and a dash doubled, 6——6.5万 (doubledDash), ahead of the single
// one.
var rangeConnectors = []string{"至", "到", "~", "～", "——", "--", "－－", "-", "－", "—", "–"}

// doubledDash reports whether connector c is a dash written twice, which
// joins a range only between numbers in digits: between Chinese numerals it
// is more often the dash of a sentence (之一——三坝水库).
func doubledDash(c string) bool { return c == "——" || c == "--" || c == "－－" }

// connectorStarts holds the first character of each range connector: most
// numerals have none after them, and one bit test lets them go.
var connectorStarts = func() (s runes.Set) {
	for _, c := range rangeConnectors {
		r, _ := runes.DecodeFirst(c)
		s.Add(r)
	}
	return s
}()

// Find returns every numeral in text, left to right, without overlaps. It
// finds candidates liberally (一 in 统一 is a numeral to it); the stages that
// use it decide from context what counts. It stops before counters, pair and
// dozen words and fraction words that Parse accepts in a whole string (一个项目
// → 一, 五打鸡蛋 → 五): the quantity stage reads those after the numeral.
//
// The money and quantity stages both scan each document's whole text, so
// Find remembers its results for the last texts it scanned and answers a
// repeated text with the same slice instead of a second scan. The slice is
// shared, so callers must not change its elements; its capacity is its
// length, so that an append copies it.
func Find(text string) []Match {
	if ms, ok := recent.get(text); ok {
		return ms
	}
	ms := find(text)
	recent.put(text, ms)
	return ms
}

// recent holds Find's results for the last texts it scanned, enough of them
// that the stages on one batch of documents (pipeline.ProcessBatch runs the
// money stage over a whole batch before the quantity stage) find their
// texts again while other workers scan theirs.
var recent = findCache{maxEntries: 1024, maxBytes: 8 << 20}

// findCache is a first-in, first-out cache of Find's results, bounded in
// entries and in the bytes of the texts it keeps alive.
type findCache struct {
	maxEntries, maxBytes int

	mu          sync.Mutex
	index       map[string]int // text → its slot in ring
	ring        []cacheEntry   // count entries from head on, oldest first
	head, count int
	bytes       int
}

type cacheEntry struct {
	text string
	ms   []Match
}

// get returns the results kept for text.
func (c *findCache) get(text string) ([]Match, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if i, ok := c.index[text]; ok {
		return c.ring[i].ms, true
	}
	return nil, false
}

// put keeps ms, which no one may change from now on, as the results for
// text, dropping the oldest entries to stay within bounds. A text larger
// than the byte bound is not kept.
func (c *findCache) put(text string, ms []Match) {
	if len(text) > c.maxBytes {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.index[text]; ok {
		return
	}
	if c.ring == nil {
		c.ring, c.index = make([]cacheEntry, c.maxEntries), map[string]int{}
	}
	for c.count == len(c.ring) || c.count > 0 && c.bytes+len(text) > c.maxBytes {
		old := &c.ring[c.head]
		delete(c.index, old.text)
		c.bytes -= len(old.text)
		*old = cacheEntry{} // let the text go
		c.head = (c.head + 1) % len(c.ring)
		c.count--
	}
	i := (c.head + c.count) % len(c.ring)
	c.ring[i] = cacheEntry{text, ms}
	c.index[text] = i
	c.count++
	c.bytes += len(text)
}

// matchBufs recycles the buffers find collects its matches in: a document
// has dozens of numerals, and a slice grown from nothing for each copied
// them several times over.
var matchBufs = sync.Pool{New: func() any { return new([]Match) }}

// find is Find without the cache. Its result has no spare capacity.
func find(text string) []Match {
	bp := matchBufs.Get().(*[]Match)
	out := (*bp)[:0]
	for i := nextStart(text, 0); i < len(text); i = nextStart(text, i) {
		m, ok := matchAt(text, i)
		if !ok {
			_, size := runes.DecodeFirst(text[i:])
			i += size
			continue
		}
		m = extendRange(text, m)
		out = append(out, m)
		i = m.End
	}
	var ms []Match
	if len(out) > 0 {
		ms = slices.Clone(out)
	}
	clear(out) // the pool keeps no text alive
	*bp = out[:0]
	matchBufs.Put(bp)
	return ms
}

// starters marks the runes of the Basic Multilingual Plane that can begin a
// numeral, one bit each, so Find skips the text between numerals with a table
// lookup instead of trying to parse at every character.
var starters = func() (t [1 << 16 / 64]uint64) {
	for r := rune(0); r < 1<<16; r++ {
		if mayStartSlow(r) {
			t[r/64] |= 1 << (r % 64)
		}
	}
	return t
}()

func mayStartSlow(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= '0' && r <= '9' || r == '-'
	}
	switch r {
	case '第', '负', '負', '−', '－', '上', '半', '廿', '卅', '卌':
		return true
	}
	return classify(r).kind != kNone
}

// mayStart reports whether r can begin a numeral.
func mayStart(r rune) bool {
	return r < 1<<16 && starters[r/64]&(1<<(r%64)) != 0
}

// starterWords holds the words of starters again, each at the bits that
// pick it in the first two bytes of a three-byte sequence as they lie in
// memory, lead first: the lead's low four bits and the next byte's low six
// at bits 8–13. The overlong sequences, lead E0 and a next byte under A0,
// begin no character of the plane and hold no starter.
var starterWords = func() *[0x3F0F + 1]uint64 {
	t := new([0x3F0F + 1]uint64)
	for w := 0x800 / 64; w < len(starters); w++ {
		t[w&0x3F<<8|w>>6] = starters[w]
	}
	return t
}()

// nextStart returns the offset of the first character at or after i that
// can begin a numeral, or len(text). It passes over the three-byte
// sequences of Chinese text straight from their bytes, read four at a
// time, without a call for each character: the scan passes over every
// character of every document.
func nextStart(text string, i int) int {
	words := starterWords
	for i < len(text) {
		// The rest of the text rather than offsets into it: one test of
		// its length, where each byte read at an offset was tested.
		rest := text[i:]
		for len(rest) >= 4 {
			w := uint32(rest[0]) | uint32(rest[1])<<8 | uint32(rest[2])<<16 | uint32(rest[3])<<24
			if w&0xC0C0F0 != 0x8080E0 {
				break // not a lead byte and two continuation bytes
			}
			// The character's bit in its word is the last byte's low six.
			if words[w&0x3F0F]&(1<<(w>>16&63)) != 0 {
				break
			}
			rest = rest[3:]
		}
		i = len(text) - len(rest)
		if i == len(text) {
			break
		}
		c := text[i]
		if c < utf8.RuneSelf {
			if starters[c/64]&(1<<(c%64)) != 0 {
				return i
			}
			i++
			continue
		}
		r, size := runes.DecodeFirst(text[i:])
		if mayStart(r) {
			return i
		}
		i += size
	}
	return i
}

// At parses the numeral that starts exactly at byte offset i, if any.
func At(text string, i int) (Match, bool) {
	m, ok := matchAt(text, i)
	if !ok {
		return Match{}, false
	}
	return extendRange(text, m), true
}

// matchAt finds the longest numeral starting at i that Parse accepts.
func matchAt(text string, i int) (Match, bool) {
	end := scanEnd(text, i)
	if end <= i {
		return Match{}, false
	}
	// Shrink from the right until the span parses: 三千万元 scans as 三千万 and
	// parses; 十百 scans whole but only 十 parses.
	for end > i {
		if n, ok := Parse(text[i:end]); ok {
			return Match{Start: i, End: end, Text: text[i:end], Number: n}, true
		}
		_, size := runes.DecodeLast(text[i:end])
		end -= size
	}
	return Match{}, false
}

// scanEnd returns the end of the run of numeral characters starting at i, or
// i when no numeral starts there.
func scanEnd(text string, i int) int {
	start := i
	if strings.HasPrefix(text[i:], "一半") {
		return i + len("一半") // half, which counts nothing (forms.go)
	}
	r, size := runes.DecodeFirst(text[i:])
	switch {
	case r == '第':
		i += size
		r, size = runes.DecodeFirst(text[i:])
	case r == '负' || r == '負' || r == '-' || r == '−' || r == '－':
		nr, _ := runes.DecodeFirst(text[i+size:])
		if classify(nr).kind != kDigit || r != '负' && r != '負' && (prevASCIIDigit(text[:i]) || prevRangeMark(text[:i])) {
			return start // a dash after a digit joins groups (2023-06-04, 138-1234-5678), one after a dash is a dash (之一--22岁), one after % a range (70%-80%)
		}
		i += size
		r, size = runes.DecodeFirst(text[i:])
	case (r == '百' || r == '千' || r == '万') && strings.HasPrefix(text[i+size:], "分之"):
		// 百分之三十, 千分之三: a fraction whose denominator is a bare unit.
		i += size + len("分之")
		r, size = runes.DecodeFirst(text[i:])
		if classify(r).kind != kDigit && r != '十' {
			return start
		}
	case r == '上' || r == '半':
		// 上千, 上百万, 半百: only before a unit of at least 百.
		nr, _ := runes.DecodeFirst(text[i+size:])
		if ci := classify(nr); ci.kind != kUnit || ci.val < 100 {
			return start
		}
		i += size
		r, size = runes.DecodeFirst(text[i:])
	}
	ci := classify(r)
	_, isTen := tens(r)
	switch {
	case ci.kind == kDigit, isTen, ci.kind == kUnit && ci.val == 10:
	case ci.kind == kVague:
		// 几十, 数百: a vague digit must be followed by a unit.
		nr, _ := runes.DecodeFirst(text[i+size:])
		if classify(nr).kind != kUnit {
			return start
		}
	case ci.kind == kUnit && i > start:
		// 上千, 半百
	default:
		return start
	}
	cjkDigits := ci.chinese
	more := false
	for i < len(text) {
		r, size := runes.DecodeFirst(text[i:])
		ci := classify(r)
		_, isTen := tens(r)
		switch {
		case ci.kind == kDigit:
			if more {
				return i
			}
			cjkDigits = cjkDigits || ci.chinese
		case isTen:
		case ci.kind == kUnit:
			if r == '兆' && startsSIWord(text[i:]) {
				return i
			}
			if r == '百' && (strings.HasPrefix(text[i+size:], "分点") || strings.HasPrefix(text[i+size:], "分點")) {
				return i // 0.3百分点: percentage points, not 30
			}
			if more && ci.val < 1e4 {
				return i
			}
		case ci.kind == kVague:
			if more {
				return i
			}
		case ci.kind == kMore:
			if more {
				return i
			}
			more = true
		case ci.kind == kPoint, r == '.' || r == '．':
			nr, _ := runes.DecodeFirst(text[i+size:])
			if classify(nr).kind != kDigit {
				return i
			}
		case r == ',' || r == '，':
			if !thousandsGroup(text[i+size:]) || !prevASCIIDigit(text[:i]) {
				return i
			}
		case r == '、':
			if !pairedDigits(text[start:i], text[i+size:]) || start == 0 || text[start-1] == '\n' || strings.HasSuffix(text[:start], "、") {
				return i // 一、二、三 and 3、4 are lists, and so is 第二、三、四位; a heading opens a line
			}
		case r == '分' && strings.HasPrefix(text[i:], "分之"):
			nr, _ := runes.DecodeFirst(text[i+len("分之"):])
			if classify(nr).kind != kDigit && classify(nr).kind != kUnit {
				return i
			}
			size = len("分之")
		default:
			return i
		}
		i += size
	}
	return i
}

// pairedDigits reports whether numeral a, 、 and the numeral that b begins
// are an approximate range, read as if written without 、: b's first
// character is the digit after a's last, and either a is one digit and a
// power word follows b's (三、四十人 as 三四十人, 五、六百万), or b's digit
// ends its numeral and a is one digit or tens and one (六、七个人 as 六七个人,
// 十四、五块钱 as 十四五块钱). A's digit is 二 to 八: 一、二十 opens list
// items (一、二十大精神) far more often than it means ten to twenty, and a
// digit alone after 二 lists grades (二、三级医院), after 两 it counts
// (两、三个).
func pairedDigits(a, b string) bool {
	last, size := runes.DecodeLast(a)
	ca := classify(last)
	if ca.kind != kDigit || !ca.chinese || ca.val < 2 || ca.val > 8 {
		return false
	}
	r, bsize := runes.DecodeFirst(b)
	cb := classify(r)
	if cb.kind != kDigit || !cb.chinese || cb.val != ca.val+1 {
		return false
	}
	next, _ := runes.DecodeFirst(b[bsize:])
	if size == len(a) && classify(next).kind == kUnit {
		return true
	}
	if _, isTen := tens(next); isTen || classify(next).kind != kNone || next == '、' {
		return false // 三、四、五 lists
	}
	switch tensPart := a[:len(a)-size]; {
	case tensPart == "":
		return last != '二' && last != '贰' && last != '貳'
	case tensPart == "十":
		return true
	default: // 二十三、四
		t, tsize := runes.DecodeFirst(tensPart)
		ct := classify(t)
		return ct.kind == kDigit && ct.chinese && ct.val >= 1 && tensPart[tsize:] == "十"
	}
}

func prevASCIIDigit(s string) bool {
	return s != "" && s[len(s)-1] >= '0' && s[len(s)-1] <= '9'
}

// digitFirst reports whether numeral s opens with a digit, not a Chinese
// numeral (6.5万, not 六万).
func digitFirst(s string) bool {
	r, _ := runes.DecodeFirst(s)
	return r >= '0' && r <= '9' || r >= '０' && r <= '９'
}

// prevRangeMark reports whether s ends in a dash or a percent sign, after which
// a dash is no minus sign.
func prevRangeMark(s string) bool {
	r, _ := runes.DecodeLast(s)
	return r == '-' || r == '－' || r == '—' || r == '–' || r == '%' || r == '％'
}

func startsSIWord(s string) bool {
	for _, w := range siPrefixWords {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// extendRange joins m with a following connector and numeral into one range
// (3至5万 → 30000..50000). A big unit written only on the upper end applies to
// the lower end too. A pair that does not ascend (2023-06) is not a range.
func extendRange(text string, m Match) Match {
	if m.Ordinal || m.Fraction || m.Qualifier != Exact {
		return m
	}
	c := Connector(text[m.End:])
	if c == "" {
		return m
	}
	hi, ok := matchAt(text, m.End+len(c))
	if !ok || hi.Ordinal || hi.Fraction || hi.Qualifier != Exact || codeLike(text, m, hi, c) || doubledDash(c) && !(digitFirst(m.Text) && digitFirst(hi.Text)) {
		return m
	}
	lo := m.Value
	if scale := trailingScale(hi.Text); scale > 1 && trailingScale(m.Text) == 1 && lo*scale <= hi.Value {
		lo *= scale
	}
	if lo >= hi.Value || lo < 0 {
		return m
	}
	return Match{Start: m.Start, End: hi.End, Text: text[m.Start:hi.End], Number: Number{
		Value: lo, Min: lo, Max: hi.Value, Qualifier: Range, Chinese: m.Chinese && hi.Chinese,
	}}
}

// Connector returns the range connector that s begins with, or "".
func Connector(s string) string {
	if r, _ := runes.DecodeFirst(s); !connectorStarts.Has(r) {
		return ""
	}
	for _, c := range rangeConnectors {
		if strings.HasPrefix(s, c) {
			return c
		}
	}
	return ""
}

// codeLike reports whether lo, a dash and hi are groups of a phone number or
// code rather than a range: a group with a leading zero (010-12345678) or a
// group before or after them across another dash (400-800-8888).
func codeLike(text string, lo, hi Match, connector string) bool {
	if len(connector) > 1 && connector != "－" {
		return false // 至, 到, ～: words and wave dashes join ranges only
	}
	if len(lo.Text) > 1 && lo.Text[0] == '0' && lo.Text[1] >= '0' && lo.Text[1] <= '9' {
		return true
	}
	for _, c := range []string{"-", "－"} {
		if rest, ok := strings.CutPrefix(text[hi.End:], c); ok && rest != "" && rest[0] >= '0' && rest[0] <= '9' {
			return true
		}
		if before, ok := strings.CutSuffix(text[:lo.Start], c); ok && prevASCIIDigit(before) {
			return true
		}
	}
	return false
}

// trailingScale is the product of the big units (万, 亿) that end a numeral:
// 5万 → 10^4, 2万亿 → 10^12, 5 → 1.
func trailingScale(s string) float64 {
	scale := 1.0
	for s != "" {
		r, size := runes.DecodeLast(s)
		ci := classify(r)
		if ci.kind != kUnit || ci.val < 1e4 {
			break
		}
		scale *= ci.val
		s = s[:len(s)-size]
	}
	return scale
}
