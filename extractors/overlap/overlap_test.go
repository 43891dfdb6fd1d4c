package overlap_test

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/zhfacts/zhfacts/extractors"
	"github.com/zhfacts/zhfacts/extractors/overlap"
	"github.com/zhfacts/zhfacts/pipeline"
)

// example is a sentence from the news corpus in which a name and a number
// mention overlap before the stage runs: name and number are their texts.
// After it, keep lists mentions (TYPE:text) that must be there and gone
// ones that must not.
type example struct {
	text, name, number string
	nameWins           bool
	keep, gone         []string
}

// examples holds each rule's sentences.
var examples = map[string][]example{
	"overlap-title": {
		{"此外据英国《星期日泰晤士报》4号报道", "英国《星期日泰晤士报》", "星期日", true, []string{"ORG:英国《星期日泰晤士报》"}, []string{"DATE:星期日"}},
		{"晚间特别节目《新春五洲行--前沿》将带您走进", "新春五洲行", "新春", true, nil, []string{"DATE:新春"}},
	},
	"overlap-currency": {
		{"一袋十张饼，卖45叙利亚镑，约合人民币六角", "叙利亚", "45叙利亚镑", false, []string{"MONEY:45叙利亚镑"}, []string{"PLACE:叙利亚"}},
	},
	"overlap-holiday": {
		{"今天是第七个“中国农民丰收节”。", "中国", "中国农民丰收节", false, []string{"DATE:中国农民丰收节"}, []string{"PLACE:中国"}},
		{"2018年中国品牌日活动5月10日在上海开幕", "中国", "2018年中国品牌日", false, []string{"DATE:2018年中国品牌日"}, []string{"PLACE:中国"}},
		// The name of a time zone a date holds after a bound word.
		{"截至北京时间今天16时，加拿大森林大火过火面积已经达到8万平方公里", "北京", "截至北京时间今天16时", false, []string{"DATE:截至北京时间今天16时"}, []string{"PLACE:北京"}},
		{"俄方自莫斯科当地时间7月20日零时起停止执行协议", "莫斯科", "自莫斯科当地时间7月20日零时起", false, []string{"DATE:自莫斯科当地时间7月20日零时起"}, []string{"PLACE:莫斯科"}},
	},
	"overlap-known": {
		{"北约75年的历史是不断扩张的历史。", "北约", "约75年", true, []string{"ORG:北约", "DURATION:75年"}, []string{"DURATION:约75年"}},
		{"同时批评日本首相安倍晋三对韩政策有失公允。", "安倍晋三", "三对", true, []string{"PERSON:安倍晋三"}, []string{"QUANTITY:三对"}},
		{"韩国、美国和日本周二（29日）在朝鲜半岛附近举行导弹预警演习。", "日本", "本周二", true, []string{"PLACE:日本", "DATE:周二"}, []string{"DATE:本周二"}},
		{"游泳爱好者在河南三门峡横渡黄河。", "三门峡", "三门", true, []string{"PLACE:三门峡"}, []string{"QUANTITY:三门"}},
	},
	"overlap-name-word": {
		{"今年72岁的二月河，已经是连续第五次参加党代会。", "二月河", "二月", true, nil, []string{"DATE:二月"}},
		{"惠两年1000万元签下周杰伦为品牌代言人", "周杰伦", "下周", true, []string{"PERSON:周杰伦"}, []string{"DATE:下周"}},
	},
	"overlap-numeral": {
		{"8月7日澳通社发了通稿；同日，澳几家大报都作了报道。", "日澳通社", "8月7日", false, []string{"DATE:8月7日", "ORG:澳通社"}, []string{"ORG:日澳通社"}},
		{"中国红十字会确定8类21支红十字救援队", "支红十字救援队", "21支", false, []string{"QUANTITY:21支", "ORG:红十字救援队"}, []string{"ORG:支红十字救援队"}},
		{"据美国媒体报道，3月1日美军印太司令部向国会递交预算报告", "日美军印太司令部", "3月1日", false, []string{"DATE:3月1日", "ORG:美军印太司令部"}, nil},
		{"以色列国防军10日称，自10月7日本轮巴以冲突爆发以来", "日本", "10月7日", false, []string{"DATE:10月7日"}, []string{"PLACE:日本"}},
	},
	"overlap-word": {
		{"此次反恐演习是一场多国海军演习的一部分。", "多国海军", "一场多", true, []string{"QUANTITY:一场"}, []string{"QUANTITY:一场多"}},
		{"测设备就像8位登上月球的科学家", "月球", "上月", true, []string{"PLACE:月球"}, []string{"DATE:上月"}},
	},
	"overlap-inside": {
		{"随同国务院工作组于8号凌晨一同抵达厦门的公安部", "凌晨", "8号凌晨", false, []string{"DATE:8号凌晨"}, []string{"PERSON:凌晨"}},
		{"俞正声还会见了芬兰议会未来委员会主席利波宁", "芬兰议会未来委员会", "未来", true, []string{"ORG:芬兰议会未来委员会"}, []string{"DATE:未来"}},
	},
	"overlap-split": {
		{"美国两名民主党议员被逐出田纳西州议会。由共和党掌控的美国田纳西州众议院6日以投票方式决定驱逐他们。", "美国两名民主党", "两名", false, []string{"PLACE:美国", "QUANTITY:两名", "ORG:民主党"}, []string{"ORG:美国两名民主党"}},
		{"受台风影响，香港今天学校停课，港股全天休市。香港天文台发出警告。", "香港今天学校", "今天", false, []string{"PLACE:香港", "DATE:今天"}, []string{"ORG:香港今天学校", "ORG:学校"}},
	},
	"overlap-list": {
		{"瑞典跨国和平与未来研究基金会创始人扬·奥贝里指出", "未来研究基金会", "未来", true, []string{"ORG:未来研究基金会"}, []string{"DATE:未来"}},
		{"英模挂像里多了林俊德和张超两位同志。", "张超", "超两位", true, []string{"PERSON:张超", "QUANTITY:两位"}, nil},
	},
	"overlap-given-name": {
		{"首批航天员邓清明虽然3次与飞天任务失之交臂", "邓清明", "清明", true, []string{"PERSON:邓清明"}, []string{"DATE:清明"}},
	},
	"overlap-era": {
		{"希望21世纪理事会继续为增进中国与世界的相互了解作出贡献。", "21世纪理事会", "21世纪", true, []string{"ORG:21世纪理事会"}, []string{"DATE:21世纪"}},
	},
	"overlap-adverbial": {
		{"安倍领导的自民党就会在7月国会参议院选举中赢得更多的选票", "7月国会参议院", "7月", false, []string{"DATE:7月", "ORG:国会参议院"}, []string{"ORG:7月国会参议院"}},
	},
	"overlap-unit-name": {
		{"张家界出入境边防检查站执勤二队队长卓星说", "出入境边防检查站执勤二队", "二队", true, nil, []string{"QUANTITY:二队"}},
		{"航天科技集团运载火箭研究院十八所所长朱成林说", "航天科技集团运载火箭研究院十八所", "十八所", true, []string{"ORG:航天科技集团运载火箭研究院十八所"}, []string{"QUANTITY:十八所"}},
	},
	"overlap-place-name": {
		{"在湖南浏阳市三口镇的花城村，每户农家墙上都挂着", "三口镇", "三口", true, []string{"PLACE:三口镇"}, []string{"QUANTITY:三口"}},
		{"希来到石林彝族自治县五棵树村、腾冲市坝派自然村", "五棵树村", "五棵", true, []string{"PLACE:五棵树村"}, []string{"QUANTITY:五棵"}},
	},
	"overlap-counted": {
		{"此次降雨已经造成北京市63处主要道路积水", "北京市63处", "63处", false, []string{"QUANTITY:63处"}, []string{"ORG:北京市63处"}},
		{"石棉瓦房顶垮塌。54部消防车展开灭火。", "54部", "54部", false, []string{"QUANTITY:54部"}, []string{"ORG:54部"}},
		{"中国华电集团下设162家电厂只完成了不到一半。", "162家电厂", "162家", false, []string{"QUANTITY:162家", "ORG:电厂"}, []string{"ORG:162家电厂"}},
	},
	"overlap-tagger": {
		{"射程约为240公里，射高约为47公里。", "高约", "约为47公里", false, []string{"QUANTITY:约为47公里"}, []string{"PERSON:高约"}},
	},
}

var (
	once     sync.Once
	before   *pipeline.Pipeline // every stage up to overlap
	stage    *overlap.Stage
	setupErr error
)

func setup(t *testing.T) {
	t.Helper()
	once.Do(func() {
		var p *pipeline.Pipeline
		if p, setupErr = extractors.Default(); setupErr != nil {
			return
		}
		for _, s := range p.Stages() {
			if o, ok := s.(*overlap.Stage); ok {
				stage = o
			}
		}
		before, setupErr = p.Without("overlap", "facts", "nested")
	})
	if setupErr != nil {
		t.Fatal(setupErr)
	}
}

func doc(text string) *pipeline.Doc {
	at := time.Date(2013, 6, 10, 9, 0, 0, 0, time.UTC)
	return &pipeline.Doc{ID: "t", Text: text, Meta: pipeline.Meta{PublishedAt: &at}}
}

func has(d *pipeline.Doc, want string) bool {
	return slices.ContainsFunc(d.Mentions, func(m pipeline.Mention) bool { return m.Type+":"+m.Text == want })
}

func list(d *pipeline.Doc) string {
	var b strings.Builder
	for _, m := range d.Mentions {
		fmt.Fprintf(&b, " %s:%s[%s]", m.Type, m.Text, m.Rule)
	}
	return b.String()
}

func TestRuleExamples(t *testing.T) {
	setup(t)
	for rule, exs := range examples {
		for _, ex := range exs {
			d := doc(ex.text)
			before.Process(d)
			var e, n *pipeline.Mention
			for i := range d.Mentions {
				switch m := &d.Mentions[i]; {
				case m.Text == ex.name && (m.Type == pipeline.Person || m.Type == pipeline.Place || m.Type == pipeline.Org):
					e = m
				case m.Text == ex.number && m.Type != pipeline.Person && m.Type != pipeline.Place && m.Type != pipeline.Org:
					n = m
				}
			}
			if e == nil || n == nil {
				t.Errorf("%s: %s: no %s and %s before the stage:%s", rule, ex.text, ex.name, ex.number, list(d))
				continue
			}
			if got, wins := stage.Decide(d, e, n); got != rule || wins != ex.nameWins {
				t.Errorf("%s: %s: %s × %s decided by %s, name wins %v; want %s, %v", rule, ex.text, ex.name, ex.number, got, wins, rule, ex.nameWins)
			}
			if err := stage.Process(d); err != nil {
				t.Fatal(err)
			}
			for _, k := range ex.keep {
				if !has(d, k) {
					t.Errorf("%s: %s: no %s after:%s", rule, ex.text, k, list(d))
				}
			}
			for _, g := range ex.gone {
				if has(d, g) {
					t.Errorf("%s: %s: %s still there:%s", rule, ex.text, g, list(d))
				}
			}
		}
	}
}
