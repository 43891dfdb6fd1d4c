// Package money finds amounts of money in text and normalizes them to a value
// in the currency's main unit and an ISO 4217 code: 8.7亿元人民币 → 870000000
// CNY, 近300万元 → 3000000 CNY (max), 3至5万元 → 30000..50000 CNY (range),
// 玖仟陆佰陆拾伍圆壹角捌分 → 9665.18 CNY.
//
// The numerals come from extractors/number; the currency words, qualifiers and
// money-context words are the data files currencies.tsv, qualifiers.tsv and
// money_context.tsv in dictionaries/. mentions.normalized holds
// number.Canonical of the amount with the currency code: "870000000 CNY",
// "~300 USD", ">500000 CNY", "<3000000 CNY", "30000..50000 CNY". A qualifier
// after a range is the range's, as number.QualifyRange reads it: 2到3万元左右
// is approx 20000 with value_min 20000 and value_max 30000, 两三块钱以上 min 2,
// 3至5万元以下 max 50000.
//
// A counter may stand between a whole number and a currency name (20个比特币,
// rule number+counter+currency). The Cantonese 個 that stands for a dollar
// (五個半 = 5.5, 個九 = 1.9, 港幣三個一毫四 = 3.14 HKD) is read only by Parse,
// where the string is known to be an amount: in running Mandarin text 五个半
// is five and a half of anything (五个半小时), so Find never reads it.
package money

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/dictionaries"
	"github.com/zhfacts/zhfacts/extractors/internal/nounphrase"
	"github.com/zhfacts/zhfacts/extractors/number"
	"github.com/zhfacts/zhfacts/internal/runes"
	"github.com/zhfacts/zhfacts/pipeline"
)

// Amount is an amount of money found in text. Start and End are byte offsets.
type Amount struct {
	Start, End int
	Text       string
	// Value is the amount in the currency's main unit; for a range it is the
	// lower bound and [Min, Max] the range.
	Value, Min, Max float64
	Currency        string // ISO 4217
	Qualifier       string // exact|approx|min|max|range
	Rule            string
	Confidence      float64
	// shared is the currency name that several countries' currencies share
	// (比索) when the amount is in one of them; Currency is then "" until
	// the stage reads the country from the document.
	shared string
	// after is the qualifier the word written after the amount gave (左右 of
	// 800元左右), for a range that ends in it.
	after string
}

// Matcher finds amounts. It is read-only after New and safe for concurrent use.
type Matcher struct {
	currencies *dictionaries.Currencies
	qualifiers *dictionaries.Qualifiers
	context    *dictionaries.Lexicon[struct{}]
	counters   *dictionaries.Lexicon[struct{}]
	units      *dictionaries.Lexicon[dictionaries.Unit]
	time       *dictionaries.Lexicon[string]
	surnames   *dictionaries.Surnames
	people     *dictionaries.Lexicon[struct{}]          // nouns for people: 13万产业工人 counts heads
	counted    *dictionaries.CountedNouns               // nouns for a count: 申请人数突破2000万
	stopwords  *dictionaries.Lexicon[struct{}]          // words with a numeral's character: 减负
	scales     *dictionaries.Lexicon[float64]           // billion of US$10 billion
	shared     *dictionaries.Lexicon[map[string]string] // 比索: a code by country
}

// NewMatcher loads the dictionaries a Matcher reads.
func NewMatcher() (*Matcher, error) {
	m := &Matcher{}
	var err error
	if m.currencies, err = dictionaries.LoadCurrencies(); err != nil {
		return nil, err
	}
	if m.qualifiers, err = dictionaries.LoadQualifiers(); err != nil {
		return nil, err
	}
	if m.context, err = dictionaries.LoadMoneyContext(); err != nil {
		return nil, err
	}
	if m.counters, err = dictionaries.LoadCounters(); err != nil {
		return nil, err
	}
	if m.units, err = dictionaries.LoadUnits(); err != nil {
		return nil, err
	}
	if m.time, err = dictionaries.LoadTimeSuffixes(); err != nil {
		return nil, err
	}
	if m.surnames, err = dictionaries.LoadSurnames(); err != nil {
		return nil, err
	}
	if m.people, err = dictionaries.LoadPeopleNouns(); err != nil {
		return nil, err
	}
	if m.counted, err = dictionaries.LoadCountedNouns(); err != nil {
		return nil, err
	}
	if m.stopwords, err = dictionaries.LoadNumeralStopwords(); err != nil {
		return nil, err
	}
	if m.scales, err = dictionaries.LoadScaleWords(); err != nil {
		return nil, err
	}
	if m.shared, err = dictionaries.LoadSharedCurrencies(); err != nil {
		return nil, err
	}
	return m, nil
}

// Stage implements pipeline.Stage.
type Stage struct{ m *Matcher }

// New returns the money stage.
func New() (Stage, error) {
	m, err := NewMatcher()
	if err != nil {
		return Stage{}, err
	}
	return Stage{m: m}, nil
}

// Name returns "money".
func (Stage) Name() string { return "money" }

// Process adds a MONEY mention for every amount in d.Text that does not
// overlap a DATE or DURATION mention already there.
func (s Stage) Process(d *pipeline.Doc) error {
	amounts := s.m.Find(d.Text)
	if len(amounts) == 0 {
		return nil
	}
	taken := d.SpansOf(pipeline.Date, pipeline.Duration)
	for _, a := range amounts {
		start, end := d.RuneOffset(a.Start), d.RuneOffset(a.End)
		if taken.Overlaps(start, end) {
			continue
		}
		if a.Rule == ruleImplied.name && s.m.countsPeople(d.Tokens, end) {
			continue
		}
		if strings.HasSuffix(a.Text, "元") && wordGoesOn(d.Tokens, end-1, end) {
			continue // 《2019元宵晚会》, 3元素合金: 元 begins a word, no yuan
		}
		if a.shared != "" && !s.m.country(d, &a, start) {
			continue
		}
		d.AddMention(a.mention(start, end))
	}
	return nil
}

// country sets the currency of amount a, at code point offset at of d, in a
// currency name that several countries' currencies share: the one of the
// country the PLACE mention nearest before it names (菲律宾 … 3.4亿比索 is
// PHP). It reports false when no such country comes before.
func (m *Matcher) country(d *pipeline.Doc, a *Amount, at int) bool {
	codes, _ := m.shared.Get(a.shared)
	nearest := -1
	for i := range d.Mentions {
		p := &d.Mentions[i]
		if p.Type != pipeline.Place || p.End > at || p.Start <= nearest {
			continue
		}
		if code, ok := codes[p.Country]; ok {
			nearest, a.Currency = p.Start, code
		}
	}
	return nearest >= 0
}

// wordGoesOn reports whether a word of toks begins at start and ends after
// end.
func wordGoesOn(toks []pipeline.Token, start, end int) bool {
	k := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= start })
	return k < len(toks) && toks[k].Start == start && toks[k].End > end
}

// Within returns the longest amount Process would read in d.Text[start:end]
// taken on its own, with offsets into d.Text: the overlap stage rereads what
// is left of a mention that gave characters to a name.
func (s Stage) Within(d *pipeline.Doc, start, end int) (pipeline.Mention, bool) {
	var best pipeline.Mention
	off := d.ByteOffset(start)
	for _, a := range s.m.Find(d.Slice(start, end)) {
		from := d.RuneOffset(off + a.Start)
		if a.End-a.Start > len(best.Text) && (a.shared == "" || s.m.country(d, &a, from)) {
			best = a.mention(from, d.RuneOffset(off+a.End))
		}
	}
	return best, best.Text != ""
}

func (a Amount) mention(start, end int) pipeline.Mention {
	m := pipeline.Mention{
		Type: pipeline.Money, Text: a.Text, Start: start, End: end,
		Normalized: number.Canonical(a.Value, a.Min, a.Max, a.Qualifier, a.Currency),
		Value:      number.Ptr(a.Value), Currency: a.Currency, Qualifier: a.Qualifier,
		Stage: "money", Rule: a.Rule, Confidence: a.Confidence,
	}
	m.ValueMin, m.ValueMax = number.Bounds(a.Value, a.Min, a.Max, a.Qualifier)
	return m
}

// Find returns the amounts in text, left to right, without overlaps.
func (m *Matcher) Find(text string) []Amount {
	return m.find(text, false)
}

// Parse reads s as one amount and nothing else. Because s is known to be an
// amount, forms that need a money context in running text (五分, 2角, a bare
// 2.6万亿) are accepted; a currency name several countries share (3.4亿比索)
// is not, since no document names its country.
func (m *Matcher) Parse(s string) (Amount, bool) {
	s = strings.TrimSpace(s)
	as := m.find(s, true)
	if len(as) == 1 && as[0].Start == 0 && as[0].End == len(s) && as[0].shared == "" {
		return as[0], true
	}
	// 個半, 個九: the colloquial dollar with its 一 left out.
	if rest, ok := cutColloquialDollar(s); ok && (strings.HasPrefix(rest, "半") || isChineseDigit(firstRune(rest))) {
		a, ok := m.Parse("一" + s)
		if ok && a.Rule == ruleColloquial.name {
			a.End -= len("一")
			a.Text = s
			return a, true
		}
	}
	return Amount{}, false
}

// cutColloquialDollar cuts the Cantonese 個 (or 个) that stands for a dollar.
func cutColloquialDollar(s string) (string, bool) {
	if rest, ok := strings.CutPrefix(s, "個"); ok {
		return rest, true
	}
	return strings.CutPrefix(s, "个")
}

func isChineseDigit(r rune) bool {
	n, ok := number.Parse(string(r))
	return ok && n.Chinese && n.Value >= 1 && n.Value <= 9
}

func (m *Matcher) find(text string, moneyText bool) []Amount {
	var out []Amount
	last := 0
	bare := m.bareUnits(text)
	// flush adds the amounts of bare units that begin before offset at.
	flush := func(at int) {
		for ; len(bare) > 0 && bare[0].Start < at; bare = bare[1:] {
			if bare[0].Start >= last {
				out = append(out, bare[0])
				last = bare[0].End
			}
		}
	}
	for _, n := range number.Find(text) {
		n = m.unsigned(text, n)
		flush(n.Start)
		if n.Start < last {
			continue
		}
		a, ok := m.amountAt(text, n, last, moneyText)
		if !ok {
			continue
		}
		if r, ok := m.rangeAfter(text, a, moneyText); ok {
			a = r
		}
		a.Text = text[a.Start:a.End]
		a.Value, a.Min, a.Max = number.Round(a.Value), number.Round(a.Min), number.Round(a.Max)
		out = append(out, a)
		last = a.End
	}
	flush(len(text))
	return out
}

// unsigned rereads a numeral whose 负 ends a word of
// numeral_stopwords.tsv (减负1335亿元 lightens burdens by 1335亿 yuan; no
// minus sign): the numeral after the word.
func (m *Matcher) unsigned(text string, n number.Match) number.Match {
	sign := "负"
	if strings.HasPrefix(n.Text, "負") {
		sign = "負"
	}
	if n.Value >= 0 || !strings.HasPrefix(n.Text, sign) || !number.InWord(text, n.Start, n.Start+len(sign), m.stopwords) {
		return n
	}
	if r, ok := number.At(text, n.Start+len(sign)); ok {
		return r
	}
	return n
}

// bareUnits reads, in order, the amounts whose numeral is a unit alone, one
// of it, with a qualifier before or after (近千万元, 超千亿元, 突破万亿元,
// 千元以上): the numeral parser reads no bare unit, and without a qualifier
// one is a scale or a rate, not an amount (千亿元产业, 万元户, 每百元收入);
// and those of 几 alone before a currency word (fewYuan).
func (m *Matcher) bareUnits(text string) []Amount {
	// Where a unit or 几 stands, form by form: runes.Index leaps between
	// them, where a scan of every character of every document cost more
	// than the rest of the stage.
	var buf [64]int
	at := buf[:0]
	for _, f := range bareUnitStarts {
		for i := 0; ; {
			k := runes.Index(text[i:], f)
			if k < 0 {
				break
			}
			at = append(at, i+k)
			i += k + len(f)
		}
	}
	slices.Sort(at)
	var out []Amount
	next := 0 // where the amount or the run of units read last ends
	for _, i := range at {
		if i < next {
			continue
		}
		if strings.HasPrefix(text[i:], few) {
			if a, ok := m.fewYuan(text, i); ok {
				out = append(out, a)
				next = a.End
			}
			continue
		}
		j := i
		for bareUnitAt(text, j) > 0 {
			j += 3
		}
		if a, ok := m.bareUnitAmount(text, i, j); ok {
			out = append(out, a)
		}
		next = j
	}
	return out
}

// bareUnitForms are the units a bare numeral may be made of, three bytes
// each in UTF-8, bareUnitStarts those and few, and unitsByLead the last
// two bytes of the units each lead byte starts.
var (
	bareUnitForms  = [...]string{"百", "千", "万", "亿", "萬", "億"}
	bareUnitStarts = append(slices.Clone(bareUnitForms[:]), few)
	unitsByLead    = func() (t [256][][2]byte) {
		for _, u := range bareUnitForms {
			t[u[0]] = append(t[u[0]], [2]byte{u[1], u[2]})
		}
		return t
	}()
)

// bareUnitAmount reads the amount of the bare unit text[i:j], if a currency
// of its main unit follows and a qualifier stands before or after it.
func (m *Matcher) bareUnitAmount(text string, i, j int) (Amount, bool) {
	if prev, _ := runes.DecodeLast(text[:i]); isNumeral(prev) {
		return Amount{}, false // 35亿元 whose 35 went elsewhere
	}
	n, ok := number.Parse("一" + text[i:j])
	if !ok {
		return Amount{}, false
	}
	form, cur, ok := m.currencyAt(text[j:])
	if !ok || cur.Factor != 1 {
		return Amount{}, false
	}
	if _, isCounter := m.counters.Get(form); isCounter {
		return Amount{}, false // 近万块砖: pieces
	}
	a := Amount{Start: i, End: j + len(form), Value: n.Value, Min: n.Value, Max: n.Value, Currency: cur.Code,
		Rule: ruleBareUnit.name, Confidence: ruleBareUnit.confidence}
	if cur.Generic {
		// 超过千亿元人民币: a currency name after a generic unit.
		if f, c, ok := m.currencies.Suffixes.Prefix(text[a.End:]); ok && !c.Generic && c.Factor == 1 && !m.longerWord(text[a.End:], f) {
			a.Currency = c.Code
			a.End += len(f)
		}
	}
	if f, q, ok := m.qualifiers.BeforeUnit(text[:i]); ok {
		a.Start -= len(f)
		a.Qualifier = q
	} else if f, q, ok := m.qualifiers.After.Prefix(text[a.End:]); ok && !m.startsTimeOrUnit(text[a.End+len(f):]) {
		a.End += len(f)
		a.Qualifier = q
	} else {
		return Amount{}, false
	}
	a.Text = text[a.Start:a.End]
	return a, true
}

// fewYuan reads 几 alone at start before a currency word of a main unit that
// ends in 钱 (几块钱, 几元钱): a few of it, about 2 to 9 as the numeral parser
// reads 几十 as 20 to 90. The parser reads no 几 alone, which more often asks
// how many (几个), and neither does a question here (几块钱？).
func (m *Matcher) fewYuan(text string, start int) (Amount, bool) {
	end := start + len(few)
	if prev, _ := runes.DecodeLast(text[:start]); isNumeral(prev) {
		return Amount{}, false // 十几块钱, 几十块钱: the parser's
	}
	form, cur, ok := m.currencyAt(text[end:])
	if !ok || cur.Factor != 1 || !strings.HasSuffix(form, "钱") {
		return Amount{}, false
	}
	end += len(form)
	if r := firstRune(text[end:]); r == '？' || r == '?' {
		return Amount{}, false
	}
	return Amount{Start: start, End: end, Text: text[start:end], Value: 2, Min: 2, Max: 9, Currency: cur.Code,
		Qualifier: number.Approx, Rule: ruleFew.name, Confidence: ruleFew.confidence}, true
}

// few is the vague digit that fewYuan reads alone.
const few = "几"

// isNumeral reports whether r is a digit or a numeral character.
func isNumeral(r rune) bool {
	_, ok := number.Parse(string(r))
	return ok || unicode.IsDigit(r)
}

// bareUnitAt returns the length of a unit of bareUnitForms that starts at
// byte i of s, or 0.
func bareUnitAt(s string, i int) int {
	if i+3 > len(s) {
		return 0
	}
	for _, u := range unitsByLead[s[i]] {
		if s[i+1] == u[0] && s[i+2] == u[1] {
			return 3
		}
	}
	return 0
}

// amountAt reads the amount around numeral n: an optional qualifier and
// currency before it, a currency unit after it with the smaller units that
// follow (元6角8分), a currency name after a generic unit (亿元人民币) and a
// qualifier after all, keeping the numeral's sign (负35亿元 is a loss). floor is
// where the previous amount ended.
func (m *Matcher) amountAt(text string, n number.Match, floor int, moneyText bool) (Amount, bool) {
	if n.Ordinal || n.Fraction {
		return Amount{}, false
	}
	a := Amount{Start: n.Start, End: n.End, Value: n.Value, Min: n.Min, Max: n.Max, Qualifier: n.Qualifier}
	// Before the number: qualifier and currency in either order (约人民币300万元,
	// 人民币约300万元); spaces may separate a currency from its number.
	b := text[floor:n.Start]
	cut := func(f string) { b = b[:len(b)-len(f)]; a.Start = floor + len(b) }
	qual := ""
	if f, q, ok := m.qualifiers.BeforeNumber(b); ok {
		qual = q
		cut(f)
	}
	var prefix dictionaries.CurrencyForm
	bb := trimRightSpace(b)
	f, c, hasPrefix := m.currencies.Prefixes.Suffix(bb)
	if hasPrefix && asciiBefore(bb[:len(bb)-len(f)], f) {
		hasPrefix = false
	}
	if hasPrefix {
		prefix, b = c, bb
		cut(f)
		if qual == "" {
			if f, q, ok := m.qualifiers.BeforeNumber(b); ok {
				qual = q
				cut(f)
			}
		}
	}

	pos := n.End
	rest := text[pos:]
	if hasPrefix {
		rest = strings.TrimLeft(rest, " ")
	} else if r, mult, ok := m.spacedUnit(text, n); ok {
		rest = r // 合计 61.1 亿元: typeset with a space before the unit
		n.Value, n.Min, n.Max = n.Value*mult, n.Min*mult, n.Max*mult
	}
	form, cur, hasSuffix := m.currencyAt(rest)
	var r, special *rule // special overrides the rule the switch picks
	if !hasSuffix {
		form, cur, special = m.counterCurrency(rest, prefix, hasPrefix, n, moneyText)
		hasSuffix = special != nil
	}
	if !hasSuffix && !hasPrefix {
		// 3.4亿比索: a name several currencies share, which the stage settles.
		if f, _, ok := m.shared.Prefix(rest); ok && !m.longerWord(rest, f) {
			form, cur, special, hasSuffix = f, dictionaries.CurrencyForm{Form: f, Factor: 1}, ruleShared, true
			a.shared = f
		}
	}
	switch {
	case hasSuffix:
		pos = len(text) - len(rest) + len(form)
		a.Currency = cur.Code
		if hasPrefix && cur.Generic {
			a.Currency = prefix.Code // 人民币8千元, 港币3.14元
		}
		if cur.Factor < 1 {
			r = ruleMinor
		} else {
			r = ruleSuffix
			if hasPrefix {
				r = rulePrefix
			}
		}
		v, lo, hi := n.Value*cur.Factor, n.Min*cur.Factor, n.Max*cur.Factor
		a.Value, a.Min, a.Max = v, lo, hi
		end, add, parts := m.smallerUnits(text, pos, cur)
		if parts > 0 {
			if n.Qualifier != number.Exact {
				return Amount{}, false // 三四元五角 is no amount
			}
			a.Value += add
			a.Min, a.Max = a.Value, a.Value
			pos = end
			r = ruleCompound
		}
		if cur.Generic {
			// 8.7亿元人民币, 5元港币: a currency name after a generic unit.
			if f, c, ok := m.currencies.Suffixes.Prefix(text[pos:]); ok && !c.Generic && c.Factor == 1 && !m.longerWord(text[pos:], f) {
				a.Currency = c.Code
				pos += len(f)
			}
			// 壹拾壹元整: 整/正 closes a written-out amount.
			if r := firstRune(text[pos:]); (r == '整' || r == '正') && (n.Chinese || parts > 0) {
				pos += utf8.RuneLen(r)
			}
		}
		if !m.plausible(text, n, form, cur, pos, parts, moneyText, hasPrefix) {
			return Amount{}, false
		}
		if special == ruleColloquial && parts == 0 && !hasPrefix {
			return Amount{}, false // 三個 alone is three of anything
		}
		if special != nil {
			r = special
		}
	case hasPrefix:
		a.Currency = prefix.Code
		r = rulePrefix
		if end, f, ok := m.scaleAfter(text, n); ok {
			pos = end // JPY 5.4 trillion
			a.Value, a.Min, a.Max = a.Value*f, a.Min*f, a.Max*f
		}
	default:
		if !m.impliedYuan(text, n, floor, moneyText) {
			return Amount{}, false
		}
		a.Currency = "CNY"
		r = ruleImplied
	}
	a.End = pos
	// After the amount: 左右, 以上, 以下.
	if f, q, ok := m.qualifiers.After.Prefix(text[a.End:]); ok && !m.startsTimeOrUnit(text[a.End+len(f):]) {
		a.after = q
		a.End += len(f)
	}
	a.Value, a.Qualifier = number.Qualify(a.Value, a.Min, a.Max, a.Qualifier, qual, a.after) // 2到3万元左右
	a.Rule, a.Confidence = r.name, r.confidence
	// 花十块钱, 连一块钱: a currency word that ends in 钱 follows no name.
	if n.Chinese && hasSuffix && !hasPrefix && !strings.HasSuffix(form, "钱") && m.nameEndsAt(text, n) {
		return Amount{}, false
	}
	return a, true
}

// spacedUnit reads the spaces between digits and a currency, with big units
// between them (154.5 亿美元, 3 千万元, 300 元), as text typeset from a PDF
// writes them: the text from the currency on and what the units multiply by,
// which the numeral parser gives as the value of one of them (1千万).
func (m *Matcher) spacedUnit(text string, n number.Match) (string, float64, bool) {
	if r, _ := runes.DecodeLast(n.Text); r >= utf8.RuneSelf || !unicode.IsDigit(r) {
		return "", 0, false
	}
	after := text[n.End:]
	// Most numerals have no space after them, which the first byte tells
	// before TrimLeft decodes it and searches its cutset (U+3000 begins
	// with E3, U+00A0 with C2).
	if after == "" || after[0] != ' ' && after[0] != 0xE3 && after[0] != 0xC2 {
		return "", 0, false
	}
	rest := strings.TrimLeft(after, " \u3000\u00a0")
	if len(rest) == len(after) {
		return "", 0, false
	}
	mult := 1.0
	j := 0
	for bareUnitAt(rest, j) > 0 {
		j += 3
	}
	if j > 0 {
		u, ok := number.Parse("1" + rest[:j])
		if !ok {
			return "", 0, false
		}
		rest, mult = rest[j:], u.Value
	}
	if _, _, ok := m.currencyAt(rest); !ok {
		return "", 0, false
	}
	return rest, mult, true
}

// scaleAfter reads an English word of scale after digits and a space
// (scale_words.tsv: 10 billion), that no letter goes on after: where it
// ends and what it multiplies by.
func (m *Matcher) scaleAfter(text string, n number.Match) (int, float64, bool) {
	if r, _ := runes.DecodeLast(n.Text); r >= utf8.RuneSelf || !unicode.IsDigit(r) {
		return 0, 0, false
	}
	rest, ok := strings.CutPrefix(text[n.End:], " ")
	if !ok {
		return 0, 0, false
	}
	w, f, ok := m.scales.Prefix(rest)
	if !ok {
		return 0, 0, false
	}
	if r := firstRune(rest[len(w):]); r < utf8.RuneSelf && unicode.IsLetter(r) {
		return 0, 0, false // 5 millions of, 3 billionaires
	}
	return len(text) - len(rest) + len(w), f, true
}

// counterCurrency reads a currency after the counter 个 (20个比特币: a number
// of coins or tokens) and, in a string known to be an amount, the Cantonese
// 個 that stands for a dollar (五個半, 港幣三個一毫四): the dollar of the
// currency before the number, HKD when there is none. The form it returns
// spans the counter.
func (m *Matcher) counterCurrency(rest string, prefix dictionaries.CurrencyForm, hasPrefix bool, n number.Match, moneyText bool) (string, dictionaries.CurrencyForm, *rule) {
	after, ok := cutColloquialDollar(rest)
	if !ok || n.Qualifier != number.Exact || n.Value != float64(int64(n.Value)) {
		return "", dictionaries.CurrencyForm{}, nil
	}
	counter := rest[:len(rest)-len(after)]
	if f, c, ok := m.currencyAt(after); ok && !c.Generic && c.Factor == 1 && !hasPrefix && !m.countsSomething(after[len(f):]) {
		return counter + f, c, ruleCounterCurrency
	}
	if moneyText {
		code := "HKD"
		if hasPrefix {
			code = prefix.Code
		}
		return counter, dictionaries.CurrencyForm{Code: code, Form: counter, Factor: 1}, ruleColloquial
	}
	return "", dictionaries.CurrencyForm{}, nil
}

// currencyAt reads a suffix currency form at the start of s, refusing one that
// is only the start of a longer unit or time word (分钟, 毫米, 元旦).
func (m *Matcher) currencyAt(s string) (string, dictionaries.CurrencyForm, bool) {
	f, c, ok := m.currencies.Suffixes.Prefix(s)
	if !ok || m.longerWord(s, f) {
		return "", c, false
	}
	return f, c, true
}

// longerWord reports whether a unit or time word longer than form starts s.
func (m *Matcher) longerWord(s, form string) bool {
	if f, _, ok := m.time.Prefix(s); ok && len(f) > len(form) {
		return true
	}
	if f, _, ok := m.units.Prefix(s); ok && len(f) > len(form) {
		return true
	}
	return false
}

// smallerUnits reads the parts after a currency unit that add smaller units of
// the same currency: 元6角8分, 块二 (an elided 毛), 块零四, 美元又三美分.
func (m *Matcher) smallerUnits(text string, pos int, cur dictionaries.CurrencyForm) (end int, add float64, parts int) {
	end, factor := pos, cur.Factor
	// 一块半, 三元半, 五個半: a half of the main unit, when nothing after 半
	// makes it the start of a word (三块半导体).
	if after, ok := strings.CutPrefix(text[pos:], "半"); ok && factor == 1 && (!m.countsSomething(after) || strings.HasPrefix(after, "钱")) {
		return pos + len("半"), 0.5, 1
	}
	for factor > 0.01 {
		p := end
		elided := 10.0
		switch {
		case strings.HasPrefix(text[p:], "零"):
			p += len("零")
			elided = 100
		case strings.HasPrefix(text[p:], "又"):
			p += len("又")
		}
		n, ok := number.At(text, p)
		// 两块八一斤: the numeral parser reads 八一 as 81, but a 一 before a
		// unit is the price's "per piece", not the digit's.
		if ok && n.Chinese && strings.HasSuffix(n.Text, "一") && utf8.RuneCountInString(n.Text) == 2 && m.startsTimeOrUnit(text[n.End:]) {
			n, ok = number.At(text[:n.End-len("一")], p)
		}
		if !ok || n.Qualifier != number.Exact || n.Ordinal || n.Fraction || n.Value != float64(int(n.Value)) || n.Value >= 100 {
			return end, add, parts
		}
		form, c, ok := m.currencyAt(text[n.End:])
		if ok && c.Factor < factor && (c.Code == cur.Code || cur.Generic && c.Generic) {
			add += n.Value * c.Factor
			end, factor = n.End+len(form), c.Factor
			parts++
			continue
		}
		// 五块二, 两毛五, 三块零四: one Chinese digit standing for the next place
		// down, and nothing else after it that it could count.
		// 3块5, 1块7: a digit does the same, where no letter or % goes on.
		if !ok && n.Value < 10 && utf8.RuneCountInString(n.Text) == 1 && (n.Chinese || !asciiOrPercent(firstRune(text[n.End:]))) && m.endsAmount(text[n.End:], n.Chinese) {
			add += n.Value * factor / elided
			return n.End, add, parts + 1
		}
		return end, add, parts
	}
	return end, add, parts
}

// endsAmount reports whether s, after the digit of the next place down, lets
// the digit end the amount: nothing it could count follows, save that a
// price per piece may (两块八一斤), and an ASCII digit, which no counter word
// takes unwritten, may run into a word (3块5上调) where a Chinese one would
// be a word's start (三块五花肉).
func (m *Matcher) endsAmount(s string, chinese bool) bool {
	if rest, ok := strings.CutPrefix(s, "一"); ok && m.startsTimeOrUnit(rest) {
		return true
	}
	if !chinese && !m.startsTimeOrUnit(s) {
		return true
	}
	return !m.countsSomething(s)
}

// countsSomething reports whether s starts with a unit, counter or time word,
// or a Han character that a digit could count (五块二十个 is not 5.2 yuan).
func (m *Matcher) countsSomething(s string) bool {
	if m.startsTimeOrUnit(s) {
		return true
	}
	r := firstRune(s)
	return unicode.Is(unicode.Han, r) && !m.isQualifierStart(s) && r != '到' && r != '至'
}

func (m *Matcher) isQualifierStart(s string) bool {
	_, _, ok := m.qualifiers.After.Prefix(s)
	return ok
}

func (m *Matcher) startsTimeOrUnit(s string) bool {
	if _, _, ok := m.time.Prefix(s); ok {
		return true
	}
	if _, _, ok := m.units.Prefix(s); ok {
		return true
	}
	_, _, ok := m.counters.Prefix(s)
	return ok
}

// plausible applies the checks that keep ambiguous currency words from being
// read as money: a minor unit alone (五分, 三角) needs a money context and, for
// the yuan's, no word running on after it (十分渺茫); 块,
// which is also a counter (一块土地), must not be followed by what it counts,
// and 一块 needs a money context; a yuan after one Chinese numeral and before
// a word needs one too (二元对立).
func (m *Matcher) plausible(text string, n number.Match, form string, cur dictionaries.CurrencyForm, end, parts int, moneyText, hasPrefix bool) bool {
	if cur.Factor < 1 && parts == 0 && !hasPrefix {
		if !moneyText && !m.moneyContext(text, n.Start, 0) {
			return false
		}
		// 十分渺茫, 三分之一: a yuan's 分 or 角 alone runs into the word
		// after it; 一分钱 and 五角。 do not. 美分 is money whatever follows.
		next := text[end:]
		if cur.Generic && unicode.Is(unicode.Han, firstRune(next)) && !m.isQualifierStart(next) && !strings.HasPrefix(next, "钱") {
			return false
		}
	}
	if _, isCounter := m.counters.Get(form); isCounter && parts == 0 && !hasPrefix {
		next := text[end:]
		if unicode.Is(unicode.Han, firstRune(next)) && !m.isQualifierStart(next) && !strings.HasPrefix(next, "钱") {
			return false
		}
		if n.Text == "一" && !strings.HasSuffix(form, "钱") && !moneyText && !m.moneyContext(text, n.Start, 0) {
			return false // 建一块、成一块: one piece, not a yuan
		}
	}
	if cur.Generic && parts == 0 && !hasPrefix && !strings.HasSuffix(form, "钱") && utf8.RuneCountInString(n.Text) == 1 && n.Chinese && !moneyText && !m.moneyContext(text, n.Start, 0) {
		// 二元对立, 一元复始: one character's yuan runs into a word.
		if next := text[end:]; unicode.Is(unicode.Han, firstRune(next)) && !m.isQualifierStart(next) && !strings.HasPrefix(next, "钱") {
			return false
		}
	}
	return true
}

// impliedYuan reports whether a numeral with 万 or 亿 and no currency is an
// amount of yuan: the sentence before it speaks of money (营业收入, 投资) and
// nothing after it says what else it counts.
func (m *Matcher) impliedYuan(text string, n number.Match, floor int, moneyText bool) bool {
	if !bigUnit(n.Text) || n.Value <= 0 {
		return false
	}
	after := text[n.End:]
	if m.startsTimeOrUnit(after) || strings.HasPrefix(after, "%") || strings.HasPrefix(after, "人") || strings.HasPrefix(after, "股") {
		return false
	}
	if _, _, ok := m.counters.Prefix(after); ok {
		return false // 产量达到800万对: a count of things, not of yuan
	}
	if r := firstRune(after); r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
		return false
	}
	if m.peopleBefore(text[floor:n.Start]) {
		return false // 观影人次已超4.35亿, 申请人数突破2000万: the number counts what is named before it
	}
	return moneyText || m.moneyContext(text, n.Start, floor)
}

// peopleBefore reports whether before ends in a noun for people or for a
// count (counted_nouns.tsv: 人数, 户数) and at most a few characters of a
// link between it and a number (人次已超, 游客达, 人数突破).
func (m *Matcher) peopleBefore(before string) bool {
	for k := 0; k <= maxLink && before != ""; k++ {
		if _, _, ok := m.people.Suffix(before); ok {
			return true
		}
		if _, _, ok := m.counted.Nouns.Suffix(before); ok {
			return true
		}
		r, size := runes.DecodeLast(before)
		if !strings.ContainsRune(linkChars, r) {
			return false
		}
		before = before[:len(before)-size]
	}
	return false
}

// linkChars are the characters of the links between a noun and a number
// (已超过, 达到, 突破, 约, 近, 共计, 为); maxLink is how many peopleBefore passes.
const (
	linkChars = "已经超过达到突破约近共计为是逾有"
	maxLink   = 4
)

// countsPeople reports whether the noun phrase gse's words form at code
// point offset at is headed by a noun for people (13万产业工人): a number
// before it is a head count. Find has no words to read, so the stage asks.
// A verb and nouns after the head (学生提供营养) do not matter here: they
// would not make the count an amount.
func (m *Matcher) countsPeople(toks []pipeline.Token, at int) bool {
	// Past adjectives before the phrase: 140万贫困/a 残疾人.
	for k := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= at }); k < len(toks) && toks[k].Start == at && toks[k].Pos == "a"; k++ {
		at = toks[k].End
	}
	head, _ := nounphrase.After(toks, at)
	if head == "" {
		return false
	}
	_, _, ok := m.people.Suffix(head)
	return ok
}

// bigUnit reports whether numeral s ends in 万 or 亿.
func bigUnit(s string) bool {
	r, _ := runes.DecodeLast(s)
	return r == '万' || r == '亿' || r == '萬' || r == '億'
}

// contextWindow is how many characters before a numeral are searched for a
// money-context word.
const contextWindow = 24

// moneyContext reports whether a money-context word stands in the same
// sentence within contextWindow characters before byte offset at, and after
// floor.
func (m *Matcher) moneyContext(text string, at, floor int) bool {
	start := at
	for k := 0; k < contextWindow && start > floor; k++ {
		r, size := runes.DecodeLast(text[:start])
		if strings.ContainsRune("。！？!?；;\n", r) {
			break
		}
		start -= size
	}
	return m.context.Contains(text[start:at])
}

// nameEndsAt reports whether a one-character Chinese numeral ends a personal
// name (王五人民币): a surname right before it.
func (m *Matcher) nameEndsAt(text string, n number.Match) bool {
	if utf8.RuneCountInString(n.Text) != 1 {
		return false
	}
	r, size := runes.DecodeLast(text[:n.Start])
	if size == 0 || !unicode.Is(unicode.Han, r) {
		return false
	}
	_, ok := m.surnames.Of(string(r) + n.Text)
	return ok
}

// rangeAfter joins amount a with a following connector and second amount of
// the same currency (10万元至20万元, 五元六角-五元七毛八分).
func (m *Matcher) rangeAfter(text string, a Amount, moneyText bool) (Amount, bool) {
	if a.Qualifier != number.Exact {
		return a, false
	}
	c := number.Connector(text[a.End:])
	if c == "" {
		return a, false
	}
	p := a.End + len(c)
	n, ok := number.At(text, p)
	if !ok {
		return a, false
	}
	b, ok := m.amountAt(text, n, p, moneyText)
	if !ok || b.Start != p || b.Currency != a.Currency || b.Value <= a.Value {
		return a, false
	}
	value, qual, ok := number.JoinRange(a.Value, b.Value, b.Qualifier, b.after) // 700元—800元左右
	if !ok {
		return a, false
	}
	return Amount{Start: a.Start, End: b.End, Value: value, Min: a.Value, Max: b.Value,
		Currency: a.Currency, Qualifier: qual, Rule: ruleRange.name, Confidence: ruleRange.confidence, shared: a.shared}, true
}

// asciiOrPercent reports whether r is an ASCII letter or a percent sign,
// which make a digit something other than a smaller unit's (3元5G, 3元5%).
func asciiOrPercent(r rune) bool {
	return r < utf8.RuneSelf && unicode.IsLetter(r) || r == '%' || r == '％'
}

func trimRightSpace(s string) string { return strings.TrimRight(s, " ") }

func firstRune(s string) rune {
	r, _ := runes.DecodeFirst(s)
	return r
}

// asciiBefore reports whether an ASCII currency form (RMB, $) is glued to a
// letter before it, as in a product code.
func asciiBefore(before, form string) bool {
	r, _ := runes.DecodeLast(before)
	f := firstRune(form)
	return f < utf8.RuneSelf && unicode.IsLetter(f) && r < utf8.RuneSelf && unicode.IsLetter(r)
}
