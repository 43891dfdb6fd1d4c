package source

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"iter"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/zhfacts/zhfacts/pipeline"
)

// Input is one input file as found when the inputs were opened.
type Input struct {
	// Path is the file as named or found in a directory; "-" is standard
	// input.
	Path string
	// Size and ModTime are from the file system; Size is -1 for standard
	// input and anything that is not a regular file.
	Size    int64
	ModTime time.Time
	// SHA256 is the hex digest of the file's bytes, set once the file has
	// been read to its end.
	SHA256 string
}

// Reader reads documents from a list of inputs, in order. It implements
// pipeline.Source. Next must be called from one goroutine at a time; Inputs
// and BytesRead may be called from any goroutine.
type Reader struct {
	opts   Options
	inputs []input
	read   atomic.Int64 // raw input bytes consumed

	mu   sync.Mutex
	sums []string // SHA256 per input, once known

	next func() (*pipeline.Doc, bool)
	stop func()
}

// input is one file to read; err is set when finding it already failed.
type input struct {
	Input
	err error
}

// Open returns a Reader over the given inputs in order.
//
// "-" is standard input (Options.Stdin), whose documents are located as
// "stdin". A directory is walked recursively in lexical order, skipping
// hidden files and directories (names starting with ".") and applying
// Options.Include and Options.Exclude. A path that does not exist but
// contains glob characters (* ? [) is expanded like a shell glob, in lexical
// order.
//
// A file's name says what it holds, read from the end: .gz, .zst, .bz2 and
// .xz are decompressed; .tar (also .tgz, .tbz2, .txz) and .zip are archives
// whose entries are read in stored order and located as
// "archive.tar.gz!dir/entry.txt"; then .jsonl and .ndjson are JSONL, .json is
// JSONL when it starts with '{' and a JSON array of documents when it
// starts with '[', and anything else is a seed-style article (see
// ParseArticle). Standard input is recognized by its first bytes: the
// compression formats by their magic numbers, then '{', '[' or an article.
// Archive entries with absolute names or ".." components, and archives
// nested in a zip or in a stream, become error rows; nothing is ever
// written to disk.
//
// Open fails for a path that does not exist, a glob that matches nothing and
// a malformed Include or Exclude pattern. Any other problem with a file —
// unreadable, corrupt, too large, not text — becomes an error-row Doc.
func Open(paths []string, opts Options) (*Reader, error) {
	for _, p := range append(append([]string(nil), opts.Include...), opts.Exclude...) {
		if _, err := path.Match(p, ""); err != nil {
			return nil, fmt.Errorf("source: pattern %q: %w", p, err)
		}
	}
	r := &Reader{opts: opts}
	for _, p := range paths {
		if p == "-" {
			r.inputs = append(r.inputs, input{Input: Input{Path: p, Size: -1}})
			continue
		}
		matches := []string{p}
		if _, err := os.Lstat(p); errors.Is(err, fs.ErrNotExist) && strings.ContainsAny(p, "*?[") {
			matches, err = filepath.Glob(p)
			if err != nil {
				return nil, fmt.Errorf("source: %s: %w", p, err)
			}
			if len(matches) == 0 {
				return nil, fmt.Errorf("source: %s: no file matches", p)
			}
		}
		for _, m := range matches {
			if err := r.add(m); err != nil {
				return nil, err
			}
		}
	}
	r.sums = make([]string, len(r.inputs))
	return r, nil
}

// add appends the file p, or the files under the directory p.
func (r *Reader) add(p string) error {
	info, err := os.Stat(p)
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("source: %w", err)
	}
	if err != nil || !info.IsDir() {
		r.inputs = append(r.inputs, newInput(p, info, err))
		return nil
	}
	// WalkDir visits entries in lexical order.
	return filepath.WalkDir(p, func(file string, d fs.DirEntry, err error) error {
		if file == p {
			if err != nil {
				r.inputs = append(r.inputs, input{Input: Input{Path: file, Size: -1}, err: err})
			}
			return nil
		}
		rel, _ := filepath.Rel(p, file)
		rel = filepath.ToSlash(rel)
		isDir := d != nil && d.IsDir()
		if strings.HasPrefix(d.Name(), ".") || matchAny(r.opts.Exclude, rel) {
			if isDir {
				return filepath.SkipDir
			}
			return nil
		}
		if err != nil {
			r.inputs = append(r.inputs, input{Input: Input{Path: file, Size: -1}, err: err})
			return nil
		}
		if isDir || len(r.opts.Include) > 0 && !matchAny(r.opts.Include, rel) {
			return nil
		}
		info, err := os.Stat(file) // follows links, as opening will
		r.inputs = append(r.inputs, newInput(file, info, err))
		return nil
	})
}

func newInput(p string, info fs.FileInfo, err error) input {
	in := input{Input: Input{Path: p, Size: -1}, err: err}
	if info != nil {
		in.ModTime = info.ModTime()
		if info.Mode().IsRegular() {
			in.Size = info.Size()
		}
	}
	return in
}

// matchAny reports whether rel (slash-separated) matches one of patterns; a
// pattern without a slash is matched against the last element of rel.
func matchAny(patterns []string, rel string) bool {
	for _, p := range patterns {
		target := rel
		if !strings.Contains(p, "/") {
			target = path.Base(rel)
		}
		if ok, _ := path.Match(p, target); ok {
			return true
		}
	}
	return false
}

// Inputs returns the input files in reading order, with the SHA-256 of
// each file read to its end so far.
func (r *Reader) Inputs() []Input {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make([]Input, len(r.inputs))
	for i, in := range r.inputs {
		out[i] = in.Input
		out[i].SHA256 = r.sums[i]
	}
	return out
}

// TotalBytes returns the summed size of the inputs, or -1 when some size is
// unknown (standard input, a pipe).
func (r *Reader) TotalBytes() int64 {
	var n int64
	for _, in := range r.inputs {
		if in.Size < 0 {
			return -1
		}
		n += in.Size
	}
	return n
}

// BytesRead returns how many bytes of the input files have been consumed,
// compressed bytes as they are on disk; with TotalBytes it measures progress.
func (r *Reader) BytesRead() int64 { return r.read.Load() }

// Next implements pipeline.Source.
func (r *Reader) Next() (*pipeline.Doc, error) {
	if r.next == nil {
		r.next, r.stop = iter.Pull(r.all)
	}
	d, ok := r.next()
	if !ok {
		return nil, io.EOF
	}
	return d, nil
}

// Close stops reading and closes the open file, if any. Next returns io.EOF
// after Close.
func (r *Reader) Close() error {
	if r.stop == nil {
		r.next, r.stop = func() (*pipeline.Doc, bool) { return nil, false }, func() {}
	}
	r.stop()
	return nil
}

// all yields every document of every input.
func (r *Reader) all(yield func(*pipeline.Doc) bool) {
	for i := range r.inputs {
		if !r.readInput(i, yield) {
			return
		}
	}
}

// readInput yields the documents of input i and records its digest. It
// returns false when yield did.
func (r *Reader) readInput(i int, yield func(*pipeline.Doc) bool) bool {
	in := r.inputs[i]
	name := in.Path
	if in.err != nil {
		return yield(errorDoc(name, 0, fmt.Sprintf("%s: %v", name, in.err)))
	}
	var f io.Reader
	if name == "-" {
		f = r.opts.Stdin
		if f == nil {
			f = os.Stdin
		}
	} else {
		file, err := os.Open(name)
		if err != nil {
			return yield(errorDoc(name, 0, err.Error()))
		}
		defer file.Close()
		if isZip(name) {
			return r.readZipFile(i, file, in.Size, yield)
		}
		f = file
	}
	h := sha256.New()
	cr := &hashReader{r: f, h: h, n: &r.read}
	var ok bool
	if name == "-" {
		ok = r.readStdin(cr, yield)
	} else {
		ok = r.readStream(name, name, cr, in.Size, 0, yield)
	}
	if !ok {
		return false
	}
	// Hash what the formats left unread (the tail of a corrupt or oversize
	// file), so the digest is of the whole file.
	if _, err := io.Copy(io.Discard, cr); err == nil {
		r.setSum(i, h)
	}
	return true
}

func (r *Reader) setSum(i int, h hash.Hash) {
	r.mu.Lock()
	r.sums[i] = hex.EncodeToString(h.Sum(nil))
	r.mu.Unlock()
}

// hashReader hashes and counts what it reads.
type hashReader struct {
	r io.Reader
	h hash.Hash
	n *atomic.Int64
}

func (h *hashReader) Read(p []byte) (int, error) {
	n, err := h.r.Read(p)
	h.h.Write(p[:n])
	h.n.Add(int64(n))
	return n, err
}
