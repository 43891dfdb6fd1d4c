package sink

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

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
	documents *table[documentRow]
	mentions  *table[mentionRow]
	facts     *table[factRow]
	errors    *table[errorRow]
	// Rows are buffered and handed to the Parquet writers in batches:
	// parquet-go's cost per Write call, for every column, dwarfs a single
	// document's rows. cells backs the buffered rows' nullable values and is
	// reused once they are written; pending counts their documents.
	cells   cells
	pending int
	// hashBuf holds a copy of the text being hashed: sha256.Sum256 of
	// []byte(d.Text) allocated and zeroed a buffer the size of every text.
	hashBuf []byte
	// files holds the tables in the order Close renames them, documents
	// last: documents.parquet, present only when the others are, marks a
	// complete run.
	files  []tableFile
	done   bool // Close or Abort has run
	closed bool // Close succeeded: the final files are in place
}

// NewParquet creates dir if needed and opens the four tables in it.
func NewParquet(dir string, opts ParquetOptions) (*Parquet, error) {
	return newParquet(dir, "", opts)
}

// newParquet opens the four tables as NAME+suffix+".parquet".
func newParquet(dir, suffix string, opts ParquetOptions) (_ *Parquet, err error) {
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
	if p.errors, err = openTable[errorRow](dir, Errors+suffix, groupRows, newZstdCodec()); err != nil {
		return nil, err
	}
	p.files = append(p.files, p.errors)
	if p.facts, err = openTable[factRow](dir, Facts+suffix, groupRows, newZstdCodec()); err != nil {
		return nil, err
	}
	p.files = append(p.files, p.facts)
	if p.mentions, err = openTable[mentionRow](dir, Mentions+suffix, groupRows, newZstdCodec()); err != nil {
		return nil, err
	}
	p.files = append(p.files, p.mentions)
	if p.documents, err = openTable[documentRow](dir, Documents+suffix, docGroupRows, newZstdCodec()); err != nil {
		return nil, err
	}
	p.files = append(p.files, p.documents)
	return p, nil
}

// Write appends d's rows to the four tables: one documents row, one row per
// mention, fact and DocError.
func (p *Parquet) Write(d *pipeline.Doc) error {
	if p.done {
		return fmt.Errorf("parquet sink: write after close")
	}
	c := &p.cells
	p.documents.add(documentRowOf(d, c, &p.hashBuf))
	p.mentions.buf = appendMentionRows(p.mentions.buf, d, c)
	p.facts.buf = appendFactRows(p.facts.buf, d, c)
	p.errors.buf = appendErrorRows(p.errors.buf, d, c)
	p.pending++
	if p.pending < batchDocs && len(p.mentions.buf) < batchRows {
		return nil
	}
	if err := p.flush(); err != nil {
		return fmt.Errorf("documents up to %s: %w", d.ID, err)
	}
	return nil
}

// Batch limits: the buffered rows are written once batchDocs documents or
// batchRows mentions are pending, which keeps the buffers to a few
// megabytes.
const (
	batchDocs = 256
	batchRows = 16384
)

// flush writes the buffered rows of every table, the tables at once: each
// has its own writer and encoder, and the sink is the one part of a run
// that no worker shares, so on a machine with more cores than workers its
// time bounds the run.
func (p *Parquet) flush() error {
	errs := make([]error, len(p.files))
	var wg sync.WaitGroup
	for i, t := range p.files {
		wg.Go(func() { errs[i] = t.flush() })
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return err
	}
	p.pending = 0
	p.cells.reset()
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

// tableFile is what Parquet needs from a table of any row type.
type tableFile interface {
	flush() error
	finish() error
	abort() error
}

// table is one Parquet file being written under a temporary name.
type table[T any] struct {
	final, tmp string
	f          *os.File
	w          *parquet.GenericWriter[T]
	buf        []T   // rows not yet written
	rows       int64 // rows written
}

func openTable[T any](dir, name string, groupRows int64, codec *zstdCodec) (*table[T], error) {
	final := filepath.Join(dir, name+".parquet")
	tmp := filepath.Join(dir, fmt.Sprintf(".%s.parquet.tmp-%d", name, os.Getpid()))
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return nil, fmt.Errorf("parquet sink: %w", err)
	}
	w := parquet.NewGenericWriter[T](f,
		// The fastest zstd level: output is ~10% larger than the default level,
		// and writing stays off the critical path of a run.
		parquet.Compression(codec),
		parquet.MaxRowsPerRowGroup(groupRows),
		// Statistics in every page header would repeat what the column
		// index and the chunk statistics hold (for text, whole documents);
		// 1 MB pages, Arrow's default, mean fewer pages to index and compress.
		parquet.DataPageStatistics(false),
		parquet.PageBufferSize(1<<20),
		parquet.CreatedBy("zhfacts", "", ""),
	)
	return &table[T]{final: final, tmp: tmp, f: f, w: w}, nil
}

// count returns the rows written or buffered.
func (t *table[T]) count() int64 {
	return t.rows + int64(len(t.buf))
}

// add buffers one row.
func (t *table[T]) add(row T) {
	t.buf = append(t.buf, row)
}

// flush writes the buffered rows and empties the buffer for reuse.
func (t *table[T]) flush() error {
	if len(t.buf) == 0 {
		return nil
	}
	n, err := t.w.Write(t.buf)
	t.rows += int64(n)
	// The writer has copied the values; clearing drops the references to
	// documents and cells.
	clear(t.buf)
	t.buf = t.buf[:0]
	if err != nil {
		return fmt.Errorf("%s: %w", t.final, err)
	}
	return nil
}

// finish writes the footer, syncs and renames; on failure it removes the
// temporary file.
func (t *table[T]) finish() error {
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

func (t *table[T]) abort() error {
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

// cells hands out the pointers of the buffered rows' nullable column
// values from a few reused blocks rather than one allocation each: a
// mention row has a dozen, and their garbage was much of the writer's cost.
// Nullable columns need the pointers: parquet-go v0.32.0 writes a plain
// string tagged "optional" as null when empty, but its batched null bitmap
// walk writes some of those nulls as "" (parquet-go issue #154), and later
// releases never write a zero value as null (parquet-go PR #480).
type cells struct {
	strs cellPool[string]
	i64  cellPool[int64]
	i32  cellPool[int32]
}

// str returns s, made valid UTF-8, as an optional string: nil when empty.
func (c *cells) str(s string) *string {
	if s == "" {
		return nil
	}
	return c.strs.new(validUTF8(s))
}

// micros returns the local wall time t in microseconds, nil for no time.
func (c *cells) micros(t *time.Time) *int64 {
	if t == nil {
		return nil
	}
	return c.i64.new(wallMicrosOf(*t))
}

// int32 returns *i as an optional INT32.
func (c *cells) int32(i *int) *int32 {
	if i == nil {
		return nil
	}
	return c.i32.new(int32(*i))
}

// reset makes every cell free again, once the rows pointing at them are
// written.
func (c *cells) reset() {
	c.strs.reset()
	c.i64.reset()
	c.i32.reset()
}

// cellBlock is the size of a block of cells.
const cellBlock = 1024

// cellPool hands out values from blocks that are never grown, so the
// pointers handed out stay valid until reset.
type cellPool[T any] struct {
	blocks [][]T
	cur    int // index of the block being filled
}

func (p *cellPool[T]) new(v T) *T {
	if len(p.blocks) == 0 {
		p.blocks = append(p.blocks, make([]T, 0, cellBlock))
	}
	b := p.blocks[p.cur]
	if len(b) == cap(b) {
		p.cur++
		if p.cur == len(p.blocks) {
			p.blocks = append(p.blocks, make([]T, 0, cellBlock))
		}
		b = p.blocks[p.cur][:0]
	}
	b = append(b, v)
	p.blocks[p.cur] = b
	return &b[len(b)-1]
}

func (p *cellPool[T]) reset() {
	for i := range p.blocks[:min(p.cur+1, len(p.blocks))] {
		p.blocks[i] = p.blocks[i][:0]
	}
	p.cur = 0
}

// documentRowOf returns d's documents row; hashBuf is scratch space for
// hashing the text.
func documentRowOf(d *pipeline.Doc, c *cells, hashBuf *[]byte) documentRow {
	summary, warnings := errorSummary(d)
	*hashBuf = append((*hashBuf)[:0], d.Text...)
	sum := sha256.Sum256(*hashBuf)
	return documentRow{
		DocID:          validUTF8(d.ID),
		Source:         c.str(d.Meta.Source),
		Title:          c.str(d.Meta.Title),
		PublishedAt:    c.micros(d.Meta.PublishedAt),
		Outlet:         c.str(d.Meta.Outlet),
		OriginalOutlet: c.str(d.Meta.OriginalOutlet),
		Category:       c.str(d.Meta.Category),
		URL:            c.str(d.Meta.URL),
		Text:           validUTF8(d.Text),
		Chars:          int64(d.CharCount()),
		TextSHA256:     hex.EncodeToString(sum[:]),
		Error:          c.str(summary),
		Warnings:       int32(warnings),
		Encoding:       c.str(d.Meta.Encoding),
		Script:         c.str(d.Meta.Script),
	}
}

// appendMentionRows appends d's mention rows to rows.
func appendMentionRows(rows []mentionRow, d *pipeline.Doc, c *cells) []mentionRow {
	id := validUTF8(d.ID)
	for _, m := range d.Mentions {
		rows = append(rows, mentionRow{
			DocID:       id,
			MentionID:   int32(m.ID),
			Type:        m.Type,
			Text:        validUTF8(m.Text),
			Start:       int32(m.Start),
			End:         int32(m.End),
			Sentence:    c.int32(sentenceIndex(m.Sentence)),
			Normalized:  c.str(m.Normalized),
			Value:       m.Value,
			ValueMin:    m.ValueMin,
			ValueMax:    m.ValueMax,
			Currency:    c.str(m.Currency),
			Unit:        c.str(m.Unit),
			Qualifier:   c.str(m.Qualifier),
			DateStart:   c.micros(m.DateStart),
			DateEnd:     c.micros(m.DateEnd),
			Granularity: c.str(m.Granularity),
			Relative:    m.Relative,
			Entity:      c.str(m.Entity),
			PlaceCode:   c.str(m.PlaceCode),
			Country:     c.str(m.Country),
			Parent:      c.int32(m.Parent),
			Stage:       c.str(m.Stage),
			Rule:        c.str(m.Rule),
			Confidence:  m.Confidence,
		})
	}
	return rows
}

// appendFactRows appends d's fact rows to rows.
func appendFactRows(rows []factRow, d *pipeline.Doc, c *cells) []factRow {
	id := validUTF8(d.ID)
	for _, f := range d.Facts {
		ids := make([]int32, len(f.MentionIDs))
		for j, m := range f.MentionIDs {
			ids[j] = int32(m)
		}
		rows = append(rows, factRow{
			DocID:         id,
			FactID:        int32(f.ID),
			Kind:          c.str(f.Kind),
			Subject:       c.str(f.Subject),
			Predicate:     c.str(f.Predicate),
			Object:        c.str(f.Object),
			Value:         f.Value,
			ValueMin:      f.ValueMin,
			ValueMax:      f.ValueMax,
			Currency:      c.str(f.Currency),
			Unit:          c.str(f.Unit),
			Qualifier:     c.str(f.Qualifier),
			DateStart:     c.micros(f.DateStart),
			DateEnd:       c.micros(f.DateEnd),
			Place:         c.str(f.Place),
			Sentence:      c.int32(sentenceIndex(f.Sentence)),
			EvidenceStart: int32(f.EvidenceStart),
			EvidenceEnd:   int32(f.EvidenceEnd),
			MentionIDs:    ids,
			Stage:         c.str(f.Stage),
			Rule:          c.str(f.Rule),
			Confidence:    f.Confidence,
		})
	}
	return rows
}

// appendErrorRows appends d's error rows to rows.
func appendErrorRows(rows []errorRow, d *pipeline.Doc, c *cells) []errorRow {
	id := validUTF8(d.ID)
	for _, e := range d.Errors {
		var off *int32
		if e.Offset >= 0 {
			off = c.int32(&e.Offset)
		}
		rows = append(rows, errorRow{
			DocID:    id,
			Source:   c.str(d.Meta.Source),
			Stage:    c.str(e.Stage),
			Severity: e.Severity,
			Message:  validUTF8(e.Message),
			Offset:   off,
		})
	}
	return rows
}
