package dictionaries

import "unicode/utf8"

// decodeFirst and decodeLast are utf8.DecodeRuneInString and
// utf8.DecodeLastRuneInString, result for result, with the three-byte
// sequences of Chinese text decoded inline: the lookups below test a word's
// first or last character before any map read, for every word of every
// document, and the utf8 functions call out for each character beyond
// ASCII.
func decodeFirst(s string) (rune, int) {
	if len(s) >= 3 && s[0]&0xF0 == 0xE0 && s[1]&0xC0 == 0x80 && s[2]&0xC0 == 0x80 {
		if r := rune(s[0]&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F); r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
			return r, 3
		}
	}
	return utf8.DecodeRuneInString(s)
}

func decodeLast(s string) (rune, int) {
	if n := len(s); n >= 3 && s[n-3]&0xF0 == 0xE0 && s[n-2]&0xC0 == 0x80 && s[n-1]&0xC0 == 0x80 {
		if r := rune(s[n-3]&0x0F)<<12 | rune(s[n-2]&0x3F)<<6 | rune(s[n-1]&0x3F); r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
			return r, 3
		}
	}
	return utf8.DecodeLastRuneInString(s)
}
