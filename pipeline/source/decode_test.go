package source

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

func gb18030(t testing.TB, s string) []byte {
	t.Helper()
	b, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func big5(t testing.TB, s string) []byte {
	t.Helper()
	b, err := traditionalchinese.Big5.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// Texts for the encoding tests: a simplified and a traditional news sentence,
// and short ones that give the detector little to go on.
const (
	zhSimplified  = "成都日报记者黄雪松报道：中韩园已累计引进企业825家。"
	zhTraditional = "台北市政府今天發表聲明，將與國際組織合作推動經濟發展。"
)

func TestDecode(t *testing.T) {
	const zh = zhSimplified
	utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(zh))
	if err != nil {
		t.Fatal(err)
	}
	damaged := []byte(zh)
	damaged[3] = 0xFF // the lead byte of 都: its 3 bytes become one U+FFFD
	tests := []struct {
		name     string
		in       []byte
		want     string // "" when an error is expected
		enc      string
		warnings []string
	}{
		{"utf-8", []byte(zh), zh, EncodingUTF8, nil},
		{"utf-8 bom", append([]byte{0xEF, 0xBB, 0xBF}, zh...), zh, EncodingUTF8BOM, nil},
		{"gb18030", gb18030(t, zh), zh, EncodingGB18030, nil},
		{"gb18030 traditional text", gb18030(t, zhTraditional), zhTraditional, EncodingGB18030, nil},
		{"big5", big5(t, zhTraditional), zhTraditional, EncodingBig5, nil},
		{"big5 short", big5(t, "國際新聞"), "國際新聞", EncodingBig5, nil},
		{"gb18030 short", gb18030(t, "国际新闻"), "国际新闻", EncodingGB18030, nil},
		{"utf-16 bom", utf16, zh, EncodingUTF16, nil},
		{"damaged utf-8", damaged, "成\uFFFD日报", EncodingUTF8, []string{"invalid UTF-8: 3 bytes replaced with U+FFFD"}},
		{"broken gb18030", append(gb18030(t, zh), 0x81), zh + "\uFFFD", EncodingGB18030, []string{"1 invalid GB18030 sequences replaced with U+FFFD"}},
		{"broken big5", append(big5(t, zhTraditional), 0xA4), zhTraditional + "\uFFFD", EncodingBig5, []string{"1 invalid Big5 sequences replaced with U+FFFD"}},
		{"binary", []byte("PK\x03\x04\x00\x00"), "", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, enc, warnings, err := decode(tt.in)
			if tt.want == "" {
				if err == nil {
					t.Fatalf("decode = %q, want an error", got)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(got, tt.want) {
				t.Errorf("decode = %q, want it to start with %q", got, tt.want)
			}
			if enc != tt.enc {
				t.Errorf("encoding = %q, want %q", enc, tt.enc)
			}
			if strings.Join(warnings, "|") != strings.Join(tt.warnings, "|") {
				t.Errorf("warnings = %q, want %q", warnings, tt.warnings)
			}
		})
	}
}

func TestScript(t *testing.T) {
	tests := []struct{ text, want string }{
		{zhSimplified, ScriptSimplified},
		{zhTraditional, ScriptTraditional},
		{"这是国际新闻，那是國際經濟。", ScriptMixed},
		{"Hello, world. 123", ScriptUnknown},
		{"的的的是是是", ScriptUnknown}, // only characters both scripts share
		{"", ScriptUnknown},
		// A document that turns traditional after a long simplified part.
		{strings.Repeat("这是国际新闻。", 300) + strings.Repeat("那是國際經濟。", 300), ScriptMixed},
	}
	for _, tt := range tests {
		if got := Script(tt.text); got != tt.want {
			t.Errorf("Script(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestClassCounts checks the inline decoding against a range loop, on text
// cut and damaged at every byte.
func TestClassCounts(t *testing.T) {
	text := zhSimplified + "，" + zhTraditional + "\U0001F600é"
	var inputs []string
	for i := range len(text) {
		inputs = append(inputs, text[:i], text[i:], text[:i]+"\xff"+text[i:], text[:i]+text[i+1:])
	}
	for _, s := range inputs {
		var want [charTraditional + 1]int
		for _, r := range s {
			if r >= cjkBase && r < cjkEnd {
				want[charClass(charTable(), r)]++
			}
		}
		if got := classCounts(s); got != want {
			t.Errorf("classCounts(%q) = %v, want %v", s, got, want)
		}
	}
}

func BenchmarkScript(b *testing.B) {
	text := strings.Repeat(zhSimplified, 100)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Script(text)
	}
}

func TestParseScriptChars(t *testing.T) {
	if _, err := parseScriptChars(scriptCharsTSV); err != nil {
		t.Fatalf("embedded file: %v", err)
	}
	bad := []string{
		"",
		"wrong\theader\n",
		"simplified\ttraditional\n们\n",
		"simplified\ttraditional\nab\tcd\n",
		"simplified\ttraditional\n们們\t们\n",
	}
	for _, tsv := range bad {
		if _, err := parseScriptChars(tsv); err == nil {
			t.Errorf("parseScriptChars(%q) succeeded", tsv)
		}
	}
}

// FuzzDecode checks that any bytes either fail as not text or decode to
// valid UTF-8 with a known encoding, and that valid UTF-8 comes back as is.
func FuzzDecode(f *testing.F) {
	f.Add([]byte(zhSimplified))
	f.Add(gb18030(f, zhSimplified))
	f.Add(big5(f, zhTraditional))
	f.Add([]byte{0xEF, 0xBB, 0xBF, 'a'})
	f.Add([]byte{0xFF, 0xFE, 'a', 0})
	f.Add([]byte{0x81, 0x30, 0x81})
	f.Fuzz(func(t *testing.T, data []byte) {
		text, enc, _, err := decode(data)
		if err != nil {
			return
		}
		if !utf8.ValidString(text) {
			t.Fatalf("decode(%q) = %q: not valid UTF-8", data, text)
		}
		switch enc {
		case EncodingUTF8, EncodingUTF8BOM, EncodingUTF16, EncodingGB18030, EncodingBig5:
		default:
			t.Fatalf("decode(%q): encoding %q", data, enc)
		}
		if utf8.Valid(data) && enc == EncodingUTF8 && text != string(data) {
			t.Fatalf("valid UTF-8 %q changed to %q", data, text)
		}
	})
}
