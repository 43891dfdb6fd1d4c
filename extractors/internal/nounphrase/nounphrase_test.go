package nounphrase

import (
	"testing"

	"github.com/zhfacts/zhfacts/pipeline"
)

// words builds tokens from word/POS pairs laid end to end from offset 0.
func words(pairs ...string) []pipeline.Token {
	var toks []pipeline.Token
	at := 0
	for i := 0; i+1 < len(pairs); i += 2 {
		n := len([]rune(pairs[i]))
		toks = append(toks, pipeline.Token{Text: pairs[i], Start: at, End: at + n, Pos: pairs[i+1]})
		at += n
	}
	return toks
}

func TestAfter(t *testing.T) {
	for _, c := range []struct {
		name string
		toks []pipeline.Token
		at   int
		head string
		open bool
	}{
		{"last common noun", words("8家", "m", "离岸", "b", "创新", "vn", "创业", "vn", "基地", "n", "。", "x"), 2, "基地", false},
		{"a name is no head", words("4家", "m", "成都", "ns", "科技", "n", "企业", "n"), 2, "企业", false},
		{"verb and noun after", words("3家", "m", "企业", "n", "参加", "v", "会议", "n"), 2, "企业", true},
		{"no noun", words("3家", "m", "参加", "v", "会议", "n"), 2, "", false},
		{"not at a word start", words("3家", "m", "企业", "n"), 1, "", false},
		{"an adjective opens it", words("16家", "m", "新", "a", "动能", "n", "项目", "n"), 3, "项目", false},
		{"a rank inside it", words("47个", "m", "世界", "n", "500", "x", "强", "a", "企业", "n"), 3, "企业", false},
		{"an adjective after a noun ends it", words("一个", "m", "下雪天", "n", "小", "a", "动物", "n"), 2, "下雪天", false},
		{"an adjective of two characters ends it", words("51种", "m", "用药", "n", "平均", "a", "降价", "n"), 3, "用药", false},
	} {
		head, open := After(c.toks, c.at)
		if head != c.head || open != c.open {
			t.Errorf("%s: After = %q, %v; want %q, %v", c.name, head, open, c.head, c.open)
		}
	}
}

func TestBefore(t *testing.T) {
	toks := words("引进", "v", "企业", "n", "825家", "m")
	if got := Before(toks, 4); got != "企业" {
		t.Errorf("Before(企业|825家) = %q, want 企业", got)
	}
	if got := Before(toks, 2); got != "" {
		t.Errorf("Before after a verb = %q, want none", got)
	}
}
