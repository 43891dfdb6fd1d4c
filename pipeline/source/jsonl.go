package source

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"
	"unsafe"

	"github.com/zhfacts/zhfacts/pipeline"
)

// Field names tried, case-insensitively and in order, after any given in
// Options.Fields.
var (
	idNames       = []string{"id", "doc_id", "docid", "_id"}
	titleNames    = []string{"title", "headline"}
	textNames     = []string{"text", "content", "body", "article"}
	outletNames   = []string{"source", "outlet", "media"}
	categoryNames = []string{"category"}
	urlNames      = []string{"url", "link"}
	// timeNames come in order of preference: a field with a time of day
	// beats a bare date (see publishedAt).
	timeNames = []string{"published_at", "publish_time", "pubtime", "pub_time", "pubdate", "datetime", "date", "time"}
)

// NewJSONL reads one document per line from r; name is used in Source
// ("name:LINE", lines counted from 1) and error messages.
//
// Each line is a JSON object. Fields are found by their usual names,
// case-insensitively: id; title; text, content, body or article;
// published_at, pubtime, datetime, date or time; source, outlet or media;
// category; url or link. Names in Options.Fields are tried first. A
// numeric id is used as its decimal text; a row without one gets
// DocID("name:LINE"). The text is delivered as given.
//
// Empty lines are skipped. A line that is not a JSON object, lacks a string
// text or is longer than Options.MaxDocBytes becomes an error-row document;
// an over-long line is skipped without being held in memory. A read error
// becomes a last error row.
func NewJSONL(name string, r io.Reader, opts Options) pipeline.Source {
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(r, 64<<10)
	}
	return &jsonlSource{name: name, r: br, opts: opts, max: opts.maxDocBytes()}
}

type jsonlSource struct {
	name string
	r    *bufio.Reader
	opts Options
	max  int
	line int
	buf  []byte
	done bool
}

// Next implements pipeline.Source.
func (s *jsonlSource) Next() (*pipeline.Doc, error) {
	for !s.done {
		line, size, tooLong, err := s.readLine()
		if size == 0 && errors.Is(err, io.EOF) {
			break
		}
		s.line++
		src := fmt.Sprintf("%s:%d", s.name, s.line)
		if err != nil && !errors.Is(err, io.EOF) {
			s.done = true
			return errorDoc(src, size, fmt.Sprintf("%s: read error: %v", src, err)), nil
		}
		s.done = errors.Is(err, io.EOF)
		if tooLong {
			return errorDoc(src, size, fmt.Sprintf("%s: line of %d bytes exceeds the %d-byte document limit", src, size, s.max)), nil
		}
		if len(bytes.TrimSpace(bytes.TrimPrefix(line, bomUTF8))) == 0 {
			continue
		}
		if s.opts.Defer {
			// The line is copied out of the buffer the next line
			// overwrites, and its strings are then kept where they lie.
			line, opts := bytes.Clone(line), s.opts
			d := newDoc(src, size)
			d.Defer(func(d *pipeline.Doc) { fillRow(d, src, line, nil, opts) })
			return d, nil
		}
		return parseRow(src, line, size, s.opts), nil
	}
	return nil, io.EOF
}

// readLine returns the next line without its terminator and the number of
// bytes it took in the input. A line longer than s.max is consumed without
// being kept, and reported as tooLong unless it held nothing but white
// space: then it is an empty line, skipped as a short blank one is.
func (s *jsonlSource) readLine() (line []byte, size int, tooLong bool, err error) {
	s.buf = s.buf[:0]
	blank := true
	for {
		chunk, err := s.r.ReadSlice('\n')
		if blank {
			rest := chunk
			if size == 0 {
				rest = bytes.TrimPrefix(rest, bomUTF8)
			}
			blank = len(bytes.TrimSpace(rest)) == 0
		}
		size += len(chunk)
		if size <= s.max+2 { // room for "\r\n"
			s.buf = append(s.buf, chunk...)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		line = bytes.TrimSuffix(bytes.TrimSuffix(s.buf, []byte("\n")), []byte("\r"))
		if size > s.max+2 || len(line) > s.max {
			return nil, size, !blank, err
		}
		return line, size, false, err
	}
}

// parseRow turns one JSONL line, in a buffer that the next line
// overwrites, into a document.
func parseRow(src string, line []byte, size int, opts Options) *pipeline.Doc {
	d := newDoc(src, size)
	fillRow(d, src, line, line, opts)
	return d
}

// fillRow fills d from the JSONL line src. The strings d keeps are copied
// when they lie in reused, the buffer the next line overwrites (nil when
// line is the document's own).
func fillRow(d *pipeline.Doc, src string, line, reused []byte, opts Options) {
	fail := func(format string, args ...any) {
		d.AddError(Stage, pipeline.SeverityError, src+": "+fmt.Sprintf(format, args...), -1)
	}
	// Most rows are a plain object in valid UTF-8, which scanObject checks
	// in one pass; only the others are decoded first. The line is scanned
	// where it lies, and when that is the reader's buffer, which the next
	// line overwrites, what the document keeps of it is copied (keep): most
	// texts have escapes, so their unquoted text is a copy already, and a
	// copy of the whole line cost an allocation as large as the text.
	fields, ok := scanObject(unsafe.String(unsafe.SliceData(line), len(line)))
	if ok {
		d.Meta.Encoding = EncodingUTF8
	} else if fields, ok = decodeObject(d, src, line); !ok {
		return
	}
	row := newRow(fields)

	key, v, ok := row.find(opts.Fields.Text, textNames)
	if !ok {
		fail("no text field (tried %s)", strings.Join(tried(opts.Fields.Text, textNames), ", "))
		return
	}
	if v[0] != '"' {
		fail("field %q is not a string", key)
		return
	}
	body := unquote(v)
	if strings.TrimFunc(body, isSpace) == "" {
		fail("empty document")
		return
	}
	d.Text = keep(body, reused)
	d.Meta.Script = Script(body)

	if key, v, ok := row.find(opts.Fields.ID, idNames); ok {
		switch id, isString := jsonScalar(v); {
		case id == "":
			d.AddError(Stage, pipeline.SeverityWarning, fmt.Sprintf("%s: field %q is not a string or number; id derived from the source", src, key), -1)
		case isString && strings.TrimSpace(id) == "":
			// An empty id is no id: keep the derived one.
		default:
			d.ID = keep(id, reused)
		}
	}
	d.Meta.Title = keep(row.str(d, src, opts.Fields.Title, titleNames), reused)
	d.Meta.Outlet = keep(row.str(d, src, opts.Fields.Outlet, outletNames), reused)
	d.Meta.Category = keep(row.str(d, src, opts.Fields.Category, categoryNames), reused)
	d.Meta.URL = keep(row.str(d, src, opts.Fields.URL, urlNames), reused)
	if t := row.publishedAt(d, src, opts); t != nil {
		d.Meta.PublishedAt = t
	}
	anchor(d, opts)
}

// keep returns s, copied if it lies in line, which the next line overwrites.
// Every string a document keeps from a line scanned in place goes through
// it; messages are built with fmt and concatenation, which copy.
func keep(s string, line []byte) string {
	if len(s) == 0 {
		return ""
	}
	off := uintptr(unsafe.Pointer(unsafe.StringData(s))) - uintptr(unsafe.Pointer(unsafe.SliceData(line)))
	if off < uintptr(len(line)) {
		return strings.Clone(s)
	}
	return s
}

// decodeObject decodes line and returns its object's members, or records
// why it cannot and returns false.
func decodeObject(d *pipeline.Doc, src string, line []byte) ([]jsonField, bool) {
	fail := func(format string, args ...any) ([]jsonField, bool) {
		d.AddError(Stage, pipeline.SeverityError, src+": "+fmt.Sprintf(format, args...), -1)
		return nil, false
	}
	text, enc, warnings, err := decode(line)
	d.Meta.Encoding = enc
	for _, w := range warnings {
		d.AddError(Stage, pipeline.SeverityWarning, src+": "+w, -1)
	}
	if err != nil {
		return fail("%v", err)
	}
	trimmed := strings.TrimSpace(text)
	if !strings.HasPrefix(trimmed, "{") {
		return fail("not a JSON object: %s", excerpt(trimmed))
	}
	fields, err := objectFields(trimmed)
	if err != nil {
		return fail("invalid JSON: %v", err)
	}
	return fields, true
}

// row holds a JSON object's fields, one per lower-case name. A handful of
// fields is searched faster than a map is built.
type row []rowField

type rowField struct {
	jsonField
	lower string // strings.ToLower(key)
}

func newRow(fields []jsonField) row {
	r := make(row, 0, len(fields))
next:
	for _, f := range fields {
		lk := strings.ToLower(f.key)
		for i := range r {
			if r[i].lower == lk {
				// Of keys differing only in case, the first in byte order
				// wins, so the choice does not depend on member order.
				if f.key < r[i].key {
					r[i].jsonField = f
				}
				continue next
			}
		}
		r = append(r, rowField{f, lk})
	}
	return r
}

// get returns the field named lower, which is in lower case.
func (r row) get(lower string) (jsonField, bool) {
	for _, f := range r {
		if f.lower == lower {
			return f.jsonField, true
		}
	}
	return jsonField{}, false
}

// find returns the first present, non-null field among extra (if set) and
// names.
func (r row) find(extra string, names []string) (key, v string, ok bool) {
	for _, n := range tried(extra, names) {
		if f, ok := r.get(strings.ToLower(n)); ok && f.value != "null" {
			return f.key, f.value, true
		}
	}
	return "", "", false
}

// str returns the trimmed text of the first field found, recording a warning
// when it is not a string or number.
func (r row) str(d *pipeline.Doc, src, extra string, names []string) string {
	key, v, ok := r.find(extra, names)
	if !ok {
		return ""
	}
	s, _ := jsonScalar(v)
	if s == "" && v != `""` {
		d.AddError(Stage, pipeline.SeverityWarning, fmt.Sprintf("%s: field %q is not a string or number", src, key), -1)
	}
	return strings.TrimSpace(s)
}

// publishedAt reads the publication time. A field given in opts.Fields is
// used alone. Otherwise the first field with a date and a time of day wins,
// unless a date-only field names another day: then that date is taken as the
// publication day (a date-time on another day is more likely an upload or
// crawl stamp) with a warning. A date-only field and a time-only field, such
// as "date": "2024-06-17" with "time": "19:00", are combined.
func (r row) publishedAt(d *pipeline.Doc, src string, opts Options) *time.Time {
	loc := opts.location()
	warn := func(format string, args ...any) {
		d.AddError(Stage, pipeline.SeverityWarning, src+": "+fmt.Sprintf(format, args...), -1)
	}
	if opts.Fields.PublishedAt != "" {
		if key, v, ok := r.find(opts.Fields.PublishedAt, nil); ok {
			s, _ := jsonScalar(v)
			t, err := ParseTime(s, loc)
			if err == nil {
				return &t
			}
			warn("field %q: %v", key, err)
		}
	}
	var full, date *time.Time
	var clock string
	for _, name := range timeNames {
		f, ok := r.get(name)
		if !ok {
			continue
		}
		s, _ := jsonScalar(f.value)
		if strings.TrimSpace(s) == "" {
			continue
		}
		t, hasClock, err := parseTime(s, loc)
		switch {
		case err != nil:
			if _, _, _, _, cerr := parseClock(s); cerr != nil {
				warn("field %q: %v", f.key, err)
			} else if clock == "" {
				clock = s
			}
		case hasClock && full == nil:
			full = &t
		case !hasClock && date == nil:
			date = &t
		}
	}
	switch {
	case full != nil && date != nil && !sameDay(*full, *date):
		warn("date %s and date-time %s disagree; using the date", date.Format(time.DateOnly), full.Format(time.DateTime))
	case full != nil:
		return full
	}
	if date != nil && clock != "" {
		h, m, s, ns, _ := parseClock(clock)
		t := time.Date(date.Year(), date.Month(), date.Day(), h, m, s, ns, time.UTC)
		return &t
	}
	return date
}

func sameDay(a, b time.Time) bool {
	return a.Year() == b.Year() && a.YearDay() == b.YearDay()
}

func tried(extra string, names []string) []string {
	if extra == "" {
		return names
	}
	return append([]string{extra}, names...)
}

// excerpt shortens s for an error message.
func excerpt(s string) string {
	const max = 40
	if len(s) <= max {
		return fmt.Sprintf("%q", s)
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return fmt.Sprintf("%q…", s[:cut])
}
