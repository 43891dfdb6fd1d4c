package ner

// Tag is a BIOES tag: O, or one of B (begin), I (inside), E (end) and
// S (single-character span) joined with an entity kind.
type Tag uint8

// Entity kinds, in the order their tags are numbered.
const (
	KindPER = iota
	KindLOC
	KindORG
	numKinds
)

// kindNames are the gold type names of the kinds, as the NER benchmarks
// spell them.
var kindNames = [numKinds]string{"PER", "LOC", "ORG"}

// Positions of a character in a span.
const (
	posB = iota
	posI
	posE
	posS
	numPos
)

// O is the tag of a character outside every span.
const O Tag = 0

// NumTags is the number of tags: O and four positions for each kind.
const NumTags = 1 + numKinds*numPos

// tagOf returns the tag for position pos of a span of kind k.
func tagOf(k, pos int) Tag { return Tag(1 + k*numPos + pos) }

// Kind returns the tag's entity kind, or -1 for O.
func (t Tag) Kind() int {
	if t == O {
		return -1
	}
	return int(t-1) / numPos
}

func (t Tag) pos() int { return int(t-1) % numPos }

// String returns the tag as "O" or "B-PER", "E-ORG", ….
func (t Tag) String() string {
	if t == O {
		return "O"
	}
	if int(t) >= NumTags {
		return "?"
	}
	return string("BIES"[t.pos()]) + "-" + kindNames[t.Kind()]
}

// Span is a typed span of a sentence in code points, end exclusive; Kind is
// one of KindPER, KindLOC, KindORG.
type Span struct {
	Start, End int
	Kind       int
}

// Encode returns the BIOES tags of a sentence of n characters with the given
// spans. Spans that overlap one already placed, are empty, or fall outside
// the sentence are skipped, and their number is returned, so a caller can
// count what the tag sequence could not represent.
func Encode(n int, spans []Span) (tags []Tag, skipped int) {
	tags = make([]Tag, n)
	for _, sp := range spans {
		if sp.Start < 0 || sp.End > n || sp.Start >= sp.End || sp.Kind < 0 || sp.Kind >= numKinds || !allO(tags[sp.Start:sp.End]) {
			skipped++
			continue
		}
		if sp.End-sp.Start == 1 {
			tags[sp.Start] = tagOf(sp.Kind, posS)
			continue
		}
		tags[sp.Start] = tagOf(sp.Kind, posB)
		for i := sp.Start + 1; i < sp.End-1; i++ {
			tags[i] = tagOf(sp.Kind, posI)
		}
		tags[sp.End-1] = tagOf(sp.Kind, posE)
	}
	return tags, skipped
}

func allO(tags []Tag) bool {
	for _, t := range tags {
		if t != O {
			return false
		}
	}
	return true
}

// Decode returns the spans of a tag sequence in order. It accepts any
// sequence and repairs invalid ones the way the tags read most naturally: a
// span begins at B or S, or at an I or E that does not continue a span of its
// kind, and ends at E or S or before any tag that does not continue it.
func Decode(tags []Tag) []Span { return appendSpans(nil, tags, 0) }

// appendSpans appends the spans of tags to spans, as Decode returns them;
// tags[:from] are O, which it need not read.
func appendSpans(spans []Span, tags []Tag, from int) []Span {
	// The open span's start, -1 when none, and kind, in locals rather than
	// shared with a closure, which kept them in memory: the loop passes
	// over every character, most of them O.
	open, kind := -1, -1
	for i := from; i < len(tags); i++ {
		t := tags[i]
		if t == O || int(t) >= NumTags {
			if open >= 0 {
				spans = append(spans, Span{Start: open, End: i, Kind: kind})
				open = -1
			}
			continue
		}
		k, p := t.Kind(), t.pos()
		if continues := open >= 0 && kind == k && (p == posI || p == posE); !continues {
			if open >= 0 {
				spans = append(spans, Span{Start: open, End: i, Kind: kind})
			}
			open, kind = i, k
		}
		if p == posE || p == posS {
			spans = append(spans, Span{Start: open, End: i + 1, Kind: kind})
			open = -1
		}
	}
	if open >= 0 {
		spans = append(spans, Span{Start: open, End: len(tags), Kind: kind})
	}
	return spans
}

// allowed[a][b] reports whether tag b may follow tag a in a well-formed
// sequence; allowedStart and allowedEnd say which tags may begin and end one.
var allowed, allowedStart, allowedEnd = func() (a [NumTags][NumTags]bool, start, end [NumTags]bool) {
	for x := Tag(0); x < NumTags; x++ {
		start[x] = x == O || x.pos() == posB || x.pos() == posS
		end[x] = x == O || x.pos() == posE || x.pos() == posS
	}
	for x := Tag(0); x < NumTags; x++ {
		for y := Tag(0); y < NumTags; y++ {
			if end[x] {
				a[x][y] = start[y]
			} else {
				a[x][y] = y != O && y.Kind() == x.Kind() && (y.pos() == posI || y.pos() == posE)
			}
		}
	}
	return a, start, end
}()
