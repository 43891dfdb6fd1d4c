package number

import (
	"strings"

	"github.com/zhfacts/zhfacts/internal/runes"
)

// The forms below wrap a numeral in a counter or a fraction word. Parse
// accepts them when they make up the whole string it is given (一个 = 1,
// 五打 = 60, 二份一 = 1/2), because then nothing else can own the word. Find
// does not reach into them in running text: 一个项目, 一对夫妇, 五打鸡蛋 yield
// the numeral alone, and the quantity stage reads the counter after it
// (一个 → 1, unit 个). The one exception is 一半 (half), which counts nothing
// and which Find reads whole.

// wrapper is a way of writing a numeral with a word around it, with the
// examples that show it (checked by TestWrapperExamples).
type wrapper struct {
	name     string
	parse    func(s string) (Number, bool)
	examples []wrapperExample
}

// wrapperExample is an input and its value; ok false means Parse must refuse
// the input.
type wrapperExample struct {
	in    string
	value float64
	ok    bool
}

// wrappers are tried in order when the plain numeral grammar fails. They are
// set in init because their parsers call Parse, which reads the table.
var wrappers []wrapper

func init() {
	wrappers = []wrapper{
		{
			name:  "numeral+个",
			parse: counted,
			examples: []wrapperExample{
				{"一个", 1, true}, {"1个", 1, true}, {"二個", 2, true}, {"零个", 0, true}, {"0个", 0, true},
				{"半个", 0.5, true}, {"三个半", 3.5, true}, {"一個半", 1.5, true},
				{"个", 0, false}, {"半个半", 0, false}, {"三四个半", 0, false},
			},
		},
		{
			name:  "numeral+pair|dozen",
			parse: multiplied,
			examples: []wrapperExample{
				{"一對", 2, true}, {"一双", 2, true}, {"五雙", 10, true}, {"五打", 60, true},
				{"十打", 120, true}, {"五十打", 600, true}, {"打", 0, false}, {"第三打", 0, false},
			},
		},
		{
			name:  "one half",
			parse: oneHalf,
			examples: []wrapperExample{
				{"一半", 0.5, true}, {"1半", 0.5, true}, {"两半", 0, false}, {"一半半", 0, false},
			},
		},
		{
			name:  "N份M|N份之M|N分M fraction",
			parse: partFraction,
			examples: []wrapperExample{
				{"二份一", 0.5, true}, {"十份十一", 1.1, true}, {"三份之一", 1.0 / 3, true},
				{"十分一", 0.1, true}, {"一又十分一", 1.1, true}, {"三分一", 1.0 / 3, true},
				{"十分", 0, false}, {"一份一", 0, false}, {"零份一", 0, false},
			},
		},
		{
			name:  "cheque amount",
			parse: cheque,
			examples: []wrapperExample{
				{"壹拾壹元整", 11, true}, {"壹佰壹拾壹圆正", 111, true}, {"壹拾壹元壹角壹分", 11.11, true},
				{"玖仟陆佰陆拾伍圆壹角捌分", 9665.18, true}, {"贰仟肆佰贰拾壹元零贰分", 2421.02, true},
				{"十一元", 0, false}, {"元整", 0, false}, {"壹拾壹元壹", 0, false},
			},
		},
	}
}

// parseWrapped tries the wrappers on s. Their patterns share no suffix with
// a plain numeral, so at most one applies.
func parseWrapped(s string) (Number, bool) {
	for _, w := range wrappers {
		if n, ok := w.parse(s); ok {
			return n, true
		}
	}
	return Number{}, false
}

func exact(v float64, chinese, fraction bool) Number {
	return Number{Value: v, Min: v, Max: v, Qualifier: Exact, Chinese: chinese, Fraction: fraction}
}

// cutSuffix cuts the first of suffixes that s ends with, leaving something.
func cutSuffix(s string, suffixes ...string) (string, bool) {
	for _, x := range suffixes {
		if rest, ok := strings.CutSuffix(s, x); ok && rest != "" {
			return rest, true
		}
	}
	return s, false
}

// counted reads a numeral with the general classifier 个/個 (一个 = 1, 半个 =
// 0.5) and with 个半 (three and a half: 三个半 = 3.5).
func counted(s string) (Number, bool) {
	if inner, ok := cutSuffix(s, "个半", "個半"); ok {
		n, ok := Parse(inner)
		if !ok || n.Qualifier != Exact || n.Fraction || n.Value < 0 || n.Value != float64(int64(n.Value)) {
			return Number{}, false
		}
		return exact(n.Value+0.5, n.Chinese, false), true
	}
	if inner, ok := cutSuffix(s, "个", "個"); ok {
		if strings.HasSuffix(inner, "半") && inner != "半" {
			return Number{}, false // 半个半 and 一半个 are no numerals
		}
		return Parse(inner)
	}
	return Number{}, false
}

// multipliers are the counters that stand for a fixed count: a pair is 2 (一对
// = 2, 五双 = 10), a dozen 12 (五打 = 60).
var multipliers = []struct {
	word   string
	factor float64
}{{"对", 2}, {"對", 2}, {"双", 2}, {"雙", 2}, {"打", 12}}

// multiplied reads a whole number of pairs or dozens.
func multiplied(s string) (Number, bool) {
	for _, m := range multipliers {
		inner, ok := cutSuffix(s, m.word)
		if !ok {
			continue
		}
		n, ok := Parse(inner)
		if !ok || n.Fraction || n.Ordinal || n.Value < 0 {
			return Number{}, false
		}
		n.Value, n.Min, n.Max = n.Value*m.factor, n.Min*m.factor, n.Max*m.factor
		return n, true
	}
	return Number{}, false
}

// oneHalf reads 一半 (half of something), also written 1半.
func oneHalf(s string) (Number, bool) {
	switch s {
	case "一半", "1半", "１半":
		return exact(0.5, s == "一半", true), true
	}
	return Number{}, false
}

// partFraction reads the fractions of Cantonese and colloquial usage, N份M,
// N份之M and N分M (二份一 = 1/2, 三分一 = 1/3), with a denominator above 1.
// The written form X分之Y is read by Parse itself.
func partFraction(s string) (Number, bool) {
	var den, num string
	switch {
	case strings.Contains(s, "份之"):
		den, num, _ = strings.Cut(s, "份之")
	case strings.Contains(s, "份"):
		den, num, _ = strings.Cut(s, "份")
	case strings.Contains(s, "分") && !strings.Contains(s, "分之"):
		den, num, _ = strings.Cut(s, "分")
	default:
		return Number{}, false
	}
	d, ok1 := Parse(den)
	m, ok2 := Parse(num)
	if !ok1 || !ok2 || d.Qualifier != Exact || m.Qualifier != Exact || d.Fraction || m.Fraction || d.Value < 2 || m.Value <= 0 {
		return Number{}, false
	}
	return exact(m.Value/d.Value, d.Chinese && m.Chinese, true), true
}

// capitals are the financial capital digits and units (大写数字), which cheques
// and contracts use so that no stroke can be added.
const capitals = "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟"

// cheque reads an amount written out in financial capitals as on a cheque:
// numeral 元|圆, then optionally 角 and 分 digits, then optionally 整|正
// (壹拾壹元整 = 11, 玖仟陆佰陆拾伍圆壹角捌分 = 9665.18). The value is in yuan.
// Only capitals make this form: 十一元 in running text is money, which the
// money stage reads.
func cheque(s string) (Number, bool) {
	s, _ = cutSuffix(s, "整", "正")
	whole, rest, ok := strings.Cut(s, "元")
	if !ok {
		whole, rest, ok = strings.Cut(s, "圆")
	}
	if !ok || !strings.ContainsAny(whole, capitals) {
		return Number{}, false
	}
	w, ok := Parse(whole)
	if !ok || w.Qualifier != Exact || w.Fraction || w.Ordinal || w.Value < 0 {
		return Number{}, false
	}
	v := w.Value
	for _, part := range []struct {
		unit  string
		worth float64
	}{{"角", 0.1}, {"分", 0.01}} {
		rest = strings.TrimPrefix(rest, "零")
		r, size := runes.DecodeFirst(rest)
		if size == 0 {
			break
		}
		ci := classify(r)
		if ci.kind != kDigit || !strings.HasPrefix(rest[size:], part.unit) {
			continue
		}
		v += ci.val * part.worth
		rest = rest[size+len(part.unit):]
	}
	if rest != "" {
		return Number{}, false
	}
	return exact(Round(v), true, false), true
}
