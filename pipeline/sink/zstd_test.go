package sink

import (
	"bytes"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go/compress/zstd"
)

// TestZstdCodec checks that zstdCodec compresses to the bytes of
// parquet-go's codec at the same level, and that they decode back. The
// inputs come twice, as one codec serves every page of a table in every
// part: what it compressed before must not change what it makes now.
func TestZstdCodec(t *testing.T) {
	ours := newZstdCodec()
	theirs := &zstd.Codec{Level: zstd.SpeedFastest}
	inputs := [][]byte{
		nil,
		[]byte("去年华为投资8.7亿元人民币。"),
		[]byte(strings.Repeat("新华社北京6月4日电 ", 50000)), // several zstd blocks
	}
	for _, src := range append(inputs, inputs...) {
		got, err := ours.Encode(nil, src)
		if err != nil {
			t.Fatal(err)
		}
		want, err := theirs.Encode(nil, src)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%d bytes compress to %d bytes, parquet-go's codec to %d", len(src), len(got), len(want))
		}
		back, err := ours.Decode(nil, got)
		if err != nil || !bytes.Equal(back, src) {
			t.Errorf("%d bytes decode to %d bytes (%v)", len(src), len(back), err)
		}
	}
}
