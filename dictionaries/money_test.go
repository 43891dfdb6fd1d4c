package dictionaries

import (
	"strings"
	"testing"
)

func TestCurrencies(t *testing.T) {
	cs, err := LoadCurrencies()
	if err != nil {
		t.Fatal(err)
	}
	if cs.Codes() < 30 {
		t.Errorf("%d currencies, want at least 30", cs.Codes())
	}
	for form, code := range map[string]string{"元": "CNY", "人民币": "CNY", "美元": "USD", "美金": "USD", "欧元": "EUR", "英镑": "GBP", "日元": "JPY", "港币": "HKD", "澳门元": "MOP", "新台币": "TWD", "韩元": "KRW", "卢布": "RUB", "泰铢": "THB", "澳元": "AUD", "加元": "CAD", "新加坡元": "SGD", "瑞士法郎": "CHF", "印度卢比": "INR", "越南盾": "VND", "林吉特": "MYR", "里拉": "TRY", "迪拉姆": "AED", "兰特": "ZAR"} {
		if c, ok := cs.Suffixes.Get(form); !ok || c.Code != code {
			t.Errorf("suffix %s = %+v, want %s", form, c, code)
		}
	}
	for form, code := range map[string]string{"¥": "CNY", "￥": "CNY", "US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "人民币": "CNY", "RMB": "CNY"} {
		if c, ok := cs.Prefixes.Get(form); !ok || c.Code != code {
			t.Errorf("prefix %s = %+v, want %s", form, c, code)
		}
	}
}

// TestSharedCurrencies: a bare 比索 is the peso of the country named, and
// every code it names is a currency of currencies.tsv.
func TestSharedCurrencies(t *testing.T) {
	sh, err := LoadSharedCurrencies()
	if err != nil {
		t.Fatal(err)
	}
	cs, err := LoadCurrencies()
	if err != nil {
		t.Fatal(err)
	}
	codes, ok := sh.Get("比索")
	if !ok || codes["PH"] != "PHP" || codes["AR"] != "ARS" {
		t.Errorf("比索 = %v, want PHP in PH and ARS in AR", codes)
	}
	for _, form := range sh.Forms() {
		codes, _ := sh.Get(form)
		for country, code := range codes {
			if !cs.codes[code] {
				t.Errorf("%s in %s: %s is not in currencies.tsv", form, country, code)
			}
		}
	}
}

func TestParseCurrenciesRejects(t *testing.T) {
	for _, row := range []string{"cny\t元\tsuffix\t1\tyes", "CNY\t元\tmiddle\t1\tyes", "CNY\t元\tsuffix\t2\tyes", "CNY\t元\tsuffix\t1\tmaybe", "CNY\t角\tprefix\t0.1\tyes"} {
		tab, err := ParseTSV("t.tsv", "code\tform\tposition\tfactor\tgeneric\n"+row+"\n")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := ParseCurrencies(tab); err == nil || !strings.Contains(err.Error(), "t.tsv:2") {
			t.Errorf("ParseCurrencies(%q) error = %v, want one naming t.tsv:2", row, err)
		}
	}
}

func TestQuantityTables(t *testing.T) {
	q, err := LoadQualifiers()
	if err != nil {
		t.Fatal(err)
	}
	for form, want := range map[string]string{"约": "approx", "近": "max", "逾": "min", "超过": "min", "不到": "max", "至少": "min"} {
		if got, ok := q.Before.Get(form); !ok || got != want {
			t.Errorf("qualifier before %s = %q, want %q", form, got, want)
		}
	}
	for text, want := range map[string]string{"约": "约", "大约": "大约", "节约": "", "比最近": ""} {
		if form, _, _ := q.BeforeNumber(text); form != want {
			t.Errorf("BeforeNumber(%s) = %q, want %q", text, form, want)
		}
	}
	// 突破 before 一 alone is a verb (突破一批关键技术); 至少一名 stays at least.
	for text, want := range map[string]string{"为了突破": "", "至少": "至少", "近": "近"} {
		if form, _, _ := q.BeforeOne(text); form != want {
			t.Errorf("BeforeOne(%s) = %q, want %q", text, form, want)
		}
	}
	// Before a signed zero 接近 is near it on either side; 不足 stays below.
	for text, want := range map[string]string{"已经接近": "approx", "逼近": "approx", "不足": "max"} {
		if _, got, _ := q.BeforeZero(text); got != want {
			t.Errorf("BeforeZero(%s) = %q, want %q", text, got, want)
		}
	}
	// 过 qualifies a unit alone (过亿元), not digits (吃过3次).
	if form, _, _ := q.BeforeNumber("早已过"); form != "" {
		t.Errorf("BeforeNumber(早已过) = %q, want none", form)
	}
	for text, want := range map[string]string{"早已过": "min", "收入不过": "max", "约": "approx"} {
		if _, got, _ := q.BeforeUnit(text); got != want {
			t.Errorf("BeforeUnit(%s) = %q, want %q", text, got, want)
		}
	}
	for form, want := range map[string]string{"左右": "approx", "以上": "min", "以下": "max", "上下": "approx"} {
		if got, ok := q.After.Get(form); !ok || got != want {
			t.Errorf("qualifier after %s = %q, want %q", form, got, want)
		}
	}
	units, err := LoadUnits()
	if err != nil {
		t.Fatal(err)
	}
	for form, want := range map[string]string{"公里": "km", "千米": "km", "米": "m", "亩": "mu", "公顷": "ha", "平方米": "m2", "平方公里": "km2", "吨": "t", "千克": "kg", "公斤": "kg", "兆瓦": "MW"} {
		if u, ok := units.Get(form); !ok || u.Unit != want {
			t.Errorf("unit %s = %+v, want %s", form, u, want)
		}
	}
	dims := map[string]bool{}
	for _, f := range units.Forms() {
		u, _ := units.Get(f)
		dims[u.Dimension] = true
	}
	changes, err := LoadMeasureChanges()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range changes.Forms() {
		if c, _ := changes.Get(w); !dims[c.Dimension] {
			t.Errorf("measure_changes.tsv: %s: dimension %q is none of units.tsv", w, c.Dimension)
		}
	}
	// 达到 ends like the level 到 and is none.
	for text, want := range map[string]string{"气温骤降": ChangeWord, "局部降温": ChangeNoun, "降温幅度达到": ChangeLink, "回升到": ChangeLevel, "最低": ChangeLink} {
		if _, c, _ := changes.Suffix(text); c.Kind != want {
			t.Errorf("measure_changes.tsv: %s ends in kind %q, want %q", text, c.Kind, want)
		}
	}
	counters, err := LoadCounters()
	if err != nil {
		t.Fatal(err)
	}
	times, err := LoadTimeSuffixes()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range counters.Forms() {
		if _, isTime := times.Get(c); isTime {
			t.Errorf("counter %s is also a time word", c)
		}
		if _, isUnit := units.Get(c); isUnit {
			t.Errorf("counter %s is also a unit", c)
		}
	}
	for _, c := range []string{"家", "项", "个", "人", "名", "人次", "台", "辆", "架", "艘", "所", "座", "套", "件", "场", "批"} {
		if _, ok := counters.Get(c); !ok {
			t.Errorf("counter %s missing", c)
		}
	}
	kinds, err := LoadCounterNouns()
	if err != nil {
		t.Fatal(err)
	}
	for c := range kinds.counters {
		if _, ok := counters.Get(c); !ok {
			t.Errorf("counter_nouns.tsv: %s is no counter of counters.tsv", c)
		}
	}
	for _, c := range []struct {
		counter, noun string
		want          bool
	}{{"台", "盾构机", true}, {"台", "订单", false}, {"起", "枪击案", true}, {"起", "数量", false}, {"个", "国家", false}} {
		if got := kinds.Counts(c.counter, c.noun); got != c.want {
			t.Errorf("Counts(%s, %s) = %v, want %v", c.counter, c.noun, got, c.want)
		}
	}
	if !kinds.Listed("艘") || kinds.Listed("个") || !kinds.Head("遗产") || kinds.Head("企业") {
		t.Error("counter_nouns.tsv: Listed or Head wrong")
	}
	if _, err := LoadMoneyContext(); err != nil {
		t.Error(err)
	}
	if _, err := LoadNumeralStopwords(); err != nil {
		t.Error(err)
	}
}

func TestLexicon(t *testing.T) {
	l := NewLexicon[int]()
	l.Add("元", 1)
	l.Add("元人民币", 2)
	l.Add("$", 3)
	if f, v, ok := l.Prefix("元人民币,"); !ok || f != "元人民币" || v != 2 {
		t.Errorf("Prefix = %q %d %v", f, v, ok)
	}
	if f, v, ok := l.Suffix("US$"); !ok || f != "$" || v != 3 {
		t.Errorf("Suffix = %q %d %v", f, v, ok)
	}
	if _, _, ok := l.Prefix("人民币"); ok {
		t.Error("Prefix found a form that is not at the start")
	}
	if !l.Contains("共3元") || l.Contains("共3角") {
		t.Error("Contains wrong")
	}
	// Forms of one byte pass the two-byte filters; others are found by
	// them whole and only whole.
	if v, ok := l.Get("$"); !ok || v != 3 {
		t.Errorf("Get($) = %d %v", v, ok)
	}
	if v, ok := l.Get("元人民币"); !ok || v != 2 {
		t.Errorf("Get(元人民币) = %d %v", v, ok)
	}
	for _, s := range []string{"", "人民币", "元人", "$$"} {
		if _, ok := l.Get(s); ok {
			t.Errorf("Get(%q) found a form", s)
		}
	}
	if f, _, ok := l.Suffix("一元人民币"); !ok || f != "元人民币" {
		t.Errorf("Suffix(一元人民币) = %q %v", f, ok)
	}
}

func TestOrdinalAfter(t *testing.T) {
	o, err := LoadOrdinalAfter()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		counter, before, after string
		want                   bool
	}{
		{"届", "十八", "五中全会提出", true},
		{"届", "", "全国人大代表", true},
		{"届", "", "政府", false},
		{"家", "", "全会", false},
		// A session needs its body before the number.
		{"次", "十二届全国人大", "会议开幕", true},
		{"次", "召开了", "会议", false},
	} {
		if got := o.Ordinal(c.counter, c.before, c.after); got != c.want {
			t.Errorf("Ordinal(%q, %q, %q) = %v, want %v", c.counter, c.before, c.after, got, c.want)
		}
	}
	for _, body := range []string{"届\t全会\t\n届\t全会\t\n", "\t全会\t\n", "次\t会议\t届||人大\n"} {
		tab, err := ParseTSV("o.tsv", "counter\tword\tbefore\n"+body)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := ParseOrdinalAfter(tab); err == nil || !strings.Contains(err.Error(), "o.tsv:") {
			t.Errorf("%q: error %v, want one naming the line", body, err)
		}
	}
}
