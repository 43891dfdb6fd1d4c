package ner

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/extractors/cleanup"
	"github.com/zhfacts/zhfacts/extractors/segment"
	"github.com/zhfacts/zhfacts/extractors/sentence"
	"github.com/zhfacts/zhfacts/pipeline"
)

// run passes text through cleanup, sentence, segment and the ner stage of
// the given style.
func run(tb testing.TB, style, text string) *pipeline.Doc {
	tb.Helper()
	dict, err := segment.Dictionary()
	if err != nil {
		tb.Fatal(err)
	}
	s, err := New(Options{Style: style})
	if err != nil {
		tb.Fatal(err)
	}
	d := &pipeline.Doc{Text: text}
	pipeline.New(cleanup.Stage{}, sentence.Stage{}, segment.New(dict), s).Process(d)
	if len(d.Errors) > 0 {
		tb.Fatalf("errors: %v", d.Errors)
	}
	return d
}

func has(d *pipeline.Doc, typ, text string) bool {
	for _, m := range d.Mentions {
		if m.Type == typ && m.Text == text {
			return true
		}
	}
	return false
}

// TestSeedSentences asserts entities of the seed article that both models
// find, and names that must not come out as persons. (Both models still read
// 部长张洁来说 as the person 张洁来; see README.md.)
func TestSeedSentences(t *testing.T) {
	tests := []struct {
		text    string
		want    [][2]string // type, text
		notWant [][2]string
	}{
		{"不止于此，除了孙庚所在的联合实验室，四川省自然资源科学研究院与新西兰皇家植物与食品研究院，2018年还共同打造了成都另外一个国家“一带一路”联合实验室。",
			[][2]string{{pipeline.Person, "孙庚"}, {pipeline.Org, "四川省自然资源科学研究院"}, {pipeline.Org, "新西兰皇家植物与食品研究院"}, {pipeline.Place, "成都"}},
			nil},
		{"2023年11月，兴隆湖畔的一次技术需求发布会，让张洁和团队敏锐地察觉到，土耳其在新能源等领域存在巨大市场需求。",
			[][2]string{{pipeline.Person, "张洁"}, {pipeline.Place, "土耳其"}},
			[][2]string{{pipeline.Person, "张"}}},
		{"中国科学院成都生物研究所研究员孙庚介绍，成都是一座开放的城市。",
			[][2]string{{pipeline.Person, "孙庚"}, {pipeline.Place, "成都"}},
			[][2]string{{pipeline.Person, "成都"}}},
	}
	for _, style := range Styles {
		for _, tt := range tests {
			d := run(t, style, tt.text)
			for _, w := range tt.want {
				if !has(d, w[0], w[1]) {
					t.Errorf("%s: %s: no %s %s in %v", style, tt.text, w[0], w[1], d.Mentions)
				}
			}
			for _, w := range tt.notWant {
				if has(d, w[0], w[1]) {
					t.Errorf("%s: %s: unexpected %s %s", style, tt.text, w[0], w[1])
				}
			}
			for _, m := range d.Mentions {
				if m.Stage != "ner" || m.Rule != "perceptron:"+style || m.Entity != m.Text || m.Confidence <= 0 || m.Confidence >= 1 {
					t.Errorf("%s: mention %+v", style, m)
				}
			}
		}
	}
}

func TestNewStyles(t *testing.T) {
	for _, style := range []string{"", "msra", "pku"} {
		s, err := New(Options{Style: style})
		if err != nil {
			t.Fatalf("New(%q): %v", style, err)
		}
		want := style
		if want == "" {
			want = "msra"
		}
		if s.model.Style != want || s.Name() != "ner" {
			t.Errorf("New(%q) has style %q", style, s.model.Style)
		}
	}
	if _, err := New(Options{Style: "ctb"}); err == nil || !strings.Contains(err.Error(), "ctb") {
		t.Errorf("New(ctb) error = %v", err)
	}
}

// TestProcessWithoutTokens checks the fallback to character features when
// the segment stage did not run, and to lines when no sentences were split.
func TestProcessWithoutTokens(t *testing.T) {
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := &pipeline.Doc{Text: "记者黄雪松报道\n国务院总理李鹏在北京会见了美国客人"}
	if err := s.Process(d); err != nil {
		t.Fatal(err)
	}
	if !has(d, pipeline.Place, "北京") || !has(d, pipeline.Person, "李鹏") {
		t.Errorf("mentions %v", d.Mentions)
	}
	checkMentions(t, d)
}

// checkMentions asserts that every mention slices to its text and lies
// within one sentence (one line when there are none).
func checkMentions(t *testing.T, d *pipeline.Doc) {
	t.Helper()
	n := d.CharCount()
	for _, m := range d.Mentions {
		if m.Start < 0 || m.End > n || m.Start >= m.End {
			t.Fatalf("mention %+v outside text of %d characters", m, n)
		}
		if got := d.Slice(m.Start, m.End); got != m.Text {
			t.Fatalf("mention %+v slices to %q", m, got)
		}
		if strings.Contains(m.Text, "\n") {
			t.Fatalf("mention %+v crosses a line", m)
		}
		if len(d.Sentences) > 0 {
			i := d.SentenceAt(m.Start)
			if i < 0 || m.Sentence != i || m.End > d.Sentences[i].End {
				t.Fatalf("mention %+v not within sentence %d", m, i)
			}
		}
	}
}

func FuzzProcess(f *testing.F) {
	for _, s := range []string{
		"",
		"张洁在成都会见了中国科学院的专家。",
		"中国—新西兰猕猴桃“一带一路”联合实验室\n\n记者 黄雪松",
		"ＩＴＥＲ组织总干事巴拉巴斯奇说：“很好！”",
		"a\x00b\r\n张\u200b洁\xff",
	} {
		f.Add(s)
	}
	dict, err := segment.Dictionary()
	if err != nil {
		f.Fatal(err)
	}
	st, err := New(Options{})
	if err != nil {
		f.Fatal(err)
	}
	p := pipeline.New(cleanup.Stage{}, sentence.Stage{}, segment.New(dict), st)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			text = strings.ToValidUTF8(text, "?")
		}
		d := &pipeline.Doc{Text: text}
		p.Process(d)
		for _, e := range d.Errors {
			if e.Stage == "ner" {
				t.Fatalf("ner error: %v", e)
			}
		}
		checkMentions(t, d)
		// The stage alone, on lines and without tokens, must hold up too.
		d2 := &pipeline.Doc{Text: d.Text}
		if err := st.Process(d2); err != nil {
			t.Fatal(err)
		}
		checkMentions(t, d2)
	})
}
