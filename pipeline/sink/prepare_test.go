package sink

import (
	"crypto/sha256"
	"encoding/hex"
	"reflect"
	"testing"

	"github.com/zhfacts/zhfacts/pipeline"
)

// TestPrepare checks that prepare repairs invalid strings in copies of the
// Doc's rows, leaves valid rows as the Doc's own slices, and digests the
// repaired text.
func TestPrepare(t *testing.T) {
	d := &pipeline.Doc{
		ID:   "d\xff1",
		Text: "华为\xff投资",
		Meta: pipeline.Meta{Title: "标题\xfe", Source: "a.jsonl"},
		Mentions: []pipeline.Mention{
			{ID: 1, Type: "ORG", Text: "华为", Stage: "ner", Rule: "crf"},
			{ID: 2, Type: "ORG", Text: "华为\xff", Entity: "华为\xff投", Stage: "ner", Rule: "crf"},
		},
		Facts:  []pipeline.Fact{{ID: 1, Subject: "华为", Object: "投资", Stage: "facts"}},
		Errors: []pipeline.DocError{{Stage: "ner", Severity: pipeline.SeverityWarning, Message: "bad \xc0 byte"}},
	}
	pd := prepare(d)
	sum := sha256.Sum256([]byte("华为\uFFFD投资"))
	for _, tt := range []struct{ what, got, want string }{
		{"id", pd.id, "d\uFFFD1"},
		{"text", pd.text, "华为\uFFFD投资"},
		{"sha256", pd.sha256, hex.EncodeToString(sum[:])},
		{"title", pd.meta.Title, "标题\uFFFD"},
		{"source", pd.meta.Source, "a.jsonl"},
		{"mention 1 text", pd.mentions[0].Text, "华为"},
		{"mention 2 text", pd.mentions[1].Text, "华为\uFFFD"},
		{"mention 2 entity", pd.mentions[1].Entity, "华为\uFFFD投"},
		{"error message", pd.errors[0].Message, "bad \uFFFD byte"},
		{"the Doc's mention", d.Mentions[1].Text, "华为\xff"},
		{"the Doc's title", d.Meta.Title, "标题\xfe"},
	} {
		if tt.got != tt.want {
			t.Errorf("%s = %q, want %q", tt.what, tt.got, tt.want)
		}
	}
	if &pd.mentions[0] == &d.Mentions[0] {
		t.Error("mentions with an invalid string were not copied")
	}
	if &pd.facts[0] != &d.Facts[0] {
		t.Error("valid facts were copied")
	}
}

// TestRowStrings checks that the fields functions point at every string
// field of their rows, so that a string field added later is not written
// unchecked.
func TestRowStrings(t *testing.T) {
	check := func(name string, row any, f fields) {
		t.Helper()
		v := reflect.ValueOf(row).Elem()
		got := map[*string]bool{}
		for _, p := range f {
			if p != nil {
				got[p] = true
			}
		}
		for i := range v.NumField() {
			if v.Field(i).Kind() != reflect.String {
				continue
			}
			if p := v.Field(i).Addr().Interface().(*string); !got[p] {
				t.Errorf("%sStrings leaves out %s", name, v.Type().Field(i).Name)
			}
		}
	}
	var meta pipeline.Meta
	check("meta", &meta, metaStrings(&meta))
	var m pipeline.Mention
	check("mention", &m, mentionStrings(&m))
	var f pipeline.Fact
	check("fact", &f, factStrings(&f))
	var e pipeline.DocError
	check("error", &e, errorStrings(&e))
}
