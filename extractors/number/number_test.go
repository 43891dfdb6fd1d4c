package number

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

func near(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b)) }

// The examples beside the parser: every form named in the package comment.
var parseExamples = []struct {
	in            string
	value         float64
	min, max      float64 // 0, 0 = same as value
	qualifier     string
	ordinal, frac bool
}{
	{"8.7", 8.7, 0, 0, Exact, false, false},
	{"47.264287", 47.264287, 0, 0, Exact, false, false},
	{"1,234,567", 1234567, 0, 0, Exact, false, false},
	{"1，234", 1234, 0, 0, Exact, false, false},
	{"１２３", 123, 0, 0, Exact, false, false},
	{"负10000", -10000, 0, 0, Exact, false, false},
	{"-3.5", -3.5, 0, 0, Exact, false, false},
	{"3.5万", 35000, 0, 0, Exact, false, false},
	{"1.2万亿", 1.2e12, 0, 0, Exact, false, false},
	{"2千万", 2e7, 0, 0, Exact, false, false},
	{"100000万", 1e9, 0, 0, Exact, false, false},
	{"5万4千6百", 54600, 0, 0, Exact, false, false},
	{"8.7亿", 8.7e8, 0, 0, Exact, false, false},
	{"十", 10, 0, 0, Exact, false, false},
	{"十五", 15, 0, 0, Exact, false, false},
	{"一百零五", 105, 0, 0, Exact, false, false},
	{"三百五", 350, 0, 0, Exact, false, false},
	{"一万三", 13000, 0, 0, Exact, false, false},
	{"一千零十", 1010, 0, 0, Exact, false, false},
	{"五亿零六", 500000006, 0, 0, Exact, false, false},
	{"两千四百五", 2450, 0, 0, Exact, false, false},
	{"一万亿", 1e12, 0, 0, Exact, false, false},
	{"一亿亿", 1e16, 0, 0, Exact, false, false},
	{"五兆六十二億四萬五千二", 5006200045200, 0, 0, Exact, false, false},
	{"壹佰壹拾壹", 111, 0, 0, Exact, false, false},
	{"貳拾", 20, 0, 0, Exact, false, false},
	{"廿二", 22, 0, 0, Exact, false, false},
	{"卅", 30, 0, 0, Exact, false, false},
	{"二〇一八", 2018, 0, 0, Exact, false, false},
	{"三点五", 3.5, 0, 0, Exact, false, false},
	{"两千三点一", 2300.1, 0, 0, Exact, false, false},
	{"三点五万", 35000, 0, 0, Exact, false, false},
	{"百二", 120, 0, 0, Exact, false, false},
	{"半百", 50, 0, 0, Exact, false, false},
	{"三分之一", 1.0 / 3, 0, 0, Exact, false, true},
	{"百分之三十", 0.3, 0, 0, Exact, false, true},
	{"千分之三", 0.003, 0, 0, Exact, false, true},
	{"三又三分之一", 10.0 / 3, 0, 0, Exact, false, true},
	{"五成", 0.5, 0, 0, Exact, false, true},
	{"三成五", 0.35, 0, 0, Exact, false, true},
	{"三四十", 30, 30, 40, Range, false, false},
	{"三四十万", 300000, 300000, 400000, Range, false, false},
	// The two digits of a range may stand apart (三、四十人).
	{"三、四十", 30, 30, 40, Range, false, false},
	{"五、六百万", 5e6, 5e6, 6e6, Range, false, false},
	{"两、三百", 200, 200, 300, Range, false, false}, // 两 is 二
	// So may a digit alone and the one before it, or tens and a digit (六、七个人, 十四、五块钱).
	{"六、七", 6, 6, 7, Range, false, false},
	{"十四、五", 14, 14, 15, Range, false, false},
	{"二十三、四", 23, 23, 24, Range, false, false},
	{"七八", 7, 7, 8, Range, false, false},
	{"一两", 1, 1, 2, Range, false, false},
	{"十三四", 13, 13, 14, Range, false, false},
	{"十几", 10, 11, 19, Approx, false, false},
	// Tens in digits before 几 are read as in Chinese numerals.
	{"20几", 20, 21, 29, Approx, false, false},
	{"10几万", 100000, 110000, 190000, Approx, false, false},
	{"几十", 20, 20, 90, Approx, false, false},
	{"数百", 200, 200, 900, Approx, false, false},
	{"二十几万", 200000, 210000, 290000, Approx, false, false},
	// A lone 几/数 before 万 or 亿 multiplies it, as before 十 or 百.
	{"数万", 20000, 20000, 90000, Approx, false, false},
	{"几亿", 2e8, 2e8, 9e8, Approx, false, false},
	{"数万亿", 2e12, 2e12, 9e12, Approx, false, false},
	{"上千", 1000, 0, 0, Approx, false, false},
	{"十余万", 100000, 0, 0, Min, false, false},
	{"一千多万", 1e7, 0, 0, Min, false, false},
	{"500余", 500, 0, 0, Min, false, false},
	{"第三", 3, 0, 0, Exact, true, false},
	{"第12", 12, 0, 0, Exact, true, false},
	{"一万零百一十一", 10111, 0, 0, Exact, false, false},
	{"两万二零三", 22003, 0, 0, Exact, false, false},
	{"两万二零一十", 22010, 0, 0, Exact, false, false},
	{"第一个", 1, 0, 0, Exact, true, false},
}

func TestParseExamples(t *testing.T) {
	for _, ex := range parseExamples {
		got, ok := Parse(ex.in)
		if !ok {
			t.Errorf("Parse(%q) failed", ex.in)
			continue
		}
		lo, hi := ex.min, ex.max
		if lo == 0 && hi == 0 {
			lo, hi = ex.value, ex.value
		}
		if !near(got.Value, ex.value) || !near(got.Min, lo) || !near(got.Max, hi) || got.Qualifier != ex.qualifier || got.Ordinal != ex.ordinal || got.Fraction != ex.frac {
			t.Errorf("Parse(%q) = %+v; want value %v [%v, %v] %s ordinal=%v fraction=%v", ex.in, got, ex.value, lo, hi, ex.qualifier, ex.ordinal, ex.frac)
		}
	}
}

// TestWrapperExamples walks the examples of every form in forms.go.
// TestParseDigits checks the shortcut for digits against the grammar it
// skips, on every one-character string of the plane and on runs of digits.
func TestParseDigits(t *testing.T) {
	ins := []string{"", "0", "7", "007", "2023", "1234567890123456789012345", "12a", "1.5", "一二"}
	for r := rune(0); r < 1<<16; r++ {
		ins = append(ins, string(r))
	}
	for _, s := range ins {
		n, ok := parseDigits(s)
		if !ok {
			continue
		}
		if want, wantOK := parsePlain(s); !wantOK || n != want {
			t.Errorf("parseDigits(%q) = %+v, parsePlain gives %+v, %v", s, n, want, wantOK)
		}
	}
}

func TestWrapperExamples(t *testing.T) {
	for _, w := range wrappers {
		for _, ex := range w.examples {
			got, ok := Parse(ex.in)
			if ok != ex.ok || ok && (!near(got.Value, ex.value) || got.Min > got.Max) {
				t.Errorf("%s: Parse(%q) = %+v, %v; want %v, %v", w.name, ex.in, got, ok, ex.value, ex.ok)
			}
		}
	}
}

func TestParseRejects(t *testing.T) {
	for _, in := range []string{"", "二、三", "三、五十", "一、二十", "三、、四十", "、四十", "三、", "3、40", "第三、四十", "万", "亿", "百", "千万", "十百", "百百", "元", "多", "几", "点五", "3..5", "分之一", "abc", "一a", "一百一二三", "10.1万零100", "负", "零点点", "一半半"} {
		if got, ok := Parse(in); ok {
			t.Errorf("Parse(%q) = %+v, want failure", in, got)
		}
	}
}

func TestFind(t *testing.T) {
	tests := []struct {
		text string
		want []string // matched texts
		vals []float64
	}{
		{"规模8.7亿元人民币", []string{"8.7亿"}, []float64{8.7e8}},
		{"总投资1520.5万元3.1项目概况", []string{"1520.5万", "3.1"}, []float64{15205000, 3.1}},
		{"累计引进企业825家,其中109家", []string{"825", "109"}, []float64{825, 109}},
		{"投资3至5万元", []string{"3至5万"}, []float64{30000}},
		{"10万至20万元", []string{"10万至20万"}, []float64{100000}},
		{"2023-06-04", []string{"2023", "06", "04"}, []float64{2023, 6, 4}},
		{"拨打138-1234-5678或010-12345678", []string{"138", "1234", "5678", "010", "12345678"}, []float64{138, 1234, 5678, 10, 12345678}},
		{"价格400-800元,气温-5度", []string{"400-800", "-5"}, []float64{400, -5}},
		{"装机容量300兆瓦", []string{"300"}, []float64{300}},
		{"第三季度", []string{"第三"}, []float64{3}},
		{"约1,234,567人", []string{"1,234,567"}, []float64{1234567}},
		{"分别为12，34", []string{"12", "34"}, []float64{12, 34}},
		{"500余亩", []string{"500余"}, []float64{500}},
		{"十余万人", []string{"十余万"}, []float64{100000}},
		{"二〇一八年七月四日", []string{"二〇一八", "七", "四"}, []float64{2018, 7, 4}},
		{"三分之一的人", []string{"三分之一"}, []float64{1.0 / 3}},
		{"上千名", []string{"上千"}, []float64{1000}},
		{"有三、四十人,约五、六百万元", []string{"三、四十", "五、六百万"}, []float64{30, 5e6}},
		{"有两、三百人参加", []string{"两、三百"}, []float64{200}},
		// 、 between list items and headings stays a separator.
		{"第一、二、三条", []string{"第一", "二", "三"}, []float64{1, 2, 3}},
		{"分别是3、4个", []string{"3", "4"}, []float64{3, 4}},
		{"有三、五十人", []string{"三", "五十"}, []float64{3, 50}},
		{"三、四个", []string{"三", "四"}, []float64{3, 4}},
		{"只有20几名医生", []string{"20几"}, []float64{20}},
		{"零下10几度", []string{"零", "10几"}, []float64{0, 10}},
		{"只有六、七个人", []string{"六、七"}, []float64{6}},
		{"花十四、五块钱", []string{"十四、五"}, []float64{14}},
		{"有两、三个", []string{"两、三"}, []float64{2}},
		{"二、三级医院", []string{"二", "三"}, []float64{2, 3}},
		{"排在第二、三、四位", []string{"第二", "三", "四"}, []float64{2, 3, 4}},
		{"有三、四、五个", []string{"三", "四", "五"}, []float64{3, 4, 5}},
		{"\n三、四十年来", []string{"三", "四十"}, []float64{3, 40}},
		{"一、二十大精神", []string{"一", "二十"}, []float64{1, 20}},
		// A doubled dash joins a range of digits; between Chinese numerals it
		// is a sentence's dash, and a dash after one is no minus sign.
		{"职位6——6.5万个", []string{"6——6.5万"}, []float64{60000}},
		{"增长2--3倍", []string{"2--3"}, []float64{2}},
		{"工程之一——三坝水库", []string{"一", "三"}, []float64{1, 3}},
		{"嫌疑人之一--22岁的", []string{"一", "22"}, []float64{1, 22}},
		{"份额接近70%-80%。", []string{"70", "80"}, []float64{70, 80}},
		{"没有数字", nil, nil},
		// Counters stay outside the numeral in running text (forms.go).
		{"一个项目,一对夫妇,五打鸡蛋", []string{"一", "一", "五"}, []float64{1, 1, 5}},
		{"三个半小时,二份一", []string{"三", "二", "一"}, []float64{3, 2, 1}},
		{"一半以上的企业", []string{"一半"}, []float64{0.5}},
	}
	for _, tt := range tests {
		got := Find(tt.text)
		if len(got) != len(tt.want) {
			t.Errorf("Find(%q) = %v, want %v", tt.text, texts(got), tt.want)
			continue
		}
		for k, m := range got {
			if m.Text != tt.want[k] || !near(m.Value, tt.vals[k]) || tt.text[m.Start:m.End] != m.Text {
				t.Errorf("Find(%q)[%d] = %q %v, want %q %v", tt.text, k, m.Text, m.Value, tt.want[k], tt.vals[k])
			}
		}
	}
}

func texts(ms []Match) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Text)
	}
	return out
}

func FuzzParse(f *testing.F) {
	for _, ex := range parseExamples {
		f.Add(ex.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, ok := Parse(s)
		if ok && (math.IsNaN(n.Value) || n.Min > n.Max) {
			t.Errorf("Parse(%q) = %+v: bad interval", s, n)
		}
	})
}

func FuzzFind(f *testing.F) {
	f.Add("规模8.7亿元人民币,10万至20万元,二〇一八年,三四十人,第三")
	f.Add("有三、四十人,一、二、三,五、六百万元,七、八月")
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, m := range Find(s) {
			if m.Start < last || m.End <= m.Start || m.End > len(s) || s[m.Start:m.End] != m.Text {
				t.Fatalf("Find(%q): bad match %+v after %d", s, m, last)
			}
			last = m.End
		}
	})
}

// TestFindCache checks that a repeated text gets the results of a fresh
// scan, as the slice shared with the first call, which an append does not
// change.
func TestFindCache(t *testing.T) {
	text := "规模8.7亿元人民币,10万至20万元"
	first := Find(text)
	if cap(first) != len(first) {
		t.Errorf("Find(%q) has capacity %d for %d matches", text, cap(first), len(first))
	}
	_ = append(first, Match{Text: "x"})
	got, want := Find(text), find(text)
	if !slices.Equal(texts(got), texts(want)) || got[0].Value != want[0].Value {
		t.Errorf("Find(%q) again = %+v, want %+v", text, got, want)
	}
	if &got[0] != &first[0] {
		t.Errorf("Find(%q) again scanned the text again", text)
	}
}

// TestFindCacheBounds checks that the cache keeps the newest texts within
// its bounds on entries and on bytes, and forgets the oldest first.
func TestFindCacheBounds(t *testing.T) {
	c := findCache{maxEntries: 3, maxBytes: 10}
	has := func(texts ...string) []bool {
		var out []bool
		for _, x := range texts {
			_, ok := c.get(x)
			out = append(out, ok)
		}
		return out
	}
	for _, x := range []string{"a1", "b2", "c3", "d4"} {
		c.put(x, find(x))
	}
	if got, want := has("a1", "b2", "c3", "d4"), []bool{false, true, true, true}; !slices.Equal(got, want) {
		t.Errorf("after four puts into three entries: %v, want %v", got, want)
	}
	c.put("eeeeeeee5", nil) // 9 bytes: only it fits
	if got, want := has("c3", "d4", "eeeeeeee5"), []bool{false, false, true}; !slices.Equal(got, want) {
		t.Errorf("after a large put: %v, want %v", got, want)
	}
	c.put("ffffffffffff6", nil) // over the byte bound: not kept
	if got, want := has("eeeeeeee5", "ffffffffffff6"), []bool{true, false}; !slices.Equal(got, want) {
		t.Errorf("after an oversize put: %v, want %v", got, want)
	}
	if c.count != 1 || c.bytes != 9 || len(c.index) != 1 {
		t.Errorf("count %d, bytes %d, index %d", c.count, c.bytes, len(c.index))
	}
}

// BenchmarkFind measures the scan itself: Find's cache would answer every
// call after the first.
func BenchmarkFind(b *testing.B) {
	text := "据园区相关负责人介绍,截至2023年底,中韩园已累计引进企业825家,其中韩资或中韩合资企业109家。园区还设立中韩创新创业产业基金,规模8.7亿元人民币,支持经费近300万元,建成猕猴桃核心科研基地500余亩,科技成果转化示范基地2000亩。"
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		find(text)
	}
}

func TestFindPercentFractions(t *testing.T) {
	for _, tt := range []struct {
		text, want string
		value      float64
	}{
		{"占百分之三十的", "百分之三十", 0.3},
		{"千分之三", "千分之三", 0.003},
		{"百分之十五", "百分之十五", 0.15},
		{"百分比", "", 0},
	} {
		got := Find(tt.text)
		if tt.want == "" {
			if len(got) != 0 {
				t.Errorf("Find(%q) = %v, want nothing", tt.text, texts(got))
			}
			continue
		}
		if len(got) != 1 || got[0].Text != tt.want || !near(got[0].Value, tt.value) || !got[0].Fraction {
			t.Errorf("Find(%q) = %+v, want %q = %v", tt.text, got, tt.want, tt.value)
		}
	}
}

func TestCanonical(t *testing.T) {
	for _, tt := range []struct {
		v, lo, hi float64
		q, unit   string
		want      string
	}{
		{870000000, 870000000, 870000000, Exact, "CNY", "870000000 CNY"},
		{3000000, 0, 3000000, Max, "CNY", "<3000000 CNY"},
		{500, 500, 500, Min, "mu", ">500 mu"},
		{30, 30, 40, Range, "", "30..40"},
		{45 + 0.6 + 0.08, 0, 0, Exact, "", "45.68"},
		{1e3, 0, 0, Approx, "%", "~1000 %"},
	} {
		if got := Canonical(tt.v, tt.lo, tt.hi, tt.q, tt.unit); got != tt.want {
			t.Errorf("Canonical(%v, %v, %v, %s, %s) = %q, want %q", tt.v, tt.lo, tt.hi, tt.q, tt.unit, got, tt.want)
		}
	}
}

// TestFormat checks Format's shortcut for whole numbers against
// strconv.FormatFloat, which it stands for.
func TestFormat(t *testing.T) {
	for _, v := range []float64{0, math.Copysign(0, -1), 1, -1, 7, 870000000, -3000000, 1e12, 123456789012, 1e15, 1<<53 - 1, 1 << 53, 1e20, -1e20, 0.3, 45.68, 1.5e-7, math.Inf(1), math.NaN()} {
		if got, want := Format(v), strconv.FormatFloat(Round(v), 'f', -1, 64); got != want {
			t.Errorf("Format(%v) = %q, want %q", v, got, want)
		}
	}
}

// TestRoundWhole checks the shortcut for whole numbers against the scaling
// it skips.
func TestRoundWhole(t *testing.T) {
	scaled := func(v float64) float64 {
		p := math.Pow(10, 12-math.Ceil(math.Log10(math.Abs(v))))
		return math.Round(v*p) / p
	}
	var vs []float64
	for p := 1.0; p < 1e12; p *= 10 {
		vs = append(vs, p, p-1, p+1, 3*p, 7*p-1, 999999999999/p)
	}
	for i := 1; i < 100000; i++ {
		vs = append(vs, float64(i), float64(i*87654321%999999999999))
	}
	for _, v := range vs {
		v = math.Trunc(v)
		for _, v := range []float64{v, -v} {
			if v != 0 && Round(v) != scaled(v) {
				t.Errorf("Round(%v) = %v, want %v", v, Round(v), scaled(v))
			}
		}
	}
}

func TestTally(t *testing.T) {
	var tl Tally
	tl.Add("time", "b.tsv", true)
	tl.Add("duration", "z.tsv", false)
	tl.Add("time", "a.tsv", false)
	tl.Add("time", "b.tsv", false)
	got := tl.Sources()
	want := []SourceScore{{"duration", "z.tsv", 1, 0}, {"time", "a.tsv", 1, 0}, {"time", "b.tsv", 2, 1}}
	if !slices.Equal(got, want) {
		t.Errorf("Sources() = %v, want %v", got, want)
	}
	if !Near(0.1+0.2, 0.3) || Near(1e6+1, 1e6) || !Near(1e12+1e-4, 1e12) {
		t.Error("Near does not allow exactly a relative 1e-9")
	}
}

// nextStartSlow is nextStart decoding each character as a range loop does.
func nextStartSlow(text string, i int) int {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if mayStart(r) {
			return i
		}
		i += size
	}
	return i
}

// TestNextStart checks nextStart against nextStartSlow for every character
// of the Basic Multilingual Plane and for broken and overlong sequences.
func TestNextStart(t *testing.T) {
	texts := []string{"", "\xe0\x80\x80一", "\xe0\xa0\x80", "\xed\xa0\x80五", "\xe4\xb8", "\xe4一", "a\xffb3", "\xe4\xb8\x80",
		// Long enough that nextStart reads the broken sequences four bytes
		// at a time: an overlong 0 (E0 80 B0) begins no numeral.
		"\xe0\x80\xb0甲乙", "甲\xe0\x80\xb0乙", "\xed\xa0\x80甲乙五", "甲\xe4\xb8甲乙", "甲\xe4一乙", "甲乙\xb8\x80三"}
	for r := rune(0); r < 1<<16; r++ {
		texts = append(texts, "甲"+string(r)+"乙")
	}
	for _, text := range texts {
		if got, want := nextStart(text, 0), nextStartSlow(text, 0); got != want {
			t.Errorf("nextStart(%q) = %d, want %d", text, got, want)
		}
	}
}

func FuzzNextStart(f *testing.F) {
	f.Add("规模8.7亿元\xe0\x80\x80人民币,第三")
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i <= len(s); i++ {
			if got, want := nextStart(s, i), nextStartSlow(s, i); got != want {
				t.Fatalf("nextStart(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	})
}

// TestHasSpace compares hasSpace with strings.ContainsAny, on invalid UTF-8
// too.
func TestHasSpace(t *testing.T) {
	for _, s := range []string{"", "12", "1 2", "1\t2", "一\u3000二", "1\u00a02", "三〇", "\xe3", "\xe3\x80", "\xe3\xe3\x80\x80", "\xf0\xc2\xa0", "\xc2", "亿元", "\u3001", "\u00a9"} {
		if got, want := hasSpace(s), strings.ContainsAny(s, " \u3000\t\u00a0"); got != want {
			t.Errorf("hasSpace(%q) = %v, want %v", s, got, want)
		}
	}
}
