package ner

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"slices"
)

// Model is a trained tagger: a hashed table of quantized feature weights,
// one row of NumTags weights per hash bucket, and tag transition weights. It
// is read-only after loading and safe for concurrent use.
//
// Most buckets never received a weight, so the table is stored sparsely: a
// directory with, for every 32 rows, a bitmap of those present and the
// number of rows present before them (one word, so that finding a row costs
// a single read before the row itself), and the present rows packed one
// after another, after a first row that stands for every absent one. The
// model's featurizer reads the directory once per block of rows and gives
// the packed rows' indices, so that summing a character's rows reads only
// the rows. A row is NumTags int8 weights, each plus maxWeight so that it
// is not negative, in byte lanes of two uint64s (see tagsInFirst):
// 16 bytes a row, so that the rows a document needs stay in cache as much
// as possible, and summed without unpacking each weight (see sums).
type Model struct {
	// Style names the annotation conventions the model was trained to follow
	// ("msra" or "pku"); it is recorded in mention rules.
	Style string
	bits  uint8
	dir   []uint64           // dir[k]: rank of row 32k in the high half, bit r%32 of the low half set when row r has weights
	rows  [][rowWords]uint64 // present rows
	trans [NumTags][NumTags]int32
	lat   lattice // trans laid out for decoding, once it is set
	// marginScale is the score margin, in weight units, that maps to
	// confidence 0.5.
	marginScale float32
	feat        featurizer // gives indices into rows
}

// rowWords is the number of uint64s in a packed row: 16 byte lanes.
const rowWords = 2

// tagsInFirst is the number of tags in the first word of a packed row, in
// its bytes 0 to 6; tags 7 to 12 are bytes 0 to 5 of the second word, and
// the other three bytes are padding. With the top byte of each word
// padding, a word can be added up whole: its odd bytes' carry out of the
// top lane falls off the end of the word (see sumRowsGo).
const tagsInFirst = 7

// maxWeight bounds the magnitude of a quantized weight.
const maxWeight = math.MaxInt8

// lane returns the biased byte lane of weight v, 0 to 2·maxWeight.
func lane(v int8) uint64 { return uint64(int16(v) + maxWeight) }

// laneOf returns the word of a packed row that holds tag t and the number
// of its byte in the word.
func laneOf(t int) (word, at int) {
	if t < tagsInFirst {
		return 0, t
	}
	return 1, t - tagsInFirst
}

// pack returns the packed row of weights w; its padding bytes are 0.
func pack(w *[NumTags]int8) (p [rowWords]uint64) {
	for t, v := range w {
		word, b := laneOf(t)
		p[word] |= lane(v) << (8 * b)
	}
	return p
}

// sums adds up packed rows in 16-bit lanes: the even bytes of a row's first
// word go to sums[0], its odd bytes to sums[1], and those of the second word
// to sums[2] and sums[3]. Biased weights are at most 2·maxWeight, so lanes
// cannot overflow into each other for fewer than 258 rows.
type sums [4]uint64

const evenBytes = 0x00ff_00ff_00ff_00ff

// add adds row p. (The tagger's sumRows gets the same sums otherwise.)
func (s *sums) add(p *[rowWords]uint64) {
	s[0] += p[0] & evenBytes
	s[1] += p[0] >> 8 & evenBytes
	s[2] += p[1] & evenBytes
	s[3] += p[1] >> 8 & evenBytes
}

// tag returns the total weight of tag t in a sum of n rows.
func (s *sums) tag(t, n int) int32 {
	word, b := laneOf(t)
	return int32(uint16(s[2*word+b%2]>>(16*(b/2)))) - int32(n*maxWeight)
}

// The model file: the magic and a format version, then a gzip stream of the
// header fields and the non-zero weight rows, each as the gap from the
// previous non-zero row (uvarint) and its NumTags int8 weights.
const (
	modelMagic   = "ZHFNER"
	modelVersion = 2 // 1 stored int16 weights
	maxBits      = 26
)

// Bits returns the log2 of the number of rows of the weight table.
func (m *Model) Bits() int { return int(m.bits) }

// newModel returns a model without weights with a table of 2^bits rows.
func newModel(style string, bits int, lex *lexicon) *Model {
	m := &Model{Style: style, bits: uint8(bits), marginScale: 1}
	m.dir = make([]uint64, (1<<bits+31)/32)
	// The row of zero weights, which absent rows read.
	m.rows = [][rowWords]uint64{pack(&[NumTags]int8{})}
	m.feat.lex = lex // the rest of the featurizer needs the finished directory
	return m
}

// addRow appends row r, which must be above every row added before, with
// its weights; zero rows are not stored. Call finish after the last one.
func (m *Model) addRow(r int, w *[NumTags]int8) {
	if *w == ([NumTags]int8{}) {
		return
	}
	m.dir[r/32] |= 1 << (r % 32)
	m.rows = append(m.rows, pack(w))
}

// finish computes the ranks of the directory words.
func (m *Model) finish() {
	n := uint64(0)
	for k, word := range m.dir {
		m.dir[k] = n<<32 | word&math.MaxUint32
		n += uint64(bits.OnesCount32(uint32(word)))
	}
	m.feat = newFeaturizer(m.feat.lex, int(m.bits), m.dir)
}

// rowAt returns the index in rows of the packed weights of row r: 0, the
// zero row, when r has none. It does not branch on whether the row is
// present, which the processor could not predict.
func (m *Model) rowAt(r uint32) int {
	word := m.dir[r/32]
	has := int(word>>(r%32)) & 1
	below := uint32(word) & (1<<(r%32) - 1)
	return (int(word>>32) + bits.OnesCount32(below) + 1) * has
}

// row returns the packed weights of row r, or nil when it has none.
func (m *Model) row(r uint32) *[rowWords]uint64 {
	i := m.rowAt(r)
	if i == 0 {
		return nil
	}
	return &m.rows[i]
}

// weights returns the unpacked weights of row r.
func (m *Model) weights(r uint32) (w [NumTags]int8) {
	if p := m.row(r); p != nil {
		var s sums
		s.add(p)
		for t := range w {
			w[t] = int8(s.tag(t, 1))
		}
	}
	return w
}

// Rows returns the number of rows of the weight table that hold weights.
func (m *Model) Rows() int { return len(m.rows) - 1 }

// numRows returns the number of rows of the table.
func (m *Model) numRows() int { return 1 << m.bits }

// WriteTo writes m in the model file format.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	if _, err := io.WriteString(cw, modelMagic); err != nil {
		return cw.n, err
	}
	if err := binary.Write(cw, binary.LittleEndian, uint16(modelVersion)); err != nil {
		return cw.n, err
	}
	zw, err := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if err != nil {
		return cw.n, err
	}
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	putU := func(v uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], v)]) }
	putU(featureVersion)
	binary.Write(bw, binary.LittleEndian, m.feat.lex.checksum)
	putU(uint64(m.bits))
	putU(NumTags)
	putU(uint64(len(m.Style)))
	bw.WriteString(m.Style)
	binary.Write(bw, binary.LittleEndian, m.marginScale)
	binary.Write(bw, binary.LittleEndian, m.trans)
	putU(uint64(m.Rows()))
	last := -1
	for r := range m.numRows() {
		if m.row(uint32(r)) == nil {
			continue
		}
		putU(uint64(r - last))
		last = r
		w := m.weights(uint32(r))
		binary.Write(bw, binary.LittleEndian, w[:])
	}
	if err := bw.Flush(); err != nil {
		return cw.n, err
	}
	err = zw.Close()
	return cw.n, err
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// ReadModel reads a model written by WriteTo. It fails when the file was made
// for a different format, feature set or lexicon, since the weights would be
// meaningless then.
func ReadModel(r io.Reader) (*Model, error) {
	lex, err := defaultLexicon()
	if err != nil {
		return nil, err
	}
	return readModel(r, lex)
}

func readModel(r io.Reader, lex *lexicon) (*Model, error) {
	head := make([]byte, len(modelMagic)+2)
	if _, err := io.ReadFull(r, head); err != nil {
		return nil, fmt.Errorf("model header: %w", err)
	}
	if string(head[:len(modelMagic)]) != modelMagic {
		return nil, errors.New("not a zhfacts NER model (bad magic)")
	}
	if v := binary.LittleEndian.Uint16(head[len(modelMagic):]); v != modelVersion {
		return nil, fmt.Errorf("model format version %d, this build reads version %d: retrain the model", v, modelVersion)
	}
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("model body: %w", err)
	}
	defer zr.Close()
	br := bufio.NewReaderSize(zr, 1<<16)
	fail := func(what string, err error) (*Model, error) {
		if errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		return nil, fmt.Errorf("model %s: %w", what, err)
	}
	fv, err := binary.ReadUvarint(br)
	if err != nil {
		return fail("feature version", err)
	}
	if fv != featureVersion {
		return nil, fmt.Errorf("model uses feature set %d, this build extracts feature set %d: retrain it", fv, featureVersion)
	}
	var sum uint64
	if err := binary.Read(br, binary.LittleEndian, &sum); err != nil {
		return fail("lexicon checksum", err)
	}
	if sum != lex.checksum {
		return nil, errors.New("model was trained with a different lexicon.tsv: retrain it")
	}
	bits, err := binary.ReadUvarint(br)
	if err != nil {
		return fail("table size", err)
	}
	if bits == 0 || bits > maxBits {
		return nil, fmt.Errorf("model table of 2^%d rows is out of range", bits)
	}
	nt, err := binary.ReadUvarint(br)
	if err != nil {
		return fail("tag count", err)
	}
	if nt != NumTags {
		return nil, fmt.Errorf("model has %d tags, want %d", nt, NumTags)
	}
	sl, err := binary.ReadUvarint(br)
	if err != nil || sl > 64 {
		return fail("style", cmpErr(err, errors.New("style name too long")))
	}
	style := make([]byte, sl)
	if _, err := io.ReadFull(br, style); err != nil {
		return fail("style", err)
	}
	m := newModel(string(style), int(bits), lex)
	if err := binary.Read(br, binary.LittleEndian, &m.marginScale); err != nil {
		return fail("margin scale", err)
	}
	if !(m.marginScale > 0) || math.IsInf(float64(m.marginScale), 0) {
		return nil, fmt.Errorf("model margin scale %v is not positive", m.marginScale)
	}
	if err := binary.Read(br, binary.LittleEndian, &m.trans); err != nil {
		return fail("transitions", err)
	}
	m.lat = newLattice(&m.trans)
	nonzero, err := binary.ReadUvarint(br)
	if err != nil {
		return fail("row count", err)
	}
	rows := uint64(1) << bits
	if nonzero > rows {
		return nil, fmt.Errorf("model lists %d rows of a %d-row table", nonzero, rows)
	}
	m.rows = slices.Grow(m.rows, int(nonzero))
	row := -1
	var buf [NumTags]byte
	for i := range nonzero {
		gap, err := binary.ReadUvarint(br)
		if err != nil {
			return fail(fmt.Sprintf("row %d", i), err)
		}
		if gap == 0 || gap > rows || uint64(row+1)+gap-1 >= rows {
			return nil, fmt.Errorf("model row %d: gap %d leaves the table", i, gap)
		}
		row += int(gap)
		if _, err := io.ReadFull(br, buf[:]); err != nil {
			return fail(fmt.Sprintf("row %d", i), err)
		}
		var w [NumTags]int8
		for t := range w {
			w[t] = int8(buf[t])
			if w[t] < -maxWeight {
				return nil, fmt.Errorf("model row %d: weight %d exceeds ±%d", row, w[t], maxWeight)
			}
		}
		if w == ([NumTags]int8{}) {
			return nil, fmt.Errorf("model row %d is listed but zero", row)
		}
		m.addRow(row, &w)
	}
	m.finish()
	if _, err := br.ReadByte(); err != io.EOF {
		return nil, errors.New("model has trailing data")
	}
	return m, nil
}

func cmpErr(err, fallback error) error {
	if err != nil {
		return err
	}
	return fallback
}
