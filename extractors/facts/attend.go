package facts

import (
	"slices"
	"strings"

	"github.com/zhfacts/zhfacts/dictionaries"
	"github.com/zhfacts/zhfacts/pipeline"
)

var attendRule = &rule{
	name:    "attend",
	kind:    Event,
	pattern: "PERSON[、PERSON]… [等] [DATE|time|在 place]… [在] attend [了] [召开|举行] … gathering",
	find:    (*Stage).attendances,
	examples: []example{
		// A bare title opening its clause is its one holder (|actor:title).
		{"中共中央总书记习近平来到延安。总书记在延安主持召开老区脱贫致富座谈会。", []string{"ORG:中共中央", "PERSON:习近平", "PLACE:延安", "PLACE:延安"},
			[]string{"event:person-visits-place|习近平|来到|延安|||延安", "event:person-attends|actor:title|习近平|主持|老区脱贫致富座谈会|||延安"}},
		{"习近平21日在南宁出席第九届中国-东盟博览会开幕式并致辞。",
			[]string{"PERSON:习近平", "DATE:21日|2012-09-21|2012-09-22", "PLACE:南宁", "PLACE:中国", "ORG:东盟"},
			[]string{"event:person-attends|习近平|出席|第九届中国-东盟博览会开幕式||2012-09-21|南宁"}},
		// Everyone listed attends; 等 may close the list.
		{"党和国家领导人习近平、李克强等出席纪念红军长征胜利80周年大会。", []string{"PERSON:习近平", "PERSON:李克强"},
			[]string{"event:person-attends|李克强|出席|纪念红军长征胜利80周年大会", "event:person-attends|习近平|出席|纪念红军长征胜利80周年大会"}},
		// A gathering named as the subject of the clause before, which says
		// when and where it was held: the verb and its bare kind refer to it.
		{"学习贯彻习近平文化思想座谈会6日在京召开，中共中央政治局常委蔡奇出席并讲话。",
			[]string{"PERSON:习近平", "DATE:6日|2023-11-06|2023-11-07", "PLACE:京|北京市", "ORG:中共中央政治局", "PERSON:蔡奇"},
			[]string{"event:person-attends|gathering:held-before|蔡奇|出席|学习贯彻习近平文化思想座谈会||2023-11-06|北京市"}},
		{"第七届数字中国建设峰会24日在福州开幕，国务院副总理丁薛祥出席开幕式并发表主旨讲话。",
			[]string{"PLACE:中国", "DATE:24日|2024-05-24|2024-05-25", "PLACE:福州|福建省福州市", "ORG:国务院", "PERSON:丁薛祥"},
			[]string{"event:person-attends|gathering:held-before|丁薛祥|出席|第七届数字中国建设峰会||2024-05-24|福建省福州市"}},
		{"以“和平”为主题的第八届世界和平论坛在清华大学举行，王岐山出席开幕式并致辞。", []string{"ORG:清华大学", "PERSON:王岐山"}, nil},
		// A bracketed abbreviation is part of the name.
		{"李强在雅加达出席第26次东盟与中日韩（10+3）领导人会议。", []string{"PERSON:李强", "PLACE:雅加达", "ORG:东盟", "PLACE:中", "PLACE:日", "PLACE:韩"},
			[]string{"event:person-attends|李强|出席|第26次东盟与中日韩（10+3）领导人会议|||雅加达"}},
		// Whoever is named before 同 or 与 attends with the person after it.
		{"李强在奥克兰同新西兰总理拉克森共同出席中新教育发展论坛闭幕式。", []string{"PERSON:李强", "PLACE:奥克兰", "PLACE:新西兰", "PERSON:拉克森"},
			[]string{"event:person-attends|拉克森|出席|中新教育发展论坛闭幕式", "event:person-attends|attendee:with|李强|出席|中新教育发展论坛闭幕式|||奥克兰"}},
		// 同 right before the verb, after a party joined by 与, is "together".
		{"李克强与英国首相特雷莎·梅同出席中英企业家委员会会议。", []string{"PERSON:李克强", "PLACE:英国", "PERSON:特雷莎·梅"},
			[]string{"event:person-attends|特雷莎·梅|出席|中英企业家委员会会议", "event:person-attends|attendee:with|李克强|出席|中英企业家委员会会议"}},
		// Before a verb of going it is "with": those met attend.
		{"习近平在人民大会堂同来华出席论坛的普京会谈。", []string{"PERSON:习近平", "PERSON:普京"}, []string{"event:person-with-person-talk|习近平|会谈|普京|||人民大会堂"}},
		// A year in the gathering's name says which; the day the sentence
		// opens with, before the attendee, says when.
		{"4月10日，国家主席习近平在海南出席博鳌亚洲论坛2018年年会开幕式。", []string{"DATE:4月10日|2018-04-10|2018-04-11", "PERSON:习近平", "PLACE:海南|海南省|460000|CN", "DATE:2018年|2018-01-01|2019-01-01"},
			[]string{"event:person-attends|习近平|出席|博鳌亚洲论坛2018年年会开幕式||2018-04-10|海南省"}},
		{"8月23日，外交部就李强出席2024年中非合作论坛峰会开幕式答问。", []string{"DATE:8月23日|2024-08-23|2024-08-24", "ORG:外交部", "PERSON:李强", "DATE:2024年|2024-01-01|2025-01-01"},
			[]string{"event:person-attends|李强|出席|2024年中非合作论坛峰会开幕式||2024-01-01"}},
		// A count of gatherings before the name is no part of it; more than
		// one are several, which no date dates.
		{"7月9日，温家宝主持召开两次经济形势座谈会。默克尔22日出席一场海事行业会议。", []string{"DATE:7月9日|2012-07-09|2012-07-10", "PERSON:温家宝", "QUANTITY:两次|2|次", "PERSON:默克尔", "DATE:22日|2019-05-22|2019-05-23", "QUANTITY:一场|1|场"},
			[]string{"event:person-attends|温家宝|主持|经济形势座谈会", "event:person-attends|默克尔|出席|海事行业会议||2019-05-22"}},
		{"习近平出席10余场活动。", []string{"PERSON:习近平", "QUANTITY:10余场|10|场"}, nil},
		// Whose delegation it is, a pronoun and 所在的, is no part of its name.
		{"赵乐际5日下午参加他所在的黑龙江代表团审议。", []string{"PERSON:赵乐际", "DATE:5日下午|2019-03-05|2019-03-06", "PLACE:黑龙江|黑龙江省|230000|CN"},
			[]string{"event:person-attends|赵乐际|参加|黑龙江代表团审议||2019-03-05"}},
		// A passive after the gathering says what was done to the attendee
		// there: no part of the name (智库活动, named only by its kind).
		{"坎贝尔16日出席智库活动被问及此次峰会。", []string{"PERSON:坎贝尔", "DATE:16日|2023-08-16|2023-08-17"}, nil},
		// Who hosted it, before 的, is no part of its name.
		{"9月19日，韩正出席了中方主办的全球发展倡议合作成果展示高级别会议。", []string{"DATE:9月19日|2023-09-19|2023-09-20", "PERSON:韩正"},
			[]string{"event:person-attends|韩正|出席|全球发展倡议合作成果展示高级别会议||2023-09-19"}},
		// Two gatherings joined by 暨 are named by the words before the first:
		// 闭幕式暨颁奖晚会 says only which kinds.
		{"刘延东、孙家正一同出席闭幕式暨颁奖晚会。", []string{"PERSON:刘延东", "PERSON:孙家正"}, nil},
		{"刘延东出席第四届全国少数民族文艺会演闭幕式暨颁奖晚会。", []string{"PERSON:刘延东"},
			[]string{"event:person-attends|刘延东|出席|第四届全国少数民族文艺会演闭幕式暨颁奖晚会"}},
		// Meetings to report, consult or push work on are gatherings too.
		{"习近平还主持召开省教育实践活动工作情况汇报会，听取了汇报。", []string{"PERSON:习近平"},
			[]string{"event:person-attends|习近平|主持|省教育实践活动工作情况汇报会"}},
		{"全国政协12日在京召开专题协商会，王沪宁出席会议并讲话。王沪宁出席“统筹城乡融合发展”专题协商会。", []string{"ORG:全国政协", "PLACE:京", "PERSON:王沪宁", "PERSON:王沪宁"},
			[]string{"event:person-attends|王沪宁|出席|“统筹城乡融合发展”专题协商会"}},
		// A meeting called and chaired: the meeting, not the calling.
		{"李强主持召开国务院常务会议。", []string{"PERSON:李强", "ORG:国务院"},
			[]string{"event:person-attends|李强|主持|国务院常务会议"}},
		// The gathering of a clause of occasion is attended too.
		{"习近平在出席亚太经合组织工商领导人峰会时发表演讲。", []string{"PERSON:习近平", "ORG:亚太经合组织"},
			[]string{"event:person-attends|习近平|出席|亚太经合组织工商领导人峰会"}},
		// A clause of 并 or 还 goes on from the one person before it.
		{"王岐山到湖北省调研，并主持召开部分省市纪委书记座谈会。", []string{"PERSON:王岐山", "PLACE:湖北省"},
			[]string{"event:person-attends|attendee:clause-before|王岐山|主持|部分省市纪委书记座谈会", "event:person-visits-place|王岐山|调研|湖北省|||湖北省"}},
		{"习近平会见李四，并出席欢迎仪式座谈会。", []string{"PERSON:习近平", "PERSON:李四"}, []string{"event:person-meets-person|习近平|会见|李四"}},
		{"应南非总统拉马福萨邀请，出席金砖国家领导人第十次会晤。", []string{"PLACE:南非", "PERSON:拉马福萨"}, nil},
		{"【记者 姜蔼玲】据韩联社报道，出席美日韩峰会。", []string{"PERSON:姜蔼玲", "ORG:韩联社"}, nil},
		// How the person attended stands between: 以视频方式.
		{"习近平同秘鲁总统博鲁阿尔特以视频方式共同出席钱凯港开港仪式。", []string{"PERSON:习近平", "PLACE:秘鲁", "PERSON:博鲁阿尔特", "PLACE:钱凯港"},
			[]string{"event:person-attends|博鲁阿尔特|出席|钱凯港开港仪式", "event:person-attends|attendee:with|习近平|出席|钱凯港开港仪式"}},
		// Where the person went to attend it is its place.
		{"习近平还将赴圣彼得堡出席第二十三届圣彼得堡国际经济论坛。", []string{"PERSON:习近平", "PLACE:圣彼得堡", "PLACE:圣彼得堡"},
			[]string{"event:person-attends|plan:marker|习近平|出席|第二十三届圣彼得堡国际经济论坛|||圣彼得堡", "event:person-visits-place|plan:marker|习近平|前往|圣彼得堡|||圣彼得堡"}},
		// A hope is no event yet (期待, a plan word).
		{"总统期待着习近平主席出席二十国集团领导人峰会。", []string{"PERSON:习近平"},
			[]string{"event:person-attends|plan:marker|习近平|出席|二十国集团领导人峰会"}},
		// Where a gathering was held is no part of its name.
		{"王毅参加在日内瓦举行的伊核问题外长会议。", []string{"PERSON:王毅", "PLACE:日内瓦"},
			[]string{"event:person-attends|王毅|参加|伊核问题外长会议"}},
		// A gathering written bare, referred back to, said only by its kind
		// or only by when it was names none.
		{"李克强出席会议并讲话。王毅、何立峰等参加上述系列活动。韩正出席颁授仪式。巴雷拉出席当天的仪式。", []string{"PERSON:李克强", "PERSON:王毅", "PERSON:何立峰", "PERSON:韩正", "PERSON:巴雷拉", "DATE:当天|2024-05-05|2024-05-06"}, nil},
		// Someone asked to attend, or a gathering named after 的, is none.
		{"朴槿惠没有邀请安倍出席自己的就职典礼。尹锡悦主持的国务会议通过决定。", []string{"PERSON:朴槿惠", "PERSON:安倍", "PERSON:尹锡悦"}, nil},
		// The people met attend, not the one who meets.
		{"习近平会见出席论坛年会的各国代表。", []string{"PERSON:习近平"}, nil},
		{"韩正在北京集体会见出席2024年国际议员友好交流论坛的外方嘉宾。", []string{"PERSON:韩正", "PLACE:北京"}, nil},
	},
}

// maxGathering is the longest name of a gathering read after its verb, in
// runes: 第十四届全国人民代表大会第一次会议 and longer forums.
const maxGathering = 32

// attendances finds who attended, chaired or took part in which gathering:
// a verb of fact_words kind attend (出席, 主持, 参加) after a person or a
// list of people, and the gathering the words after it name, up to the last
// word of kind gathering in the clause (…博览会开幕式). The person is read as
// a meeting's is, with the time and place written between.
func (s *Stage) attendances(v *view) {
	first := s.words.First(dictionaries.FactAttend)
	for si, sent := range v.sents {
		if len(v.mentions(si, pipeline.Person)) == 0 && !s.shortFormIn(v, si) {
			continue
		}
		for k := sent.Start + 1; k < sent.End-1; k++ {
			if !first.Has(v.text[k]) {
				continue // most positions: no call
			}
			n := s.words.Starting(dictionaries.FactAttend, v.text, k, sent.End)
			if n == 0 || !v.aligned(k, k+n) {
				continue
			}
			s.attendAt(v, si, k, n)
			k += n - 1
		}
	}
}

// attendAt reads who attended which gathering at the verb [k, k+n).
func (s *Stage) attendAt(v *view, si, k, n int) {
	lo := v.sents[si].Start
	at := k
	if at > lo && (v.text[at-1] == '在' || v.text[at-1] == '等') {
		at-- // 习近平在出席…时, 习近平、李克强等出席…
	}
	if at > lo && v.text[at-1] == '同' {
		// 李克强与特雷莎·梅同出席…: after a party joined by 与, 同 is
		// "together"; before a verb of going it is "with" (同来华…的).
		if p := v.endingAt(at-1, lo, pipeline.Person); p != nil {
			if _, ok := s.withAt(v, si, p); ok {
				at--
			}
		}
	}
	mt, ok := s.personBefore(v, si, at)
	how := ""
	if !ok {
		mt, ok = s.subjectBefore(v, si, at)
		how = "|attendee:clause-before"
	}
	if !ok || v.meetsIn(mt.a.End, at) {
		return // 韩正在北京集体会见出席…论坛的…: those met attend
	}
	if t := v.tokenEnding(mt.a.Start); t != nil && t.Start >= lo && s.words.Ending(dictionaries.FactInvite, v.text, t.Start, t.End) == t.End-t.Start {
		return // 没有邀请安倍出席…: asked, maybe not come
	}
	if k+n < len(v.text) && v.text[k+n] == '的' {
		return // 尹锡悦主持的…会议: the gathering is named after 的, its subject before
	}
	from, end, several := s.gathering(v, si, k+n)
	evStart := -1
	if end < 0 {
		held, ok := s.heldBefore(v, si, k, n, attendees(v, lo, mt.a)[0])
		if !ok {
			return
		}
		from, end, evStart = held.start, held.end, held.start
		how += "|gathering:held-before"
		if mt.date == nil {
			mt.date = held.date
		}
		if mt.place.name == "" {
			mt.place = held.place
		}
	}
	mt.several = mt.several || several
	verb, _ := s.words.Predicate(dictionaries.FactAttend, v.slice(k, k+n))
	type attendee struct {
		mt   meeting // the person, with the time and place written before the verb
		rule string
	}
	var as []attendee
	ps := attendees(v, lo, mt.a)
	for _, p := range ps {
		mp := mt
		mp.a = p
		as = append(as, attendee{mp, "event:person-attends" + how})
	}
	// 李强在奥克兰同新西兰总理拉克森共同出席…: the person before 同 or 与
	// attends too, where that person was (|attendee:with).
	if c, ok := s.withAt(v, si, ps[len(ps)-1]); ok {
		if lead, ok := s.personBefore(v, si, c); ok && !v.meetsIn(lead.a.End, c) && !slices.Contains(ps, lead.a) {
			as = append(as, attendee{lead, "event:person-attends|attendee:with"})
		}
	}
	for _, a := range as {
		f := newFact(Event, a.rule+a.mt.actor(), si, a.mt.a.Start, end, 0.8)
		if evStart >= 0 {
			f.EvidenceStart, f.EvidenceEnd = evStart, k+n
		}
		f.Subject, f.Predicate, f.Object = entity(a.mt.a), verb, v.slice(from, end)
		addMention(&f, a.mt.a)
		f.Place = a.mt.place.name
		for _, m := range a.mt.place.mentions {
			addMention(&f, m)
		}
		s.dateMeeting(v, si, &f, a.mt, k)
		v.add(f)
	}
}

// held is a gathering named as the subject of the clause before its
// attendee's, with the time and place that clause gives it.
type held struct {
	start, end int
	date       *pipeline.Mention
	place      place
}

// heldBefore reads the gathering that an attend verb at [k, k+n) naming
// none — a bare kind of gathering or nothing before 并 or the clause's end
// — refers to, when the attendee's clause, opened by first, follows one
// whose subject is a gathering and whose verb a word of fact_words kind
// convened, after times and where (学习贯彻习近平文化思想座谈会6日在京召开，
// …蔡奇出席并讲话; 第七届数字中国建设峰会24日在福州开幕，…丁薛祥出席开幕式). A
// name with 的 is not read (以…为主题的第八届世界和平论坛: what it is about,
// or who held it, may stand there).
func (s *Stage) heldBefore(v *view, si, k, n int, first *pipeline.Mention) (held, bool) {
	lo, hi := v.sents[si].Start, v.sents[si].End
	e := k + n
	if w := s.words.Starting(dictionaries.FactGathering, v.text, e, hi); w > 0 {
		e += w
	}
	if e < hi && !strings.ContainsRune("并，,。；", v.text[e]) {
		return held{}, false
	}
	cs := v.clauseStart(lo, first.Start)
	if cs <= lo || v.text[cs-1] != '，' && v.text[cs-1] != ',' {
		return held{}, false
	}
	pe := cs - 1
	hn := s.words.Ending(dictionaries.FactConvened, v.text, lo, pe)
	if hn == 0 || !v.aligned(pe-hn, pe) {
		return held{}, false
	}
	ps := v.clauseStart(lo, pe)
	for ps < pe && (isSpace(v.text[ps]) || v.text[ps] == '\n') {
		ps++
	}
	r := s.backOver(v, ps, pe-hn, 0, dictionaries.FactFiller)
	for ne := r; ne > ps; ne-- {
		w := s.words.Ending(dictionaries.FactGathering, v.text, ps, ne)
		if w == 0 || v.tokenEnding(ne) == nil {
			continue
		}
		h := held{start: ps, end: ne}
		if v.text[ps] == '“' && ne < r && v.text[ne] == '”' {
			h.start++ // “2018从都国际论坛”10日在广州开幕
			ne++
		}
		if strings.ContainsAny(v.slice(h.start, h.end), "的“”") || !v.names(si, h.start, s.pairStart(v, h.start, h.end-w)) {
			return held{}, false
		}
		// Only times and where between the name and the verb.
		for pos := ne; pos < r; {
			if d := v.dateAt(si, pos); d != nil {
				h.date, pos = d, d.End
				continue
			}
			if v.text[pos] != '在' && v.text[pos] != '于' {
				return held{}, false
			}
			pl, ok := s.placeRun(v, si, pos+1, r)
			if !ok {
				return held{}, false
			}
			h.place, pos = pl, r
		}
		return h, true
	}
	return held{}, false
}

// subjectBefore returns the person a clause of one or two adverbs or verbs
// before pos (并, 还, 随后) goes on from: the one PERSON mention of the
// sentence before the clause (王岐山…到湖北省调研，并主持召开…座谈会).
func (s *Stage) subjectBefore(v *view, si, pos int) (meeting, bool) {
	lo := v.sents[si].Start
	cs := v.clauseStart(lo, pos)
	if cs == lo || pos-cs > 4 {
		return meeting{}, false
	}
	for p := cs; p < pos; {
		t := v.tokenStarting(p)
		if t == nil || t.End > pos || t.Pos != "c" && t.Pos != "d" && t.Pos != "zg" {
			return meeting{}, false
		}
		p = t.End
	}
	var a *pipeline.Mention
	for _, m := range v.mentions(si, pipeline.Person) {
		if m.End <= cs {
			if a != nil {
				return meeting{}, false // 习近平会见X，并出席…: whose clause it is is not written
			}
			a = m
		}
	}
	if a == nil || a.End < len(v.text) && strings.ContainsRune("】）)", v.text[a.End]) || strings.Contains(v.slice(a.Start, cs), "邀请") {
		// A byline (【记者 姜蔼玲】), or who invited or was invited (应…拉马福萨邀请，出席…;
		// 习近平邀请…，参加…): not who attended.
		return meeting{}, false
	}
	return meeting{a: a}, true
}

// attendees returns a and the people listed right before it with 、, 和 or
// 与, last first.
func attendees(v *view, lo int, a *pipeline.Mention) []*pipeline.Mention {
	ps := []*pipeline.Mention{a}
	for p := a; len(ps) < 16 && p.Start-1 > lo && strings.ContainsRune("、和与", v.text[p.Start-1]); {
		q := v.endingAt(p.Start-1, lo, pipeline.Person)
		if q == nil {
			break
		}
		ps = append(ps, q)
		p = q
	}
	return ps
}

// gathering returns where the name of the gathering that starts at pos
// starts and ends: after 了 and a word of fact_words kind hold of one called
// and chaired (主持召开了…), after such a word and 的 of where it was held
// (在日内瓦举行的…会议), after a time and 的 (当天的…) and after a pronoun
// and 所在的 (他所在的…代表团); up to the end of the
// last word of kind gathering before the clause ends. A gathering written
// bare (会议, 开幕式), referred back to (上述活动; kind deictic) or named only
// by its kind (颁授仪式) names none: end is -1.
func (s *Stage) gathering(v *view, si, pos int) (start, end int, several bool) {
	hi := min(v.sents[si].End, pos+maxGathering)
	if pos < hi && v.text[pos] == '了' {
		pos++
	}
	if n := s.words.Starting(dictionaries.FactHold, v.text, pos, hi); n > 0 {
		pos += n // 主持召开了…会议
		if pos < hi && v.text[pos] == '了' {
			pos++
		}
	}
	if m := v.startingAny(pos, pipeline.Quantity); m != nil && m.End < hi && s.isSitting(m.Unit) {
		// 主持召开40次中央深改领导小组会议, 出席一场海事行业会议: how many,
		// no part of the name; more than one is several gatherings.
		pos, several = m.End, m.Value == nil || *m.Value != 1 || m.Qualifier != "" && m.Qualifier != "exact"
	}
	start, end = pos, -1
	if s.words.Starting(dictionaries.FactDeictic, v.text, pos, hi) > 0 {
		return start, -1, several // 参加上述活动: named before, if at all
	}
	for e := pos + 1; e <= hi; e++ {
		if c := v.text[e-1]; (c == '（' || c == '(') && e-1 > start {
			// A short name's bracketed abbreviation inside it (二十国集团（G20）
			// 峰会, 东盟与中日韩（10+3）领导人会议) is part of the name.
			if q := v.closing(e, min(hi, e+maxAbbrev), closer(c)); q > e {
				e = q + 1
				continue
			}
		}
		if strings.ContainsRune("，,。；;：:、并（(", v.text[e-1]) {
			break
		}
		if v.text[e-1] == '被' {
			break // 出席智库活动被问及…峰会: a passive says what was done to the attendee there
		}
		if v.text[e-1] == '的' && s.words.Ending(dictionaries.FactHold, v.text, pos, e-1) > 0 {
			start, end = e, -1 // 在日内瓦举行的: where, not what
			continue
		}
		if m := v.timeStarting(start, e); v.text[e-1] == '的' && m != nil && m.End == e-1 {
			start, end = e, -1 // 当天的仪式: when, not what
			continue
		}
		if t := v.tokenStarting(start); v.text[e-1] == '的' && t != nil && t.Pos == "r" && v.slice(t.End, e-1) == "所在" {
			start, end = e, -1 // 他所在的…代表团: whose it is, not what
			continue
		}
		if w := s.words.Ending(dictionaries.FactGathering, v.text, start, e); w > 0 && v.tokenEnding(e) != nil && v.names(si, start, s.pairStart(v, start, e-w)) {
			end = e
		}
	}
	return start, end, several
}

// maxAbbrev is how many runes a bracketed abbreviation inside a gathering's
// name may take, its closing bracket included: （G20）, （APEC）, （10+3）.
const maxAbbrev = 8

// closing returns where the bracket cl closes in [from, to), before any
// punctuation, or -1.
func (v *view) closing(from, to int, cl rune) int {
	for q := from; q < to; q++ {
		switch {
		case v.text[q] == cl:
			return q
		case strings.ContainsRune("，,。；;：:、（(", v.text[q]):
			return -1
		}
	}
	return -1
}

// closer returns the bracket that closes the opening bracket c.
func closer(c rune) rune {
	if c == '（' {
		return '）'
	}
	return ')'
}

// isSitting reports whether unit counts gatherings (fact_words kind sitting).
func (s *Stage) isSitting(unit string) bool {
	_, ok := s.words.Predicate(dictionaries.FactSitting, unit)
	return ok
}

// pairStart returns where the first of two gatherings joined by 暨 before
// end begins (闭幕式暨颁奖|晚会 → the 闭幕式), whose words before it name
// both, or end when there is no such pair.
func (s *Stage) pairStart(v *view, start, end int) int {
	for j := end - 1; j > start; j-- {
		if v.text[j] == '暨' {
			if w := s.words.Ending(dictionaries.FactGathering, v.text, start, j); w > 0 {
				return j - w
			}
			break
		}
	}
	return end
}

// minGatheringName is the fewest runes before a gathering's last word that
// name it when they hold no ORG or PLACE: 颁授仪式 and 吊唁活动 say what
// kind of gathering, not which; 首都义务植树活动 does.
const minGatheringName = 3

// names reports whether [start, end) names a gathering before its last word.
func (v *view) names(si, start, end int) bool {
	return end-start >= minGatheringName || end > start && len(v.inside(si, start, end)) > 0
}
