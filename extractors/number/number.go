// Package number parses every way Chinese news writes a number — ASCII and
// full-width digits, thousands separators, decimals, signs, Chinese and
// financial digits, positional units at any depth, mixed forms (3.5万),
// fractions (三分之一), vague counts (三四十, 十几, 数百, 上千) and ranges
// (3至5万) — and finds them in text. As whole strings it also reads the forms
// that wrap a numeral in a counter or fraction word (一个, 五打, 一半, 二份一,
// 壹拾壹元整; forms.go), which Find leaves to the stages that own the words. Money, quantities, percentages and dates
// are all built on it.
//
// 兆 is read as 10^12, as in Recognizers-Text and financial usage, except
// where it starts an SI unit word (兆瓦, 兆赫, 兆字节…), where it means mega
// and belongs to the unit, not the number.
package number

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/internal/runes"
)

// Qualifiers of a Number, as in mentions.qualifier.
const (
	Exact  = "exact"
	Approx = "approx" // 几, 数, 上千: a vague count
	Min    = "min"    // 多, 余: more than the value
	Range  = "range"  // 三四十, 3至5万: between Min and Max
)

// Number is a parsed numeral. For exact numbers Min == Max == Value; for
// ranges and vague counts Value is the lower bound and [Min, Max] the
// interval the words allow.
type Number struct {
	Value, Min, Max float64
	Qualifier       string
	Ordinal         bool // 第三
	// Fraction is set for 三分之一 and 五成 forms: Value is the ratio (1/3, 0.5).
	Fraction bool
	// Chinese is set when the numeral uses Chinese digits or units only (no
	// ASCII digits); consumers use it to be stricter about context.
	Chinese bool
}

// kind of a character inside a numeral.
type kind uint8

const (
	kNone     kind = iota
	kDigit         // a digit 0-9 in any script; val holds it
	kUnit          // 十百千万亿兆; val holds the multiplier
	kPoint         // 点 (decimal point in Chinese numerals)
	kVague         // 几 数: unknown digit
	kMore          // 多 余: more than
	kNegative      // 负
)

type charInfo struct {
	kind    kind
	val     float64
	chinese bool // a Chinese character (not ASCII/full-width digit)
}

func classify(r rune) charInfo {
	switch {
	case r >= '0' && r <= '9':
		return charInfo{kDigit, float64(r - '0'), false}
	case r >= '０' && r <= '９':
		return charInfo{kDigit, float64(r - '０'), false}
	}
	switch r {
	case '零', '〇', '○', 'О', '洞':
		if r == 'О' || r == '洞' {
			return charInfo{}
		}
		return charInfo{kDigit, 0, true}
	case '一', '壹', '幺':
		return charInfo{kDigit, 1, true}
	case '二', '贰', '貳', '两', '兩', '俩', '倆':
		return charInfo{kDigit, 2, true}
	case '三', '叁', '參', '叄':
		return charInfo{kDigit, 3, true}
	case '四', '肆':
		return charInfo{kDigit, 4, true}
	case '五', '伍':
		return charInfo{kDigit, 5, true}
	case '六', '陆', '陸':
		return charInfo{kDigit, 6, true}
	case '七', '柒':
		return charInfo{kDigit, 7, true}
	case '八', '捌':
		return charInfo{kDigit, 8, true}
	case '九', '玖':
		return charInfo{kDigit, 9, true}
	case '十', '拾':
		return charInfo{kUnit, 10, true}
	case '百', '佰':
		return charInfo{kUnit, 100, true}
	case '千', '仟':
		return charInfo{kUnit, 1000, true}
	case '万', '萬':
		return charInfo{kUnit, 1e4, true}
	case '亿', '億':
		return charInfo{kUnit, 1e8, true}
	case '兆':
		return charInfo{kUnit, 1e12, true}
	case '点', '點':
		return charInfo{kPoint, 0, true}
	case '几', '幾', '数', '數':
		return charInfo{kVague, 0, true}
	case '多', '余', '餘':
		return charInfo{kMore, 0, true}
	case '负', '負':
		return charInfo{kNegative, 0, true}
	}
	return charInfo{}
}

// tens returns the multiple of ten that r stands for on its own (廿 = 20,
// 卅 = 30, 卌 = 40). It is a switch, as classify is, because the scan asks it
// about every character of a numeral.
func tens(r rune) (float64, bool) {
	switch r {
	case '廿':
		return 20, true
	case '卅':
		return 30, true
	case '卌':
		return 40, true
	}
	return 0, false
}

// token is a step of positional evaluation: a literal number or a unit.
type token struct {
	unit  float64 // > 0 for a unit token
	lit   float64
	zero  bool // a 零 that only marks a skipped position
	digs  int  // digits in the literal (for 一万三 = 13000 elision)
	vague bool // literal is 几/数
	cjk   bool // literal written with Chinese digits
}

// Parse parses s, which must be a numeral and nothing else (surrounding
// spaces allowed): 8.7, 1,234, 3.5万, 一千零五, 壹佰壹拾壹, 二〇一八, 三四十,
// 三、四十,
// 十几, 第三, 三分之一, 五成, 负10000. It reports false for anything else.
//
// Parse also reads the forms that wrap a numeral in a counter or fraction
// word when they make up all of s (一个, 五打, 一半, 二份一, 壹拾壹元整; see
// forms.go); Find leaves those words to the stages that own them.
func Parse(s string) (Number, bool) {
	if n, ok := parseDigits(s); ok {
		return n, true
	}
	if hasSpace(s) {
		s = strings.Map(dropSpace, s)
	}
	if s == "" {
		return Number{}, false
	}
	// 三、四十: two digits of a range written apart read as 三四十.
	if a, b, ok := strings.Cut(s, "、"); ok {
		if !pairedDigits(a, b) {
			return Number{}, false
		}
		s = a + b
	}
	if t, ok := digitTens(s); ok {
		n, ok := parsePlain(t)
		n.Chinese = false
		return n, ok
	}
	if n, ok := parsePlain(s); ok {
		return n, true
	}
	return parseWrapped(s)
}

// tensWords are the tens in Chinese numerals.
var tensWords = [...]string{"", "十", "二十", "三十", "四十", "五十", "六十", "七十", "八十", "九十"}

// digitTens returns s, which opens with tens in two digits and 几, with the
// tens in Chinese numerals, as which they are read (20几 as 二十几, 20 to
// 29; 10几万 as 十几万).
func digitTens(s string) (string, bool) {
	if len(s) < 2 || s[0] < '1' || s[0] > '9' || s[1] != '0' || !strings.HasPrefix(s[2:], "几") {
		return "", false
	}
	return tensWords[s[0]-'0'] + s[2:], true
}

// parseDigits reads the commonest numerals in news, one Chinese digit (一,
// 两) and a run of ASCII digits (2023), without trying the other forms of
// parsePlain on them first. The value is what parsePlain computes.
func parseDigits(s string) (Number, bool) {
	if r, size := runes.DecodeFirst(s); size == len(s) && r >= utf8.RuneSelf {
		if ci := classify(r); ci.kind == kDigit && ci.chinese {
			return exact(ci.val, true, false), true
		}
		return Number{}, false
	}
	v := 0.0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return Number{}, false
		}
		v = v*10 + float64(s[i]-'0')
	}
	return exact(v, false, false), s != ""
}

// parsePlain parses a numeral without counter or fraction words around it.
func parsePlain(s string) (Number, bool) {
	n := Number{Qualifier: Exact}
	if rest, ok := strings.CutPrefix(s, "第"); ok {
		n.Ordinal = true
		s = rest
	}
	// A又B: a whole number and a fraction (三又三分之一).
	if whole, frac, ok := strings.Cut(s, "又"); ok && !n.Ordinal {
		w, ok1 := Parse(whole)
		f, ok2 := Parse(frac)
		if !ok1 || !ok2 || !f.Fraction || w.Qualifier != Exact {
			return Number{}, false
		}
		v := w.Value + math.Copysign(f.Value, w.Value)
		return Number{Value: v, Min: v, Max: v, Qualifier: Exact, Fraction: true, Chinese: w.Chinese && f.Chinese}, true
	}
	// X分之Y: a fraction Y/X.
	if den, num, ok := strings.Cut(s, "分之"); ok {
		d, ok1 := Parse(den)
		if u, isUnits := unitsOnly(den); isUnits { // 百分之, 千分之, 万分之
			d, ok1 = Number{Value: u, Min: u, Max: u, Qualifier: Exact, Chinese: true}, true
		}
		m, ok2 := Parse(num)
		if !ok1 || !ok2 || d.Value == 0 || d.Qualifier != Exact || n.Ordinal {
			return Number{}, false
		}
		return Number{Value: m.Value / d.Value, Min: m.Min / d.Value, Max: m.Max / d.Value, Qualifier: m.Qualifier, Fraction: true, Chinese: d.Chinese && m.Chinese}, true
	}
	// N成 and N成M: tenths (五成 = 0.5, 三成五 = 0.35).
	if a, b, ok := strings.Cut(s, "成"); ok && a != "" {
		x, ok1 := Parse(a)
		if !ok1 || x.Value > 10 || x.Qualifier != Exact {
			return Number{}, false
		}
		v := x.Value / 10
		if b != "" {
			y, ok2 := Parse(b)
			if !ok2 || y.Value >= 10 || y.Qualifier != Exact {
				return Number{}, false
			}
			v += y.Value / 100
		}
		return Number{Value: v, Min: v, Max: v, Qualifier: Exact, Fraction: true, Chinese: x.Chinese}, true
	}
	if s == "半" {
		return Number{Value: 0.5, Min: 0.5, Max: 0.5, Qualifier: Exact, Fraction: true, Chinese: true}, true
	}
	if rest, ok := strings.CutPrefix(s, "半"); ok { // 半百 = 50
		r, size := runes.DecodeFirst(rest)
		if ci := classify(r); ci.kind != kUnit || size != len(rest) {
			return Number{}, false
		} else {
			v := ci.val / 2
			return Number{Value: v, Min: v, Max: v, Qualifier: Exact, Chinese: true}, true
		}
	}
	sign := 1.0
	switch {
	case strings.HasPrefix(s, "负"), strings.HasPrefix(s, "負"):
		sign, s = -1, s[len("负"):]
	case strings.HasPrefix(s, "-"), strings.HasPrefix(s, "−"), strings.HasPrefix(s, "－"):
		_, size := runes.DecodeFirst(s)
		sign, s = -1, s[size:]
	case strings.HasPrefix(s, "+"):
		s = s[1:]
	}
	approxPrefix := false
	if rest, ok := strings.CutPrefix(s, "上"); ok { // 上千, 上百万: as many as
		r, _ := runes.DecodeFirst(rest)
		if ci := classify(r); ci.kind != kUnit || ci.val < 100 {
			return Number{}, false
		}
		if u, isUnits := unitsOnly(rest); isUnits { // 上千, 上百万
			return Number{Value: sign * u, Min: sign * u, Max: sign * u, Qualifier: Approx, Chinese: true}, true
		}
		approxPrefix, s = true, rest
	}
	// 点 is a decimal point for everything before it: 两千三点一 = 2300.1,
	// and a big unit after the decimals scales the whole (三点五万 = 35000).
	if whole, frac, ok := cutPoint(s); ok {
		w, ok1 := Parse(whole)
		if ok1 && w.Qualifier == Range {
			// 一二点三: digits before a decimal point are a digit string.
			w.Value, ok1 = digitString(whole)
			w.Qualifier = Exact
		}
		if !ok1 || w.Qualifier != Exact || w.Value < 0 || w.Fraction {
			return Number{}, false
		}
		digits, scale, ok2 := decimals(frac)
		if !ok2 {
			return Number{}, false
		}
		v := (w.Value + digits) * scale
		v = math.Round(v*1e9) / 1e9
		return Number{Value: sign * v, Min: sign * v, Max: sign * v, Qualifier: Exact, Chinese: true}, true
	}
	var buf [8]token // most numerals fit: tokenize then allocates nothing
	toks, more, chinese, ok := tokenize(s, buf[:0])
	if !ok {
		return Number{}, false
	}
	v, lo, hi, vague, ok := evaluate(toks)
	if !ok {
		return Number{}, false
	}
	n.Chinese = chinese
	n.Value, n.Min, n.Max = sign*v, sign*lo, sign*hi
	if sign < 0 {
		n.Min, n.Max = n.Max, n.Min
	}
	switch {
	case more:
		n.Qualifier = Min
	case approxPrefix:
		n.Qualifier = Approx
	case vague:
		n.Qualifier = Approx
	case lo != hi:
		n.Qualifier = Range
	}
	return n, true
}

func dropSpace(r rune) rune {
	if r == ' ' || r == '\u3000' || r == '\t' || r == '\u00a0' {
		return -1
	}
	return r
}

// hasSpace reports whether s holds a space dropSpace drops, as
// strings.ContainsAny(s, " \u3000\t\u00a0") does, testing bytes: U+3000
// and U+00A0 begin with lead bytes, which no other character's bytes
// contain, where ContainsAny decoded every character and searched the set.
func hasSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t':
			return true
		case 0xE3:
			if strings.HasPrefix(s[i:], "\u3000") {
				return true
			}
		case 0xC2:
			if strings.HasPrefix(s[i:], "\u00a0") {
				return true
			}
		}
	}
	return false
}

// cutPoint splits s at a Chinese decimal point 点/點.
func cutPoint(s string) (whole, frac string, ok bool) {
	for _, p := range []string{"点", "點"} {
		if a, b, found := strings.Cut(s, p); found && a != "" && b != "" {
			return a, b, true
		}
	}
	return "", "", false
}

// decimals reads the digits after a decimal point (any script) and an
// optional trailing run of big units, returning the fraction and the scale.
func decimals(s string) (frac, scale float64, ok bool) {
	place, scale := 0.1, 1.0
	seenDigit, seenUnit := false, false
	for _, r := range s {
		ci := classify(r)
		switch {
		case ci.kind == kDigit && !seenUnit:
			frac += ci.val * place
			place /= 10
			seenDigit = true
		case ci.kind == kUnit && ci.val >= 1e4 && seenDigit:
			scale *= ci.val
			seenUnit = true
		default:
			return 0, 0, false
		}
	}
	return frac, scale, seenDigit
}

// unitsOnly reports whether s is made only of units, and their product
// (千 = 1000, 百万 = 10^6).
func unitsOnly(s string) (float64, bool) {
	p := 1.0
	for _, r := range s {
		ci := classify(r)
		if ci.kind != kUnit {
			return 0, false
		}
		p *= ci.val
	}
	return p, s != ""
}

// digitString reads s as a string of digits (二〇一八 = 2018).
func digitString(s string) (float64, bool) {
	v := 0.0
	for _, r := range s {
		ci := classify(r)
		if ci.kind != kDigit {
			return 0, false
		}
		v = v*10 + ci.val
	}
	return v, s != ""
}

// tokenize appends the literals and units of a numeral to toks. Consecutive
// digits form one literal (二〇一八 = 2018, 1,234.5), except two consecutive
// Chinese digits in ascending order (三四, 七八, 一两), which form a range
// literal.
func tokenize(s string, toks []token) (_ []token, more, chinese, ok bool) {
	sawDigitOrUnit := false
	for i := 0; i < len(s); {
		r, size := runes.DecodeFirst(s[i:])
		if r == ' ' || r == '\u3000' || r == '\t' {
			i += size
			continue
		}
		if t, isTen := tens(r); isTen {
			toks = append(toks, token{lit: t / 10, digs: 1, cjk: true}, token{unit: 10})
			chinese, sawDigitOrUnit = true, true
			i += size
			continue
		}
		ci := classify(r)
		switch ci.kind {
		case kDigit:
			j, lit, digs, cjk, isRange, hi, okLit := readLiteral(s, i)
			if !okLit {
				return nil, false, false, false
			}
			if isRange {
				toks = append(toks, token{lit: lit, digs: 1, cjk: true}, token{lit: hi, digs: -1, cjk: true})
			} else if lit == 0 && digs == 1 && cjk {
				toks = append(toks, token{zero: true})
			} else {
				toks = append(toks, token{lit: lit, digs: digs, cjk: cjk})
			}
			chinese = chinese || cjk
			sawDigitOrUnit = true
			i = j
			continue
		case kUnit:
			toks = append(toks, token{unit: ci.val})
			chinese, sawDigitOrUnit = true, true
		case kVague:
			toks = append(toks, token{vague: true, digs: 1, cjk: true})
			sawDigitOrUnit = true
		case kMore:
			if !sawDigitOrUnit {
				return nil, false, false, false
			}
			more = true
		default:
			return nil, false, false, false
		}
		i += size
	}
	if !sawDigitOrUnit || !chinese && len(toks) == 0 {
		return nil, false, false, false
	}
	return toks, more, chinese || hasUnit(toks), true
}

func hasUnit(toks []token) bool {
	for _, t := range toks {
		if t.unit > 0 {
			return true
		}
	}
	return false
}

// readLiteral reads digits starting at s[i]: ASCII digits with optional
// thousands separators and one decimal point, or Chinese digits with an
// optional 点 and decimal digits.
func readLiteral(s string, i int) (end int, val float64, digs int, cjk, isRange bool, hi float64, ok bool) {
	r, _ := runes.DecodeFirst(s[i:])
	first := classify(r)
	cjk = first.chinese
	var intPart, frac []float64
	inFrac := false
	j := i
	for j < len(s) {
		r, size := runes.DecodeFirst(s[j:])
		ci := classify(r)
		if ci.kind == kDigit && ci.chinese == cjk {
			if inFrac {
				frac = append(frac, ci.val)
			} else {
				intPart = append(intPart, ci.val)
			}
			j += size
			continue
		}
		if !inFrac && (cjk && ci.kind == kPoint || !cjk && (r == '.' || r == '．')) && j+size < len(s) {
			if nr, _ := runes.DecodeFirst(s[j+size:]); classify(nr).kind == kDigit {
				inFrac = true
				j += size
				continue
			}
		}
		if !cjk && !inFrac && (r == ',' || r == '，') && thousandsGroup(s[j+size:]) {
			j += size
			continue
		}
		break
	}
	if len(intPart) == 0 {
		return 0, 0, 0, false, false, 0, false
	}
	if cjk && len(intPart) == 2 && len(frac) == 0 && intPart[0] != 0 && intPart[1] == intPart[0]+1 {
		return j, intPart[0], 1, true, true, intPart[1], true
	}
	v := 0.0
	for _, d := range intPart {
		v = v*10 + d
	}
	scale := 0.1
	for _, d := range frac {
		v += d * scale
		scale /= 10
	}
	// Round away binary noise from the decimal digits (8.7 → 8.7, not
	// 8.700000000000001). Past 15 of them a float64 holds no more, and 10 to
	// the 309th is infinite: 0.000… would round to NaN.
	if len(frac) > 0 && len(frac) <= 15 {
		p := math.Pow(10, float64(len(frac)))
		v = math.Round(v*p) / p
	}
	return j, v, len(intPart), cjk, false, 0, true
}

// thousandsGroup reports whether s starts with exactly three ASCII digits not
// followed by another digit.
func thousandsGroup(s string) bool {
	if len(s) < 3 {
		return false
	}
	for k := 0; k < 3; k++ {
		if s[k] < '0' || s[k] > '9' {
			return false
		}
	}
	return len(s) == 3 || s[3] < '0' || s[3] > '9'
}

// Modes of evaluating a vague digit (几, 数).
const (
	vagueValue = iota // the stated round figure: 二十几万 → 200000
	vagueLow          // the least it can mean: 二十几万 → 210000
	vagueHigh         // the most: 二十几万 → 290000
)

// evaluate computes the value of a token list and the interval [lo, hi] it
// allows (all equal unless a range or vague digit is present).
func evaluate(toks []token) (v, lo, hi float64, vague bool, ok bool) {
	for _, t := range toks {
		if t.vague {
			vague = true
		}
	}
	rangeAt := -1
	for k, t := range toks {
		if t.digs == -1 {
			rangeAt = k
		}
	}
	if rangeAt >= 0 {
		// Evaluate once with each end of the 三四 pair.
		low := append([]token(nil), toks[:rangeAt]...)
		low = append(low, toks[rangeAt+1:]...)
		high := append([]token(nil), toks[:rangeAt-1]...)
		hiTok := toks[rangeAt]
		hiTok.digs = 1
		high = append(high, hiTok)
		high = append(high, toks[rangeAt+1:]...)
		l, ok1 := positional(low, vagueValue)
		h, ok2 := positional(high, vagueValue)
		return l, l, h, vague, ok1 && ok2
	}
	if vague {
		if !hasUnit(toks) {
			return 0, 0, 0, false, false // 几 alone counts nothing
		}
		v, ok0 := positional(toks, vagueValue)
		l, ok1 := positional(toks, vagueLow)
		h, ok2 := positional(toks, vagueHigh)
		return v, l, h, true, ok0 && ok1 && ok2
	}
	v, ok = positional(toks, vagueValue)
	return v, v, v, false, ok
}

// positional evaluates literals and units: split at the last occurrence of
// the largest unit of at least 万 (left × unit + right), then sum digit ×
// unit within a section. vagueHigh sets vague digits to 9 (else 0).
func positional(toks []token, mode int) (float64, bool) {
	if len(toks) == 0 {
		return 0, true
	}
	big, at := 0.0, -1
	for k, t := range toks {
		if t.unit >= 1e4 && t.unit >= big {
			big, at = t.unit, k
		}
	}
	if at >= 0 {
		left, right := toks[:at], toks[at+1:]
		if len(left) == 0 && !(len(right) == 1 && right[0].digs == 1 && !right[0].vague && !right[0].zero) {
			return 0, false // 万 alone is not a number; 萬九 = 19000 is
		}
		lv := 1.0
		if len(left) == 1 && left[0].vague && mode != vagueHigh {
			lv = 2 // 数万 ≥ 20000 and 几亿 ≥ 200000000, as 数十 ≥ 20
		} else if len(left) > 0 {
			v, ok := positional(left, mode)
			if !ok {
				return 0, false
			}
			lv = v
		}
		if lv != math.Trunc(lv) && len(right) > 0 {
			return 0, false // 10.1万零100: a decimal ends the numeral
		}
		rv, ok := positional(right, mode)
		if !ok {
			return 0, false
		}
		// 一万三 = 13000: a lone digit after a big unit fills the next place down.
		if len(right) == 1 && right[0].unit == 0 && !right[0].zero && right[0].digs == 1 && !right[0].vague {
			rv *= big / 10
		}
		// 两万二零三 = 22003: the same elided place, then 零 and the units
		// (X零Y written as one run of Chinese digits).
		if len(right) == 1 && right[0].cjk && right[0].digs == 3 && !right[0].vague {
			if x, mid, y := math.Floor(rv/100), math.Mod(math.Floor(rv/10), 10), math.Mod(rv, 10); x > 0 && mid == 0 {
				rv = x*big/10 + y
			}
		}
		return lv*big + rv, true
	}
	total, pending, hasPending, lastUnit, zeroSeen := 0.0, 0.0, false, 0.0, false
	for k, t := range toks {
		switch {
		case t.zero:
			zeroSeen = true
		case t.unit > 0:
			if lastUnit > 0 && t.unit >= lastUnit && !hasPending {
				return 0, false // 十百, 百百
			}
			v := 1.0
			switch {
			case hasPending:
				v = pending
			case t.unit == 10 && (k == 0 || zeroSeen || lastUnit > 10):
				// 十五, 一千零十, 一百十一: 十 stands for 一十.
			case k == 0 && len(toks) == 2 && toks[1].digs == 1 && !toks[1].vague && !toks[1].zero:
				// 百二 = 120, 千三 = 1300: a leading unit with an elided digit after it.
			case zeroSeen:
				// 一万零百一十一 = 10111: after 零 a bare unit stands for one
				// of it, as 十 does in 一千零十.
			default:
				return 0, false
			}
			total += v * t.unit
			hasPending, lastUnit, zeroSeen = false, t.unit, false
		default:
			if hasPending {
				return 0, false // two literals in a row
			}
			if t.cjk && t.digs > 1 && !hasZeroDigit(t) && hasUnit(toks) {
				// 一百一二三: a run of Chinese digits without 零 is a digit
				// string, which stands alone; with 零 it is an elision
				// (一百零二, 两万二零一十).
				return 0, false
			}
			pending, hasPending = t.lit, true
			if t.vague {
				pending = vagueDigit(toks, k, mode)
			}
		}
	}
	if hasPending {
		if lastUnit >= 100 && !zeroSeen && toks[len(toks)-1].digs == 1 && !toks[len(toks)-1].vague && toks[len(toks)-2].unit > 0 {
			total += pending * lastUnit / 10 // 三百五 = 350
		} else {
			total += pending
		}
	}
	return total, true
}

// hasZeroDigit reports whether a literal's digits include a zero, leading
// zeros (零二) included.
func hasZeroDigit(t token) bool {
	d := strconv.FormatFloat(t.lit, 'f', -1, 64)
	return len(d) < t.digs || strings.ContainsRune(d, '0')
}

// vagueDigit is the value of a 几/数 digit: 9 at the top of its interval;
// 2 when it multiplies a unit (几十 ≥ 20, 数百 ≥ 200); when it is added after
// one, 1 at the bottom (十几 ≥ 11) and 0 in the stated figure (十几 ≈ 10+).
func vagueDigit(toks []token, k int, mode int) float64 {
	switch {
	case mode == vagueHigh:
		return 9
	case k+1 < len(toks) && toks[k+1].unit > 0:
		return 2
	case mode == vagueLow:
		return 1
	}
	return 0
}
