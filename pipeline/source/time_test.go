package source

import (
	"testing"
	"time"
)

func TestParseTime(t *testing.T) {
	utc := time.UTC
	newYork := time.FixedZone("EDT", -4*3600)
	tests := []struct {
		in   string
		loc  *time.Location
		want string // wall clock, time.DateTime plus nanoseconds when set
	}{
		{"2024-06-04 02:56:00", nil, "2024-06-04 02:56:00"},
		{"2024-06-04 02:56", nil, "2024-06-04 02:56:00"},
		{"2024-06-04T02:56:00", nil, "2024-06-04 02:56:00"},
		{"2024-06-04T02:56:00+08:00", nil, "2024-06-04 02:56:00"},
		{"2024-06-03T18:56:00Z", nil, "2024-06-04 02:56:00"},
		{"2024-06-03T18:56:00.5Z", nil, "2024-06-04 02:56:00.5"},
		{"2024-06-04T02:56:00+0800", nil, "2024-06-04 02:56:00"},
		{"2024-06-04 02:56:00 +08", nil, "2024-06-04 02:56:00"},
		{"2024-06-04T02:56:00-05:00", nil, "2024-06-04 15:56:00"},
		{"2024-06-04T02:56:00+08:00", utc, "2024-06-03 18:56:00"},
		{"2024-06-04 02:56:00", utc, "2024-06-04 02:56:00"}, // no offset: already loc's clock
		{"2024-06-04", nil, "2024-06-04 00:00:00"},
		{"2024-6-4", nil, "2024-06-04 00:00:00"},
		{"2024/6/4 2:56", nil, "2024-06-04 02:56:00"},
		{"2024/06/04 02:56:07", nil, "2024-06-04 02:56:07"},
		{"2024.06.04", nil, "2024-06-04 00:00:00"},
		{"2024年6月4日", nil, "2024-06-04 00:00:00"},
		{"2024年06月04日 02:56", nil, "2024-06-04 02:56:00"},
		{"2024年6月4日14时30分", nil, "2024-06-04 14:30:00"},
		{"2024年6月4日 14时30分15秒", nil, "2024-06-04 14:30:15"},
		{"２０２４－０６－０４　０２：５６", nil, "2024-06-04 02:56:00"},
		{" 2024-06-04\u00a002:56:00 ", nil, "2024-06-04 02:56:00"},
		{"20240604", nil, "2024-06-04 00:00:00"},
		{"202406040256", nil, "2024-06-04 02:56:00"},
		{"20240604025607", nil, "2024-06-04 02:56:07"},
		{"1717440960", nil, "2024-06-04 02:56:00"},
		{"1717440960000", nil, "2024-06-04 02:56:00"},
		{"1717440960", utc, "2024-06-03 18:56:00"},
		{"Tue, 04 Jun 2024 02:56:00 +0800", nil, "2024-06-04 02:56:00"},
		{"Mon, 03 Jun 2024 18:56:00 GMT", nil, "2024-06-04 02:56:00"},
		{"Tue, 04 Jun 2024 02:56:00 CST", nil, "2024-06-04 02:56:00"},
		{"2024-02-29", nil, "2024-02-29 00:00:00"},
		{"2024-06-04 02:56:00", newYork, "2024-06-04 02:56:00"},
		{"2024-06-04T02:56:00Z", newYork, "2024-06-03 22:56:00"},
	}
	for _, tt := range tests {
		got, err := ParseTime(tt.in, tt.loc)
		if err != nil {
			t.Errorf("ParseTime(%q) error: %v", tt.in, err)
			continue
		}
		if got.Location() != time.UTC {
			t.Errorf("ParseTime(%q) location = %v, want UTC (wall time convention)", tt.in, got.Location())
		}
		if s := got.Format("2006-01-02 15:04:05.999999999"); s != tt.want {
			t.Errorf("ParseTime(%q, %v) = %s, want %s", tt.in, tt.loc, s, tt.want)
		}
	}
}

func TestParseTimeErrors(t *testing.T) {
	for _, in := range []string{
		"", "   ", "yesterday", "2024-13-01", "2024-02-30", "2023-02-29", "2024-06-04 24:00",
		"2024-06-04 12:60", "2024-06-04 12:00:61", "0000-01-01", "2024-06", "12:30", "123",
		"2024-06-04Z", "2024-06-04T02:56:00+19:00", "2024-06-04 02:56:00 CST", "2024-06-04 下午",
	} {
		if got, err := ParseTime(in, nil); err == nil {
			t.Errorf("ParseTime(%q) = %v, want an error", in, got)
		}
	}
}

func TestParseClock(t *testing.T) {
	tests := []struct {
		in         string
		h, m, s    int
		wantErrMsg bool
	}{
		{"19:11:53", 19, 11, 53, false},
		{"7:05", 7, 5, 0, false},
		{"19时30分", 19, 30, 0, false},
		{"25:00", 0, 0, 0, true},
		{"2024-06-04", 0, 0, 0, true},
	}
	for _, tt := range tests {
		h, m, s, _, err := parseClock(tt.in)
		if (err != nil) != tt.wantErrMsg || h != tt.h || m != tt.m || s != tt.s {
			t.Errorf("parseClock(%q) = %d:%d:%d, %v", tt.in, h, m, s, err)
		}
	}
}

func FuzzParseTime(f *testing.F) {
	for _, s := range []string{
		"2024-06-04 02:56:00", "2024-06-04T02:56:00+08:00", "2024/6/4 2:56", "20240604",
		"1717440960", "2024年6月4日 14时30分15秒", "Tue, 04 Jun 2024 02:56:00 +0800", "9999-12-31T23:59:59-18:00",
		"０２：５６", "2024-06-04T02:56:00.123456789Z",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if g, ok := isoParts(s); ok {
			if m := numericTime.FindStringSubmatch(s); m == nil || [8]string(m[1:]) != g {
				t.Fatalf("isoParts(%q) = %q, numericTime %q", s, g, m)
			}
		}
		got, err := ParseTime(s, nil)
		if err != nil {
			return
		}
		if got.Location() != time.UTC {
			t.Fatalf("ParseTime(%q) location %v, want UTC", s, got.Location())
		}
		// Parsing must be a function of the input alone.
		again, err := ParseTime(s, nil)
		if err != nil || !again.Equal(got) {
			t.Fatalf("ParseTime(%q) not deterministic: %v then %v, %v", s, got, again, err)
		}
	})
}
