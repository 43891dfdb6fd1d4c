package source

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

// Encodings recorded in pipeline.Meta.Encoding.
const (
	EncodingUTF8    = "utf-8"
	EncodingUTF8BOM = "utf-8-bom"
	EncodingUTF16   = "utf-16" // with a byte order mark, either byte order
	EncodingGB18030 = "gb18030"
	EncodingBig5    = "big5"
)

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// legacy are the encodings tried, in order, for bytes that are not UTF-8:
// GB18030 (a superset of GBK and GB2312, the usual encodings of mainland
// archives) and Big5 (Taiwan and Hong Kong). On a tie GB18030 wins.
var legacy = []struct {
	name string
	enc  encoding.Encoding
}{
	{EncodingGB18030, simplifiedchinese.GB18030},
	{EncodingBig5, traditionalchinese.Big5},
}

// decode turns the bytes of a document into UTF-8 text and names the
// encoding it found. It strips a UTF-8 byte order mark and follows a UTF-16
// one. Bytes that are valid UTF-8 are UTF-8; so is input that is mostly
// valid UTF-8 with a few damaged bytes, which become U+FFFD. Anything else is
// decoded both as GB18030 and as Big5, and the decoding with more frequent
// Chinese characters (see script_chars.tsv), less U+FFFD, wins: the wrong
// one of the two reads as rare characters. Every replaced byte is reported
// as a warning; the error is for input that is not text at all.
func decode(data []byte) (text, enc string, warnings []string, err error) {
	enc = EncodingUTF8
	switch {
	case bytes.HasPrefix(data, bomUTF8):
		data = data[len(bomUTF8):]
		enc = EncodingUTF8BOM
	case bytes.HasPrefix(data, bomUTF16LE), bytes.HasPrefix(data, bomUTF16BE):
		dec := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder()
		out, err := dec.Bytes(data)
		if err != nil {
			return "", EncodingUTF16, nil, fmt.Errorf("decoding UTF-16: %w", err)
		}
		if n := bytes.Count(out, []byte("\uFFFD")); n > 0 {
			warnings = append(warnings, fmt.Sprintf("%d invalid UTF-16 sequences replaced with U+FFFD", n))
		}
		data, enc = out, EncodingUTF16
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return "", enc, warnings, fmt.Errorf("not text: NUL byte at offset %d", i)
	}
	if utf8.Valid(data) {
		return string(data), enc, warnings, nil
	}
	multi, bad := utf8Counts(data)
	if multi > 4*bad {
		// Mostly UTF-8: decoding it all as a legacy encoding would garble
		// every character to save a few.
		return strings.ToValidUTF8(string(data), "\uFFFD"), enc, append(warnings,
			fmt.Sprintf("invalid UTF-8: %d bytes replaced with U+FFFD", bad)), nil
	}
	best, bestScore, bestBad := "", 0, 0
	for i, l := range legacy {
		out, err := l.enc.NewDecoder().Bytes(data)
		if err != nil {
			continue
		}
		s := string(out)
		bad := strings.Count(s, "\uFFFD")
		// A replacement character costs more than a frequent character
		// earns: it is certain evidence against the decoding.
		score := frequentChars(s) - 4*bad
		if i == 0 || score > bestScore {
			best, bestScore, bestBad, enc = s, score, bad, l.name
		}
	}
	if best == "" {
		return "", enc, warnings, fmt.Errorf("not text in UTF-8, GB18030 or Big5")
	}
	if bestBad > 0 {
		warnings = append(warnings, fmt.Sprintf("%d invalid %s sequences replaced with U+FFFD", bestBad, encodingLabel(enc)))
	}
	return best, enc, warnings, nil
}

// encodingLabel is an encoding's name as messages write it.
func encodingLabel(enc string) string {
	switch enc {
	case EncodingGB18030:
		return "GB18030"
	case EncodingBig5:
		return "Big5"
	}
	return enc
}

// utf8Counts counts the valid multi-byte characters and the invalid bytes of
// data read as UTF-8.
func utf8Counts(data []byte) (multi, bad int) {
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		switch {
		case r == utf8.RuneError && size == 1:
			bad++
		case size > 1:
			multi++
		}
		data = data[size:]
	}
	return multi, bad
}
