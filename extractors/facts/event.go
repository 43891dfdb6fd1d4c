package facts

import (
	"strings"
	"unicode"

	"github.com/zhfacts/zhfacts/dictionaries"
	"github.com/zhfacts/zhfacts/pipeline"
)

// maxEventSpan is how far, in runes, the verb may stand after 与.
const maxEventSpan = 40

var eventRule = &rule{
	name:    "event",
	kind:    Event,
	pattern: ", A [在 PLACE] 与|和|同 B [, DATE] [在 PLACE] [filler]… verb [了] [的] [thing]",
	find:    (*Stage).events,
	examples: []example{
		{"2023年12月,中核集团核工业西南物理研究院在法国卡达拉奇与ITER总部签署了深化战略合作实施协议,宣布开放。",
			[]string{"DATE:2023年12月|2023-12-01|2024-01-01", "ORG:中核集团核工业西南物理研究院", "PLACE:法国", "PLACE:卡达拉奇", "ORG:ITER总部"},
			[]string{"event:a-with-b-verb|中核集团核工业西南物理研究院|签署:深化战略合作实施协议|ITER总部||2023-12-01|法国卡达拉奇"}},
		{"2019年,中国科学院成都生物研究所与克罗地亚萨格勒布大学建设的“中国-克罗地亚生物多样性和生态系统服务‘一带一路’联合实验室”获批为中国首批联合实验室。",
			[]string{"DATE:2019年|2019-01-01|2020-01-01", "ORG:中国科学院", "PLACE:成都", "PLACE:克罗地亚", "PLACE:萨格勒布"},
			[]string{"event:a-with-b-verb|中国科学院成都生物研究所|建设:中国-克罗地亚生物多样性和生态系统服务‘一带一路’联合实验室|克罗地亚萨格勒布大学||2019-01-01"}},
		{"不止于此,四川省自然资源科学研究院与新西兰皇家植物与食品研究院,2018年还共同打造了成都另外一个国家“一带一路”联合实验室——中国—新西兰猕猴桃联合实验室。",
			[]string{"DATE:2018年|2018-01-01|2019-01-01", "PLACE:四川省", "PLACE:新西兰"},
			[]string{"event:a-with-b-verb|四川省自然资源科学研究院|打造:成都另外一个国家“一带一路”联合实验室|新西兰皇家植物与食品研究院||2018-01-01"}},
		// Parties that are no names: 成都创新主体 ends in no organization suffix.
		{"支持成都创新主体与‘一带一路’共建国家科技合作项目17个。", []string{"PLACE:成都"}, nil},
		{"春晚还分别在上海、四川凉山、广西桂林和黑龙江哈尔滨设立分会场。",
			[]string{"PLACE:上海", "PLACE:四川", "PLACE:凉山", "PLACE:广西", "PLACE:桂林", "PLACE:黑龙江", "PLACE:哈尔滨"}, nil},
		// 建设 inside the name 中国建设银行 is no verb.
		{"四川大学与中国建设银行合作。", []string{"PLACE:中国"}, nil},
		{"新能源和人工智能等领域存在巨大需求。", nil, nil},
	},
}

// events finds A 与 B verb in every sentence.
func (s *Stage) events(v *view) {
	for si, sent := range v.sents {
		for c := sent.Start + 1; c < sent.End-1; c++ {
			switch v.text[c] {
			case '与', '和', '同':
			default:
				continue
			}
			if t := v.tokenStarting(c); t == nil || t.End != c+1 {
				continue
			}
			s.eventAt(v, si, c)
		}
	}
}

func (s *Stage) eventAt(v *view, si, c int) {
	lo, hi := v.sents[si].Start, v.sents[si].End
	aEnd, place, placeMs := v.placeBefore(c, lo)
	as, clean := v.runBack(aEnd, lo)
	if !clean || as > lo && v.text[as-1] == '、' {
		// After 、 the first party ends a list (在上海、广西桂林和黑龙江哈尔滨设立…):
		// the list names places or parties alike, not two sides.
		return
	}
	a, ok := s.partyName(v, si, as, aEnd)
	if !ok {
		return
	}
	for k := c + 2; k < min(hi, c+1+maxEventSpan); k++ {
		if r := v.text[k]; r == '。' || r == '；' || r == ';' || r == '！' || r == '？' {
			return
		}
		n := s.words.Starting(dictionaries.FactEvent, v.text, k, hi)
		if n == 0 || !v.aligned(k, k+n) {
			continue
		}
		g, date, gapPlace, gapMs := s.gapBefore(v, k, c+1)
		b, ok := s.partyName(v, si, c+1, g)
		if !ok || !s.plainName(v, c+1, g) {
			continue
		}
		verb, _ := s.words.Predicate(dictionaries.FactEvent, v.slice(k, k+n))
		thing, end := s.thing(v, k+n, hi)
		f := newFact(Event, "event:a-with-b-verb", si, as, max(end, k+n), 0.8)
		f.Subject, f.Object, f.Predicate = a.name, b.name, verb
		if thing != "" {
			f.Predicate += ":" + thing
		}
		for _, m := range append(a.mentions, b.mentions...) {
			addMention(&f, m)
		}
		if place == "" {
			place, placeMs = gapPlace, gapMs
		}
		f.Place = place
		for _, m := range placeMs {
			addMention(&f, m)
		}
		if usable(date) != nil {
			setDate(&f, date, false)
		} else {
			d, context := v.dateFor(si, c)
			setDate(&f, d, context)
		}
		v.add(f)
		return
	}
}

// gapBefore walks back from the verb at k over what may stand between the
// second party and its verb — fillers, adverbs, a comma, a DATE, 在 PLACE —
// and returns where the party ends, with the date and place it passed.
func (s *Stage) gapBefore(v *view, k, lo int) (end int, date *pipeline.Mention, place string, placeMs []*pipeline.Mention) {
	g := k
	for g > lo {
		if n := s.words.Ending(dictionaries.FactFiller, v.text, lo, g); n > 0 {
			g -= n
			continue
		}
		if m := v.endingAt(g, lo, pipeline.Date); m != nil {
			date, g = m, m.Start
			continue
		}
		if r := v.text[g-1]; r == ',' || r == '，' {
			g--
			continue
		}
		if at, p, ms := v.placeBefore(g, lo); p != "" {
			g, place, placeMs = at, p, ms
			continue
		}
		if t := v.tokenEnding(g); t != nil && t.Start >= lo && t.Pos == "d" {
			g = t.Start
			continue
		}
		break
	}
	return g, date, place, placeMs
}

// plainName reports whether [start, end) has no clause punctuation, so a
// party does not swallow a clause.
func (s *Stage) plainName(v *view, start, end int) bool {
	for _, r := range v.text[start:end] {
		if unicode.IsSpace(r) || unicode.IsDigit(r) || strings.ContainsRune("，,、。；;：:！？()（）", r) {
			return false
		}
	}
	return true
}

// thing reads what was done after the verb at pos: a quoted name (建设的“…”),
// or the words up to the next punctuation when they are few. It returns the
// thing and where it ends.
func (s *Stage) thing(v *view, pos, hi int) (string, int) {
	if pos < hi && v.text[pos] == '了' {
		pos++
	}
	de := pos < hi && v.text[pos] == '的'
	if de {
		pos++
	}
	if pos < hi && (v.text[pos] == '“' || v.text[pos] == '《') {
		closer := '”'
		if v.text[pos] == '《' {
			closer = '》'
		}
		for e := pos + 1; e < hi && e-pos <= 2*maxName; e++ {
			if v.text[e] == closer {
				return v.slice(pos+1, e), e + 1
			}
		}
		return "", pos
	}
	if de {
		return "", pos
	}
	e := pos
	for e < hi && e-pos <= maxName && !endsThing(v.text[e]) {
		e++
	}
	if e-pos > maxName {
		return "", pos
	}
	return v.slice(pos, e), e
}

// endsThing reports whether r ends the words after an event verb: clause
// punctuation, a space or a dash, but not a quote inside a name.
func endsThing(r rune) bool {
	switch r {
	case '“', '”', '‘', '’', '《', '》':
		return false
	}
	return unicode.IsPunct(r) || unicode.IsSpace(r) || r == '—'
}
