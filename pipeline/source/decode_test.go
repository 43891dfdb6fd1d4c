package source

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
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

func TestDecode(t *testing.T) {
	const zh = "成都日报记者黄雪松报道：中韩园已累计引进企业825家。"
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
		warnings []string
	}{
		{"utf-8", []byte(zh), zh, nil},
		{"utf-8 bom", append([]byte{0xEF, 0xBB, 0xBF}, zh...), zh, nil},
		{"gb18030", gb18030(t, zh), zh, []string{"decoded as GB18030"}},
		{"utf-16 bom", utf16, zh, []string{"decoded as UTF-16"}},
		{"damaged utf-8", damaged, "成\uFFFD日报", []string{"invalid UTF-8: 3 bytes replaced with U+FFFD"}},
		{"broken gb18030", append(gb18030(t, zh), 0x81), zh + "\uFFFD", []string{"decoded as GB18030", "1 invalid GB18030 sequences replaced with U+FFFD"}},
		{"binary", []byte("PK\x03\x04\x00\x00"), "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, warnings, err := decode(tt.in)
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
			if strings.Join(warnings, "|") != strings.Join(tt.warnings, "|") {
				t.Errorf("warnings = %q, want %q", warnings, tt.warnings)
			}
		})
	}
}
