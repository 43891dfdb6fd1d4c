package quantity

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/zhfacts/zhfacts/extractors/internal/testtext"
	"github.com/zhfacts/zhfacts/extractors/money"
	"github.com/zhfacts/zhfacts/pipeline"
)

func near(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b)) }

func matcher(t testing.TB) *Matcher {
	t.Helper()
	m, err := NewMatcher()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestRuleExamples walks every rule's examples.
func TestRuleExamples(t *testing.T) {
	m := matcher(t)
	for _, r := range rules {
		for _, ex := range r.examples {
			got := m.Find(ex.text)
			if ex.want == "" {
				if len(got) != 0 {
					t.Errorf("%s: Find(%q) = %+v, want nothing", r.name, ex.text, got)
				}
				continue
			}
			if len(got) != 1 {
				t.Errorf("%s: Find(%q) = %+v, want one item %q", r.name, ex.text, got, ex.want)
				continue
			}
			it := got[0]
			if it.Text != ex.want || it.Type != ex.typ || !near(it.Value, ex.value) || it.Unit != ex.unit || it.Qualifier != ex.qualifier || it.Rule != r.name {
				t.Errorf("%s: Find(%q) = %q %s %v %s %s by %s; want %q %s %v %s %s", r.name, ex.text, it.Text, it.Type, it.Value, it.Unit, it.Qualifier, it.Rule, ex.want, ex.typ, ex.value, ex.unit, ex.qualifier)
			}
			if ex.text[it.Start:it.End] != it.Text {
				t.Errorf("%s: Find(%q): offsets %d..%d do not match %q", r.name, ex.text, it.Start, it.End, it.Text)
			}
		}
	}
}

func TestSeedArticle(t *testing.T) {
	st, err := New()
	if err != nil {
		t.Fatal(err)
	}
	d := testtext.Seed(t)
	if err := st.Process(d); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range d.Mentions {
		if d.Slice(m.Start, m.End) != m.Text {
			t.Errorf("mention %+v: offsets wrong", m)
		}
		got = append(got, m.Text+"="+m.Normalized)
	}
	want := []string{
		"7000公里=7000 km", "4家=4 家", "一个=1 个", "50余家=>50 家", "5家=5 家", "一次=1 次", "7000公里=7000 km", "40余项=>40 项",
		"一个=1 个", "两颗=2 颗", "一座=1 座", "一个=1 个", "一个=1 个", "20人次以上=>20 人次",
		"500余亩=>500 mu", "2000亩=2000 mu", "一个=1 个", "8家=8 家", "825家=825 家", "109家=109 家",
		"1家=1 家", "17个=17 个",
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("seed quantities =\n%v\nwant\n%v", got, want)
	}
}

func TestSkipsTakenSpans(t *testing.T) {
	st, err := New()
	if err != nil {
		t.Fatal(err)
	}
	d := &pipeline.Doc{Text: "投资300万元,建成500亩。"}
	d.AddMention(pipeline.Mention{Type: pipeline.Money, Start: 2, End: 7})
	if err := st.Process(d); err != nil {
		t.Fatal(err)
	}
	if len(d.Mentions) != 2 || d.Mentions[1].Text != "500亩" || *d.Mentions[1].Value != 500 || d.Mentions[1].ValueMin == nil {
		t.Errorf("mentions = %+v", d.Mentions)
	}
}

func FuzzFind(f *testing.F) {
	for _, r := range rules {
		for _, ex := range r.examples {
			f.Add(ex.text)
		}
	}
	m := matcher(f)
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, it := range m.Find(s) {
			if it.Start < last || it.End <= it.Start || it.End > len(s) || s[it.Start:it.End] != it.Text || it.Min > it.Max || it.Unit == "" {
				t.Fatalf("Find(%q): bad item %+v after %d", s, it, last)
			}
			last = it.End
		}
	})
}

// BenchmarkStages runs money and quantity together, as the pipeline does, on
// about 2 MB of the shared corpus (the seed article when it is absent).
func BenchmarkStages(b *testing.B) {
	st, err := New()
	if err != nil {
		b.Fatal(err)
	}
	ms, err := money.New()
	if err != nil {
		b.Fatal(err)
	}
	texts := testtext.Corpus(b, 2e6)
	n := 0
	docs := make([]*pipeline.Doc, len(texts))
	for i, t := range texts {
		n += len(t)
		// The code point index is built once per document for all stages;
		// build it here so the benchmark measures these stages alone.
		docs[i] = &pipeline.Doc{Text: t}
		docs[i].CharCount()
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, d := range docs {
			d.Mentions = d.Mentions[:0]
			if err := ms.Process(d); err != nil {
				b.Fatal(err)
			}
			if err := st.Process(d); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func TestComparison(t *testing.T) {
	m := matcher(t)
	for _, tt := range []struct{ text, rule string }{
		{"同比增长12.5%", "percent:sign|yoy"},
		{"环比下降了约3个百分点", "percent:points|mom"},
		{"同比增长8%,占全省30%", "percent:sign"}, // the second share: another clause
		{"同比增长12%,环比增长3%", "percent:sign|mom"},
		{"占比30%", "percent:sign"},
		{"同比增长约73%—77%", "range|yoy"},
		// The comparison before a list of shares is said of every share.
		{"同比分别增长20.5%、21.3%", "percent:sign|yoy"},
		{"同比增长209%和42.5%", "percent:sign|yoy"},
		{"环比分别下降13.4%、4.7%、4.5%", "percent:sign|mom"},
		{"同比增长5%，占比30%", "percent:sign"},
		{"同比增长8%、占比30%", "percent:sign"},
	} {
		items := m.Find(tt.text)
		if len(items) == 0 || items[len(items)-1].Rule != tt.rule {
			t.Errorf("Find(%q) = %+v, want the last rule %q", tt.text, items, tt.rule)
		}
	}
}

// tok is a gse token of text at code point start.
func tok(text string, start int, pos string) pipeline.Token {
	return pipeline.Token{Start: start, End: start + len([]rune(text)), Text: text, Pos: pos}
}

func TestCountedNoun(t *testing.T) {
	st, err := New()
	if err != nil {
		t.Fatal(err)
	}
	// Tokens as gse tags these sentences.
	tests := []struct {
		text   string
		tokens []pipeline.Token
		want   string
	}{
		{"共有825家企业参加", []pipeline.Token{tok("共有", 0, "v"), tok("825", 2, "x"), tok("家", 5, "zg"), tok("企业", 6, "n"), tok("参加", 8, "v")}, "825 家 企业"},
		{"引进企业825家,", []pipeline.Token{tok("引进", 0, "v"), tok("企业", 2, "n"), tok("825", 4, "x"), tok("家", 7, "zg"), tok(",", 8, "x")}, "825 家 企业"},
		{"员工近300名", []pipeline.Token{tok("员工", 0, "n"), tok("近", 2, "a"), tok("300", 3, "x"), tok("名", 6, "q")}, "<300 名 员工"},
		{"北京8家", []pipeline.Token{tok("北京", 0, "ns"), tok("8", 2, "x"), tok("家", 3, "zg")}, "8 家"},
		{"增至825家", nil, "825 家"},
		// The head of the noun phrase, past a place name and modifiers.
		{"带队4家成都科技企业前往", []pipeline.Token{tok("带队", 0, "n"), tok("4", 2, "x"), tok("家", 3, "zg"), tok("成都", 4, "ns"), tok("科技", 6, "n"), tok("企业", 8, "n"), tok("前往", 10, "v")}, "4 家 企业"},
		{"建设10个碳通量观测站", []pipeline.Token{tok("建设", 0, "vn"), tok("10", 2, "x"), tok("个", 4, "q"), tok("碳", 5, "n"), tok("通量", 6, "n"), tok("观测站", 8, "n")}, "10 个 观测站"},
		// A phrase without a common noun we can head follows: not the noun
		// before the count, which counts something else.
		{"国家50多家广播播出机构", []pipeline.Token{tok("国家", 0, "n"), tok("50", 2, "x"), tok("多家", 4, "m"), tok("广播", 6, "vn"), tok("播出", 8, "v"), tok("机构", 10, "n")}, ">50 家"},
		// A verb between nouns: inside the phrase or the predicate? Say nothing.
		{"建立8家离岸创新创业基地", []pipeline.Token{tok("建立", 0, "v"), tok("8", 2, "x"), tok("家", 3, "zg"), tok("离岸", 4, "n"), tok("创新", 6, "v"), tok("创业", 8, "n"), tok("基地", 10, "n")}, "8 家"},
		// A counter for people counts only a noun for people.
		{"七名同学参军入伍", []pipeline.Token{tok("七名", 0, "m"), tok("同学", 2, "n"), tok("参军入伍", 4, "n")}, "7 名"},
		{"3名消防员受伤", []pipeline.Token{tok("3", 0, "x"), tok("名", 1, "q"), tok("消防员", 2, "n"), tok("受伤", 5, "v")}, "3 名 消防员"},
		// Words for the whole, a phrase before 的, people of a thing counted.
		{"21个省份全部开工", []pipeline.Token{tok("21", 0, "x"), tok("个", 2, "q"), tok("省份", 3, "n"), tok("全部", 5, "n"), tok("开工", 7, "v")}, "21 个 省份"},
		{"全市20余处待建地块", []pipeline.Token{tok("全市", 0, "n"), tok("20", 2, "x"), tok("余处", 4, "m"), tok("待建", 6, "v"), tok("地块", 8, "n")}, ">20 处"},
		{"1200余次特色鲜明的读书班", []pipeline.Token{tok("1200", 0, "x"), tok("余次", 4, "m"), tok("特色", 6, "n"), tok("鲜明", 8, "a"), tok("的", 10, "uj"), tok("读书班", 11, "n")}, ">1200 次"},
		{"8家企业负责人谈了情况", []pipeline.Token{tok("8", 0, "x"), tok("家", 1, "zg"), tok("企业", 2, "n"), tok("负责人", 4, "n"), tok("谈", 7, "v")}, "8 家 企业"},
		{"由一名法官牵头完成的", []pipeline.Token{tok("由", 0, "p"), tok("一名", 1, "m"), tok("法官", 3, "n"), tok("牵头", 5, "v"), tok("完成", 7, "v"), tok("的", 9, "uj")}, "1 名 法官"},
		{"五类重点人群", []pipeline.Token{tok("五类", 0, "m"), tok("重点", 2, "n"), tok("人群", 4, "n")}, "5 类 人群"},
		{"移送司法机关1885人", []pipeline.Token{tok("移送", 0, "v"), tok("司法机关", 2, "n"), tok("1885", 6, "x"), tok("人", 10, "n")}, "1885 人"},
		{"抓获犯罪嫌疑人39人", []pipeline.Token{tok("抓获", 0, "v"), tok("犯罪", 2, "vn"), tok("嫌疑人", 4, "n"), tok("39", 7, "x"), tok("人", 9, "n")}, "39 人 嫌疑人"},
		// Adjectives and a rank inside the phrase, not the noun before the count.
		{"47个世界500强企业", []pipeline.Token{tok("47", 0, "x"), tok("个", 2, "q"), tok("世界", 3, "n"), tok("500", 5, "x"), tok("强", 8, "a"), tok("企业", 9, "n")}, "47 个 企业"},
		{"招商引资16家新动能项目", []pipeline.Token{tok("招商引资", 0, "n"), tok("16", 4, "x"), tok("家", 6, "zg"), tok("新", 7, "a"), tok("动能", 8, "n"), tok("项目", 10, "n")}, "16 家 项目"},
		{"一个下雪天小动物们", []pipeline.Token{tok("一个", 0, "m"), tok("下雪天", 2, "n"), tok("小", 5, "a"), tok("动物", 6, "n"), tok("们", 8, "zg")}, "1 个 下雪天"},
		{"一场高水准的演出", []pipeline.Token{tok("一场", 0, "m"), tok("高", 2, "a"), tok("水准", 3, "n"), tok("的", 5, "uj"), tok("演出", 6, "vn")}, "1 场"},
		// What a counter of one kind of thing can count (counter_nouns.tsv).
		{"签下8台机组订单", []pipeline.Token{tok("签下", 0, "v"), tok("8", 2, "x"), tok("台", 3, "zg"), tok("机组", 4, "n"), tok("订单", 6, "n")}, "8 台 机组"},
		{"两台盾构机", []pipeline.Token{tok("两台", 0, "m"), tok("盾构", 2, "n"), tok("机", 4, "n")}, "2 台 盾构机"},
		{"枪击案数量超过20起", []pipeline.Token{tok("枪击案", 0, "n"), tok("数量", 3, "n"), tok("超过", 5, "v"), tok("20", 7, "x"), tok("起", 9, "v")}, ">20 起 枪击案"},
		{"两起林火过火面积", []pipeline.Token{tok("两起", 0, "m"), tok("林火", 2, "nr"), tok("过火", 4, "n"), tok("面积", 6, "n")}, "2 起 林火"},
		{"迈阿密一家联邦法院出庭应诉", []pipeline.Token{tok("迈阿密", 0, "nrt"), tok("一家", 3, "m"), tok("联邦", 5, "n"), tok("法院", 7, "n"), tok("出庭", 9, "n"), tok("应诉", 11, "v")}, "1 家 法院"},
		{"遍布在广州市区近1700家的", []pipeline.Token{tok("遍布", 0, "v"), tok("在", 2, "p"), tok("广州市区", 3, "ns"), tok("近", 7, "a"), tok("1700", 8, "x"), tok("家", 12, "zg"), tok("的", 13, "uj")}, "<1700 家"},
		{"有两辆过桥的汽车", []pipeline.Token{tok("有", 0, "v"), tok("两辆", 1, "m"), tok("过桥", 3, "n"), tok("的", 5, "uj"), tok("汽车", 6, "n")}, "2 辆"},
		{"17部门启动专项行动", []pipeline.Token{tok("17", 0, "x"), tok("部门", 2, "n"), tok("启动", 4, "vn"), tok("专项", 6, "n"), tok("行动", 8, "vn")}, "17 部门"},
		// A verbal noun that heads the phrase; a time word that does not.
		{"四项农业文化遗产", []pipeline.Token{tok("四项", 0, "m"), tok("农业", 2, "n"), tok("文化", 4, "n"), tok("遗产", 6, "vn")}, "4 项 遗产"},
		{"拍摄到251次雪豹影像", []pipeline.Token{tok("拍摄", 0, "v"), tok("到", 2, "v"), tok("251", 3, "x"), tok("次", 6, "q"), tok("雪豹", 7, "nz"), tok("影像", 9, "vn")}, "251 次 影像"},
		{"赠送一双布鞋时，", []pipeline.Token{tok("赠送", 0, "v"), tok("一双", 2, "m"), tok("布鞋", 4, "n"), tok("时", 6, "n"), tok("，", 7, "x")}, "1 双 布鞋"},
		// A noun that describes the one after it; a noun of an amount before the count.
		{"发表两场历史性演讲", []pipeline.Token{tok("发表", 0, "v"), tok("两场", 2, "m"), tok("历史性", 4, "n"), tok("演讲", 7, "vn")}, "2 场 演讲"},
		{"找一个标志性比较明显的地方", []pipeline.Token{tok("找", 0, "v"), tok("一个", 1, "m"), tok("标志性", 3, "n"), tok("比较", 6, "d"), tok("明显", 8, "a"), tok("的", 10, "uj"), tok("地方", 11, "n")}, "1 个"},
		{"包括27名男性", []pipeline.Token{tok("包括", 0, "v"), tok("27", 2, "x"), tok("名", 4, "q"), tok("男性", 5, "n")}, "27 名 男性"},
		{"总书记三次考察光谷", []pipeline.Token{tok("总书记", 0, "n"), tok("三次", 3, "m"), tok("考察", 5, "v"), tok("光谷", 7, "ns")}, "3 次"},
		{"一个普通的夜晚", []pipeline.Token{tok("一个", 0, "m"), tok("普通", 2, "n"), tok("的", 4, "uj"), tok("夜晚", 5, "t")}, "1 个"},
		{"极氪销量10620辆，", []pipeline.Token{tok("极", 0, "d"), tok("氪", 1, "n"), tok("销量", 2, "n"), tok("10620", 4, "x"), tok("辆", 9, "q"), tok("，", 10, "x")}, "10620 辆"},
		{"列席295人。", []pipeline.Token{tok("列席", 0, "n"), tok("295", 2, "x"), tok("人", 5, "n"), tok("。", 6, "x")}, "295 人"},
		{"出席2948人，缺席26人。", []pipeline.Token{tok("出席", 0, "v"), tok("2948", 2, "x"), tok("人", 6, "n"), tok("，", 7, "x"), tok("缺席", 8, "n"), tok("26", 10, "x"), tok("人", 12, "n"), tok("。", 13, "x")}, "2948 人"},
		// A series of modifiers before 的; a list of nouns ending in 等 and its kind.
		{"一种来源丰富、绿色低碳的能源", []pipeline.Token{tok("一种", 0, "m"), tok("来源", 2, "n"), tok("丰富", 4, "a"), tok("、", 6, "x"), tok("绿色", 7, "n"), tok("低", 9, "a"), tok("碳", 10, "n"), tok("的", 11, "uj"), tok("能源", 12, "n")}, "1 种"},
		{"一条高质量、可持续的道路", []pipeline.Token{tok("一条", 0, "m"), tok("高质量", 2, "n"), tok("、", 5, "x"), tok("可", 6, "v"), tok("持续", 7, "vd"), tok("的", 9, "uj"), tok("道路", 10, "n")}, "1 条"},
		{"走出一条质量更高、效益更好的道路", []pipeline.Token{tok("走出", 0, "v"), tok("一条", 2, "m"), tok("质量", 4, "n"), tok("更", 6, "d"), tok("高", 7, "a"), tok("、", 8, "x"), tok("效益", 9, "n"), tok("更好", 11, "d"), tok("的", 13, "uj"), tok("道路", 14, "n")}, "1 条"},
		{"两种资源、两个市场的信心", []pipeline.Token{tok("两种", 0, "m"), tok("资源", 2, "n"), tok("、", 4, "x"), tok("两个", 5, "m"), tok("市场", 7, "n"), tok("的", 9, "uj"), tok("信心", 10, "n")}, "2 种 资源"},
		// A verb or an idiom gse tags n is no noun counted (counter_nouns.tsv verb):
		// the noun before it is, or none.
		{"吸引了150家企业落户，", []pipeline.Token{tok("吸引", 0, "v"), tok("了", 2, "ul"), tok("150", 3, "x"), tok("家", 6, "zg"), tok("企业", 7, "n"), tok("落户", 9, "n"), tok("，", 11, "x")}, "150 家 企业"},
		{"每天超过2部电影产生", []pipeline.Token{tok("每天", 0, "r"), tok("超过", 2, "v"), tok("2", 4, "x"), tok("部", 5, "n"), tok("电影", 6, "n"), tok("产生", 8, "n")}, ">2 部 电影"},
		{"剩下的3000多户力争在年底前", []pipeline.Token{tok("剩下", 0, "v"), tok("的", 2, "uj"), tok("3000", 3, "x"), tok("多户", 7, "m"), tok("力争", 9, "nz"), tok("在", 11, "p"), tok("年底", 12, "t"), tok("前", 14, "f")}, ">3000 户"},
		{"2200多户村民断电，", []pipeline.Token{tok("2200", 0, "x"), tok("多户", 4, "m"), tok("村民", 6, "n"), tok("断电", 8, "n"), tok("，", 10, "x")}, ">2200 户 村民"},
		{"两个职位名列最热门", []pipeline.Token{tok("两个", 0, "m"), tok("职位", 2, "n"), tok("名列", 4, "n"), tok("最", 6, "d"), tok("热门", 7, "n")}, "2 个 职位"},
		{"举行了一个原汁原味的婚礼", []pipeline.Token{tok("举行", 0, "v"), tok("了", 2, "ul"), tok("一个", 3, "m"), tok("原汁原味", 5, "n"), tok("的", 9, "uj"), tok("婚礼", 10, "n")}, "1 个"},
		// A noun of one character after an abbreviation, an ending gse split off.
		{"一个融冻期下来", []pipeline.Token{tok("一个", 0, "m"), tok("融冻", 2, "vn"), tok("期", 4, "n"), tok("下来", 5, "t")}, "1 个 融冻期"},
		{"一架美军机", []pipeline.Token{tok("一架", 0, "m"), tok("美军", 2, "j"), tok("机", 4, "n")}, "1 架 美军机"},
		{"造成3名以色列人死亡", []pipeline.Token{tok("造成", 0, "v"), tok("3", 2, "x"), tok("名", 3, "q"), tok("以色列", 4, "ns"), tok("人", 7, "n"), tok("死亡", 8, "v")}, "3 名 以色列人"},
		{"包括两名中国人", []pipeline.Token{tok("包括", 0, "v"), tok("两名", 2, "m"), tok("中国", 4, "ns"), tok("人", 6, "n")}, "2 名 中国人"},
		{"灾区39个重灾县GDP", []pipeline.Token{tok("灾区", 0, "n"), tok("39", 2, "x"), tok("个", 4, "q"), tok("重灾", 5, "n"), tok("县", 7, "zg"), tok("GDP", 8, "x")}, "39 个 重灾县"},
		{"设计师四个赛项，", []pipeline.Token{tok("设计师", 0, "n"), tok("四个", 3, "m"), tok("赛", 5, "nz"), tok("项", 6, "zg"), tok("，", 7, "x")}, "4 个 赛项"},
		// A head gse tags other than a common noun, at the phrase's end: a noun
		// tagged nt, a verbal head tagged v, a verb and an ending split off.
		{"60万个村级卫生室的", []pipeline.Token{tok("60", 0, "x"), tok("万个", 2, "m"), tok("村级", 4, "n"), tok("卫生室", 6, "nt"), tok("的", 9, "uj")}, "600000 个 卫生室"},
		{"合并两场双边演习，", []pipeline.Token{tok("合并", 0, "v"), tok("两场", 2, "m"), tok("双边", 4, "n"), tok("演习", 6, "v"), tok("，", 8, "x")}, "2 场 演习"},
		{"30多个反对派组织27号", []pipeline.Token{tok("30", 0, "x"), tok("多个", 2, "m"), tok("反对派", 4, "n"), tok("组织", 7, "v"), tok("27", 9, "x"), tok("号", 11, "m")}, ">30 个 组织"},
		{"3个国家组织了演习", []pipeline.Token{tok("3", 0, "x"), tok("个", 1, "q"), tok("国家", 2, "n"), tok("组织", 4, "v"), tok("了", 6, "ul"), tok("演习", 7, "v")}, "3 个 国家"},
		{"13位部长走到采访区，", []pipeline.Token{tok("13", 0, "x"), tok("位", 2, "q"), tok("部长", 3, "n"), tok("走到", 5, "v"), tok("采访", 7, "v"), tok("区", 9, "n"), tok("，", 10, "x")}, "13 位 部长"},
		{"设立6个政府集中安置点。", []pipeline.Token{tok("设立", 0, "v"), tok("6", 2, "x"), tok("个", 3, "q"), tok("政府", 4, "n"), tok("集中", 6, "v"), tok("安置", 8, "v"), tok("点", 10, "m"), tok("。", 11, "x")}, "6 个 安置点"},
		{"1000多个机电、陶瓷等产品集装箱", []pipeline.Token{tok("1000", 0, "x"), tok("多个", 4, "m"), tok("机电", 6, "n"), tok("、", 8, "x"), tok("陶瓷", 9, "n"), tok("等", 11, "u"), tok("产品", 12, "n"), tok("集装箱", 14, "n")}, ">1000 个 集装箱"},
		// The head past a word that breaks the phrase: a time word, an adjective of
		// two characters, a conjunction after a distinguishing word; not past a time
		// word that opens a predicate, nor to a noun the phrase does not end at.
		{"组织一场装甲步兵夜间实弹演练。", []pipeline.Token{tok("组织", 0, "v"), tok("一场", 2, "m"), tok("装甲", 4, "b"), tok("步兵", 6, "n"), tok("夜间", 8, "t"), tok("实弹", 10, "n"), tok("演练", 12, "vn"), tok("。", 14, "x")}, "1 场 演练"},
		{"收治了一名胆管癌晚期患者。", []pipeline.Token{tok("收治", 0, "v"), tok("了", 2, "ul"), tok("一名", 3, "m"), tok("胆管癌", 5, "n"), tok("晚期", 8, "t"), tok("患者", 10, "n"), tok("。", 12, "x")}, "1 名 患者"},
		{"培育了25个优质高效水稻品种。", []pipeline.Token{tok("培育", 0, "vn"), tok("了", 2, "ul"), tok("25", 3, "x"), tok("个", 5, "q"), tok("优质", 6, "n"), tok("高效", 8, "a"), tok("水稻", 10, "n"), tok("品种", 12, "n"), tok("。", 14, "x")}, "25 个 品种"},
		{"打造22条工业新兴及优势产业链，", []pipeline.Token{tok("打造", 0, "v"), tok("22", 2, "x"), tok("条", 4, "n"), tok("工业", 5, "n"), tok("新兴", 7, "b"), tok("及", 9, "c"), tok("优势", 10, "n"), tok("产业链", 12, "n"), tok("，", 15, "x")}, "22 条 产业链"},
		{"有3名伤员正在医院接受治疗。", []pipeline.Token{tok("有", 0, "v"), tok("3", 1, "x"), tok("名", 2, "q"), tok("伤员", 3, "n"), tok("正在", 5, "t"), tok("医院", 7, "n"), tok("接受", 9, "v"), tok("治疗", 11, "vn"), tok("。", 13, "x")}, "3 名 伤员"},
		{"九个省份正在收尾。", []pipeline.Token{tok("九个", 0, "m"), tok("省份", 2, "n"), tok("正在", 4, "t"), tok("收尾", 6, "n"), tok("。", 8, "x")}, "9 个 省份"},
		{"130个村社不同程度受灾。", []pipeline.Token{tok("130", 0, "x"), tok("个", 3, "q"), tok("村社", 4, "n"), tok("不同", 6, "a"), tok("程度", 8, "n"), tok("受灾", 10, "v"), tok("。", 12, "x")}, "130 个 村社"},
		// A name gse tags nrt opens a phrase headless to us: not the noun before.
		{"加沙地带约400个哈马斯目标", []pipeline.Token{tok("加沙", 0, "ns"), tok("地带", 2, "n"), tok("约", 4, "d"), tok("400", 5, "x"), tok("个", 8, "q"), tok("哈马斯", 9, "nrt"), tok("目标", 12, "n")}, "~400 个"},
		{"建立了73个幼教点或", []pipeline.Token{tok("建立", 0, "v"), tok("了", 2, "ul"), tok("73", 3, "x"), tok("个", 5, "q"), tok("幼教", 6, "n"), tok("点", 8, "m"), tok("或", 9, "c")}, "73 个 幼教点"},
		// An ending alone after the count is the noun; a set phrase for people heads
		// a count of people.
		{"定点联系一个村、一个", []pipeline.Token{tok("定点", 0, "n"), tok("联系", 2, "n"), tok("一个", 4, "m"), tok("村", 6, "zg"), tok("、", 7, "x"), tok("一个", 8, "m")}, "1 个 村"},
		{"一名越南海军高级官员称，", []pipeline.Token{tok("一名", 0, "m"), tok("越南", 2, "ns"), tok("海军", 4, "n"), tok("高级官员", 6, "l"), tok("称", 10, "v"), tok("，", 11, "x")}, "1 名 高级官员"},
	}
	for _, tt := range tests {
		d := &pipeline.Doc{Text: tt.text, Tokens: tt.tokens}
		if err := st.Process(d); err != nil {
			t.Fatal(err)
		}
		// A list of counts (两种资源、两个市场) holds more than one, as does a roll
		// call (出席…缺席…); the first is tested, the last must name no noun.
		if len(d.Mentions) == 0 || len(d.Mentions) > 1 && !strings.ContainsAny(tt.text, "、，") || d.Mentions[0].Normalized != tt.want ||
			len(d.Mentions) > 1 && strings.Contains(tt.text, "缺席") && len(strings.Fields(d.Mentions[1].Normalized)) != 2 || d.Mentions[0].Unit == "" || strings.Contains(d.Mentions[0].Text, "企业") {
			t.Errorf("%q: mentions = %+v, want normalized %q", tt.text, d.Mentions, tt.want)
		}
	}
}

// TestIdiomCounts: a count that opens an idiom token, or whose numeral
// starts inside a gse word, counts nothing; the same count before a noun
// token does.
func TestIdiomCounts(t *testing.T) {
	st, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text   string
		tokens []pipeline.Token
		want   int
	}{
		{"一条龙服务", []pipeline.Token{tok("一条龙", 0, "i"), tok("服务", 3, "vn")}, 0},
		{"一条河流", []pipeline.Token{tok("一条", 0, "m"), tok("河流", 2, "n")}, 1},
		{"三条龙", []pipeline.Token{tok("三", 0, "m"), tok("条", 1, "q"), tok("龙", 2, "n")}, 1},
		// A numeral inside a gse word counts nothing (逐一 then 对账; a new
		// round; a rank), unless only a word like 这 opens the word.
		{"逐一对账销号", []pipeline.Token{tok("逐一", 0, "d"), tok("对账", 2, "v"), tok("销号", 4, "n")}, 0},
		{"开展新一轮实验", []pipeline.Token{tok("开展", 0, "v"), tok("新一轮", 2, "nz"), tok("实验", 5, "vn")}, 0},
		{"双方亲如一家", []pipeline.Token{tok("双方", 0, "n"), tok("亲如一家", 2, "i")}, 0},
		{"这三家企业均来自中国", []pipeline.Token{tok("这三家", 0, "l"), tok("企业", 3, "n"), tok("均", 5, "d"), tok("来自", 6, "v"), tok("中国", 8, "ns")}, 1},
		{"乘客中三人死亡", []pipeline.Token{tok("乘客", 0, "n"), tok("中三", 2, "m"), tok("人", 4, "n"), tok("死亡", 5, "v")}, 1},
		// Idioms and names of numeral_stopwords.tsv gse splits: together, one
		// by one, time after time, MI5.
		{"心往一块想、劲往一处使", []pipeline.Token{tok("心", 0, "n"), tok("往", 1, "zg"), tok("一块", 2, "m"), tok("想", 4, "v"), tok("、", 5, "x"), tok("劲", 6, "n"), tok("往", 7, "zg"), tok("一处", 8, "m"), tok("使", 10, "v")}, 0},
		{"逐一对标对表", []pipeline.Token{tok("逐", 0, "d"), tok("一对", 1, "m"), tok("标", 3, "n"), tok("对", 4, "p"), tok("表", 5, "zg")}, 0},
		{"绳子一次又一次被冲走", []pipeline.Token{tok("绳子", 0, "n"), tok("一次", 2, "m"), tok("又", 4, "d"), tok("一次", 5, "m"), tok("被", 7, "p"), tok("冲走", 8, "v")}, 0},
		{"英国军情五处表示", []pipeline.Token{tok("英国", 0, "ns"), tok("军情", 2, "n"), tok("五处", 4, "m"), tok("表示", 6, "v")}, 0},
		{"九江港一口岸三港区", []pipeline.Token{tok("九江", 0, "ns"), tok("港", 2, "j"), tok("一口", 3, "m"), tok("岸", 5, "n"), tok("三", 6, "m"), tok("港区", 7, "n")}, 0},
		// 上, 下, 前 before 一: the one before or after, but on a noun, a count.
		{"上一次国事访问", []pipeline.Token{tok("上", 0, "f"), tok("一次", 1, "m"), tok("国事访问", 3, "n")}, 0},
		{"宣布了下一轮东扩计划", []pipeline.Token{tok("宣布", 0, "v"), tok("了", 2, "ul"), tok("下", 3, "f"), tok("一轮", 4, "m"), tok("东", 6, "ns"), tok("扩", 7, "v"), tok("计划", 8, "n")}, 0},
		{"习近平种下一棵树", []pipeline.Token{tok("习近平", 0, "nr"), tok("种", 3, "v"), tok("下", 4, "f"), tok("一棵", 5, "m"), tok("树", 7, "n")}, 1},
		{"因在前一轮刺激过程中", []pipeline.Token{tok("因", 0, "p"), tok("在", 1, "p"), tok("前", 2, "f"), tok("一轮", 3, "m"), tok("刺激", 5, "v"), tok("过程", 7, "n"), tok("中", 9, "f")}, 0},
		{"韩国历史上一个时代的终结", []pipeline.Token{tok("韩国", 0, "ns"), tok("历史", 2, "n"), tok("上", 4, "f"), tok("一个", 5, "m"), tok("时代", 7, "n"), tok("的", 9, "uj"), tok("终结", 10, "v")}, 1},
		// A grade or class is no count (counter_nouns.tsv grade): 一 or 二 before a
		// noun, a numeral in a list after a grade or an ordinal; 三类 before a noun
		// and 一类 before a verb count.
		{"国家一类口岸洋浦", []pipeline.Token{tok("国家", 0, "n"), tok("一类", 2, "m"), tok("口岸", 4, "s"), tok("洋浦", 6, "ns")}, 0},
		{"达到国家二类水质标准", []pipeline.Token{tok("达到", 0, "v"), tok("国家", 2, "n"), tok("二类", 4, "m"), tok("水质标准", 6, "n")}, 0},
		{"归入二类、三类和四类会议", []pipeline.Token{tok("归入", 0, "v"), tok("二类", 2, "m"), tok("、", 4, "x"), tok("三类", 5, "m"), tok("和", 7, "c"), tok("四类", 8, "m"), tok("会议", 10, "n")}, 0},
		{"其中第一至四类罪犯", []pipeline.Token{tok("其中", 0, "r"), tok("第一", 2, "m"), tok("至", 4, "p"), tok("四类", 5, "m"), tok("罪犯", 7, "n")}, 0},
		{"一类、二类资源区", []pipeline.Token{tok("一类", 0, "m"), tok("、", 2, "x"), tok("二类", 3, "m"), tok("资源", 5, "n"), tok("区", 7, "n")}, 0},
		{"覆盖三类餐厅", []pipeline.Token{tok("覆盖", 0, "v"), tok("三类", 2, "m"), tok("餐厅", 4, "n")}, 1},
		{"一类是企业", []pipeline.Token{tok("一类", 0, "m"), tok("是", 2, "v"), tok("企业", 3, "n")}, 1},
		{"解决一类问题", []pipeline.Token{tok("解决", 0, "v"), tok("一类", 2, "m"), tok("问题", 4, "n")}, 1},
		// A qualifier gse glued to the word before leaves the count whole.
		{"企业界约50名代表出席", []pipeline.Token{tok("企业", 0, "n"), tok("界约", 2, "n"), tok("50", 4, "x"), tok("名", 6, "q"), tok("代表", 7, "n"), tok("出席", 9, "v")}, 1},
	}
	for _, tt := range tests {
		d := &pipeline.Doc{Text: tt.text, Tokens: tt.tokens}
		if err := st.Process(d); err != nil {
			t.Fatal(err)
		}
		if len(d.Mentions) != tt.want {
			t.Errorf("%q: mentions = %+v, want %d", tt.text, d.Mentions, tt.want)
		}
	}
}

// TestNotQuantities: years, dates, phone numbers, codes, model and plan names
// and idioms hold numerals but no money, quantity or percentage.
func TestNotQuantities(t *testing.T) {
	st, err := New()
	if err != nil {
		t.Fatal(err)
	}
	ms, err := money.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"2023年", "2023年6月4日", "2023-06-04", "拨打138-1234-5678", "电话010-12345678", "热线400-800-8888",
		"按照GB/T 2260标准", "GB/T2260", "行政区划代码510107", "通过ISO 9001认证", "ISO9001",
		"5G网络", "C919飞机", "iPhone 15发布", "iPhone15", "长征五号火箭", "中国环流三号",
		"十四五规划", "一带一路", "三心二意", "一举两得", "五湖四海",
		// Set phrases: the One-China principle, "a part of", an uproar.
		"坚持一个中国原则", "不可分割的一部分", "国内一片哗然", "一步一个脚印",
		// A session in a series (ordinal_after.tsv).
		"十八届五中全会", "十二届全国人大代表", "第十二届全运会",
		// A class of students; a phase of a project.
		"2025届高校毕业生", "二期工程开工", "火电项目一期投产",
	} {
		d := &pipeline.Doc{Text: text}
		if err := ms.Process(d); err != nil {
			t.Fatal(err)
		}
		if err := st.Process(d); err != nil {
			t.Fatal(err)
		}
		for _, m := range d.Mentions {
			t.Errorf("%q: unexpected %s %q", text, m.Type, m.Text)
		}
	}
}

// TestMeasureChange: a word of measure_changes.tsv before a temperature makes
// it the size of a change, Δ°C; a word of level nearer the number keeps it a
// temperature.
func TestMeasureChange(t *testing.T) {
	m := matcher(t)
	for _, c := range []struct {
		text, want string
		value      float64
		unit, rule string
	}{
		{"今天气温骤降15度左右，", "15度左右", 15, "Δ°C", "number+unit|change"},
		{"安徽宁国气温下降8℃左右，", "8℃左右", 8, "Δ°C", "number+unit|change"},
		{"比工业化之前水平升高1.5℃。", "1.5℃", 1.5, "Δ°C", "number+unit|change"},
		{"局部降温14度。", "14度", 14, "Δ°C", "number+unit|change"},
		{"降温幅度达到16度，", "16度", 16, "Δ°C", "number+unit|change"},
		{"降温幅度高达17度，", "17度", 17, "Δ°C", "number+unit|change"},
		{"降温幅度最高达到16℃，", "16℃", 16, "Δ°C", "number+unit|change"},
		{"预计降温幅度普遍有6—10℃，", "6—10℃", 6, "Δ°C", "number+unit|change"},
		{"气温比前一天下降了12到18摄氏度。", "12到18摄氏度", 12, "Δ°C", "number+unit|change"},
		{"比常年历史同期低14到19摄氏度，", "14到19摄氏度", 14, "Δ°C", "number+unit|change"},
		{"昼夜温差达20度。", "20度", 20, "Δ°C", "number+unit|change"},
		{"有4—8℃降温，", "4—8℃", 4, "Δ°C", "number+unit|change"},
		{"将有6到10度的降温。", "6到10度", 6, "Δ°C", "number+unit|change"},
		// A level reached after the change word, or a word of level, stays a temperature.
		{"最低气温下降至9度。", "9度", 9, "°C", "number+unit"},
		{"从零下23摄氏度回升到零下14度。", "零下14度", -14, "°C", "number+unit"},
		{"气温降到了零下10摄氏度，", "零下10摄氏度", -10, "°C", "number+unit"},
		{"体温一般都高达39至40℃，", "39至40℃", 39, "°C", "number+unit"},
		{"降温8℃至10℃，", "8℃至10℃", 8, "Δ°C", "range|change"},
		{"最低气温低于0℃，", "0℃", 0, "°C", "number+unit"},
		{"最低气温跌破零度，", "零度", 0, "°C", "number+unit"},
		{"局部地区最低零下20度", "零下20度", -20, "°C", "number+unit"},
	} {
		// The item read is the one of want's text, not the first: 回升到 is
		// tested on 零下14度, after 零下23摄氏度.
		got := m.Find(c.text)
		k := slices.IndexFunc(got, func(it Item) bool { return it.Text == c.want })
		if k < 0 {
			t.Errorf("Find(%q) = %+v, want %q", c.text, got, c.want)
			continue
		}
		if it := got[k]; !near(it.Value, c.value) || it.Unit != c.unit || it.Rule != c.rule {
			t.Errorf("Find(%q) = %q %v %s by %s, want %q %v %s by %s", c.text, it.Text, it.Value, it.Unit, it.Rule, c.want, c.value, c.unit, c.rule)
		}
	}
}

// TestBareUnit: a bare 度 stands for °C after a sign, after a noun of
// measure and a link, and before such a noun; a numeral followed by no bare
// unit is no temperature, whatever measure comes before or after it.
func TestBareUnit(t *testing.T) {
	m := matcher(t)
	for _, c := range []struct{ text, want string }{
		{"零下20度", "零下20度"},
		{"最高气温将达38度，", "38度"},
		{"35度的高温", "35度"},
		{"遭遇40度高温，", "40度"},
		{"最高气温将达38。", ""},
		{"35的高温", ""},
	} {
		got := m.Find(c.text)
		if c.want == "" {
			if len(got) != 0 {
				t.Errorf("Find(%q) = %+v, want none", c.text, got)
			}
			continue
		}
		if len(got) != 1 || got[0].Text != c.want || got[0].Unit != "°C" {
			t.Errorf("Find(%q) = %+v, want %q in °C", c.text, got, c.want)
		}
	}
}
