package source

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"golang.org/x/text/transform"

	"github.com/zhfacts/zhfacts/pipeline"
)

// arraySample is how much of a JSON array file decides its encoding.
const arraySample = 64 << 10

// errElementTooLong is the read error of an array element over the limit.
var errElementTooLong = errors.New("element exceeds the document limit")

// readJSONArray yields one document per element of a JSON array of
// objects, streaming: only the current element is held in memory. Elements
// are located as "name[0]", "name[1]", … and read like JSONL rows. An
// element over Options.MaxDocBytes becomes an error row and ends the file,
// since a decoder cannot skip it without holding it, as does invalid JSON.
//
// A file that is not UTF-8 is decoded as a whole in the encoding its first
// 64 KB read as, because legacy multi-byte characters may contain the byte
// of a JSON backslash.
func (r *Reader) readJSONArray(label string, br *bufio.Reader, yield func(*pipeline.Doc) bool) bool {
	max := r.opts.maxDocBytes()
	// Skip a BOM: the JSON decoder does not.
	if b, _ := br.Peek(len(bomUTF8)); bytes.Equal(b, bomUTF8) {
		br.Discard(len(bomUTF8))
	}
	var in io.Reader = br
	enc := ""
	if head, _ := br.Peek(arraySample); !utf8.Valid(trimPartialRune(head)) {
		_, enc, _, _ = decode(head)
		for _, l := range legacy {
			if l.name == enc {
				in = transform.NewReader(br, l.enc.NewDecoder())
			}
		}
	}
	lim := &windowReader{r: in, max: 2*int64(max) + arraySample}
	dec := json.NewDecoder(lim)
	if tok, err := dec.Token(); err != nil || tok != json.Delim('[') {
		return yield(errorDoc(label, 0, fmt.Sprintf("%s: not a JSON array", label)))
	}
	for i := 0; dec.More(); i++ {
		src := fmt.Sprintf("%s[%d]", label, i)
		start := dec.InputOffset()
		lim.mark()
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			size := int(dec.InputOffset() - start)
			msg := fmt.Sprintf("%s: invalid JSON: %v; the rest of the array is not read", src, err)
			if errors.Is(err, errElementTooLong) {
				msg = fmt.Sprintf("%s: element exceeds the %d-byte document limit; the rest of the array is not read", src, max)
			}
			return yield(errorDoc(src, size, msg))
		}
		size := int(dec.InputOffset() - start)
		var d *pipeline.Doc
		if len(raw) > max {
			d = errorDoc(src, size, fmt.Sprintf("%s: element of %d bytes exceeds the %d-byte document limit", src, len(raw), max))
		} else {
			d = parseRow(src, raw, size, r.opts)
			if enc != "" {
				d.Meta.Encoding = enc
			}
		}
		if !yield(d) {
			return false
		}
	}
	if _, err := dec.Token(); err != nil {
		return yield(errorDoc(label, 0, fmt.Sprintf("%s: unterminated JSON array: %v", label, err)))
	}
	return true
}

// trimPartialRune drops an incomplete UTF-8 sequence at the end of a
// sample cut at an arbitrary byte.
func trimPartialRune(b []byte) []byte {
	for i := 1; i <= utf8.UTFMax && i <= len(b); i++ {
		if utf8.RuneStart(b[len(b)-i]) {
			if !utf8.FullRune(b[len(b)-i:]) {
				return b[:len(b)-i]
			}
			break
		}
	}
	return b
}

// windowReader fails once more than max bytes have been read since the
// last mark, which bounds the JSON decoder's buffer to about one element.
type windowReader struct {
	r   io.Reader
	n   int64
	max int64
}

func (w *windowReader) mark() { w.n = 0 }

func (w *windowReader) Read(p []byte) (int, error) {
	if w.n > w.max {
		return 0, errElementTooLong
	}
	if room := w.max - w.n + 1; int64(len(p)) > room {
		p = p[:room]
	}
	n, err := w.r.Read(p)
	w.n += int64(n)
	return n, err
}
