package source

import (
	"encoding/json"
	"maps"
	"strings"
	"testing"
	"unicode/utf8"
)

// stdFields is objectFields by encoding/json alone, as parseRow read rows
// before scanObject.
func stdFields(s string) (map[string]string, error) {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal([]byte(s), &raw); err != nil {
		return nil, err
	}
	m := make(map[string]string, len(raw))
	for k, v := range raw {
		m[k] = string(v)
	}
	return m, nil
}

// checkObject checks scanObject and the scalar decoding against
// encoding/json on s.
func checkObject(t *testing.T, s string) {
	t.Helper()
	want, werr := stdFields(s)
	fields, ok := scanObject(s)
	if ok && werr != nil {
		t.Fatalf("scanObject accepts %q; encoding/json: %v", s, werr)
	}
	if ok && !utf8.ValidString(s) {
		t.Fatalf("scanObject accepts %q, which is not valid UTF-8", s)
	}
	got, err := objectFields(s)
	if (err != nil) != (werr != nil) || (err != nil && err.Error() != werr.Error()) {
		t.Fatalf("objectFields(%q) error %v, want %v", s, err, werr)
	}
	if !ok {
		fields = got
	}
	m := make(map[string]string, len(fields))
	for _, f := range fields {
		m[f.key] = f.value
	}
	if !maps.Equal(m, want) {
		t.Fatalf("fields of %q = %q, want %q", s, m, want)
	}
	if !utf8.ValidString(s) {
		// Such a row reaches jsonScalar only once decode made it valid.
		return
	}
	for _, f := range fields {
		var s string
		isString := json.Unmarshal([]byte(f.value), &s) == nil
		var n json.Number
		if !isString && json.Unmarshal([]byte(f.value), &n) == nil {
			s = n.String()
		}
		if gs, gok := jsonScalar(f.value); gs != s || gok != isString {
			t.Fatalf("jsonScalar(%q) = %q, %v; want %q, %v", f.value, gs, gok, s, isString)
		}
	}
}

func TestScanObject(t *testing.T) {
	for _, s := range []string{
		`{}`, ` { } `, `{"a":1}`, `{"a":1,}`, `{"a" 1}`, `{"a":1 "b":2}`, `{"a":1}x`, `{"a":1}}`,
		`{"id": "cnc-1", "text": "据外媒报道。\n第二段。\t\"引\"\\\/\b\f\r", "n": -0.5e+3, "t": true, "f": false, "z": null}`,
		`{"a": "\u4e2d\u6587", "b": "\ud83d\ude00", "c": "\ud83d", "d": "\ud83dx", "e": "\ude00\ud83d", "f": "\ud83d\u0041", "g": "\u0000"}`,
		`{"a": "x\'"}`, `{"a": "\x"}`, `{"a": "\u12"}`, `{"a": "\u12g4"}`, "{\"a\": \"tab\there\"}", `{"a": "open}`,
		`{"a": 01}`, `{"a": -}`, `{"a": 1.}`, `{"a": .5}`, `{"a": 1e}`, `{"a": 1e+}`, `{"a": +1}`, `{"a": 0x10}`,
		`{"a": tru}`, `{"a": nul}`, `{"a": True}`, `{"a": NaN}`,
		`{"a": 1, "a": 2}`, `{"A": 1, "a": 2, "A": 3}`, `{"\u0061": 1, "a": 2}`,
		`{"a": [1, {"b": 2}], "c": {"d": []}}`, `{"a": "` + strings.Repeat("长", 50) + `\n"}`,
		`[]`, `"x"`, `{`, `{"a"`, `{"a":`, `{"a":1`, `{"a":1,`,
		// Not valid UTF-8: a stray byte, a cut character, a surrogate, an
		// overlong NUL, a cut four-byte character; then valid ones.
		"{\"a\": \"\xff\"}", "{\"a\": \"华\xe5\x8d\"}", "{\"\xe4\xb8\": 1}", "{\"a\": \"\xed\xa0\x80\"}",
		"{\"a\": \"\xc0\x80\"}", "{\"a\": \"\xf0\x9f\x98\"}", `{"a": "é€😀�华"}`,
	} {
		checkObject(t, s)
	}
}

func FuzzScanObject(f *testing.F) {
	f.Add(`{"id": "a", "text": "一\n二", "n": 1.5e3, "t": true, "z": null}`)
	f.Add(`{"a": "\ud83d\ude00\ud83d\u0041", "A": [1], "a": {}}`)
	f.Add("{\"a\": \"华\xe5\x8d\"}")
	f.Fuzz(func(t *testing.T, s string) {
		checkObject(t, s)
	})
}
