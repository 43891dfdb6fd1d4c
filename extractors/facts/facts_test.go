package facts

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/zhfacts/zhfacts/extractors/segment"
	"github.com/zhfacts/zhfacts/extractors/sentence"
	"github.com/zhfacts/zhfacts/pipeline"
)

var (
	prepOnce sync.Once
	prepare  *pipeline.Pipeline // sentences and tokens, no tagger
	prepErr  error
)

// prepared returns a Doc of text with sentences and gse tokens but no
// mentions: the tests add mentions by hand so that they do not depend on
// the tagger of the day.
func prepared(t testing.TB, text string) *pipeline.Doc {
	t.Helper()
	prepOnce.Do(func() {
		dict, err := segment.Dictionary()
		if err != nil {
			prepErr = err
			return
		}
		prepare = pipeline.New(sentence.Stage{}, segment.New(dict))
	})
	if prepErr != nil {
		t.Fatal(prepErr)
	}
	d := &pipeline.Doc{Text: text}
	prepare.Process(d)
	if len(d.Errors) > 0 {
		t.Fatalf("preparing %q: %+v", text, d.Errors)
	}
	return d
}

// addMentions adds one mention per spec, at the first occurrence of its
// text (the k-th spec of the same text at its k-th occurrence): TYPE:text, then for PERSON, ORG and PLACE |entity (and for PLACE
// |GB/T 2260 code|ISO country), for MONEY
// |value|currency, for QUANTITY and PERCENT |value|unit, for DATE |start|end (dates as
// 2006-01-02).
func addMentions(t testing.TB, d *pipeline.Doc, specs []string) {
	t.Helper()
	seen := map[string]int{}
	for _, spec := range specs {
		typ, rest, _ := strings.Cut(spec, ":")
		fields := strings.Split(rest, "|")
		i := -1
		for k := 0; k <= seen[fields[0]]; k++ {
			j := strings.Index(d.Text[i+1:], fields[0])
			if j < 0 {
				t.Fatalf("mention %q: %q not in the text %d times", spec, fields[0], k+1)
			}
			i += 1 + j
		}
		seen[fields[0]]++
		start := d.RuneOffset(i)
		m := pipeline.Mention{Type: typ, Start: start, End: start + len([]rune(fields[0])), Stage: "test"}
		switch typ {
		case pipeline.Person, pipeline.Org, pipeline.Place:
			m.Entity = fields[0]
			if len(fields) > 1 {
				m.Entity = fields[1]
			}
			if len(fields) > 2 {
				m.PlaceCode = fields[2]
			}
			if len(fields) > 3 {
				m.Country = fields[3]
			}
		case pipeline.Money, pipeline.Quantity, pipeline.Percent:
			v, err := strconv.ParseFloat(fields[1], 64)
			if err != nil {
				t.Fatalf("mention %q: %v", spec, err)
			}
			m.Value = &v
			if typ == pipeline.Money {
				m.Currency = fields[2]
			} else {
				m.Unit = fields[2]
			}
		case pipeline.Date:
			ds, err1 := time.Parse(time.DateOnly, fields[1])
			de, err2 := time.Parse(time.DateOnly, fields[2])
			if err1 != nil || err2 != nil {
				t.Fatalf("mention %q: bad dates", spec)
			}
			m.DateStart, m.DateEnd = &ds, &de
		}
		d.AddMention(m)
	}
	pipeline.SortMentions(d.Mentions)
}

// format writes a fact as the examples do:
// rule|subject|predicate|object|value unit|date|place, without empty
// trailing fields.
func format(f pipeline.Fact) string {
	var value, date string
	if f.Value != nil {
		value = strconv.FormatFloat(*f.Value, 'f', -1, 64) + " " + f.Currency + f.Unit
	}
	if f.DateStart != nil {
		date = f.DateStart.Format(time.DateOnly)
	}
	return strings.TrimRight(strings.Join([]string{f.Rule, f.Subject, f.Predicate, f.Object, value, date, f.Place}, "|"), "|")
}

func newStage(t testing.TB) *Stage {
	t.Helper()
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// checkFacts asserts what every fact must satisfy: its evidence lies in its
// sentence and contains every mention it names, and it says which stage,
// kind and rule made it.
func checkFacts(t *testing.T, d *pipeline.Doc) {
	t.Helper()
	byID := map[int]pipeline.Mention{}
	for _, m := range d.Mentions {
		byID[m.ID] = m
	}
	for i, f := range d.Facts {
		if f.ID != i || f.Stage != Name || f.Confidence <= 0 || f.Confidence > 1 {
			t.Errorf("fact %d: id %d, stage %q, confidence %v", i, f.ID, f.Stage, f.Confidence)
		}
		if !slices.Contains([]string{Role, Amount, Statistic, Event, Change, Share}, f.Kind) || !strings.HasPrefix(f.Rule, f.Kind+":") {
			t.Errorf("fact %d: kind %q, rule %q", i, f.Kind, f.Rule)
		}
		if f.Sentence < 0 || f.Sentence >= len(d.Sentences) {
			t.Errorf("fact %d: sentence %d of %d", i, f.Sentence, len(d.Sentences))
			continue
		}
		s := d.Sentences[f.Sentence]
		if f.EvidenceStart < s.Start || f.EvidenceEnd > s.End || f.EvidenceStart >= f.EvidenceEnd {
			t.Errorf("fact %d %s: evidence [%d,%d) outside sentence [%d,%d)", i, format(f), f.EvidenceStart, f.EvidenceEnd, s.Start, s.End)
		}
		// An event's doer may be a short form or a bare title no mention
		// covers (习主席, 总书记主持…: |actor:title), and a gathering attended
		// is no mention: such an event cites none (6 of 55,125 facts over
		// three 6,000-article corpus slices).
		if len(f.MentionIDs) == 0 && f.Kind != Event {
			t.Errorf("fact %d %s: no mentions", i, format(f))
		}
		for _, id := range f.MentionIDs {
			m, ok := byID[id]
			if !ok || m.Start < f.EvidenceStart || m.End > f.EvidenceEnd {
				t.Errorf("fact %d %s: mention %d (%+v) not inside evidence %q", i, format(f), id, m, d.Slice(f.EvidenceStart, f.EvidenceEnd))
			}
		}
		if f.DateStart != nil && f.DateEnd != nil && !f.DateStart.Before(*f.DateEnd) {
			t.Errorf("fact %d %s: empty date interval", i, format(f))
		}
	}
}

// TestRuleExamples walks every rule's examples: adding an example adds a test.
func TestRuleExamples(t *testing.T) {
	s := newStage(t)
	for _, r := range rules {
		for _, ex := range r.examples {
			d := prepared(t, ex.text)
			addMentions(t, d, ex.mentions)
			if err := s.Process(d); err != nil {
				t.Fatalf("%s: %q: %v", r.name, ex.text, err)
			}
			checkFacts(t, d)
			var got []string
			for _, f := range d.Facts {
				if f.Kind == r.kind {
					got = append(got, format(f))
				}
			}
			slices.Sort(got)
			want := slices.Sorted(slices.Values(ex.want))
			if !slices.Equal(got, want) {
				t.Errorf("%s: %q\n got %q\nwant %q", r.name, ex.text, got, want)
			}
		}
	}
}

func TestEmptyDoc(t *testing.T) {
	s := newStage(t)
	for _, d := range []*pipeline.Doc{{}, {Text: "记者张三"}, prepared(t, "记者张三。")} {
		if err := s.Process(d); err != nil || len(d.Facts) != 0 {
			t.Errorf("%q: facts %v, err %v; want none", d.Text, d.Facts, err)
		}
	}
}

// FuzzProcess runs the stage over arbitrary text with arbitrary mentions:
// overlapping, out of order, crossing sentences, of every type. It must not
// panic and every fact must hold the invariants.
func FuzzProcess(f *testing.F) {
	for _, r := range rules {
		for _, ex := range r.examples {
			f.Add(ex.text, []byte{0, 0, 4, 1, 3, 6, 2, 8, 3, 3, 10, 2, 4, 1, 5})
		}
	}
	f.Add("与和同、原主任记者 ", []byte{0, 7, 3, 1, 0, 1, 2, 2, 1})
	s := newStage(f)
	types := []string{pipeline.Person, pipeline.Org, pipeline.Place, pipeline.Money, pipeline.Quantity, pipeline.Date, pipeline.Percent}
	f.Fuzz(func(t *testing.T, text string, spans []byte) {
		d := prepared(t, text)
		n := d.CharCount()
		if n == 0 {
			return
		}
		for i := 0; i+2 < len(spans) && i < 60; i += 3 {
			start := int(spans[i+1]) % n
			end := min(n, start+1+int(spans[i+2])%8)
			m := pipeline.Mention{Type: types[int(spans[i])%len(types)], Start: start, End: end, Entity: "e"}
			v := float64(spans[i+2])
			m.Value = &v
			ds := time.Date(2000+int(spans[i]), 1, 1, 0, 0, 0, 0, time.UTC)
			de := ds.AddDate(1, 0, 0)
			m.DateStart, m.DateEnd = &ds, &de
			d.AddMention(m)
		}
		if err := s.Process(d); err != nil {
			t.Fatal(err)
		}
		checkFacts(t, d)
	})
}

// TestOpenEndedDateAndQualifiers checks that an upper-bounded time (截至2023年底:
// only an end) and the amount's interval and qualifier reach the fact.
func TestOpenEndedDateAndQualifiers(t *testing.T) {
	d := prepared(t, "截至2023年底,中韩园已累计引进企业825家。市科技局支持经费3至5万元。")
	end := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	v, lo, hi, n := 30000.0, 30000.0, 50000.0, 825.0
	at := func(s string) int { return d.RuneOffset(strings.Index(d.Text, s)) }
	d.AddMention(pipeline.Mention{Type: pipeline.Date, Start: at("截至"), End: at("截至") + 9, DateEnd: &end, Qualifier: "max"})
	d.AddMention(pipeline.Mention{Type: pipeline.Org, Start: at("中韩园"), End: at("中韩园") + 3, Entity: "中韩园"})
	d.AddMention(pipeline.Mention{Type: pipeline.Quantity, Start: at("825家"), End: at("825家") + 4, Value: &n, ValueMin: &n, ValueMax: &n, Unit: "家", Qualifier: "exact"})
	d.AddMention(pipeline.Mention{Type: pipeline.Org, Start: at("市科技局"), End: at("市科技局") + 4, Entity: "市科技局"})
	d.AddMention(pipeline.Mention{Type: pipeline.Money, Start: at("3至5万元"), End: at("3至5万元") + 6, Value: &v, ValueMin: &lo, ValueMax: &hi, Currency: "CNY", Qualifier: "range"})
	pipeline.SortMentions(d.Mentions)
	if err := newStage(t).Process(d); err != nil {
		t.Fatal(err)
	}
	checkFacts(t, d)
	var stat, amount *pipeline.Fact
	for i := range d.Facts {
		switch d.Facts[i].Kind {
		case Statistic:
			stat = &d.Facts[i]
		case Amount:
			amount = &d.Facts[i]
		}
	}
	if stat == nil || stat.DateStart != nil || stat.DateEnd == nil || !stat.DateEnd.Equal(end) || stat.Qualifier != "exact" {
		t.Errorf("statistic = %+v; want date_end 2024-01-01 only, qualifier exact", stat)
	}
	if amount == nil || amount.Qualifier != "range" || *amount.ValueMin != lo || *amount.ValueMax != hi {
		t.Errorf("amount = %+v; want the range 30000..50000", amount)
	}
}

// TestTalkEvidence checks that a talk's evidence reaches its verb, which
// follows the second person, so that the evidence says what happened.
func TestTalkEvidence(t *testing.T) {
	d := prepared(t, "习近平同美国总统拜登举行视频会晤。")
	addMentions(t, d, []string{"PERSON:习近平", "PLACE:美国|美国|US", "PERSON:拜登"})
	if err := newStage(t).Process(d); err != nil {
		t.Fatal(err)
	}
	checkFacts(t, d)
	i := slices.IndexFunc(d.Facts, func(f pipeline.Fact) bool { return f.Kind == Event })
	if i < 0 {
		t.Fatalf("facts = %+v; want an event", d.Facts)
	}
	if got, want := d.Slice(d.Facts[i].EvidenceStart, d.Facts[i].EvidenceEnd), "习近平同美国总统拜登举行视频会晤"; got != want {
		t.Errorf("evidence = %q; want %q", got, want)
	}
}

// TestLeadDate checks that a meeting in a later paragraph that names no date
// takes the lead's, when the lead names the one who met, and that a meeting
// to come does not.
func TestLeadDate(t *testing.T) {
	text := "11月30日至12月1日，丁薛祥在迪拜出席峰会。\n丁薛祥会见了阿联酋总统穆罕默德。丁薛祥将会见古特雷斯。"
	d := prepared(t, text)
	start, end := time.Date(2023, 11, 30, 0, 0, 0, 0, time.UTC), time.Date(2023, 12, 2, 0, 0, 0, 0, time.UTC)
	at := func(s string, nth int) int {
		i := -1
		for range nth + 1 {
			i += 1 + strings.Index(d.Text[i+1:], s)
		}
		return d.RuneOffset(i)
	}
	add := func(typ, s string, nth int) {
		k := at(s, nth)
		m := pipeline.Mention{Type: typ, Start: k, End: k + len([]rune(s)), Entity: s, Stage: "test"}
		if typ == pipeline.Date {
			m.DateStart, m.DateEnd = &start, &end
		}
		d.AddMention(m)
	}
	add(pipeline.Date, "11月30日至12月1日", 0)
	add(pipeline.Person, "丁薛祥", 0)
	add(pipeline.Person, "丁薛祥", 1)
	add(pipeline.Place, "阿联酋", 0)
	add(pipeline.Person, "穆罕默德", 0)
	add(pipeline.Person, "丁薛祥", 2)
	add(pipeline.Person, "古特雷斯", 0)
	pipeline.SortMentions(d.Mentions)
	if err := newStage(t).Process(d); err != nil {
		t.Fatal(err)
	}
	checkFacts(t, d)
	var got []string
	for _, f := range d.Facts {
		if f.Kind == Event {
			got = append(got, format(f))
		}
	}
	want := []string{ // 丁薛祥将会见古特雷斯 is a meeting to come, marked (plan:marker)
		"event:person-meets-person|date:document-lead|丁薛祥|会见|穆罕默德||2023-11-30",
		"event:person-meets-person|plan:marker|丁薛祥|会见|古特雷斯",
	}
	if !slices.Equal(got, want) {
		t.Errorf("events = %q, want %q", got, want)
	}
}

// TestFutureDate walks plan:future-date: a fact whose own date names a
// year after the year of publication is a target or a forecast, marked so,
// unless the money is a budget given now.
func TestFutureDate(t *testing.T) {
	checkCases(t, time.Date(2018, 8, 19, 9, 0, 0, 0, time.UTC), func(kind string) bool { return kind != Role }, []factCase{
		{"2025年全球新能源汽车销量突破2500万辆。",
			[]string{"DATE:2025年|2025-01-01|2026-01-01", "QUANTITY:2500万辆|25000000|辆"},
			[]string{"statistic:measure|plan:future-date||突破|全球新能源汽车销量|25000000 辆|2025-01-01"}},
		{"未来5年，中国将进口超过8万亿美元的商品。",
			[]string{"DATE:未来5年|2019-01-01|2024-01-01", "PLACE:中国|中国||CN", "MONEY:超过8万亿美元|8000000000000|USD"},
			[]string{"amount:place-verb-object-money|plan:marker|place:subject|中国|进口||8000000000000 USD|2019-01-01|中国"}},
		// A budget year: the money is given now.
		{"中央财政近日提前下达2019年中央农村危房改造补助预算150亿元。",
			[]string{"ORG:中央财政", "DATE:2019年|2019-01-01|2020-01-01", "MONEY:150亿元|15000000000|CNY"},
			[]string{"amount:org-adverbial-predicate-money|中央财政|预算||15000000000 CNY|2019-01-01"}},
		// A time counted from another event names no year.
		{"2年后就为村里创造了6000多万元产值。",
			[]string{"DATE:2年后|2020-08-19|2020-08-20", "MONEY:6000多万元|60000000|CNY"},
			[]string{"amount:money-predicate||产值|村里|60000000 CNY|2020-08-19"}},
	})
}

// TestRoleDates walks dateRoles: a role takes the date its holder's
// sentence gives the holder, never a later matter's, an earlier sentence's
// or the publication's.
func TestRoleDates(t *testing.T) {
	checkCases(t, time.Date(2022, 2, 18, 9, 0, 0, 0, time.UTC), func(kind string) bool { return kind == Role }, []factCase{
		{"国务院总理李克强14日在乌兰巴托会见韦约尼斯。",
			[]string{"ORG:国务院", "PERSON:李克强", "DATE:14日|2016-07-14|2016-07-15", "PLACE:乌兰巴托", "PERSON:韦约尼斯"},
			[]string{"role:org-title-person|李克强|总理|国务院||2016-07-14"}},
		{"2023年3月11日，李强当选为国务院总理。",
			[]string{"DATE:2023年3月11日|2023-03-11|2023-03-12", "PERSON:李强", "ORG:国务院"},
			[]string{"role:appointed-org-title-person|李强|总理|国务院||2023-03-11"}},
		// A date further on is what the holder speaks of.
		{"国务院总理李克强表示要在2035年前基本实现现代化。",
			[]string{"ORG:国务院", "PERSON:李克强", "DATE:2035年|2035-01-01|2036-01-01"},
			[]string{"role:org-title-person|李克强|总理|国务院"}},
		// A former post is the writer's now, not the sentence's; a dismissal
		// dates when the post was left.
		{"2016年，前总统奥朗德执政时期，法国曾因劳动法改革而引发抗议。",
			[]string{"DATE:2016年|2016-01-01|2017-01-01", "PERSON:奥朗德", "PLACE:法国"},
			[]string{"role:title-person|holder:known-person|奥朗德|前总统|法国"}},
		{"2023年3月12日，免去李盛霖的交通运输部部长职务。",
			[]string{"DATE:2023年3月12日|2023-03-12|2023-03-13", "PERSON:李盛霖", "ORG:交通运输部"},
			[]string{"role:dismissed-org-title-person|李盛霖|前部长|交通运输部||2023-03-12"}},
		// A time zone before the date opens the clause as the date would:
		// a place of any length before 当地时间, and a preposition or verb
		// before the zone (截至 is read into a date written without one);
		// not words before the preposition (并于日本时间10日).
		{"布鲁塞尔当地时间8日上午，英国首相特雷莎·梅宣布。",
			[]string{"PLACE:布鲁塞尔", "DATE:8日上午|2017-12-08|2017-12-09", "PLACE:英国", "PERSON:特雷莎·梅"},
			[]string{"role:place-title-person|特雷莎·梅|首相|英国||2017-12-08"}},
		{"截至当地时间15日上午，土耳其总统埃尔多安得票率最高。",
			[]string{"DATE:15日上午|2023-05-15|2023-05-16", "PLACE:土耳其", "PERSON:埃尔多安"},
			[]string{"role:place-title-person|埃尔多安|总统|土耳其||2023-05-15"}},
		{"他出席了会议，并于日本时间10日，与朝鲜外务相李洙墉交谈。",
			[]string{"PLACE:日本", "DATE:10日|2014-08-10|2014-08-11", "PLACE:朝鲜", "PERSON:李洙墉"},
			[]string{"role:place-title-person|李洙墉|外务相|朝鲜"}},
		// An earlier sentence's date is no time of this one's role.
		{"2019年6月，美国公布报告。美国国务卿布林肯正在访问。",
			[]string{"DATE:2019年6月|2019-06-01|2019-07-01", "PLACE:美国", "PLACE:美国", "PERSON:布林肯"},
			[]string{"role:place-title-person|布林肯|国务卿|美国"}},
	})
}

// TestSourceDate walks date:paragraph-context after a source: a date that
// opens the clause after one naming where the numbers come from dates the
// sentences after it, as one opening its sentence does; one after a
// speaker does not.
func TestSourceDate(t *testing.T) {
	checkCases(t, time.Date(2019, 2, 17, 9, 0, 0, 0, time.UTC), func(kind string) bool { return kind == Amount }, []factCase{
		{"海关总署最新数据显示，2019年1月，我国天然气进口量981万吨；累计进口额48.6亿美元。",
			[]string{"ORG:海关总署", "DATE:2019年1月|2019-01-01|2019-02-01", "QUANTITY:981万吨|9810000|t", "MONEY:48.6亿美元|4860000000|USD"},
			[]string{"amount:predicate-money|date:paragraph-context|subject:parallel|place:subject|中国|进口额||4860000000 USD|2019-01-01|中国"}},
		{"赵乐际表示，2019年1月，瑙鲁作出决定；累计进口额48.6亿美元。",
			[]string{"PERSON:赵乐际", "DATE:2019年1月|2019-01-01|2019-02-01", "PLACE:瑙鲁", "MONEY:48.6亿美元|4860000000|USD"},
			[]string{"amount:predicate-money||进口额||4860000000 USD"}},
	})
}

// factCase is a text, the mentions earlier stages would give it, and the
// facts the stage must make of it, as format writes them.
type factCase struct {
	text     string
	mentions []string
	want     []string
}

// checkCases runs the stage on every case, published at pub, and compares
// the facts of the kinds keep accepts with the case's, in order.
func checkCases(t *testing.T, pub time.Time, keep func(kind string) bool, cases []factCase) {
	t.Helper()
	s := newStage(t)
	for _, c := range cases {
		d := prepared(t, c.text)
		d.Meta.PublishedAt = &pub
		addMentions(t, d, c.mentions)
		if err := s.Process(d); err != nil {
			t.Fatal(err)
		}
		checkFacts(t, d)
		var got []string
		for _, f := range d.Facts {
			if keep(f.Kind) {
				got = append(got, format(f))
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q\n got %q\nwant %q", c.text, got, c.want)
		}
	}
}

// TestMarks checks clauseMark, commaMark, stopMark and sentenceMark against the strings of marks
// the scans read.
func TestMarks(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		if got, want := clauseMark(r), strings.ContainsRune("，,；;。：:", r); got != want {
			t.Errorf("clauseMark(%q) = %v, want %v", r, got, want)
		}
		if got, want := commaMark(r), strings.ContainsRune("，,；;", r); got != want {
			t.Errorf("commaMark(%q) = %v, want %v", r, got, want)
		}
		if got, want := stopMark(r), strings.ContainsRune("，,；;。", r); got != want {
			t.Errorf("stopMark(%q) = %v, want %v", r, got, want)
		}
		if got, want := sentenceMark(r), strings.ContainsRune("，,；;。！？!?：:\n", r); got != want {
			t.Errorf("sentenceMark(%q) = %v, want %v", r, got, want)
		}
	}
}

// TestMentionsOnce checks that a sentence's mentions of a type are found
// once: rules ask again for every title or verb, and the view's array grew
// by the sentence's names at every call (19 GB for a long sentence).
func TestMentionsOnce(t *testing.T) {
	d := prepared(t, "王沪宁、汪洋、王岐山在北京会见了美国总统拜登。")
	for _, m := range []pipeline.Mention{
		{Type: pipeline.Person, Start: 0, End: 3}, {Type: pipeline.Person, Start: 4, End: 6},
		{Type: pipeline.Person, Start: 7, End: 10}, {Type: pipeline.Place, Start: 11, End: 13},
	} {
		d.AddMention(m)
	}
	v := newView(d)
	defer v.release()
	first := v.mentions(0, pipeline.Person)
	n := len(v.found)
	for range 3 {
		again := v.mentions(0, pipeline.Person)
		if len(again) != 3 || &again[0] != &first[0] {
			t.Fatalf("mentions(0, PERSON) = %d names at %p, the first call %d at %p", len(again), &again[0], len(first), &first[0])
		}
	}
	if len(v.found) != n {
		t.Errorf("found grew from %d to %d over three more calls", n, len(v.found))
	}
	if places := v.mentions(0, pipeline.Place); len(places) != 1 || places[0].Text != "北京" {
		t.Errorf("mentions(0, PLACE) = %v, want 北京", places)
	}
	if orgs := v.mentions(0, pipeline.Org); len(orgs) != 0 {
		t.Errorf("mentions(0, ORG) = %v, want none", orgs)
	}
}
