// Package source reads input files into pipeline documents: plain-text
// articles in the seed format (a header with 类别, 发布时间 and 来源, then the
// body, then site boilerplate), JSONL (one document per line) and JSON arrays
// of documents, in UTF-8, UTF-16, GB18030 or Big5; plain, compressed (gzip,
// zstd, bzip2, xz) or inside tar and zip archives, all read as streams.
//
// Sources know files and nothing about Chinese linguistics. A document that
// cannot be read becomes a Doc carrying a "source" error, so it shows up as an
// error row instead of stopping the run or disappearing.
package source

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"time"

	"github.com/zhfacts/zhfacts/pipeline"
)

// Stage is the stage name on errors recorded by sources.
const Stage = "source"

// DefaultMaxDocBytes is the document size limit when Options.MaxDocBytes is 0.
const DefaultMaxDocBytes = 4 << 20

// DefaultMaxRatio is the decompression ratio limit when Options.MaxRatio is
// 0. News text compresses about 4:1 to 10:1; a hundredfold expansion is
// already suspicious.
const DefaultMaxRatio = 100

// Options configures how inputs are read.
type Options struct {
	// Fields names extra JSONL fields to try before the usual names; the zero
	// value means detection only.
	Fields Fields
	// Location is the zone of published times written without an offset;
	// nil means China.
	Location *time.Location
	// PublishedAt is used when a document has no publication time of its own,
	// as the anchor for relative dates: a wall time with Location UTC. Nil
	// leaves such documents without one.
	PublishedAt *time.Time
	// MaxDocBytes is the largest document read; a larger one becomes an error
	// row. 0 means DefaultMaxDocBytes.
	MaxDocBytes int
	// MaxRatio bounds decompression: a compressed stream that expands more
	// than MaxRatio times its compressed size, once past four documents'
	// worth of bytes, is cut off with an error row (a decompression bomb).
	// 0 means DefaultMaxRatio.
	MaxRatio int
	// Include and Exclude filter the files found in directories by glob
	// (path.Match) against their path relative to the directory named on
	// the command line, with "/" separators; a pattern without "/" is
	// matched against the file name alone, at any depth. A file is read when
	// it matches some Include pattern (or there are none) and no Exclude
	// pattern; an excluded directory is not entered. Files named directly
	// are always read.
	Include, Exclude []string
	// Stdin is what "-" reads; nil means os.Stdin.
	Stdin io.Reader
	// Defer leaves the parsing of each JSONL record to Doc.Complete, which
	// Pipeline.ProcessBatch runs on the workers: the one goroutine that
	// reads then only decompresses and splits lines. Until completed, such
	// a document has only its source, derived ID and input size.
	Defer bool
}

// Fields names JSONL fields. Names match case-insensitively.
type Fields struct {
	ID          string `json:"id,omitempty"`
	Title       string `json:"title,omitempty"`
	Text        string `json:"text,omitempty"`
	PublishedAt string `json:"published_at,omitempty"`
	Outlet      string `json:"outlet,omitempty"`
	Category    string `json:"category,omitempty"`
	URL         string `json:"url,omitempty"`
}

func (o Options) maxDocBytes() int {
	if o.MaxDocBytes > 0 {
		return o.MaxDocBytes
	}
	return DefaultMaxDocBytes
}

func (o Options) maxRatio() int64 {
	if o.MaxRatio > 0 {
		return int64(o.MaxRatio)
	}
	return DefaultMaxRatio
}

// ratioFloor is how many decompressed bytes a stream may produce before
// the ratio limit applies: a small file of repetitive text may compress
// far better than news does.
func (o Options) ratioFloor() int64 {
	return 4 * int64(o.maxDocBytes())
}

func (o Options) location() *time.Location {
	if o.Location != nil {
		return o.Location
	}
	return China
}

// DocID returns the stable id of a document known only by its location:
// the first 16 hex digits of the SHA-256 of source.
func DocID(source string) string {
	sum := sha256.Sum256([]byte(source))
	return hex.EncodeToString(sum[:8])
}

// newDoc returns a document located at source with its derived id.
func newDoc(source string, inputBytes int) *pipeline.Doc {
	return &pipeline.Doc{ID: DocID(source), Meta: pipeline.Meta{Source: source}, InputBytes: inputBytes}
}

// errorDoc returns an error-row document for source.
func errorDoc(source string, inputBytes int, msg string) *pipeline.Doc {
	d := newDoc(source, inputBytes)
	d.AddError(Stage, pipeline.SeverityError, msg, -1)
	return d
}

// anchor fills in opts.PublishedAt for a document without a time of its own.
func anchor(d *pipeline.Doc, opts Options) {
	if d.Meta.PublishedAt == nil && opts.PublishedAt != nil {
		t := *opts.PublishedAt
		d.Meta.PublishedAt = &t
	}
}
