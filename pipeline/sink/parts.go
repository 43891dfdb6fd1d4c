package sink

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/zhfacts/zhfacts/pipeline"
)

// Tables lists the table names in the order Parquet renames them,
// documents last.
var Tables = []string{Errors, Facts, Mentions, Documents}

// Default part limits: a part is committed once one of its tables holds
// DefaultPartRows rows or its documents hold DefaultPartBytes of text, which
// keeps each file a comfortable size for a notebook to open alone.
const (
	DefaultPartRows  = 1_000_000
	DefaultPartBytes = 256 << 20
)

// PartName returns the file name of one table's part: "mentions-00003.parquet".
func PartName(table string, index int) string {
	return fmt.Sprintf("%s-%05d.parquet", table, index)
}

// partFile matches the file names PartName makes.
var partFile = regexp.MustCompile(`^(documents|mentions|facts|errors)-(\d{5,})\.parquet$`)

// PartsOptions tune NewParts.
type PartsOptions struct {
	ParquetOptions
	// PartRows and PartBytes are the part limits; 0 means the defaults.
	PartRows, PartBytes int64
	// FirstPart is the index of the first part written: the number of parts
	// an interrupted run already committed.
	FirstPart int
}

// Part describes a committed part: the same index in every table, covering
// the same documents.
type Part struct {
	Index     int              `json:"index"`
	Documents int64            `json:"documents"`
	Rows      map[string]int64 `json:"rows"` // by table
	Files     []string         `json:"files"`
}

// Parts writes the four tables as numbered parts — documents-00000.parquet,
// mentions-00000.parquet, … — so a run of any size leaves files of bounded
// size that DuckDB reads with a glob ('out/mentions-*.parquet'). Part N of
// every table covers the same documents. A part is written under temporary
// names and renamed when it is committed: when it is full (Full) or by
// Commit, so a crashed run leaves only complete parts and temporary files.
// A Parts is not safe for concurrent use.
type Parts struct {
	dir  string
	opts PartsOptions
	next int      // index of the part being written or next to be
	cur  *Parquet // the open part, or nil
	docs int64    // documents in cur
	text int64    // text bytes in cur
	rows map[string]int64
	// codecs serve every part in turn: a new encoder allocates and clears
	// its history buffer (see zstdCodec).
	codecs codecs
	wrote  bool // some part was committed by this Parts
	closed bool
}

// NewParts creates dir if needed and returns a writer whose first part has
// index opts.FirstPart. Files are created on the first Write.
func NewParts(dir string, opts PartsOptions) (*Parts, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("parquet sink: %w", err)
	}
	if opts.PartRows <= 0 {
		opts.PartRows = DefaultPartRows
	}
	if opts.PartBytes <= 0 {
		opts.PartBytes = DefaultPartBytes
	}
	return &Parts{dir: dir, opts: opts, next: opts.FirstPart, rows: map[string]int64{}, codecs: newCodecs()}, nil
}

// Write appends d's rows to the current part, opening one if needed.
func (p *Parts) Write(d *pipeline.Doc) error {
	return p.WritePrepared(d, p.Prepare(d))
}

// Prepare implements pipeline.Preparer like Parquet.Prepare. It may be
// called from any goroutine.
func (p *Parts) Prepare(d *pipeline.Doc) any { return prepare(d) }

// WritePrepared implements pipeline.Preparer: Write given Prepare's result
// for d.
func (p *Parts) WritePrepared(d *pipeline.Doc, prepared any) error {
	if p.closed {
		return fmt.Errorf("parquet sink: write after close")
	}
	if p.cur == nil {
		cur, err := newParquet(p.dir, fmt.Sprintf("-%05d", p.next), p.opts.ParquetOptions, p.codecs)
		if err != nil {
			return err
		}
		p.cur, p.docs, p.text = cur, 0, 0
	}
	if err := p.cur.WritePrepared(d, prepared); err != nil {
		return err
	}
	p.docs++
	p.text += int64(len(d.Text))
	return nil
}

// Full reports whether the current part has reached a limit and should be
// committed before the next document.
func (p *Parts) Full() bool {
	if p.cur == nil {
		return false
	}
	if p.text >= p.opts.PartBytes {
		return true
	}
	// The tables' counts without the map Counts builds: Full runs for
	// every document.
	for _, t := range p.cur.files {
		if t.count() >= p.opts.PartRows {
			return true
		}
	}
	return false
}

// Commit closes the current part and gives its files their final names. It
// returns ok false when there was no document to commit.
func (p *Parts) Commit() (part Part, ok bool, err error) {
	if p.cur == nil {
		return Part{}, false, nil
	}
	cur := p.cur
	p.cur = nil
	counts := cur.Counts()
	if err := cur.Close(); err != nil {
		return Part{}, false, err
	}
	part = Part{Index: p.next, Documents: p.docs, Rows: counts}
	for _, t := range Tables {
		part.Files = append(part.Files, PartName(t, p.next))
		p.rows[t] += counts[t]
	}
	p.next++
	p.wrote = true
	return part, true, nil
}

// Close commits the current part; see Finish.
func (p *Parts) Close() error {
	_, _, err := p.Finish()
	return err
}

// Finish commits the current part and returns it like Commit. A run that
// wrote no part at all still gets an empty part 0, so that a glob over the
// output matches a file of each table.
func (p *Parts) Finish() (part Part, ok bool, err error) {
	if p.closed {
		return Part{}, false, nil
	}
	if p.cur == nil && !p.wrote && p.next == 0 {
		cur, err := newParquet(p.dir, fmt.Sprintf("-%05d", p.next), p.opts.ParquetOptions, p.codecs)
		if err != nil {
			return Part{}, false, err
		}
		p.cur = cur
	}
	part, ok, err = p.Commit()
	p.closed = true
	return part, ok, err
}

// Abort removes the temporary files of the part being written; committed
// parts stay, for a resumed run to continue after.
func (p *Parts) Abort() error {
	p.closed = true
	if p.cur == nil {
		return nil
	}
	err := p.cur.Abort()
	p.cur = nil
	return err
}

// Counts returns the rows written per table by this Parts, committed or
// not.
func (p *Parts) Counts() map[string]int64 {
	out := map[string]int64{}
	for _, t := range Tables {
		out[t] = p.rows[t]
		if p.cur != nil {
			out[t] += p.cur.Counts()[t]
		}
	}
	return out
}

// NextPart returns the index the next committed part will have.
func (p *Parts) NextPart() int { return p.next }

// RemoveTemp removes the temporary files a crashed or killed run left in
// dir (hidden names containing ".tmp") and returns their names.
func RemoveTemp(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("parquet sink: %w", err)
	}
	var removed []string
	for _, e := range entries {
		n := e.Name()
		if e.Type().IsRegular() && strings.HasPrefix(n, ".") && strings.Contains(n, ".tmp") {
			if err := os.Remove(filepath.Join(dir, n)); err != nil {
				return removed, fmt.Errorf("parquet sink: %w", err)
			}
			removed = append(removed, n)
		}
	}
	return removed, nil
}

// RemoveParts removes the part files in dir whose index is from or more —
// parts a crashed run committed after its manifest last recorded — and
// returns their names.
func RemoveParts(dir string, from int) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("parquet sink: %w", err)
	}
	var removed []string
	for _, e := range entries {
		m := partFile.FindStringSubmatch(e.Name())
		if m == nil {
			continue
		}
		if i, err := strconv.Atoi(m[2]); err == nil && i >= from {
			if err := os.Remove(filepath.Join(dir, e.Name())); err != nil {
				return removed, fmt.Errorf("parquet sink: %w", err)
			}
			removed = append(removed, e.Name())
		}
	}
	return removed, nil
}
