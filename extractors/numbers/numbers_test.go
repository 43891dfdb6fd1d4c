package numbers

import (
	"strings"
	"testing"

	"github.com/zhfacts/zhfacts/pipeline"
)

func TestProcess(t *testing.T) {
	st, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text   string
		tokens []pipeline.Token
		taken  [][2]int
		want   string // text=normalized, space separated
	}{
		{"共有三四十人参加", nil, nil, "三四十=30..40"},
		{"排名第三,占三分之一", nil, nil, "第三=ordinal 3 三分之一=0.333333333333 ratio"},
		{"一些人统一行动,万一不行,一带一路", nil, nil, ""},
		{"5G和C919,十四五规划", nil, nil, ""},
		{"投资300万元,建成500亩", nil, [][2]int{{2, 8}}, "500=500"},
		{"大家一致同意", []pipeline.Token{{Start: 0, End: 2, Pos: "n"}, {Start: 2, End: 4, Pos: "a"}, {Start: 4, End: 6, Pos: "v"}}, nil, ""},
		{"三人", []pipeline.Token{{Start: 0, End: 1, Pos: "m"}, {Start: 1, End: 2, Pos: "n"}}, nil, "三=3"},
		{"上千名", nil, nil, "上千=~1000"},
		// Idioms, plan names and model names count nothing.
		{"三心二意,一举两得,五湖四海,一带一路", nil, nil, ""},
		{"十四五规划和十三五", nil, nil, ""},
		{"5G手机,C919飞机,iPhone15", nil, nil, ""},
		{"一半以上", nil, nil, "一半=0.5 ratio"},
	}
	for _, tt := range tests {
		d := &pipeline.Doc{Text: tt.text, Tokens: tt.tokens}
		for _, s := range tt.taken {
			d.AddMention(pipeline.Mention{Type: pipeline.Money, Start: s[0], End: s[1]})
		}
		if err := st.Process(d); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, m := range d.Mentions {
			if m.Type == pipeline.Number {
				if d.Slice(m.Start, m.End) != m.Text || m.Stage != "numbers" {
					t.Errorf("%q: bad mention %+v", tt.text, m)
				}
				got = append(got, m.Text+"="+m.Normalized)
			}
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%q: numbers = %q, want %q", tt.text, strings.Join(got, " "), tt.want)
		}
	}
}
