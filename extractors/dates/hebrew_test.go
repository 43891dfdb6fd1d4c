package dates

import (
	"testing"
	"time"
)

// TestHebrewKnownDates checks conversions against days the Jewish
// communities kept: holidays of the last decades, the Yom Kippur War's
// first day, the day of Israel's independence, and dates across the
// calendar's range as hebcal's tests give them (R.D. 1 is 18 Tevet 3761).
func TestHebrewKnownDates(t *testing.T) {
	for _, c := range []struct {
		y, m, d int
		want    string
	}{
		{5784, tishrei, 1, "2023-09-16"},  // Rosh Hashanah
		{5784, nisan, 15, "2024-04-23"},   // Passover
		{5774, tishrei, 10, "2013-09-14"}, // Yom Kippur
		{5779, kislev, 25, "2018-12-03"},  // Hanukkah
		{5784, adarII, 14, "2024-03-24"},  // Purim in a leap year
		{5783, adar, 14, "2023-03-07"},    // Purim in a common year
		{5784, kislev, 25, "2023-12-08"},
		{5785, kislev, 25, "2024-12-26"},
		{5783, nisan, 15, "2023-04-06"},
		{5782, nisan, 15, "2022-04-16"},
		{5778, nisan, 15, "2018-03-31"},
		{5778, 3, 6, "2018-05-20"},        // Shavuot
		{5784, tishrei, 22, "2023-10-07"}, // Shemini Atzeret, Simchat Torah in Israel
		{5784, tishrei, 10, "2023-09-25"}, // Yom Kippur
		{5785, tishrei, 10, "2024-10-12"}, // Yom Kippur on a Saturday
		{5734, tishrei, 10, "1973-10-06"}, // the Yom Kippur War
		{5708, 2, 5, "1948-05-14"},        // Israel's declaration of independence
		{5708, 2, 6, "1948-05-15"},        // R.D. 711262
		{5769, heshvan, 15, "2008-11-13"}, // R.D. 733359
		{5765, adarII, 22, "2005-04-02"},  // R.D. 732038
		{3761, 10, 18, "0001-01-01"},      // R.D. 1
		{5786, 10, 10, "2025-12-30"},      // 10 Tevet
		{5785, 10, 10, "2025-01-10"},      // 10 Tevet
		{5784, 5, 9, "2024-08-13"},        // Tisha B'Av
		{5785, 5, 9, "2025-08-03"},        // Tisha B'Av
		{5782, 5, 9, "2022-08-06"},        // Tisha B'Av on a Saturday
		{5784, 2, 5, "2024-05-13"},        // 5 Iyar on a Monday
	} {
		rd, ok := fixedFromHebrew(c.y, c.m, c.d)
		if got := dateOfRD(rd).Format(time.DateOnly); !ok || got != c.want {
			t.Errorf("%d-%d-%d = %s, %v; want %s", c.y, c.m, c.d, got, ok, c.want)
		}
	}
	// R.D. numbers from hebcal's tests, before the Common Era and late.
	for _, c := range []struct{ y, m, d, rd int }{
		{3761, 10, 17, 0}, {3761, 10, 1, -16}, {3761, kislev, 30, -17}, {3761, nisan, 1, 72},
		{3762, tishrei, 1, 249}, {5765, 11, 1, 731957}, {5765, adar, 1, 731987}, {9999, 6, 29, 2278650},
	} {
		if rd, ok := fixedFromHebrew(c.y, c.m, c.d); !ok || rd != c.rd {
			t.Errorf("%d-%d-%d = R.D. %d, %v; want %d", c.y, c.m, c.d, rd, ok, c.rd)
		}
	}
	// Rosh Hashanah of each year from 5760 (1999) to 5786 (2025).
	for i, want := range []string{
		"1999-09-11", "2000-09-30", "2001-09-18", "2002-09-07", "2003-09-27", "2004-09-16",
		"2005-10-04", "2006-09-23", "2007-09-13", "2008-09-30", "2009-09-19", "2010-09-09",
		"2011-09-29", "2012-09-17", "2013-09-05", "2014-09-25", "2015-09-14", "2016-10-03",
		"2017-09-21", "2018-09-10", "2019-09-30", "2020-09-19", "2021-09-07", "2022-09-26",
		"2023-09-16", "2024-10-03", "2025-09-23",
	} {
		if got := dateOfRD(roshHashanah(5760 + i)).Format(time.DateOnly); got != want {
			t.Errorf("Rosh Hashanah %d = %s, want %s", 5760+i, got, want)
		}
	}
}

// TestHebrewYearLengths checks year and month lengths against hebcal's
// tests, which span the calendar's range: the year lengths test all four
// postponements, Heshvan and Kislev the complete and deficient years.
func TestHebrewYearLengths(t *testing.T) {
	for y, want := range map[int]int{
		1: 355, 2: 355, 123: 355, 1234: 353, 3671: 354, 3762: 383,
		5761: 353, 5762: 354, 5763: 385, 5764: 355, 5765: 383, 5766: 354,
		5779: 385, 5780: 355, 5781: 353, 5782: 384, 5783: 355, 5784: 383,
		5785: 355, 5786: 354, 5787: 385, 5788: 355, 5789: 354,
	} {
		if got := newHebrewYear(y).length; got != want {
			t.Errorf("year %d has %d days, want %d", y, got, want)
		}
	}
	for _, c := range []struct{ y, m, want int }{
		{5782, heshvan, 29}, {5783, heshvan, 30}, {5783, kislev, 30}, {5784, kislev, 29},
		{5765, tishrei, 30}, {5765, heshvan, 29}, {5765, kislev, 29}, {5765, 10, 29},
		{5780, 2, 29}, {5780, 3, 30}, {5784, adar, 30}, {5784, adarII, 29}, {5783, adar, 29}, {5783, adarII, 0},
	} {
		if got := newHebrewYear(c.y).monthDays(c.m); got != c.want {
			t.Errorf("month %d of %d has %d days, want %d", c.m, c.y, got, c.want)
		}
	}
}

// TestHebrewYears checks every year from 1 to 10000: its length is one of
// the six allowed, 13 months exactly in leap years, Rosh Hashanah never on
// a Sunday, Wednesday or Friday (lo ADU) nor Passover on a Monday,
// Wednesday or Friday, and its months add up to its length.
func TestHebrewYears(t *testing.T) {
	for y := 1; y <= 10000; y++ {
		h := newHebrewYear(y)
		if !hebrewYearLengthOK(h) {
			t.Fatalf("year %d has %d days (leap %v)", y, h.length, h.leap)
		}
		if wd := dateOfRD(h.newYear).Weekday(); wd == time.Sunday || wd == time.Wednesday || wd == time.Friday {
			t.Fatalf("Rosh Hashanah %d on a %s", y, wd)
		}
		if wd := dateOfRD(h.fixed(nisan, 15)).Weekday(); wd == time.Monday || wd == time.Wednesday || wd == time.Friday {
			t.Fatalf("Passover %d on a %s", y, wd)
		}
		sum := 0
		for m := 1; m <= h.months(); m++ {
			sum += h.monthDays(m)
		}
		if sum != h.length {
			t.Fatalf("months of %d add up to %d, year has %d", y, sum, h.length)
		}
	}
}

func hebrewYearLengthOK(h hebrewYear) bool {
	switch h.length {
	case 353, 354, 355:
		return !h.leap
	case 383, 384, 385:
		return h.leap
	}
	return false
}

// TestHebrewRoundTrip converts every day from 1900 to 2100 to the Hebrew
// calendar and back.
func TestHebrewRoundTrip(t *testing.T) {
	for rd := rdOf(ymd(1900, 1, 1)); rd <= rdOf(ymd(2100, 12, 31)); rd++ {
		checkHebrewRoundTrip(t, rd)
	}
}

// FuzzHebrewRoundTrip converts days between the epoch and the year 9999
// to the Hebrew calendar and back.
func FuzzHebrewRoundTrip(f *testing.F) {
	for _, rd := range []int{1, hebrewEpoch, 738779, 0, 3652059} {
		f.Add(int64(rd))
	}
	span := int64(rdOf(ymd(9999, 12, 31)) - hebrewEpoch + 1)
	f.Fuzz(func(t *testing.T, n int64) {
		checkHebrewRoundTrip(t, hebrewEpoch+int(((n%span)+span)%span))
	})
}

func checkHebrewRoundTrip(t *testing.T, rd int) {
	t.Helper()
	y, m, d := hebrewFromFixed(rd)
	h := newHebrewYear(y)
	if !h.valid(m, d) || !hebrewYearLengthOK(h) {
		t.Fatalf("R.D. %d = %d-%d-%d, no valid date (year of %d days)", rd, y, m, d, h.length)
	}
	if back, ok := fixedFromHebrew(y, m, d); !ok || back != rd {
		t.Fatalf("R.D. %d = %d-%d-%d = R.D. %d", rd, y, m, d, back)
	}
	if rdOf(dateOfRD(rd)) != rd {
		t.Fatalf("R.D. %d = %s = R.D. %d", rd, dateOfRD(rd), rdOf(dateOfRD(rd)))
	}
}

// TestHebrewToSolar checks the Gregorian year's occurrence: Adar is Adar
// II in a leap year, a date in Tevet may fall twice in one Gregorian year
// (the first is taken) or not at all.
func TestHebrewToSolar(t *testing.T) {
	for _, c := range []struct {
		y, m, d int
		want    string
	}{
		{2024, adar, 14, "2024-03-24"},
		{2023, adar, 14, "2023-03-07"},
		{2023, tishrei, 1, "2023-09-16"},
		{2024, nisan, 15, "2024-04-23"},
		{2025, 10, 10, "2025-01-10"},
		{2024, 10, 10, ""},
		{2024, heshvan, 30, "2024-12-01"},
		{2023, heshvan, 30, ""}, // 5784 is deficient
		{2024, adarII, 1, "2024-03-11"},
		{2023, adarII, 1, ""},
		{0, nisan, 15, ""},
	} {
		got, ok := hebrewToSolar(c.y, c.m, c.d)
		s := ""
		if ok {
			s = got.Format(time.DateOnly)
		}
		if s != c.want {
			t.Errorf("hebrewToSolar(%d, %d, %d) = %q, want %q", c.y, c.m, c.d, s, c.want)
		}
	}
}

// The inverse conversions below are the tests' oracles: the stage itself
// only goes from a Hebrew date to a civil day (hebrewToSolar).

// fixedFromHebrew returns the R.D. of day d of month m of Hebrew year y,
// and false when the year has no such day.
func fixedFromHebrew(y, m, d int) (int, bool) {
	if y < 1 {
		return 0, false
	}
	h := newHebrewYear(y)
	if !h.valid(m, d) {
		return 0, false
	}
	return h.fixed(m, d), true
}

// hebrewFromFixed returns the Hebrew date of R.D. rd (on or after the
// epoch).
func hebrewFromFixed(rd int) (y, m, d int) {
	// The mean year is 35975351/98496 days; the estimate is never more
	// than a year late.
	y = int(int64(rd-hebrewEpoch)*98496/35975351) + 1
	for roshHashanah(y) > rd {
		y--
	}
	for roshHashanah(y+1) <= rd {
		y++
	}
	h := newHebrewYear(y)
	m, first := tishrei, h.newYear
	for first+h.monthDays(m) <= rd {
		first += h.monthDays(m)
		m = m%h.months() + 1
	}
	return y, m, rd - first + 1
}

// rdOf returns the R.D. of the day of t (its wall date).
func rdOf(t time.Time) int {
	return int(ymd(t.Year(), int(t.Month()), t.Day()).Unix()/86400) + unixRD
}
