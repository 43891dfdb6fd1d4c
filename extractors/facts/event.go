package facts

import (
	"slices"
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
	pattern: ", A [在 PLACE] 与|和|同|会同 B[、C…[等…]] [, DATE] [在 PLACE] [filler]… verb [了] [的] [thing]",
	find:    (*Stage).events,
	examples: []example{
		// Nouns after a quotation go on with what was held.
		{"英国与欧盟举行“脱欧”谈判。",
			[]string{"PLACE:英国|英国||GB", "ORG:欧盟|欧洲联盟"},
			[]string{"event:a-with-b-verb|英国|举行:“脱欧”谈判|欧洲联盟"}},
		// An adverb in what would be a name by its suffix makes it a clause.
		{"中国与相关国家积极推进产业园区建设。", []string{"PLACE:中国"}, nil},
		// A time up to now, 是 or 为了 ends the thing; a size before it is none
		// of its name.
		{"中国和东盟建立战略伙伴关系十年来，合作不断深化。", []string{"PLACE:中国", "ORG:东盟|东南亚国家联盟", "DATE:十年来|2014-06-04|2024-06-05"},
			[]string{"event:a-with-b-verb|中国|建立:战略伙伴关系|东南亚国家联盟"}},
		{"中国人民银行与欧洲中央银行签署了规模为3500亿元人民币的双边本币互换协议。",
			[]string{"ORG:中国人民银行", "ORG:欧洲中央银行", "MONEY:3500亿元人民币|350000000000|CNY"},
			[]string{"event:a-with-b-verb|中国人民银行|签署:双边本币互换协议|欧洲中央银行"}},
		// Words after the second party that name both are no part of it.
		{"中国和巴西两国政府日前签署协议。", []string{"PLACE:中国|中国||CN", "PLACE:巴西|巴西||BR"},
			[]string{"event:a-with-b-verb|中国|签署:协议|巴西"}},
		// Inside a document's name there is no event.
		{"《中华人民共和国和保加利亚共和国建立全面友好合作伙伴关系的联合公报》发表。", []string{"PLACE:中华人民共和国|中国", "PLACE:保加利亚共和国"}, nil},
		// 并 and a verb start the next predicate.
		{"美国与乌克兰计划在白宫举行总统会晤并讨论有关问题。", []string{"PLACE:美国", "PLACE:乌克兰", "ORG:白宫"},
			[]string{"event:a-with-b-verb|美国|举行:总统会晤|乌克兰|||白宫"}},
		{"2023年12月,中核集团核工业西南物理研究院在法国卡达拉奇与ITER总部签署了深化战略合作实施协议,宣布开放。",
			[]string{"DATE:2023年12月|2023-12-01|2024-01-01", "ORG:中核集团核工业西南物理研究院", "PLACE:法国", "PLACE:卡达拉奇", "ORG:ITER总部"},
			[]string{"event:a-with-b-verb|中核集团核工业西南物理研究院|签署:深化战略合作实施协议|ITER总部||2023-12-01|法国卡达拉奇"}},
		{"2019年,中国科学院成都生物研究所与克罗地亚萨格勒布大学建设的“中国-克罗地亚生物多样性和生态系统服务‘一带一路’联合实验室”获批为中国首批联合实验室。",
			[]string{"DATE:2019年|2019-01-01|2020-01-01", "ORG:中国科学院", "PLACE:成都", "PLACE:克罗地亚", "PLACE:萨格勒布"},
			[]string{"event:a-with-b-verb|中国科学院成都生物研究所|建设:中国-克罗地亚生物多样性和生态系统服务‘一带一路’联合实验室|克罗地亚萨格勒布大学||2019-01-01"}},
		{"不止于此,四川省自然资源科学研究院与新西兰皇家植物与食品研究院,2018年还共同打造了成都另外一个国家“一带一路”联合实验室——中国—新西兰猕猴桃联合实验室。",
			[]string{"DATE:2018年|2018-01-01|2019-01-01", "PLACE:四川省", "PLACE:新西兰"},
			[]string{"event:a-with-b-verb|四川省自然资源科学研究院|打造:成都另外一个国家“一带一路”联合实验室|新西兰皇家植物与食品研究院||2018-01-01"}},
		// The place after 在 may end in the nouns of a site: 亚丁湾海域.
		{"日本海上自卫队与韩国海军在亚丁湾海域举行联合军演。",
			[]string{"ORG:日本海上自卫队", "ORG:韩国海军", "PLACE:亚丁湾"},
			[]string{"event:a-with-b-verb|日本海上自卫队|举行:联合军演|韩国海军|||亚丁湾海域"}},
		// A sea or another place of no country is where, not a side.
		{"美日韩在东海和日本海举行了两场军演。", []string{"PLACE:美|美国", "PLACE:日|日本", "PLACE:韩|韩国", "PLACE:东海", "PLACE:日本海"}, nil},
		// After 在, places joined by 和 are all where (a ministry acts in two
		// provinces), not the second a partner.
		{"交通运输部在云南和广西启动大湄公河次区域国际道路运输。",
			[]string{"ORG:交通运输部|中华人民共和国交通运输部", "PLACE:云南|云南省|530000|CN", "PLACE:广西|广西壮族自治区|450000|CN"}, nil},
		// With 与 the country is a side.
		{"美日菲与澳大利亚在南海举行首次联合演习和巡逻。", []string{"PLACE:美|美国", "PLACE:日|日本", "PLACE:菲|菲律宾", "PLACE:澳大利亚|澳大利亚||AU", "PLACE:南海"},
			[]string{"event:a-with-b-verb|美日菲|举行:首次联合演习和巡逻|澳大利亚|||南海"}},
		// What was made after 的, up to the organization's name.
		{"国铁集团与上海、湖北等六省市共同组建的长江沿岸铁路集团股份有限公司在武汉成立。",
			[]string{"ORG:国铁集团", "PLACE:上海|上海市|310000", "PLACE:湖北|湖北省|420000", "ORG:铁路集团股份有限公司", "PLACE:武汉|湖北省武汉市|420100"},
			[]string{"event:a-with-list-verb|国铁集团|组建:长江沿岸铁路集团股份有限公司|上海市", "event:a-with-list-verb|国铁集团|组建:长江沿岸铁路集团股份有限公司|湖北省"}},
		// 起 after the verb is its complement, no part of the thing.
		{"欧盟和中国建立起广泛联系。", []string{"ORG:欧盟|欧洲联盟", "PLACE:中国"},
			[]string{"event:a-with-b-verb|欧洲联盟|建立:广泛联系|中国"}},
		// A title in the thing ends it, whatever it holds.
		{"京东X事业部和京东大数据研究院日前发布了全球首个《世界物流无人机产业发展年度报告（2017―2018）》。",
			[]string{"ORG:京东X事业部", "ORG:京东大数据研究院"},
			[]string{"event:a-with-b-verb|京东X事业部|发布:全球首个《世界物流无人机产业发展年度报告（2017―2018）》|京东大数据研究院"}},
		// More than two parties: one fact per party after the first.
		{"市场监管总局会同中央空管办、国家发展改革委等十部门近日联合发布《低空经济标准体系建设指南》。",
			[]string{"ORG:市场监管总局", "ORG:中央空管办", "ORG:国家发展改革委|国家发展和改革委员会"},
			[]string{
				"event:a-with-list-verb|市场监管总局|发布:低空经济标准体系建设指南|中央空管办",
				"event:a-with-list-verb|市场监管总局|发布:低空经济标准体系建设指南|国家发展和改革委员会",
			}},
		{"中国与俄罗斯、巴西等国签署联合声明。", []string{"PLACE:中国", "PLACE:俄罗斯", "PLACE:巴西"},
			[]string{
				"event:a-with-list-verb|中国|签署:联合声明|俄罗斯",
				"event:a-with-list-verb|中国|签署:联合声明|巴西",
			}},
		// A decimal point is no punctuation.
		{"中国船舶集团与卡塔尔能源集团在北京签订了18艘全球最大27.1万立方米运输船订单。",
			[]string{"ORG:中国船舶集团", "ORG:卡塔尔能源集团", "PLACE:北京|北京市"},
			[]string{"event:a-with-b-verb|中国船舶集团|签订:18艘全球最大27.1万立方米运输船订单|卡塔尔能源集团|||北京市"}},
		// Places written together that nest name the last one: 内蒙古呼和浩特.
		{"新年伊始，内蒙古呼和浩特和包头市达成合作。",
			[]string{"PLACE:内蒙古|内蒙古自治区|150000", "PLACE:呼和浩特|内蒙古自治区呼和浩特市|150100", "PLACE:包头市|内蒙古自治区包头市|150200"},
			[]string{"event:a-with-b-verb|内蒙古自治区呼和浩特市|达成:合作|内蒙古自治区包头市"}},
		// A list item that is no name spoils the list.
		{"中国与俄罗斯、有关方面签署联合声明。", []string{"PLACE:中国", "PLACE:俄罗斯"}, nil},
		// Parties that are no names: 成都创新主体 ends in no organization suffix.
		{"支持成都创新主体与‘一带一路’共建国家科技合作项目17个。", []string{"PLACE:成都"}, nil},
		{"春晚还分别在上海、四川凉山、广西桂林和黑龙江哈尔滨设立分会场。",
			[]string{"PLACE:上海", "PLACE:四川", "PLACE:凉山", "PLACE:广西", "PLACE:桂林", "PLACE:黑龙江", "PLACE:哈尔滨"}, nil},
		// What was done ends before an adverb or a verb of saying.
		{"联合国开发计划署和西亚经济社会委员会9日发布报告称，冲突使经济倒退。",
			[]string{"ORG:联合国开发计划署", "ORG:西亚经济社会委员会", "DATE:9日|2024-06-09|2024-06-10"},
			[]string{"event:a-with-b-verb|联合国开发计划署|发布:报告|西亚经济社会委员会||2024-06-09"}},
		// 分别: each party acts on its own, not with the other.
		{"最高人民法院和最高人民检察院分别举行宪法宣誓仪式。", []string{"ORG:最高人民法院", "ORG:最高人民检察院"}, nil},
		{"中国文联和中国作协均成立于1949年7月。", []string{"ORG:中国文联", "ORG:中国作协", "DATE:1949年7月|1949-07-01|1949-08-01"}, nil},
		// Only as a word: 首都 holds no 都.
		{"中国与日本在京都签署联合声明。", []string{"PLACE:中国", "PLACE:日本", "PLACE:京都"},
			[]string{"event:a-with-b-verb|中国|签署:联合声明|日本|||京都"}},
		// 建设 inside the name 中国建设银行 is no verb.
		{"四川大学与中国建设银行合作。", []string{"PLACE:中国"}, nil},
		{"新能源和人工智能等领域存在巨大需求。", nil, nil},
	},
}

// events finds A 与 B verb in every sentence.
func (s *Stage) events(v *view) {
	text := v.text
	for si, sent := range v.sents {
		lo, hi := sent.Start+1, sent.End-1 // a connector has a party on each side
		if lo >= hi {
			continue
		}
		for j, r := range text[lo:hi] {
			if r < '与' || r > '和' {
				continue // the connectors lie between 与 (U+4E0E) and 和 (U+548C): one test passes most characters
			}
			c, n := lo+j, 1
			switch r {
			case '与', '和', '同':
			case '会':
				n = 2 // 会同: A acting together with B, C… (市场监管总局会同…等十部门联合发布)
				if text[c+1] != '同' {
					continue
				}
			default:
				continue
			}
			if t := v.tokenStarting(c); t == nil || t.End != c+n {
				continue
			}
			s.eventAt(v, si, c, c+n)
		}
	}
}

// eventVerb returns where the first event verb starts in [from, to), a
// verb that ends by hi, or -1 when a sentence ends first or there is none.
func (s *Stage) eventVerb(v *view, from, to, hi int) int {
	first := s.words.First(dictionaries.FactEvent)
	for k := from; k < to; k++ {
		r := v.text[k]
		if r == '。' || r == '；' || r == ';' || r == '！' || r == '？' {
			return -1
		}
		// Only a word's start can begin an aligned verb; the tests are
		// cheaper than the dictionary's.
		if !first.Has(r) || v.tokenStarting(k) == nil {
			continue
		}
		if n := s.words.Starting(dictionaries.FactEvent, v.text, k, hi); n > 0 && v.aligned(k, k+n) {
			return k
		}
	}
	return -1
}

// eventAt reads an event around the connector [c, ce): the first party
// before it, the second party or parties and the verb after it.
func (s *Stage) eventAt(v *view, si, c, ce int) {
	lo, hi := v.sents[si].Start, v.sents[si].End
	// Most connectors join two nouns with no event verb after them: look
	// for the first verb before reading the party before the connector.
	first := s.eventVerb(v, ce+1, min(hi, ce+maxEventSpan), hi)
	if first < 0 {
		return
	}
	aEnd, place, placeMs := v.placeBefore(c, lo)
	placed := place != "" // 在东海|和: a place right before the connector
	as, clean := v.runBack(aEnd, lo)
	if !clean || as > lo && v.text[as-1] == '、' {
		// After 、 the first party ends a list (在上海、广西桂林和黑龙江哈尔滨设立…):
		// the list names places or parties alike, not two sides.
		return
	}
	a, ok := s.partyName(v, si, as, aEnd)
	if !ok || v.inTitle(as, lo) {
		return // 《中华人民共和国和保加利亚共和国建立…联合公报》: a document's name
	}

	for k := first; k < min(hi, ce+maxEventSpan); k++ {
		if r := v.text[k]; r == '。' || r == '；' || r == ';' || r == '！' || r == '？' {
			return
		}
		n := s.words.Starting(dictionaries.FactEvent, v.text, k, hi)
		if n == 0 || !v.aligned(k, k+n) {
			continue
		}
		g, date, gapPlace, gapMs := s.gapBefore(v, k, ce)
		for j := g; j < k; j++ {
			if n := s.words.Starting(dictionaries.FactEach, v.text, j, k); n > 0 && v.aligned(j, j+n) {
				return // 最高人民法院和最高人民检察院分别举行…: each on its own
			}
		}
		bs, rule := s.parties(v, si, ce, g)
		if len(bs) == 0 {
			continue
		}
		verb, _ := s.words.Predicate(dictionaries.FactEvent, v.slice(k, k+n))
		thing, end := s.thing(v, k+n, hi)
		if place == "" {
			place, placeMs = gapPlace, gapMs
		}
		for _, b := range bs {
			if placed && (s.unplaced(b) || v.text[c] == '和' && onlyPlace(b)) {
				// 美日韩在东海和日本海举行军演, 交通运输部在云南和广西启动…:
				// the second place is where too, not who.
				continue
			}
			if len(a.mentions)+len(b.mentions) == 0 {
				// Two names read by their suffixes alone (物研究所与A大学):
				// no mention backs the fact, and such a pair is as likely
				// a cut through longer names.
				continue
			}
			f := newFact(Event, rule, si, as, max(end, k+n), 0.8)
			if len(bs) > 1 {
				f.Confidence = 0.75
			}
			f.Subject, f.Object, f.Predicate = a.name, b.name, verb
			if thing != "" {
				f.Predicate += ":" + thing
			}
			for _, m := range append(a.mentions, b.mentions...) {
				addMention(&f, m)
			}
			f.Place = place
			for _, m := range placeMs {
				addMention(&f, m)
			}
			if usable(date) != nil {
				setDate(&f, date, false)
			} else if d, context := v.dateFor(si, c); d == nil || !since(d.Text) || d.Start < c {
				// Not a time up to now after the deed (建立战略伙伴关系十年来):
				// that counts from the deed, which it does not date.
				setDate(&f, d, context)
			}
			v.add(f)
		}
		return
	}
}

// parties reads the second party of an event in [start, end): one name
// (event:a-with-b-verb), or a list of names joined by 、 and closed by 等
// and what they are (会同中央空管办、国家发展改革委等十部门), one fact per
// name (event:a-with-list-verb). Every item must be a name.
func (s *Stage) parties(v *view, si, start, end int) ([]org, string) {
	if n := s.words.Ending(dictionaries.FactBoth, v.text, start, end); n > 0 && n < end-start && v.aligned(end-n, end) {
		end -= n // 中国和巴西两国政府: the two together, not the second's name
	}
	if b, ok := s.partyName(v, si, start, end); ok && s.plainName(v, start, end) {
		return []org{b}, "event:a-with-b-verb"
	}
	if e := s.listEnd(v, start, end); e < end {
		end = e
		if b, ok := s.partyName(v, si, start, end); ok && s.plainName(v, start, end) {
			return []org{b}, "event:a-with-list-verb" // 会同国家发展改革委等部门
		}
	}
	var bs []org
	for is := start; is < end; {
		ie := is
		for ie < end && v.text[ie] != '、' {
			ie++
		}
		b, ok := s.partyName(v, si, is, ie)
		if !ok || !s.plainName(v, is, ie) {
			return nil, ""
		}
		bs = append(bs, b)
		is = ie + 1
		if ie == end-1 {
			return nil, "" // a list cannot end in 、
		}
	}
	if len(bs) < 2 {
		return nil, ""
	}
	return bs, "event:a-with-list-verb"
}

// listEnd returns where a list of parties ends before a closing 等 and what
// the parties are (等十部门, 等单位, 等3家单位, 等六省市), or end when there is none.
func (s *Stage) listEnd(v *view, start, end int) int {
	for i := end - 1; i > start && end-i <= 6; i-- {
		if v.text[i] != '等' {
			continue
		}
		tail := v.slice(i+1, end)
		for _, what := range []string{"部门", "单位", "机构", "部委", "国", "省", "市"} {
			if strings.HasSuffix(tail, what) || tail == "" {
				return i
			}
		}
		return end
	}
	return end
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
		if t := v.tokenEnding(g); t != nil && t.Start >= lo && (t.Pos == "d" || t.Pos == "t") {
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
	if pos < hi && v.text[pos] == '起' && v.tokenStarting(pos) != nil && v.tokenStarting(pos).End == pos+1 {
		pos++ // 建立起广泛联系: the verb's complement
	}
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
			if v.text[e] != closer {
				continue
			}
			// 举行“脱欧”谈判: nouns after a quotation go on with the name,
			// quotation marks kept; a book title is the name whole.
			k := e + 1
			for t := v.tokenStarting(k); closer == '”' && t != nil && t.End <= hi && nounLike(t) && t.End-pos <= 2*maxName &&
				!(t.End-t.Start == 1 && strings.Contains("后前时中间上下里内外", t.Text)); t = v.tokenStarting(k) { // not “脱欧”后
				k = t.End
			}
			if k > e+1 {
				return v.slice(pos, k), k
			}
			return v.slice(pos+1, e), e + 1
		}
		return "", pos
	}
	if de {
		// 共同组建的长江沿岸铁路集团股份有限公司: the organization made.
		si := v.d.SentenceAt(pos)
		if si < 0 || si >= len(v.bySent) {
			return "", pos
		}
		for _, i := range v.bySent[si] {
			if m := &v.d.Mentions[i]; m.Type == pipeline.Org && m.Start >= pos && m.End-pos <= maxName && s.plainName(v, pos, m.End) {
				return v.slice(pos, m.End), m.End
			}
		}
		return "", pos
	}
	// 签署了规模为3500亿元人民币的双边本币互换协议: the size is no part of the
	// thing's name.
	if n := s.words.Starting(dictionaries.FactAmount, v.text, pos, hi); n > 0 || pos+2 <= hi && v.slice(pos, pos+2) == "价值" {
		if n == 0 {
			n = 2
		}
		k := pos + n
		k += s.words.Starting(dictionaries.FactLink, v.text, k, hi)
		if m := v.startingAny(k, pipeline.Money); m != nil && m.End < hi && v.text[m.End] == '的' {
			pos = m.End + 1
		}
	}
	e := pos
	for e < hi && e-pos <= maxName && !endsThing(v.text, e) {
		if v.text[e] == '《' {
			// A title inside ends the thing, brackets and all: 发布了全球首个
			// 《…年度报告（2017―2018）》.
			if k := slices.Index(v.text[e:min(hi, e+2*maxName)], '》'); k > 0 {
				return v.slice(pos, e+k+1), e + k + 1
			}
		}
		if m := v.startingAny(e, pipeline.Date, pipeline.Duration); e > pos && (m != nil && since(m.Text) || v.slice(e, min(e+1, hi)) == "是" || v.slice(e, min(e+2, hi)) == "为了") {
			break // 建立战略伙伴关系|十年来, 签署该协定|是为了…; not 欢乐春节启动仪式, 未来关系谈判
		}
		// A filler adverb or a verb of saying starts the next predicate:
		// 建立援助物资分发点|已经超过一个月, 发布报告|称.
		if t := v.tokenStarting(e); e > pos && t != nil && (t.Pos == "d" && s.words.Starting(dictionaries.FactFiller, v.text, e, hi) == t.End-t.Start ||
			s.words.Starting(dictionaries.FactSpeech, v.text, e, hi) == t.End-t.Start ||
			t.Text == "并" && t.End < hi && v.tokenStarting(t.End) != nil && strings.HasPrefix(v.tokenStarting(t.End).Pos, "v")) {
			break // 举行总统会晤|并讨论…: 并 and a verb start the next predicate
		}
		e++
	}
	if e-pos > maxName {
		return "", pos
	}
	return v.slice(pos, e), e
}

// unplaced reports whether a party is one place of no country and no
// division code that names no country either: a sea, a river or a region
// (东海, 日本海) is where something happens, not a side.
func (s *Stage) unplaced(o org) bool {
	if len(o.mentions) != 1 {
		return false
	}
	m := o.mentions[0]
	return m.Type == pipeline.Place && m.Country == "" && m.PlaceCode == "" &&
		s.countries.Lookup(m.Text) == nil && s.countries.Lookup(entity(m)) == nil && s.countries.Abbrev(m.Text) == nil
}

// onlyPlace reports whether a party is one PLACE mention and nothing else.
func onlyPlace(o org) bool {
	return len(o.mentions) == 1 && o.mentions[0].Type == pipeline.Place && o.name == entity(o.mentions[0])
}

// since reports whether a time reads up to now (十年来, 2019年以来), not
// 未来 or 将来.
func since(text string) bool {
	r := []rune(text)
	return len(r) >= 2 && r[len(r)-1] == '来' && strings.ContainsRune("年月天日周以", r[len(r)-2])
}

// endsThing reports whether text[i] ends the words after an event verb:
// clause punctuation, a space or a dash, but not a quote inside a name, a
// percent sign, nor a point or hyphen between letters or digits (27.1万立方米,
// 道格·福特, COVID-19).
func endsThing(text []rune, i int) bool {
	switch r := text[i]; r {
	case '“', '”', '‘', '’', '《', '》', '%', '％':
		return false
	case '.', '·', '-':
		if i > 0 && i+1 < len(text) && (wordChar(text[i-1]) && wordChar(text[i+1])) {
			return false
		}
	}
	r := text[i]
	return unicode.IsPunct(r) || unicode.IsSpace(r) || r == '—'
}

// wordChar reports whether r is a letter or a digit of a word, Han included.
func wordChar(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
