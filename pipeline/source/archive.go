package source

import (
	"archive/tar"
	"archive/zip"
	"bufio"
	"bytes"
	"compress/bzip2"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"strings"

	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"
	"github.com/ulikunitz/xz"

	"github.com/zhfacts/zhfacts/pipeline"
)

// maxNesting bounds how deep compression and tar layers may nest: a tar of
// a gzip of a tar is plausible, anything much deeper is an attack.
const maxNesting = 4

// zstdMaxWindow caps the memory a zstd stream may ask for. Compressors use
// 8 MB windows by default; 128 MB leaves room for --long archives.
const zstdMaxWindow = 128 << 20

// compression is one stream compression format, known by its file
// extension and its magic number.
type compression struct {
	ext   string
	magic []byte
	open  func(io.Reader) (io.Reader, func(), error)
}

var compressions = []compression{
	{".gz", []byte{0x1f, 0x8b}, func(r io.Reader) (io.Reader, func(), error) {
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, nil, err
		}
		return zr, func() { zr.Close() }, nil
	}},
	{".zst", []byte{0x28, 0xb5, 0x2f, 0xfd}, func(r io.Reader) (io.Reader, func(), error) {
		zr, err := zstd.NewReader(r, zstd.WithDecoderConcurrency(1), zstd.WithDecoderMaxWindow(zstdMaxWindow))
		if err != nil {
			return nil, nil, err
		}
		return zr, zr.Close, nil
	}},
	{".bz2", []byte("BZh"), func(r io.Reader) (io.Reader, func(), error) {
		return bzip2.NewReader(r), func() {}, nil
	}},
	{".xz", []byte{0xfd, '7', 'z', 'X', 'Z', 0}, func(r io.Reader) (io.Reader, func(), error) {
		zr, err := xz.NewReader(r)
		if err != nil {
			return nil, nil, err
		}
		return zr, func() {}, nil
	}},
}

// tarAbbrev maps the short names of compressed tar files to the long ones.
var tarAbbrev = []struct{ short, long string }{
	{".tgz", ".tar.gz"}, {".tbz2", ".tar.bz2"}, {".tbz", ".tar.bz2"}, {".txz", ".tar.xz"}, {".tzst", ".tar.zst"},
}

func isZip(name string) bool { return strings.HasSuffix(strings.ToLower(name), ".zip") }

// readStdin names standard input by its first bytes and reads it.
func (r *Reader) readStdin(in io.Reader, yield func(*pipeline.Doc) bool) bool {
	br := bufio.NewReaderSize(in, 64<<10)
	head, _ := br.Peek(8)
	name := "stdin"
	for _, c := range compressions {
		if bytes.HasPrefix(head, c.magic) {
			name += c.ext
			break
		}
	}
	return r.readStream(name, "stdin", br, -1, 0, yield)
}

// readStream yields the documents of one stream: a file, an archive entry
// or a decompressed layer. name decides the format by its extensions; label
// locates the documents (Meta.Source); size is the stream's length or -1.
// It returns false when yield did.
func (r *Reader) readStream(name, label string, in io.Reader, size int64, depth int, yield func(*pipeline.Doc) bool) bool {
	lower := strings.ToLower(name)
	for _, a := range tarAbbrev {
		if strings.HasSuffix(lower, a.short) {
			lower = strings.TrimSuffix(lower, a.short) + a.long
			break
		}
	}
	if depth > maxNesting {
		return yield(errorDoc(label, 0, fmt.Sprintf("%s: archives and compression nested more than %d deep", label, maxNesting)))
	}
	for _, c := range compressions {
		if !strings.HasSuffix(lower, c.ext) {
			continue
		}
		cr := &countReader{r: in}
		zr, closeFn, err := c.open(cr)
		if err != nil {
			return yield(errorDoc(label, 0, fmt.Sprintf("%s: %v", label, err)))
		}
		defer closeFn()
		guarded := &ratioReader{r: zr, in: cr, ratio: r.opts.maxRatio(), floor: r.opts.ratioFloor()}
		return r.readStream(strings.TrimSuffix(lower, c.ext), label, guarded, -1, depth+1, yield)
	}
	switch {
	case strings.HasSuffix(lower, ".tar"):
		return r.readTar(label, in, depth, yield)
	case strings.HasSuffix(lower, ".zip"):
		return yield(errorDoc(label, 0, label+": a zip archive inside another archive or a compressed stream is not read (zip needs random access): unpack it or name it directly"))
	}
	return r.readLeaf(lower, label, in, size, yield)
}

// readTar yields the documents of each regular file in a tar stream.
func (r *Reader) readTar(label string, in io.Reader, depth int, yield func(*pipeline.Doc) bool) bool {
	tr := tar.NewReader(in)
	for {
		hdr, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return true
		}
		if err != nil && !errors.Is(err, tar.ErrInsecurePath) {
			return yield(errorDoc(label, 0, fmt.Sprintf("%s: reading tar: %v", label, err)))
		}
		if hdr.Typeflag != tar.TypeReg {
			continue // directories, links, devices hold no documents
		}
		entry := label + "!" + hdr.Name
		if reason := unsafeName(hdr.Name); reason != "" {
			if !yield(errorDoc(entry, 0, fmt.Sprintf("%s: entry not read: %s", entry, reason))) {
				return false
			}
			continue
		}
		if hiddenEntry(hdr.Name) {
			continue
		}
		if !r.readStream(hdr.Name, entry, tr, hdr.Size, depth+1, yield) {
			return false
		}
	}
}

// readZipFile yields the documents of each file in the zip archive f,
// input i. Zip needs random access, so it is hashed in a pass of its own.
func (r *Reader) readZipFile(i int, f *os.File, size int64, yield func(*pipeline.Doc) bool) bool {
	label := r.inputs[i].Path
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return yield(errorDoc(label, 0, fmt.Sprintf("%s: %v", label, err)))
	}
	r.setSum(i, h)
	zr, err := zip.NewReader(f, size)
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		r.read.Add(size)
		return yield(errorDoc(label, 0, fmt.Sprintf("%s: reading zip: %v", label, err)))
	}
	var counted int64
	for _, zf := range zr.File {
		if !r.readZipEntry(label, zf, yield) {
			return false
		}
		r.read.Add(int64(zf.CompressedSize64))
		counted += int64(zf.CompressedSize64)
	}
	r.read.Add(size - counted) // headers and the central directory
	return true
}

func (r *Reader) readZipEntry(label string, zf *zip.File, yield func(*pipeline.Doc) bool) bool {
	entry := label + "!" + zf.Name
	if zf.FileInfo().IsDir() || !zf.Mode().IsRegular() {
		return true
	}
	if reason := unsafeName(zf.Name); reason != "" {
		return yield(errorDoc(entry, 0, fmt.Sprintf("%s: entry not read: %s", entry, reason)))
	}
	if hiddenEntry(zf.Name) {
		return true
	}
	// The zip reader stops at the declared size, so checking the declared
	// ratio up front bounds what the entry can expand to.
	ratio, floor := r.opts.maxRatio(), r.opts.ratioFloor()
	if u := zf.UncompressedSize64; u > uint64(floor) && u > uint64(ratio)*max(zf.CompressedSize64, 1) {
		return yield(errorDoc(entry, 0, fmt.Sprintf("%s: entry not read: %d bytes compressed to %d exceeds the %d:1 ratio limit", entry, u, zf.CompressedSize64, ratio)))
	}
	rc, err := zf.Open()
	if err != nil {
		return yield(errorDoc(entry, 0, fmt.Sprintf("%s: %v", entry, err)))
	}
	defer rc.Close()
	if isZip(zf.Name) {
		return yield(errorDoc(entry, 0, entry+": a zip archive inside another archive is not read: unpack it or name it directly"))
	}
	return r.readStream(zf.Name, entry, rc, int64(zf.UncompressedSize64), 1, yield)
}

// unsafeName says why an archive entry name could escape a directory it
// were unpacked into — absolute, a drive letter or a ".." component — or
// returns "". zhfacts never unpacks, but such an archive is suspect.
func unsafeName(name string) string {
	slashed := strings.ReplaceAll(name, `\`, "/")
	switch {
	case strings.HasPrefix(slashed, "/"):
		return "absolute path"
	case len(slashed) >= 2 && slashed[1] == ':':
		return "absolute path with a drive letter"
	}
	for _, part := range strings.Split(slashed, "/") {
		if part == ".." {
			return `path with ".." escapes the archive`
		}
	}
	return ""
}

// hiddenEntry reports whether an archive entry is hidden (a path element
// starting with ".") or macOS resource-fork litter, skipped like hidden
// files in directories.
func hiddenEntry(name string) bool {
	for _, part := range strings.Split(path.Clean(strings.ReplaceAll(name, `\`, "/")), "/") {
		if strings.HasPrefix(part, ".") && part != "." || part == "__MACOSX" {
			return true
		}
	}
	return false
}

// countReader counts the bytes read through it.
type countReader struct {
	r io.Reader
	n int64
}

func (c *countReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// errRatio is the read error of a stream cut off by the ratio limit.
var errRatio = errors.New("decompression ratio limit exceeded")

// ratioReader stops a decompressed stream that grows past floor bytes and
// more than ratio times the compressed bytes read so far.
type ratioReader struct {
	r            io.Reader
	in           *countReader
	out          int64
	ratio, floor int64
}

func (rr *ratioReader) Read(p []byte) (int, error) {
	n, err := rr.r.Read(p)
	rr.out += int64(n)
	if rr.out > rr.floor && rr.out > rr.ratio*rr.in.n {
		return n, fmt.Errorf("%w: %d bytes from %d compressed (limit %d:1)", errRatio, rr.out, rr.in.n, rr.ratio)
	}
	return n, err
}

// readLeaf yields the documents of an uncompressed, unarchived stream:
// JSONL, a JSON array or one article.
func (r *Reader) readLeaf(lower, label string, in io.Reader, size int64, yield func(*pipeline.Doc) bool) bool {
	br := bufio.NewReaderSize(in, 64<<10)
	switch format(lower, br) {
	case formatJSONL:
		src := NewJSONL(label, br, r.opts)
		for {
			d, err := src.Next()
			if err != nil {
				return true
			}
			if !yield(d) {
				return false
			}
		}
	case formatJSONArray:
		return r.readJSONArray(label, br, yield)
	}
	max := r.opts.maxDocBytes()
	if size > int64(max) {
		// Refuse a large article before reading it.
		return yield(errorDoc(label, 0, fmt.Sprintf("%s: document of %d bytes exceeds the %d-byte limit", label, size, max)))
	}
	data, err := io.ReadAll(io.LimitReader(br, int64(max)+1))
	if err != nil {
		return yield(errorDoc(label, len(data), fmt.Sprintf("%s: %v", label, err)))
	}
	if len(data) > max {
		return yield(errorDoc(label, len(data), fmt.Sprintf("%s: document exceeds the %d-byte limit", label, max)))
	}
	return yield(ParseArticle(label, data, r.opts))
}

// Stream formats.
const (
	formatArticle = iota
	formatJSONL
	formatJSONArray
)

// format decides how to read a stream from its lower-case name and, for
// .json files and standard input, its first byte after white space and a
// byte order mark.
func format(lower string, br *bufio.Reader) int {
	ext := path.Ext(lower)
	switch {
	case ext == ".jsonl" || ext == ".ndjson":
		return formatJSONL
	case ext != ".json" && lower != "stdin":
		return formatArticle
	}
	for n := 1; n <= 4096; n++ {
		b, err := br.Peek(n)
		if len(b) < n {
			return formatArticle
		}
		c := b[n-1]
		switch {
		case n <= 3 && bytes.HasPrefix(bomUTF8, b):
		case c == ' ' || c == '\t' || c == '\r' || c == '\n':
		case c == '{':
			return formatJSONL
		case c == '[':
			return formatJSONArray
		default:
			return formatArticle
		}
		if err != nil {
			return formatArticle
		}
	}
	return formatArticle
}
