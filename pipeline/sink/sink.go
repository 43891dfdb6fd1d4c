// Package sink writes finished documents out: Parquet tables for a batch run
// (documents, mentions, facts, errors) and JSON for `zhfacts extract`.
//
// Both sinks share one rule for nulls: an empty string, a nil pointer, a
// sentence index of -1 and an error offset of -1 mean "does not apply" and
// are written as null (Parquet) or left out (JSON). Times are local wall
// times, so they are written without a zone: TIMESTAMP with isAdjustedToUTC
// false in Parquet, "2006-01-02T15:04:05" in JSON.
package sink

import (
	"math"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/pipeline"
)

// wallMicros returns t's wall clock as microseconds since 1970-01-01 00:00,
// or nil. The fields are read in t's own Location, so a time that is not in
// time.UTC (against the pipeline's convention) still keeps its wall clock.
func wallMicros(t *time.Time) *int64 {
	if t == nil {
		return nil
	}
	us := wallMicrosOf(*t)
	return &us
}

// wallMicrosOf is wallMicros for a time that is there.
func wallMicrosOf(t time.Time) int64 {
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.UTC).UnixMicro()
}

// localISO formats t's wall clock as ISO 8601 without a zone, keeping
// fractional seconds only when there are any.
func localISO(t *time.Time) string {
	if t == nil {
		return ""
	}
	return t.Format("2006-01-02T15:04:05.999999999")
}

// sentenceIndex maps the pipeline's "no sentence" (-1) to nil.
func sentenceIndex(i int) *int {
	if i < 0 {
		return nil
	}
	return &i
}

// finite drops NaN and infinities, which JSON cannot carry.
func finite(v *float64) *float64 {
	if v == nil || math.IsNaN(*v) || math.IsInf(*v, 0) {
		return nil
	}
	return v
}

// errorSummary joins the messages of d's errors (not warnings), each prefixed
// with its stage, and counts the warnings. The summary is "" for a document
// that did not fail.
func errorSummary(d *pipeline.Doc) (summary string, warnings int) {
	var msgs []string
	for _, e := range d.Errors {
		switch e.Severity {
		case pipeline.SeverityError:
			msgs = append(msgs, e.Stage+": "+e.Message)
		case pipeline.SeverityWarning:
			warnings++
		}
	}
	return strings.Join(msgs, "; "), warnings
}

// validUTF8 replaces each byte of s that is not part of valid UTF-8 with
// U+FFFD. One replacement per byte keeps the code point count that
// Doc.RuneOffset assigns to such bytes, so offsets into the text stay right;
// and readers such as DuckDB refuse a whole file over one invalid string.
func validUTF8(s string) string {
	if isValidUTF8(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b.WriteRune(utf8.RuneError)
		} else {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// isValidUTF8 is utf8.ValidString made for the sink's strings, about twice
// as fast on Chinese text (BenchmarkValidUTF8): it takes runs of ASCII (names of stages and rules, ids, codes)
// eight bytes at a time and then byte by byte, and runs of the three-byte
// sequences of Chinese text — a lead byte that takes any continuation
// bytes, all but 0xE0 and 0xED — with the bytes checked inline; anything
// else goes through utf8.DecodeRuneInString. The sink checks every string
// it writes but the documents' texts, which validText checks from their
// code points.
func isValidUTF8(s string) bool {
	i := 0
	for {
		for i+8 <= len(s) && asciiWord(s[i:i+8]) {
			i += 8
		}
		for i < len(s) && s[i] < utf8.RuneSelf {
			i++
		}
		for i+2 < len(s) {
			c := s[i]
			if c-0xE1 > 0xEF-0xE1 || c == 0xED || s[i+1]&0xC0 != 0x80 || s[i+2]&0xC0 != 0x80 {
				break
			}
			i += 3
		}
		switch {
		case i == len(s):
			return true
		case s[i] < utf8.RuneSelf:
			continue // the Chinese run ended at ASCII
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return false
		}
		i += size
	}
}

// asciiWord reports whether the eight bytes of w are ASCII; the compiler
// reads them as one word.
func asciiWord(w string) bool {
	x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
	return x&0x8080808080808080 == 0
}
