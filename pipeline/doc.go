// Package pipeline holds the document model that flows through zhfacts — Doc,
// Mention, Fact — the Stage interface, and the runner that feeds documents from a
// Source through an ordered list of stages on several workers into a Sink.
//
// Offsets everywhere are Unicode code points into Doc.Text, end exclusive, so a
// notebook can slice text[start:end] with Python string indices.
package pipeline

import (
	"fmt"
	"math/bits"
	"slices"
	"time"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/internal/runes"
)

// Meta is what a source knows about a document before any stage runs.
type Meta struct {
	Title string
	// PublishedAt is the publication time as local wall time: its Location is
	// always time.UTC and its fields read as the outlet's clock (Asia/Shanghai
	// unless the input said otherwise). Nil when unknown.
	PublishedAt    *time.Time
	Outlet         string // 来源: the site or feed the document came from
	OriginalOutlet string // 本文转自: the outlet that first published it
	Category       string // 类别
	URL            string
	// Source locates the document in the input: a path or URI plus a line or
	// archive entry, for example "news.jsonl:17" or "seed/000.txt".
	Source string
	// Encoding is how the input bytes were encoded: utf-8, utf-8-bom,
	// utf-16, gb18030 or big5; empty when nothing was decoded.
	Encoding string
	// Script is simplified, traditional, mixed or unknown (the Script
	// constants), from the characters of the text as delivered; empty when
	// there is no text.
	Script string
}

// Scripts of a document (Meta.Script).
const (
	ScriptSimplified  = "simplified"
	ScriptTraditional = "traditional"
	ScriptMixed       = "mixed"   // both scripts, neither clearly dominant
	ScriptUnknown     = "unknown" // too few telling characters to say
)

// Traditional reports whether the document is written wholly or partly in
// Traditional characters, which stages that read characters fold to
// Simplified ones first.
func (m *Meta) Traditional() bool {
	return m.Script == ScriptTraditional || m.Script == ScriptMixed
}

// Sentence is a span of Doc.Text.
type Sentence struct {
	Start, End int
}

// Token is one word from segmentation with its part-of-speech tag.
type Token struct {
	Start, End int
	Text       string
	Pos        string
}

// Mention types.
const (
	Person   = "PERSON"
	Org      = "ORG"
	Place    = "PLACE"
	Money    = "MONEY"
	Quantity = "QUANTITY"
	Percent  = "PERCENT"
	Date     = "DATE"
	Duration = "DURATION"
	Number   = "NUMBER"
)

// Mention is one typed span of Doc.Text with its normalization. Pointer and
// empty-string fields are null in the output tables where they do not apply.
type Mention struct {
	// ID is mention_id: assigned by Doc.AddMention in creation order and never
	// reused, so facts can refer to mentions while later stages add or drop others.
	ID         int
	Type       string
	Text       string
	Start, End int
	Sentence   int // index into Doc.Sentences, -1 when the doc has none
	Normalized string

	Value, ValueMin, ValueMax *float64
	Currency                  string // ISO 4217
	Unit                      string
	Qualifier                 string // exact|approx|min|max|range

	// DateStart and DateEnd are local wall times (Location time.UTC), end exclusive.
	DateStart, DateEnd *time.Time
	Granularity        string
	Relative           *bool

	Entity    string // document-level canonical name for PERSON/ORG/PLACE
	PlaceCode string // GB/T 2260
	Country   string // ISO 3166-1 alpha-2
	// Parent is the ID of the name a nested name lies in (日本 in ORG
	// 日本工程院), nil for a top-level mention. Top-level names follow the
	// span convention of the gold sets and never overlap one another.
	Parent *int

	Stage      string
	Rule       string
	Confidence float64
}

// Fact relates mentions: who holds which role where, who spent how much, when.
type Fact struct {
	ID        int
	Kind      string
	Subject   string
	Predicate string
	Object    string
	// Value is the amount or count; for a range or a vague count it is the
	// lower bound and ValueMin/ValueMax give the interval, as in Mention.
	Value, ValueMin, ValueMax *float64
	Currency                  string
	Unit                      string
	Qualifier                 string // exact|approx|min|max|range, from the amount's mention

	// DateStart and DateEnd are local wall times (Location time.UTC), end
	// exclusive; one of them is nil for an open-ended time (截至2023年底 has
	// only DateEnd).
	DateStart, DateEnd *time.Time
	Place              string

	Sentence                   int
	EvidenceStart, EvidenceEnd int
	MentionIDs                 []int
	Stage                      string
	Rule                       string
	Confidence                 float64
}

// Severity of a DocError.
const (
	SeverityError   = "error"   // the document could not be (fully) processed
	SeverityWarning = "warning" // processed, but something was repaired or skipped
)

// DocError records what failed for one document, where, and why.
type DocError struct {
	Stage    string // the stage name, or "source" for input problems
	Severity string
	Message  string
	Offset   int // code point offset into Doc.Text, -1 when not tied to a position
}

// Doc is one document flowing through the pipeline. Stages read it and append
// to it; they never open files.
type Doc struct {
	ID   string
	Meta Meta
	// Text is the document body that every offset points into. The cleanup
	// stage folds it in place rune for rune, so offsets into the text a source
	// delivered stay valid.
	Text      string
	Sentences []Sentence
	Tokens    []Token
	Mentions  []Mention
	Facts     []Fact
	Errors    []DocError

	// InputBytes is the size of the document as read from its input, before
	// decoding and cleanup; throughput is measured against it.
	InputBytes int

	byteIndex     []int32 // code point offset → byte offset, and len(Text) last; built on demand
	runes         []rune  // the code points of Text, built with byteIndex
	nextMentionID int
	// written is the text as delivered while the stages read another
	// version of it (ReadAs); "" when they read the text as written.
	written string
	readAs  bool
	// pending is what Defer left to finish reading the document.
	pending func(*Doc)
}

// Defer leaves f to finish reading d: Complete runs it, once, on the
// goroutine that processes d (Pipeline.ProcessBatch does, before any
// stage). A source defers work that needs no other document — parsing a
// record — so that the workers do it rather than the one goroutine that
// reads; until then d holds what the source set before deferring.
func (d *Doc) Defer(f func(*Doc)) { d.pending = f }

// Complete runs what Defer left, if anything.
func (d *Doc) Complete() {
	if f := d.pending; f != nil {
		d.pending = nil
		f(d)
	}
}

// Failed reports whether any error (not warning) was recorded for d.
func (d *Doc) Failed() bool {
	for _, e := range d.Errors {
		if e.Severity == SeverityError {
			return true
		}
	}
	return false
}

// AddError records an error or warning for d.
func (d *Doc) AddError(stage, severity, msg string, offset int) {
	d.Errors = append(d.Errors, DocError{Stage: stage, Severity: severity, Message: msg, Offset: offset})
}

// SetText replaces d.Text and drops the offset index built for the old text.
// A stage that rewrites the text must keep it the same length in code points.
func (d *Doc) SetText(s string) {
	d.Text = s
	d.byteIndex, d.runes = nil, nil
}

// ReadAs makes the stages that follow read d.Text as s, a version of the text
// with the same number of code points in which each character may be
// replaced (a Traditional document read as Simplified), so that every
// offset holds for both. Restore, which Pipeline.Process calls after the
// last stage, brings back the text as written.
func (d *Doc) ReadAs(s string) error {
	if n := utf8.RuneCountInString(s); n != d.CharCount() {
		return fmt.Errorf("a reading of %d code points for a text of %d", n, d.CharCount())
	}
	if !d.readAs {
		d.written, d.readAs = d.Text, true
	}
	d.SetText(s)
	return nil
}

// Restore undoes ReadAs: Text is the text as written again, and the Text of
// every token and mention is what it covers there. Normalized forms and
// canonical names stay as the stages made them from the reading.
func (d *Doc) Restore() {
	if !d.readAs {
		return
	}
	d.SetText(d.written)
	d.written, d.readAs = "", false
	for i := range d.Tokens {
		d.Tokens[i].Text = d.Slice(d.Tokens[i].Start, d.Tokens[i].End)
	}
	for i := range d.Mentions {
		d.Mentions[i].Text = d.Slice(d.Mentions[i].Start, d.Mentions[i].End)
	}
}

// CharCount returns the number of code points in d.Text.
func (d *Doc) CharCount() int { return len(d.offsets()) - 1 }

// RuneOffset converts a byte offset into d.Text to a code point offset. Byte
// offsets inside a multi-byte character map to that character.
func (d *Doc) RuneOffset(byteOff int) int {
	idx := d.offsets()
	if byteOff < 0 {
		return 0
	}
	// The last code point that starts at or before byteOff.
	lo, hi := 0, len(idx)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if int(idx[mid]) <= byteOff {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo - 1
}

// offsets returns the byte offset of every code point of d.Text and then
// len(d.Text), building the index on first use. Stages slice the text by
// code points far more often than they convert byte offsets, so this
// direction is the one kept: a lookup, and 4 bytes per code point.
func (d *Doc) offsets() []int32 {
	if d.byteIndex == nil {
		d.runes, d.byteIndex = decode(d.Text)
	}
	return d.byteIndex
}

// Runes returns the code points of d.Text, decoded once for every stage that
// reads the text by code point (the tagger, the date scanner, the facts
// view): each decoding it once for itself cost 2 % of the stages'
// instructions. The slice is shared: read it, never change it. It is valid
// until the text is replaced.
func (d *Doc) Runes() []rune {
	d.offsets()
	return d.runes
}

// decode returns the code points of s, as a range loop over s yields them
// (an invalid byte is one code point, U+FFFD), and the byte offset of each
// and then len(s), in one pass. The slices are sized by the bytes that can
// begin a character, the count of code points in valid text, and filled by
// index with the three-byte characters of Chinese text decoded in the loop; an
// invalid byte that begins nothing (a stray continuation byte) adds a code
// point beyond that count, which appending takes.
func decode(s string) ([]rune, []int32) {
	n := countStarts(s)
	rs := make([]rune, n, n+1)
	idx := make([]int32, n+1, n+2)
	i, k := 0, 0
	for ; i < len(s) && k < n; k++ {
		idx[k] = int32(i)
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			rs[k] = rune(c)
			i++
		case c-0xE1 <= 0xEC-0xE1 && i+2 < len(s) && (uint16(s[i+1])|uint16(s[i+2])<<8)&0xC0C0 == 0x8080:
			// Three bytes led by E1 to EC (U+1000–U+CFFF, the CJK block
			// among them) are neither overlong nor a surrogate: decoded
			// here, where runes.DecodeFirst is a call.
			rs[k] = rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
			i += 3
		default:
			r, size := runes.DecodeFirst(s[i:])
			rs[k] = r
			i += size
		}
	}
	rs, idx = rs[:k], idx[:k]
	for i < len(s) {
		idx = append(idx, int32(i))
		r, size := runes.DecodeFirst(s[i:])
		rs = append(rs, r)
		i += size
	}
	return rs, append(idx, int32(len(s)))
}

// countStarts returns the number of bytes of s that are not UTF-8
// continuation bytes (10xxxxxx), eight at a time: a continuation byte has
// its top bit set and the next one clear.
func countStarts(s string) int {
	n := len(s)
	for ; len(s) >= 8; s = s[8:] {
		w := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		n -= bits.OnesCount64(w &^ (w << 1) & 0x8080808080808080)
	}
	for i := range len(s) {
		if s[i]&0xC0 == 0x80 {
			n--
		}
	}
	return n
}

// Slice returns d.Text between two code point offsets.
func (d *Doc) Slice(start, end int) string {
	return d.Text[d.ByteOffset(start):d.ByteOffset(end)]
}

// ByteOffset converts a code point offset to a byte offset into d.Text;
// offsets before the text map to 0 and offsets past it to len(d.Text).
func (d *Doc) ByteOffset(r int) int {
	idx := d.offsets()
	return int(idx[min(max(r, 0), len(idx)-1)])
}

// AddMention appends m with the next mention ID, filling Text from its
// offsets and Sentence from d.Sentences, and returns the ID.
func (d *Doc) AddMention(m Mention) int {
	if m.Text == "" {
		m.Text = d.Slice(m.Start, m.End)
	}
	m.Sentence = d.SentenceAt(m.Start)
	m.ID = d.nextMentionID
	d.nextMentionID++
	d.Mentions = append(d.Mentions, m)
	return m.ID
}

// DeleteMentions removes the mentions for which del reports true, keeping
// the others in order: slices.DeleteFunc, but del reads each mention in
// place, where DeleteFunc copies every mention (some 200 bytes) into each
// call. del must not change the mention. IDs of removed mentions are not
// reused.
func (d *Doc) DeleteMentions(del func(m *Mention) bool) {
	ms := d.Mentions
	i := 0
	for j := range ms {
		if del(&ms[j]) {
			continue
		}
		if i != j {
			ms[i] = ms[j]
		}
		i++
	}
	clear(ms[i:]) // let the strings of removed mentions go
	d.Mentions = ms[:i]
}

// AddFact appends f with the next fact ID and returns the ID.
func (d *Doc) AddFact(f Fact) int {
	f.ID = len(d.Facts)
	d.Facts = append(d.Facts, f)
	return f.ID
}

// Claimed reports whether a mention of one of types — of any type when none
// are given — overlaps the code point span [start, end). Later stages use it
// to leave spans to the stages before them (2023年 is a date, not a count).
func (d *Doc) Claimed(start, end int, types ...string) bool {
	for i := range d.Mentions {
		// In place: a Mention is some 200 bytes, and ranging copied each.
		if m := &d.Mentions[i]; m.Start < end && start < m.End && (len(types) == 0 || slices.Contains(types, m.Type)) {
			return true
		}
	}
	return false
}

// Spans are the code point intervals [start, end) of some mentions, gathered
// once for a stage that asks of many candidates what Claimed asks: Claimed
// walks every mention of the document at each call.
type Spans [][2]int

// SpansOf returns the intervals of d's mentions of one of types, or of every
// mention when none are given.
func (d *Doc) SpansOf(types ...string) Spans {
	var out Spans
	for i := range d.Mentions {
		if m := &d.Mentions[i]; len(types) == 0 || slices.Contains(types, m.Type) {
			out = append(out, [2]int{m.Start, m.End})
		}
	}
	return out
}

// Overlaps reports whether one of s overlaps [start, end), as Claimed does
// for the mentions s was gathered from.
func (s Spans) Overlaps(start, end int) bool {
	for _, x := range s {
		if x[0] < end && start < x[1] {
			return true
		}
	}
	return false
}

// SentenceAt returns the index of the sentence containing code point offset
// off, or -1.
func (d *Doc) SentenceAt(off int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		mid := (lo + hi) / 2
		if d.Sentences[mid].End <= off {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(d.Sentences) && d.Sentences[lo].Start <= off {
		return lo
	}
	return -1
}
