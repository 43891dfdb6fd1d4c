package facts

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/dictionaries"
	"github.com/zhfacts/zhfacts/pipeline"
)

var shareRule = &rule{
	name:    "share",
	kind:    Share,
	pattern: "part 占[到] whole [的] [比重|比例] [link] PERCENT, or part [全球|世界|全国] 占比 [link] PERCENT; the part read as a change's metric, the whole kept in the predicate (占全球)",
	find:    (*Stage).shares,
	examples: []example{
		// A clause that opens with a place and frames where, ending in a
		// localizer or a word of where, leaves the figures after it the
		// place's (|subject:sentence-place).
		{"广西的工业格局当中，传统产业占比达到了70%以上。",
			[]string{"PLACE:广西|广西壮族自治区|450000|CN", "PERCENT:70%以上|70|%"},
			[]string{"share:metric-percent|subject:sentence-place|place:subject|广西壮族自治区|占|传统产业|70 %||广西壮族自治区"}},
		// A place that opens the metric as read owns it (|subject:metric-name).
		{"其中青海藏毯产量占全国91%。",
			[]string{"PLACE:青海|青海省|630000|CN", "PERCENT:91%|91|%"},
			[]string{"share:metric-percent|subject:metric-name|place:subject|青海省|占全国|藏毯产量|91 %||青海省"}},
		// A clause that opens with 使 has a subject of its own (两市), no
		// topic's (fact_words kind cause).
		{"江西省计划到“十二五”末，使两市的经济总量占全省的40%。",
			[]string{"PLACE:江西省|江西省|360000|CN", "PERCENT:40%|40|%"},
			[]string{"share:metric-percent||占全省|经济总量|40 %"}},
		// A target is marked (plan:marker: 力争, 确保); a plan word inside
		// a person's name (孙要良: 要) is none.
		{"今年，四川将确保完成国家部署的改革试验任务，力争全社会研发经费支出占地区生产总值比例超过1.85%。",
			[]string{"DATE:今年|2018-01-01|2019-01-01", "PLACE:四川|四川省|510000|CN", "PERCENT:1.85%|1.85|%"},
			[]string{"share:metric-percent|subject:topic|plan:marker|place:subject|四川省|占地区生产总值|全社会研发经费支出|1.85 %|2018-01-01|四川省"}},
		{"在厂里，像孙要良这样从外省回来工作的农民工占到了用工人数的60%以上。",
			[]string{"PERSON:孙要良", "PERCENT:60%以上|60|%"}, []string{"share:metric-percent||占用工人数|农民工|60 %"}},
		// After a holiday the period word is no part of the metric; a share
		// of one character that names nothing is none.
		{"春节期间小型客车流量占高速公路交通总量92%，总占比达67.58%。",
			[]string{"DATE:春节|2024-02-10|2024-02-11", "PERCENT:92%|92|%", "PERCENT:67.58%|67.58|%"},
			[]string{"share:metric-percent||占高速公路交通总量|小型客车流量|92 %|2024-02-10"}},
		// 分别 pairs a list with as many shares.
		{"民营企业、外资企业进出口分别占我国外贸总值的55.5%和29.6%。", []string{"PERCENT:55.5%|55.5|%", "PERCENT:29.6%|29.6|%"},
			[]string{"share:metric-percent|respectively||占我国外贸总值|民营企业进出口|55.5 %", "share:metric-percent|respectively||占我国外贸总值|外资企业进出口|29.6 %"}},
		// The topic of the clause before owns a share with no subject.
		{"我国城镇化率超过60%，服务业占GDP的比重超过50%。", []string{"PERCENT:60%|60|%", "PERCENT:50%|50|%"},
			[]string{"share:metric-percent|subject:topic|place:subject|中国|占GDP|服务业|50 %||中国"}},
		// The part after a fact, the whole after 占.
		{"重大项目完成投资2522.7亿元，占年度投资计划的74.3%。",
			[]string{"MONEY:2522.7亿元|252270000000|CNY", "PERCENT:74.3%|74.3|%"},
			[]string{"share:after-amount||占年度投资计划|投资|74.3 %"}},
		// A metric with its subject, and 比重 with a link word.
		{"我国民营企业进出口占我国外贸总值的比重为55.4%。", []string{"PERCENT:55.4%|55.4|%"},
			[]string{"share:word-percent|place:subject|中国|占我国外贸总值|民营企业进出口|55.4 %||中国"}},
		// 占比 says no whole unless a word of place stands before it.
		{"新能源公共汽电车占比达到77%。", []string{"PERCENT:77%|77|%"},
			[]string{"share:metric-percent||占|新能源公共汽电车|77 %"}},
		{"全行业产值超过4900亿元，全球占比36%。", []string{"MONEY:4900亿元|490000000000|CNY", "PERCENT:36%|36|%"},
			[]string{"share:after-amount||占全球|全行业产值|36 %"}},
		// A list of industries is the metric, whatever its length, and a
		// place that opens it the subject.
		{"旅游业、现代服务业、高新技术产业、热带特色高效农业四大主导产业占全省比重达到50%。", []string{"PERCENT:50%|50|%"},
			[]string{"share:metric-percent||占全省|旅游业、现代服务业、高新技术产业、热带特色高效农业四大主导产业|50 %"}},
		{"如今，太仓高端装备制造、新材料、生物医药三大新兴产业产值占规模工业比重超过70%。", []string{"PLACE:太仓|江苏省苏州市太仓市", "PERCENT:超过70%|70|%"},
			[]string{"share:name-percent|江苏省苏州市太仓市|占规模工业|高端装备制造、新材料、生物医药三大新兴产业产值|70 %"}},
		// A share that changed is no plain share.
		{"我国可再生能源发电量占比已从2023年底的32%提升至35%。", []string{"DATE:2023年底|2023-01-01|2024-01-01", "PERCENT:32%|32|%"}, nil},
		{"非化石能源消费量占能源消费总量比重同比提高2.6个百分点。", []string{"PERCENT:2.6个百分点|2.6|pp"}, nil},
		{"第三产业增加值占国内生产总值的比重从50.8%提高到54.5%。", []string{"PERCENT:50.8%|50.8|%"}, nil},
		{"中国新接船舶订单占国际市场份额从2021年的31.5%提升至70%。", []string{"DATE:2021年|2021-01-01|2022-01-01", "PERCENT:31.5%|31.5|%"}, nil},
		{"商用厨具占到了全国市场份额的40%以上。", []string{"PERCENT:40%以上|40|%"},
			[]string{"share:metric-percent||占全国市场份额|商用厨具|40 %"}},
		// A clause that is only a name is the topic of what follows.
		{"江苏，传统产业占规模以上工业营收总额的六成多、利润的五成多。", []string{"PLACE:江苏|江苏省", "PERCENT:六成多|60|%", "PERCENT:五成多|50|%"},
			[]string{"share:metric-percent|subject:topic|place:subject|江苏省|占规模以上工业营收总额|传统产业|60 %||江苏省"}},
		// A name described is a topic, across a clause of how a part of it
		// fares, whose verb gse may tag a verbal noun after an adverb
		// (持续/vd 优化/vn).
		{"如今的中国，能源结构持续优化，非化石能源发电装机容量占全部装机比重达到50.9%。", []string{"PLACE:中国|中国||CN", "PERCENT:50.9%|50.9|%"},
			[]string{"share:metric-percent|subject:topic-chain|place:subject|中国|占全部装机|非化石能源发电装机容量|50.9 %||中国"}},
		// A share of the topic itself is a part's, not the topic's.
		{"大连新市区是大连经济和支柱产业的核心区，GDP占大连市的36%。", []string{"PLACE:大连|辽宁省大连市", "PLACE:大连|辽宁省大连市", "PLACE:大连市|辽宁省大连市", "PERCENT:36%|36|%"},
			[]string{"share:metric-percent||占大连市|GDP|36 %"}},
		// A value before 的 says what a thing is: no subject's figure.
		{"其中包括总投资85亿元的新能源汽车工厂，总投资82亿元的太阳能单晶硅项目等，社会投资规模占比达92.5%。",
			[]string{"MONEY:85亿元|8500000000|CNY", "MONEY:82亿元|8200000000|CNY", "PERCENT:92.5%|92.5|%"},
			[]string{"share:metric-percent||占|社会投资规模|92.5 %"}},
		// Nouns joined by 类 are one part.
		{"北京互联网法院共收案34000多件，其中知识产权类案件占比高达77.7%。", []string{"ORG:北京互联网法院", "QUANTITY:34000多件|34000|件", "PERCENT:77.7%|77.7|%"},
			[]string{"share:metric-percent||占|知识产权类案件|77.7 %"}},
		// No part: a share of nothing named.
		{"其中，占比超40%。", []string{"PERCENT:超40%|40|%"}, nil},
	},
}

// shares finds, for every PERCENT mention after 占 or 占比, what part of what
// whole it is.
func (s *Stage) shares(v *view) {
	made := len(v.facts) // the facts the rules before this one made
	for si := range v.sents {
		lo := v.sents[si].Start
		for _, p := range v.mentions(si, pipeline.Percent) {
			if p.Value != nil {
				s.shareOf(v, si, lo, p, made)
			}
		}
	}
	s.metricParallels(v, made, Share)
	s.metricChains(v, made, Share)
}

func (s *Stage) shareOf(v *view, si, lo int, p *pipeline.Mention, made int) {
	// 达到了, 为, 将超过: the links and fillers before the percentage.
	e := s.backOver(v, lo, p.Start, 3, dictionaries.FactLink, dictionaries.FactFiller)
	whole, ps := "", 0 // ps: where 占 (or the whole before 占比) starts
	if v.slice(max(e-2, lo), e) == "占比" {
		ps = e - 2
		// 全球占比36%: a word of place right before 占比 is the whole.
		if t := v.tokenEnding(ps); t != nil && t.Start >= lo && (t.Text == "全球" || t.Text == "世界" || t.Text == "全国") {
			whole, ps = t.Text, t.Start
		}
	} else {
		if w := v.slice(max(e-2, lo), e); w == "比重" || w == "比例" {
			e -= 2
		}
		if e > lo && v.text[e-1] == '的' {
			e--
		}
		k := e // the whole runs from after 占 to e
		for k > lo && e-k <= maxMetric && v.text[k-1] != '占' {
			if unicode.IsPunct(v.text[k-1]) {
				return
			}
			k--
		}
		if k == lo || v.text[k-1] != '占' {
			return
		}
		ws := k
		for ws < e && (v.text[ws] == '到' || v.text[ws] == '据' || v.text[ws] == '了') {
			ws++ // 占到, 占据, 占了
		}
		if w := v.slice(ws, e); ws >= e || v.text[ws] == '比' || strings.Contains(w, "比重") || strings.Contains(w, "比例") || v.fromDate(si, ws, e) {
			// 占比已从…的32%提升至…, 占国内生产总值的比重从50.8%…,
			// 占国际市场份额从2021年的31.5%…: a share that changed, or words
			// after 比重: no plain share.
			return
		}
		for j := ws; j < e; j++ {
			if s.words.Starting(dictionaries.FactChange, v.text, j, e) > 0 || s.words.Starting(dictionaries.FactCompare, v.text, j, e) > 0 {
				return // 占能源消费总量比重同比提高2.6个百分点: a change of the share
			}
		}
		whole, ps = v.slice(ws, e), k-1
	}
	if ps-2 > lo && v.slice(ps-2, ps) == "分别" && s.respectively(v, si, lo, ps-2, p, made, Share, "占"+whole) {
		return // 民营企业、外资企业进出口分别占我国外贸总值的55.5%和29.6%
	}
	f, ok := s.measured(v, si, lo, ps, p, made, Share, false)
	if !ok || f.Subject == "" && utf8.RuneCountInString(f.Object) < 2 && !v.namedIn(si, f.Object, f.EvidenceStart, f.EvidenceEnd) {
		return // 总占比达67.58%: a share of nothing named (韩占据… is Korea's)
	}
	if m := v.exact(ps+1, ps+1+utf8.RuneCountInString(whole), pipeline.Place, pipeline.Org); m != nil && f.Subject != "" && entity(m) == f.Subject && v.text[ps] == '占' {
		// GDP占大连市的36% after 大连新市区是…: a part of the subject is
		// no share of the subject by itself.
		f.Subject, f.Rule = "", strings.Replace(strings.Replace(f.Rule, "|subject:topic", "", 1), "|subject:counted-topic", "", 1)
	}
	if f.Subject == "" {
		if name := v.sentenceBeforeSubject(si); name != "" && !v.namesOther(si, f.EvidenceEnd, name) {
			f.Subject = name // as for a change (服务业增加值占GDP比重…)
			f.Rule += "|subject:sentence-before"
		}
	}
	f.Predicate = "占" + whole
	setValue(&f, p)
	addMention(&f, p)
	v.add(f)
}

// fromDate reports whether 从 and a date stand in [start, end) of sentence
// si (占国际市场份额从2021年的31.5%提升至…: a share that changed; not 从日
// of 从日进口总额, imports from Japan).
func (v *view) fromDate(si, start, end int) bool {
	for _, i := range v.bySent[si] {
		if m := &v.d.Mentions[i]; m.Type == pipeline.Date && m.Start > start && m.Start < end && v.text[m.Start-1] == '从' {
			return true
		}
	}
	return false
}

// namedIn reports whether an ORG or PLACE mention of sentence si written
// text lies in [start, end).
func (v *view) namedIn(si int, text string, start, end int) bool {
	for _, i := range v.bySent[si] {
		if m := &v.d.Mentions[i]; (m.Type == pipeline.Place || m.Type == pipeline.Org) && m.Text == text && m.Start >= start && m.End <= end {
			return true
		}
	}
	return false
}
