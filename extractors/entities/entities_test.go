package entities

import (
	"fmt"
	"strings"
	"testing"

	"github.com/zhfacts/zhfacts/pipeline"
)

// in is a mention a tagger found: its type and text, located in the example's
// text after the previous one.
type in struct{ typ, text string }

// out is what the stage must make of a mention; an empty code or country
// means none. rule is the last rule the mention records.
type out struct {
	typ, text, entity, code, country, rule string
}

// example is a document with tagged mentions and the mentions expected after
// the stage, in text order.
type example struct {
	text string
	in   []in
	want []out
}

// rules lists every rule of the package with examples; TestRules runs them.
var rules = []struct {
	name     string
	examples []example
}{
	{"retype-place", []example{
		{"在武侯区", []in{{pipeline.Person, "武侯区"}}, []out{{pipeline.Place, "武侯区", "四川省成都市武侯区", "510107", "CN", "place-unique"}}},
		{"萨格勒布大学", []in{{pipeline.Person, "萨格勒布"}}, []out{{pipeline.Place, "萨格勒布", "萨格勒布", "", "HR", "place-foreign"}}},
		{"张洁说", []in{{pipeline.Person, "张洁"}}, []out{{pipeline.Person, "张洁", "张洁", "", "", "pos"}}},
		{"真金白银", []in{{pipeline.Person, "白银"}}, []out{{pipeline.Person, "白银", "白银", "", "", "pos"}}},
	}},
	{"split-admin-chain", []example{
		{"四川省成都市武侯区桐梓林", []in{{pipeline.Place, "四川省成都市武侯区"}}, []out{
			{pipeline.Place, "四川省", "四川省", "510000", "CN", "split-admin-chain"},
			{pipeline.Place, "成都市", "四川省成都市", "510100", "CN", "split-admin-chain"},
			{pipeline.Place, "武侯区", "四川省成都市武侯区", "510107", "CN", "split-admin-chain"},
		}},
		{"北京市朝阳区", []in{{pipeline.Place, "北京市朝阳区"}}, []out{
			{pipeline.Place, "北京市", "北京市", "110000", "CN", "split-admin-chain"},
			{pipeline.Place, "朝阳区", "北京市朝阳区", "110105", "CN", "split-admin-chain"},
		}},
		// Not nested: 成都 is not in 贵州, so the mention stays whole and uncoded.
		{"贵州成都", []in{{pipeline.Place, "贵州成都"}}, []out{{pipeline.Place, "贵州成都", "贵州成都", "", "", "pos"}}},
	}},
	{"place-unique", []example{
		{"成都", []in{{pipeline.Place, "成都"}}, []out{{pipeline.Place, "成都", "四川省成都市", "510100", "CN", "place-unique"}}},
		{"德阳与陕西", []in{{pipeline.Place, "德阳"}, {pipeline.Place, "陕西"}}, []out{
			{pipeline.Place, "德阳", "四川省德阳市", "510600", "CN", "place-unique"},
			{pipeline.Place, "陕西", "陕西省", "610000", "CN", "place-unique"},
		}},
	}},
	{"place-country", []example{
		{"新西兰和克罗地亚", []in{{pipeline.Place, "新西兰"}, {pipeline.Place, "克罗地亚"}}, []out{
			{pipeline.Place, "新西兰", "新西兰", "", "NZ", "place-country"},
			{pipeline.Place, "克罗地亚", "克罗地亚", "", "HR", "place-country"},
		}},
	}},
	{"place-foreign", []example{
		{"法国卡达拉奇", []in{{pipeline.Place, "卡达拉奇"}}, []out{{pipeline.Place, "卡达拉奇", "卡达拉奇", "", "FR", "place-foreign"}}},
	}},
	{"place-context", []example{
		{"北京朝阳区", []in{{pipeline.Place, "北京"}, {pipeline.Place, "朝阳区"}}, []out{
			{pipeline.Place, "北京", "北京市", "110000", "CN", "place-unique"},
			{pipeline.Place, "朝阳区", "北京市朝阳区", "110105", "CN", "place-context"},
		}},
		{"长春朝阳区", []in{{pipeline.Place, "长春"}, {pipeline.Place, "朝阳区"}}, []out{
			{pipeline.Place, "长春", "吉林省长春市", "220100", "CN", "place-unique"},
			{pipeline.Place, "朝阳区", "吉林省长春市朝阳区", "220104", "CN", "place-context"},
		}},
	}},
	{"place-context (county short forms)", []example{
		{"成都双流", []in{{pipeline.Place, "成都"}, {pipeline.Place, "双流"}}, []out{
			{pipeline.Place, "成都", "四川省成都市", "510100", "CN", "place-unique"},
			{pipeline.Place, "双流", "四川省成都市双流区", "510116", "CN", "place-context"},
		}},
		{"桐梓", []in{{pipeline.Place, "桐梓"}}, []out{{pipeline.Place, "桐梓", "桐梓", "", "", "pos"}}},
		// The county's full name needs no context.
		{"桐梓县", []in{{pipeline.Place, "桐梓县"}}, []out{{pipeline.Place, "桐梓县", "贵州省遵义市桐梓县", "520322", "CN", "place-unique"}}},
	}},
	{"place-level", []example{
		{"吉林", []in{{pipeline.Place, "吉林"}}, []out{{pipeline.Place, "吉林", "吉林省", "220000", "CN", "place-level"}}},
		// Two districts of the same level: no code without context.
		{"朝阳区", []in{{pipeline.Place, "朝阳区"}}, []out{{pipeline.Place, "朝阳区", "朝阳区", "", "", "pos"}}},
	}},
	{"org-alias", []example{
		{"中科院和ITER", []in{{pipeline.Org, "中科院"}, {pipeline.Org, "ITER"}}, []out{
			{pipeline.Org, "中科院", "中国科学院", "", "", "org-alias"},
			{pipeline.Org, "ITER", "国际热核聚变实验堆组织", "", "", "org-alias"},
		}},
	}},
	{"dept-alias", []example{
		{"成都市科技局", []in{{pipeline.Org, "成都市科技局"}}, []out{{pipeline.Org, "成都市科技局", "成都市科学技术局", "", "", "dept-alias"}}},
		{"四川省科技厅", []in{{pipeline.Org, "四川省科技厅"}}, []out{{pipeline.Org, "四川省科技厅", "四川省科学技术厅", "", "", "dept-alias"}}},
	}},
	{"relative-dept", []example{
		{"成都。市科技局称", []in{{pipeline.Place, "成都"}, {pipeline.Org, "市科技局"}}, []out{
			{pipeline.Place, "成都", "四川省成都市", "510100", "CN", "place-unique"},
			{pipeline.Org, "市科技局", "成都市科学技术局", "", "", "relative-dept"},
		}},
		{"四川成都。省科技厅", []in{{pipeline.Place, "四川"}, {pipeline.Place, "成都"}, {pipeline.Org, "省科技厅"}}, []out{
			{pipeline.Place, "四川", "四川省", "510000", "CN", "place-unique"},
			{pipeline.Place, "成都", "四川省成都市", "510100", "CN", "place-unique"},
			{pipeline.Org, "省科技厅", "四川省科学技术厅", "", "", "relative-dept"},
		}},
		{"上海。市科技局", []in{{pipeline.Place, "上海"}, {pipeline.Org, "市科技局"}}, []out{
			{pipeline.Place, "上海", "上海市", "310000", "CN", "place-unique"},
			{pipeline.Org, "市科技局", "上海市科学技术局", "", "", "relative-dept"},
		}},
		// No city in the document: the relative name stays as written.
		{"市科技局", []in{{pipeline.Org, "市科技局"}}, []out{{pipeline.Org, "市科技局", "市科技局", "", "", "pos"}}},
	}},
	{"coref-suffix", []example{
		{"中国科学院成都生物研究所。成都生物研究所", []in{{pipeline.Org, "中国科学院成都生物研究所"}, {pipeline.Org, "成都生物研究所"}}, []out{
			{pipeline.Org, "中国科学院成都生物研究所", "中国科学院成都生物研究所", "", "", "pos"},
			{pipeline.Org, "成都生物研究所", "中国科学院成都生物研究所", "", "", "coref-suffix"},
		}},
	}},
	{"coref-abbrev", []example{
		{"中韩创新创业园。中韩园", []in{{pipeline.Org, "中韩创新创业园"}, {pipeline.Org, "中韩园"}}, []out{
			{pipeline.Org, "中韩创新创业园", "中韩创新创业园", "", "", "pos"},
			{pipeline.Org, "中韩园", "中韩创新创业园", "", "", "coref-abbrev"},
		}},
		// Two candidates fit 中园: no antecedent.
		{"中韩创新创业园。中日产业园。中园", []in{{pipeline.Org, "中韩创新创业园"}, {pipeline.Org, "中日产业园"}, {pipeline.Org, "中园"}}, []out{
			{pipeline.Org, "中韩创新创业园", "中韩创新创业园", "", "", "pos"},
			{pipeline.Org, "中日产业园", "中日产业园", "", "", "pos"},
			{pipeline.Org, "中园", "中园", "", "", "pos"},
		}},
	}},
	{"coref-title", []example{
		{"研究员孙庚说。孙研究员", []in{{pipeline.Person, "孙庚"}, {pipeline.Person, "孙研究员"}}, []out{
			{pipeline.Person, "孙庚", "孙庚", "", "", "pos"},
			{pipeline.Person, "孙研究员", "孙庚", "", "", "coref-title"},
		}},
	}},
}

func newStage(t testing.TB) *Stage {
	t.Helper()
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// docWith builds a document whose mentions were found by a tagger with rule "pos".
func docWith(t *testing.T, text string, ms []in) *pipeline.Doc {
	t.Helper()
	d := &pipeline.Doc{Text: text, Sentences: []pipeline.Sentence{{Start: 0, End: len([]rune(text))}}}
	from := 0
	for _, m := range ms {
		i := strings.Index(text[from:], m.text)
		if i < 0 {
			t.Fatalf("%q: no %q after byte %d", text, m.text, from)
		}
		start := d.RuneOffset(from + i)
		d.AddMention(pipeline.Mention{Type: m.typ, Start: start, End: start + len([]rune(m.text)), Entity: m.text, Stage: "tagger", Rule: "pos", Confidence: 0.5})
		from += i + len(m.text)
	}
	return d
}

func lastRule(rule string) string {
	if i := strings.LastIndex(rule, "|"); i >= 0 {
		return rule[i+1:]
	}
	return rule
}

func TestRules(t *testing.T) {
	s := newStage(t)
	for _, r := range rules {
		for _, ex := range r.examples {
			d := docWith(t, ex.text, ex.in)
			if err := s.Process(d); err != nil {
				t.Fatal(err)
			}
			pipeline.SortMentions(d.Mentions)
			var got []out
			for _, m := range d.Mentions {
				got = append(got, out{m.Type, m.Text, m.Entity, m.PlaceCode, m.Country, lastRule(m.Rule)})
				if m.Text != d.Slice(m.Start, m.End) {
					t.Errorf("%s: %q: mention text %q is not its span %q", r.name, ex.text, m.Text, d.Slice(m.Start, m.End))
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(ex.want) {
				t.Errorf("%s: %q\n got %v\nwant %v", r.name, ex.text, got, ex.want)
			}
		}
	}
}

// TestSplitKeepsProvenance checks that a split chain's parts are new
// mentions of this stage that keep the confidence of the mention they replace.
func TestSplitKeepsProvenance(t *testing.T) {
	d := docWith(t, "四川省成都市", []in{{pipeline.Place, "四川省成都市"}})
	if err := newStage(t).Process(d); err != nil {
		t.Fatal(err)
	}
	if len(d.Mentions) != 2 {
		t.Fatalf("got %d mentions, want 2", len(d.Mentions))
	}
	for _, m := range d.Mentions {
		if m.Stage != Name || m.Confidence != 0.5 || m.ID == 0 || m.Sentence != 0 {
			t.Errorf("part %+v: want stage %q, confidence 0.5, a new ID, sentence 0", m, Name)
		}
	}
}

func FuzzProcess(f *testing.F) {
	for _, seed := range []string{"四川省成都市武侯区", "市科技局", "中韩园", "孙研究员", "吉林", "", "\xff成都"} {
		f.Add(seed, 0, 3)
	}
	s := newStage(f)
	f.Fuzz(func(t *testing.T, text string, start, length int) {
		d := &pipeline.Doc{Text: text}
		n := d.CharCount()
		if n == 0 || length <= 0 {
			return
		}
		start = ((start % n) + n) % n
		end := start + 1 + length%(n-start)
		for _, typ := range []string{pipeline.Place, pipeline.Org, pipeline.Person} {
			d.AddMention(pipeline.Mention{Type: typ, Start: start, End: end})
		}
		if err := s.Process(d); err != nil {
			t.Fatal(err)
		}
		for _, m := range d.Mentions {
			if m.Start < start || m.End > end || m.Start >= m.End || m.Text != d.Slice(m.Start, m.End) || m.Entity == "" {
				t.Fatalf("mention %+v outside [%d,%d) or without text/entity", m, start, end)
			}
		}
	})
}
