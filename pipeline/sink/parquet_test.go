package sink

import (
	"crypto/sha256"
	"encoding/hex"
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
		// 16 documents of 4,096 mentions fill one default group exactly
		// (across four batches); one more mention starts the next.
		{"exactly one default group", ParquetOptions{}, docsWithMentions(16, 4096, 0), []int64{16}, []int64{DefaultRowGroupRows}},
		{"one row past a default group", ParquetOptions{}, docsWithMentions(16, 4096, 1), []int64{17}, []int64{DefaultRowGroupRows, 1}},
		// Groups of 100 rows end inside a chunk of 64.
		{"groups cut chunks", ParquetOptions{RowGroupRows: 100}, docsWithMentions(3, 70, 0), []int64{3}, []int64{100, 100, 10}},
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

// docsWithMentions returns n documents of perDoc mentions each, and one more
// document with extra mentions when extra > 0.
func docsWithMentions(n, perDoc, extra int) []*pipeline.Doc {
	var docs []*pipeline.Doc
	for i := range n + min(extra, 1) {
		d := &pipeline.Doc{ID: strconv.Itoa(i), Text: "甲"}
		k := perDoc
		if i == n {
			k = extra
		}
		for range k {
			d.AddMention(pipeline.Mention{Type: pipeline.Number, Start: 0, End: 1, Sentence: -1})
		}
		docs = append(docs, d)
	}
	return docs
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

// TestValidText checks that validText finds every invalid byte from the
// Doc's code points, and passes valid text, U+FFFD included, unchanged.
func TestValidText(t *testing.T) {
	for _, text := range []string{
		"", "去年华为投资8.7亿元", "替换\uFFFD字符", "a\xffb", "\xe5\x8d", "\xed\xa0\x80", "\xc0\xaf", "\uFFFD\xff",
	} {
		d := &pipeline.Doc{Text: text}
		if got, want := validText(d), validUTF8(text); got != want {
			t.Errorf("validText(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestIsValidUTF8 compares isValidUTF8 with utf8.ValidString on every
// sequence of four bytes from those that bound the UTF-8 ranges, alone and
// between characters, ASCII runs longer than a word and Chinese runs.
func TestIsValidUTF8(t *testing.T) {
	edges := []byte{0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xFF}
	for _, a := range edges {
		for _, b := range edges {
			for _, c := range edges {
				for _, d := range edges {
					seq := string([]byte{a, b, c, d})
					for _, s := range []string{seq, seq[:3], "华" + seq, seq + "为", "a" + seq[:2], "abcdefghi" + seq, seq + "abcdefghij华", "华为" + seq + "华为"} {
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

// TestParquetNulls checks the null rule column by column: a value that is
// there is written even when it is zero (0, false, the Unix epoch, an
// empty list), and only "" and nil, a sentence of -1 and an offset of -1
// are null.
func TestParquetNulls(t *testing.T) {
	epoch := time.Unix(0, 0).UTC()
	tests := []struct {
		name        string
		mention     pipeline.Mention
		fact        pipeline.Fact
		err         pipeline.DocError
		wantMention mentionRow
		wantFact    factRow
		wantError   errorRow
	}{
		{
			name:        "zero values",
			mention:     pipeline.Mention{Value: ptr(0.0), ValueMin: ptr(0.0), ValueMax: ptr(0.0), DateStart: &epoch, DateEnd: &epoch, Relative: ptr(false), Parent: ptr(0)},
			fact:        pipeline.Fact{Value: ptr(0.0), ValueMin: ptr(0.0), ValueMax: ptr(0.0), DateStart: &epoch, DateEnd: &epoch, MentionIDs: []int{0}},
			err:         pipeline.DocError{Offset: 0},
			wantMention: mentionRow{Sentence: ptr[int32](0), Value: ptr(0.0), ValueMin: ptr(0.0), ValueMax: ptr(0.0), DateStart: ptr[int64](0), DateEnd: ptr[int64](0), Relative: ptr(false), Parent: ptr[int32](0)},
			wantFact:    factRow{Sentence: ptr[int32](0), Value: ptr(0.0), ValueMin: ptr(0.0), ValueMax: ptr(0.0), DateStart: ptr[int64](0), DateEnd: ptr[int64](0), MentionIDs: []int32{0}},
			wantError:   errorRow{Offset: ptr[int32](0)},
		},
		{
			name:        "nothing there",
			mention:     pipeline.Mention{Sentence: -1},
			fact:        pipeline.Fact{Sentence: -1},
			err:         pipeline.DocError{Offset: -1},
			wantMention: mentionRow{},
			wantFact:    factRow{MentionIDs: []int32{}},
			wantError:   errorRow{},
		},
		{
			name: "strings",
			mention: pipeline.Mention{
				Type: "DATE", Text: "去年", Normalized: "2023", Currency: "CNY", Unit: "元", Qualifier: "exact", Granularity: "year",
				Entity: "华为", PlaceCode: "440300", Country: "CN", Stage: "dates", Rule: "r",
			},
			fact: pipeline.Fact{
				Kind: "spend", Subject: "华为", Predicate: "投资", Object: "项目", Currency: "CNY", Unit: "元", Qualifier: "range",
				Place: "深圳", Stage: "facts", Rule: "r", MentionIDs: []int{3, 1, 2},
			},
			err: pipeline.DocError{Stage: "places", Severity: "error", Message: "gazetteer missing"},
			wantMention: mentionRow{
				Type: "DATE", Text: "去年", Sentence: ptr[int32](0), Normalized: ptr("2023"), Currency: ptr("CNY"), Unit: ptr("元"), Qualifier: ptr("exact"),
				Granularity: ptr("year"), Entity: ptr("华为"), PlaceCode: ptr("440300"), Country: ptr("CN"), Stage: ptr("dates"), Rule: ptr("r"),
			},
			wantFact: factRow{
				Kind: ptr("spend"), Subject: ptr("华为"), Predicate: ptr("投资"), Object: ptr("项目"), Currency: ptr("CNY"), Unit: ptr("元"),
				Qualifier: ptr("range"), Place: ptr("深圳"), Sentence: ptr[int32](0), Stage: ptr("facts"), Rule: ptr("r"), MentionIDs: []int32{3, 1, 2},
			},
			wantError: errorRow{Stage: ptr("places"), Severity: "error", Message: "gazetteer missing", Offset: ptr[int32](0)},
		},
		{
			name: "invalid UTF-8 in every string column",
			mention: pipeline.Mention{
				Type: "\xff", Text: "去\xff", Normalized: "\xff", Currency: "\xff", Unit: "\xff", Qualifier: "\xff", Granularity: "\xff",
				Entity: "\xff", PlaceCode: "\xff", Country: "\xff", Stage: "\xff", Rule: "\xff",
			},
			fact: pipeline.Fact{
				Kind: "\xff", Subject: "\xff", Predicate: "\xff", Object: "\xff", Currency: "\xff", Unit: "\xff", Qualifier: "\xff",
				Place: "\xff", Stage: "\xff", Rule: "\xff",
			},
			err: pipeline.DocError{Stage: "\xff", Severity: "\xff", Message: "\xe5\x8d"},
			wantMention: mentionRow{
				Type: "\uFFFD", Text: "去\uFFFD", Sentence: ptr[int32](0), Normalized: ptr("\uFFFD"), Currency: ptr("\uFFFD"), Unit: ptr("\uFFFD"),
				Qualifier: ptr("\uFFFD"), Granularity: ptr("\uFFFD"), Entity: ptr("\uFFFD"), PlaceCode: ptr("\uFFFD"), Country: ptr("\uFFFD"),
				Stage: ptr("\uFFFD"), Rule: ptr("\uFFFD"),
			},
			wantFact: factRow{
				Kind: ptr("\uFFFD"), Subject: ptr("\uFFFD"), Predicate: ptr("\uFFFD"), Object: ptr("\uFFFD"), Currency: ptr("\uFFFD"),
				Unit: ptr("\uFFFD"), Qualifier: ptr("\uFFFD"), Place: ptr("\uFFFD"), Sentence: ptr[int32](0), Stage: ptr("\uFFFD"),
				Rule: ptr("\uFFFD"), MentionIDs: []int32{},
			},
			wantError: errorRow{Stage: ptr("\uFFFD"), Severity: "\uFFFD", Message: "\uFFFD\uFFFD", Offset: ptr[int32](0)},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &pipeline.Doc{ID: "d", Meta: pipeline.Meta{Source: "s"}}
			d.Mentions = []pipeline.Mention{tt.mention}
			d.Facts = []pipeline.Fact{tt.fact}
			d.Errors = []pipeline.DocError{tt.err}
			dir, _ := writeDocs(t, ParquetOptions{}, []*pipeline.Doc{d})
			tt.wantMention.DocID = "d"
			tt.wantFact.DocID = "d"
			tt.wantError.DocID, tt.wantError.Source = "d", ptr("s")
			checkRows(t, filepath.Join(dir, "mentions.parquet"), []mentionRow{tt.wantMention})
			checkRows(t, filepath.Join(dir, "facts.parquet"), []factRow{tt.wantFact})
			checkRows(t, filepath.Join(dir, "errors.parquet"), []errorRow{tt.wantError})
		})
	}
}

// TestParquetManyRows writes a thousand varied documents — nulls and
// values in every nullable column, lists of every length, invalid UTF-8 —
// in row groups that end inside chunks and batches, and reads back the rows
// that wantRows builds from the documents independently of the sink.
func TestParquetManyRows(t *testing.T) {
	docs := variedDocs(1000)
	for _, opts := range []ParquetOptions{{}, {RowGroupRows: 100}} {
		t.Run(fmt.Sprintf("groups of %d", opts.RowGroupRows), func(t *testing.T) {
			dir, _ := writeDocs(t, opts, docs)
			wantDocs, wantMentions, wantFacts, wantErrors := wantRows(docs)
			checkRows(t, filepath.Join(dir, "documents.parquet"), wantDocs)
			checkRows(t, filepath.Join(dir, "mentions.parquet"), wantMentions)
			checkRows(t, filepath.Join(dir, "facts.parquet"), wantFacts)
			checkRows(t, filepath.Join(dir, "errors.parquet"), wantErrors)
		})
	}
}

// variedDocs returns n documents whose columns cycle through null, zero
// and other values at different periods, so that nulls and values meet in
// every combination and order.
func variedDocs(n int) []*pipeline.Doc {
	strs := []string{"", "去年", "a", "\xff华", "CNY"}
	pick := func(i, period int) string { return strs[i%period%len(strs)] }
	num := func(i, period int) *float64 {
		if i%period == 0 {
			return nil
		}
		return ptr(float64(i%period - 1))
	}
	when := func(i, period int) *time.Time {
		if i%period == 0 {
			return nil
		}
		tm := time.Date(2020+i%period, 1, 2, 3, 4, 5, 0, time.UTC)
		return &tm
	}
	var docs []*pipeline.Doc
	k := 0 // counts rows across documents
	for i := range n {
		d := &pipeline.Doc{
			ID:   "doc" + strconv.Itoa(i) + pick(i, 7),
			Text: strings.Repeat("新华社", i%5) + pick(i, 3),
			Meta: pipeline.Meta{
				Title: pick(i, 2), PublishedAt: when(i, 3), Outlet: pick(i, 4), OriginalOutlet: pick(i, 5), Category: pick(i, 6),
				URL: pick(i, 7), Source: pick(i, 8), Encoding: pick(i, 9), Script: pick(i, 10),
			},
		}
		for range i % 7 {
			k++
			var parent *int
			if k%4 != 0 {
				parent = ptr(k % 3)
			}
			var relative *bool
			if k%3 != 0 {
				relative = ptr(k%2 == 0)
			}
			d.Mentions = append(d.Mentions, pipeline.Mention{
				ID: k % 9, Type: pick(k, 3), Text: pick(k, 5), Start: k % 11, End: k%11 + 1, Sentence: k%4 - 1,
				Normalized: pick(k, 6), Value: num(k, 2), ValueMin: num(k, 3), ValueMax: num(k, 4),
				Currency: pick(k, 7), Unit: pick(k, 8), Qualifier: pick(k, 9), DateStart: when(k, 2), DateEnd: when(k, 5),
				Granularity: pick(k, 10), Relative: relative, Entity: pick(k, 11), PlaceCode: pick(k, 12), Country: pick(k, 13),
				Parent: parent, Stage: pick(k, 14), Rule: pick(k, 15), Confidence: float64(k%3) / 2,
			})
		}
		for j := range i % 4 {
			k++
			var ids []int
			if k%5 != 0 { // nil, then lists of 1 to 4 mentions
				for m := range k % 5 {
					ids = append(ids, m*j)
				}
			}
			d.Facts = append(d.Facts, pipeline.Fact{
				ID: j, Kind: pick(k, 2), Subject: pick(k, 3), Predicate: pick(k, 4), Object: pick(k, 5),
				Value: num(k, 2), ValueMin: num(k, 3), ValueMax: num(k, 4), Currency: pick(k, 6), Unit: pick(k, 7),
				Qualifier: pick(k, 8), DateStart: when(k, 3), DateEnd: when(k, 2), Place: pick(k, 9), Sentence: k%3 - 1,
				EvidenceStart: k, EvidenceEnd: k + 2, MentionIDs: ids, Stage: pick(k, 10), Rule: pick(k, 11), Confidence: 0.5,
			})
		}
		for j := range i % 3 {
			d.AddError(pick(i+j, 4), []string{pipeline.SeverityError, pipeline.SeverityWarning}[j%2], pick(i, 5), i%4-1)
		}
		docs = append(docs, d)
	}
	return docs
}

// wantRows returns the rows the four tables should hold for docs, built
// field by field from the rules in the package comment.
func wantRows(docs []*pipeline.Doc) (ds []documentRow, ms []mentionRow, fs []factRow, es []errorRow) {
	opt := func(s string) *string {
		if s == "" {
			return nil
		}
		return ptr(validUTF8(s))
	}
	index := func(i int) *int32 {
		if i < 0 {
			return nil
		}
		return ptr(int32(i))
	}
	micros := func(t *time.Time) *int64 {
		if t == nil {
			return nil
		}
		return ptr(time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.UTC).UnixMicro())
	}
	for _, d := range docs {
		summary, warnings := errorSummary(d)
		sum := sha256.Sum256([]byte(d.Text))
		ds = append(ds, documentRow{
			DocID: validUTF8(d.ID), Source: opt(d.Meta.Source), Title: opt(d.Meta.Title), PublishedAt: micros(d.Meta.PublishedAt),
			Outlet: opt(d.Meta.Outlet), OriginalOutlet: opt(d.Meta.OriginalOutlet), Category: opt(d.Meta.Category), URL: opt(d.Meta.URL),
			Text: validUTF8(d.Text), Chars: int64(utf8.RuneCountInString(d.Text)), TextSHA256: hex.EncodeToString(sum[:]),
			Error: opt(summary), Warnings: int32(warnings), Encoding: opt(d.Meta.Encoding), Script: opt(d.Meta.Script),
		})
		for _, m := range d.Mentions {
			var parent *int32
			if m.Parent != nil {
				parent = ptr(int32(*m.Parent))
			}
			ms = append(ms, mentionRow{
				DocID: validUTF8(d.ID), MentionID: int32(m.ID), Type: validUTF8(m.Type), Text: validUTF8(m.Text),
				Start: int32(m.Start), End: int32(m.End), Sentence: index(m.Sentence), Normalized: opt(m.Normalized),
				Value: m.Value, ValueMin: m.ValueMin, ValueMax: m.ValueMax, Currency: opt(m.Currency), Unit: opt(m.Unit),
				Qualifier: opt(m.Qualifier), DateStart: micros(m.DateStart), DateEnd: micros(m.DateEnd),
				Granularity: opt(m.Granularity), Relative: m.Relative, Entity: opt(m.Entity), PlaceCode: opt(m.PlaceCode),
				Country: opt(m.Country), Parent: parent, Stage: opt(m.Stage), Rule: opt(m.Rule), Confidence: m.Confidence,
			})
		}
		for _, f := range d.Facts {
			ids := []int32{}
			for _, id := range f.MentionIDs {
				ids = append(ids, int32(id))
			}
			fs = append(fs, factRow{
				DocID: validUTF8(d.ID), FactID: int32(f.ID), Kind: opt(f.Kind), Subject: opt(f.Subject),
				Predicate: opt(f.Predicate), Object: opt(f.Object), Value: f.Value, ValueMin: f.ValueMin, ValueMax: f.ValueMax,
				Currency: opt(f.Currency), Unit: opt(f.Unit), Qualifier: opt(f.Qualifier), DateStart: micros(f.DateStart),
				DateEnd: micros(f.DateEnd), Place: opt(f.Place), Sentence: index(f.Sentence), EvidenceStart: int32(f.EvidenceStart),
				EvidenceEnd: int32(f.EvidenceEnd), MentionIDs: ids, Stage: opt(f.Stage), Rule: opt(f.Rule), Confidence: f.Confidence,
			})
		}
		for _, e := range d.Errors {
			es = append(es, errorRow{
				DocID: validUTF8(d.ID), Source: opt(d.Meta.Source), Stage: opt(e.Stage), Severity: validUTF8(e.Severity),
				Message: validUTF8(e.Message), Offset: index(e.Offset),
			})
		}
	}
	return ds, ms, fs, es
}

// TestParquetWriteError checks that a batch that fails to be written
// leaves no files behind and makes Close fail, rather than write the batch
// a second time into the tables that took part of it.
func TestParquetWriteError(t *testing.T) {
	dir := t.TempDir()
	// Groups of one row go to the file at once; the file is closed under
	// the documents table.
	p, err := NewParquet(dir, ParquetOptions{RowGroupRows: 1})
	if err != nil {
		t.Fatal(err)
	}
	p.documents.f.Close()
	var werr error
	for _, d := range manyDocs(batchDocs) {
		if werr = p.Write(d); werr != nil {
			break
		}
	}
	if werr == nil || !strings.Contains(werr.Error(), "documents.parquet") {
		t.Fatalf("Write error %v, want one naming documents.parquet", werr)
	}
	if got := dirNames(t, dir); len(got) != 0 {
		t.Errorf("after the failed Write: %v, want no files", got)
	}
	if err := p.Close(); err == nil {
		t.Error("Close after a failed Write succeeded")
	}
}
