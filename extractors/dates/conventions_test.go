package dates

import (
	"strings"
	"testing"
	"time"

	"github.com/zhfacts/zhfacts/extractors/cleanup"
	"github.com/zhfacts/zhfacts/pipeline"
)

// TestConventions: a failure is put down to a suite's convention only when
// zhfacts read the whole input and its reading, carried through the
// convention, is the suite's value; else it stays unexplained.
func TestConventions(t *testing.T) {
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	e, err := newExplainer(s)
	if err != nil {
		t.Fatal(err)
	}
	const (
		dk = "facebook/duckling:Duckling/Time/ZH/Corpus.hs"
		tw = "facebook/duckling:Duckling/Time/ZH/TW/Corpus.hs"
		rt = "microsoft/Recognizers-Text:Specs/DateTime/Chinese/DateTimeModel.json"
	)
	duck := time.Date(2013, 2, 12, 4, 30, 0, 0, time.UTC) // a Tuesday
	rtRef := time.Date(2017, 3, 22, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		source, input string
		anchor        time.Time
		expected      string
		want          string // the convention's name, or a part of it; "" for none
	}{
		{dk, "两天前", duck, "2013-02-10T00:00:00/2013-02-12T00:00:00", "ago/later"},
		{dk, "三年後", duck, "2014-01-01T00:00:00/2017-01-01T00:00:00", "ago/later"},
		{dk, "两星期前", duck, "2013-01-28T00:00:00/2013-02-11T00:00:00", "ago/later"},
		{dk, "三分钟后", duck, "2013-02-12T04:31:00/2013-02-12T04:34:00", "ago/later"},
		// The right unit but not the suite's span: not explained.
		{dk, "两天前", duck, "2013-02-09T00:00:00/2013-02-12T00:00:00", ""},
		{dk, "周二", duck, "2013-02-19", "weekday"},
		{dk, "下周三", duck, "2013-02-13", "weekday"},
		{dk, "禮拜一早上", duck, "2013-02-18T04:00:00/2013-02-18T12:00:00", "weekday"},
		{dk, "这周末", duck, "2013-02-15T18:00:00/2013-02-18T00:00:00", "Friday"},
		{dk, "现在", duck, "2013-02-12T04:30:00", "instant"},
		{dk, "前两个月", duck, "2012-12-01T00:00:00/2013-02-01T00:00:00", "前两个月"},
		{tw, "国庆节", duck, "2013-10-10", "10 October"},
		{dk, "赎罪日", duck, "2013-09-13", "eve"},
		{dk, "春节", duck, "2014-01-31", "next occurrence"},
		{dk, "圣诞节", duck, "2013-12-25", "next occurrence"},
		// A holiday read as a later day than the suite's is no convention.
		{dk, "圣诞节", duck, "2013-12-24", ""},
		// Only part of the input read: not explained.
		{dk, "正月正时", duck, "2014-01-31", ""},
		{rt, "从一月十日到十二日", rtRef, "2017-01-10T00:00:00/2017-01-12T00:00:00", "last unit"},
		{rt, "1995 - 1997年", rtRef, "1995-01-01T00:00:00/1997-01-01T00:00:00", "last unit"},
		{rt, "今年", time.Date(2018, 7, 16, 16, 0, 0, 0, time.UTC), "2018-01-01T00:00:00/2018-07-16T00:00:00", "year to date"},
		{rt, "明天早上", time.Date(2019, 8, 9, 16, 12, 0, 0, time.UTC), "2019-08-10T08:00:00/2019-08-10T12:00:00", "早上"},
		// Duckling's conventions are not Recognizers-Text's.
		{rt, "周二", rtRef, "2017-03-28", ""},
	}
	for _, tt := range tests {
		text := cleanup.Fold(tt.input)
		m, found := longest(s.Find(text, &tt.anchor), pipeline.Date)
		if !found {
			t.Errorf("%s: no date read", tt.input)
			continue
		}
		if intervalMatches(m, tt.expected) {
			t.Errorf("%s: zhfacts' own reading is %s already", tt.input, tt.expected)
			continue
		}
		got := e.explain(normRow{tt.source, text, tt.expected, tt.anchor}, m)
		if tt.want == "" && got != "" || tt.want != "" && !strings.Contains(got, tt.want) {
			t.Errorf("%s (want %s, zhfacts %s): convention %q, want one with %q", tt.input, tt.expected, describe(m, true), got, tt.want)
		}
	}
}
