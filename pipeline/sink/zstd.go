package sink

import (
	kzstd "github.com/klauspost/compress/zstd"
	"github.com/parquet-go/parquet-go/compress/zstd"
)

// zstdCodec is parquet-go's zstd codec at SpeedFastest, except that it
// compresses with one encoder kept for the table's life, across the parts of
// a Parts too (each table has its own, as tables are flushed at once).
// parquet-go's codec keeps its encoders in a sync.Pool, which drops them at
// garbage collections, and every new encoder allocates its history buffer
// on its first page: twice the 8 MB window, which the runtime clears (0.13 s
// of a one-worker run over the corpus, with an encoder per table and part).
// The encoder options are parquet-go's, so the bytes are the same, but for
// lower encoder memory, which only sizes buffers: the history is then the
// window and one block, of which a page uses its own size.
type zstdCodec struct {
	zstd.Codec // for String, CompressionCodec and Decode
	enc        *kzstd.Encoder
}

func newZstdCodec() *zstdCodec {
	enc, err := kzstd.NewWriter(nil,
		kzstd.WithEncoderConcurrency(1),
		kzstd.WithEncoderLevel(zstd.SpeedFastest),
		kzstd.WithZeroFrames(true),
		kzstd.WithEncoderCRC(false),
		kzstd.WithLowerEncoderMem(true),
	)
	if err != nil {
		// Only invalid options fail, and these are constant.
		panic(err)
	}
	return &zstdCodec{Codec: zstd.Codec{Level: zstd.SpeedFastest}, enc: enc}
}

// Encode compresses src into dst's storage like zstd.Codec.Encode.
func (c *zstdCodec) Encode(dst, src []byte) ([]byte, error) {
	return c.enc.EncodeAll(src, dst[:0]), nil
}
