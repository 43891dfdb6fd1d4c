package segment

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"unicode/utf8"

	"github.com/klauspost/compress/zstd"
)

// compiled is Compile's result for gse's embedded zh_s dictionary, as
// MarshalBinary writes it, compressed with zstd. Loading it takes
// milliseconds where loading gse's dictionary and compiling it took two
// seconds of every run's start and 200 MB of heap. TestCompiledFile checks
// that it is what Compile makes of the gse this module requires (go test
// ./extractors/segment -update rewrites it).
//
//go:embed zh_s.dict.zst
var compiled []byte

// fileMagic opens a marshaled Dict; its last byte is the format's version.
const fileMagic = "zhfacts segment dict\x01"

// MarshalBinary encodes d: the magic, the numbered code points as a count
// and pairs of code point and code, then the slots, the path lengths and
// the tags (each a length and its bytes), every count and value
// little-endian. Dict.chars is not stored: it follows from the codes.
func (d *Dict) MarshalBinary() ([]byte, error) {
	b := []byte(fileMagic)
	var numbered []rune
	for r, c := range d.codes {
		if c != 0 {
			numbered = append(numbered, rune(r))
		}
	}
	for r := range d.highCodes {
		numbered = append(numbered, r)
	}
	slices.Sort(numbered)
	b = binary.LittleEndian.AppendUint64(b, uint64(len(numbered)))
	for _, r := range numbered {
		b = binary.LittleEndian.AppendUint32(b, uint32(r))
		b = binary.LittleEndian.AppendUint16(b, d.code(r))
	}
	b = appendInts(b, d.slots)
	dists := make([]uint32, len(d.dists))
	for i, f := range d.dists {
		dists[i] = math.Float32bits(f)
	}
	b = appendInts(b, dists)
	b = binary.LittleEndian.AppendUint64(b, uint64(len(d.tags)))
	for _, t := range d.tags {
		b = binary.LittleEndian.AppendUint64(b, uint64(len(t)))
		b = append(b, t...)
	}
	return b, nil
}

// UnmarshalBinary decodes what MarshalBinary wrote into d. It checks every
// count against the data left and every slot's word against the tables,
// so a damaged file is an error, and d unchanged, never a Dict that reads
// out of bounds.
func (d *Dict) UnmarshalBinary(data []byte) error {
	r := reader{b: data}
	if !bytes.HasPrefix(data, []byte(fileMagic)) {
		return errors.New("segment: not a compiled dictionary (or another version of one)")
	}
	r.b = r.b[len(fileMagic):]
	nd := Dict{codes: new([0x10000]uint16), highCodes: map[rune]uint16{}}
	for n := r.count(6); n > 0; n-- {
		rn, c := rune(r.uint32()), r.uint16()
		if rn < 0 || rn > utf8.MaxRune || c == 0 {
			r.err = fmt.Errorf("code %d for code point %d", c, rn)
			break
		}
		nd.setCode(rn, c)
	}
	slots := readInts[slot](&r)
	dists := readInts[uint32](&r)
	nTags := r.count(8)
	tags := make([]string, 0, nTags)
	for range nTags {
		tags = append(tags, string(r.bytes(r.count(1))))
	}
	if r.err == nil && len(r.b) != 0 {
		r.err = fmt.Errorf("%d bytes after the tables", len(r.b))
	}
	if r.err == nil && (len(dists) == 0 || len(dists) != len(tags)) {
		r.err = fmt.Errorf("%d path lengths for %d tags", len(dists), len(tags))
	}
	if r.err == nil && (len(slots) == 0 || len(slots) > maxSlots) {
		r.err = fmt.Errorf("%d slots", len(slots))
	}
	// Search checks every slot index it computes against the slots, but
	// reads a word's path length and tag unchecked.
	for i := 0; r.err == nil && i < len(slots); i++ {
		if int(slots[i].word()) >= len(tags) {
			r.err = fmt.Errorf("slot %d names word %d of %d", i, slots[i].word(), len(tags))
		}
	}
	if r.err != nil {
		return fmt.Errorf("segment: compiled dictionary: %w", r.err)
	}
	nd.slots, nd.tags = slots, tags
	nd.fillChars()
	nd.dists = make([]float32, len(dists))
	for i, u := range dists {
		nd.dists[i] = math.Float32frombits(u)
	}
	*d = nd
	return nil
}

// loadCompiled decompresses and decodes the embedded dictionary.
func loadCompiled() (*Dict, error) {
	dec, err := zstd.NewReader(nil, zstd.WithDecoderConcurrency(1))
	if err != nil {
		return nil, fmt.Errorf("segment: %w", err)
	}
	defer dec.Close()
	data, err := dec.DecodeAll(compiled, nil)
	if err != nil {
		return nil, fmt.Errorf("segment: compiled dictionary: %w", err)
	}
	d := new(Dict)
	if err := d.UnmarshalBinary(data); err != nil {
		return nil, err
	}
	return d, nil
}

// compress returns data as the embedded file stores it.
func compress(data []byte) []byte {
	enc, err := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedBestCompression), zstd.WithEncoderConcurrency(1))
	if err != nil {
		panic(err) // only for invalid options, and these are constant
	}
	defer enc.Close()
	return enc.EncodeAll(data, nil)
}

// integer is the element types of the tables.
type integer interface{ ~uint16 | ~uint32 | ~uint64 }

// appendInts appends len(v) as a uint64 and then v, little-endian.
func appendInts[T integer](b []byte, v []T) []byte {
	b = binary.LittleEndian.AppendUint64(b, uint64(len(v)))
	for _, x := range v {
		switch size := binary.Size(x); size {
		case 2:
			b = binary.LittleEndian.AppendUint16(b, uint16(x))
		case 4:
			b = binary.LittleEndian.AppendUint32(b, uint32(x))
		default:
			b = binary.LittleEndian.AppendUint64(b, uint64(x))
		}
	}
	return b
}

// reader reads little-endian values and remembers the first error.
type reader struct {
	b   []byte
	err error
}

// count reads a uint64 count of items of size bytes each and checks that
// the data holds that many.
func (r *reader) count(size int) int {
	n := r.uint64()
	if r.err == nil && n > uint64(len(r.b)/size) {
		r.err = fmt.Errorf("count %d exceeds the %d bytes left", n, len(r.b))
	}
	if r.err != nil {
		return 0
	}
	return int(n)
}

func (r *reader) bytes(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n > len(r.b) {
		r.err = errors.New("truncated")
		return nil
	}
	v := r.b[:n]
	r.b = r.b[n:]
	return v
}

func (r *reader) uint16() uint16 {
	if b := r.bytes(2); b != nil {
		return binary.LittleEndian.Uint16(b)
	}
	return 0
}

func (r *reader) uint32() uint32 {
	if b := r.bytes(4); b != nil {
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}

func (r *reader) uint64() uint64 {
	if b := r.bytes(8); b != nil {
		return binary.LittleEndian.Uint64(b)
	}
	return 0
}

// readInts reads what appendInts wrote.
func readInts[T integer](r *reader) []T {
	var zero T
	size := binary.Size(zero)
	n := r.count(size)
	b := r.bytes(n * size)
	if r.err != nil {
		return nil
	}
	v := make([]T, n)
	for i := range v {
		switch size {
		case 2:
			v[i] = T(binary.LittleEndian.Uint16(b[2*i:]))
		case 4:
			v[i] = T(binary.LittleEndian.Uint32(b[4*i:]))
		default:
			v[i] = T(binary.LittleEndian.Uint64(b[8*i:]))
		}
	}
	return v
}
