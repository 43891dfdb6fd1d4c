package source

import (
	"encoding/json"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// A JSONL row is read in one pass over the line by scanObject, which
// validates it as strictly as encoding/json and splits it into members
// without building a map or copying the values. It accepts only the common
// shape of a news row: an object of members whose values are strings,
// numbers, true, false or null, with keys free of escapes. Anything else —
// nested values, escaped keys, and every kind of invalid JSON — is left to
// encoding/json, which gives the same members, or the error to report.
//
// scanObject also checks that its strings are valid UTF-8, in the same pass
// (the rest of an object it accepts is ASCII), so a row it accepts as read
// is valid UTF-8 and parseRow skips decode's pass over it.

// jsonField is one member of a JSON object.
type jsonField struct {
	key   string // unescaped, as written
	value string // raw JSON, without surrounding space
}

// objectFields returns the members of the JSON object s. A key repeated
// exactly keeps its last value, as encoding/json does.
func objectFields(s string) ([]jsonField, error) {
	if fields, ok := scanObject(s); ok {
		return fields, nil
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal([]byte(s), &raw); err != nil {
		return nil, err
	}
	fields := make([]jsonField, 0, len(raw))
	for k, v := range raw {
		fields = append(fields, jsonField{k, string(v)})
	}
	return fields, nil
}

// scanObject splits s into its members if s is an object of the shape
// described above; ok is false for anything else, valid or not.
func scanObject(s string) (fields []jsonField, ok bool) {
	i := skipSpace(s, 0)
	if i == len(s) || s[i] != '{' {
		return nil, false
	}
	fields = make([]jsonField, 0, 12)
	i = skipSpace(s, i+1)
	if i < len(s) && s[i] == '}' {
		return fields, skipSpace(s, i+1) == len(s)
	}
	for {
		if i == len(s) || s[i] != '"' {
			return nil, false
		}
		end, escaped := scanString(s, i)
		if end < 0 || escaped {
			return nil, false
		}
		key := s[i+1 : end-1]
		i = skipSpace(s, end)
		if i == len(s) || s[i] != ':' {
			return nil, false
		}
		i = skipSpace(s, i+1)
		end = scanScalar(s, i)
		if end < 0 {
			return nil, false
		}
		fields = setField(fields, key, s[i:end])
		i = skipSpace(s, end)
		if i == len(s) {
			return nil, false
		}
		switch s[i] {
		case ',':
			i = skipSpace(s, i+1)
		case '}':
			return fields, skipSpace(s, i+1) == len(s)
		default:
			return nil, false
		}
	}
}

// setField adds a member, or replaces the value of an earlier one with the
// same key.
func setField(fields []jsonField, key, value string) []jsonField {
	for i := range fields {
		if fields[i].key == key {
			fields[i].value = value
			return fields
		}
	}
	return append(fields, jsonField{key, value})
}

func skipSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
		i++
	}
	return i
}

// scanScalar returns the end of the string, number, true, false or null
// starting at s[i], or -1.
func scanScalar(s string, i int) int {
	if i == len(s) {
		return -1
	}
	switch c := s[i]; {
	case c == '"':
		end, _ := scanString(s, i)
		return end
	case c == '-' || '0' <= c && c <= '9':
		return scanNumber(s, i)
	}
	for _, lit := range [...]string{"true", "false", "null"} {
		if len(s)-i >= len(lit) && s[i:i+len(lit)] == lit {
			return i + len(lit)
		}
	}
	return -1
}

// plainByte marks the ASCII bytes a JSON string holds without an escape.
var plainByte = func() (t [utf8.RuneSelf]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// scanString returns the end of the string starting at s[i] (after its
// closing quote), or -1 if it is malformed or not valid UTF-8, and whether
// it has escapes.
func scanString(s string, i int) (end int, escaped bool) {
	for i++; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			// Chinese text is mostly three-byte sequences whose lead byte
			// takes any continuation bytes (all but 0xE0 and 0xED).
			if c-0xE1 <= 0xEF-0xE1 && c != 0xED && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
				i += 3
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				return -1, false
			}
			i += size
			continue
		}
		if plainByte[c] {
			i++
			continue
		}
		switch c {
		case '"':
			return i + 1, escaped
		case '\\':
			escaped = true
			if i+1 == len(s) {
				return -1, false
			}
			switch s[i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				i += 2
			case 'u':
				if hex4(s, i+2) < 0 {
					return -1, false
				}
				i += 6
			default:
				return -1, false
			}
		default: // a control character
			return -1, false
		}
	}
	return -1, false
}

// scanNumber returns the end of the number starting at s[i], or -1. The
// grammar is JSON's: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?.
func scanNumber(s string, i int) int {
	if s[i] == '-' {
		i++
	}
	switch {
	case i == len(s):
		return -1
	case s[i] == '0':
		i++
	case '1' <= s[i] && s[i] <= '9':
		i = skipDigits(s, i)
	default:
		return -1
	}
	if i < len(s) && s[i] == '.' {
		j := skipDigits(s, i+1)
		if j == i+1 {
			return -1
		}
		i = j
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		j := skipDigits(s, i)
		if j == i {
			return -1
		}
		i = j
	}
	return i
}

func skipDigits(s string, i int) int {
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	return i
}

// hex4 reads the four hex digits at s[i:], or returns -1.
func hex4(s string, i int) rune {
	if len(s)-i < 4 {
		return -1
	}
	var r rune
	for _, c := range []byte(s[i : i+4]) {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return -1
		}
		r = r<<4 | rune(c)
	}
	return r
}

// jsonScalar returns a JSON string's value, or a number's literal text, and
// whether it was a string (null counts as the empty string, as it unmarshals
// into one); "" for other types. v is a valid JSON value.
func jsonScalar(v string) (string, bool) {
	switch c := v[0]; {
	case c == '"':
		return unquote(v), true
	case c == '-' || '0' <= c && c <= '9':
		return v, false
	case v == "null":
		return "", true
	}
	return "", false
}

// unquote returns the value of the valid JSON string literal q, decoding
// escapes as encoding/json does: a lone surrogate becomes U+FFFD.
func unquote(q string) string {
	s := q[1 : len(q)-1]
	i := strings.IndexByte(s, '\\')
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i >= 0 {
		b.WriteString(s[:i])
		c := s[i+1]
		s = s[i+2:]
		switch c {
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			r := hex4(s, 0)
			s = s[4:]
			if utf16.IsSurrogate(r) {
				r1 := rune(-1)
				if len(s) >= 6 && s[0] == '\\' && s[1] == 'u' {
					r1 = hex4(s, 2)
				}
				// A valid pair is one character; anything else leaves
				// the lone surrogate as U+FFFD.
				r = utf16.DecodeRune(r, r1)
				if r != unicode.ReplacementChar {
					s = s[6:]
				}
			}
			b.WriteRune(r)
		default: // '"', '\\', '/'
			b.WriteByte(c)
		}
		i = strings.IndexByte(s, '\\')
	}
	b.WriteString(s)
	return b.String()
}
