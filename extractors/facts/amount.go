package facts

import (
	"github.com/zhfacts/zhfacts/dictionaries"
	"github.com/zhfacts/zhfacts/pipeline"
)

var amountRule = &rule{
	name:    "amount",
	kind:    Amount,
	pattern: "[org [,]] predicate [link] MONEY; an amount with no payer in a quotation takes the speaker's org",
	find:    (*Stage).amounts,
	examples: []example{
		{"园区还设立中韩创新创业产业基金,规模8.7亿元人民币,主要投向科技。",
			[]string{"MONEY:8.7亿元人民币|870000000|CNY"},
			[]string{"amount:org-comma-predicate-money|中韩创新创业产业基金|规模||870000000 CNY"}},
		{"“2023年国际科技合作项目立项支持国际性研发机构1家,支持经费200万元;支持科技合作项目17个,支持经费近300万元。”市科技局相关负责人告诉记者。",
			[]string{"DATE:2023年|2023-01-01|2024-01-01", "MONEY:200万元|2000000|CNY", "MONEY:近300万元|3000000|CNY"},
			[]string{
				"amount:predicate-money|subject:quote-speaker|市科技局|支持经费||2000000 CNY|2023-01-01",
				"amount:predicate-money|subject:quote-speaker|date:paragraph-context|市科技局|支持经费||3000000 CNY|2023-01-01",
			}},
		{"该公司2023年营收达12亿元。", []string{"MONEY:12亿元|1200000000|CNY", "DATE:2023年|2023-01-01|2024-01-01"},
			[]string{"amount:predicate-money||营业收入||1200000000 CNY|2023-01-01"}},
		{"成都市科技局支持经费200万元。", []string{"MONEY:200万元|2000000|CNY", "ORG:成都市科技局"},
			[]string{"amount:org-predicate-money|成都市科技局|支持经费||2000000 CNY"}},
		// A light verb and a date stand between the company and its revenue.
		{"宜昌金宝乐器制造有限公司2023年实现营业收入1.2亿元。",
			[]string{"MONEY:1.2亿元|120000000|CNY", "DATE:2023年|2023-01-01|2024-01-01"},
			[]string{"amount:org-predicate-money|宜昌金宝乐器制造有限公司|营业收入||120000000 CNY|2023-01-01"}},
		{"中央财政投入4493.76万元支持社会组织开展服务活动。", []string{"MONEY:4493.76万元|44937600|CNY"},
			[]string{"amount:predicate-money||投入||44937600 CNY"}},
		{"春节7天假期，银联网络的交易金额达到1.38万亿元。", []string{"MONEY:1.38万亿元|1380000000000|CNY"},
			[]string{"amount:predicate-money||交易额||1380000000000 CNY"}},
		// The nearest date that is a clause of its own, not the sentence's first.
		{"7月15日,记者获悉,今年上半年,城市更新项目累计完成投资18.4亿元。",
			[]string{"DATE:7月15日|2024-07-15|2024-07-16", "DATE:今年上半年|2024-01-01|2024-07-01", "MONEY:18.4亿元|1840000000|CNY"},
			[]string{"amount:predicate-money||投资||1840000000 CNY|2024-01-01"}},
		// No predicate before the amount: the sentence does not say what the
		// money is, so there is no fact.
		{"他花了300万元。", []string{"MONEY:300万元|3000000|CNY"}, nil},
		{"规模。8.7亿元", []string{"MONEY:8.7亿元|870000000|CNY"}, nil},
	},
}

// amounts finds, for every MONEY mention, the predicate written before it
// and the organization that pays, receives or owns it.
func (s *Stage) amounts(v *view) {
	for si := range v.sents {
		lo := v.sents[si].Start
		for _, m := range v.mentions(si, pipeline.Money) {
			if m.Value == nil {
				continue
			}
			s.amountOf(v, si, lo, m)
		}
	}
}

func (s *Stage) amountOf(v *view, si, lo int, m *pipeline.Mention) {
	pos := m.Start
	for range 2 {
		n := s.words.Ending(dictionaries.FactLink, v.text, lo, pos)
		if n == 0 {
			break
		}
		pos -= n
	}
	if pos > lo && (v.text[pos-1] == ':' || v.text[pos-1] == '：') {
		pos--
	}
	n := s.words.Ending(dictionaries.FactAmount, v.text, lo, pos)
	if n == 0 {
		return
	}
	ps := pos - n
	pred, _ := s.words.Predicate(dictionaries.FactAmount, v.slice(ps, pos))
	f := newFact(Amount, "amount:predicate-money", si, ps, m.End, 0.8)
	f.Predicate = pred
	setValue(&f, m)
	addMention(&f, m)
	ss := s.subjectEnd(v, ps, lo)
	var o org
	var ok bool
	if rs, _ := v.runBack(ss, lo); rs < ss {
		if o, ok = s.orgName(v, si, rs, ss); ok {
			f.Rule, f.Confidence = "amount:org-predicate-money", 0.85
		}
	}
	if c := ss - 1; !ok && c > lo && (v.text[c] == ',' || v.text[c] == '，') {
		if rs, _ := v.runBack(c, lo); rs < c {
			if o, ok = s.orgName(v, si, rs, c); ok {
				f.Rule, f.Confidence = "amount:org-comma-predicate-money", 0.85
			}
		}
	}
	if ok {
		f.Subject = o.name
		f.EvidenceStart = min(f.EvidenceStart, o.start)
		for _, om := range o.mentions {
			addMention(&f, om)
		}
	} else if sp, found := s.quoteSpeaker(v, m.Start, m.End); found {
		f.Subject = sp
		f.Rule += "|subject:quote-speaker"
		f.Confidence = 0.75
	}
	d, context := v.dateFor(si, m.Start)
	setDate(&f, d, context)
	v.add(f)
}

// subjectEnd walks back from an amount predicate at ps over what may stand
// between it and its subject: light verbs (实现), fillers and modifiers
// (已, 累计), times and DATE mentions (2023年, 去年).
func (s *Stage) subjectEnd(v *view, ps, lo int) int {
	for ss := ps; ; {
		n := s.words.Ending(dictionaries.FactLight, v.text, lo, ss)
		if n == 0 {
			n = s.words.Ending(dictionaries.FactFiller, v.text, lo, ss)
		}
		if n == 0 {
			n = s.words.Ending(dictionaries.FactModifier, v.text, lo, ss)
		}
		if m := v.endingAt(ss, lo, pipeline.Date); n == 0 && m != nil {
			n = ss - m.Start
		}
		if t := v.tokenEnding(ss); n == 0 && t != nil && t.Start >= lo && t.Pos == "t" {
			n = ss - t.Start
		}
		if n == 0 {
			return ss
		}
		ss -= n
	}
}

// quoteSpeaker returns the organization of the speaker of the quotation
// around [start, end): “…”org[相关]title speech-verb, all in one paragraph.
func (s *Stage) quoteSpeaker(v *view, start, end int) (string, bool) {
	open := -1
	for i := start - 1; i >= 0 && v.text[i] != '\n'; i-- {
		if v.text[i] == '”' {
			return "", false
		}
		if v.text[i] == '“' {
			open = i
			break
		}
	}
	if open < 0 {
		return "", false
	}
	q := -1
	for i := end; i < len(v.text) && v.text[i] != '\n'; i++ {
		if v.text[i] == '“' {
			return "", false
		}
		if v.text[i] == '”' {
			q = i + 1
			break
		}
	}
	if q < 0 {
		return "", false
	}
	for k := q + 1; k < len(v.text) && k-q <= maxName; k++ {
		if r := v.text[k]; r == '\n' || r == '，' || r == ',' || r == '。' {
			return "", false
		}
		if s.words.Starting(dictionaries.FactSpeech, v.text, k, len(v.text)) == 0 {
			continue
		}
		ts, _, _, ok := s.title(v, k, q)
		if !ok {
			return "", false
		}
		if n := s.words.Ending(dictionaries.FactFiller, v.text, q, ts); n > 0 {
			ts -= n // 市科技局相关负责人
		}
		si := v.sentence(q, ts)
		if si < 0 {
			return "", false
		}
		if rs, _ := v.runBack(ts, q); rs == q {
			if o, ok := s.orgName(v, si, q, ts); ok {
				return o.name, true
			}
		}
		return "", false
	}
	return "", false
}
