// Package dates finds dates, times and durations in Chinese news text and
// resolves them against the article's publication time (Doc.Meta.PublishedAt).
//
// It adds DATE mentions with date_start and date_end (local wall times,
// Location time.UTC, end exclusive), a granularity, relative (true when the
// publication time was needed) and normalized, and DURATION mentions whose
// normalized form is an ISO 8601 duration (7天 → P7D). A duration's
// qualifier is min for 多 and 余 (两个多月), and otherwise read from a word of
// qualifiers.tsv right before or after it, which joins its span, as for money
// and quantities (近200年 max, 半小时左右 approx; rule duration+qualifier).
// After 第 a number and a unit are an ordinal (进入第5天, 连续第31个月), no
// duration.
//
// Normalized forms:
//
//   - one calendar unit at its granularity: 2023, 2024-H1, 2024-Q3, 2023-11,
//     2024-W23, 2024-05-25, 2024-06-04T15, 2024-06-04T15:30;
//   - a span as first and last unit, both inclusive: 2019/2023,
//     2022-03-01/2022-03-05, 2019-01-01/2024-06-04 (2019年以来);
//   - an open side as "..": 截至2023年底 is ../2023-12 with qualifier max and
//     no date_start; 2015年起 is 2015/.. with qualifier min;
//   - a time of day written without a day (上午, 下午3时) is on the last single
//     day its paragraph named before it (5月20日，…。上午，… → the 20th; rule
//     paragraph-day, relative false), else on the publication day when it
//     has a clock time or opens a clause (上午，习近平来到…; 当地时间中午，);
//     a part of the day inside a clause names no day (夜间门诊, 一个晚上,
//     那天晚上, 每天早上) and has no dates;
//   - anaphoric words (当天, 次日, 当年, 同年, 次月) — a day one with the part
//     of the day and clock time after it (当天凌晨, 当天下午3时) — name a unit counted from
//     the last date before them in the same paragraph that is at least that
//     fine and no longer than one such unit (5月20日签约，次日生效 →
//     2024-05-21; rule anaphor, relative false, since the publication time
//     plays no part); an open interval counts by its last unit (直到1894年 …
//     当年 → 1894), a span of several (近10年) not at all; with no such date
//     they carry no dates — except 当天, 当日, 同日 and 当晚, which then take
//     the last single day, or part of one, named before them in the document (rule
//     anaphor-document: a story's date in its first paragraph, 当天 in a
//     later one). A year anaphor takes a month and day after it
//     (同年4月 → that year's April). 次日 right after 至 (22时至次日6时) is
//     part of a clock range and no anaphor.
//   - vague words (近日, 目前, 届时) are PAST_REF, PRESENT_REF or FUTURE_REF,
//     as in TIMEX3, with relative=true and no dates: no invented precision.
//     So is 今天 when it means the present age: before 的 and a place
//     (今天的中国) or a word of date_words.tsv's present kind (今天的世界),
//     or after 的 (中国的今天, 在经济全球化的今天) but not after an
//     offset or a year (十年后的今天, 去年的今天) nor before a date in
//     brackets; 昨天 after 的 is PAST_REF (中国的昨天);
//     and 明天 when it means the future (FUTURE_REF): after 的 (中国的明天)
//     or beside a word of the future kind (美好明天, 明天更加美好). A day
//     word that opens a title (《今日亚洲》) is none.
//
// Resolution rules, all against the publication time:
//
//   - A month or day right after a dated expression and 和, 与, 及, 、 or 或
//     takes that expression's year (2018年10月和11月 → 2018-11), and a day
//     its month (5月6日、7日 → 2024-05-07), also when that expression took
//     its own year from publication (去年11月、12月); a range lends its
//     last day (4月30日至5月2日、3日 → 2024-05-03), and only a day lends a
//     month to a bare day.
//   - A month or day without a year (5月, 6月4日, 腊月二十三) takes the
//     publication year, or the year before when that reading lies more than
//     nine months after publication (an article of January means last
//     December by 12月), or when the date does not exist that year (2月29日):
//     news reports the current year and says 去年 when it means last year.
//     In a paragraph that tells a history it takes that history's year
//     instead (narrativeYear: 1928年3月20日，…被捕。5月1日英勇牺牲 is
//     1928-05-01): when the date before it has its year written, two or
//     more years before publication, and opens its clause.
//   - A holiday without a year (春节, 圣诞节) is the occurrence nearest to the
//     publication day, before or after it: news about 春节 in December looks
//     ahead, news about 圣诞节 in January looks back.
//   - A Jewish holiday is the civil days whose daytime it covers (逾越节
//     2018 → 2018-03-31/2018-04-06, the seven days Israel keeps): it begins
//     at sundown the evening before, its eve (前夕), which Duckling counts
//     as its first day (holidays.tsv says why).
//   - A day without a month (29日) takes the publication month, or the month
//     before when it lies more than ten days ahead. It must look like a day:
//     ASCII N日 does unless a counter follows (3日游); Chinese numerals and
//     ASCII N号 need a month word before (本月, 每月) or a time word after
//     (上午, 晚, 前, 起, 至), and N号 no name before it (天宫2号, 嫦娥五号)
//     unless a part of the day of two characters follows (李克强26号上午)
//     or, for ASCII N号, a word that opens what the clause says (伊拉克7号
//     发生…, 普京8号发布…: broadcast news writes dates so), and no series
//     name (长征5号还将…), ordinal, address or open quote comes before.
//   - One-character dayparts (晚, 早) count only after a date (25日晚) or
//     before a clock time (晚8点); 今晚 alone is the evening.
//   - One Chinese digit alone after 点 counts 字 of five minutes, as
//     Cantonese does (下午三点三, 三點踏三, 三點三個字 are 15:15): Mandarin
//     writes 15:03 as 三点零三 or 三点三分. A digit that begins the next word
//     is no minute (十一点一直唱到 is 11 o'clock).
//   - A weekday (周三) is that day of the publication week; weeks start on
//     Monday. 上周三 and 下周三 move by whole weeks.
//   - After a word of the future (date_words.tsv's ahead kind: 将于, 定于,
//     计划于), a date resolved by the rules above that is over before the
//     publication day is the next one instead: 将于周一举行 on a Tuesday is
//     next Monday, 将于3月举行 in June next March, 将于1月1日 in December
//     the coming New Year. A reading still under way stands (将在8月15日到
//     10月10日期间 on September 1st), and a day or month up to a week before
//     publication keeps its year or month, since news is often published a
//     few days after it is written; 原定于 (originally planned for) keeps the
//     plan's own time.
//   - N units before or after (10天前, 3年后) is the publication day moved by
//     N units (day granularity); for hours, minutes and seconds the
//     publication time moved (second granularity). More than N units before
//     (三年多前, 10多天前, 一个多月前) is an open interval ending at that day,
//     qualifier max; half units move by the half (半年前, 4年半前). With 后
//     the 多 forms stay durations: 发射1个多小时后 counts from the launch.
//     So does an offset followed by 的 or a comma and the date it names
//     (5天后的1月19日, 两年后，1905年4月3日, 三年多前，2021年5月). So do
//     N units and 后 or 前 right after a verb of an event (date_words.tsv
//     kind event: 成立23年后, 上任8天后, 发射约8分钟后, 通车两年前), and 近
//     N units after one (上线近两年) are nearly N units long; after a verb
//     of a plan (预计3年后, 计划两年后, 将于两年后) the offset still counts
//     from publication. 后 and N units after a
//     character (研制成功后一年多, 手术后两个星期, 事故发生之后5分钟) count
//     from that event: a DURATION, no window from publication. A range of
//     units before 后 or 前 (2至3小时后, 3至5年前) is a DURATION range.
//   - 前两年/上两周/下三天 are the N whole units before or after the current
//     one, and 未来1至2年 the window of the larger count (qualifier max); 近三年/过去三年 are the N units up to the publication day, but
//     after a word of lasting (date_words.tsv kind lasting: 时隔, 经过,
//     持续了) or 已, 近 is "nearly": 时隔近4年 is a DURATION (P4Y, max).
//   - 2019年以来 runs from 2019-01-01 to the end of the publication day; so
//     do 2019年至今 and 从2019年到现在. A duration with 来 or 以来 (70年来,
//     5个月以来) is the span of that length up to publication, as 近70年来,
//     except in a record (十年来首次, 4年来的最高), which names no time.
//     So is 这 and such a duration (这两天, 这五年), but not 这一天 or 这一年,
//     the day or year the story is at, nor right after a date (7月和8月这
//     三个月 counts the months named).
//   - 截至, 截止, 到, 直到 and 等到 before an expression make it an upper
//     bound (到2025年底 is ../2025-12, qualifier max), except 到 completing
//     a verb of date_words.tsv's verbto list (得到, 回到, 达到, 推迟到:
//     推迟到2025年 is 2025 itself). 2019年到2023年 is a range.
//   - A range's right side inherits what it leaves out from the left
//     (2022年3月1日至5日), both ends inclusive: in news 2019—2023年 includes
//     2023 (Recognizers-Text ends such ranges before their right side; we
//     do not). A clock time on the right is an instant that ends the range
//     (上午10点到12点 ends at 12:00), keeps the left's half of the day
//     (下午2点到4点 ends at 16:00) or runs into the next day (晚上10点到凌晨2点);
//     a right side without a year before the left is in the next year
//     (8月至2月). X和Y之间 and X与Y间 are ranges too. A day word on the
//     right, a date in brackets and a part of the day or a clock time are
//     the right side: 20日深夜至今天（11月21日）凌晨 ends at the 21st's
//     early morning, the bracket's day (a weekday in it only confirms).
//   - Two adjacent numerals joined by 、 share the second's unit (rule
//     numeral-pair): 七、八月 is 2024-07/2024-08, 一、二季度 2024-Q1/2024-Q2,
//     七、八十年代 1970/1989, and after a year or month the pair is a range
//     of it (2018年1、2月, 5月5、6日); a duration reads as written without
//     、 (两、三天 is P2D..P3D, qualifier range, as 两三天), and so does
//     三、五天, a few days, as 三五天 (P3D..P5D; 三十五天 is P35D). The first is one digit not after 第, a numeral or 、, nor at
//     the start of a line or sentence, so 一、二、三 and 3、4 list items stay
//     lists; 3月、4月 are two dates.
//   - Adjacent months listed with 、, each with or without 月, before their
//     count are one span, maybe after a year (rule month-list): 今年7、8两个月
//     is 2024-07/2024-08, 4、5、6三个月 2024-04/2024-06, 去年5月、6月两个月
//     2023-05/2023-06; a count that is not the months listed (7、8三个月) or
//     months not adjacent (1、3两个月) make no span.
//   - A number or a duration, 至, 到 or a dash and a duration of the same
//     unit are one DURATION with both ends, as money and quantities write
//     theirs (rule duration-range, qualifier range): 1至3天 is P1D..P3D,
//     两到三个月 P2M..P3M, 3小时至5小时 PT3H..PT5H. The left is less than
//     the right and no ordinal (第1至3天); a date (1至3月) or an offset
//     (3至5年前) on the right makes none.
//   - A season (春季, 夏天) is a date only after a year (今年夏天 is
//     2024-06/2024-08, 去年冬天 runs into the next year); alone it is too
//     often an adjective (夏季奥运会).
//   - No expression cuts a word of date_words.tsv's unbroken list: 具体表现在
//     holds no 现在, 比如今年 is 今年, 光明日报 holds no date, 加上年初 and
//     网上年货节 hold no 上年 (but 以上年为100 does: 以 上年).
//   - Weekdays (周三) and N units before or after (两天前) keep the
//     publication-relative news reading: Duckling resolves bare weekdays
//     forward and reads 两天前 as the two days before; both are
//     conversational conventions.
//
// Without a publication time, expressions that need it are still found,
// with relative=true and no dates; absolute ones resolve as usual.
package dates

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/dictionaries"
	"github.com/zhfacts/zhfacts/pipeline"
)

// Stage implements pipeline.Stage. It is safe for concurrent use.
type Stage struct {
	t     *tables
	quals *dictionaries.Qualifiers
}

// New loads the date word tables and holidays and returns the stage.
func New() (*Stage, error) {
	dw, err := dictionaries.LoadDateWords()
	if err != nil {
		return nil, fmt.Errorf("dates: %w", err)
	}
	hs, err := dictionaries.LoadHolidays()
	if err != nil {
		return nil, fmt.Errorf("dates: %w", err)
	}
	qs, err := dictionaries.LoadQualifiers()
	if err != nil {
		return nil, fmt.Errorf("dates: %w", err)
	}
	return &Stage{t: newTables(dw, hs), quals: qs}, nil
}

// Name returns "dates".
func (*Stage) Name() string { return "dates" }

// Confidence of mentions: resolved expressions, then unresolved relative
// ones and vague words.
const (
	confResolved = 0.9
	confRelative = 0.7
	confVague    = 0.5
)

// scanBufs are the arrays find prepares a text in for the scanner: its
// code points folded, when any folds, and the offsets where expressions
// may begin.
type scanBufs struct {
	runes  []rune
	starts []int32
}

// scanPool recycles scanBufs, paid for once per worker.
var scanPool = sync.Pool{New: func() any { return &scanBufs{runes: make([]rune, 0, 4096), starts: make([]int32, 0, 1024)} }}

// mentionPool recycles the arrays Process collects a document's expressions
// in before it adds them: grown from nothing for each document they were
// the stage's largest allocation.
var mentionPool = sync.Pool{New: func() any { return new([]pipeline.Mention) }}

// Process adds a DATE or DURATION mention for every expression in d.Text.
func (s *Stage) Process(d *pipeline.Doc) error {
	// Names the entities stage read from dictionaries or lists hold no date
	// (乔清晨 listed among people); a tagger's name may be a date's run-on
	// (周一对), so only those.
	var names [][2]int
	for _, m := range d.Mentions {
		if m.Type == pipeline.Person && m.Stage == "entities" {
			names = append(names, [2]int{m.Start, m.End})
		}
	}
	bp := mentionPool.Get().(*[]pipeline.Mention)
	found := s.find((*bp)[:0], d.Text, d.Runes(), d.Meta.PublishedAt, d.ByteOffset, d.Tokens)
	defer func() {
		clear(found) // the pool keeps no text of the document alive
		*bp = found[:0]
		mentionPool.Put(bp)
	}()
	for _, m := range found {
		if slices.ContainsFunc(names, func(n [2]int) bool { return n[0] <= m.Start && m.End <= n[1] }) {
			continue
		}
		if s.presentAge(d, &m) {
			m.Normalized, m.Granularity, m.DateStart, m.DateEnd = presentRef, "", nil, nil
			m.Rule, m.Confidence = "vague", confVague
		}
		if pastAge(d, &m) {
			m.Normalized, m.Granularity, m.DateStart, m.DateEnd = pastRef, "", nil, nil
			m.Rule, m.Confidence = "vague", confVague
		}
		if s.futureAge(d, &m) {
			m.Normalized, m.Granularity, m.DateStart, m.DateEnd = futureRef, "", nil, nil
			m.Rule, m.Confidence = "vague", confVague
		}
		if n := len(d.Mentions) - 1; n >= 0 && m.Type == pipeline.Date && boundedDates(d, &d.Mentions[n], m) {
			continue
		}
		if m.Type == pipeline.Duration && m.Rule != "per-month" { // the word after 一月 is its own (一月多次)
			s.qualify(d, &m)
			if n := len(d.Mentions) - 1; n >= 0 && boundedRange(d, &d.Mentions[n], m) {
				continue
			}
		}
		d.AddMention(m)
	}
	return nil
}

// boundedRange makes lo, a duration of at least some units, and hi, the
// duration of at most more of them right after it, one range:
// 三年以上七年以下 is P3Y..P7Y (rule duration-range), as 三到七年 is; apart
// they said "at least three years" and "at most seven".
func boundedRange(d *pipeline.Doc, lo *pipeline.Mention, hi pipeline.Mention) bool {
	if lo.Stage != "dates" || lo.Type != pipeline.Duration || lo.Qualifier != "min" || hi.Qualifier != "max" || lo.End != hi.Start {
		return false
	}
	a, b := sinceRE.FindStringSubmatch(lo.Normalized), sinceRE.FindStringSubmatch(hi.Normalized)
	if a == nil || b == nil || a[2] != b[2] {
		return false
	}
	x, _ := strconv.Atoi(a[1])
	y, _ := strconv.Atoi(b[1])
	if x >= y {
		return false
	}
	lo.End, lo.Normalized, lo.Qualifier, lo.Rule = hi.End, lo.Normalized+".."+hi.Normalized, "range", "duration-range"
	lo.Text = d.Slice(lo.Start, lo.End)
	return true
}

// boundedDates makes lo, a date open after a lower bound (2010年之后, 从今天起;
// min), and hi, one open before an upper bound (2018年之前, 到1月7号; max)
// right after it or after 、, one span between them: 2010年之后2018年之前 and
// 2010年以后、2018年以前 are 2011/2017 (rule date-range), as 2011年至2017年
// is, and 从今天起到1月7号 runs from today to the 7th; apart they said "since"
// and "until".
func boundedDates(d *pipeline.Doc, lo *pipeline.Mention, hi pipeline.Mention) bool {
	if lo.Stage != "dates" || lo.Type != pipeline.Date || lo.Qualifier != "min" || hi.Qualifier != "max" ||
		lo.DateStart == nil || lo.DateEnd != nil || hi.DateStart != nil || hi.DateEnd == nil || !lo.DateStart.Before(*hi.DateEnd) ||
		lo.Granularity != hi.Granularity {
		return false
	}
	if gap := d.Slice(lo.End, hi.Start); gap != "" && gap != "、" {
		return false
	}
	from, _, _ := strings.Cut(lo.Normalized, "/")
	_, to, _ := strings.Cut(hi.Normalized, "/")
	lo.End, lo.DateEnd, lo.Normalized, lo.Qualifier, lo.Rule = hi.End, hi.DateEnd, from+"/"+to, "exact", "date-range"
	if from == to {
		lo.Normalized = from // 去年以后、明年以前: the one year between
	}
	if hi.Relative != nil && *hi.Relative {
		lo.Relative = hi.Relative
	}
	lo.Text = d.Slice(lo.Start, lo.End)
	return true
}

// qualify reads a word of qualifiers.tsv right before or after duration m
// into its span and qualifier, as money and quantities do (近200年 max,
// 约3小时 approx, 超过24小时 min, 半小时左右 approx), unless m already has
// one of its own (两个多月: min).
func (s *Stage) qualify(d *pipeline.Doc, m *pipeline.Mention) {
	if m.Qualifier != "" && m.Qualifier != "exact" {
		return
	}
	if form, q, ok := s.quals.BeforeNumber(d.Slice(max(m.Start-4, 0), m.Start)); ok {
		m.Start -= utf8.RuneCountInString(form)
		m.Qualifier = q
	} else if form, q, ok := s.quals.After.Prefix(d.Slice(m.End, min(m.End+3, d.CharCount()))); ok {
		m.End += utf8.RuneCountInString(form)
		m.Qualifier = q
	} else {
		return
	}
	m.Text, m.Rule = d.Slice(m.Start, m.End), m.Rule+"+qualifier"
}

// presentAge reports whether day mention m, 今天 or 今日, is the present age
// rather than the publication day: followed by 的 and a PLACE mention or a
// word of date_words.tsv's era kind (今天的中国, 今天的世界).
func (s *Stage) presentAge(d *pipeline.Doc, m *pipeline.Mention) bool {
	if m.Type != pipeline.Date || m.Rule != "calendar" || (m.Text != "今天" && m.Text != "今日") {
		return false
	}
	if afterDe(d, m) {
		return true
	}
	if d.Slice(m.End, min(m.End+1, d.CharCount())) != "的" {
		return false
	}
	at := m.End + 1
	if slices.ContainsFunc(d.Mentions, func(p pipeline.Mention) bool { return p.Type == pipeline.Place && p.Start == at }) {
		return true
	}
	tr := s.t.words[kindPresent]
	if tr == nil {
		return false
	}
	v, _ := tr.longest([]rune(d.Slice(at, min(at+8, d.CharCount()))), 0)
	return v != nil
}

// afterDe reports whether day mention m follows 的 and no offset, year or
// date in brackets marks it a day: 中国的今天, 在经济全球化的今天 and
// 中国的昨天 name an age; 十年后的今天, 去年的今天 and 一年后的今天（9月26日）
// a day.
func afterDe(d *pipeline.Doc, m *pipeline.Mention) bool {
	before := []rune(d.Slice(max(m.Start-2, 0), m.Start))
	if len(before) == 0 || before[len(before)-1] != '的' {
		return false
	}
	if len(before) == 2 && strings.ContainsRune("前后年日", before[0]) {
		return false
	}
	next := d.Slice(m.End, min(m.End+1, d.CharCount()))
	return next != "（" && next != "("
}

// pastAge reports whether day mention m, 昨天 or 昨日, is the past rather
// than the day before publication: after 的 (中国的昨天), as 明天 after 的 is
// the future.
func pastAge(d *pipeline.Doc, m *pipeline.Mention) bool {
	return m.Type == pipeline.Date && m.Rule == "calendar" && (m.Text == "昨天" || m.Text == "昨日") && afterDe(d, m)
}

// titleDay reports whether the expression at r[start:] is a day word that
// opens a title (《今日中国》, 《今天是你的生日》): a name, no date.
func titleDay(r []rune, start int) bool {
	if start == 0 || r[start-1] != '《' {
		return false
	}
	switch r[start] {
	case '今', '明', '昨':
		return true
	}
	return false
}

// futureAge reports whether day mention m, 明天 or 明日, is the future
// rather than the day after publication: after 的 (中国的明天, 美好的明天), or
// right after or before a word of date_words.tsv's future kind (美好明天,
// 澳门明天更美好, 相信明天).
func (s *Stage) futureAge(d *pipeline.Doc, m *pipeline.Mention) bool {
	if m.Type != pipeline.Date || m.Rule != "calendar" || (m.Text != "明天" && m.Text != "明日") {
		return false
	}
	before := []rune(d.Slice(max(m.Start-4, 0), m.Start))
	if len(before) > 0 && before[len(before)-1] == '的' {
		return true
	}
	tr := s.t.words[kindFuture]
	if tr == nil {
		return false
	}
	side := func(v any) int {
		if w, ok := v.(*dictionaries.DateWord); ok {
			return w.N[0]
		}
		return 0
	}
	if v, _ := tr.longest([]rune(d.Slice(m.End, min(m.End+4, d.CharCount()))), 0); side(v) == 1 {
		return true
	}
	for i := range before {
		if v, end := tr.longest(before, i); end == len(before) && side(v) == -1 {
			return true
		}
	}
	return false
}

// Find returns the mentions for every expression in text, resolved against
// anchor (nil when the publication time is unknown), with Start and End as
// code point offsets and Text filled in.
func (s *Stage) Find(text string, anchor *time.Time) []pipeline.Mention {
	return s.find(nil, text, nil, anchor, nil, nil)
}

// Within returns the longest expression Process would read in
// d.Text[start:end] taken on its own, resolved against the publication time,
// with offsets into d.Text: the overlap stage rereads what is left of a
// mention that gave characters to a name. A qualifier next to the span is not
// read into it again.
func (s *Stage) Within(d *pipeline.Doc, start, end int) (pipeline.Mention, bool) {
	var best pipeline.Mention
	for _, m := range s.Find(d.Slice(start, end), d.Meta.PublishedAt) {
		if m.End-m.Start > best.End-best.Start {
			best = m
		}
	}
	best.Start += start
	best.End += start
	return best, best.Text != ""
}

// find is Find appending to out, with the code points of text when they are
// decoded already (nil decodes text), and byteAt converting code point
// offsets into byte offsets of text; nil walks the text with a cursor.
// Process passes the document's own code points and index, which the stages
// before it have built, and its words (toks, sorted by Start; nil when there
// are none).
func (s *Stage) find(out []pipeline.Mention, text string, decoded []rune, anchor *time.Time, byteAt func(int) int, toks []pipeline.Token) []pipeline.Mention {
	bufs := scanPool.Get().(*scanBufs)
	defer scanPool.Put(bufs)
	var r []rune
	var starts []int32
	if decoded != nil {
		r, starts = s.t.prepare(decoded, &bufs.runes, bufs.starts[:0])
	} else {
		r = s.t.foldText(text, bufs.runes)
		bufs.runes = r[:0]
		starts = s.t.appendStarts(bufs.starts[:0], r, 0)
	}
	bufs.starts = starts[:0]
	if anchor != nil {
		a := *anchor
		anchor = &a
	}
	sc := scanner{t: s.t, r: r, starts: starts, anchor: anchor}
	if toks != nil {
		sc.verbAt = func(i int) bool {
			k, ok := slices.BinarySearchFunc(toks, i, func(t pipeline.Token, i int) int { return t.Start - i })
			return ok && strings.HasPrefix(toks[k].Pos, "v")
		}
	}
	if byteAt == nil {
		cur := cursor{text: text, r: r}
		byteAt = cur.byteAt
	}
	sc.find(func(start, end int, rule string, v value) {
		if titleDay(r, start) {
			return
		}
		bs := byteAt(start)
		if v.ana != nil {
			var far bool
			if v, far = resolveAnaphor(v, out, r, start, anchor); far {
				rule = "anaphor-document"
			}
		}
		if v.onPublicationDay {
			if day, ok := paragraphDay(out, r, start); ok {
				v, rule = v.movedTo(day, *anchor), "paragraph-day" // 5月20日，…。上午，… is the 20th
				if v.point && v.start.Hour() >= 1 && v.start.Hour() < 12 && sc.eveningBefore(out, start) {
					v.start, v.end = v.start.Add(12*time.Hour), v.end.Add(12*time.Hour) // 今晚（3月17日）9时30分 is 21:30
				}
			} else if !v.point && !opensClause(r, start, end) {
				// A part of the day with neither a day nor a clock time
				// names no day inside a clause (夜间门诊, 一个晚上, 那天晚上):
				// no dates. Opening one (上午，习近平来到…) it is the
				// publication day's, as news tells the day's events.
				v = value{typ: pipeline.Date, relative: true, unresolved: true}
			}
		}
		if v.sentenceDay && v.hasStart {
			if day, ok := s.t.sentenceDay(out, r, start); ok && !day.After(v.start) {
				v.start = day // 8日宣布，即日起… runs from the 8th
				v.relative = v.hasEnd
			}
		}
		m := mention(v, rule)
		m.Start, m.End, m.Text = start, end, text[bs:byteAt(end)]
		if k := len(out) - 1; k >= 0 && bracketed(r, out[k], start) && out[k].Rule == "anaphor" && out[k].DateStart == nil && m.DateStart != nil {
			// 开通当天（6月30日）: the bracket says which day.
			out[k].DateStart, out[k].DateEnd, out[k].Granularity = m.DateStart, m.DateEnd, m.Granularity
			out[k].Normalized, out[k].Rule, out[k].Confidence = m.Normalized, "anaphor-bracket", m.Confidence
		}
		out = append(out, m)
	})
	return out
}

// eveningBefore reports whether the expression at at follows a bracketed
// date right after a day word of the evening: 今晚（3月17日）9时30分,
// 昨晚（7月17日）10时20分.
func (s *scanner) eveningBefore(prev []pipeline.Mention, at int) bool {
	n := len(prev)
	if n < 2 || prev[n-1].End+1 != at || prev[n-2].End+1 != prev[n-1].Start || !strings.ContainsRune("）)", s.r[prev[n-1].End]) ||
		!strings.ContainsRune("（(", s.r[prev[n-2].End]) {
		return false
	}
	w, end := s.word(kindDayRef, prev[n-2].Start)
	if w == nil || end != prev[n-2].End {
		return false
	}
	dp := s.t.dayparts[w.Ref]
	return dp != nil && dp.N[2] == 1
}

// opensClause reports whether the expression at r[start:end] opens a
// sentence or a line, or follows 当地时间 or 北京时间, and ends its clause
// (上午，…; 中午时分，…).
func opensClause(r []rune, start, end int) bool {
	k := start
	if k >= 2 && string(r[k-2:k]) == "时间" {
		k -= 4 // 当地时间, 北京时间
	}
	if k > 0 && !strings.ContainsRune("\n。！？；：!?;:", r[k-1]) {
		return false
	}
	if end < len(r) && r[end] == '时' && end+1 < len(r) && r[end+1] == '分' {
		end += 2
	}
	return end < len(r) && strings.ContainsRune("，,", r[end])
}

// paragraphDay returns the last single day a DATE mention before at in the
// same paragraph names, when it is not a day only guessed from another
// paragraph (anaphor-document).
func paragraphDay(prev []pipeline.Mention, r []rune, at int) (time.Time, bool) {
	for k := len(prev) - 1; k >= 0; k-- {
		p := prev[k]
		if slices.Contains(r[p.End:at], '\n') {
			break
		}
		if p.Type == pipeline.Date && p.Granularity == "day" && p.DateStart != nil && p.DateEnd != nil &&
			p.DateEnd.Sub(*p.DateStart) == 24*time.Hour && p.Rule != "anaphor-document" {
			return *p.DateStart, true
		}
	}
	return time.Time{}, false
}

// sentenceDay returns the day of what its sentence says was done before
// at: the last day or part of one a DATE mention names with a word that
// opens a clause's predicate right after it (date_words.tsv kind predicate:
// 8日宣布, 23日还宣布, 4月6日签署) or with a comma after it opening the
// sentence (5日，以色列政府宣布). A day of something else (昨日媒体报道的内容,
// 6月17号军方所颁布的) is not it.
func (t *tables) sentenceDay(prev []pipeline.Mention, r []rune, at int) (time.Time, bool) {
	// The last mark before at that ends a sentence: mentions ending at or
	// before it lie in sentences before.
	ends := at - 1
	for ends >= 0 && !sentenceEnd(r[ends]) {
		ends--
	}
	for k := len(prev) - 1; k >= 0; k-- {
		p := prev[k]
		if p.End <= ends {
			break
		}
		day, ok := oneDay(p)
		if !ok || p.Rule == "anaphor-document" {
			continue
		}
		if v, _ := t.words[kindPredicate].longest(r, p.End); v != nil || p.End < len(r) && r[p.End] == '，' && (p.Start == 0 || sentenceEnd(r[p.Start-1])) {
			return day, true
		}
	}
	return time.Time{}, false
}

// sentenceEnd reports whether c ends a sentence or paragraph.
func sentenceEnd(c rune) bool { return strings.ContainsRune("\n。！？!?", c) }

// bracketed reports whether the expression at start opens a bracket right
// after prev (当天（6月30日）).
func bracketed(r []rune, prev pipeline.Mention, start int) bool {
	return start == prev.End+1 && prev.End < len(r) && (r[prev.End] == '（' || r[prev.End] == '(')
}

// resolveAnaphor resolves 当天, 次日, 当年… against the last date before it in
// the same paragraph (r are the text's code points) that is at least as
// fine as the unit the word names: 5月20日签约，次日生效 → 2024-05-21. 当天,
// 当日 and 同日 with no such date in their paragraph take the last single
// day named before it in the document (9月10日，…致贺信。\n…当天… → that
// day), and far says so, when that day lies in the month up to publication
// (anchor): a story's 当天 is recent, and an older day named before it is
// history (1995年10月13日 … 当天中午). Without one it stays unresolved: the
// publication date is no safe guess.
func resolveAnaphor(v value, prev []pipeline.Mention, r []rune, at int, anchor *time.Time) (out value, far bool) {
	if w := resolveIn(v, prev, r, at, anchor); w.ana == nil || w.hasStart || w.hasEnd {
		return w, false
	}
	if v.ana.g != gDay || v.ana.n != 0 || v.ana.month > 0 || anchor == nil {
		return v, false
	}
	pub := ymd(anchor.Year(), int(anchor.Month()), anchor.Day())
	for k := len(prev) - 1; k >= 0; k-- {
		if day, ok := oneDay(prev[k]); ok {
			if day.After(pub) || day.Before(pub.AddDate(0, -1, 0)) {
				return v, false
			}
			return v.ana.at(day), true
		}
	}
	return v, false
}

// oneDay returns the day a DATE mention names when it names one day or a
// part of one (20日晚上, 5日下午3时): a day anaphor in a later paragraph
// (当晚, 当天) may refer to it.
func oneDay(p pipeline.Mention) (time.Time, bool) {
	if p.Type != pipeline.Date || p.DateStart == nil || p.DateEnd == nil || p.Granularity == "" || !atLeast(p.Granularity, gDay) {
		return time.Time{}, false
	}
	day := truncate(*p.DateStart, gDay)
	return day, !p.DateEnd.After(day.AddDate(0, 0, 1))
}

// resolveIn is resolveAnaphor within the paragraph. A year anaphor (当年)
// after a date said relative to publication that lies in the publication
// year (今天, 今年) stays unresolved: it names the past the present is set
// against (今天的拉萨…当年十八军进藏), not the present year; after 50年前 it
// is that year.
func resolveIn(v value, prev []pipeline.Mention, r []rune, at int, anchor *time.Time) value {
	for k := len(prev) - 1; k >= 0; k-- {
		p := prev[k]
		if slices.Contains(r[p.End:at], '\n') {
			break
		}
		if p.Type != pipeline.Date || !atLeast(p.Granularity, v.ana.g) || p.Rule == "anaphor-document" || p.Rule == "from-now" {
			continue // a day guessed from another paragraph, or a span from now or 即日, is no antecedent
		}
		if v.ana.g == gYear && v.ana.n == 0 && p.Relative != nil && *p.Relative && anchor != nil &&
			p.DateStart != nil && p.DateStart.Year() == anchor.Year() {
			return v // 今年86岁的老兵当年…: 当年 is the past the present is set against
		}
		var t time.Time
		switch {
		case p.DateStart != nil:
			t = truncate(*p.DateStart, v.ana.g)
			if p.DateEnd != nil && !truncate(p.DateEnd.Add(-time.Nanosecond), v.ana.g).Equal(t) {
				continue // 近10年 spans years: no 当年 refers to it
			}
		case p.DateEnd != nil:
			t = truncate(p.DateEnd.Add(-time.Nanosecond), v.ana.g) // ../1894: its last unit
		default:
			continue
		}
		t = v.ana.g.add(t, v.ana.n)
		if a := v.ana; a.month > 0 {
			day := max(a.day, 1)
			if !validYMD(t.Year(), a.month, day) {
				return v // 同年2月30日
			}
			t = ymd(t.Year(), a.month, day)
		}
		return v.ana.at(t)
	}
	return v
}

// atLeast reports whether the granularity named a is g or finer (a day is
// fine enough for 当月; a week is not, since it may span two months).
func atLeast(a string, g gran) bool {
	for k, name := range granNames {
		if name == a && k != 0 {
			return gran(k) >= g && gran(k) != gWeek
		}
	}
	return false
}

// mention builds the output row for one expression.
func mention(v value, rule string) pipeline.Mention {
	m := pipeline.Mention{
		Type:       v.typ,
		Normalized: v.normalized(),
		Qualifier:  v.qual,
		Stage:      "dates",
		Rule:       rule,
		Confidence: confResolved,
	}
	if m.Qualifier == "" {
		m.Qualifier = "exact"
	}
	if v.typ == pipeline.Duration {
		return m
	}
	b := &pointees{relative: v.relative}
	m.Relative = &b.relative
	m.Granularity = v.gran.String()
	switch {
	case v.norm != "":
		m.Confidence, m.Granularity = confVague, ""
	case v.unresolved:
		m.Confidence = confRelative
	default:
		if v.hasStart {
			b.start = v.start
			m.DateStart = &b.start
		}
		if v.hasEnd {
			b.end = v.end
			m.DateEnd = &b.end
		}
	}
	return m
}

// pointees holds what a date's mention points to, allocated together: one
// allocation per mention, where the flag and each bound took one of their
// own (and a duration's flag one it never used).
type pointees struct {
	relative   bool
	start, end time.Time
}

// cursor converts increasing code point offsets into byte offsets of text,
// using the folded runes r (folding keeps every character's UTF-8 length)
// and decoding text only where it held invalid UTF-8.
type cursor struct {
	text       string
	r          []rune
	runes, pos int
}

// byteAt advances to code point offset k and returns its byte offset.
func (c *cursor) byteAt(k int) int {
	for c.runes < k && c.pos < len(c.text) {
		switch b := c.text[c.pos]; {
		case b < utf8.RuneSelf:
			c.pos++
		case b&0xF0 == 0xE0 && c.r[c.runes] != utf8.RuneError:
			c.pos += 3 // a character decoded from three bytes
		default:
			size := utf8.RuneLen(c.r[c.runes])
			if c.r[c.runes] == utf8.RuneError {
				_, size = utf8.DecodeRuneInString(c.text[c.pos:])
			}
			c.pos += size
		}
		c.runes++
	}
	return c.pos
}
