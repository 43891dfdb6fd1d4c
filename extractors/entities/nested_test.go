package entities

import (
	"fmt"
	"testing"

	"github.com/zhfacts/zhfacts/pipeline"
)

// nestedOut is a nested mention as the tests write it: its type, text,
// entity, the text of its parent and its rule.
type nestedOut struct{ typ, text, entity, parent, rule string }

// nestedRules are the nested stage's rules with examples: a text written as
// word/pos pairs, the top-level mentions in it, and the nested mentions the
// stage adds.
var nestedRules = []struct {
	name     string
	examples []struct {
		text string
		in   []in
		want []nestedOut
	}
}{
	{"nested-org", []struct {
		text string
		in   []in
		want []nestedOut
	}{
		{"中国科学院/nt 成都/ns 生物/n 研究所/n", []in{{pipeline.Org, "中国科学院成都生物研究所"}}, []nestedOut{
			{"ORG", "中国科学院", "中国科学院", "中国科学院成都生物研究所", "nested-org"},
			{"PLACE", "中国", "中国", "中国科学院", "nested-place"},
			{"PLACE", "成都", "四川省成都市", "中国科学院成都生物研究所", "nested-place"},
		}},
		{"与/p ITER/x 总部/n 签署/v", []in{{pipeline.Org, "ITER总部"}}, []nestedOut{
			{"ORG", "ITER", "国际热核聚变实验堆组织", "ITER总部", "nested-org"},
		}},
		// An alias is one body; a brand before a legal form is the company.
		{"全国人大/j 常委会/n", []in{{pipeline.Org, "全国人大常委会"}}, nil},
		{"阿里巴巴/nz 集团/n", []in{{pipeline.Org, "阿里巴巴集团"}}, nil},
		// A quote mark cuts no name out.
		{"“/x 护航/v 联盟/n ”/x 指挥/v 中心/n", []in{{pipeline.Org, "“护航联盟”指挥中心"}}, nil},
	}},
	{"nested-dept", []struct {
		text string
		in   []in
		want []nestedOut
	}{
		{"天府/n 国际/n 技术/n 转移/v 中心/n 国际部/nt", []in{{pipeline.Org, "天府国际技术转移中心国际部"}}, []nestedOut{
			{"ORG", "天府国际技术转移中心", "天府国际技术转移中心", "天府国际技术转移中心国际部", "nested-dept"},
		}},
		{"叙利亚/ns 政府/n 代表团/n", []in{{pipeline.Org, "叙利亚政府代表团"}}, []nestedOut{
			{"ORG", "叙利亚政府", "叙利亚政府", "叙利亚政府代表团", "nested-dept"},
			{"PLACE", "叙利亚", "叙利亚", "叙利亚政府", "nested-place"},
		}},
		// Generic heads are no units.
		{"国家/n 海洋/n 预报/n 中心/n", []in{{pipeline.Org, "国家海洋预报中心"}}, nil},
		{"北京市/ns 医院/n 管理局/n", []in{{pipeline.Org, "北京市医院管理局"}}, []nestedOut{
			{"PLACE", "北京市", "北京市", "北京市医院管理局", "nested-place"},
		}},
	}},
	{"nested-place", []struct {
		text string
		in   []in
		want []nestedOut
	}{
		{"日本/ns 工程院/n 院士/n", []in{{pipeline.Org, "日本工程院"}}, []nestedOut{
			{"PLACE", "日本", "日本", "日本工程院", "nested-place"},
		}},
		{"联合/v 实验室/n 陕西/ns 中心/n", []in{{pipeline.Org, "联合实验室陕西中心"}}, []nestedOut{
			{"PLACE", "陕西", "陕西省", "联合实验室陕西中心", "nested-place"},
		}},
		{"中华人民共和国国务院/nt", []in{{pipeline.Org, "中华人民共和国国务院"}}, []nestedOut{
			{"PLACE", "中华人民共和国", "中国", "中华人民共和国国务院", "nested-place"},
		}},
		// 联邦 is a word of the parliament's name here, no state form.
		{"德国/ns 联邦/n 议院/n", []in{{pipeline.Org, "德国联邦议院"}}, []nestedOut{
			{"PLACE", "德国", "德国", "德国联邦议院", "nested-place"},
		}},
		// A gazetteer place holds no other; a place and its own suffix are one place.
		{"南/f 苏丹/ns", []in{{pipeline.Place, "南苏丹"}}, nil},
		{"德黑兰/ns 市/n", []in{{pipeline.Place, "德黑兰市"}}, nil},
		// A fragment of a transliteration continues a foreign name; a brand
		// after a city does not.
		{"索马里/nr 兰/nr 共和国/ns", []in{{pipeline.Place, "索马里兰共和国"}}, nil},
		{"巴格达/nr 迪/nr", []in{{pipeline.Place, "巴格达迪"}}, nil},
		{"天津/ns 鑫/nr 路桥/n 公司/n", []in{{pipeline.Org, "天津鑫路桥公司"}}, []nestedOut{
			{"PLACE", "天津", "天津市", "天津鑫路桥公司", "nested-place"},
		}},
		// A character before a division's name begins it.
		{"东/ns 阿塞拜疆/ns 省/n", []in{{pipeline.Place, "东阿塞拜疆省"}}, nil},
		{"救援/vn 队/n 兰州/ns 分队/n", []in{{pipeline.Org, "救援队兰州分队"}}, []nestedOut{
			{"PLACE", "兰州", "甘肃省兰州市", "救援队兰州分队", "nested-place"},
		}},
		// China's museum is not Brazil's.
		{"巴西/ns 国家博物馆/nt", []in{{pipeline.Place, "巴西国家博物馆"}}, []nestedOut{
			{"PLACE", "巴西", "巴西", "巴西国家博物馆", "nested-place"},
		}},
		{"中国/ns 国家博物馆/nt", []in{{pipeline.Org, "中国国家博物馆"}}, []nestedOut{
			{"PLACE", "国家博物馆", "国家博物馆", "中国国家博物馆", "nested-place"},
			{"PLACE", "中国", "中国", "中国国家博物馆", "nested-place"},
		}},
		// A county's short form is too weak alone: 桐梓县 is in Guizhou.
		{"桐梓/ns 中学/n", []in{{pipeline.Org, "桐梓中学"}}, nil},
		// A warship's formation names the ship, not its province.
		{"辽宁舰/n 编队/n", []in{{pipeline.Org, "辽宁舰编队"}}, nil},
	}},
	{"nested-landmark", []struct {
		text string
		in   []in
		want []nestedOut
	}{
		{"武侯区/nr 桐梓/ns 林/ng 邻里/n 中心/n", []in{{pipeline.Place, "武侯区"}, {pipeline.Place, "桐梓林邻里中心"}}, []nestedOut{
			{"PLACE", "桐梓林", "桐梓林", "桐梓林邻里中心", "nested-landmark"},
		}},
		{"纽约/ns 机场/n", []in{{pipeline.Place, "纽约机场"}}, []nestedOut{
			{"PLACE", "纽约", "纽约", "纽约机场", "nested-landmark"},
		}},
		{"北京/ns 新/a 机场/n", []in{{pipeline.Place, "北京新机场"}}, []nestedOut{
			{"PLACE", "北京", "北京市", "北京新机场", "nested-place"},
		}},
	}},
}

func TestNestedRules(t *testing.T) {
	n := &Nested{s: newStage(t)}
	for _, r := range nestedRules {
		for _, ex := range r.examples {
			d := docWith(t, ex.text, ex.in)
			if err := n.Process(d); err != nil {
				t.Fatal(err)
			}
			byID := map[int]pipeline.Mention{}
			for _, m := range d.Mentions {
				byID[m.ID] = m
			}
			var got []nestedOut
			for _, m := range d.Mentions {
				if m.Parent == nil {
					continue
				}
				p, ok := byID[*m.Parent]
				if !ok || p.Start > m.Start || m.End > p.End {
					t.Errorf("%s: %q: %s's parent %d does not hold it", r.name, ex.text, m.Text, *m.Parent)
				}
				if m.Text != d.Slice(m.Start, m.End) || m.Stage != NestedName {
					t.Errorf("%s: %q: mention %q at %d–%d, stage %q", r.name, ex.text, m.Text, m.Start, m.End, m.Stage)
				}
				got = append(got, nestedOut{m.Type, m.Text, m.Entity, p.Text, m.Rule})
			}
			if fmt.Sprint(got) != fmt.Sprint(ex.want) {
				t.Errorf("%s: %q\n got %v\nwant %v", r.name, ex.text, got, ex.want)
			}
		}
	}
}

// TestSensesGet checks that the index finds each top-level name it holds,
// the first mention written so, and no other text, whatever its bloom
// filter lets through.
func TestSensesGet(t *testing.T) {
	d := &pipeline.Doc{Mentions: []pipeline.Mention{
		{Type: pipeline.Org, Text: "国务院"},
		{Type: pipeline.Place, Text: "成都", PlaceCode: "510100"},
		{Type: pipeline.Place, Text: "北京"}, // no code nor country: not a sense
		{Type: pipeline.Org, Text: "国务院"},
		{Type: pipeline.Person, Text: "张洁"},
	}}
	s := &senses{d: d, by: map[string]int{}}
	for text, want := range map[string]int{"国务院": 0, "成都": 1, "北京": -1, "张洁": -1, "": -1, "国务": -1, "成都市": -1} {
		i, ok := s.get(text)
		if !ok {
			i = -1
		}
		if i != want {
			t.Errorf("get(%q) = %d, want %d", text, i, want)
		}
	}
	var none *senses
	if _, ok := none.get("国务院"); ok {
		t.Error("a nil index found a name")
	}
}

// TestWordy checks wordy on names with and without marks, ASCII and beyond,
// and on invalid UTF-8, against the range loop it replaced.
func TestWordy(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"中国科学院", true},
		{"ITER总部", true},
		{"中国·北京", false},
		{"新华社“记者", false},
		{"北京（中国）", false},
		{"北京—上海", false},
		{"北京　上海", false},
		{"北京 上海", false},
		{"中国-东盟", false},
		{"中\xe2国", true},
		{"中\xe2\x80\x9c", false},
		{"¥100", true},
		{"", true},
	} {
		if got := wordy(c.s); got != c.want {
			t.Errorf("wordy(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
