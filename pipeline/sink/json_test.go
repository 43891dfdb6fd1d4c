package sink

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/pipeline"
)

func encode(t *testing.T, format string, docs ...*pipeline.Doc) string {
	t.Helper()
	var b bytes.Buffer
	j, err := NewJSON(&b, format)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		if err := j.Write(d); err != nil {
			t.Fatal(err)
		}
	}
	if err := j.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestJSONLines(t *testing.T) {
	want := `{"doc_id":"news.jsonl:1","source":"news.jsonl:1","title":"华为投资","published_at":"2024-06-04T02:56:00","outlet":"新华网","original_outlet":"人民日报","category":"财经","url":"https://example.com/a?x=1&y=<2>","encoding":"gb18030","script":"simplified","text":"去年华为投资8.7亿元人民币。",` +
		`"mentions":[` +
		`{"mention_id":0,"type":"DATE","text":"去年","start":0,"end":2,"sentence":0,"normalized":"2023","date_start":"2023-01-01T00:00:00","date_end":"2024-01-01T00:00:00","granularity":"year","relative":true,"stage":"dates","rule":"relative-year","confidence":0.9},` +
		`{"mention_id":2,"type":"ORG","text":"华为","start":2,"end":4,"sentence":0,"relative":false,"entity":"华为技术有限公司","place_code":"440300","country":"CN","stage":"orgs","rule":"dictionary","confidence":1},` +
		`{"mention_id":1,"type":"MONEY","text":"8.7亿元人民币","start":6,"end":14,"sentence":0,"normalized":"870000000 CNY","value":870000000,"value_min":860000000,"value_max":880000000,"currency":"CNY","unit":"元","qualifier":"exact","stage":"money","rule":"number+unit+currency","confidence":0.95}],` +
		`"facts":[{"fact_id":0,"kind":"spend","subject":"华为技术有限公司","predicate":"投资","object":"项目","value":870000000,"value_min":860000000,"value_max":880000000,"currency":"CNY","unit":"元","qualifier":"range","date_start":"2023-01-01T00:00:00","date_end":"2024-01-01T00:00:00","place":"深圳","sentence":0,"evidence_start":0,"evidence_end":15,"mention_ids":[0,2,1],"stage":"facts","rule":"org-invests-money","confidence":0.7}],` +
		`"errors":[{"stage":"cleanup","severity":"warning","message":"dropped boilerplate","offset":14},{"stage":"people","severity":"error","message":"panic: boom"},{"stage":"places","severity":"error","message":"gazetteer missing","offset":3}]}` + "\n" +
		`{"doc_id":"seed/001.txt","text":"","mentions":[{"mention_id":0,"type":"NUMBER","text":"3","start":0,"end":1,"confidence":0}],"facts":[{"fact_id":0,"kind":"role","evidence_start":0,"evidence_end":0,"mention_ids":[],"confidence":0}],"errors":[{"stage":"source","severity":"error","message":"seed/001.txt: not UTF-8 or GB18030"}]}` + "\n"
	if got := encode(t, "jsonl", testDocs()...); got != want {
		t.Errorf("jsonl output:\n%s\nwant:\n%s", got, want)
	}
}

func TestJSONIndented(t *testing.T) {
	d := &pipeline.Doc{
		ID:   "a",
		Text: "无",
		Meta: pipeline.Meta{PublishedAt: ptr(time.Date(2024, 6, 4, 2, 56, 7, 500_000_000, time.UTC))},
	}
	want := `{
  "doc_id": "a",
  "published_at": "2024-06-04T02:56:07.5",
  "text": "无",
  "mentions": [],
  "facts": []
}
{
  "doc_id": "a",
  "published_at": "2024-06-04T02:56:07.5",
  "text": "无",
  "mentions": [],
  "facts": []
}
`
	if got := encode(t, "json", d, d); got != want {
		t.Errorf("json output:\n%s\nwant:\n%s", got, want)
	}
}

func TestJSONValues(t *testing.T) {
	tests := []struct {
		name  string
		value float64
		want  string // the "value" member, or "" when left out
	}{
		{"integral", 8.7e8, `"value":870000000`},
		{"百万亿亿 stays integral", 1.2e20, `"value":120000000000000000000`},
		{"fraction", 0.125, `"value":0.125`},
		{"negative", -3, `"value":-3`},
		{"NaN is dropped", math.NaN(), ""},
		{"Inf is dropped", math.Inf(1), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &pipeline.Doc{ID: "v", Mentions: []pipeline.Mention{{Type: pipeline.Quantity, Value: ptr(tt.value), Sentence: -1}}}
			got := encode(t, "jsonl", d)
			if tt.want == "" {
				if strings.Contains(got, `"value"`) {
					t.Errorf("got %s, want no value", got)
				}
			} else if !strings.Contains(got, tt.want) {
				t.Errorf("got %s, want it to contain %s", got, tt.want)
			}
		})
	}
}

func TestNewJSONFormat(t *testing.T) {
	for _, f := range []string{"jsonl", "json"} {
		if _, err := NewJSON(&bytes.Buffer{}, f); err != nil {
			t.Errorf("NewJSON(%q): %v", f, err)
		}
	}
	for _, f := range []string{"", "JSONL", "csv"} {
		if _, err := NewJSON(&bytes.Buffer{}, f); err == nil {
			t.Errorf("NewJSON(%q) succeeded", f)
		}
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestJSONWriteError(t *testing.T) {
	j, err := NewJSON(failWriter{}, "jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if err := j.Write(testDocs()[0]); err != nil {
		t.Fatal(err) // buffered: the failure shows at Close
	}
	if err := j.Close(); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("Close() = %v, want the writer's error", err)
	}
}

// FuzzJSONText checks that any document text, even invalid UTF-8, encodes
// to one line of valid JSON whose text has the code point count the
// pipeline's offsets are based on.
func FuzzJSONText(f *testing.F) {
	for _, s := range []string{"", "去年华为投资8.7亿元人民币。", "a\xffb", "\u2028<&>\n\"", "\U0001F600"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := &pipeline.Doc{ID: "f", Text: text}
		out := encode(t, "jsonl", d)
		if strings.Count(out, "\n") != 1 || !strings.HasSuffix(out, "\n") {
			t.Fatalf("not one line: %q", out)
		}
		var back DocumentJSON
		if err := json.Unmarshal([]byte(out), &back); err != nil {
			t.Fatalf("%q: %v", out, err)
		}
		if n := utf8.RuneCountInString(back.Text); n != d.CharCount() {
			t.Errorf("text %q came back as %q: %d code points, want %d", text, back.Text, n, d.CharCount())
		}
		if utf8.ValidString(text) && back.Text != text {
			t.Errorf("text %q came back as %q", text, back.Text)
		}
	})
}
