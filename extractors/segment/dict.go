package segment

import (
	"math"
	"math/bits"
	"unicode"
	"unicode/utf8"

	"github.com/go-ego/gse"
)

// Dict is gse's dictionary compiled for segmentation: a trie over code
// points with each word's path length and part of speech. Segment gives
// exactly the words gse's Segment gives for the same text, about four times
// faster: gse walks a byte-level double-array trie, allocates a token for
// every unknown character and a slice header for every character of the
// input, while Dict walks code points through flat tables and reuses its
// buffers. A Dict is read-only after Compile and safe for concurrent use.
type Dict struct {
	// root[r] is the edge from the root by r, for r in the Basic
	// Multilingual Plane: nearly every step of a walk is the first one, so
	// it costs one array read.
	root []edge
	// edges is an open-addressing hash table of the other edges, keyed by
	// node<<32 | r.
	edges []edge
	shift uint // 64 − log2(len(edges))
	// maybe has a bit set for every edge in edges, by another hash of its
	// key: most walks end with a step that has no edge, and this 1 MB
	// filter answers that from cache, where the edge table would miss.
	maybe []uint64
	pos   []uint8  // index into tags of the word ending at each node
	tags  []string // part-of-speech tags
}

// edge leads from a node by one code point to a child node. It carries
// what a walk needs of the word ending at the child, if any, so that a
// step reads a single 16-byte slot.
type edge struct {
	key  uint64  // parent<<32 | code point; 0 for a free slot (no edge is keyed by the root and U+0000)
	dist float32 // gse's path length of the word: log2(total frequency / frequency)
	to   uint32  // child<<1, | 1 when a dictionary word ends at the child; 0 for no edge
}

func (e edge) node() uint32 { return e.to >> 1 }
func (e edge) word() bool   { return e.to&1 != 0 }

// unknownDist and unknownPos are gse's path length and tag for a character
// that no dictionary word of one character covers.
const (
	unknownDist = 32
	unknownPos  = "x"
)

// Compile builds a Dict from the words of seg's dictionary, which it only
// reads. Path lengths are computed as gse computes them, in float32, so
// that ties between paths break the same way.
func Compile(seg *gse.Segmenter) *Dict {
	d := &Dict{root: make([]edge, 0x10000), pos: make([]uint8, 1, 1<<20)}
	tokens := seg.Dict.Tokens
	// A trie has fewer edges than its words have characters, so a table of
	// the next power of two above that stays about half full at most (gse's
	// dictionary: 488,000 edges below the root in 2^20 slots), and probes
	// stay short.
	chars := 0
	for i := range tokens {
		chars += utf8.RuneCountInString(tokens[i].Text())
	}
	size := 1 << bits.Len(uint(chars))
	d.edges = make([]edge, size)
	d.maybe = make([]uint64, filterBits/64)
	d.shift = uint(64 - bits.TrailingZeros(uint(size)))
	tagIndex := map[string]uint8{}
	logTotal := float32(math.Log2(seg.Dict.TotalFreq()))
	for i := range tokens {
		t := &tokens[i]
		var e *edge
		for _, r := range t.Text() {
			var n uint32
			if e != nil {
				n = e.node()
			}
			e = d.insert(n, r)
		}
		if e == nil || e.word() {
			continue // gse keeps the first of two tokens with one text
		}
		p, ok := tagIndex[t.Pos()]
		if !ok {
			if len(d.tags) > math.MaxUint8 {
				panic("segment: gse dictionary has more than 256 part-of-speech tags")
			}
			p = uint8(len(d.tags))
			tagIndex[t.Pos()] = p
			d.tags = append(d.tags, t.Pos())
		}
		e.dist = logTotal - float32(math.Log2(t.Freq()))
		e.to |= 1
		d.pos[e.node()] = p
	}
	return d
}

// filterBits is the size of Dict.maybe: 2^23 bits for gse's 488,000 edges
// answer about 94% of missing ones without reading the edge table.
const filterBits = 1 << 23

func filterBit(key uint64) uint64 { return key * 0xc2b2ae3d27d4eb4f >> (64 - 23) }

func (d *Dict) slot(key uint64) int {
	return int(key * 0x9e3779b97f4a7c15 >> d.shift)
}

// insert returns the edge from node n by r, adding it and its child when
// missing. Edges never move, so the pointer stays valid.
func (d *Dict) insert(n uint32, r rune) *edge {
	var e *edge
	if n == 0 && r < 0x10000 {
		e = &d.root[r]
	} else {
		key := uint64(n)<<32 | uint64(r)
		mask := len(d.edges) - 1
		for i := d.slot(key); ; i = (i + 1) & mask {
			if k := d.edges[i].key; k == key || k == 0 {
				e = &d.edges[i]
				e.key = key
				b := filterBit(key)
				d.maybe[b/64] |= 1 << (b % 64)
				break
			}
		}
	}
	if e.to == 0 {
		e.to = uint32(len(d.pos)) << 1
		d.pos = append(d.pos, 0)
	}
	return e
}

// step returns the edge from node n by r; its to is 0 when no word
// continues so.
func (d *Dict) step(n uint32, r rune) edge {
	if n == 0 && r < 0x10000 {
		return d.root[r]
	}
	key := uint64(n)<<32 | uint64(r)
	if b := filterBit(key); d.maybe[b/64]&(1<<(b%64)) == 0 {
		return edge{}
	}
	mask := len(d.edges) - 1
	for i := d.slot(key); ; i = (i + 1) & mask {
		switch e := d.edges[i]; e.key {
		case key:
			return e
		case 0:
			return edge{}
		}
	}
}

// Word is a word of a segmented text: its byte and code point spans and
// its part-of-speech tag.
type Word struct {
	Start, End         int // bytes
	RuneStart, RuneEnd int // code points
	Pos                string
}

// Buffer holds the work space of Dict.Segment, so that a caller segmenting
// many texts allocates only while it grows. A Buffer serves one call at a
// time; the zero value is ready to use.
type Buffer struct {
	runes []rune  // the text's code points, ASCII letters lowered
	units []unit  // gse's units: a run of letters and digits, or one character
	jumps []jump  // best path ending at each unit
	words []Word  // the result, reversed while it is built
	stack []int32 // units where the best path's words start
}

// unit is one step of gse's segmentation: a maximal run of letters and
// digits written with one or two bytes (Latin, Greek, Cyrillic…), or any
// other single character.
type unit struct {
	start, runes int32 // first code point and how many
	byteStart    int32
}

// jump is the best path found so far that ends at a unit: its length and
// its last word.
type jump struct {
	dist  float32
	units int32  // length of the last word in units
	node  uint32 // where the last word ends in the trie; 0 for an unknown character
}

// Segment splits text, which must be valid UTF-8, into the words gse's
// Segment finds: shortest path over the dictionary words, where a word
// costs log2(total frequency / its frequency) and a character that starts
// no one-character word costs 32 as a word of its own. Runs of letters and
// digits are matched whole and case-insensitively for ASCII. The words
// returned are valid until b is used again.
func (d *Dict) Segment(b *Buffer, text string) []Word {
	s := b
	s.split(text)
	n := len(s.units)
	if cap(s.jumps) < n {
		s.jumps = make([]jump, n)
	}
	s.jumps = s.jumps[:n]
	clear(s.jumps)
	for cur := range n {
		var base float32
		if cur > 0 {
			base = s.jumps[cur-1].dist
		}
		single := false // a one-unit word starts at cur
		var e edge
	walk:
		for k := cur; k < n; k++ {
			u := s.units[k]
			for _, r := range s.runes[u.start : u.start+u.runes] {
				if e = d.step(e.node(), r); e.to == 0 {
					break walk
				}
			}
			if !e.word() {
				continue
			}
			if k == cur {
				single = true
			}
			s.jumps[k].update(base+e.dist, int32(k-cur+1), e.node())
		}
		if !single {
			s.jumps[cur].update(base+unknownDist, 1, 0)
		}
	}
	// Walk the best path back from the last unit, then emit it forwards.
	s.stack = s.stack[:0]
	for k := n - 1; k >= 0; k -= int(s.jumps[k].units) {
		s.stack = append(s.stack, int32(k))
	}
	s.words = s.words[:0]
	for i := len(s.stack) - 1; i >= 0; i-- {
		last := int(s.stack[i])
		j := s.jumps[last]
		first := s.units[last-int(j.units)+1]
		end := len(text)
		runeEnd := len(s.runes)
		if last+1 < n {
			end = int(s.units[last+1].byteStart)
			runeEnd = int(s.units[last+1].start)
		}
		pos := unknownPos
		if j.node != 0 {
			pos = d.tags[d.pos[j.node]]
		}
		s.words = append(s.words, Word{Start: int(first.byteStart), End: end, RuneStart: int(first.start), RuneEnd: runeEnd, Pos: pos})
	}
	return s.words
}

// update records a path of length dist ending with a word of units units
// when it is shorter than the best so far; like gse, the first of equal
// paths wins, and a length of 0 means no path yet.
func (j *jump) update(dist float32, units int32, node uint32) {
	if j.dist == 0 || j.dist > dist {
		*j = jump{dist: dist, units: units, node: node}
	}
}

// split fills s.runes and s.units from text.
func (s *Buffer) split(text string) {
	s.runes, s.units = s.runes[:0], s.units[:0]
	inRun := false
	for i, r := range text {
		size := utf8.RuneLen(r) // 3 for an invalid byte, which is no letter
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		alnum := size <= 2 && isAlnum(r)
		if alnum && inRun {
			s.units[len(s.units)-1].runes++
		} else {
			s.units = append(s.units, unit{start: int32(len(s.runes)), runes: 1, byteStart: int32(i)})
		}
		inRun = alnum
		s.runes = append(s.runes, r)
	}
}

func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}
