package dates

import (
	"testing"
	"time"

	"github.com/6tail/lunar-go/calendar"
)

// TestLunarToSolarMatchesLunarGo checks the month table lunarToSolar reads
// against lunar-go's own conversion of whole dates, leap months and the
// last days of short and long months included, across two centuries.
func TestLunarToSolarMatchesLunarGo(t *testing.T) {
	for y := 1901; y <= 2099; y += 7 {
		for m := -12; m <= 12; m++ {
			if m == 0 {
				continue
			}
			lm := calendar.NewLunarYear(y).GetMonth(m)
			for _, d := range []int{1, 15, 29, 30} {
				got, ok := lunarToSolar(y, m, d)
				if lm == nil || d > lm.GetDayCount() {
					if ok {
						t.Errorf("lunarToSolar(%d, %d, %d) = %v, want none", y, m, d, got)
					}
					continue
				}
				s := calendar.NewLunarFromYmd(y, m, d).GetSolar()
				if want := ymd(s.GetYear(), s.GetMonth(), s.GetDay()); !ok || !got.Equal(want) {
					t.Errorf("lunarToSolar(%d, %d, %d) = %v, %v; want %v", y, m, d, got, ok, want)
				}
			}
		}
	}
	// Known dates: 春节 2024 and 中秋节 2023.
	for _, c := range []struct {
		y, m, d int
		want    string
	}{{2024, 1, 1, "2024-02-10"}, {2023, 8, 15, "2023-09-29"}} {
		if got, ok := lunarToSolar(c.y, c.m, c.d); !ok || got.Format("2006-01-02") != c.want {
			t.Errorf("lunarToSolar(%d, %d, %d) = %v, want %s", c.y, c.m, c.d, got, c.want)
		}
	}
}

// TestSolarTermMatchesLunarGo checks solarTerm, which reads a year's table
// once, against lunar-go's table for the year read afresh for each term: a
// term's day in the year, under its first key or its second, and none for
// a name that is no term.
func TestSolarTermMatchesLunarGo(t *testing.T) {
	names := []string{"", "春节", "冬至", "小寒", "大寒", "立春", "雨水", "惊蛰", "春分", "清明", "谷雨", "立夏", "小满", "芒种",
		"夏至", "小暑", "大暑", "立秋", "处暑", "白露", "秋分", "寒露", "霜降", "立冬", "小雪", "大雪"}
	for y := 1901; y <= 2099; y += 7 {
		for _, name := range names {
			got, ok := solarTerm(y, name)
			var want time.Time
			table := calendar.NewSolarFromYmd(y, 6, 1).GetLunar().GetJieQiTable()
			for _, key := range []string{name, termKeys[name]} {
				if s, found := table[key]; found && key != "" && s.GetYear() == y {
					want = ymd(s.GetYear(), s.GetMonth(), s.GetDay())
					break
				}
			}
			if ok != !want.IsZero() || !got.Equal(want) {
				t.Errorf("solarTerm(%d, %q) = %v, %v; want %v", y, name, got, ok, want)
			}
		}
	}
}
