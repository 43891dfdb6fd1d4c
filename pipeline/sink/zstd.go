package sink

import (
	kzstd "github.com/klauspost/compress/zstd"
	"github.com/parquet-go/parquet-go/compress/zstd"
)

// zstdCodec is parquet-go's zstd codec at SpeedFastest, except that it
// compresses with one encoder kept for the table's life (each table has its
// own, as tables are flushed at once). parquet-go's codec
// keeps its encoders in a sync.Pool, which drops them at garbage
// collections, and every new encoder allocates and clears its history
// buffers. The encoder options are parquet-go's, so the bytes are the same.
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
