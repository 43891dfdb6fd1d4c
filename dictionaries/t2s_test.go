package dictionaries

import (
	"strings"
	"testing"
)

func TestT2S(t *testing.T) {
	f, err := LoadT2S()
	if err != nil {
		t.Fatal(err)
	}
	if f.Len() < 4000 {
		t.Errorf("only %d characters folded", f.Len())
	}
	for from, to := range map[rune]rune{'臺': '台', '東': '东', '乾': '干', '於': '于', '中': '中', 'A': 'A'} {
		if got := f.Rune(from); got != to {
			t.Errorf("Rune(%q) = %q, want %q", from, got, to)
		}
	}
	for _, body := range []string{"東\t东东\n", "東\t东\n東\t东\n", "東京\t东京\n"} {
		tab, err := ParseTSV("t.tsv", "traditional\tsimplified\n"+body)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := ParseT2S(tab); err == nil || !strings.Contains(err.Error(), "t.tsv:") {
			t.Errorf("%q: error %v, want one naming the line", body, err)
		}
	}
}
