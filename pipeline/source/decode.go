package source

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// decode turns the bytes of a document into UTF-8 text. It strips a UTF-8
// byte order mark and follows a UTF-16 one. Bytes that are not valid UTF-8
// are decoded as GB18030 (a superset of GBK and GB2312, the usual encodings
// of older Chinese archives) unless the input is mostly valid UTF-8 with a
// few damaged bytes, which then become U+FFFD. Every repair is reported as a
// warning; the error is for input that is not text at all.
func decode(data []byte) (text string, warnings []string, err error) {
	switch {
	case bytes.HasPrefix(data, bomUTF8):
		data = data[len(bomUTF8):]
	case bytes.HasPrefix(data, bomUTF16LE), bytes.HasPrefix(data, bomUTF16BE):
		dec := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder()
		out, err := dec.Bytes(data)
		if err != nil {
			return "", nil, fmt.Errorf("decoding UTF-16: %w", err)
		}
		warnings = append(warnings, "decoded as UTF-16")
		if n := bytes.Count(out, []byte("\uFFFD")); n > 0 {
			warnings = append(warnings, fmt.Sprintf("%d invalid UTF-16 sequences replaced with U+FFFD", n))
		}
		data = out
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return "", warnings, fmt.Errorf("not text: NUL byte at offset %d", i)
	}
	if utf8.Valid(data) {
		return string(data), warnings, nil
	}
	multi, bad := utf8Counts(data)
	if multi > 4*bad {
		// Mostly UTF-8: decoding it all as GB18030 would garble every
		// character to save a few.
		return strings.ToValidUTF8(string(data), "\uFFFD"), append(warnings,
			fmt.Sprintf("invalid UTF-8: %d bytes replaced with U+FFFD", bad)), nil
	}
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
	if err != nil {
		return "", warnings, fmt.Errorf("decoding GB18030: %w", err)
	}
	warnings = append(warnings, "decoded as GB18030")
	if n := bytes.Count(out, []byte("\uFFFD")); n > 0 {
		warnings = append(warnings, fmt.Sprintf("%d invalid GB18030 sequences replaced with U+FFFD", n))
	}
	return string(out), warnings, nil
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
