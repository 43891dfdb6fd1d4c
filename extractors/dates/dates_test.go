package dates

import (
	"slices"
	"strings"
	"testing"

	"github.com/zhfacts/zhfacts/pipeline"
)

func newStage(t testing.TB) *Stage {
	t.Helper()
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestRuleExamples walks every rule's examples: adding a rule adds its tests.
// TestExamplesWithoutAnchor runs every rule's example with no publication
// time: each mention must still be a DATE or DURATION, and a relative one
// must carry no dates.
func TestExamplesWithoutAnchor(t *testing.T) {
	s := newStage(t)
	texts := map[string]string{"daypart": "他上午开会，下午回家。"}
	for _, r := range rules {
		for _, ex := range r.examples {
			texts[r.name+": "+ex.text] = ex.text
		}
	}
	for name, text := range texts {
		for _, m := range s.Find(text, nil) {
			if m.Type != pipeline.Date && m.Type != pipeline.Duration {
				t.Errorf("%s: mention %q has type %q", name, m.Text, m.Type)
			}
			if m.Relative != nil && *m.Relative && (m.DateStart != nil || m.DateEnd != nil) {
				t.Errorf("%s: relative %q resolved without an anchor", name, m.Text)
			}
		}
	}
}

// TestIntervalsAreNotEmpty: with an anchor, every resolved interval starts
// before it ends, whatever the words (下五年来 once ran from 2018 back to 2017).
func TestIntervalsAreNotEmpty(t *testing.T) {
	s := newStage(t)
	texts := []string{"下五年来", "未来三年以来", "明年以来"}
	for _, r := range rules {
		for _, ex := range r.examples {
			texts = append(texts, ex.text)
		}
	}
	for _, text := range texts {
		for _, m := range s.Find(text, &exampleAnchor) {
			if m.DateStart != nil && m.DateEnd != nil && !m.DateStart.Before(*m.DateEnd) {
				t.Errorf("%q: %q → %s runs from %v to %v", text, m.Text, m.Normalized, m.DateStart, m.DateEnd)
			}
		}
	}
}

func TestRuleExamples(t *testing.T) {
	s := newStage(t)
	for _, r := range rules {
		if len(r.examples) == 0 {
			t.Errorf("rule %s has no examples", r.name)
		}
		for _, ex := range r.examples {
			ms := s.Find(ex.text, &exampleAnchor)
			if len(ms) == 0 {
				t.Errorf("%s: %q: no mention, want %q → %s", r.name, ex.text, ex.want, ex.norm)
				continue
			}
			// The mention the example is about: the one with its text, or the first.
			m := ms[0]
			for _, o := range ms {
				if o.Text == ex.want {
					m = o
					break
				}
			}
			if m.Text != ex.want || m.Normalized != ex.norm || m.Rule != r.name {
				t.Errorf("%s: %q: got %q → %q (rule %s), want %q → %q", r.name, ex.text, m.Text, m.Normalized, m.Rule, ex.want, ex.norm)
			}
		}
	}
}

// TestAnaphorAcrossParagraphs: 当天 with no day in its paragraph takes the
// last day, or part of one, the document named; 当年 does not reach across
// paragraphs.
func TestAnaphorAcrossParagraphs(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct{ text, want, rule string }{
		{"5月10日，习近平致贺信。\n习近平指出，当天的论坛很重要。", "2024-05-10", "anaphor-document"},
		// So does 当晚, and a part of a day names that day.
		{"温家宝5月30日下午离开比什凯克。\n当晚，温家宝抵达莫斯科。", "2024-05-30T18/2024-05-30T23", "anaphor-document"},
		{"5月10日，论坛开幕。\n当年，论坛扩大。", "", "anaphor"},
		{"论坛开幕。\n当天，天气晴朗。", "", "anaphor"},
		// A day long before publication is history, not the story's day.
		{"1995年9月4日，大会开幕。\n当天中午，习近平出席。", "", "anaphor"},
		// A bracket after it says which day.
		{"深中通道开通当天（5月30日），车流如织。", "2024-05-30", "anaphor-bracket"},
	} {
		var got *pipeline.Mention
		ms := s.Find(c.text, &exampleAnchor)
		for i := range ms {
			if strings.HasPrefix(ms[i].Text, "当天") || ms[i].Text == "当年" || ms[i].Text == "当晚" {
				got = &ms[i]
			}
		}
		if got == nil {
			t.Fatalf("%q: no anaphor found", c.text)
		}
		if got.Normalized != c.want || got.Rule != c.rule {
			t.Errorf("%q: %s → %q (rule %s), want %q (rule %s)", c.text, got.Text, got.Normalized, got.Rule, c.want, c.rule)
		}
	}
}

// TestParagraphDay: a time of day written without a day takes the day its
// paragraph named before it, and the publication day without one when it
// has a clock time or opens a clause; a part of the day inside a clause
// has no dates.
func TestParagraphDay(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct{ text, want, rule string }{
		{"5月20日，代表团抵达北京。上午，双方举行会谈。", "2024-05-20T08/2024-05-20T11", "paragraph-day"},
		{"5月20日，代表团抵达北京。下午3时，参观工厂。", "2024-05-20T15", "paragraph-day"},
		{"5月20日，代表团抵达北京。\n上午，双方举行会谈。", "2024-06-04T08/2024-06-04T11", "calendar"},
		{"当地时间中午，峰会开始。", "2024-06-04T12/2024-06-04T13", "calendar"},
		{"医院增开夜间门诊。", "", "calendar"},
		{"动员会开了一晚上。", "", "calendar"},
		{"有天晚上都10点多了。", "", "calendar"},
		// A day word of the evening before the bracketed day makes the clock pm.
		{"今晚（5月20日）9时30分，央视播出。", "2024-05-20T21:30", "paragraph-day"},
		{"今天（5月20日）9时30分，央视播出。", "2024-05-20T09:30", "paragraph-day"},
	} {
		ms := s.Find(c.text, &exampleAnchor)
		got := ms[len(ms)-1]
		if got.Normalized != c.want || got.Rule != c.rule {
			t.Errorf("%q: %s → %q (rule %s), want %q (rule %s)", c.text, got.Text, got.Normalized, got.Rule, c.want, c.rule)
		}
	}
}

// TestNarrativeYear: a month or day without a year takes the year of the
// history its paragraph tells, and the publication year otherwise.
func TestNarrativeYear(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct{ text, want, rule string }{
		{"1928年3月20日，向警予不幸被捕。5月1日英勇牺牲。", "1928-05-01", "narrative-year"},
		{"1966年5月，他调任所长，9月任党委书记。", "1966-09", "narrative-year"},
		{"1927年4月15日熊雄被捕，5月中旬被秘密杀害。", "1927-05-11/1927-05-20", "narrative-year"},
		// A date that took its year so lends it on (7月4日 after 5月9日).
		{"1928年3月，当局进行围剿。5月9日，冯平被捕。7月4日英勇就义。", "1928-07-04", "narrative-year"},
		// A date before the one it follows is the present again.
		{"2015年11月发生恐袭后，法国进入紧急状态。10月31日，法国推出新法案。", "2024-10-31", "calendar"},
		// A year inside a clause tells no history.
		{"旅客较2019年同期增长20%。4月29日为高峰。", "2024-04-29", "calendar"},
		// Nor a recent one, nor one in another paragraph, nor three sentences back.
		{"2023年3月，工厂投产。5月，产量翻番。", "2024-05", "calendar"},
		{"1998年，工厂投产。\n5月，产量翻番。", "2024-05", "calendar"},
		{"1998年，工厂投产。产量很高。工人很多。5月，产量翻番。", "2024-05", "calendar"},
		// A document that tells a history (three past years written) reaches across four sentences.
		{"1895年，他出生。1919年，他留学。1923年2月，工人罢工。他被捕。他受审。2月15日，他牺牲。", "1923-02-15", "narrative-year"},
		// A year of birth dates the person.
		{"陈建，1992年出生。7月8日，洪水来袭。", "2024-07-08", "calendar"},
		// A word of the future looks ahead from publication.
		{"2012年5月，他成为理事。他将于2月3日就任。", "2025-02-03", "calendar"},
	} {
		ms := s.Find(c.text, &exampleAnchor)
		got := ms[len(ms)-1]
		if got.Normalized != c.want || got.Rule != c.rule {
			t.Errorf("%q: %s → %q (rule %s), want %q (rule %s)", c.text, got.Text, got.Normalized, got.Rule, c.want, c.rule)
		}
	}
}

// processed runs the stage over text published at exampleAnchor.
func processed(t *testing.T, s *Stage, text string) *pipeline.Doc {
	t.Helper()
	d := &pipeline.Doc{Text: text}
	d.Meta.PublishedAt = &exampleAnchor
	if err := s.Process(d); err != nil {
		t.Fatal(err)
	}
	return d
}

// normalizedOf returns the normalized value of the last DATE mention of d
// written as one of texts, or "".
func normalizedOf(d *pipeline.Doc, texts ...string) string {
	got := ""
	for _, m := range d.Mentions {
		if m.Type == pipeline.Date && slices.Contains(texts, m.Text) {
			got = m.Normalized
		}
	}
	return got
}

// TestPastAge: 昨天 after 的 is the past, PAST_REF (中国的昨天), as 明天
// after 的 is the future.
func TestPastAge(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct{ text, want string }{
		{"中国的昨天已经写在人类的史册上。", "PAST_REF"},
		{"昨天的会议上，他说。", "2024-06-03"},
		{"他昨天说。", "2024-06-03"},
	} {
		if got := normalizedOf(processed(t, s, c.text), "昨天"); got != c.want {
			t.Errorf("%q: 昨天 → %q, want %q", c.text, got, c.want)
		}
	}
}

// TestFutureAge: 明天 after 的 or beside a word of the future kind is the
// future, FUTURE_REF; elsewhere it is the day after publication.
func TestFutureAge(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct{ text, want string }{
		{"共创更加美好的明天。", "FUTURE_REF"},
		{"开创两国合作美好明天。", "FUTURE_REF"},
		{"祝福澳门明天更美好。", "FUTURE_REF"},
		{"相信中国就是相信明天。", "FUTURE_REF"},
		{"明天的比赛很重要。", "2024-06-05"},
		{"预计明天更加寒冷。", "2024-06-05"},
		{"将于明天开幕。", "2024-06-05"},
		// 探明 is a word: no 明天 in 探明天然气.
		{"气田探明天然气储量超千亿立方米。", ""},
	} {
		if got := normalizedOf(processed(t, s, c.text), "明天"); got != c.want {
			t.Errorf("%q: 明天 → %q, want %q", c.text, got, c.want)
		}
	}
}

// TestPresentAge: 今天 before 的 and a place or a word of the present kind
// is the present age, PRESENT_REF; before other words it is the day.
func TestPresentAge(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		text  string
		place string // a PLACE mention an earlier stage found, if any
		want  string
	}{
		{"今天的中国，发展日新月异。", "中国", "PRESENT_REF"},
		{"今天的世界并不太平。", "", "PRESENT_REF"},
		{"今天的发布会上，他说。", "", "2024-06-04"},
		{"今天上午，会议开幕。", "", "2024-06-04T08/2024-06-04T11"},
		{"在经济全球化的今天，各国相互依存。", "", "PRESENT_REF"},
		{"没有改革开放，就没有中国的今天。", "", "PRESENT_REF"},
		{"十年后的今天，梦想变成现实。", "", "2024-06-04"},
		{"去年的今天，他来到这里。", "", "2024-06-04"},
		{"一年后的今天（6月4日），总台成立。", "", "2024-06-04"},
	} {
		d := &pipeline.Doc{Text: c.text}
		d.Meta.PublishedAt = &exampleAnchor
		if c.place != "" {
			d.AddMention(pipeline.Mention{Type: pipeline.Place, Text: c.place, Start: 3, End: 3 + len([]rune(c.place))})
		}
		if err := s.Process(d); err != nil {
			t.Fatal(err)
		}
		if got := normalizedOf(d, "今天", "今天上午"); got != c.want {
			t.Errorf("%q: 今天 → %q, want %q", c.text, got, c.want)
		}
	}
}

// TestDurationQualifiers: a qualifier word before or after a duration joins
// its span and sets its qualifier, unless the duration has its own.
func TestDurationQualifiers(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct{ text, want, norm, qual string }{
		{"近200年的变化", "近200年", "P200Y", "max"},
		// After a word of lasting, 近 and N units are a length, not a window.
		{"时隔近4年首次访问日本", "近4年", "P4Y", "max"},
		{"降雨持续了近一周", "近一周", "P1W", "max"},
		{"超过24小时没有休息", "超过24小时", "PT24H", "min"},
		{"半小时左右就到了", "半小时左右", "PT30M", "approx"},
		{"历时不到半小时", "不到半小时", "PT30M", "max"},
		{"为期30天的行动", "30天", "P30D", "exact"},
		{"两个多月的努力", "两个多月", "P2M", "min"},
		// A half before the unit (durationPart reads 半, 个半 and 分半 by rune).
		{"用了个半小时", "个半小时", "PT1H30M", "exact"},
		{"只用了分半钟", "分半钟", "PT1M30S", "exact"},
		{"三年半的时间", "三年半", "P3Y6M", "exact"},
		{"等了一个多小时", "一个多小时", "PT1H", "min"},
		{"连续3个季度增长", "3个季度", "P9M", "exact"},
		{"跑了五分三十秒", "五分三十秒", "PT5M30S", "exact"},
		{"只用了五分半钟", "五分半钟", "PT5M30S", "exact"},
		{"已有十余年", "十余年", "P10Y", "min"},
		// 签约 ends like 约 and qualifies nothing.
		{"签约3年的球员", "3年", "P3Y", "exact"},
		// At least N and at most M units right after it are one range.
		{"判处三年以上七年以下有期徒刑", "三年以上七年以下", "P3Y..P7Y", "range"},
		{"工龄五年以上，三年以下的不算", "三年以下", "P3Y", "max"},
		// 前 after 的 counts back from the event named, no window of publication.
		{"经营的前三年，房租全免", "三年", "P3Y", "exact"},
	} {
		d := processed(t, s, c.text)
		var got *pipeline.Mention
		for i := range d.Mentions {
			if d.Mentions[i].Type == pipeline.Duration {
				got = &d.Mentions[i]
			}
		}
		if got == nil {
			t.Errorf("%q: no duration", c.text)
			continue
		}
		if got.Text != c.want || got.Normalized != c.norm || got.Qualifier != c.qual || d.Slice(got.Start, got.End) != got.Text {
			t.Errorf("%q: got %q → %s %s, want %q → %s %s", c.text, got.Text, got.Normalized, got.Qualifier, c.want, c.norm, c.qual)
		}
	}
}

// TestBoundedDates: a date open after a lower bound right before one open
// before an upper bound, maybe past 、, is the span between them.
func TestBoundedDates(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct{ text, want, norm string }{
		{"2010年之后2018年之前，他住在北京", "2010年之后2018年之前", "2011/2017"},
		{"2010年以后、2018年以前", "2010年以后、2018年以前", "2011/2017"},
		{"去年以后、明年以前", "去年以后、明年以前", "2024"},
		// Bounds that leave nothing between, or a clause between, stay apart.
		{"2018年以后、2010年以前", "2010年以前", "../2009"},
		{"2010年之后，2018年之前", "2018年之前", "../2017"},
	} {
		d := processed(t, s, c.text)
		got := d.Mentions[len(d.Mentions)-1]
		if got.Text != c.want || got.Normalized != c.norm {
			t.Errorf("%q: got %q → %s, want %q → %s", c.text, got.Text, got.Normalized, c.want, c.norm)
		}
	}
}

// TestWillAfter: a date without its year over before publication is the
// next one when a word of the future follows it and, for 将, a verb after
// that; 将 before a noun or pronoun is 把, and the date stays.
func TestWillAfter(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		text, next, pos, want string
	}{
		{"据报道，1月将迎来高峰。", "迎来", "v", "2025-01"},
		{"据报道，1月将其逮捕。", "其", "r", "2024-01"},
		{"据报道，1月将资金转入。", "资金", "n", "2024-01"},
		{"据报道，3月5日即将开幕。", "开幕", "v", "2025-03-05"},
		{"据报道，3月5日将于北京开幕。", "于", "p", "2025-03-05"},
		// A date still to come, or one the publication week holds, stays.
		{"据报道，8月将迎来高峰。", "迎来", "v", "2024-08"},
		{"据报道，6月1日将迎来高峰。", "迎来", "v", "2024-06-01"},
	} {
		d := &pipeline.Doc{Text: c.text}
		d.Meta.PublishedAt = &exampleAnchor
		r := []rune(c.text)
		at := slices.Index(r, '将')
		if at < 0 {
			at = slices.Index(r, '即') + 1
		}
		n := len([]rune(c.next))
		d.Tokens = []pipeline.Token{{Start: at, End: at + 1, Text: "将", Pos: "d"}, {Start: at + 1, End: at + 1 + n, Text: c.next, Pos: c.pos}}
		if err := s.Process(d); err != nil {
			t.Fatal(err)
		}
		if len(d.Mentions) != 1 || d.Mentions[0].Normalized != c.want {
			t.Errorf("%q: %v, want one date %q", c.text, d.Mentions, c.want)
		}
	}
}

// TestNoDateInsideNames: a person the entities stage named holds no date
// (乔清晨 of a list of people); a tagger's person may be a date's run-on and
// does not hide it.
func TestNoDateInsideNames(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		stage string
		want  int
	}{{"entities", 0}, {"ner", 1}} {
		d := &pipeline.Doc{Text: "张升民、乔清晨、马晓天"}
		d.Meta.PublishedAt = &exampleAnchor
		d.AddMention(pipeline.Mention{Type: pipeline.Person, Start: 4, End: 7, Stage: c.stage})
		if err := s.Process(d); err != nil {
			t.Fatal(err)
		}
		dates := 0
		for _, m := range d.Mentions {
			if m.Type == pipeline.Date {
				dates++
			}
		}
		if dates != c.want {
			t.Errorf("person from %s: %d dates, want %d", c.stage, dates, c.want)
		}
	}
}
