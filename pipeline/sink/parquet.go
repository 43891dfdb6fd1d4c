package sink

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
	"unsafe"

	"github.com/parquet-go/parquet-go"

	"github.com/zhfacts/zhfacts/pipeline"
)

// Table names, which are also the file names without ".parquet" and the keys
// of Parquet.Counts.
const (
	Documents = "documents"
	Mentions  = "mentions"
	Facts     = "facts"
	Errors    = "errors"
)

// Default row group sizes. Documents carry their whole text, so their groups
// are smaller to keep the writer's buffers (and a reader's) modest.
const (
	DefaultRowGroupRows         = 64 * 1024
	DefaultDocumentRowGroupRows = 4096
)

// Integer columns are INT32 (DuckDB INTEGER): offsets, ids, sentence indexes
// and counts within one document fit easily; chars is INT64 (BIGINT) because
// it is a size that notebooks sum.

// The row types below are the tables' schemas: parquet.SchemaOf reads each
// table's columns — names, order, types, nullability, encodings — from the
// fields and tags, and a reader can read the rows back into them. The sink
// itself never builds them; it hands each column its values straight from
// the documents (see table).

// documentRow is one row of documents.parquet; field order is column order.
type documentRow struct {
	DocID          string  `parquet:"doc_id"`
	Source         *string `parquet:"source"`
	Title          *string `parquet:"title"`
	PublishedAt    *int64  `parquet:"published_at,timestamp(microsecond:local)"`
	Outlet         *string `parquet:"outlet,dict"`
	OriginalOutlet *string `parquet:"original_outlet,dict"`
	Category       *string `parquet:"category,dict"`
	URL            *string `parquet:"url"`
	Text           string  `parquet:"text"`
	Chars          int64   `parquet:"chars"`
	TextSHA256     string  `parquet:"text_sha256"`
	Error          *string `parquet:"error"`
	Warnings       int32   `parquet:"warnings"`
	Encoding       *string `parquet:"encoding,dict"`
	Script         *string `parquet:"script,dict"`
}

// Encodings change no value, only what zstd is left to compress: doc_id
// repeats on every row of a document and is dictionary encoded, as are the
// few distinct confidences; ids and offsets grow along a document and are
// delta encoded.

// mentionRow is one row of mentions.parquet.
type mentionRow struct {
	DocID       string   `parquet:"doc_id,dict"`
	MentionID   int32    `parquet:"mention_id,delta"`
	Type        string   `parquet:"type,dict"`
	Text        string   `parquet:"text"`
	Start       int32    `parquet:"start,delta"`
	End         int32    `parquet:"end,delta"`
	Sentence    *int32   `parquet:"sentence"`
	Normalized  *string  `parquet:"normalized"`
	Value       *float64 `parquet:"value"`
	ValueMin    *float64 `parquet:"value_min"`
	ValueMax    *float64 `parquet:"value_max"`
	Currency    *string  `parquet:"currency,dict"`
	Unit        *string  `parquet:"unit,dict"`
	Qualifier   *string  `parquet:"qualifier,dict"`
	DateStart   *int64   `parquet:"date_start,timestamp(microsecond:local)"`
	DateEnd     *int64   `parquet:"date_end,timestamp(microsecond:local)"`
	Granularity *string  `parquet:"granularity,dict"`
	Relative    *bool    `parquet:"relative"`
	Entity      *string  `parquet:"entity"`
	PlaceCode   *string  `parquet:"place_code,dict"`
	Country     *string  `parquet:"country,dict"`
	Parent      *int32   `parquet:"parent"`
	Stage       *string  `parquet:"stage,dict"`
	Rule        *string  `parquet:"rule,dict"`
	Confidence  float64  `parquet:"confidence,dict"`
}

// factRow is one row of facts.parquet.
type factRow struct {
	DocID         string   `parquet:"doc_id,dict"`
	FactID        int32    `parquet:"fact_id,delta"`
	Kind          *string  `parquet:"kind,dict"`
	Subject       *string  `parquet:"subject"`
	Predicate     *string  `parquet:"predicate,dict"`
	Object        *string  `parquet:"object"`
	Value         *float64 `parquet:"value"`
	ValueMin      *float64 `parquet:"value_min"`
	ValueMax      *float64 `parquet:"value_max"`
	Currency      *string  `parquet:"currency,dict"`
	Unit          *string  `parquet:"unit,dict"`
	Qualifier     *string  `parquet:"qualifier,dict"`
	DateStart     *int64   `parquet:"date_start,timestamp(microsecond:local)"`
	DateEnd       *int64   `parquet:"date_end,timestamp(microsecond:local)"`
	Place         *string  `parquet:"place"`
	Sentence      *int32   `parquet:"sentence"`
	EvidenceStart int32    `parquet:"evidence_start,delta"`
	EvidenceEnd   int32    `parquet:"evidence_end,delta"`
	MentionIDs    []int32  `parquet:"mention_ids,list"`
	Stage         *string  `parquet:"stage,dict"`
	Rule          *string  `parquet:"rule,dict"`
	Confidence    float64  `parquet:"confidence,dict"`
}

// errorRow is one row of errors.parquet.
type errorRow struct {
	DocID    string  `parquet:"doc_id,dict"`
	Source   *string `parquet:"source"`
	Stage    *string `parquet:"stage,dict"`
	Severity string  `parquet:"severity,dict"`
	Message  string  `parquet:"message"`
	Offset   *int32  `parquet:"offset"`
}

// ParquetOptions tune NewParquet.
type ParquetOptions struct {
	// RowGroupRows is the number of rows per row group in every table; 0
	// means DefaultRowGroupRows, and DefaultDocumentRowGroupRows for documents.
	RowGroupRows int
}

// Parquet writes documents.parquet, mentions.parquet, facts.parquet and
// errors.parquet into one directory. Files are written under temporary names
// (".documents.parquet.tmp-<pid>") and get their final names only in Close,
// so a run that crashes or is aborted leaves nothing that looks complete.
// A Parquet is not safe for concurrent use; pipeline.Run calls Write from one
// goroutine.
type Parquet struct {
	dir       string
	documents *table
	mentions  *table
	facts     *table
	errors    *table
	// Documents are buffered and their rows handed to the column writers
	// in batches, every table on its own goroutine: the sink is the one
	// part of a run that no worker shares.
	pending []pendingDoc
	// files holds the tables in the order Close renames them, documents
	// last: documents.parquet, present only when the others are, marks a
	// complete run.
	files  []*table
	done   bool // Close or Abort has run
	closed bool // Close succeeded: the final files are in place
}

// pendingDoc is what the tables need of a document whose rows are not yet
// written. Prepare takes it from the Doc, so that the Doc's tokens and
// decoded text are not kept alive for the batch; the strings and slices are
// the Doc's own, not copies, unless they needed repair.
type pendingDoc struct {
	// Every string below and in the rows is valid UTF-8 (see prepare).
	id       string // for every table's doc_id
	meta     pipeline.Meta
	text     string // the Doc's own text unless it needed repair
	sha256   string // of text, in hex
	chars    int
	summary  string // errorSummary's
	warnings int
	mentions []pipeline.Mention
	facts    []pipeline.Fact
	errors   []pipeline.DocError
}

// NewParquet creates dir if needed and opens the four tables in it.
func NewParquet(dir string, opts ParquetOptions) (*Parquet, error) {
	return newParquet(dir, "", opts, newCodecs())
}

// codecs holds each table's zstd codec, by table name.
type codecs map[string]*zstdCodec

func newCodecs() codecs {
	c := codecs{}
	for _, t := range Tables {
		c[t] = newZstdCodec()
	}
	return c
}

// newParquet opens the four tables as NAME+suffix+".parquet", each
// compressed with its codec of c, which no other open Parquet may use.
func newParquet(dir, suffix string, opts ParquetOptions, c codecs) (_ *Parquet, err error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("parquet sink: %w", err)
	}
	groupRows, docGroupRows := int64(opts.RowGroupRows), int64(opts.RowGroupRows)
	if opts.RowGroupRows <= 0 {
		groupRows, docGroupRows = DefaultRowGroupRows, DefaultDocumentRowGroupRows
	}
	p := &Parquet{dir: dir}
	defer func() {
		if err != nil {
			p.Abort()
		}
	}()
	for _, t := range []struct {
		tab       **table
		name      string
		schema    *parquet.Schema
		groupRows int64
		rowsOf    func(*table, *pendingDoc) error
	}{
		{&p.errors, Errors, parquet.SchemaOf(errorRow{}), groupRows, writeErrorRows},
		{&p.facts, Facts, parquet.SchemaOf(factRow{}), groupRows, writeFactRows},
		{&p.mentions, Mentions, parquet.SchemaOf(mentionRow{}), groupRows, writeMentionRows},
		{&p.documents, Documents, parquet.SchemaOf(documentRow{}), docGroupRows, writeDocumentRow},
	} {
		if *t.tab, err = openTable(dir, t.name+suffix, t.schema, t.groupRows, c[t.name], t.rowsOf); err != nil {
			return nil, err
		}
		p.files = append(p.files, *t.tab)
	}
	return p, nil
}

// Write appends d's rows to the four tables: one documents row, one row per
// mention, fact and DocError. They are written with the batch d belongs to,
// so d's strings, time values, mentions, facts and errors must not change
// after Write; pipeline.Run never touches a Doc it has handed on.
func (p *Parquet) Write(d *pipeline.Doc) error {
	return p.WritePrepared(d, p.Prepare(d))
}

// Prepare implements pipeline.Preparer: it returns what WritePrepared needs
// of d (see prepare). It may be called from any goroutine.
func (p *Parquet) Prepare(d *pipeline.Doc) any { return prepare(d) }

// WritePrepared implements pipeline.Preparer: it queues the rows of d, which
// prepared, Prepare's result for d, holds.
func (p *Parquet) WritePrepared(d *pipeline.Doc, prepared any) error {
	if p.done {
		return fmt.Errorf("parquet sink: write after close")
	}
	pd, ok := prepared.(*pendingDoc)
	if !ok {
		return fmt.Errorf("parquet sink: %s: prepared as %T, not by Prepare", d.ID, prepared)
	}
	p.pending = append(p.pending, *pd)
	p.documents.buffered++
	p.mentions.buffered += len(pd.mentions)
	p.facts.buffered += len(pd.facts)
	p.errors.buffered += len(pd.errors)
	if len(p.pending) < batchDocs && p.mentions.buffered < batchRows {
		return nil
	}
	if err := p.flush(); err != nil {
		// Some tables may hold part of the batch: nothing may look
		// complete, and a later Close must fail rather than write the
		// batch again.
		p.Abort()
		return fmt.Errorf("documents up to %s: %w", d.ID, err)
	}
	return nil
}

// Batch limits: the buffered documents are written once there are
// batchDocs of them or they hold batchRows mentions, which keeps what they
// keep alive to a few megabytes.
const (
	batchDocs = 256
	batchRows = 16384
)

// flush writes the pending documents' rows to every table, the tables at
// once: each has its own writer and encoder, and the sink is the one part
// of a run that no worker shares, so on a machine with more cores than
// workers its time bounds the run.
func (p *Parquet) flush() error {
	errs := make([]error, len(p.files))
	var wg sync.WaitGroup
	for i, t := range p.files {
		wg.Go(func() { errs[i] = t.write(p.pending) })
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return err
	}
	// Dropping the references lets the documents go.
	clear(p.pending)
	p.pending = p.pending[:0]
	return nil
}

// Close flushes and closes every table, syncs it to disk and renames it to
// its final name. If any step fails, the files not yet renamed are removed;
// documents.parquet is renamed last, so it is then missing too.
func (p *Parquet) Close() error {
	if p.done {
		if p.closed {
			return nil
		}
		return fmt.Errorf("parquet sink: already aborted or failed to close")
	}
	p.done = true
	if err := p.flush(); err != nil {
		for _, t := range p.files {
			t.abort()
		}
		return err
	}
	for i, t := range p.files {
		if err := t.finish(); err != nil {
			for _, rest := range p.files[i+1:] {
				rest.abort()
			}
			return err
		}
	}
	if err := syncDir(p.dir); err != nil {
		return err
	}
	p.closed = true
	return nil
}

// Abort closes and removes the temporary files of a failed run. After a
// successful Close it does nothing, so callers can defer Abort and Close on
// success.
func (p *Parquet) Abort() error {
	if p.done {
		return nil
	}
	p.done = true
	var errs []error
	for _, t := range p.files {
		if err := t.abort(); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// Counts returns the number of rows written so far per table name,
// buffered or not.
func (p *Parquet) Counts() map[string]int64 {
	return map[string]int64{
		Documents: p.documents.count(),
		Mentions:  p.mentions.count(),
		Facts:     p.facts.count(),
		Errors:    p.errors.count(),
	}
}

// table is one Parquet file being written under a temporary name. Rows
// reach its column writers a chunk at a time: rowsOf adds a document's rows
// to cells, value by value through the methods below, and every chunkRows
// rows (or at the end of a row group, or of a batch) each column writer
// takes its column's values. This spares building row structs, with a
// pointer for every nullable value, and parquet-go's GenericWriter walking
// them through reflection-built functions, one row at a time for pointer
// fields: the sink costs 7 % fewer instructions, and the goroutine that
// calls Write only queues documents (docs/benchmarks.md).
type table struct {
	final, tmp string
	f          *os.File
	w          *parquet.GenericWriter[any]
	columns    []*parquet.ColumnWriter
	rowsOf     func(*table, *pendingDoc) error
	// cells holds the chunk's values column after column, chunkRows for
	// each: row r's value of column c is cells[c*chunkRows+r]. A repeated
	// (list) column has any number of values a row, kept in lists[c]
	// instead; lists[c] is nil for the others. col is the column that the
	// current row's next value belongs to, chunk the number of complete rows.
	cells []parquet.Value
	lists [][]parquet.Value
	col   int
	chunk int
	nulls []parquet.Value // each column's null value
	// groupRows counts the rows in the row group being written, which is
	// cut at maxGroupRows (the writer's own limit, MaxRowsPerRowGroup,
	// counts only rows it is handed whole).
	groupRows, maxGroupRows int64
	rows                    int64 // rows handed to the column writers
	buffered                int   // rows of the pending documents
}

// chunkRows is how many rows the column writers take at once, as many as
// parquet-go's own writer hands them. A column writer starts a new page only
// between two chunks (a row may not span pages), so this bounds how far a
// page outgrows the page buffer size; and with the same chunks the files
// are byte for byte the ones GenericWriter wrote.
const chunkRows = 64

// openTable creates name's temporary file in dir and a writer for schema
// whose row groups hold groupRows rows, compressed with codec; rowsOf writes
// a document's rows.
func openTable(dir, name string, schema *parquet.Schema, groupRows int64, codec *zstdCodec, rowsOf func(*table, *pendingDoc) error) (*table, error) {
	final := filepath.Join(dir, name+".parquet")
	tmp := filepath.Join(dir, fmt.Sprintf(".%s.parquet.tmp-%d", name, os.Getpid()))
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return nil, fmt.Errorf("parquet sink: %w", err)
	}
	w := parquet.NewGenericWriter[any](f, schema,
		// The fastest zstd level: output is ~10% larger than the default level,
		// and writing stays off the critical path of a run.
		parquet.Compression(codec),
		// Statistics in every page header would repeat what the column
		// index and the chunk statistics hold (for text, whole documents);
		// 1 MB pages, Arrow's default, mean fewer pages to index and compress.
		parquet.DataPageStatistics(false),
		parquet.PageBufferSize(1<<20),
		parquet.CreatedBy("zhfacts", "", ""),
	)
	t := &table{final: final, tmp: tmp, f: f, w: w, columns: w.ColumnWriters(), rowsOf: rowsOf, maxGroupRows: groupRows}
	t.cells = make([]parquet.Value, len(t.columns)*chunkRows)
	t.lists = make([][]parquet.Value, len(t.columns))
	t.nulls = make([]parquet.Value, len(t.columns))
	for i := range t.nulls {
		t.nulls[i] = parquet.Value{}.Level(0, 0, i)
	}
	for i, path := range schema.Columns() {
		if leaf, _ := schema.Lookup(path...); leaf.MaxRepetitionLevel > 0 {
			t.lists[i] = make([]parquet.Value, 0, chunkRows)
		}
	}
	return t, nil
}

// count returns the rows written or buffered.
func (t *table) count() int64 {
	return t.rows + int64(t.buffered)
}

// write hands the rows of docs to the column writers.
func (t *table) write(docs []pendingDoc) error {
	for i := range docs {
		if err := t.rowsOf(t, &docs[i]); err != nil {
			return fmt.Errorf("%s: %w", t.final, err)
		}
	}
	if err := t.writeChunk(); err != nil {
		return fmt.Errorf("%s: %w", t.final, err)
	}
	t.buffered = 0
	// The values point into the documents' strings.
	clear(t.cells)
	for _, l := range t.lists {
		clear(l[:cap(l)])
	}
	return nil
}

// Every column is a top-level field, so a value that is there has
// definition level 1 in an optional column and 0 in a required one, and a
// null has definition level 0.
const (
	required = 0
	present  = 1
)

// cell returns the current row's cell in the next column, for the column's
// value to be built in place, and fill then completes it. A Value built
// elsewhere and copied in costs a third more: it is built on the stack
// field by field and read back whole, which the processor cannot forward
// from the narrower stores; for the same reason null copies a prepared
// null rather than building one.
func (t *table) cell() *parquet.Value {
	return &t.cells[t.col*chunkRows+t.chunk]
}

// fill gives the value built in cell() its definition level and column
// index, and moves to the next column. The setters, unlike Value.Level,
// are inlined.
func (t *table) fill(definitionLevel int) {
	c := &t.cells[t.col*chunkRows+t.chunk]
	c.SetDefinitionLevel(definitionLevel)
	c.SetColumnIndex(t.col)
	t.col++
}

// null appends a null to an optional column.
func (t *table) null() {
	t.cells[t.col*chunkRows+t.chunk] = t.nulls[t.col]
	t.col++
}

// str appends s to a required string column.
func (t *table) str(s string) {
	*t.cell() = stringValue(s)
	t.fill(required)
}

// optStr appends s to an optional string column: null when empty.
func (t *table) optStr(s string) {
	if s == "" {
		t.null()
		return
	}
	*t.cell() = stringValue(s)
	t.fill(present)
}

// int32 appends i to a required INT32 column.
func (t *table) int32(i int) {
	*t.cell() = parquet.Int32Value(int32(i))
	t.fill(required)
}

// optInt32 appends *i to an optional INT32 column, null for nil.
func (t *table) optInt32(i *int) {
	if i == nil {
		t.null()
		return
	}
	*t.cell() = parquet.Int32Value(int32(*i))
	t.fill(present)
}

// index appends a sentence index or offset to an optional INT32 column:
// null when negative, the pipeline's "none".
func (t *table) index(i int) {
	if i < 0 {
		t.null()
		return
	}
	*t.cell() = parquet.Int32Value(int32(i))
	t.fill(present)
}

// int64 appends i to a required INT64 column.
func (t *table) int64(i int64) {
	*t.cell() = parquet.Int64Value(i)
	t.fill(required)
}

// double appends f to a required DOUBLE column.
func (t *table) double(f float64) {
	*t.cell() = parquet.DoubleValue(f)
	t.fill(required)
}

// optDouble appends *f to an optional DOUBLE column, null for nil.
func (t *table) optDouble(f *float64) {
	if f == nil {
		t.null()
		return
	}
	*t.cell() = parquet.DoubleValue(*f)
	t.fill(present)
}

// optBool appends *b to an optional BOOLEAN column, null for nil.
func (t *table) optBool(b *bool) {
	if b == nil {
		t.null()
		return
	}
	*t.cell() = parquet.BooleanValue(*b)
	t.fill(present)
}

// optTime appends the local wall time *tm in microseconds to an optional
// TIMESTAMP column, null for nil.
func (t *table) optTime(tm *time.Time) {
	if tm == nil {
		t.null()
		return
	}
	*t.cell() = parquet.Int64Value(wallMicrosOf(*tm))
	t.fill(present)
}

// int32List appends ids to a required list of INT32 (mention_ids): one
// value per element, the first starting the row (repetition level 0) and
// the others continuing it (1), all defined at level 1; an empty list is a
// single null at definition level 0.
func (t *table) int32List(ids []int) {
	v := t.lists[t.col]
	if len(ids) == 0 {
		v = append(v, t.nulls[t.col])
	}
	for i, id := range ids {
		v = append(v, parquet.Int32Value(int32(id)).Level(min(i, 1), 1, t.col))
	}
	t.lists[t.col] = v
	t.col++
}

// endRow completes the current row, and writes the chunk once it is full
// or completes the row group.
func (t *table) endRow() error {
	if t.col != len(t.columns) {
		panic(fmt.Sprintf("%s: a row of %d values for %d columns", t.final, t.col, len(t.columns)))
	}
	t.col = 0
	t.chunk++
	if t.chunk < chunkRows && t.groupRows+int64(t.chunk) < t.maxGroupRows {
		return nil
	}
	return t.writeChunk()
}

// writeChunk hands the chunk's values to the column writers, each of which
// writes a page once its buffer is full, and writes the row group once it
// has maxGroupRows rows.
func (t *table) writeChunk() error {
	if t.chunk == 0 {
		return nil
	}
	for i, c := range t.columns {
		v := t.cells[i*chunkRows : i*chunkRows+t.chunk]
		if t.lists[i] != nil {
			v = t.lists[i]
			t.lists[i] = v[:0]
		}
		if _, err := c.WriteRowValues(v); err != nil {
			return fmt.Errorf("column %s: %w", strings.Join(t.w.Schema().Columns()[i], "."), err)
		}
	}
	t.rows += int64(t.chunk)
	t.groupRows += int64(t.chunk)
	t.chunk = 0
	if t.groupRows < t.maxGroupRows {
		return nil
	}
	t.groupRows = 0
	return t.w.Flush()
}

// finish writes the footer, syncs and renames; on failure it removes the
// temporary file.
func (t *table) finish() error {
	err := t.w.Close()
	if err == nil {
		err = t.f.Sync()
	}
	if cerr := t.f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(t.tmp, t.final)
	}
	if err != nil {
		os.Remove(t.tmp)
		return fmt.Errorf("%s: %w", t.final, err)
	}
	return nil
}

// abort closes and removes the temporary file.
func (t *table) abort() error {
	t.f.Close()
	if err := os.Remove(t.tmp); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("parquet sink: %w", err)
	}
	return nil
}

// syncDir makes the renames durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("parquet sink: %w", err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("parquet sink: sync %s: %w", dir, err)
	}
	return nil
}

// bytesOf returns the bytes of s without copying them. Nothing may write to
// them: they are handed only to parquet-go's column writers, which copy a
// value's bytes into their buffers, and to sha256.
func bytesOf(s string) []byte {
	return unsafe.Slice(unsafe.StringData(s), len(s))
}

// stringValue returns s as a BYTE_ARRAY value, without copying it.
func stringValue(s string) parquet.Value {
	return parquet.ByteArrayValue(bytesOf(s))
}

// writeDocumentRow writes d's documents row.
func writeDocumentRow(t *table, d *pendingDoc) error {
	t.str(d.id)
	t.optStr(d.meta.Source)
	t.optStr(d.meta.Title)
	t.optTime(d.meta.PublishedAt)
	t.optStr(d.meta.Outlet)
	t.optStr(d.meta.OriginalOutlet)
	t.optStr(d.meta.Category)
	t.optStr(d.meta.URL)
	t.str(d.text)
	t.int64(int64(d.chars))
	t.str(d.sha256)
	t.optStr(d.summary)
	t.int32(d.warnings)
	t.optStr(d.meta.Encoding)
	t.optStr(d.meta.Script)
	return t.endRow()
}

// writeMentionRows writes d's mentions rows.
func writeMentionRows(t *table, d *pendingDoc) error {
	for i := range d.mentions {
		m := &d.mentions[i]
		t.str(d.id)
		t.int32(m.ID)
		t.str(m.Type)
		t.str(m.Text)
		t.int32(m.Start)
		t.int32(m.End)
		t.index(m.Sentence)
		t.optStr(m.Normalized)
		t.optDouble(m.Value)
		t.optDouble(m.ValueMin)
		t.optDouble(m.ValueMax)
		t.optStr(m.Currency)
		t.optStr(m.Unit)
		t.optStr(m.Qualifier)
		t.optTime(m.DateStart)
		t.optTime(m.DateEnd)
		t.optStr(m.Granularity)
		t.optBool(m.Relative)
		t.optStr(m.Entity)
		t.optStr(m.PlaceCode)
		t.optStr(m.Country)
		t.optInt32(m.Parent)
		t.optStr(m.Stage)
		t.optStr(m.Rule)
		t.double(m.Confidence)
		if err := t.endRow(); err != nil {
			return err
		}
	}
	return nil
}

// writeFactRows writes d's facts rows.
func writeFactRows(t *table, d *pendingDoc) error {
	for i := range d.facts {
		f := &d.facts[i]
		t.str(d.id)
		t.int32(f.ID)
		t.optStr(f.Kind)
		t.optStr(f.Subject)
		t.optStr(f.Predicate)
		t.optStr(f.Object)
		t.optDouble(f.Value)
		t.optDouble(f.ValueMin)
		t.optDouble(f.ValueMax)
		t.optStr(f.Currency)
		t.optStr(f.Unit)
		t.optStr(f.Qualifier)
		t.optTime(f.DateStart)
		t.optTime(f.DateEnd)
		t.optStr(f.Place)
		t.index(f.Sentence)
		t.int32(f.EvidenceStart)
		t.int32(f.EvidenceEnd)
		t.int32List(f.MentionIDs)
		t.optStr(f.Stage)
		t.optStr(f.Rule)
		t.double(f.Confidence)
		if err := t.endRow(); err != nil {
			return err
		}
	}
	return nil
}

// writeErrorRows writes d's errors rows.
func writeErrorRows(t *table, d *pendingDoc) error {
	for i := range d.errors {
		e := &d.errors[i]
		t.str(d.id)
		t.optStr(d.meta.Source)
		t.optStr(e.Stage)
		t.str(e.Severity)
		t.str(e.Message)
		t.index(e.Offset)
		if err := t.endRow(); err != nil {
			return err
		}
	}
	return nil
}
