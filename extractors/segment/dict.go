package segment

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/go-ego/gse"
	"github.com/zhfacts/zhfacts/dictionaries"
)

// Dict is gse's dictionary compiled for segmentation: a double-array trie
// over numbered code points with each word's path length and part of
// speech. Its search finds exactly the words gse's Segment gives for the
// same text, several times faster: gse walks a byte-level double-array trie,
// allocates a token for every unknown character and a slice header for
// every character of the input, while Dict walks code points through flat
// tables and reuses its buffers. A Dict is read-only after Compile and safe
// for concurrent use.
type Dict struct {
	// codes[r] numbers code point r of the Basic Multilingual Plane, from
	// 1 for the most frequent character of the dictionary's words; 0 for
	// a code point that is in no word. highCodes holds the few code points
	// above it.
	codes     *[0x10000]uint16
	highCodes map[rune]uint16
	// chars[r] is what buffer.split writes for code point r of the Basic
	// Multilingual Plane: the code of r, of its lower case for an ASCII
	// letter, with unitEnd, space and runPart set as they apply to r, so
	// that split looks nothing else up.
	chars *[0x10000]uint32
	// slots is the double array: the child of the node in slot n by code c
	// is slot slots[n].base() + c if that slot's check is n. The root is
	// slot 0. Children are placed breadth first and codes follow
	// frequency, so the steps a text takes mostly read the front of the
	// array (7.6 MB in all) instead of all of a 16 MB hash table, as the
	// last version did.
	slots []slot
	// dists and tags are the distinct pairs of path length and
	// part-of-speech tag of dictionary words, numbered from 1 by slots.
	// Number 0 is an unknown character, so tags[0] is unknownPos and
	// every tag is read by number. A path length is gse's: log2(total
	// frequency / frequency).
	dists []float32
	tags  []string
	// splits maps the codes of a two-character word that the stage cuts
	// in two (segment_splits.tsv: 已向 → 已 + 向) to the numbers of its
	// characters as words of their own, and split marks by number the
	// words such a word has, so that spans passes most words with one test.
	// Both are empty in a Dict that Compile or UnmarshalBinary made, which
	// segments as gse does; Dictionary adds them.
	splits map[[2]uint16][2]uint32
	split  []bool
}

// slot is one node of the trie packed in 64 bits, so that a step reads 8
// bytes: the parent's slot (noParent for the root and free slots), the
// base of the node's children and the number of the word ending at the
// node in Dict.dists and Dict.tags, 0 for none.
type slot uint64

const (
	slotBits = 21 // of the parent and of the base
	noParent = 1<<slotBits - 1
	maxSlots = noParent // slots are numbered below noParent
	maxWords = 1<<(64-2*slotBits) - 1
)

func (s slot) check() uint32 { return uint32(s) & noParent }
func (s slot) base() uint32  { return uint32(s>>slotBits) & noParent }
func (s slot) word() uint32  { return uint32(s >> (2 * slotBits)) }

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
	tokens := seg.Dict.Tokens
	d := &Dict{codes: new([0x10000]uint16), highCodes: map[rune]uint16{}, dists: []float32{0}, tags: []string{unknownPos}}
	texts := make([]string, len(tokens))
	for i := range tokens {
		texts[i] = tokens[i].Text() // which gse joins from parts at every call
	}
	d.number(tokens, texts)
	d.fillChars()
	logTotal := float32(math.Log2(seg.Dict.TotalFreq()))
	type word struct {
		dist float32
		tag  string
	}
	wordIndex := map[word]uint32{}
	keys := make([]key, 0, len(tokens))
	codes := make([]uint16, 0, 4*len(tokens)) // of all keys; words average under three characters
	for i := range tokens {
		t := &tokens[i]
		k := key{start: int32(len(codes)), index: int32(i)}
		for _, r := range texts[i] {
			codes = append(codes, d.code(r))
		}
		k.end = int32(len(codes))
		if k.start == k.end {
			continue
		}
		for j := range int32(4) {
			k.prefix <<= 16
			if k.start+j < k.end {
				k.prefix |= uint64(codes[k.start+j])
			}
		}
		w := word{dist: logTotal - float32(math.Log2(t.Freq())), tag: t.Pos()}
		if k.word = wordIndex[w]; k.word == 0 {
			k.word = uint32(len(d.dists))
			wordIndex[w] = k.word
			d.dists = append(d.dists, w.dist)
			d.tags = append(d.tags, w.tag)
		}
		keys = append(keys, k)
	}
	// Sorting by codes, then by place in gse's list, puts the tokens with
	// one text together, the first one first, which is the one gse keeps.
	keys = sortKeys(keys, codes)
	keys = slices.CompactFunc(keys, func(a, b key) bool {
		return slices.Equal(codes[a.start:a.end], codes[b.start:b.end])
	})
	if len(d.dists) > maxWords {
		panic("segment: gse dictionary has too many distinct words for 64-bit trie slots")
	}
	d.build(keys, codes)
	return d
}

// key is a dictionary word: its codes, codes[start:end] of a shared slice,
// the first four of them packed in prefix, so that most comparisons while
// sorting compare one integer, its index in gse's tokens and its number in
// Dict.dists and Dict.tags.
type key struct {
	prefix     uint64
	start, end int32
	index      int32
	word       uint32
}

// sortKeys sorts keys by codes and then by index, which they are in. A
// comparison sort took a third of Compile's time: keys are sorted by
// prefix a 16-bit digit at a time, which keeps their order among equal
// prefixes, and only runs of equal prefixes, of words longer than four
// characters, are compared whole.
func sortKeys(keys []key, codes []uint16) []key {
	tmp := make([]key, len(keys))
	count := make([]int, 1<<16+1)
	for shift := 0; shift < 64; shift += 16 {
		clear(count)
		for _, k := range keys {
			count[int(uint16(k.prefix>>shift))+1]++
		}
		for i := 1; i < len(count); i++ {
			count[i] += count[i-1]
		}
		for _, k := range keys {
			d := uint16(k.prefix >> shift)
			tmp[count[d]] = k
			count[d]++
		}
		keys, tmp = tmp, keys
	}
	for lo := 0; lo < len(keys); {
		hi := lo + 1
		for hi < len(keys) && keys[hi].prefix == keys[lo].prefix {
			hi++
		}
		slices.SortStableFunc(keys[lo:hi], func(a, b key) int {
			return slices.Compare(codes[a.start:a.end], codes[b.start:b.end])
		})
		lo = hi
	}
	return keys
}

// number numbers the characters of tokens, whose texts are texts, from 1
// by the sum of the frequencies of the tokens they are in, the most
// frequent first.
func (d *Dict) number(tokens []gse.Token, texts []string) {
	freq := make([]float64, 0x10000)
	highFreq := map[rune]float64{}
	for i := range tokens {
		for _, r := range texts[i] {
			if r < 0x10000 {
				freq[r] += tokens[i].Freq()
			} else {
				highFreq[r] += tokens[i].Freq()
			}
		}
	}
	f := func(r rune) float64 {
		if r < 0x10000 {
			return freq[r]
		}
		return highFreq[r]
	}
	var chars []rune
	for r, n := range freq {
		if n != 0 {
			chars = append(chars, rune(r))
		}
	}
	chars = append(chars, slices.Collect(maps.Keys(highFreq))...)
	if len(chars) > math.MaxUint16 {
		panic("segment: gse dictionary has more than 65,535 characters")
	}
	slices.SortFunc(chars, func(a, b rune) int { return cmp.Or(cmp.Compare(f(b), f(a)), cmp.Compare(a, b)) })
	for i, r := range chars {
		d.setCode(r, uint16(i+1))
	}
}

// fillChars fills d.chars from d.codes.
func (d *Dict) fillChars() {
	d.chars = new([0x10000]uint32)
	for r := range rune(len(d.chars)) {
		lower := r
		if 'A' <= r && r <= 'Z' {
			lower += 'a' - 'A'
		}
		c := uint32(d.codes[lower]) | unitEnd
		if unicode.IsSpace(r) {
			c |= space
		}
		if r < 0x800 && isAlnum(lower) {
			c |= runPart
		}
		d.chars[r] = c
	}
}

func (d *Dict) setCode(r rune, c uint16) {
	if r < 0x10000 {
		d.codes[r] = c
	} else {
		d.highCodes[r] = c
	}
}

func (d *Dict) code(r rune) uint16 {
	if r < 0x10000 {
		return d.codes[r]
	}
	return d.highCodes[r]
}

// build fills the double array from keys, sorted and distinct, level by
// level.
func (d *Dict) build(keys []key, codes []uint16) {
	// A node of the queue: its slot, and the keys below it, keys[lo:hi],
	// which share their first depth codes.
	type node struct {
		slot, depth, lo, hi int32
	}
	var b placer
	b.use(0)
	b.check[0] = noParent
	var children []uint16
	for queue := []node{{hi: int32(len(keys))}}; len(queue) > 0; queue = queue[1:] {
		n := queue[0]
		if k := keys[n.lo]; k.end-k.start == n.depth {
			b.word[n.slot] = k.word
			n.lo++
		}
		children = children[:0]
		for _, k := range keys[n.lo:n.hi] {
			if c := codes[k.start+n.depth]; len(children) == 0 || children[len(children)-1] != c {
				children = append(children, c)
			}
		}
		if len(children) == 0 {
			continue
		}
		base := b.place(children)
		b.base[n.slot] = uint32(base)
		for lo := n.lo; lo < n.hi; {
			c := codes[keys[lo].start+n.depth]
			hi := lo + 1
			for hi < n.hi && codes[keys[hi].start+n.depth] == c {
				hi++
			}
			s := int32(base) + int32(c)
			b.check[s] = uint32(n.slot)
			queue = append(queue, node{slot: s, depth: n.depth + 1, lo: lo, hi: hi})
			lo = hi
		}
	}
	if b.size > maxSlots {
		panic("segment: gse dictionary too large for 64-bit trie slots")
	}
	d.slots = make([]slot, b.size)
	for i := range d.slots {
		d.slots[i] = slot(b.check[i]) | slot(b.base[i])<<slotBits | slot(b.word[i])<<(2*slotBits)
	}
}

// placer allocates the slots of a double array, one node's children at a
// time, and holds their fields until they are packed.
type placer struct {
	check, base, word []uint32
	taken             []uint64 // bit i%64 of taken[i/64] is set when slot i is not free
	full              int      // taken[:full] has every bit set
	size              int      // slots in use: the last one is size-1
	// last[n] is the base of the last node placed with bits.Len(children)
	// of n.
	last [17]int
}

// manyChildren is the least number of children for which place starts
// looking where it placed the last node of about as many.
const manyChildren = 4

// grow extends the arrays to hold slot i, free.
func (b *placer) grow(i int) {
	if i < len(b.check) {
		return
	}
	n := max(i+1, 2*len(b.check), 1024)
	for len(b.check) < n {
		b.check = append(b.check, noParent)
	}
	b.base = append(b.base, make([]uint32, n-len(b.base))...)
	b.word = append(b.word, make([]uint32, n-len(b.word))...)
	b.taken = append(b.taken, make([]uint64, (n+63)/64-len(b.taken))...)
}

func (b *placer) use(i int) {
	b.grow(i)
	b.size = max(b.size, i+1)
	b.taken[i/64] |= 1 << (i % 64)
	for b.full < len(b.taken) && b.taken[b.full] == math.MaxUint64 {
		b.full++
	}
}

// takenFrom returns which of the 64 slots from i on are not free, slot
// i+j in bit j.
func (b *placer) takenFrom(i int) uint64 {
	w, o := i/64, uint(i%64)
	var t uint64
	if w < len(b.taken) {
		t = b.taken[w] >> o
	}
	if o != 0 && w+1 < len(b.taken) {
		t |= b.taken[w+1] << (64 - o)
	}
	return t
}

// place returns a base at which the slots of children, sorted codes, are
// all free, and takes them. It tries 64 bases at a time, from the first
// free slot, or for a node with many children from where the last node
// with about as many went: such a node rarely fits among the holes left at
// the front, and trying them all made compiling take seconds.
func (b *placer) place(children []uint16) int {
	start := max(0, b.full*64-int(children[0]))
	size := bits.Len(uint(len(children)))
	if len(children) >= manyChildren {
		start = max(start, b.last[size])
	}
	for base := start &^ 63; ; base += 64 {
		fits := ^uint64(0)
		for _, c := range children {
			if fits &^= b.takenFrom(base + int(c)); fits == 0 {
				break
			}
		}
		if fits != 0 {
			base += bits.TrailingZeros64(fits)
			for _, c := range children {
				b.use(base + int(c))
			}
			b.last[size] = base
			return base
		}
	}
}

// lookup returns the number of word in d (in Dict.dists and Dict.tags), or
// false when d does not hold it.
func (d *Dict) lookup(word string) (uint32, bool) {
	var n uint32
	for _, r := range word {
		c := d.code(r)
		i := d.slots[n].base() + uint32(c)
		if c == 0 || i >= uint32(len(d.slots)) || d.slots[i].check() != n {
			return 0, false
		}
		n = i
	}
	w := d.slots[n].word()
	return w, w != 0
}

// addSplits adds to d the words of t, a table with a column word, that the
// stage cuts into their two characters: each must be a word of d, and each
// of its characters a word of its own.
func (d *Dict) addSplits(t *dictionaries.Table) error {
	c := t.Col("word")
	if c < 0 {
		return fmt.Errorf("segment: %s: no column word", t.Name)
	}
	d.splits, d.split = map[[2]uint16][2]uint32{}, make([]bool, len(d.dists))
	for i, row := range t.Rows {
		rs := []rune(row[c])
		whole, ok := d.lookup(row[c])
		if len(rs) != 2 || !ok {
			return fmt.Errorf("segment: %s:%d: %q is no two-character word of gse's dictionary", t.Name, t.Lines[i], row[c])
		}
		first, ok1 := d.lookup(string(rs[0]))
		second, ok2 := d.lookup(string(rs[1]))
		if !ok1 || !ok2 {
			return fmt.Errorf("segment: %s:%d: a character of %q is no word of its own", t.Name, t.Lines[i], row[c])
		}
		d.split[whole] = true
		d.splits[[2]uint16{d.code(rs[0]), d.code(rs[1])}] = [2]uint32{first, second}
	}
	return nil
}

// buffer holds the work space of Dict.search, so that the stage segmenting
// many texts allocates only while it grows. A buffer serves one call at a
// time; the zero value is ready to use.
type buffer struct {
	// codes are the text's code points as Dict codes, ASCII letters
	// lowered, with unitEnd set on the last code of each of gse's units (a
	// run of letters and digits, or one character) and space on white
	// space.
	codes []uint32
	offs  []int32 // the byte offset of each code point, and the text's length
	jumps []jump  // best path ending at each code point that ends a unit
}

// Flags of buffer.codes above the code. unitEnd marks the last code of a
// unit: search walks the trie through the codes in one loop and looks
// for a word where it is set (a loop over units and then over their codes
// took more registers than the compiler had, and it kept variables in
// memory). space marks white space, so that Stage.Process drops blank
// words without decoding them again. runPart marks a letter or digit
// written with one or two bytes, which gse's units join in runs.
const (
	codeMask = 1<<16 - 1
	unitEnd  = 1 << 16
	space    = 1 << 17
	runPart  = 1 << 18
)

// jump is the best path found so far that ends at a code point: its
// length and its last word.
type jump struct {
	dist  float32
	start int32  // the first code point of the last word
	word  uint32 // the number of the last word; 0 for an unknown character
}

// search finds the words gse's Segment finds in text, which must be valid
// UTF-8 and whose code points begin rs: the shortest path over the
// dictionary words, where a word costs log2(total frequency / its
// frequency) and a character that starts no one-character word costs 32 as
// a word of its own; runs of letters and digits are matched whole and
// case-insensitively for ASCII. It leaves the path in b.jumps: the last
// word ends at the last code point, and each word's jump says where it
// starts, so the path is read backwards from the end.
func (d *Dict) search(b *buffer, text string, rs []rune) {
	b.split(d, text, rs)
	// The loops read slices from locals, which the compiler keeps in
	// registers: through b and d it reloaded them at every step. A step
	// tests int(i) against len(slots), which spares the compiler's own
	// bounds check that a test of i against uint32(len(slots)) left.
	codes, slots, dists, root := b.codes, d.slots, d.dists, d.slots[0]
	rootBase := root.base()
	jumps := slices.Grow(b.jumps[:0], len(codes))[:len(codes)]
	clear(jumps)
	b.jumps = jumps
	for start := range codes {
		var base float32
		if start > 0 {
			if codes[start-1]&unitEnd == 0 {
				continue // inside a unit
			}
			base = jumps[start-1].dist
		}
		// The first unit, usually one code, is a word of the dictionary
		// or an unknown character.
		var node uint32
		at := root
		end := start
		if c := codes[start]; c&unitEnd != 0 {
			// A unit of one code, as nearly all are: one step from the
			// root, whose base is read once.
			if i := rootBase + c&codeMask; int(i) < len(slots) && slots[i].check() == 0 {
				node, at = i, slots[i]
			} else {
				node = noParent
			}
		} else {
			for ; ; end++ {
				i := at.base() + codes[end]&codeMask
				if int(i) >= len(slots) || slots[i].check() != node {
					for codes[end]&unitEnd == 0 {
						end++
					}
					node = noParent
					break
				}
				node, at = i, slots[i]
				if codes[end]&unitEnd != 0 {
					break
				}
			}
		}
		if w := at.word(); node != noParent && w != 0 {
			jumps[end].update(base+dists[w], int32(start), w)
		} else {
			jumps[end].update(base+unknownDist, int32(start), 0)
		}
		if node == noParent {
			continue
		}
		// Longer words.
		for end++; end < len(codes); end++ {
			c := codes[end]
			i := at.base() + c&codeMask
			if int(i) >= len(slots) || slots[i].check() != node {
				break
			}
			node, at = i, slots[i]
			if w := at.word(); c&unitEnd != 0 && w != 0 {
				jumps[end].update(base+dists[w], int32(start), w)
			}
		}
	}
}

// update records a path of length dist ending with a word from code point
// start when it is shorter than the best so far; like gse, the first of
// equal paths wins, and a length of 0 means no path yet.
func (j *jump) update(dist float32, start int32, word uint32) {
	if j.dist == 0 || j.dist > dist {
		*j = jump{dist: dist, start: start, word: word}
	}
}

// split fills b.codes and b.offs from text, whose code points, as a range
// loop over text yields them, begin rs. It reads each character's code
// from Dict.chars and takes its length in bytes from its value, so that it
// decodes nothing: the stage hands it the document's code points, which the
// pipeline has decoded once for every stage. Only U+FFFD needs a look at
// the text, as it stands for an invalid byte as well as for itself.
func (b *buffer) split(d *Dict, text string, rs []rune) {
	// A character takes a byte at least.
	codes := slices.Grow(b.codes[:0], len(text))[:len(text)]
	offs := slices.Grow(b.offs[:0], len(text)+1)[:len(text)+1]
	n := 0
	inRun := false
	for i := 0; i < len(text) && n < len(rs); n++ {
		r := uint32(rs[n])
		// Most characters of Chinese text, in one test: three bytes,
		// never U+FFFD, and no letter or digit of a run.
		if r-0x800 < 0x10000-0x800 && r != utf8.RuneError {
			codes[n], offs[n] = d.chars[r], int32(i)
			inRun = false
			i += 3
			continue
		}
		var code uint32
		size := 3
		switch {
		case r < 0x80:
			code, size = d.chars[r], 1
		case r < 0x800:
			code, size = d.chars[r], 2
		case r < 0x10000:
			code = d.chars[r]
			if r == utf8.RuneError && !strings.HasPrefix(text[i:], "\uFFFD") {
				size = 1
			}
		default:
			// No white space nor letter of a run is written with four bytes.
			code, size = uint32(d.highCodes[rune(r)])|unitEnd, 4
		}
		// Each character ends a unit but for letters and digits that the
		// next one continues, which are rare in Chinese text.
		run := code&runPart != 0
		if run && inRun {
			codes[n-1] &^= unitEnd
		}
		inRun = run
		codes[n], offs[n] = code, int32(i)
		i += size
	}
	offs[n] = int32(len(text))
	b.codes, b.offs = codes[:n], offs[:n+1]
}

func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}
