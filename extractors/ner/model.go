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
)

// Model is a trained tagger: a hashed table of quantized feature weights,
// one row of NumTags weights per hash bucket, and tag transition weights. It
// is read-only after loading and safe for concurrent use.
//
// Most buckets never received a weight, so the table is stored sparsely: a
// bitmap of the rows present, the rank of each bitmap word, and the present
// rows packed one after another. A row is NumTags int16 weights padded to 16
// and packed four to a uint64, so that scores can be summed four tags per
// addition (see addRow); weights are bounded by maxWeight so that the sum of
// every template's weight fits in an int16 lane.
type Model struct {
	// Style names the annotation conventions the model was trained to follow
	// ("msra" or "pku"); it is recorded in mention rules.
	Style   string
	bits    uint8
	present []uint64 // bit r set when row r has weights
	rank    []uint32 // rank[k]: rows present before bitmap word k
	rows    []uint64 // present rows, rowWords uint64s each
	trans   [NumTags][NumTags]int32
	// marginScale is the score margin, in weight units, that maps to
	// confidence 0.5.
	marginScale float32
	feat        featurizer
}

// rowWords is the number of uint64s in a packed row: 16 int16 lanes.
const rowWords = 4

// maxWeight bounds the magnitude of a quantized weight, so that the sum of
// numTemplates weights never overflows an int16 lane.
const maxWeight = math.MaxInt16 / numTemplates

// The model file: the magic and a format version, then a gzip stream of the
// header fields and the non-zero weight rows, each as the gap from the
// previous non-zero row (uvarint) and its NumTags weights.
const (
	modelMagic   = "ZHFNER"
	modelVersion = 1
	maxBits      = 26
)

// Bits returns the log2 of the number of rows of the weight table.
func (m *Model) Bits() int { return int(m.bits) }

// newModel returns a model without weights with a table of 2^bits rows.
func newModel(style string, bits int, lex *lexicon) *Model {
	m := &Model{Style: style, bits: uint8(bits), marginScale: 1}
	m.present = make([]uint64, (1<<bits+63)/64)
	m.rank = make([]uint32, len(m.present))
	m.feat = featurizer{lex: lex, shift: uint(64 - bits)}
	return m
}

// addRow appends row r, which must be above every row added before, with
// its weights; zero rows are not stored. Call finish after the last one.
func (m *Model) addRow(r int, w *[NumTags]int16) {
	if *w == ([NumTags]int16{}) {
		return
	}
	m.present[r/64] |= 1 << (r % 64)
	var packed [rowWords]uint64
	for t, v := range w {
		packed[t/4] |= uint64(uint16(v)) << (16 * (t % 4))
	}
	m.rows = append(m.rows, packed[:]...)
}

// finish computes the ranks of the bitmap words.
func (m *Model) finish() {
	n := uint32(0)
	for k, word := range m.present {
		m.rank[k] = n
		n += uint32(bits.OnesCount64(word))
	}
}

// row returns the packed weights of row r, or nil when it has none.
func (m *Model) row(r uint32) []uint64 {
	word := m.present[r/64]
	bit := uint64(1) << (r % 64)
	if word&bit == 0 {
		return nil
	}
	i := int(m.rank[r/64]) + bits.OnesCount64(word&(bit-1))
	return m.rows[i*rowWords : (i+1)*rowWords : (i+1)*rowWords]
}

// weights returns the unpacked weights of row r.
func (m *Model) weights(r uint32) (w [NumTags]int16) {
	if p := m.row(r); p != nil {
		for t := range w {
			w[t] = int16(p[t/4] >> (16 * (t % 4)))
		}
	}
	return w
}

// Rows returns the number of rows of the weight table that hold weights.
func (m *Model) Rows() int { return len(m.rows) / rowWords }

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
	putU(uint64(len(m.rows) / rowWords))
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
		return nil, fmt.Errorf("model format version %d, want %d", v, modelVersion)
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
	nonzero, err := binary.ReadUvarint(br)
	if err != nil {
		return fail("row count", err)
	}
	rows := uint64(1) << bits
	if nonzero > rows {
		return nil, fmt.Errorf("model lists %d rows of a %d-row table", nonzero, rows)
	}
	m.rows = make([]uint64, 0, nonzero*rowWords)
	row := -1
	var buf [2 * NumTags]byte
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
		var w [NumTags]int16
		for t := range w {
			w[t] = int16(binary.LittleEndian.Uint16(buf[2*t:]))
			if w[t] > maxWeight || w[t] < -maxWeight {
				return nil, fmt.Errorf("model row %d: weight %d exceeds ±%d", row, w[t], maxWeight)
			}
		}
		if w == ([NumTags]int16{}) {
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
