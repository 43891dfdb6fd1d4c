package gsetags

import (
	"slices"
	"strings"
	"testing"

	"github.com/zhfacts/zhfacts/dictionaries"
	"github.com/zhfacts/zhfacts/extractors/segment"
	"github.com/zhfacts/zhfacts/pipeline"
)

// mention is the part of a pipeline.Mention these tests pin down.
type mention struct {
	Type, Text string
	Start, End int
	Rule       string
	Confidence float64
}

func mentions(d *pipeline.Doc) []mention {
	var ms []mention
	for _, m := range d.Mentions {
		ms = append(ms, mention{m.Type, m.Text, m.Start, m.End, m.Rule, m.Confidence})
	}
	return ms
}

func newStage(t *testing.T) Stage {
	t.Helper()
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestWithGse runs on what gse really returns; the expectations record the
// baseline's behaviour, mistakes included (武侯区 is tagged nr, 卡达拉奇 is cut
// into two transliterated names).
func TestWithGse(t *testing.T) {
	seg, err := segment.Segmenter()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		in   string
		want []mention
	}{
		{"天府国际技术转移中心国际部部长张洁在成都会见了中国科学院的专家", []mention{
			{pipeline.Org, "国际部", 10, 13, "pos:nt", 0.5},
			{pipeline.Person, "张洁", 15, 17, "pos:nr", 0.5},
			{pipeline.Place, "成都", 18, 20, "pos:ns", 0.5},
			{pipeline.Org, "中国科学院", 23, 28, "pos:nt", 0.5},
		}},
		{"四川省成都市武侯区桐梓林邻里中心", []mention{
			{pipeline.Place, "四川省成都市", 0, 6, "pos:ns+", 0.5},
			{pipeline.Person, "武侯区", 6, 9, "pos:nr", 0.5},
			{pipeline.Place, "桐梓", 9, 11, "pos:ns", 0.5},
		}},
		{"美国总统拜登与中国国家主席习近平在旧金山会晤", []mention{
			{pipeline.Place, "美国", 0, 2, "pos:ns", 0.5},
			{pipeline.Person, "拜登", 4, 6, "pos:nrt", 0.4},
			{pipeline.Place, "中国", 7, 9, "pos:ns", 0.5},
			{pipeline.Person, "习近平", 13, 16, "pos:nrfg", 0.5},
			{pipeline.Place, "旧金山", 17, 20, "pos:ns", 0.5},
		}},
		{"在法国卡达拉奇与ITER总部", []mention{
			{pipeline.Place, "法国", 1, 3, "pos:ns", 0.5},
			{pipeline.Person, "卡达", 3, 5, "pos:nrt", 0.4},
			{pipeline.Person, "拉奇", 5, 7, "pos:nrt", 0.4},
		}},
		{"研究员孙庚告诉记者", nil}, // 孙/zg 庚/nr: one character is too short
	}
	s := newStage(t)
	for _, tt := range tests {
		d := &pipeline.Doc{Text: tt.in}
		if err := segment.New(seg).Process(d); err != nil {
			t.Fatal(err)
		}
		if err := s.Process(d); err != nil {
			t.Fatal(err)
		}
		if got := mentions(d); !slices.Equal(got, tt.want) {
			t.Errorf("%s:\n got %v\nwant %v", tt.in, got, tt.want)
		}
		for _, m := range d.Mentions {
			if m.Stage != "gse-entities" || m.Entity != m.Text {
				t.Errorf("%s: mention %+v: stage %q, entity %q", tt.in, m, m.Stage, m.Entity)
			}
		}
	}
}

func TestProcessTokens(t *testing.T) {
	tok := func(start int, text, pos string) pipeline.Token {
		return pipeline.Token{Start: start, End: start + len([]rune(text)), Text: text, Pos: pos}
	}
	tests := []struct {
		name string
		text string
		toks []pipeline.Token
		want []mention
	}{
		{"no tokens", "成都", nil, nil},
		{"untagged", "会见专家", []pipeline.Token{tok(0, "会见", "v"), tok(2, "专家", "n")}, nil},
		{"three places merge", "四川省成都市武侯区",
			[]pipeline.Token{tok(0, "四川省", "ns"), tok(3, "成都市", "ns"), tok(6, "武侯区", "ns")},
			[]mention{{pipeline.Place, "四川省成都市武侯区", 0, 9, "pos:ns+", 0.5}}},
		{"a gap stops the merge", "四川 成都",
			[]pipeline.Token{tok(0, "四川", "ns"), tok(3, "成都", "ns")},
			[]mention{{pipeline.Place, "四川", 0, 2, "pos:ns", 0.5}, {pipeline.Place, "成都", 3, 5, "pos:ns", 0.5}}},
		{"merged single characters reach min_chars", "福州",
			[]pipeline.Token{tok(0, "福", "ns"), tok(1, "州", "ns")},
			[]mention{{pipeline.Place, "福州", 0, 2, "pos:ns+", 0.5}}},
		{"single character dropped", "福", []pipeline.Token{tok(0, "福", "ns")}, nil},
		{"people do not merge", "张洁李明",
			[]pipeline.Token{tok(0, "张洁", "nr"), tok(2, "李明", "nr")},
			[]mention{{pipeline.Person, "张洁", 0, 2, "pos:nr", 0.5}, {pipeline.Person, "李明", 2, 4, "pos:nr", 0.5}}},
		{"place run stops at another type", "成都中国科学院",
			[]pipeline.Token{tok(0, "成都", "ns"), tok(2, "中国科学院", "nt")},
			[]mention{{pipeline.Place, "成都", 0, 2, "pos:ns", 0.5}, {pipeline.Org, "中国科学院", 2, 7, "pos:nt", 0.5}}},
	}
	s := newStage(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &pipeline.Doc{Text: tt.text, Tokens: tt.toks, Sentences: []pipeline.Sentence{{Start: 0, End: len([]rune(tt.text))}}}
			if err := s.Process(d); err != nil {
				t.Fatal(err)
			}
			if got := mentions(d); !slices.Equal(got, tt.want) {
				t.Errorf("got %v\nwant %v", got, tt.want)
			}
			for i, m := range d.Mentions {
				if m.ID != i || m.Sentence != 0 {
					t.Errorf("mention %d has ID %d, sentence %d", i, m.ID, m.Sentence)
				}
			}
		})
	}
}

func TestParseTags(t *testing.T) {
	const header = "pos\ttype\tmin_chars\tmerge\tconfidence\n"
	tests := []struct {
		name, tsv, err string
	}{
		{"good", header + "nr\tPERSON\t2\tno\t0.5\n", ""},
		{"missing column", "pos\ttype\tmin_chars\tmerge\nnr\tPERSON\t2\tno\n", `no column "confidence"`},
		{"repeated pos", header + "nr\tPERSON\t2\tno\t0.5\nnr\tPERSON\t2\tno\t0.5\n", `t.tsv:3: empty or repeated pos "nr"`},
		{"bad type", header + "nr\tMONEY\t2\tno\t0.5\n", `t.tsv:2: type "MONEY"`},
		{"bad min_chars", header + "nr\tPERSON\t0\tno\t0.5\n", `t.tsv:2: min_chars "0"`},
		{"bad merge", header + "nr\tPERSON\t2\ttrue\t0.5\n", `t.tsv:2: merge "true"`},
		{"bad confidence", header + "nr\tPERSON\t2\tno\t1.5\n", `t.tsv:2: confidence "1.5"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			table, err := dictionaries.ParseTSV("t.tsv", tt.tsv)
			if err != nil {
				t.Fatal(err)
			}
			_, err = parseTags(table)
			switch {
			case tt.err == "" && err != nil:
				t.Errorf("unexpected error %v", err)
			case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)):
				t.Errorf("error %v, want one containing %q", err, tt.err)
			}
		})
	}
}

// TestTagFile checks the shipped table: it parses and maps the person, place
// and organization tags of gse's dictionary.
func TestTagFile(t *testing.T) {
	s := newStage(t)
	for pos, typ := range map[string]string{"nr": pipeline.Person, "nrt": pipeline.Person, "nrfg": pipeline.Person, "ns": pipeline.Place, "nt": pipeline.Org} {
		if got := s.tags[pos].typ; got != typ {
			t.Errorf("tag %s maps to %q, want %q", pos, got, typ)
		}
	}
}

func BenchmarkProcess(b *testing.B) {
	seg, err := segment.Segmenter()
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat("美国总统拜登与中国国家主席习近平在旧金山会晤。四川省成都市武侯区桐梓林邻里中心。\n", 500)
	d := &pipeline.Doc{Text: text}
	if err := segment.New(seg).Process(d); err != nil {
		b.Fatal(err)
	}
	s, err := New()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		d.Mentions = d.Mentions[:0]
		if err := s.Process(d); err != nil {
			b.Fatal(err)
		}
	}
}
