package money

import (
	"strings"
	"testing"

	"github.com/zhfacts/zhfacts/extractors/internal/testtext"
	"github.com/zhfacts/zhfacts/pipeline"
)

func TestSeedArticle(t *testing.T) {
	st, err := New()
	if err != nil {
		t.Fatal(err)
	}
	d := testtext.Seed(t)
	// A DATE mention from an earlier stage is never claimed.
	d.AddMention(pipeline.Mention{Type: pipeline.Date, Start: 0, End: 1})
	if err := st.Process(d); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range d.Mentions {
		if m.Type != pipeline.Money {
			continue
		}
		if d.Slice(m.Start, m.End) != m.Text || m.Sentence < 0 {
			t.Errorf("mention %+v: offsets or sentence wrong", m)
		}
		got = append(got, m.Text+"="+m.Normalized+"/"+m.Qualifier)
	}
	want := []string{"8.7亿元人民币=870000000 CNY/exact", "200万元=2000000 CNY/exact", "近300万元=<3000000 CNY/max"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("money in seed = %v, want %v", got, want)
	}
}

func TestMentionColumns(t *testing.T) {
	st, err := New()
	if err != nil {
		t.Fatal(err)
	}
	d := &pipeline.Doc{Text: "投资3至5万元,奖金逾200美元。"}
	if err := st.Process(d); err != nil {
		t.Fatal(err)
	}
	if len(d.Mentions) != 2 {
		t.Fatalf("mentions = %+v, want 2", d.Mentions)
	}
	r, m := d.Mentions[0], d.Mentions[1]
	if r.Text != "3至5万元" || r.Start != 2 || r.End != 7 || *r.Value != 30000 || *r.ValueMin != 30000 || *r.ValueMax != 50000 || r.Qualifier != "range" || r.Normalized != "30000..50000 CNY" || r.Unit != "" || r.Stage != "money" || r.Rule != "number+currency" {
		t.Errorf("range mention = %+v", r)
	}
	if m.Text != "逾200美元" || *m.Value != 200 || *m.ValueMin != 200 || m.ValueMax != nil || m.Normalized != ">200 USD" || m.Currency != "USD" {
		t.Errorf("min mention = %+v", m)
	}
	// 约 adds nothing to a vague numeral: the interval 几十 allows stays.
	d = &pipeline.Doc{Text: "花费约几十万元。"}
	if err := st.Process(d); err != nil {
		t.Fatal(err)
	}
	if len(d.Mentions) != 1 || d.Mentions[0].ValueMin == nil || *d.Mentions[0].ValueMin != 200000 || d.Mentions[0].ValueMax == nil || *d.Mentions[0].ValueMax != 900000 || d.Mentions[0].Qualifier != "approx" {
		t.Errorf("approx mentions = %+v, want ~200000 CNY within 200000..900000", d.Mentions)
	}
}

// TestImpliedCountsPeople: a number with 万 or 亿 in a sentence about money
// is no amount of yuan when gse's words after it name people; it still is
// before other nouns (贷款).
func TestImpliedCountsPeople(t *testing.T) {
	st := newMoneyStage(t)
	for _, c := range []struct {
		text   string
		tokens []pipeline.Token // the words after the number, as gse tags them
		want   string
	}{
		{"企业亏损，投资减少，13万产业工人下岗", []pipeline.Token{{Text: "产业", Start: 13, End: 15, Pos: "n"}, {Text: "工人", Start: 15, End: 17, Pos: "n"}, {Text: "下岗", Start: 17, End: 19, Pos: "v"}}, ""},
		{"投资带动，帮助1748.8万农村残疾人脱贫", []pipeline.Token{{Text: "农村", Start: 14, End: 16, Pos: "n"}, {Text: "残疾人", Start: 16, End: 19, Pos: "n"}, {Text: "脱贫", Start: 19, End: 21, Pos: "v"}}, ""},
		// A verb and a noun after the people do not matter.
		{"企业亏损，投资减少，13万工人参加培训", []pipeline.Token{{Text: "工人", Start: 13, End: 15, Pos: "n"}, {Text: "参加", Start: 15, End: 17, Pos: "v"}, {Text: "培训", Start: 17, End: 19, Pos: "vn"}}, ""},
		// Past an adjective before the people.
		{"贴息贷款，扶持了140万贫困残疾人", []pipeline.Token{{Text: "贫困", Start: 12, End: 14, Pos: "a"}, {Text: "残疾人", Start: 14, End: 17, Pos: "n"}}, ""},
		{"投资带动，送来130万贷款", []pipeline.Token{{Text: "贷款", Start: 11, End: 13, Pos: "n"}}, "130万"},
	} {
		if got := moneyIn(t, st, c.text, c.tokens); got != c.want {
			t.Errorf("%q: money %q, want %q", c.text, got, c.want)
		}
	}
}

// TestYuanBeginsWord: 元 that begins a longer gse word (元宵, 元素) is no
// yuan; one gse cuts alone or as 万元 is.
func TestYuanBeginsWord(t *testing.T) {
	st := newMoneyStage(t)
	for _, c := range []struct {
		text   string
		tokens []pipeline.Token // the words from the number on, as gse cuts them
		want   string
	}{
		{"《2019元宵晚会》", []pipeline.Token{{Text: "2019", Start: 1, End: 5, Pos: "x"}, {Text: "元宵", Start: 5, End: 7, Pos: "t"}, {Text: "晚会", Start: 7, End: 9, Pos: "n"}}, ""},
		{"这种3元素合金", []pipeline.Token{{Text: "3", Start: 2, End: 3, Pos: "x"}, {Text: "元素", Start: 3, End: 5, Pos: "n"}, {Text: "合金", Start: 5, End: 7, Pos: "n"}}, ""},
		{"花了100元钱", []pipeline.Token{{Text: "100", Start: 2, End: 5, Pos: "x"}, {Text: "元", Start: 5, End: 6, Pos: "m"}, {Text: "钱", Start: 6, End: 7, Pos: "n"}}, "100元钱"},
		{"交了3万元首付", []pipeline.Token{{Text: "3", Start: 2, End: 3, Pos: "x"}, {Text: "万元", Start: 3, End: 5, Pos: "m"}, {Text: "首付", Start: 5, End: 7, Pos: "v"}}, "3万元"},
	} {
		if got := moneyIn(t, st, c.text, c.tokens); got != c.want {
			t.Errorf("%q: money %q, want %q", c.text, got, c.want)
		}
	}
}

// newMoneyStage returns the stage or stops the test.
func newMoneyStage(t *testing.T) Stage {
	t.Helper()
	st, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// moneyIn runs st over text with gse's words tokens and returns the text
// of every money mention, joined.
func moneyIn(t *testing.T, st Stage, text string, tokens []pipeline.Token) string {
	t.Helper()
	d := &pipeline.Doc{Text: text, Tokens: tokens}
	if err := st.Process(d); err != nil {
		t.Fatal(err)
	}
	got := ""
	for _, m := range d.Mentions {
		got += m.Text
	}
	return got
}

// TestSharedCurrency: a bare 比索 is the peso of the country the PLACE
// mention nearest before it names, and no amount when none names one.
func TestSharedCurrency(t *testing.T) {
	st, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text, want string
		places     map[string]string // place → country
	}{
		{"菲律宾强降雨造成的损失达到3.4亿比索。", "3.4亿比索=340000000 PHP", map[string]string{"菲律宾": "PH"}},
		{"阿根廷与中国签署协议后，古巴的贷款下限降到一千比索。", "一千比索=1000 CUP", map[string]string{"阿根廷": "AR", "中国": "CN", "古巴": "CU"}},
		{"中国的损失达到3.4亿比索。", "", map[string]string{"中国": "CN"}},
	} {
		d := &pipeline.Doc{Text: tt.text}
		for place, country := range tt.places {
			start := len([]rune(tt.text[:strings.Index(tt.text, place)]))
			d.AddMention(pipeline.Mention{Type: pipeline.Place, Text: place, Start: start, End: start + len([]rune(place)), Country: country})
		}
		if err := st.Process(d); err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, m := range d.Mentions {
			if m.Type == pipeline.Money {
				got = m.Text + "=" + m.Normalized
			}
		}
		if got != tt.want {
			t.Errorf("%s: money %q, want %q", tt.text, got, tt.want)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, r := range rules {
		for _, ex := range r.examples {
			f.Add(ex.text)
		}
	}
	m := matcher(f)
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, a := range m.Find(s) {
			if a.Start < last || a.End <= a.Start || a.End > len(s) || s[a.Start:a.End] != a.Text || a.Min > a.Max || (a.Currency == "") == (a.shared == "") {
				t.Fatalf("Find(%q): bad amount %+v after %d", s, a, last)
			}
			last = a.End
		}
	})
}

// FuzzParse checks that Parse never panics and that an amount it accepts
// spans the whole trimmed input with a currency and a sound interval.
func FuzzParse(f *testing.F) {
	for _, r := range rules {
		for _, ex := range append(r.examples, r.parseExamples...) {
			f.Add(ex.text)
		}
	}
	for _, s := range []string{"個半", "个九", "港幣三個一毫四", "20个比特币", "壹仟零贰拾肆元整", "3至5万元", " 人民币 8千元 ", "個", "个人民币"} {
		f.Add(s)
	}
	m := matcher(f)
	f.Fuzz(func(t *testing.T, s string) {
		a, ok := m.Parse(s)
		if !ok {
			return
		}
		trimmed := strings.TrimSpace(s)
		if a.Start != 0 || a.End != len(trimmed) || a.Text != trimmed || a.Currency == "" || a.Min > a.Max || a.Qualifier == "" {
			t.Fatalf("Parse(%q) = %+v", s, a)
		}
	})
}

// BenchmarkStage runs the stage on the seed article and, when present, on
// the first megabytes of the shared news corpus.
func BenchmarkStage(b *testing.B) {
	st, err := New()
	if err != nil {
		b.Fatal(err)
	}
	benchStage(b, st)
}

func benchStage(b *testing.B, st pipeline.Stage) {
	texts := testtext.Corpus(b, 2e6)
	n := 0
	docs := make([]*pipeline.Doc, len(texts))
	for i, t := range texts {
		n += len(t)
		// The code point index is built once per document for all stages;
		// build it here so the benchmark measures this stage alone.
		docs[i] = &pipeline.Doc{Text: t}
		docs[i].CharCount()
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, d := range docs {
			d.Mentions = d.Mentions[:0]
			if err := st.Process(d); err != nil {
				b.Fatal(err)
			}
		}
	}
}
