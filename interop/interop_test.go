package interop

import (
	"context"
	"database/sql"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	_ "github.com/duckdb/duckdb-go/v2" // registers the "duckdb" driver
	"github.com/parquet-go/parquet-go"

	"github.com/zhfacts/zhfacts/pipeline"
	"github.com/zhfacts/zhfacts/pipeline/sink"
)

// column is one line of DuckDB's DESCRIBE.
type column struct{ name, typ string }

// wantColumns is every table's schema as DuckDB reads it, in column order.
var wantColumns = map[string][]column{
	sink.Documents: {
		{"doc_id", "VARCHAR"}, {"source", "VARCHAR"}, {"title", "VARCHAR"}, {"published_at", "TIMESTAMP"},
		{"outlet", "VARCHAR"}, {"original_outlet", "VARCHAR"}, {"category", "VARCHAR"}, {"url", "VARCHAR"},
		{"text", "VARCHAR"}, {"chars", "BIGINT"}, {"text_sha256", "VARCHAR"}, {"error", "VARCHAR"},
		{"warnings", "INTEGER"}, {"encoding", "VARCHAR"}, {"script", "VARCHAR"},
	},
	sink.Mentions: {
		{"doc_id", "VARCHAR"}, {"mention_id", "INTEGER"}, {"type", "VARCHAR"}, {"text", "VARCHAR"},
		{"start", "INTEGER"}, {"end", "INTEGER"}, {"sentence", "INTEGER"}, {"normalized", "VARCHAR"},
		{"value", "DOUBLE"}, {"value_min", "DOUBLE"}, {"value_max", "DOUBLE"}, {"currency", "VARCHAR"},
		{"unit", "VARCHAR"}, {"qualifier", "VARCHAR"}, {"date_start", "TIMESTAMP"}, {"date_end", "TIMESTAMP"},
		{"granularity", "VARCHAR"}, {"relative", "BOOLEAN"}, {"entity", "VARCHAR"}, {"place_code", "VARCHAR"},
		{"country", "VARCHAR"}, {"parent", "INTEGER"}, {"stage", "VARCHAR"}, {"rule", "VARCHAR"}, {"confidence", "DOUBLE"},
	},
	sink.Facts: {
		{"doc_id", "VARCHAR"}, {"fact_id", "INTEGER"}, {"kind", "VARCHAR"}, {"subject", "VARCHAR"},
		{"predicate", "VARCHAR"}, {"object", "VARCHAR"}, {"value", "DOUBLE"}, {"value_min", "DOUBLE"},
		{"value_max", "DOUBLE"}, {"currency", "VARCHAR"}, {"unit", "VARCHAR"}, {"qualifier", "VARCHAR"},
		{"date_start", "TIMESTAMP"}, {"date_end", "TIMESTAMP"}, {"place", "VARCHAR"},
		{"sentence", "INTEGER"}, {"evidence_start", "INTEGER"}, {"evidence_end", "INTEGER"},
		{"mention_ids", "INTEGER[]"}, {"stage", "VARCHAR"}, {"rule", "VARCHAR"}, {"confidence", "DOUBLE"},
	},
	sink.Errors: {
		{"doc_id", "VARCHAR"}, {"source", "VARCHAR"}, {"stage", "VARCHAR"}, {"severity", "VARCHAR"},
		{"message", "VARCHAR"}, {"offset", "INTEGER"},
	},
}

var tables = []string{sink.Documents, sink.Mentions, sink.Facts, sink.Errors}

// tableGlob returns the file pattern of a table in dir: "NAME.parquet" as
// sink.Parquet writes it, or "NAME-*.parquet", every part zhfacts run wrote.
func tableGlob(dir, name string, parts bool) string {
	if parts {
		return filepath.Join(dir, name+"-*.parquet")
	}
	return filepath.Join(dir, name+".parquet")
}

// openDB opens an in-memory DuckDB with one view per table of dir, so
// queries can say "FROM mentions".
func openDB(t *testing.T, dir string, parts bool) *sql.DB {
	t.Helper()
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	db.SetMaxOpenConns(1) // views live in the connection's catalog
	for _, name := range tables {
		path := strings.ReplaceAll(tableGlob(dir, name, parts), "'", "''")
		if _, err := db.Exec(`CREATE VIEW ` + name + ` AS SELECT * FROM read_parquet('` + path + `')`); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	return db
}

// checkTables checks every table's columns and types as DuckDB describes
// them, and that DuckDB counts the rows the file metadata records.
func checkTables(t *testing.T, db *sql.DB, dir string, parts bool) map[string]int64 {
	t.Helper()
	counts := map[string]int64{}
	for _, name := range tables {
		rows, err := db.Query(`DESCRIBE ` + name)
		if err != nil {
			t.Fatalf("DESCRIBE %s: %v", name, err)
		}
		var got []column
		for rows.Next() {
			var c column
			var null, key, def, extra sql.NullString
			if err := rows.Scan(&c.name, &c.typ, &null, &key, &def, &extra); err != nil {
				t.Fatal(err)
			}
			got = append(got, c)
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		rows.Close()
		if !slices.Equal(got, wantColumns[name]) {
			t.Errorf("%s columns:\n got %v\nwant %v", name, got, wantColumns[name])
		}

		files, err := filepath.Glob(tableGlob(dir, name, parts))
		if err != nil || len(files) == 0 {
			t.Fatalf("%s: no files (%v)", tableGlob(dir, name, parts), err)
		}
		var want int64
		for _, f := range files {
			want += fileRows(t, f)
		}
		var n int64
		if err := db.QueryRow(`SELECT count(*) FROM ` + name).Scan(&n); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if n != want {
			t.Errorf("%s: DuckDB counts %d rows, file metadata says %d", name, n, want)
		}
		counts[name] = n
	}
	return counts
}

// fileRows returns num_rows from a Parquet file's footer.
func fileRows(t *testing.T, path string) int64 {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		t.Fatal(err)
	}
	pf, err := parquet.OpenFile(f, st.Size())
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return pf.NumRows()
}

// checkOffsets checks, in DuckDB's own string functions, that mention and
// fact offsets are code points into documents.text and that chars counts
// them; it also checks that every row belongs to a document.
func checkOffsets(t *testing.T, db *sql.DB) {
	t.Helper()
	queries := []struct{ what, sql string }{
		{"mentions whose text is not text[start:end]", `
			SELECT count(*) FROM mentions m JOIN documents d USING (doc_id)
			WHERE substring(d.text, m.start + 1, m."end" - m.start) <> m.text`},
		{"facts whose evidence is outside the text", `
			SELECT count(*) FROM facts f JOIN documents d USING (doc_id)
			WHERE f.evidence_start < 0 OR f.evidence_end > length(d.text) OR f.evidence_start > f.evidence_end`},
		{"documents whose chars is not length(text)", `
			SELECT count(*) FROM documents WHERE chars <> length(text)`},
		{"rows of unknown documents", `
			SELECT (SELECT count(*) FROM mentions WHERE doc_id NOT IN (SELECT doc_id FROM documents))
			     + (SELECT count(*) FROM facts WHERE doc_id NOT IN (SELECT doc_id FROM documents))
			     + (SELECT count(*) FROM errors WHERE doc_id NOT IN (SELECT doc_id FROM documents))`},
	}
	for _, q := range queries {
		var n int64
		if err := db.QueryRow(q.sql).Scan(&n); err != nil {
			t.Fatalf("%s: %v", q.what, err)
		}
		if n != 0 {
			t.Errorf("%d %s", n, q.what)
		}
	}
}

func ptr[T any](v T) *T { return &v }

func wall(s string) *time.Time {
	t, err := time.Parse("2006-01-02 15:04:05", s)
	if err != nil {
		panic(err)
	}
	return &t
}

// sinkDocs fills every column once and leaves every nullable column null
// once; the third document's text is not valid UTF-8.
func sinkDocs() []*pipeline.Doc {
	full := &pipeline.Doc{
		ID: "full",
		Meta: pipeline.Meta{
			Title: "华为投资", PublishedAt: wall("2024-06-04 02:56:00"), Outlet: "新华网",
			OriginalOutlet: "人民日报", Category: "财经", URL: "https://example.com/1", Source: "news.jsonl:1",
		},
		Text:      "去年华为投资8.7亿元人民币。",
		Sentences: []pipeline.Sentence{{Start: 0, End: 15}},
	}
	full.AddMention(pipeline.Mention{
		Type: pipeline.Date, Start: 0, End: 2, Normalized: "2023",
		DateStart: wall("2023-01-01 00:00:00"), DateEnd: wall("2024-01-01 00:00:00"),
		Granularity: "year", Relative: ptr(true), Stage: "dates", Rule: "relative-year", Confidence: 0.9,
	})
	full.AddMention(pipeline.Mention{
		Type: pipeline.Money, Start: 6, End: 14, Normalized: "870000000 CNY",
		Value: ptr(870000000.0), ValueMin: ptr(8.7e8), ValueMax: ptr(8.7e8), Currency: "CNY", Unit: "元",
		Qualifier: "exact", Stage: "money", Rule: "number+unit+currency", Confidence: 0.95,
	})
	full.AddMention(pipeline.Mention{
		Type: pipeline.Org, Start: 2, End: 4, Entity: "华为", PlaceCode: "440300", Country: "CN",
		Relative: ptr(false), Stage: "orgs", Rule: "dictionary", Confidence: 1,
	})
	pipeline.SortMentions(full.Mentions)
	full.AddFact(pipeline.Fact{
		Kind: "spend", Subject: "华为", Predicate: "投资", Object: "项目", Value: ptr(870000000.0),
		Currency: "CNY", Unit: "元", DateStart: wall("2023-01-01 00:00:00"), DateEnd: wall("2024-01-01 00:00:00"),
		Place: "深圳", Sentence: 0, EvidenceStart: 0, EvidenceEnd: 15, MentionIDs: []int{2, 1, 0},
		Stage: "facts", Rule: "org-invests-money", Confidence: 0.7,
	})
	full.AddError("cleanup", pipeline.SeverityWarning, "dropped boilerplate", 14)

	bare := &pipeline.Doc{ID: "bare", Text: "共3个"}
	bare.AddMention(pipeline.Mention{Type: pipeline.Number, Start: 1, End: 2})
	bare.AddFact(pipeline.Fact{Kind: "count", Sentence: -1, EvidenceStart: 0, EvidenceEnd: 3})

	broken := &pipeline.Doc{ID: "broken", Text: "a\xffb华"}
	broken.AddMention(pipeline.Mention{Type: pipeline.Person, Start: 3, End: 4, Sentence: -1})
	broken.AddError("source", pipeline.SeverityError, "news.jsonl:3: invalid UTF-8", -1)
	return []*pipeline.Doc{full, bare, broken}
}

func TestSinkOutput(t *testing.T) {
	dir := t.TempDir()
	p, err := sink.NewParquet(dir, sink.ParquetOptions{RowGroupRows: 2})
	if err != nil {
		t.Fatal(err)
	}
	defer p.Abort()
	for _, d := range sinkDocs() {
		if err := p.Write(d); err != nil {
			t.Fatal(err)
		}
	}
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}

	db := openDB(t, dir, false)
	counts := checkTables(t, db, dir, false)
	if want := p.Counts(); !mapsEqual(counts, want) {
		t.Errorf("DuckDB counts %v, sink wrote %v", counts, want)
	}
	checkOffsets(t, db)

	// Each query returns one string, compared exactly.
	values := []struct{ sql, want string }{
		// Wall time in, the same wall time out: no zone shift anywhere.
		{`SELECT CAST(published_at AS VARCHAR) FROM documents WHERE doc_id = 'full'`, "2024-06-04 02:56:00"},
		{`SELECT CAST(published_at = TIMESTAMP '2024-06-04 02:56:00' AS VARCHAR) FROM documents WHERE doc_id = 'full'`, "true"},
		{`SELECT CAST(date_start AS VARCHAR) || ' ' || CAST(date_end AS VARCHAR) FROM mentions WHERE type = 'DATE'`, "2023-01-01 00:00:00 2024-01-01 00:00:00"},
		{`SELECT CAST(value AS VARCHAR) || ' ' || currency FROM mentions WHERE type = 'MONEY'`, "870000000.0 CNY"},
		{`SELECT CAST(list_sort(mention_ids) AS VARCHAR) FROM facts WHERE doc_id = 'full'`, "[0, 1, 2]"},
		{`SELECT CAST(mention_ids AS VARCHAR) FROM facts WHERE doc_id = 'bare'`, "[]"},
		{`SELECT string_agg(CAST(relative AS VARCHAR), ',' ORDER BY start) FROM mentions WHERE doc_id = 'full' AND relative IS NOT NULL`, "true,false"},
		{`SELECT error FROM documents WHERE doc_id = 'broken'`, "source: news.jsonl:3: invalid UTF-8"},
		{`SELECT CAST(warnings AS VARCHAR) FROM documents WHERE doc_id = 'full'`, "1"},
		{`SELECT text FROM documents WHERE doc_id = 'broken'`, "a\uFFFDb华"},
		{`SELECT text FROM mentions WHERE doc_id = 'broken'`, "华"},
		// Every nullable column of the bare rows is null.
		{`SELECT CAST(count(*) AS VARCHAR) FROM documents WHERE doc_id = 'bare' AND source IS NULL AND title IS NULL
			AND published_at IS NULL AND outlet IS NULL AND original_outlet IS NULL AND category IS NULL
			AND url IS NULL AND error IS NULL`, "1"},
		{`SELECT CAST(count(*) AS VARCHAR) FROM mentions WHERE doc_id = 'bare' AND sentence IS NULL AND normalized IS NULL
			AND value IS NULL AND value_min IS NULL AND value_max IS NULL AND currency IS NULL AND unit IS NULL
			AND qualifier IS NULL AND date_start IS NULL AND date_end IS NULL AND granularity IS NULL
			AND relative IS NULL AND entity IS NULL AND place_code IS NULL AND country IS NULL
			AND stage IS NULL AND rule IS NULL`, "1"},
		{`SELECT CAST(count(*) AS VARCHAR) FROM facts WHERE doc_id = 'bare' AND subject IS NULL AND predicate IS NULL
			AND object IS NULL AND value IS NULL AND currency IS NULL AND unit IS NULL AND date_start IS NULL
			AND date_end IS NULL AND place IS NULL AND sentence IS NULL AND stage IS NULL AND rule IS NULL`, "1"},
		{`SELECT CAST(count(*) AS VARCHAR) FROM errors WHERE doc_id = 'broken' AND "offset" IS NULL`, "1"},
		{`SELECT CAST("offset" AS VARCHAR) FROM errors WHERE doc_id = 'full'`, "14"},
	}
	for _, v := range values {
		var got string
		if err := db.QueryRow(v.sql).Scan(&got); err != nil {
			t.Errorf("%s: %v", v.sql, err)
			continue
		}
		if got != v.want {
			t.Errorf("%s\n got %q, want %q", v.sql, got, v.want)
		}
	}

	// The driver hands TIMESTAMP back as a time.Time whose fields are the
	// wall clock, as the pipeline wrote it.
	var at time.Time
	if err := db.QueryRow(`SELECT published_at FROM documents WHERE doc_id = 'full'`).Scan(&at); err != nil {
		t.Fatal(err)
	}
	if got := at.Format("2006-01-02 15:04:05"); got != "2024-06-04 02:56:00" {
		t.Errorf("published_at scanned as %s (%v)", got, at)
	}
}

func mapsEqual(a, b map[string]int64) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// TestCLIRun runs `zhfacts run` on the bundled sample from the repository
// root and checks what it wrote.
func TestCLIRun(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the CLI")
	}
	out := filepath.Join(t.TempDir(), "out")
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	start := time.Now()
	cmd := exec.CommandContext(ctx, "go", "run", "./cmd/zhfacts", "run", "--out", out)
	cmd.Dir = ".."
	var stdout, stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("go run ./cmd/zhfacts run --out %s: %v\nstdout:\n%s\nstderr:\n%s", out, err, stdout.String(), stderr.String())
	}
	t.Logf("zhfacts run (build included) took %s:\n%s", time.Since(start).Round(time.Millisecond), stdout.String())

	entries, err := os.ReadDir(out)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	want := []string{"_manifest.json", "documents-00000.parquet", "errors-00000.parquet", "facts-00000.parquet", "mentions-00000.parquet"}
	if !slices.Equal(names, want) {
		t.Errorf("output directory holds %v, want %v", names, want)
	}

	db := openDB(t, out, true)
	counts := checkTables(t, db, out, true)
	if counts[sink.Documents] == 0 {
		t.Error("no documents from the bundled sample")
	}
	if counts[sink.Mentions] == 0 {
		t.Error("no mentions from the bundled sample")
	}
	checkOffsets(t, db)
}
