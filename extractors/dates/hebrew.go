package dates

import "time"

// The Hebrew calendar, arithmetic as fixed in the Middle Ages and kept
// today (Dershowitz and Reingold, Calendrical Calculations, ch. 8): a year
// has 12 months, or 13 in years 3, 6, 8, 11, 14, 17 and 19 of the 19-year
// cycle; it begins on 1 Tishrei, the day of the mean conjunction (molad) of
// Tishrei unless one of four postponements (dehiyyot) moves it a day or
// two; and Heshvan and Kislev take the 29 or 30 days that make its length
// 353, 354 or 355 days (383, 384 or 385 in a leap year).
//
// Months are numbered from Nisan as in the Torah and in Dershowitz and
// Reingold: 1 Nisan, 2 Iyar, 3 Sivan, 4 Tammuz, 5 Av, 6 Elul, 7 Tishrei,
// 8 Heshvan, 9 Kislev, 10 Tevet, 11 Shevat, 12 Adar (Adar I in a leap
// year), 13 Adar II. The year number changes on 1 Tishrei. Days are
// counted as R.D. (rata die): day 1 is Monday, 1 January of year 1 of the
// proleptic Gregorian calendar.

// Hebrew month numbers used by name below.
const (
	nisan   = 1
	tishrei = 7
	heshvan = 8
	kislev  = 9
	adar    = 12
	adarII  = 13
)

// hebrewEpoch is the R.D. of 1 Tishrei of year 1, Monday 7 October 3761
// BCE of the Julian calendar.
const hebrewEpoch = -1373427

// Time of the calendar in parts (halakim): 1080 parts make an hour, and a
// day, counted from 6 p.m., has 24 hours.
const (
	partsPerHour = 1080
	partsPerDay  = 24 * partsPerHour
	// moladMonth is the mean synodic month: 29 days 12 hours 793 parts.
	moladMonth = 29*partsPerDay + 12*partsPerHour + 793
	// moladEpoch is the molad of Tishrei of year 1 (molad BaHaRaD):
	// Monday 5 hours 204 parts, counted from the start of the Sunday
	// before the epoch.
	moladEpoch = 1*partsPerDay + 5*partsPerHour + 204
)

// hebrewLeap reports whether Hebrew year y has 13 months.
func hebrewLeap(y int) bool { return (7*y+1)%19 < 7 }

// moladTishrei returns the molad of Tishrei of year y in parts since the
// start of the Sunday before the epoch.
func moladTishrei(y int) int64 {
	// Months before year y: 12 a year and 7 more in every 19 years.
	months := int64(235*y-234) / 19
	return moladEpoch + months*moladMonth
}

// roshHashanah returns the R.D. of 1 Tishrei of year y: the day of its
// molad, postponed by the four dehiyyot.
func roshHashanah(y int) int {
	m := moladTishrei(y)
	day, parts := int(m/partsPerDay), m%partsPerDay // day 0 is a Sunday
	weekday := day % 7                              // 0 Sunday … 6 Saturday
	switch {
	// Molad zaken: a molad at noon (18 hours after 6 p.m.) or later moves
	// the new year to the next day.
	case parts >= 18*partsPerHour:
		day++
	// GaTaRaD: in a common year, a molad on Tuesday at 9 hours 204 parts
	// or later would make the year 356 days long; the new year moves to
	// Wednesday, which lo ADU below moves on to Thursday.
	case !hebrewLeap(y) && weekday == 2 && parts >= 9*partsPerHour+204:
		day++
	// BeTU'TaKPaT: after a leap year, a molad on Monday at 15 hours 589
	// parts or later would have made that year 382 days long; the new year
	// moves to Tuesday.
	case hebrewLeap(y-1) && weekday == 1 && parts >= 15*partsPerHour+589:
		day++
	}
	// Lo ADU Rosh: the new year is never a Sunday, Wednesday or Friday.
	if wd := day % 7; wd == 0 || wd == 3 || wd == 5 {
		day++
	}
	return hebrewEpoch - 1 + day
}

// hebrewYear is what the month lengths of a Hebrew year depend on.
type hebrewYear struct {
	newYear, length int // R.D. of 1 Tishrei, days
	leap            bool
}

func newHebrewYear(y int) hebrewYear {
	ny := roshHashanah(y)
	return hebrewYear{newYear: ny, length: roshHashanah(y+1) - ny, leap: hebrewLeap(y)}
}

// months returns the number of months of the year, 12 or 13.
func (h hebrewYear) months() int {
	if h.leap {
		return 13
	}
	return 12
}

// monthDays returns the length of month m: Nisan, Sivan, Av, Tishrei,
// Shevat and Adar I have 30 days, the other fixed months 29; Heshvan has
// 30 in a complete year (355 or 385 days), Kislev 29 in a deficient one
// (353 or 383 days); Adar has 29 days in a common year, Adar II 29 and
// none in a common year.
func (h hebrewYear) monthDays(m int) int {
	switch {
	case m == heshvan:
		return 29 + boolInt(h.length%10 == 5)
	case m == kislev:
		return 30 - boolInt(h.length%10 == 3)
	case m == adar:
		return 29 + boolInt(h.leap)
	case m == adarII:
		return 29 * boolInt(h.leap)
	}
	return 30 - (m+1)%2 // odd months 30 days, even ones 29
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// fixed returns the R.D. of day d of month m of the year; the date must
// exist.
func (h hebrewYear) fixed(m, d int) int {
	days := h.newYear + d - 1
	// The year runs Tishrei … Adar (II), then Nisan … Elul.
	for k := tishrei; k != m; k = k%h.months() + 1 {
		days += h.monthDays(k)
	}
	return days
}

// valid reports whether day d of month m exists in the year.
func (h hebrewYear) valid(m, d int) bool {
	return m >= 1 && m <= h.months() && d >= 1 && d <= h.monthDays(m)
}

// dateOfRD returns the day with R.D. rd.
func dateOfRD(rd int) time.Time { return ymd(1970, 1, 1+rd-unixRD) }

// unixRD is the R.D. of 1 January 1970.
const unixRD = 719163

// hebrewToSolar returns the day of Hebrew month m, day d in Gregorian year
// y. Adar (12) is Adar II in a leap year, where Purim and every date of a
// common year's Adar are kept. A Hebrew year is 11 days shorter than a
// Gregorian one or 19 days longer, so a date in Tevet or Shevat may fall
// twice in one Gregorian year, or not at all; the first is taken.
func hebrewToSolar(y, m, d int) (time.Time, bool) {
	if y < 1 || y > 9999 {
		return time.Time{}, false
	}
	// Gregorian year y begins in Hebrew year y+3760 and ends in y+3761.
	for hy := y + 3760; hy <= y+3761; hy++ {
		h := newHebrewYear(hy)
		hm := m
		if m == adar && h.leap {
			hm = adarII
		}
		if !h.valid(hm, d) {
			continue
		}
		if t := dateOfRD(h.fixed(hm, d)); t.Year() == y {
			return t, true
		}
	}
	return time.Time{}, false
}
