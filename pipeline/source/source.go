// Package source reads input files into pipeline documents: plain-text
// articles in the seed format (a header with 类别, 发布时间 and 来源, then the
// body, then site boilerplate) and JSONL, one document per line, in UTF-8,
// UTF-16 or GB18030, optionally gzip-compressed.
//
// Sources know files and nothing about Chinese linguistics. A document that
// cannot be read becomes a Doc carrying a "source" error, so it shows up as an
// error row instead of stopping the run or disappearing.
package source

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/zhfacts/zhfacts/pipeline"
)

// Stage is the stage name on errors recorded by sources.
const Stage = "source"

// DefaultMaxDocBytes is the document size limit when Options.MaxDocBytes is 0.
const DefaultMaxDocBytes = 4 << 20

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
}

// Fields names JSONL fields. Names match case-insensitively.
type Fields struct {
	ID, Title, Text, PublishedAt, Outlet, Category, URL string
}

func (o Options) maxDocBytes() int {
	if o.MaxDocBytes > 0 {
		return o.MaxDocBytes
	}
	return DefaultMaxDocBytes
}

func (o Options) location() *time.Location {
	if o.Location != nil {
		return o.Location
	}
	return China
}

// Open returns a pipeline.Source over the given inputs in order. "-" is
// standard input, whose documents are located as "stdin". A directory is walked recursively in lexical order, skipping
// hidden files and directories (names starting with "."). A file ending in .gz
// is decompressed and its format taken from the rest of its name.
//
// Files ending in .jsonl or .ndjson are JSONL, as are .json files whose first
// non-space byte is '{' and standard input when it starts that way; anything
// else is a seed-style article (see ParseArticle). A UTF-8 byte order mark is
// dropped and a UTF-16 one followed; bytes that are not valid UTF-8 are
// decoded as GB18030, with a warning on the document.
//
// Open fails only for a path that does not exist. Any other problem with a
// file — unreadable, too large, not text — becomes an error-row Doc.
func Open(paths []string, opts Options) (pipeline.Source, error) {
	return open(paths, opts, os.Stdin)
}

func open(paths []string, opts Options, stdin io.Reader) (*multiSource, error) {
	s := &multiSource{opts: opts, stdin: stdin}
	for _, p := range paths {
		if p == "-" {
			s.inputs = append(s.inputs, input{path: p})
			continue
		}
		info, err := os.Stat(p)
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("source: %w", err)
		}
		if err != nil || !info.IsDir() {
			s.inputs = append(s.inputs, input{path: p, err: err})
			continue
		}
		// WalkDir visits entries in lexical order.
		_ = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if path != p && strings.HasPrefix(filepath.Base(path), ".") {
				if d != nil && d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if err != nil {
				s.inputs = append(s.inputs, input{path: path, err: err})
				return nil
			}
			if !d.IsDir() {
				s.inputs = append(s.inputs, input{path: path})
			}
			return nil
		})
	}
	return s, nil
}

// input is one file to read; err is set when finding it already failed.
type input struct {
	path string
	err  error
}

// multiSource reads its inputs one after another.
type multiSource struct {
	inputs []input
	opts   Options
	stdin  io.Reader

	next   int             // index of the next input to open
	cur    pipeline.Source // the JSONL file being read, or nil
	closer func() error    // closes what cur reads
}

// Next implements pipeline.Source.
func (s *multiSource) Next() (*pipeline.Doc, error) {
	for {
		if s.cur != nil {
			d, err := s.cur.Next()
			if err == nil {
				return d, nil
			}
			// A file opened for reading has nothing left to lose on Close.
			_ = s.closer()
			s.cur, s.closer = nil, nil
			if !errors.Is(err, io.EOF) {
				return nil, err
			}
			continue
		}
		if s.next >= len(s.inputs) {
			return nil, io.EOF
		}
		in := s.inputs[s.next]
		s.next++
		if d := s.openInput(in); d != nil {
			return d, nil
		}
	}
}

// openInput starts reading in: it returns the document of an article or of an
// error, or nil after setting s.cur to a JSONL reader.
func (s *multiSource) openInput(in input) *pipeline.Doc {
	name := in.path
	if in.err != nil {
		return errorDoc(name, 0, fmt.Sprintf("%s: %v", name, in.err))
	}
	max := s.opts.maxDocBytes()
	var r io.Reader
	closer := func() error { return nil }
	size := int64(-1) // of an uncompressed regular file, else unknown
	if name == "-" {
		name = "stdin"
		r = s.stdin
	} else {
		f, err := os.Open(name)
		if err != nil {
			return errorDoc(name, 0, err.Error())
		}
		closer, r = f.Close, f
		if info, err := f.Stat(); err == nil && info.Mode().IsRegular() {
			size = info.Size()
		}
	}
	format := strings.ToLower(name)
	if strings.HasSuffix(format, ".gz") {
		zr, err := gzip.NewReader(r)
		if err != nil {
			_ = closer()
			return errorDoc(name, 0, fmt.Sprintf("%s: %v", name, err))
		}
		r, size = zr, -1
		format = strings.TrimSuffix(format, ".gz")
	}
	br := bufio.NewReaderSize(r, 64<<10)
	if isJSONLName(format) || startsWithBrace(br, format) {
		s.cur, s.closer = NewJSONL(name, br, s.opts), closer
		return nil
	}
	defer closer()
	if size > int64(max) {
		// Refuse a large article before reading it.
		return errorDoc(name, 0, fmt.Sprintf("%s: document of %d bytes exceeds the %d-byte limit", name, size, max))
	}
	data, err := io.ReadAll(io.LimitReader(br, int64(max)+1))
	if err != nil {
		return errorDoc(name, len(data), fmt.Sprintf("%s: %v", name, err))
	}
	if len(data) > max {
		return errorDoc(name, len(data), fmt.Sprintf("%s: document exceeds the %d-byte limit", name, max))
	}
	return ParseArticle(name, data, s.opts)
}

func isJSONLName(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".jsonl" || ext == ".ndjson"
}

// startsWithBrace reports whether a .json file or standard input (name
// "stdin") begins, after white space, with '{', which makes it JSONL.
func startsWithBrace(br *bufio.Reader, name string) bool {
	if name != "stdin" && strings.ToLower(filepath.Ext(name)) != ".json" {
		return false
	}
	for n := 1; n <= 4096; n++ {
		b, err := br.Peek(n)
		if len(b) < n {
			return false
		}
		c := b[n-1]
		switch {
		case n <= 3 && bytes.HasPrefix(bomUTF8, b):
		case c == ' ' || c == '\t' || c == '\r' || c == '\n':
		default:
			return c == '{'
		}
		if err != nil {
			return false
		}
	}
	return false
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
