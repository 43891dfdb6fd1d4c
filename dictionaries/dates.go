package dictionaries

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Holiday calendars in holidays.tsv.
const (
	CalendarSolar    = "solar"    // a Gregorian month and day
	CalendarLunar    = "lunar"    // a month and day of the Chinese lunisolar calendar
	CalendarTerm     = "term"     // one of the 24 solar terms
	CalendarEaster   = "easter"   // days from Gregorian Easter Sunday
	CalendarOrthodox = "orthodox" // days from Orthodox (Julian) Easter Sunday
	CalendarWeekday  = "weekday"  // the nth weekday of a month
	CalendarIslamic  = "islamic"  // a month and day of the Islamic (Hijri) calendar
	CalendarHebrew   = "hebrew"   // a month (1 Nisan … 7 Tishrei … 12 Adar) and day of the Hebrew calendar
)

// Holiday is one row of holidays.tsv: a name and how to find its day in a year.
type Holiday struct {
	Name     string
	Calendar string
	Month    int
	Day      int // day of month, or the weekday (1 = Monday … 7 = Sunday) for CalendarWeekday
	Nth      int // for CalendarWeekday: 1 = first, -1 = last
	Offset   int // days added to the date the calendar gives
	// Days is how many days the holiday lasts, from the date above; 0 means
	// to the end of its calendar month (斋月, the month of Ramadan).
	Days int
	Term string
	// Context is set for names too ambiguous to stand alone (五一, 十一).
	Context bool
	// Moves shift the day off some weekdays (圣殿被毁日 from a Saturday to
	// the Sunday after it).
	Moves []Move
}

// Move shifts a holiday that falls on Weekday (1 = Monday … 7 = Sunday)
// by Days, in Gregorian years from From on (0: always).
type Move struct {
	Weekday, Days, From int
}

// solarTerms are the 24 solar terms as github.com/6tail/lunar-go names them.
var solarTerms = map[string]bool{
	"立春": true, "雨水": true, "惊蛰": true, "春分": true, "清明": true, "谷雨": true,
	"立夏": true, "小满": true, "芒种": true, "夏至": true, "小暑": true, "大暑": true,
	"立秋": true, "处暑": true, "白露": true, "秋分": true, "寒露": true, "霜降": true,
	"立冬": true, "小雪": true, "大雪": true, "冬至": true, "小寒": true, "大寒": true,
}

// LoadHolidays loads the embedded holidays.tsv.
func LoadHolidays() ([]Holiday, error) { return loadHolidays() }

var loadHolidays = shared("holidays.tsv", ParseHolidays)

// ParseHolidays reads a table with the columns of holidays.tsv and checks
// each row: names are unique, months and days are in range for their
// calendar, terms are solar terms and moves are weekday:days[:from] with
// each weekday once.
func ParseHolidays(t *Table) ([]Holiday, error) {
	c, err := columns(t, "name", "calendar", "month", "day", "nth", "offset", "term", "moves", "context", "days")
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	out := make([]Holiday, 0, len(t.Rows))
	for i, row := range t.Rows {
		where := fmt.Sprintf("dictionaries: %s:%d", t.Name, t.Lines[i])
		h := Holiday{Name: row[c[0]], Calendar: row[c[1]], Term: row[c[6]]}
		if h.Name == "" || seen[h.Name] {
			return nil, fmt.Errorf("%s: empty or repeated name %q", where, h.Name)
		}
		seen[h.Name] = true
		nums := []*int{&h.Month, &h.Day, &h.Nth, &h.Offset, &h.Days}
		for k, col := range []int{c[2], c[3], c[4], c[5], c[9]} {
			n, err := strconv.Atoi(row[col])
			if err != nil {
				return nil, fmt.Errorf("%s: column %s: %w", where, t.Header[col], err)
			}
			*nums[k] = n
		}
		switch row[c[8]] {
		case "0":
		case "1":
			h.Context = true
		default:
			return nil, fmt.Errorf("%s: context %q is not 0 or 1", where, row[c[8]])
		}
		if h.Moves, err = parseMoves(row[c[7]]); err != nil {
			return nil, fmt.Errorf("%s: moves: %w", where, err)
		}
		switch h.Calendar {
		case CalendarSolar, CalendarLunar, CalendarIslamic, CalendarHebrew:
			// The Hebrew calendar's 13th month, Adar II, is written 12
			// (Adar), as the holidays of Adar are kept in Adar II.
			if h.Month < 1 || h.Month > 12 || h.Day < 1 || h.Day > 31 || (h.Calendar != CalendarSolar && h.Day > 30) {
				return nil, fmt.Errorf("%s: month %d day %d out of range", where, h.Month, h.Day)
			}
		case CalendarWeekday:
			if h.Month < 1 || h.Month > 12 || h.Day < 1 || h.Day > 7 || h.Nth == 0 || h.Nth < -1 || h.Nth > 5 {
				return nil, fmt.Errorf("%s: month %d weekday %d nth %d out of range", where, h.Month, h.Day, h.Nth)
			}
		case CalendarTerm:
			if !solarTerms[h.Term] {
				return nil, fmt.Errorf("%s: %q is not a solar term", where, h.Term)
			}
		case CalendarEaster, CalendarOrthodox:
		default:
			return nil, fmt.Errorf("%s: unknown calendar %q", where, h.Calendar)
		}
		if h.Days < 0 || h.Days == 0 && h.Calendar != CalendarIslamic {
			return nil, fmt.Errorf("%s: days %d: a count of days, or 0 (to the month's end) for an islamic date", where, h.Days)
		}
		out = append(out, h)
	}
	return out, nil
}

// parseMoves reads the moves column: empty, or comma-separated
// weekday:days or weekday:days:from (5:-1:1949).
func parseMoves(s string) ([]Move, error) {
	if s == "" {
		return nil, nil
	}
	var moves []Move
	seen := map[int]bool{}
	for _, f := range strings.Split(s, ",") {
		parts := strings.Split(f, ":")
		if len(parts) < 2 || len(parts) > 3 {
			return nil, fmt.Errorf("%q is not weekday:days[:from]", f)
		}
		var n [3]int
		for k, p := range parts {
			v, err := strconv.Atoi(p)
			if err != nil {
				return nil, fmt.Errorf("%q: %w", f, err)
			}
			n[k] = v
		}
		m := Move{Weekday: n[0], Days: n[1], From: n[2]}
		if m.Weekday < 1 || m.Weekday > 7 || seen[m.Weekday] || m.Days == 0 || m.Days < -6 || m.Days > 6 || m.From < 0 {
			return nil, fmt.Errorf("%q: a weekday 1-7 given once, days -6..6 but 0, a year from", f)
		}
		seen[m.Weekday] = true
		moves = append(moves, m)
	}
	return moves, nil
}

// Kinds of rows in date_words.tsv; the file header says what each value means.
const (
	DateFold      = "fold"
	DateYear      = "year"
	DateMonth     = "month"
	DateDay       = "day"
	DateDayRef    = "dayref"
	DateWeek      = "week"
	DateWeekNoun  = "weeknoun"
	DateDaypart   = "daypart"
	DateYearPart  = "yearpart"
	DateSeason    = "season"
	DateMonthPart = "monthpart"
	DateVague     = "vague"
	DateRecent    = "recent"
	DateReign     = "reign"
	DateVerbTo    = "verbto"
	DateUnbroken  = "unbroken"
	DateAnaphor   = "anaphor"
	DateNotDay    = "notday"
	DatePresent   = "present"
	DateFuture    = "future"
	DateAhead     = "ahead"
	DateRecord    = "record"
	DateSameDay   = "sameday"
	DateLasting   = "lasting"
	DateEvent     = "event"
	DatePredicate = "predicate"
	DateSeries    = "series"
	DateNumbered  = "numbered"
	DatePerMonth  = "permonth"
	DateFestive   = "festive"
	DateWeekPart  = "weekpart"
	DateWill      = "will"
	DateNamed     = "named"
	DateSpeech    = "speech"
	DateZone      = "zone"
)

// DateWord is one row of date_words.tsv with its value split into numbers;
// Ref holds the daypart a dayref row names, or a day anaphor's (当晚).
type DateWord struct {
	Kind string
	Word string
	N    []int
	Ref  string
}

// DateWords holds date_words.tsv: the character folds and the words by kind.
type DateWords struct {
	Fold  map[rune]rune
	Words []DateWord
}

// dateWordArity is how many numbers the value of each kind holds.
var dateWordArity = map[string]int{
	DateYear: 1, DateMonth: 1, DateDay: 1, DateDayRef: 1, DateWeek: 1, DateWeekNoun: 1,
	DateDaypart: 4, DateYearPart: 2, DateSeason: 2, DateMonthPart: 2, DateVague: 1, DateRecent: 1, DateReign: 1, DateVerbTo: 1, DateUnbroken: 1, DateAnaphor: 2, DateNotDay: 1, DatePresent: 1, DateFuture: 1, DateAhead: 1,
	DateRecord: 1, DateSameDay: 1, DateLasting: 1, DateEvent: 1, DatePredicate: 1, DateSeries: 1, DateNumbered: 1, DatePerMonth: 1, DateFestive: 1, DateWeekPart: 2, DateWill: 1, DateNamed: 1, DateSpeech: 1, DateZone: 1,
}

// LoadDateWords loads the embedded date_words.tsv.
func LoadDateWords() (*DateWords, error) { return loadDateWords() }

var loadDateWords = shared("date_words.tsv", ParseDateWords)

// ParseDateWords reads a table with the columns of date_words.tsv, checking
// that every value has the shape its kind needs, that a word appears once per
// kind, that every dayref names a daypart and that every verbto word ends in
// 到.
func ParseDateWords(t *Table) (*DateWords, error) {
	c, err := columns(t, "kind", "word", "value")
	if err != nil {
		return nil, err
	}
	dw := &DateWords{Fold: map[rune]rune{}}
	seen := map[string]bool{}
	dayparts := map[string]bool{}
	for i, row := range t.Rows {
		where := fmt.Sprintf("dictionaries: %s:%d", t.Name, t.Lines[i])
		kind, word, value := row[c[0]], row[c[1]], row[c[2]]
		if word == "" || seen[kind+"\t"+word] {
			return nil, fmt.Errorf("%s: empty or repeated %s word %q", where, kind, word)
		}
		seen[kind+"\t"+word] = true
		if kind == DateFold {
			from, n1 := utf8.DecodeRuneInString(word)
			to, n2 := utf8.DecodeRuneInString(value)
			if n1 != len(word) || n2 != len(value) || utf8.RuneLen(from) != utf8.RuneLen(to) {
				return nil, fmt.Errorf("%s: fold %q → %q must map one character to one of the same UTF-8 length", where, word, value)
			}
			dw.Fold[from] = to
			continue
		}
		arity, ok := dateWordArity[kind]
		if !ok {
			return nil, fmt.Errorf("%s: unknown kind %q", where, kind)
		}
		fields := strings.Fields(value)
		w := DateWord{Kind: kind, Word: word}
		if kind == DateDayRef {
			if len(fields) != 2 {
				return nil, fmt.Errorf("%s: dayref value %q is not \"days daypart\"", where, value)
			}
			w.Ref = fields[1]
			fields = fields[:1]
		}
		if kind == DateAnaphor && len(fields) == 3 {
			w.Ref = fields[2] // 当晚: a day anaphor with its part of the day
			fields = fields[:2]
		}
		if len(fields) != arity {
			return nil, fmt.Errorf("%s: %s value %q needs %d numbers", where, kind, value, arity)
		}
		for _, f := range fields {
			n, err := strconv.Atoi(f)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", where, err)
			}
			w.N = append(w.N, n)
		}
		switch kind {
		case DateDaypart:
			if w.N[0] < 0 || w.N[1] > 24 || w.N[0] >= w.N[1] {
				return nil, fmt.Errorf("%s: daypart hours %d-%d out of order", where, w.N[0], w.N[1])
			}
			if w.N[3] != 0 && w.N[3] != 1 {
				return nil, fmt.Errorf("%s: daypart dated %d is not 0 or 1", where, w.N[3])
			}
			dayparts[word] = true
		case DateYearPart:
			if w.N[0] < 1 || w.N[1] < 1 || w.N[0]+w.N[1] > 13 {
				return nil, fmt.Errorf("%s: yearpart %v leaves the year", where, w.N)
			}
		case DateSeason:
			if w.N[0] < 1 || w.N[0] > 12 || w.N[1] < 1 || w.N[1] > 12 {
				return nil, fmt.Errorf("%s: season %v is not a start month and a length", where, w.N)
			}
		case DateMonthPart:
			if w.N[0] < 1 || w.N[1] > 31 || w.N[0] > w.N[1] {
				return nil, fmt.Errorf("%s: monthpart days %v out of order", where, w.N)
			}
		case DateVerbTo:
			if utf8.RuneCountInString(word) < 2 || !strings.HasSuffix(word, "到") || w.N[0] != 0 {
				return nil, fmt.Errorf("%s: verbto %q must be a word ending in 到 with value 0", where, word)
			}
		case DateAnaphor:
			if w.N[0] < 0 || w.N[0] > 2 || w.N[1] < -1 || w.N[1] > 1 {
				return nil, fmt.Errorf("%s: anaphor %v is not a unit 0-2 and an offset -1..1", where, w.N)
			}
		case DateFestive:
			if w.N[0] != 0 && w.N[0] != 1 {
				return nil, fmt.Errorf("%s: festive %q must have value 0 or 1 (not after a solar term)", where, word)
			}
		case DateWill:
			if w.N[0] != 0 && w.N[0] != 1 {
				return nil, fmt.Errorf("%s: will %q must have value 0 (alone) or 1 (before a verb)", where, word)
			}
		case DateNamed, DateSpeech, DateZone:
			if w.N[0] != 0 {
				return nil, fmt.Errorf("%s: %s %q must have value 0", where, w.Kind, word)
			}
		case DatePresent:
			if w.N[0] != 0 {
				return nil, fmt.Errorf("%s: present %q must have value 0", where, word)
			}
		case DateFuture:
			if w.N[0] != -1 && w.N[0] != 1 {
				return nil, fmt.Errorf("%s: future %q must have value -1 (before 明天) or 1 (after it)", where, word)
			}
		case DateUnbroken, DateNotDay, DateEvent:
			if utf8.RuneCountInString(word) < 2 || w.N[0] != 0 {
				return nil, fmt.Errorf("%s: %s %q must be two characters or more with value 0", where, w.Kind, word)
			}
		}
		dw.Words = append(dw.Words, w)
	}
	for _, w := range dw.Words {
		if w.Kind == DateNamed && !seen[DateVague+"\t"+w.Word] {
			return nil, fmt.Errorf("dictionaries: %s: named %q is no vague word", t.Name, w.Word)
		}
		if (w.Kind == DateDayRef || w.Kind == DateAnaphor && w.Ref != "") && !dayparts[w.Ref] {
			return nil, fmt.Errorf("dictionaries: %s: %s %q names unknown daypart %q", t.Name, w.Kind, w.Word, w.Ref)
		}
		if w.Kind == DateAnaphor && w.Ref != "" && w.N[0] != 0 {
			return nil, fmt.Errorf("dictionaries: %s: anaphor %q names a daypart but counts no days", t.Name, w.Word)
		}
	}
	return dw, nil
}
