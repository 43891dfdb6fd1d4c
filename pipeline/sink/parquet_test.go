package sink

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/format"

	"github.com/zhfacts/zhfacts/pipeline"
)

// writeDocs writes docs to a new Parquet sink in a temporary directory and
// closes it.
func writeDocs(t *testing.T, opts ParquetOptions, docs []*pipeline.Doc) (dir string, p *Parquet) {
	t.Helper()
	dir = filepath.Join(t.TempDir(), "out")
	p, err := NewParquet(dir, opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		if err := p.Write(d); err != nil {
			t.Fatal(err)
		}
	}
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
	return dir, p
}

func openParquet(t *testing.T, path string) *parquet.File {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	st, err := f.Stat()
	if err != nil {
		t.Fatal(err)
	}
	pf, err := parquet.OpenFile(f, st.Size())
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return pf
}

func readRows[T any](t *testing.T, path string) []T {
	t.Helper()
	rows, err := parquet.ReadFile[T](path)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return rows
}

func TestParquetRoundTrip(t *testing.T) {
	dir, p := writeDocs(t, ParquetOptions{}, testDocs())

	wantCounts := map[string]int64{Documents: 2, Mentions: 4, Facts: 2, Errors: 4}
	if got := p.Counts(); !reflect.DeepEqual(got, wantCounts) {
		t.Errorf("Counts() = %v, want %v", got, wantCounts)
	}

	wantDocs := []documentRow{
		{
			DocID: "news.jsonl:1", Source: ptr("news.jsonl:1"), Title: ptr("华为投资"),
			PublishedAt: ptr(time.Date(2024, 6, 4, 2, 56, 0, 0, time.UTC).UnixMicro()),
			Outlet:      ptr("新华网"), OriginalOutlet: ptr("人民日报"), Category: ptr("财经"),
			URL: ptr("https://example.com/a?x=1&y=<2>"), Text: "去年华为投资8.7亿元人民币。", Chars: 15,
			TextSHA256: "e3f4720c7036019141da3aee04ccd709777ac7443452c843a8136b627f009141",
			Error:      ptr("people: panic: boom; places: gazetteer missing"), Warnings: 1,
			Encoding: ptr("gb18030"), Script: ptr("simplified"),
		},
		{
			DocID: "seed/001.txt", Text: "", Chars: 0,
			TextSHA256: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
			Error:      ptr("source: seed/001.txt: not UTF-8 or GB18030"),
		},
	}
	y2023 := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC).UnixMicro()
	y2024 := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).UnixMicro()
	wantMentions := []mentionRow{
		{
			DocID: "news.jsonl:1", MentionID: 0, Type: "DATE", Text: "去年", Start: 0, End: 2, Sentence: ptr[int32](0),
			Normalized: ptr("2023"), DateStart: &y2023, DateEnd: &y2024, Granularity: ptr("year"), Relative: ptr(true),
			Stage: ptr("dates"), Rule: ptr("relative-year"), Confidence: 0.9,
		},
		{
			DocID: "news.jsonl:1", MentionID: 2, Type: "ORG", Text: "华为", Start: 2, End: 4, Sentence: ptr[int32](0),
			Relative: ptr(false), Entity: ptr("华为技术有限公司"), PlaceCode: ptr("440300"), Country: ptr("CN"),
			Stage: ptr("orgs"), Rule: ptr("dictionary"), Confidence: 1,
		},
		{
			DocID: "news.jsonl:1", MentionID: 1, Type: "MONEY", Text: "8.7亿元人民币", Start: 6, End: 14, Sentence: ptr[int32](0),
			Normalized: ptr("870000000 CNY"), Value: ptr(870000000.0), ValueMin: ptr(8.6e8), ValueMax: ptr(8.8e8),
			Currency: ptr("CNY"), Unit: ptr("元"), Qualifier: ptr("exact"),
			Stage: ptr("money"), Rule: ptr("number+unit+currency"), Confidence: 0.95,
		},
		{DocID: "seed/001.txt", MentionID: 0, Type: "NUMBER", Text: "3", Start: 0, End: 1},
	}
	wantFacts := []factRow{
		{
			DocID: "news.jsonl:1", FactID: 0, Kind: ptr("spend"), Subject: ptr("华为技术有限公司"), Predicate: ptr("投资"),
			Object: ptr("项目"), Value: ptr(870000000.0), ValueMin: ptr(860000000.0), ValueMax: ptr(880000000.0),
			Currency: ptr("CNY"), Unit: ptr("元"), Qualifier: ptr("range"),
			DateStart: &y2023, DateEnd: &y2024, Place: ptr("深圳"), Sentence: ptr[int32](0),
			EvidenceStart: 0, EvidenceEnd: 15, MentionIDs: []int32{0, 2, 1},
			Stage: ptr("facts"), Rule: ptr("org-invests-money"), Confidence: 0.7,
		},
		{DocID: "seed/001.txt", FactID: 0, Kind: ptr("role"), MentionIDs: []int32{}},
	}
	wantErrors := []errorRow{
		{DocID: "news.jsonl:1", Source: ptr("news.jsonl:1"), Stage: ptr("cleanup"), Severity: "warning", Message: "dropped boilerplate", Offset: ptr[int32](14)},
		{DocID: "news.jsonl:1", Source: ptr("news.jsonl:1"), Stage: ptr("people"), Severity: "error", Message: "panic: boom"},
		{DocID: "news.jsonl:1", Source: ptr("news.jsonl:1"), Stage: ptr("places"), Severity: "error", Message: "gazetteer missing", Offset: ptr[int32](3)},
		{DocID: "seed/001.txt", Stage: ptr("source"), Severity: "error", Message: "seed/001.txt: not UTF-8 or GB18030"},
	}

	checkRows(t, filepath.Join(dir, "documents.parquet"), wantDocs)
	checkRows(t, filepath.Join(dir, "mentions.parquet"), wantMentions)
	checkRows(t, filepath.Join(dir, "facts.parquet"), wantFacts)
	checkRows(t, filepath.Join(dir, "errors.parquet"), wantErrors)
}

func checkRows[T any](t *testing.T, path string, want []T) {
	t.Helper()
	got := readRows[T](t, path)
	if len(got) != len(want) {
		t.Fatalf("%s: %d rows, want %d", filepath.Base(path), len(got), len(want))
	}
	for i := range want {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("%s row %d:\n got %s\nwant %s", filepath.Base(path), i, show(got[i]), show(want[i]))
		}
	}
}

// show prints a row with its pointers followed, for readable diffs.
func show(row any) string {
	v := reflect.ValueOf(row)
	var b strings.Builder
	for i := range v.NumField() {
		f := v.Field(i)
		if f.Kind() == reflect.Pointer {
			if f.IsNil() {
				fmt.Fprintf(&b, "%s:null ", v.Type().Field(i).Name)
				continue
			}
			f = f.Elem()
		}
		fmt.Fprintf(&b, "%s:%v ", v.Type().Field(i).Name, f.Interface())
	}
	return b.String()
}

// The schema read back from each file: column names and order, physical and
// logical types, and which columns are nullable. DuckDB maps
// TIMESTAMP(isAdjustedToUTC=false) to TIMESTAMP, not TIMESTAMP WITH TIME ZONE.
var wantSchemas = map[string]string{
	Documents: `message documentRow {
	required binary doc_id (STRING);
	optional binary source (STRING);
	optional binary title (STRING);
	optional int64 published_at (TIMESTAMP(isAdjustedToUTC=false,unit=MICROS));
	optional binary outlet (STRING);
	optional binary original_outlet (STRING);
	optional binary category (STRING);
	optional binary url (STRING);
	required binary text (STRING);
	required int64 chars (INT(64,true));
	required binary text_sha256 (STRING);
	optional binary error (STRING);
	required int32 warnings (INT(32,true));
	optional binary encoding (STRING);
	optional binary script (STRING);
}`,
	Mentions: `message mentionRow {
	required binary doc_id (STRING);
	required int32 mention_id (INT(32,true));
	required binary type (STRING);
	required binary text (STRING);
	required int32 start (INT(32,true));
	required int32 end (INT(32,true));
	optional int32 sentence (INT(32,true));
	optional binary normalized (STRING);
	optional double value;
	optional double value_min;
	optional double value_max;
	optional binary currency (STRING);
	optional binary unit (STRING);
	optional binary qualifier (STRING);
	optional int64 date_start (TIMESTAMP(isAdjustedToUTC=false,unit=MICROS));
	optional int64 date_end (TIMESTAMP(isAdjustedToUTC=false,unit=MICROS));
	optional binary granularity (STRING);
	optional boolean relative;
	optional binary entity (STRING);
	optional binary place_code (STRING);
	optional binary country (STRING);
	optional int32 parent (INT(32,true));
	optional binary stage (STRING);
	optional binary rule (STRING);
	required double confidence;
}`,
	Facts: `message factRow {
	required binary doc_id (STRING);
	required int32 fact_id (INT(32,true));
	optional binary kind (STRING);
	optional binary subject (STRING);
	optional binary predicate (STRING);
	optional binary object (STRING);
	optional double value;
	optional double value_min;
	optional double value_max;
	optional binary currency (STRING);
	optional binary unit (STRING);
	optional binary qualifier (STRING);
	optional int64 date_start (TIMESTAMP(isAdjustedToUTC=false,unit=MICROS));
	optional int64 date_end (TIMESTAMP(isAdjustedToUTC=false,unit=MICROS));
	optional binary place (STRING);
	optional int32 sentence (INT(32,true));
	required int32 evidence_start (INT(32,true));
	required int32 evidence_end (INT(32,true));
	required group mention_ids (LIST) {
		repeated group list {
			required int32 element (INT(32,true));
		}
	}
	optional binary stage (STRING);
	optional binary rule (STRING);
	required double confidence;
}`,
	Errors: `message errorRow {
	required binary doc_id (STRING);
	optional binary source (STRING);
	optional binary stage (STRING);
	required binary severity (STRING);
	required binary message (STRING);
	optional int32 offset (INT(32,true));
}`,
}

func TestParquetSchemaAndCompression(t *testing.T) {
	dir, _ := writeDocs(t, ParquetOptions{}, testDocs())
	for name, want := range wantSchemas {
		f := openParquet(t, filepath.Join(dir, name+".parquet"))
		if got := f.Schema().String(); got != want {
			t.Errorf("%s schema:\n%s\nwant:\n%s", name, got, want)
		}
		for _, rg := range f.Metadata().RowGroups {
			for _, c := range rg.Columns {
				if c.MetaData.Codec != format.Zstd {
					t.Errorf("%s column %s: codec %v, want ZSTD", name, strings.Join(c.MetaData.PathInSchema, "."), c.MetaData.Codec)
				}
			}
		}
	}
}

func TestParquetRowGroups(t *testing.T) {
	var docs []*pipeline.Doc
	for i := range 5 {
		d := &pipeline.Doc{ID: string(rune('a' + i)), Text: "甲乙丙"}
		for j := range 3 {
			d.AddMention(pipeline.Mention{Type: pipeline.Number, Start: j, End: j + 1})
		}
		docs = append(docs, d)
	}
	tests := []struct {
		name         string
		opts         ParquetOptions
		docs         []*pipeline.Doc
		wantDocs     []int64 // rows per row group of documents.parquet
		wantMentions []int64
	}{
		{"two per group", ParquetOptions{RowGroupRows: 2}, docs, []int64{2, 2, 1}, []int64{2, 2, 2, 2, 2, 2, 2, 1}},
		{"default", ParquetOptions{}, docs, []int64{5}, []int64{15}},
		{"default documents group", ParquetOptions{}, manyDocs(DefaultDocumentRowGroupRows + 1), []int64{DefaultDocumentRowGroupRows, 1}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir, _ := writeDocs(t, tt.opts, tt.docs)
			if got := groupRows(openParquet(t, filepath.Join(dir, "documents.parquet"))); !slices.Equal(got, tt.wantDocs) {
				t.Errorf("documents row groups %v, want %v", got, tt.wantDocs)
			}
			if got := groupRows(openParquet(t, filepath.Join(dir, "mentions.parquet"))); !slices.Equal(got, tt.wantMentions) {
				t.Errorf("mentions row groups %v, want %v", got, tt.wantMentions)
			}
		})
	}
}

func manyDocs(n int) []*pipeline.Doc {
	docs := make([]*pipeline.Doc, n)
	for i := range docs {
		docs[i] = &pipeline.Doc{ID: "d", Text: "文"}
	}
	return docs
}

func groupRows(f *parquet.File) []int64 {
	var n []int64
	for _, rg := range f.Metadata().RowGroups {
		n = append(n, rg.NumRows)
	}
	return n
}

func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

func TestParquetTempFiles(t *testing.T) {
	finals := []string{"documents.parquet", "errors.parquet", "facts.parquet", "mentions.parquet"}
	var temps []string
	for _, n := range []string{"documents", "errors", "facts", "mentions"} {
		temps = append(temps, "."+n+".parquet.tmp-"+strconv.Itoa(os.Getpid()))
	}

	t.Run("close renames", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "a", "b") // created with parents
		p, err := NewParquet(dir, ParquetOptions{})
		if err != nil {
			t.Fatal(err)
		}
		defer p.Abort()
		for _, d := range testDocs() {
			if err := p.Write(d); err != nil {
				t.Fatal(err)
			}
		}
		if got := dirNames(t, dir); !slices.Equal(got, temps) {
			t.Errorf("before Close: %v, want %v", got, temps)
		}
		if err := p.Close(); err != nil {
			t.Fatal(err)
		}
		if got := dirNames(t, dir); !slices.Equal(got, finals) {
			t.Errorf("after Close: %v, want %v", got, finals)
		}
		if err := p.Write(testDocs()[0]); err == nil {
			t.Error("Write after Close succeeded")
		}
		if err := p.Close(); err != nil {
			t.Errorf("second Close: %v", err)
		}
		if err := p.Abort(); err != nil {
			t.Errorf("Abort after Close: %v", err)
		}
		if got := dirNames(t, dir); !slices.Equal(got, finals) {
			t.Errorf("Abort after Close removed files: %v", got)
		}
	})

	t.Run("abort removes", func(t *testing.T) {
		dir := t.TempDir()
		p, err := NewParquet(dir, ParquetOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range testDocs() {
			if err := p.Write(d); err != nil {
				t.Fatal(err)
			}
		}
		if err := p.Abort(); err != nil {
			t.Fatal(err)
		}
		if got := dirNames(t, dir); len(got) != 0 {
			t.Errorf("after Abort: %v, want empty", got)
		}
		if err := p.Close(); err == nil {
			t.Error("Close after Abort succeeded")
		}
	})

	t.Run("unwritable dir", func(t *testing.T) {
		file := filepath.Join(t.TempDir(), "file")
		if err := os.WriteFile(file, nil, 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := NewParquet(filepath.Join(file, "out"), ParquetOptions{}); err == nil {
			t.Error("NewParquet under a regular file succeeded")
		}
	})
}

func TestWallMicros(t *testing.T) {
	shanghai := time.FixedZone("CST", 8*3600)
	want := time.Date(2024, 6, 4, 2, 56, 0, 0, time.UTC).UnixMicro()
	tests := []struct {
		name string
		in   time.Time
	}{
		{"utc wall time", time.Date(2024, 6, 4, 2, 56, 0, 0, time.UTC)},
		// A time in another zone keeps its wall clock, not its instant.
		{"other zone", time.Date(2024, 6, 4, 2, 56, 0, 0, shanghai)},
	}
	for _, tt := range tests {
		if got := wallMicros(&tt.in); got == nil || *got != want {
			t.Errorf("%s: wallMicros = %v, want %d", tt.name, got, want)
		}
	}
	if wallMicros(nil) != nil {
		t.Error("wallMicros(nil) != nil")
	}
}

func TestValidUTF8(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"华为", "华为"},
		{"a\xffb", "a\uFFFDb"},
		{"\xe5\x8d", "\uFFFD\uFFFD"},     // truncated 华: one replacement per byte
		{"华\xc0\x80为", "华\uFFFD\uFFFD为"}, // overlong NUL
	}
	for _, tt := range tests {
		got := validUTF8(tt.in)
		if got != tt.want {
			t.Errorf("validUTF8(%q) = %q, want %q", tt.in, got, tt.want)
		}
		d := &pipeline.Doc{Text: tt.in}
		if n := utf8.RuneCountInString(got); n != d.CharCount() {
			t.Errorf("validUTF8(%q) has %d code points, Doc.CharCount says %d", tt.in, n, d.CharCount())
		}
	}
}

// TestIsValidUTF8 compares isValidUTF8 with utf8.ValidString on every
// sequence of four bytes from those that bound the UTF-8 ranges, alone and
// between characters.
func TestIsValidUTF8(t *testing.T) {
	edges := []byte{0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xFF}
	for _, a := range edges {
		for _, b := range edges {
			for _, c := range edges {
				for _, d := range edges {
					seq := string([]byte{a, b, c, d})
					for _, s := range []string{seq, seq[:3], "华" + seq, seq + "为", "a" + seq[:2]} {
						if got, want := isValidUTF8(s), utf8.ValidString(s); got != want {
							t.Fatalf("isValidUTF8(%q) = %v, want %v", s, got, want)
						}
					}
				}
			}
		}
	}
}

// BenchmarkValidUTF8 checks a document's worth of valid Chinese text.
func BenchmarkValidUTF8(b *testing.B) {
	text := strings.Repeat(testDocs()[0].Text, 100)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		validUTF8(text)
	}
}

// FuzzParquetText writes arbitrary bytes as document and mention text and
// checks that every string comes back valid UTF-8 with the code point count
// (and so the offsets) the pipeline saw, unchanged when it was valid.
func FuzzParquetText(f *testing.F) {
	for _, s := range []string{"", "去年华为投资8.7亿元人民币。", "a\xffb", "\xe5\x8d", "\x00", "\U0001F600"} {
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, text, title string) {
		d := &pipeline.Doc{ID: title, Text: text, Meta: pipeline.Meta{Title: title}}
		d.Mentions = []pipeline.Mention{{Type: pipeline.Number, Text: text, Start: 0, End: d.CharCount(), Sentence: -1}}
		dir, _ := writeDocs(t, ParquetOptions{}, []*pipeline.Doc{d})
		docs := readRows[documentRow](t, filepath.Join(dir, "documents.parquet"))
		ms := readRows[mentionRow](t, filepath.Join(dir, "mentions.parquet"))
		if len(docs) != 1 || len(ms) != 1 {
			t.Fatalf("read %d documents, %d mentions", len(docs), len(ms))
		}
		for _, s := range []struct{ in, out string }{{text, docs[0].Text}, {text, ms[0].Text}, {title, docs[0].DocID}} {
			if !utf8.ValidString(s.out) {
				t.Errorf("%q stored as invalid UTF-8 %q", s.in, s.out)
			}
			if utf8.ValidString(s.in) && s.in != s.out {
				t.Errorf("valid %q stored as %q", s.in, s.out)
			}
		}
		if n := utf8.RuneCountInString(docs[0].Text); int64(n) != docs[0].Chars || n != d.CharCount() {
			t.Errorf("text %q: %d code points stored, chars=%d, Doc.CharCount=%d", text, n, docs[0].Chars, d.CharCount())
		}
	})
}

// BenchmarkParquetWrite measures the sink alone on a document of about 3 KB
// of text with 60 mentions; SetBytes makes the result comparable with the
// pipeline's MB/s of input.
func BenchmarkParquetWrite(b *testing.B) {
	d := testDocs()[0]
	d.Text = strings.Repeat(d.Text, 60)
	for i := range 60 {
		m := d.Mentions[i%len(d.Mentions)]
		m.ID, m.Start, m.End = i, m.Start+15*i, m.End+15*i
		d.Mentions = append(d.Mentions, m)
	}
	b.SetBytes(int64(len(d.Text)))
	p, err := NewParquet(b.TempDir(), ParquetOptions{})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if err := p.Write(d); err != nil {
			b.Fatal(err)
		}
	}
	if err := p.Close(); err != nil {
		b.Fatal(err)
	}
}
