package dates

import (
	"testing"

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
