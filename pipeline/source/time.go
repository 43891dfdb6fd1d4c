package source

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// China is the default location of published times written without an offset.
// It is a fixed UTC+8 zone rather than Asia/Shanghai so that parsing does not
// depend on the host's tz database (China has had no DST since 1991).
var China = time.FixedZone("CST", 8*3600)

// numericTime matches the date and date-time forms seen in news headers and
// JSONL feeds after normalize: 2024-06-04 02:56:00, 2024-06-04T02:56:00+08:00,
// 2024/6/4 2:56, 2024.06.04, 2024年6月4日 14时30分. A zone is only accepted
// together with a time of day.
var numericTime = regexp.MustCompile(`^(\d{4}) ?[-/.年] ?(\d{1,2}) ?[-/.月] ?(\d{1,2}) ?[日号]?` +
	`(?:(?: ?T ?| ?)(\d{1,2}) ?[:时点] ?(\d{1,2}) ?分?(?: ?:? ?(\d{1,2})(?:[.,](\d{1,9}))? ?秒?)?` +
	` ?(Z|[+-]\d{2}(?::?\d{2})?|UTC|GMT)?)?$`)

// clockOnly matches a time of day without a date, as in a JSONL "time" field.
var clockOnly = regexp.MustCompile(`^(\d{1,2}) ?[:时点] ?(\d{1,2}) ?分?(?: ?:? ?(\d{1,2})(?:[.,](\d{1,9}))? ?秒?)?$`)

// ParseTime parses a publication time into a wall time in loc, returned with
// Location time.UTC so that its fields read as loc's clock. A time written
// without an offset is taken to be in loc already; one with an offset (or a
// Unix timestamp, or an RFC 1123 time in GMT) is converted to loc's wall clock.
// A date without a time of day is midnight. A nil loc means China.
//
// Accepted forms: 2024-06-04 02:56:00, 2024-06-04T02:56:00+08:00 (RFC 3339),
// 2024-06-04, 2024/6/4 2:56, 2024.06.04, 2024年6月4日 02:56, 20240604,
// 202406040256, 20240604025600, Unix seconds (9–10 digits) and milliseconds
// (13 digits), and RFC 1123 ("Tue, 04 Jun 2024 02:56:00 +0800"). Full-width
// digits and punctuation are accepted.
func ParseTime(s string, loc *time.Location) (time.Time, error) {
	t, _, err := parseTime(s, loc)
	return t, err
}

// parseTime is ParseTime that also reports whether s had a time of day.
func parseTime(s string, loc *time.Location) (t time.Time, clock bool, err error) {
	if loc == nil {
		loc = China
	}
	n := normalizeTime(s)
	if n == "" {
		return time.Time{}, false, fmt.Errorf("empty time")
	}
	if g, ok := isoParts(n); ok {
		return fromParts(s, g[:], loc)
	}
	if m := numericTime.FindStringSubmatch(n); m != nil {
		return fromParts(s, m[1:], loc)
	}
	if allDigits(n) {
		return fromDigits(s, n, loc)
	}
	for _, layout := range []string{time.RFC1123Z, time.RFC1123} {
		p, err := time.Parse(layout, n)
		if err != nil {
			continue
		}
		if name, _ := p.Zone(); layout == time.RFC1123 && name != "UTC" && name != "GMT" {
			// A zone abbreviation other than GMT, such as the "CST" of Chinese
			// feeds, has no reliable offset (time.Parse would take it from the
			// host's zone): read the clock as loc's.
			return wallClock(p), true, nil
		}
		return wallClock(p.In(loc)), true, nil
	}
	return time.Time{}, false, fmt.Errorf("unrecognized time %q", s)
}

// fromParts builds a time from numericTime's groups: year, month, day, hour,
// minute, second, fraction, zone.
func fromParts(s string, g []string, loc *time.Location) (time.Time, bool, error) {
	y, mo, d := atoi(g[0]), atoi(g[1]), atoi(g[2])
	if err := checkDate(y, mo, d); err != nil {
		return time.Time{}, false, fmt.Errorf("time %q: %w", s, err)
	}
	if g[3] == "" {
		return time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC), false, nil
	}
	h, mi, sec, ns, err := clockParts(g[3], g[4], g[5], g[6])
	if err != nil {
		return time.Time{}, false, fmt.Errorf("time %q: %w", s, err)
	}
	if g[7] == "" {
		return time.Date(y, time.Month(mo), d, h, mi, sec, ns, time.UTC), true, nil
	}
	zone := time.UTC
	if z := g[7]; z != "Z" && z != "UTC" && z != "GMT" {
		digits := strings.ReplaceAll(z[1:], ":", "")
		off := atoi(digits[:2]) * 3600
		if len(digits) == 4 {
			off += atoi(digits[2:]) * 60
		}
		if off > 18*3600 {
			return time.Time{}, false, fmt.Errorf("time %q: offset %s out of range", s, z)
		}
		if z[0] == '-' {
			off = -off
		}
		zone = time.FixedZone("", off)
	}
	return wallClock(time.Date(y, time.Month(mo), d, h, mi, sec, ns, zone).In(loc)), true, nil
}

// isoParts matches the two forms of nearly every JSONL row,
// 2024-06-04 and 2024-06-04 02:56:00, without the cost of numericTime,
// returning the groups numericTime would.
func isoParts(n string) (g [8]string, ok bool) {
	if len(n) != 10 && len(n) != 19 {
		return g, false
	}
	for i := 0; i < len(n); i++ {
		want := byte('0') // any digit
		switch i {
		case 4, 7:
			want = '-'
		case 10:
			want = ' '
		case 13, 16:
			want = ':'
		}
		if c := n[i]; want == '0' && (c < '0' || c > '9') || want != '0' && c != want {
			return g, false
		}
	}
	g[0], g[1], g[2] = n[:4], n[5:7], n[8:10]
	if len(n) == 19 {
		g[3], g[4], g[5] = n[11:13], n[14:16], n[17:19]
	}
	return g, true
}

// fromDigits reads a run of digits as a compact date (8, 12 or 14 digits) or
// a Unix timestamp in seconds (9–10 digits) or milliseconds (13 digits).
func fromDigits(s, n string, loc *time.Location) (time.Time, bool, error) {
	switch len(n) {
	case 8, 12, 14:
		g := []string{n[:4], n[4:6], n[6:8], "", "", "", "", ""}
		if len(n) >= 12 {
			g[3], g[4] = n[8:10], n[10:12]
		}
		if len(n) == 14 {
			g[5] = n[12:14]
		}
		return fromParts(s, g, loc)
	case 9, 10:
		sec, _ := strconv.ParseInt(n, 10, 64)
		return wallClock(time.Unix(sec, 0).In(loc)), true, nil
	case 13:
		ms, _ := strconv.ParseInt(n, 10, 64)
		return wallClock(time.UnixMilli(ms).In(loc)), true, nil
	}
	return time.Time{}, false, fmt.Errorf("unrecognized time %q: %d digits", s, len(n))
}

// parseClock parses a time of day without a date.
func parseClock(s string) (h, m, sec, ns int, err error) {
	g := clockOnly.FindStringSubmatch(normalizeTime(s))
	if g == nil {
		return 0, 0, 0, 0, fmt.Errorf("unrecognized time of day %q", s)
	}
	return clockParts(g[1], g[2], g[3], g[4])
}

func clockParts(hs, ms, ss, frac string) (h, m, sec, ns int, err error) {
	h, m, sec = atoi(hs), atoi(ms), atoi(ss)
	if h > 23 || m > 59 || sec > 59 {
		return 0, 0, 0, 0, fmt.Errorf("no such time of day %s:%s:%s", hs, ms, ss)
	}
	if frac != "" {
		ns = atoi((frac + "00000000")[:9])
	}
	return h, m, sec, ns, nil
}

func checkDate(y, m, d int) error {
	if y < 1 || m < 1 || m > 12 || d < 1 || d > time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day() {
		return fmt.Errorf("no such date %04d-%02d-%02d", y, m, d)
	}
	return nil
}

// wallClock returns t's clock reading with Location UTC, the pipeline's
// convention for local wall times.
func wallClock(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.UTC)
}

// normalizeTime folds full-width digits and punctuation to ASCII and runs of
// any Unicode space to one ASCII space, and trims.
func normalizeTime(s string) string {
	if plainTime(s) {
		return s
	}
	var b strings.Builder
	space := false
	for _, r := range strings.TrimSpace(s) {
		switch {
		case r >= '０' && r <= '９':
			r = '0' + (r - '０')
		case r == '：':
			r = ':'
		case r == '－' || r == '—' || r == '–':
			r = '-'
		case r == '／':
			r = '/'
		case r == '．':
			r = '.'
		case r == '＋':
			r = '+'
		}
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// plainTime reports whether normalizeTime would return s unchanged: it is
// printable ASCII with single spaces only between other characters.
func plainTime(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' || c > '~' || c == ' ' && s[i+1] == ' ' {
			return false
		}
	}
	return true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// atoi converts a short run of ASCII digits, as captured by the patterns
// above; "" is 0.
func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
