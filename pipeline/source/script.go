package source

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/pipeline"
)

// Scripts of a document, from the characters of script_chars.tsv.
const (
	ScriptSimplified  = pipeline.ScriptSimplified
	ScriptTraditional = pipeline.ScriptTraditional
	ScriptMixed       = pipeline.ScriptMixed
	ScriptUnknown     = pipeline.ScriptUnknown
)

// scriptShare is the share of telling characters one script needs to name
// the document; below it on both sides the document is mixed.
const scriptShare = 0.8

//go:embed script_chars.tsv
var scriptCharsTSV string

// Classes of a character in charTable.
const (
	charOther       uint8 = iota
	charCommon            // frequent, written alike in both scripts
	charSimplified        // frequent, simplified form only
	charTraditional       // frequent, traditional form only
)

// cjkBase and cjkEnd bound the CJK Unified Ideographs block, where every
// character of script_chars.tsv lies, so the table is a flat slice.
const (
	cjkBase = 0x4E00
	cjkEnd  = 0xA000
)

// charTable maps a CJK character (minus cjkBase) to its class.
var charTable = sync.OnceValue(func() []uint8 {
	t, err := parseScriptChars(scriptCharsTSV)
	if err != nil {
		// The file is embedded and covered by tests: a bad one is a build
		// defect, not an input problem.
		panic(err)
	}
	return t
})

func parseScriptChars(tsv string) ([]uint8, error) {
	t := make([]uint8, cjkEnd-cjkBase)
	header := false
	for i, line := range strings.Split(tsv, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !header {
			if line != "simplified\ttraditional" {
				return nil, fmt.Errorf("script_chars.tsv:%d: header %q, want \"simplified\\ttraditional\"", i+1, line)
			}
			header = true
			continue
		}
		s, tr, ok := strings.Cut(line, "\t")
		rs, ns := utf8.DecodeRuneInString(s)
		rt, nt := utf8.DecodeRuneInString(tr)
		if !ok || ns != len(s) || nt != len(tr) || rs < cjkBase || rs >= cjkEnd || rt < cjkBase || rt >= cjkEnd {
			return nil, fmt.Errorf("script_chars.tsv:%d: want two CJK characters separated by a tab, got %q", i+1, line)
		}
		if rs == rt {
			t[rs-cjkBase] = charCommon
			continue
		}
		t[rs-cjkBase] = charSimplified
		t[rt-cjkBase] = charTraditional
	}
	if !header {
		return nil, fmt.Errorf("script_chars.tsv: no header")
	}
	return t, nil
}

// charClass returns r's class in t, a charTable fetched once per text: the
// sync.OnceValue call per character cost more than the lookup.
func charClass(t []uint8, r rune) uint8 {
	if r < cjkBase || r >= cjkEnd {
		return charOther
	}
	return t[r-cjkBase]
}

// classCounts counts the characters of the CJK block in text by class,
// read as a range loop over text reads them. Each is three bytes with a lead
// byte from 0xE4 to 0xE9, which is never inside another character, so the
// loop looks only at those bytes and decodes inline: decoding every
// character through the runtime cost most of Script's time.
func classCounts(text string) (n [charTraditional + 1]int) {
	t := charTable()
	for i := 0; i+2 < len(text); i++ {
		if c := text[i]; c < 0xE4 || c > 0xE9 {
			continue
		}
		s := text[i : i+3]
		if s[1]&0xC0 != 0x80 || s[2]&0xC0 != 0x80 {
			continue
		}
		r := int(s[0]&0x0F)<<12 | int(s[1]&0x3F)<<6 | int(s[2]&0x3F)
		if k := uint(r - cjkBase); k < uint(len(t)) {
			n[t[k]]++
		}
		i += 2
	}
	return n
}

// Script says whether text is written in simplified or traditional
// characters, from all its characters that differ between the two scripts
// (one table lookup each), so that a document that changes script part way
// reads as mixed. It is a classifier of the script only: it converts nothing.
func Script(text string) string {
	n := classCounts(text)
	simp, trad := n[charSimplified], n[charTraditional]
	total := float64(simp + trad)
	switch {
	case total == 0:
		return ScriptUnknown
	case float64(simp) >= scriptShare*total:
		return ScriptSimplified
	case float64(trad) >= scriptShare*total:
		return ScriptTraditional
	}
	return ScriptMixed
}

// frequentChars counts the characters of text that are frequent in Chinese
// writing of either script: the encoding detector's measure of how much a
// decoding reads like Chinese.
func frequentChars(text string) int {
	n := classCounts(text)
	return n[charCommon] + n[charSimplified] + n[charTraditional]
}
