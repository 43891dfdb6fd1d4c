package source

import (
	"bytes"
	"errors"
	"io"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/pipeline"
)

// readAll drains src, failing the test on an error other than io.EOF.
func readAll(t testing.TB, src pipeline.Source) []*pipeline.Doc {
	t.Helper()
	var docs []*pipeline.Doc
	for {
		d, err := src.Next()
		if errors.Is(err, io.EOF) {
			return docs
		}
		if err != nil {
			t.Fatalf("Next: %v", err)
		}
		docs = append(docs, d)
	}
}

func TestJSONLFields(t *testing.T) {
	tests := []struct {
		name   string
		line   string
		fields Fields
		want   pipeline.Meta // Source is always "f.jsonl:1"
		id     string        // "" means derived
		text   string
		pub    string // time.DateTime, "" for none
	}{
		{
			name: "corpus row",
			line: `{"id": "cnc-a7cf11fac824", "title": "美日韩军演", "date": "2024-06-17", "source": "人民网军事", "category": "", "url": "http://x.cn/1.html", "dataset": "d", "text": "据外媒报道。\n第二段。"}`,
			want: pipeline.Meta{Title: "美日韩军演", Outlet: "人民网军事", URL: "http://x.cn/1.html"},
			id:   "cnc-a7cf11fac824", text: "据外媒报道。\n第二段。", pub: "2024-06-17 00:00:00",
		},
		{
			name: "CCTV row: datetime on the same day as date",
			line: `{"id": "xwlb-1", "date": "2012-07-02", "datetime": "2012-07-02 19:11:53", "text": "正文"}`,
			id:   "xwlb-1", text: "正文", pub: "2012-07-02 19:11:53",
		},
		{
			name: "date plus time of day",
			line: `{"date": "2024-06-17", "time": "19:00", "content": "正文"}`,
			text: "正文", pub: "2024-06-17 19:00:00",
		},
		{
			name: "date-time on another day loses to the date",
			line: `{"date": "2024-06-17", "datetime": "2024-06-18 01:00:00", "content": "正文"}`,
			text: "正文", pub: "2024-06-17 00:00:00",
		},
		{
			name: "case-insensitive names, numeric id, other aliases",
			line: `{"ID": 12345, "Headline": " 标题 ", "Body": "正文", "PubTime": "2024-06-04T02:56:00+08:00", "Media": "新华社", "Category": "时政", "Link": "u"}`,
			want: pipeline.Meta{Title: "标题", Outlet: "新华社", Category: "时政", URL: "u"},
			id:   "12345", text: "正文", pub: "2024-06-04 02:56:00",
		},
		{
			name: "unix seconds as a number",
			line: `{"article": "正文", "published_at": 1717440960}`,
			text: "正文", pub: "2024-06-04 02:56:00",
		},
		{
			name:   "fields from options first",
			line:   `{"text": "摘要", "full_text": "全文", "docno": "A1", "src": "央视", "ts": "2024-06-04", "datetime": "2024-06-05 08:00:00"}`,
			fields: Fields{Text: "Full_Text", ID: "docno", Outlet: "src", PublishedAt: "ts"},
			want:   pipeline.Meta{Outlet: "央视"},
			id:     "A1", text: "全文", pub: "2024-06-04 00:00:00",
		},
		{
			name: "option field missing falls back to detection",
			line: `{"text": "正文"}`, fields: Fields{Text: "full_text"},
			text: "正文",
		},
		{
			name: "null and empty values are absent",
			line: `{"text": null, "content": "正文", "id": "", "title": null}`,
			text: "正文",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := readAll(t, NewJSONL("f.jsonl", strings.NewReader(tt.line+"\n"), Options{Fields: tt.fields}))
			if len(docs) != 1 {
				t.Fatalf("%d documents, want 1", len(docs))
			}
			d := docs[0]
			if d.Failed() {
				t.Fatalf("errors: %+v", d.Errors)
			}
			id := tt.id
			if id == "" {
				id = DocID("f.jsonl:1")
			}
			if d.ID != id || d.Text != tt.text || d.InputBytes != len(tt.line)+1 {
				t.Errorf("ID, Text, InputBytes = %q, %q, %d; want %q, %q, %d", d.ID, d.Text, d.InputBytes, id, tt.text, len(tt.line)+1)
			}
			got := d.Meta
			got.PublishedAt = nil
			if got.Encoding != EncodingUTF8 || got.Script == "" {
				t.Errorf("Encoding, Script = %q, %q; want utf-8 and a script", got.Encoding, got.Script)
			}
			got.Encoding, got.Script = "", ""
			want := tt.want
			want.Source = "f.jsonl:1"
			if got != want {
				t.Errorf("Meta = %+v\nwant %+v", got, want)
			}
			var pub string
			if p := d.Meta.PublishedAt; p != nil {
				pub = p.Format(time.DateTime)
				if p.Location() != time.UTC {
					t.Errorf("PublishedAt location %v", p.Location())
				}
			}
			if pub != tt.pub {
				t.Errorf("PublishedAt = %q, want %q", pub, tt.pub)
			}
		})
	}
}

// TestJSONLKeepsNothingOfTheLine reads rows of every shape, escaped and
// plain strings, numbers, trimmed values, one after another from one
// stream, and checks that each document still holds what it holds when
// its row is read alone: parseRow scans a line where it lies, in a buffer
// the next line overwrites, so a string kept without a copy would change.
func TestJSONLKeepsNothingOfTheLine(t *testing.T) {
	lines := []string{
		`{"id": "cnc-1", "title": "美日韩军演", "date": "2024-06-17", "source": "人民网军事", "category": "军事", "url": "http://x.cn/1.html", "text": "据外媒报道。第一段。"}`,
		`{"id": "cnc-2", "title": " 标题\u4e8c ", "source": "新华社", "url": "http://x.cn/2.html", "text": "据外媒报道。\n第二段。"}`,
		`{"ID": 12345, "Headline": "第三", "Body": "正文三", "Media": "央视", "Category": "时政", "Link": "u3"}`,
		`{"id": "cnc-4", "title": "四四四四四四四四四四", "source": "四", "category": "四", "url": "http://x.cn/4444444444.html", "text": "第四篇正文，比前面的都长一些，长一些。"}`,
	}
	var alone []*pipeline.Doc
	for _, line := range lines {
		alone = append(alone, readAll(t, NewJSONL("f.jsonl", strings.NewReader(line+"\n"), Options{}))...)
	}
	together := readAll(t, NewJSONL("f.jsonl", strings.NewReader(strings.Join(lines, "\n")+"\n"), Options{}))
	if len(alone) != len(lines) || len(together) != len(lines) {
		t.Fatalf("%d and %d documents, want %d", len(alone), len(together), len(lines))
	}
	for i, d := range together {
		a := alone[i]
		got := []string{d.ID, d.Text, d.Meta.Title, d.Meta.Outlet, d.Meta.Category, d.Meta.URL}
		want := []string{a.ID, a.Text, a.Meta.Title, a.Meta.Outlet, a.Meta.Category, a.Meta.URL}
		if !slices.Equal(got, want) {
			t.Errorf("line %d read after others: %q, alone: %q", i+1, got, want)
		}
	}
}

func TestJSONLBadLines(t *testing.T) {
	in := strings.Join([]string{
		`{"id": "a", "text": "一"}`,
		``,
		`{"id": "b", "text": "二"`,
		`["not", "an", "object"]`,
		`{"id": "c", "body": 3}`,
		`{"id": "d", "title": "无正文"}`,
		`   `,
		`{"id": "e", "text": "  "}`,
		`{"id": {"x": 1}, "text": "五", "title": ["t"]}`,
		"\xef\xbb\xbf" + `{"id": "f", "text": "六"}`,
		`{"id": "g", "text": "七"}`, // no final newline
	}, "\n")
	docs := readAll(t, NewJSONL("f.jsonl", strings.NewReader(in), Options{}))
	type row struct {
		source, severity, msg string
	}
	want := []row{
		{"f.jsonl:1", "", ""},
		{"f.jsonl:3", pipeline.SeverityError, "f.jsonl:3: invalid JSON: unexpected end of JSON input"},
		{"f.jsonl:4", pipeline.SeverityError, `f.jsonl:4: not a JSON object: "[\"not\", \"an\", \"object\"]"`},
		{"f.jsonl:5", pipeline.SeverityError, `f.jsonl:5: field "body" is not a string`},
		{"f.jsonl:6", pipeline.SeverityError, "f.jsonl:6: no text field (tried text, content, body, article)"},
		{"f.jsonl:8", pipeline.SeverityError, "f.jsonl:8: empty document"},
		{"f.jsonl:9", pipeline.SeverityWarning, `f.jsonl:9: field "id" is not a string or number; id derived from the source`},
		{"f.jsonl:10", "", ""},
		{"f.jsonl:11", "", ""},
	}
	if len(docs) != len(want) {
		t.Fatalf("%d documents, want %d", len(docs), len(want))
	}
	for i, d := range docs {
		w := want[i]
		if d.Meta.Source != w.source {
			t.Errorf("doc %d: Source = %q, want %q", i, d.Meta.Source, w.source)
		}
		if w.msg == "" {
			if len(d.Errors) > 0 {
				t.Errorf("%s: unexpected errors %+v", w.source, d.Errors)
			}
			continue
		}
		if len(d.Errors) == 0 {
			t.Errorf("%s: no error, want %q", w.source, w.msg)
			continue
		}
		if e := d.Errors[0]; e.Stage != Stage || e.Severity != w.severity || e.Message != w.msg {
			t.Errorf("%s: error %+v, want %s %q", w.source, e, w.severity, w.msg)
		}
		if w.severity == pipeline.SeverityError && (d.ID != DocID(w.source) || d.Text != "") {
			t.Errorf("%s: error row has ID %q, text %q", w.source, d.ID, d.Text)
		}
	}
	if docs[6].ID != DocID("f.jsonl:9") || docs[6].Text != "五" || len(docs[6].Errors) != 2 {
		t.Errorf("row 9 = %+v, want text kept, derived id and warnings for id and title", docs[6])
	}
	if docs[7].ID != "f" || docs[8].ID != "g" {
		t.Errorf("ids = %q, %q; want f (after a BOM), g (no final newline)", docs[7].ID, docs[8].ID)
	}
}

func TestJSONLOversizeLine(t *testing.T) {
	long := `{"text": "` + strings.Repeat("长", 100) + `"}`
	in := `{"id": "a", "text": "一"}` + "\n" + long + "\n" + `{"id": "c", "text": "三"}` + "\r\n"
	docs := readAll(t, NewJSONL("f.jsonl", strings.NewReader(in), Options{MaxDocBytes: 64}))
	if len(docs) != 3 {
		t.Fatalf("%d documents, want 3", len(docs))
	}
	e := docs[1].Errors
	want := "f.jsonl:2: line of 313 bytes exceeds the 64-byte document limit"
	if len(e) != 1 || e[0].Message != want || e[0].Severity != pipeline.SeverityError || docs[1].InputBytes != len(long)+1 {
		t.Errorf("oversize row = %+v, want %q", docs[1], want)
	}
	if docs[0].ID != "a" || docs[2].ID != "c" || docs[2].Meta.Source != "f.jsonl:3" {
		t.Errorf("neighbours of the long line: %+v, %+v", docs[0], docs[2])
	}

	// A line of exactly the limit is fine, with either terminator.
	exact := `{"text": "` + strings.Repeat("x", 64-12) + `"}`
	for _, term := range []string{"\n", "\r\n", ""} {
		docs = readAll(t, NewJSONL("f.jsonl", strings.NewReader(exact+term), Options{MaxDocBytes: 64}))
		if len(docs) != 1 || docs[0].Failed() {
			t.Errorf("line of exactly the limit, terminator %q: %+v", term, docs)
		}
	}
}

func TestJSONLGB18030(t *testing.T) {
	in := gb18030(t, `{"id": "a", "title": "标题", "text": "正文"}`+"\n")
	docs := readAll(t, NewJSONL("f.jsonl", bytes.NewReader(in), Options{}))
	if len(docs) != 1 || docs[0].Text != "正文" || docs[0].Meta.Title != "标题" {
		t.Fatalf("docs = %+v", docs)
	}
	if e := docs[0].Errors; len(e) != 0 || docs[0].Meta.Encoding != EncodingGB18030 {
		t.Errorf("errors = %+v, encoding %q; want none, gb18030", e, docs[0].Meta.Encoding)
	}
}

func TestJSONLReadError(t *testing.T) {
	r := io.MultiReader(strings.NewReader(`{"text": "一"}`+"\n"+`{"te`), errReader{})
	docs := readAll(t, NewJSONL("f.jsonl", r, Options{}))
	if len(docs) != 2 || docs[0].Failed() || !docs[1].Failed() ||
		docs[1].Errors[0].Message != "f.jsonl:2: read error: disk on fire" {
		t.Fatalf("docs = %+v", docs)
	}
}

type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, errors.New("disk on fire") }

func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"id": "xwlb-1", "date": "2012-07-02", "datetime": "2012-07-02 19:11:53", "text": "正文"}` + "\n\n{bad\n"))
	f.Add([]byte(`{"ID": 1e3, "Body": "正文", "time": "19:00", "date": "2024-06-17"}`))
	f.Add([]byte("[1]\n\"x\"\nnull\n{}\n\xb1\xea"))
	f.Add([]byte(`{"text": "` + strings.Repeat("x", 80) + `"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		docs := readAll(t, NewJSONL("f.jsonl", bytes.NewReader(data), Options{MaxDocBytes: 64}))
		nonEmpty := 0
		for line := range bytes.Lines(data) {
			if len(bytes.TrimSpace(bytes.TrimPrefix(line, bomUTF8))) > 0 {
				nonEmpty++
			}
		}
		// Every non-empty line is a document or an error row: none is lost.
		if len(docs) != nonEmpty {
			t.Fatalf("%d documents from %d non-empty lines", len(docs), nonEmpty)
		}
		total := 0
		for _, d := range docs {
			total += d.InputBytes
			if !utf8.ValidString(d.Text) || d.Meta.Source == "" || d.ID == "" {
				t.Fatalf("bad document %+v", d)
			}
			if d.Failed() != (d.Text == "") {
				t.Fatalf("failed=%v with text %q", d.Failed(), d.Text)
			}
		}
		if total > len(data) {
			t.Fatalf("InputBytes sum %d > %d input bytes", total, len(data))
		}
		deferred := readAll(t, NewJSONL("f.jsonl", bytes.NewReader(data), Options{MaxDocBytes: 64, Defer: true}))
		for _, d := range deferred {
			d.Complete()
		}
		if !reflect.DeepEqual(deferred, docs) {
			t.Fatalf("deferred parsing made other documents:\n%+v\nwant\n%+v", deferred, docs)
		}
	})
}

// TestJSONLDefer checks that a deferred record is only its source, derived
// ID and size until completed, and then the document parsing it at once
// makes, for good rows and for each kind of bad one.
func TestJSONLDefer(t *testing.T) {
	in := strings.Join([]string{
		`{"id": "cnc-1", "title": "美日韩军演", "date": "2024-06-17", "source": "人民网", "url": "http://x.cn/1.html", "text": "据外媒报道。\n第二段。"}`,
		`{"id": "b", "text": "二"`,
		`{"id": "c", "body": 3}`,
		`{"id": {"x": 1}, "text": "五", "title": ["t"]}`,
		"\xb1\xea",
		`{"id": "g", "text": "七"}`,
	}, "\n")
	eager := readAll(t, NewJSONL("f.jsonl", strings.NewReader(in), Options{}))
	deferred := readAll(t, NewJSONL("f.jsonl", strings.NewReader(in), Options{Defer: true}))
	if len(deferred) != len(eager) {
		t.Fatalf("%d deferred documents, want %d", len(deferred), len(eager))
	}
	for i, d := range deferred {
		if d.ID != DocID(d.Meta.Source) || d.Text != "" || len(d.Errors) != 0 || d.InputBytes != eager[i].InputBytes {
			t.Errorf("%s before Complete: %+v, want only its source, derived id and size", d.Meta.Source, d)
		}
		d.Complete()
		d.Complete() // once only
		if !reflect.DeepEqual(d, eager[i]) {
			t.Errorf("%s completed: %+v, want %+v", d.Meta.Source, d, eager[i])
		}
	}
}
