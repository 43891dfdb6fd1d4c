package facts

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/dictionaries"
	"github.com/zhfacts/zhfacts/extractors/number"
	"github.com/zhfacts/zhfacts/internal/runes"
	"github.com/zhfacts/zhfacts/pipeline"
)

var meetRule = &rule{
	name:    "meet",
	kind:    Event,
	pattern: "PERSON [DATE|time|在 place]… meet [了] […的] [place|org title] PERSON[、PERSON]… (or […的] ORG), and PERSON […] 同|与|和 […的] [title] PERSON […] talk",
	find:    (*Stage).meetings,
	examples: []example{
		// A bare title opening its clause is its one holder (|actor:title).
		{"国务院总理李强来到上海。总理在上海会见了拉克森。", []string{"ORG:国务院", "PERSON:李强", "PLACE:上海|上海市|310000|CN", "PLACE:上海|上海市|310000|CN", "PERSON:拉克森"},
			[]string{"event:person-meets-person|actor:title|李强|会见|拉克森|||上海市", "event:person-visits-place|李强|来到|上海市|||上海市"}},
		// A meeting to come is marked (plan:marker).
		{"访问期间，习近平主席将会见班达里总统。", []string{"PERSON:习近平", "PERSON:班达里"},
			[]string{"event:person-meets-person|plan:marker|习近平|会见|班达里"}},
		{"9月9日下午，国家主席习近平在北京钓鱼台国宾馆会见来华正式访问的挪威首相斯特勒。",
			[]string{"DATE:9月9日下午|2024-09-09|2024-09-10", "PERSON:习近平", "PLACE:北京", "PLACE:挪威", "PERSON:斯特勒"},
			[]string{"event:person-meets-person|习近平|会见|斯特勒||2024-09-09|北京钓鱼台国宾馆"}},
		{"国务院总理李克强14至15日在乌兰巴托会见了拉脱维亚总统韦约尼斯、越南总理阮春福和柬埔寨首相洪森。",
			[]string{"ORG:国务院", "PERSON:李克强", "DATE:14至15日|2016-07-14|2016-07-16", "PLACE:乌兰巴托", "PLACE:拉脱维亚",
				"PERSON:韦约尼斯", "PLACE:越南", "PERSON:阮春福", "PLACE:柬埔寨", "PERSON:洪森"},
			[]string{
				"event:person-meets-person|李克强|会见|韦约尼斯||2016-07-14|乌兰巴托",
				"event:person-meets-person|李克强|会见|阮春福||2016-07-14|乌兰巴托",
				"event:person-meets-person|李克强|会见|洪森||2016-07-14|乌兰巴托",
			}},
		{"4月19日下午，国家主席习近平在人民大会堂同来华进行国事访问的加蓬总统邦戈举行会谈。",
			[]string{"DATE:4月19日下午|2023-04-19|2023-04-20", "PERSON:习近平", "PLACE:加蓬", "PERSON:邦戈"},
			[]string{"event:person-with-person-talk|习近平|会谈|邦戈||2023-04-19|人民大会堂"}},
		{"央视网消息：4月19日下午，习近平同美国总统拜登通电话。", []string{"DATE:4月19日下午|2023-04-19|2023-04-20", "PERSON:习近平", "PLACE:美国", "PERSON:拜登"},
			[]string{"event:person-with-person-talk|习近平|通电话|拜登||2023-04-19"}},
		{"习近平同美国总统拜登通电话。", []string{"PERSON:习近平", "PLACE:美国", "PERSON:拜登"},
			[]string{"event:person-with-person-talk|习近平|通电话|拜登"}},
		// A time zone before the date: it still opens the clause.
		{"央视网消息：当地时间7月10日，国务院总理李强在开罗同埃及总理马德布利举行会谈。",
			[]string{"DATE:7月10日|2023-07-10|2023-07-11", "PERSON:李强", "PLACE:开罗", "PLACE:埃及", "PERSON:马德布利"},
			[]string{"event:person-with-person-talk|李强|会谈|马德布利||2023-07-10|开罗"}},
		// Numbers in the words before 的, an occasion before the verb.
		{"9月23日上午，国家主席习近平在杭州西湖国宾馆会见来华出席第19届亚洲运动会开幕式的叙利亚总统巴沙尔。",
			[]string{"DATE:9月23日上午|2023-09-23|2023-09-24", "PERSON:习近平", "PLACE:杭州", "ORG:西湖国宾馆", "PLACE:叙利亚", "PERSON:巴沙尔"},
			[]string{"event:person-meets-person|习近平|会见|巴沙尔||2023-09-23|杭州西湖国宾馆"}},
		{"国务院总理李强在新德里出席二十国集团领导人峰会期间会见欧盟委员会主席冯德莱恩。",
			[]string{"ORG:国务院", "PERSON:李强", "PLACE:新德里", "ORG:二十国集团", "ORG:欧盟委员会", "PERSON:冯德莱恩"},
			[]string{"event:person-attends|李强|出席|二十国集团领导人峰会|||新德里", "event:person-meets-person|李强|会见|冯德莱恩|||新德里"}},
		// How the meeting is held is no part of where (集体会见).
		{"国家副主席韩正13日在北京集体会见欧盟外交与安全政策高级代表博雷利。",
			[]string{"PERSON:韩正", "DATE:13日|2024-06-13|2024-06-14", "PLACE:北京", "ORG:欧盟", "PERSON:博雷利"},
			[]string{"event:person-meets-person|韩正|会见|博雷利||2024-06-13|北京"}},
		{"国家副主席韩正13日在北京会见欧盟外交与安全政策高级代表博雷利。",
			[]string{"PERSON:韩正", "DATE:13日|2024-06-13|2024-06-14", "PLACE:北京", "ORG:欧盟", "PERSON:博雷利"},
			[]string{"event:person-meets-person|韩正|会见|博雷利||2024-06-13|北京"}},
		{"绍伊古与伊朗武装部队总参谋长巴盖里等高级别官员举行会谈。",
			[]string{"PERSON:绍伊古", "ORG:伊朗武装部队", "PERSON:巴盖里"},
			[]string{"event:person-with-person-talk|绍伊古|会谈|巴盖里"}},
		// Messages exchanged are talks too.
		{"国家主席习近平同尼泊尔总统鲍德尔互致贺电。", []string{"PERSON:习近平", "PLACE:尼泊尔", "PERSON:鲍德尔"},
			[]string{"event:person-with-person-talk|习近平|互致贺电|鲍德尔"}},
		// 和 joins the people talked with; it opens no talk of theirs.
		{"赵乐际同巴哈马众议长德沃和参议长阿德利举行会谈。",
			[]string{"PERSON:赵乐际", "PLACE:巴哈马", "PERSON:德沃", "PERSON:阿德利"},
			[]string{"event:person-with-person-talk|赵乐际|会谈|德沃", "event:person-with-person-talk|赵乐际|会谈|阿德利"}},
		// A later item of a list after 与 is talked with, no party of its own.
		{"扎里夫到访布鲁塞尔，与欧盟高级代表莫盖里尼以及法国外长勒德里安、德国外长加布里尔和英国外交大臣约翰逊举行会晤。",
			[]string{"PERSON:扎里夫", "PLACE:布鲁塞尔", "ORG:欧盟", "PERSON:莫盖里尼", "PLACE:法国", "PERSON:勒德里安", "PLACE:德国", "PERSON:加布里尔", "PLACE:英国", "PERSON:约翰逊"},
			[]string{"event:person-visits-place|扎里夫|访问|布鲁塞尔|||布鲁塞尔"}},
		// Titles after the names.
		{"欢迎仪式后，习近平主席同希奇莱马总统举行会谈。", []string{"PERSON:习近平", "PERSON:希奇莱马"},
			[]string{"event:person-with-person-talk|习近平|会谈|希奇莱马"}},
		// No person before the verb: 在会见…时 sets the scene of what follows,
		// and the one opening the next clause met (host:after-occasion).
		{"在会见韦约尼斯时，李克强表示欢迎。", []string{"PERSON:韦约尼斯", "PERSON:李克强"},
			[]string{"event:person-meets-person|host:after-occasion|李克强|会见|韦约尼斯"}},
		{"会见洪森首相时，贾庆林转达了温家宝总理的问候。", []string{"PERSON:洪森", "PERSON:贾庆林", "PERSON:温家宝"},
			[]string{"event:person-meets-person|host:after-occasion|贾庆林|会见|洪森"}},
		{"在会见韦约尼斯后举行的记者会上，李克强表示欢迎。", []string{"PERSON:韦约尼斯", "PERSON:李克强"}, nil},
		// Whoever stands after 的 must be the one met: 夫人 is no title.
		{"习近平会见美国总统的夫人吉尔。", []string{"PERSON:习近平", "PLACE:美国", "PERSON:吉尔"}, nil},
		// A body met, mostly a delegation; not one whose head was met.
		{"习近平会见了朝鲜高级别代表团。", []string{"PERSON:习近平", "ORG:朝鲜高级别代表团"},
			[]string{"event:person-meets-org|习近平|会见|朝鲜高级别代表团"}},
		{"李克强会见由索安副首相率领的柬埔寨人民党代表团。", []string{"PERSON:李克强", "PERSON:索安", "ORG:柬埔寨人民党代表团"},
			[]string{"event:person-meets-org|李克强|会见|柬埔寨人民党代表团"}},
		{"习近平会见美国时代华纳集团负责人。", []string{"PERSON:习近平", "ORG:美国时代华纳集团"}, nil},
		// A surname and a title stand for the one person of that surname the
		// document names in full with that title (习主席 → 习近平); not for
		// one it never gives that title, nor for one of two.
		{"国家主席习近平会见普京。习主席在北京会见了莫迪。", []string{"PERSON:习近平", "PERSON:普京", "PLACE:北京|北京市|110000|CN", "PERSON:莫迪"},
			[]string{"event:person-meets-person|习近平|会见|普京", "event:person-meets-person|习近平|会见|莫迪|||北京市"}},
		{"习近平会见普京。习主席会见了莫迪。", []string{"PERSON:习近平", "PERSON:普京", "PERSON:莫迪"},
			[]string{"event:person-meets-person|习近平|会见|普京"}},
		{"国家主席习近平会见普京。习仲勋会见了默克尔。习主席会见了莫迪。", []string{"PERSON:习近平", "PERSON:普京", "PERSON:习仲勋", "PERSON:默克尔", "PERSON:莫迪"},
			[]string{"event:person-meets-person|习近平|会见|普京", "event:person-meets-person|习仲勋|会见|默克尔"}},
		// 即将 after the one who meets makes the meeting one to come, which
		// the day the sentence opens with, when it was said, does not date;
		// after the verb it describes the one met.
		{"3月20日，外交部介绍，习近平主席即将同奥巴马总统会晤。", []string{"DATE:3月20日|2019-03-20|2019-03-21", "ORG:外交部", "PERSON:习近平", "PERSON:奥巴马"},
			[]string{"event:person-with-person-talk|plan:marker|习近平|会晤|奥巴马"}},
		{"李长春今天在人民大会堂会见了即将出征的中国体育代表团。", []string{"PERSON:李长春", "DATE:今天|2012-07-10|2012-07-11", "PLACE:人民大会堂", "ORG:中国体育代表团"},
			[]string{"event:person-meets-org|李长春|会见|中国体育代表团||2012-07-10|人民大会堂"}},
		// A date's time zone stands between the person and the date.
		{"国务院总理温家宝当地时间5日在万象会见法国总统奥朗德。", []string{"ORG:国务院", "PERSON:温家宝", "DATE:5日|2012-11-05|2012-11-06", "PLACE:万象", "PLACE:法国", "PERSON:奥朗德"},
			[]string{"event:person-meets-person|温家宝|会见|奥朗德||2012-11-05|万象"}},
		// A count of times between the one talked with and the verb: an
		// ordinal is one meeting, dated; more are several, undated.
		{"习近平21日同普京第三次举行会晤。习近平21日同普京多次会晤。", []string{"PERSON:习近平", "DATE:21日|2019-06-21|2019-06-22", "PERSON:普京", "PERSON:习近平", "DATE:21日|2019-06-21|2019-06-22", "PERSON:普京"},
			[]string{"event:person-with-person-talk|习近平|会晤|普京||2019-06-21", "event:person-with-person-talk|习近平|会晤|普京"}},
		// Names listed before a name and its head share it: the delegation
		// is met, not the army (listedHead).
		{"习近平会见了中国人民解放军和武警代表团。", []string{"PERSON:习近平", "ORG:中国人民解放军", "ORG:武警代表团"},
			[]string{"event:person-meets-org|习近平|会见|武警代表团"}},
		{"习近平会见了中国人民解放军和武警代表团负责人。", []string{"PERSON:习近平", "ORG:中国人民解放军", "ORG:武警代表团"}, nil},
		// The titled head of a delegation is met, as the one written after
		// the verb.
		{"王沪宁会见由德国社会民主党联合主席克林贝尔率领的代表团。", []string{"PERSON:王沪宁", "ORG:德国社会民主党", "PERSON:克林贝尔", "ORG:代表团"},
			[]string{"event:person-meets-person|王沪宁|会见|克林贝尔"}},
		// Several people, and the kind of talks between 举行 and the verb.
		{"习近平同法国总统马克龙、欧盟委员会主席冯德莱恩举行中法欧三方会晤。",
			[]string{"PERSON:习近平", "PLACE:法国", "PERSON:马克龙", "ORG:欧盟委员会", "PERSON:冯德莱恩"},
			[]string{
				"event:person-with-person-talk|习近平|会晤|马克龙",
				"event:person-with-person-talk|习近平|会晤|冯德莱恩",
			}},
		// An envoy named after the one who sent them is the one met; an
		// envoy the tagger did not name, no one.
		{"习近平在人民大会堂会见韩国候任总统朴槿惠特使金武星。", []string{"PERSON:习近平", "PLACE:人民大会堂", "PLACE:韩国", "PERSON:朴槿惠", "PERSON:金武星"},
			[]string{"event:person-meets-person|习近平|会见|金武星|||人民大会堂"}},
		{"刘云山会见了朝鲜劳动党第一书记金正恩特使、朝鲜劳动党中央政治局常委崔龙海。", []string{"PERSON:刘云山", "ORG:朝鲜劳动党", "PERSON:金正恩", "ORG:朝鲜劳动党中央政治局", "PERSON:崔龙海"},
			[]string{"event:person-meets-person|刘云山|会见|崔龙海"}},
		{"李克强会见泰国国王普密蓬的代表诗琳通公主，泰国总理英拉陪同会见。", []string{"PERSON:李克强", "PLACE:泰国", "PERSON:普密蓬", "PLACE:泰国", "PERSON:英拉"}, nil},
		// A message sent: to the person after the verb, or after 向.
		{"习近平21日致电拜登。国家主席习近平向印度总理莫迪致贺电。", []string{"PERSON:习近平", "DATE:21日|2024-05-21|2024-05-22", "PERSON:拜登", "PERSON:习近平", "PLACE:印度", "PERSON:莫迪"},
			[]string{"event:person-messages-person|习近平|致电|拜登||2024-05-21", "event:person-messages-person|习近平|致贺电|莫迪"}},
		{"习近平致信中国残疾人福利基金会。", []string{"PERSON:习近平", "ORG:中国残疾人福利基金会"},
			[]string{"event:person-messages-org|习近平|致信|中国残疾人福利基金会"}},
		// A verb between the parties and the talk: no meeting of the two.
		{"习近平同邦戈共同见证签署合作文件。", []string{"PERSON:习近平", "PERSON:邦戈"}, nil},
	},
}

// meetings finds the meetings and talks between two people in every
// sentence with two PERSON mentions, and a person's meetings with a body in
// a sentence with one and an ORG.
func (s *Stage) meetings(v *view) {
	meet, message := s.words.First(dictionaries.FactMeet), s.words.First(dictionaries.FactMessage) // most positions: no lookup of the kind
	for si, sent := range v.sents {
		persons := 0
		for _, i := range v.bySent[si] {
			if v.d.Mentions[i].Type == pipeline.Person {
				persons++
			}
		}
		if persons == 0 || persons == 1 && len(v.mentions(si, pipeline.Org)) == 0 && !s.shortFormIn(v, si) {
			continue // no one; or one, and no body nor short form (习主席会见普京) for the other party
		}
		for k := sent.Start; k < sent.End-1; k++ {
			// A verb and a connector alike start a word; the test is
			// cheaper than the dictionary's. One opening the sentence
			// may be an occasion's (会见洪森首相时，…).
			t := v.tokenStarting(k)
			if t == nil {
				continue
			}
			if meet.Has(v.text[k]) {
				if n := s.words.Starting(dictionaries.FactMeet, v.text, k, sent.End); n > 0 && v.aligned(k, k+n) {
					s.meetAt(v, si, k, n, dictionaries.FactMeet, "event:person-meets")
					continue
				}
			}
			if message.Has(v.text[k]) {
				if n := s.words.Starting(dictionaries.FactMessage, v.text, k, sent.End); n > 0 && v.aligned(k, k+n) {
					s.meetAt(v, si, k, n, dictionaries.FactMessage, "event:person-messages")
					continue
				}
			}
			switch v.text[k] {
			case '同', '与', '和', '向':
				if t.End == k+1 {
					s.talkAt(v, si, k)
				}
			}
		}
	}
}

// meeting is what the words around a meeting verb say.
type meeting struct {
	a     *pipeline.Mention
	date  *pipeline.Mention // nil when no DATE stands between the parties and the verb
	place place
	// several is set when a count of more than one time stands between the
	// person and the verb (两次访问芬兰, 多次到浙江考察): the event is several,
	// which no one date dates.
	several bool
	// byTitle is set when a is a bare title standing for its holder
	// (titleHolder): the fact's rule says so (|actor:title).
	byTitle bool
}

// actor is the rule suffix that says how the person was found: |actor:title
// for a bare title read as its holder, else none.
func (mt meeting) actor() string {
	if mt.byTitle {
		return "|actor:title"
	}
	return ""
}

// place is where a meeting was, as written after 在.
type place struct {
	name     string
	mentions []*pipeline.Mention
}

// meetAt reads A meet B at the verb [k, k+n), a word of fact_words kind
// kind: one fact for each person met (rule, then -person), or the body met
// when no person is (rule, then -org). Messages are read so: 习近平致电拜登.
func (s *Stage) meetAt(v *view, si, k, n int, kind dictionaries.FactKind, rule string) {
	hi := v.sents[si].End
	mt, ok := s.personBefore(v, si, k)
	if !ok {
		if kind == dictionaries.FactMeet {
			s.meetOccasion(v, si, k, n, rule)
		}
		return
	}
	verb, _ := s.words.Predicate(kind, v.slice(k, k+n))
	from := k + n
	if from < hi && v.text[from] == '了' {
		from++
	}
	for n := 0; n < 8; n++ {
		b, ok := s.personAfter(v, si, from)
		if !ok {
			if n == 0 {
				// No person met: a body, mostly a delegation (会见了朝鲜高级别
				// 代表团, 会见由索安副首相率领的柬埔寨人民党代表团).
				if o := s.listedHead(v, si, v.orgAfter(si, from)); o != nil {
					s.addMeeting(v, si, rule+"-org", verb, mt, o, k, o.End)
				}
			}
			return
		}
		s.addMeeting(v, si, rule+"-person", verb, mt, b, k, b.End)
		from = b.End
		switch {
		case from < hi && strings.ContainsRune("、和及", v.text[from]):
			from++
		case strings.HasPrefix(v.slice(from, min(hi, from+2)), "以及"):
			from += 2
		default:
			return
		}
	}
}

// meetOccasion reads a meeting written as the time of what follows, at the
// verb [k, k+n) that opens its clause, maybe after 在: 在会见武文赏时，赵乐际
// 表示… — the person met, maybe a title, then 时 or a word of occasion and a
// comma; the one who met opens the next clause (rule
// …-person|host:after-occasion).
func (s *Stage) meetOccasion(v *view, si, k, n int, rule string) {
	hi := v.sents[si].End
	if c := v.slice(v.clauseStart(v.sents[si].Start, k), k); c != "" && c != "在" {
		return
	}
	from := k + n
	if from < hi && v.text[from] == '了' {
		from++
	}
	b, ok := s.personAfter(v, si, from)
	if !ok {
		return
	}
	e := s.titleAt(v, b.End, hi) // 会见洪森首相时
	if e < hi && v.text[e] == '时' {
		e++
	} else if o := s.words.Starting(dictionaries.FactOccasion, v.text, e, hi); o > 0 {
		e += o
	} else {
		return
	}
	if e >= hi || v.text[e] != '，' && v.text[e] != ',' {
		return
	}
	a := s.personOpening(v, si, e+1)
	if a == nil || entity(a) == entity(b) {
		return
	}
	verb, _ := s.words.Predicate(dictionaries.FactMeet, v.slice(k, k+n))
	s.addMeeting(v, si, rule+"-person|host:after-occasion", verb, meeting{a: a}, b, k, a.End)
}

// talkAt reads A 同 B talk at the conjunction c, and A 向 B send a message
// (习近平向莫迪致贺电).
func (s *Stage) talkAt(v *view, si, c int) {
	hi := v.sents[si].End
	mt, ok := s.personBefore(v, si, c)
	if !ok || s.talkedWith(v, si, mt.a) {
		return
	}
	b, ok := s.personAfter(v, si, c+1)
	if !ok {
		return
	}
	// Several people may be named: 同法国总统马克龙、欧盟委员会主席冯德莱恩,
	// 同巴哈马众议长德沃和参议长阿德利.
	bs := []*pipeline.Mention{b}
	for b.End < hi && strings.ContainsRune("、和及", v.text[b.End]) {
		if b, ok = s.personAfter(v, si, b.End+1); !ok {
			return
		}
		bs = append(bs, b)
	}
	g := b.End
	if t := s.titleAt(v, g, hi); t > g {
		g = t // 同希奇莱马总统举行会谈: a title after the name
	}
	if g < hi && v.text[g] == '等' {
		// 与…巴盖里等高级别官员举行会谈: the others with him.
		g++
		for t := v.tokenStarting(g); t != nil && t.End <= hi && (nounLike(t) || t.Pos == "a" || t.Pos == "b" || strings.HasPrefix(t.Pos, "m")) && !s.talkStarts(v, g, hi); t = v.tokenStarting(g) {
			g = t.End
		}
	}
	for placed := false; g < hi; {
		verb, end, ok := s.talkVerb(v, g, hi)
		rule := "event:person-with-person-talk"
		if v.text[c] == '向' {
			// 习近平向莫迪致贺电: a message to the person after 向, no talks.
			verb, end, ok = s.messageVerb(v, g, hi)
			rule = "event:person-messages-person"
		}
		if ok {
			for _, b := range bs {
				s.addMeeting(v, si, rule, verb, mt, b, c, end)
			}
			return
		}
		if m := v.dateAt(si, g); m != nil && mt.date == nil {
			mt.date, g = m, m.End
			continue
		}
		if n := s.words.Starting(dictionaries.FactFiller, v.text, g, hi); n > 0 {
			g += n
			continue
		}
		if t := v.tokenStarting(g); t != nil && (t.Pos == "t" || t.Pos == "d") {
			g = t.End
			continue
		}
		if e := v.timesEnd(g, hi); e > 0 {
			// 同普京第三次举行会晤: how often, as before the verb of one
			// person; an ordinal or 一次 counts one event.
			mt.several = mt.several || v.severalTimes(g)
			g = e
			continue
		}
		if v.text[g] == '在' && !placed && mt.place.name == "" {
			for e := g + 2; e < min(hi, g+1+maxName); e++ {
				if n := s.words.Starting(dictionaries.FactTalk, v.text, e, hi); n > 0 && v.aligned(e, e+n) {
					if p, ok := s.placeRun(v, si, g+1, e); ok {
						mt.place, g, placed = p, e, true
					}
					break
				}
			}
			if placed {
				continue
			}
		}
		return
	}
}

// talkedWith reports whether person a is named after 同, 与, 和 or 跟,
// maybe past a place and a title (同巴哈马众议长德沃): the one talked with,
// so the 和 after a (德沃和参议长阿德利) joins the people talked with and
// opens no talk of a's own.
func (s *Stage) talkedWith(v *view, si int, a *pipeline.Mention) bool {
	_, ok := s.withAt(v, si, a)
	return ok
}

// withAt returns where the 同, 与, 和 or 跟 stands that person a is named
// after, maybe past a place and a title (同巴哈马众议长德沃).
func (s *Stage) withAt(v *view, si int, a *pipeline.Mention) (int, bool) {
	lo := v.sents[si].Start
	p := a.Start
	if ts, _, _, ok := s.title(v, p, lo); ok {
		p = ts
	}
	if m := v.endingAt(p, lo, pipeline.Place, pipeline.Org); m != nil {
		p = m.Start
	}
	if p > lo && strings.ContainsRune("同与和跟", v.text[p-1]) {
		return p - 1, true
	}
	// A later item of the list of those talked with: 与莫盖里尼以及法国外长
	// 勒德里安、德国外长加布里尔和…举行会晤.
	j := p
	switch {
	case p > lo && v.text[p-1] == '、':
		j = p - 1
	case p-2 >= lo && v.slice(p-2, p) == "以及":
		j = p - 2
	}
	if j < p {
		if ts, _, _, ok := s.title(v, j, lo); ok {
			j = ts // 同希奇莱马总统、…: a title after the name
		}
		if b := v.endingAt(j, lo, pipeline.Person); b != nil {
			return s.withAt(v, si, b)
		}
	}
	return 0, false
}

// talkStarts reports whether a talk verb, or 举行 before one, starts at pos.
func (s *Stage) talkStarts(v *view, pos, hi int) bool {
	_, _, ok := s.talkVerb(v, pos, hi)
	return ok
}

// titleAt returns the end of the longest title that starts at pos, or pos.
func (s *Stage) titleAt(v *view, pos, hi int) int {
	// Each title tried begins with the character at pos, which begins no
	// title at most places; within the loop, one must end each.
	if pos >= hi || !s.titles.Begins(v.text[pos]) {
		return pos
	}
	for e := min(hi, pos+s.titles.MaxLen()); e > pos; e-- {
		if !s.titles.Ends(v.text[e-1]) {
			continue
		}
		if c, ok := s.titles.CategoryOfRunes(v.text[pos:e]); ok && c != "honorific" {
			return e
		}
	}
	return pos
}

// talkVerb reads a talk verb at pos (会谈, 通电话), or 举行 and the kind of
// talks before one (举行中法欧三方会晤), and returns its predicate and where
// it ends.
func (s *Stage) talkVerb(v *view, pos, hi int) (string, int, bool) {
	if n := s.words.Starting(dictionaries.FactTalk, v.text, pos, hi); n > 0 && v.aligned(pos, pos+n) {
		verb, _ := s.words.Predicate(dictionaries.FactTalk, v.slice(pos, pos+n))
		return verb, pos + n, true
	}
	const hold = "举行"
	if v.slice(pos, min(pos+2, hi)) != hold {
		return "", 0, false
	}
	for e := pos + 3; e < min(hi, pos+2+maxTalkKind); e++ {
		if r := v.text[e-1]; unicode.IsPunct(r) || unicode.IsSpace(r) {
			return "", 0, false
		}
		if n := s.words.Starting(dictionaries.FactTalk, v.text, e, hi); n > 0 && v.aligned(e, e+n) && (e+n == hi || unicode.IsPunct(v.text[e+n])) {
			verb, _ := s.words.Predicate(dictionaries.FactTalk, v.slice(e, e+n))
			return verb, e + n, true
		}
	}
	return "", 0, false
}

// messageVerb returns the predicate and end of a message verb (fact_words
// kind message) at pos.
func (s *Stage) messageVerb(v *view, pos, hi int) (string, int, bool) {
	n := s.words.Starting(dictionaries.FactMessage, v.text, pos, hi)
	if n == 0 || !v.aligned(pos, pos+n) {
		return "", 0, false
	}
	verb, _ := s.words.Predicate(dictionaries.FactMessage, v.slice(pos, pos+n))
	return verb, pos + n, true
}

// maxTalkKind is the longest description of talks between 举行 and the talk
// verb, in runes: 中法欧三方.
const maxTalkKind = 8

// dateAt returns a DATE mention of sentence si starting at pos.
func (v *view) dateAt(si, pos int) *pipeline.Mention {
	for _, m := range v.mentions(si, pipeline.Date) {
		if m.Start == pos {
			return m
		}
	}
	return nil
}

// addMeeting adds the event of mt's person and b, whose evidence runs to
// end: b's end, or the verb's when it follows b (…同拜登举行会谈).
func (s *Stage) addMeeting(v *view, si int, rule, verb string, mt meeting, b *pipeline.Mention, at, end int) {
	if v.truncated(mt.a) || v.truncated(b) {
		return
	}
	f := newFact(Event, rule+mt.actor(), si, min(mt.a.Start, at), max(b.End, end), 0.85)
	f.Subject, f.Predicate, f.Object = entity(mt.a), verb, entity(b)
	addMention(&f, mt.a)
	addMention(&f, b)
	f.Place = mt.place.name
	for _, m := range mt.place.mentions {
		addMention(&f, m)
	}
	s.dateMeeting(v, si, &f, mt, at)
	v.add(f)
}

// dateMeeting gives f, the event of mt's person whose verb or conjunction
// stands at at, its time: the DATE between the person and the verb, else
// the sentence's or paragraph's, else the document lead's; none for
// several events, nor for one to come (即将) but the DATE before its verb.
func (s *Stage) dateMeeting(v *view, si int, f *pipeline.Fact, mt meeting, at int) {
	if mt.several || usable(mt.date) == nil && s.imminentIn(v, mt.a.End, at) {
		return // 3月20日，…介绍习近平即将对意大利进行国事访问: the date is when it was said
	}
	if usable(mt.date) != nil {
		if !v.zoneClock(si, mt.date) {
			setDate(f, mt.date, false)
		}
	} else if d, context := v.dateFor(si, at); d != nil {
		if v.zoneClock(si, d) {
			return // 当地时间12时许，习近平乘坐的专机抵达平壤: the local day is not written
		}
		if o := s.dateBeforeName(v, si, f, mt.a, d); o != nil {
			d, context = o, false
		}
		setDate(f, d, context)
	} else if d := v.leadDate(si, entity(mt.a)); d != nil && !strings.ContainsAny(v.slice(mt.a.End, f.EvidenceEnd), "将拟") {
		// Not a meeting to come (李克强将会见高克): the lead's time is past.
		f.DateStart, f.DateEnd = copyTime(d.DateStart), copyTime(d.DateEnd)
		f.Rule += "|date:document-lead"
	}
	if n := v.anniversary(si, f.EvidenceStart, f.EvidenceEnd); n > 0 && f.DateStart != nil && f.DateEnd != nil {
		// 今年是惠特拉姆总理访华50周年: the date is the anniversary's; the
		// event was that many years before it.
		start, end := f.DateStart.AddDate(-n, 0, 0), f.DateEnd.AddDate(-n, 0, 0)
		f.DateStart, f.DateEnd = &start, &end
		f.Rule += "|date:anniversary"
	}
}

// zoneClock reports whether DATE m of sentence si is a time of day in a
// time zone it names (当地时间12时许, 当地时间晚7时10分许), with no day written:
// the day it was read on is the publication's, which abroad is often the
// day after.
func (v *view) zoneClock(si int, m *pipeline.Mention) bool {
	return v.zoneStart(v.sents[si].Start, m.Start) < m.Start && !strings.ContainsAny(v.slice(m.Start, m.End), "日号月年天")
}

// imminentIn reports whether a token of fact_words kind imminent (即将)
// stands in [start, end).
func (s *Stage) imminentIn(v *view, start, end int) bool {
	for k := start; k < end; k++ {
		if t := v.tokenStarting(k); t != nil && t.End <= end && s.words.Starting(dictionaries.FactImminent, v.text, k, t.End) == t.End-t.Start {
			return true
		}
	}
	return false
}

// dateBeforeName returns the DATE that opens sentence si before its doer a
// when d, the date read for event f, is written inside f's object: a year
// in a gathering's name says which gathering (出席博鳌亚洲论坛2018年年会开幕式),
// the day the sentence opens with when (4月10日，习近平…出席…); not a day
// whose clause another opens (8月23日，外交部就习近平出席…: when it was said).
// Else nil.
func (s *Stage) dateBeforeName(v *view, si int, f *pipeline.Fact, a, d *pipeline.Mention) *pipeline.Mention {
	os, oe, ok := v.objectSpan(f)
	if !ok || d.Start < os || d.End > oe {
		return nil
	}
	ds := v.mentions(si, pipeline.Date)
	if ds[0].End > os || !v.opens(si, ds[0]) {
		return nil
	}
	pos := ds[0].End
	if pos < len(v.text) && (v.text[pos] == '，' || v.text[pos] == ',') {
		pos++
	}
	if s.personOpening(v, si, pos) != a {
		return nil
	}
	return usable(ds[0])
}

// anniversary returns N when the event written from start to end is what
// an anniversary marks: its clause says 是 up to its end and ends, after it, in
// N周年 (今年是惠特拉姆总理访华50周年; 今年是习近平主席对新西兰进行国事访问和中新
// 建立全面战略伙伴关系10周年). Else 0.
func (v *view) anniversary(si, start, end int) int {
	lo, hi := v.sents[si].Start, v.sents[si].End
	if !strings.ContainsRune(v.slice(v.clauseStart(lo, start), end), '是') {
		return 0
	}
	e := end
	for e < hi && !strings.ContainsRune("，,。；;：:！？", v.text[e]) {
		e++
	}
	if e-2 <= end || v.slice(e-2, e) != "周年" {
		return 0
	}
	k := e - 2
	for k > end && strings.ContainsRune("0123456789一二三四五六七八九十百", v.text[k-1]) {
		k--
	}
	n, ok := number.Parse(v.slice(k, e-2))
	if k == e-2 || !ok || n.Value < 1 || n.Value != float64(int(n.Value)) {
		return 0
	}
	return int(n.Value)
}

// maxLeadDays is the longest time, in days, a document's lead may give the
// meetings its body reports: a visit or a summit.
const maxLeadDays = 16

// leadDate returns the date of a document's lead when a meeting in sentence
// si of a later paragraph names none: the lead's one DATE mention, of a day
// or a few days (11月30日至12月1日，…丁薛祥在迪拜出席…), when the lead also
// names the person who met, by entity. A report of a visit gives its time
// once and then its meetings (丁薛祥分别会见了…).
func (v *view) leadDate(si int, person string) *pipeline.Mention {
	if len(v.sents) == 0 || v.paragraphStart(v.sents[si].Start) <= v.sents[0].Start {
		return nil // in the lead's own paragraph, paragraph context decides
	}
	ds := v.mentions(0, pipeline.Date)
	if len(ds) != 1 || ds[0].DateStart == nil || ds[0].DateEnd == nil || ds[0].DateEnd.Sub(*ds[0].DateStart) > maxLeadDays*24*time.Hour {
		return nil
	}
	for _, m := range v.mentions(0, pipeline.Person) {
		if entity(m) == person {
			return ds[0]
		}
	}
	return nil
}

// personBefore walks back from pos over what may stand between a person and
// the verb — DATE mentions, times, adverbs, fillers, a word of manner
// (fact_words kind manner: 集体) and one place after 在 or
// after a verb of going (赴, 前往; fact_words kind goto) — to the PERSON
// mention that does it.
func (s *Stage) personBefore(v *view, si, pos int) (meeting, bool) {
	lo := v.sents[si].Start
	var mt meeting
	dateFrom := -1 // where mt.date as written starts, with its time zone
	for g := pos; g > lo; {
		if m := v.endingAt(g, lo, pipeline.Person); m != nil {
			mt.a = m
			return mt, true
		}
		if ts, _, _, ok := s.title(v, g, lo); ok {
			if m := s.shortForm(v, lo, ts, g); m != nil {
				mt.a = m
				return mt, true
			}
			if m := s.titleHolder(v, lo, ts, g); m != nil {
				mt.a, mt.byTitle = m, true
				return mt, true
			}
			if v.endingAt(ts, lo, pipeline.Person) != nil {
				g = ts // 习近平主席同…: a title after the name
				continue
			}
		}
		if n := s.honorificEnding(v, g, lo); n > 0 && v.endingAt(g-n, lo, pipeline.Person) != nil {
			g -= n // 习近平同志到绍兴调研: a form of address after the name
			continue
		}
		if m := v.endingAt(g, lo, pipeline.Date); m != nil && mt.date == nil {
			mt.date, g, dateFrom = m, m.Start, m.Start
			if at := v.zoneStart(lo, g); at < g {
				g, dateFrom = at, at // 胡锦涛当地时间7日上午在…会见: the date's time zone
			}
			continue
		}
		if t := v.tokenEnding(g); t != nil && t.Start >= lo && (t.Pos == "t" || t.Pos == "d") {
			g = t.Start // before a filler, which may end the adverb: 即将/d is not 将
			continue
		}
		if n := s.words.Ending(dictionaries.FactFiller, v.text, lo, g); n > 0 {
			g -= n
			continue
		}
		if n := s.words.Ending(dictionaries.FactManner, v.text, lo, g); n > 0 && v.aligned(g-n, g) {
			g -= n // 在人民大会堂集体会见: how, not where
			continue
		}
		if at := v.timesStart(g, lo); at >= 0 {
			// 第二次访问俄罗斯, 两次到湖北考察: how often, as 再次 and 首次;
			// an ordinal or 一次 (又一次来到晋江) counts one event.
			mt.several = mt.several || v.severalTimes(at)
			g = at
			continue
		}
		if at := s.rideStart(v, g, lo); at >= 0 {
			g = at // 乘专机抵达柏林: how the person came, not who
			continue
		}
		if at := mannerStart(v, g, lo); at >= 0 {
			g = at // 以视频方式出席…: how, not who
			continue
		}
		if at := s.occasionStart(v, g, lo); at >= 0 {
			g = at // 出席二十国集团领导人峰会期间: the occasion, not a party
			continue
		}
		if at := v.afterOccasionStart(g, lo); at >= 0 {
			g = at // 是在结束对越南国事访问后抵达万象的: what came before, not a party
			continue
		}
		if at := v.invitationStart(g, lo); at >= 0 {
			g = at // 是应习近平邀请: who invited is no party
			continue
		}
		if at := s.escortStart(v, g, lo); at >= 0 {
			g = at // 在省委书记王东明陪同下，来到…: who went along is no party
			continue
		}
		if mt.date != nil && dateFrom == g && g > lo && v.text[g-1] == '于' {
			g-- // 将于7月21日
			continue
		}
		if m := v.endingAt(g, lo, pipeline.Place); m != nil && mt.place.name == "" {
			if n := s.words.Ending(dictionaries.FactGoTo, v.text, lo, m.Start); n > 0 {
				// 习近平还将赴圣彼得堡出席…: where the person went to do it.
				mt.place, g = place{name: entity(m), mentions: []*pipeline.Mention{m}}, m.Start-n
				continue
			}
		}
		if mt.place.name != "" {
			break
		}
		at := -1
		for k := g - 2; k >= max(lo, g-1-maxName); k-- {
			if v.text[k] == '在' {
				at = k
				break
			}
		}
		if at < 0 {
			break
		}
		p, ok := s.placeRun(v, si, at+1, g)
		if !ok {
			break
		}
		mt.place, g = p, at
	}
	return mt, false
}

// shortForm returns the person that a surname and the title (s.title) at
// [ts, end) stand for (习主席, 李总理), when the document names one person of that
// surname, in full, with that title written before or after the name
// (国家主席习近平, 李克强总理): a mention of the short form that carries
// the full name's entity. Else nil.
func (s *Stage) shortForm(v *view, lo, ts, end int) *pipeline.Mention {
	if ts-1 < lo || v.person[ts-1] && v.exact(ts-1, ts, pipeline.Person) == nil {
		return nil // in a name, unless the tagger read the surname alone (李|总理)
	}
	if t := v.tokenHolding(ts - 1); t == nil || t.Start != ts-1 {
		return nil // 学习|主席: the rune ends a word
	}
	surname, title := v.slice(ts-1, ts), v.slice(ts, end)
	var full *pipeline.Mention
	for i := range v.d.Mentions {
		m := &v.d.Mentions[i]
		if m.Type != pipeline.Person {
			continue
		}
		if first, ok := chineseName(entity(m)); !ok || string(first) != surname {
			continue // a Chinese name of two or three runes; 习 is rare enough for surnames.tsv to lack it
		}
		if full != nil && entity(full) != entity(m) {
			return nil // two people of that surname: which is not written
		}
		full = m
	}
	if full == nil || !v.titled(full, title) {
		return nil
	}
	// The fact cites the mention of the surname where the tagger read one,
	// else none: its evidence holds the short form, not the full name.
	short := pipeline.Mention{ID: noMention, Type: pipeline.Person, Start: ts - 1, End: end, Text: surname + title, Entity: entity(full)}
	if m := v.exact(ts-1, ts, pipeline.Person); m != nil {
		short.ID = m.ID
	}
	return &short
}

// titleHolder returns the person a bare title (s.title) at [ts, end) stands for
// (习近平…。总书记在宁夏考察时强调 → 习近平): a title that opens its clause,
// a word of its own, when the role facts of the document give that title
// (same predicate) to exactly one person, named before it: a mention of the
// title that carries that person's entity. Else nil. A name before or after
// the title is read as the person instead, by personBefore.
func (s *Stage) titleHolder(v *view, lo, ts, end int) *pipeline.Mention {
	if !v.aligned(ts, end) || ts > lo && !clauseBreak(v.text[ts-1]) {
		return nil
	}
	title := v.slice(ts, end) // the title's predicate
	holder, before := "", false
	for i := range v.facts {
		f := &v.facts[i]
		if f.Kind != Role || f.Predicate != title {
			continue
		}
		if holder != "" && holder != f.Subject {
			return nil // two holders: which one is meant is not written
		}
		holder, before = f.Subject, before || f.EvidenceEnd <= ts
	}
	if !before {
		return nil
	}
	return &pipeline.Mention{ID: noMention, Type: pipeline.Person, Start: ts, End: end, Text: title, Entity: holder}
}

// clauseBreak reports whether a bare title after r opens its clause: r is
// a comma, semicolon, colon, opening quote or line break.
func clauseBreak(r rune) bool {
	switch r {
	case '，', ',', '；', ';', '：', ':', '“', '\n':
		return true
	}
	return false
}

// shortFormIn reports whether sentence si holds a short form of a person
// (shortForm) or a bare title standing for one (titleHolder): a rune that
// opens a PERSON entity, a title after it, or a title opening a clause. The
// meeting, visit and attendance rules all ask it of a sentence, so the
// view keeps the answer.
func (s *Stage) shortFormIn(v *view, si int) bool {
	if v.shortIn[si] == 0 {
		v.shortIn[si] = 1
		if s.findShortForm(v, si) {
			v.shortIn[si] = 2
		}
	}
	return v.shortIn[si] == 2
}

// findShortForm does the work of shortFormIn.
func (s *Stage) findShortForm(v *view, si int) bool {
	lo, hi := v.sents[si].Start, v.sents[si].End
	// A bare title stands for a holder only as a post a role fact gives:
	// the sentence is searched for those few posts, and no title is looked
	// up in the dictionary.
	if s.bareTitleIn(v, lo, hi) {
		return true
	}
	if !v.anySurname {
		return false
	}
	for k := lo; k < hi; k++ {
		if !v.surnames.Has(v.text[k]) || k+1 == hi || !s.titles.Begins(v.text[k+1]) {
			continue // a short form is a surname and a title right after it
		}
		for e := k + 2; e <= min(hi, k+1+maxShortTitle); e++ {
			if ts, _, _, ok := s.title(v, e, lo); ok && ts == k+1 && s.shortForm(v, lo, ts, e) != nil {
				return true
			}
		}
	}
	return false
}

// bareTitleIn reports whether a post that a role fact of the document
// gives opens a clause of text[lo:hi] as its one holder (titleHolder).
func (s *Stage) bareTitleIn(v *view, lo, hi int) bool {
	if !v.heldRead {
		for i := range v.facts {
			if f := &v.facts[i]; f.Kind == Role && f.Predicate != "" {
				v.held = append(v.held, f.Predicate)
			}
		}
		// Each post once; the order does not matter, as any one found answers.
		slices.Sort(v.held)
		v.held = slices.Compact(v.held)
		v.heldRead = true
	}
	if len(v.held) == 0 {
		return false
	}
	b0 := v.d.ByteOffset(lo)
	sent := v.d.Text[b0:v.d.ByteOffset(hi)]
	for _, t := range v.held {
		for from := 0; ; {
			j := runes.Index(sent[from:], t)
			if j < 0 {
				break
			}
			k := v.d.RuneOffset(b0 + from + j)
			if k == lo || clauseBreak(v.text[k-1]) {
				end := k + utf8.RuneCountInString(t)
				if ts, _, _, ok := s.title(v, end, lo); ok && ts == k && s.titleHolder(v, lo, ts, end) != nil {
					return true
				}
			}
			from += j + len(t)
		}
	}
	return false
}

// maxShortTitle bounds the title of a short form, in runes: 总书记, 副委员长.
const maxShortTitle = 4

// chineseName returns the first rune of name when name is two or three
// Chinese characters, as a Chinese personal name is.
func chineseName(name string) (first rune, ok bool) {
	n := 0
	for _, c := range name {
		if c < 0x4E00 || c > 0x9FFF {
			return 0, false
		}
		if n == 0 {
			first = c
		}
		n++
	}
	return first, n >= 2 && n <= 3
}

// noMention is the ID of a mention made for a short form no mention holds,
// which addMention does not cite.
const noMention = -1

// titled reports whether a PERSON mention of m's entity has title written
// right before or after it (国家主席习近平, 习近平主席).
func (v *view) titled(m *pipeline.Mention, title string) bool {
	n := utf8.RuneCountInString(title)
	for i := range v.d.Mentions {
		p := &v.d.Mentions[i]
		if p.Type != pipeline.Person || entity(p) != entity(m) {
			continue
		}
		if p.Start-n >= 0 && v.slice(p.Start-n, p.Start) == title || p.End+n <= len(v.text) && v.slice(p.End, p.End+n) == title {
			return true
		}
	}
	return false
}

// honorificEnding returns the length of a form of address (titles.tsv
// category honorific: 同志, 先生) that ends at end on a token boundary, or 0.
func (s *Stage) honorificEnding(v *view, end, lo int) int {
	// As in title: the character before end must end a title.
	if end-lo < 2 || !s.titles.Ends(v.text[end-1]) {
		return 0
	}
	for n := min(s.titles.MaxLen(), end-lo); n >= 2; n-- {
		if c, ok := s.titles.CategoryOfRunes(v.text[end-n : end]); ok && c == "honorific" && v.aligned(end-n, end) {
			return n
		}
	}
	return 0
}

// timesStart returns where a count of times that ends at pos starts — a
// numeral word ending in 次 (第七次/m, 两次/m, 多次/m), or 次 after one
// (第三/m 次/q) — or -1.
func (v *view) timesStart(pos, lo int) int {
	t := v.tokenEnding(pos)
	if t == nil || t.Start < lo || v.text[pos-1] != '次' {
		return -1
	}
	if t.Pos == "m" && t.End-t.Start > 1 {
		return t.Start
	}
	if n := v.tokenEnding(t.Start); t.End-t.Start == 1 && n != nil && n.Start >= lo && n.Pos == "m" {
		return n.Start
	}
	return -1
}

// severalTimes reports whether the count of times that starts at pos
// (timesStart, timesEnd) counts more than one event: not an ordinal (第三次)
// nor 一次.
func (v *view) severalTimes(pos int) bool { return v.text[pos] != '第' && v.text[pos] != '一' }

// timesEnd returns where a count of times that starts at pos ends, read as
// timesStart reads it (第三次/m, 第三/m 次/q), or -1.
func (v *view) timesEnd(pos, hi int) int {
	t := v.tokenStarting(pos)
	if t == nil || t.End > hi || t.Pos != "m" {
		return -1
	}
	if t.End-t.Start > 1 && v.text[t.End-1] == '次' {
		return t.End
	}
	if n := v.tokenStarting(t.End); n != nil && n.End <= hi && n.End-n.Start == 1 && v.text[n.Start] == '次' {
		return n.End
	}
	return -1
}

// rideStart returns where a phrase of how a traveller came that ends at pos
// starts — a word of fact_words kind ride and the craft, maybe after 的
// (乘专机/l, 搭乘直升机, 乘坐的专机), and where from before it (从德班乘专机)
// — or -1.
func (s *Stage) rideStart(v *view, pos, lo int) int {
	t := v.tokenEnding(pos)
	if t == nil || t.Start <= lo {
		return -1
	}
	at := -1
	if n := s.words.Starting(dictionaries.FactRide, v.text, t.Start, t.End); n > 0 && n < t.End-t.Start {
		at = t.Start // gse's one word for both: 乘专机/l
	} else if strings.HasPrefix(t.Pos, "n") {
		g := t.Start
		if v.text[g-1] == '的' {
			g--
		}
		if n := s.words.Ending(dictionaries.FactRide, v.text, lo, g); n > 0 && v.aligned(g-n, g) {
			at = g - n
		}
	}
	if at <= lo {
		return -1
	}
	if m := v.endingAt(at, lo, pipeline.Place); m != nil && m.Start > lo && v.text[m.Start-1] == '从' {
		at = m.Start - 1
	}
	return at
}

// mannerStart returns where a phrase of manner, 以…方式, that ends at pos
// starts (以视频方式, 以视频连线方式), or -1.
func mannerStart(v *view, pos, lo int) int {
	if pos-2 < lo || v.slice(pos-2, pos) != "方式" {
		return -1
	}
	for k := pos - 3; k >= max(lo, pos-10); k-- {
		if v.text[k] == '以' {
			return k
		}
	}
	return -1
}

// personAfter returns the PERSON mention that a verb or 同 at from points
// to: right after it, or after a title and its holder (挪威首相), or after
// words ending in 的 (来华正式访问的) and then such a title — within one
// clause.
func (s *Stage) personAfter(v *view, si, from int) (*pipeline.Mention, bool) {
	var p *pipeline.Mention
	for _, m := range v.mentions(si, pipeline.Person) {
		if m.Start >= from {
			p = m
			break
		}
	}
	// Long words before 的 describe the one met (来华出席第三届“一带一路”国际合作
	// 高峰论坛并进行国事访问的智利总统博里奇): twice a name's length, in one clause.
	if p == nil || p.Start-from > 2*maxName || !v.sameClause(from, p.Start) {
		return nil, false
	}
	x := from
	for j := p.Start - 1; j >= from; j-- {
		if v.text[j] == '的' {
			x = j + 1
			break
		}
	}
	if x > from && !plainModifier(v, from, x) {
		return nil, false
	}
	end := p.Start
	if end > x && isSpace(v.text[end-1]) {
		end--
	}
	if x == end {
		return s.envoyAfter(v, si, p)
	}
	ts, _, cat, ok := s.title(v, end, x)
	if !ok {
		return nil, false
	}
	if ts > x {
		// The title's holder, or words that begin with a name (欧盟外交与安全政策
		// 高级代表, 刚果（布）总统), maybe after 了 and an ordinal (会见了第78届
		// 联合国大会主席).
		h := x
		if h < ts && v.text[h] == '了' {
			h++
		}
		if h < ts && v.text[h] == '第' {
			for e := h + 1; e < min(ts, h+6); e++ {
				if v.text[e] == '届' {
					h = e + 1
					break
				}
			}
		}
		if _, ok := s.owner(v, si, x, ts, cat); !ok && !v.startsMention(h) {
			return nil, false
		}
	}
	return s.envoyAfter(v, si, p)
}

// maxEnvoyGap is how far, in runes, an envoy's name may stand after the
// word that names the envoy: past the envoy's posts (金正恩特使、朝鲜劳动党
// 中央政治局常委崔龙海).
const maxEnvoyGap = 40

// envoyAfter returns the one a verb points to when it points to p: p,
// unless a word of fact_words kind envoy follows p, maybe after p's title
// and 的, as a noun — after 的, or before 、, a comma or a name (朴槿惠特使
// 金武星, 朱马里代表，…通伦, 普密蓬的代表诗琳通公主, 习近平主席特别代表、国家副主席
// 韩正): then the envoy, named right after the word or after its mark and
// the envoy's posts, is the one met or who went, and when no person is
// named there no one is (ok false).
func (s *Stage) envoyAfter(v *view, si int, p *pipeline.Mention) (*pipeline.Mention, bool) {
	hi := v.sents[si].End
	e := p.End
	n := s.words.Starting(dictionaries.FactEnvoy, v.text, e, hi)
	if n == 0 {
		e = s.titleAt(v, p.End, hi)
		n = s.words.Starting(dictionaries.FactEnvoy, v.text, e, hi)
	}
	possessed := false
	if n == 0 && e < hi && v.text[e] == '的' {
		e++
		n = s.words.Starting(dictionaries.FactEnvoy, v.text, e, hi)
		possessed = true
	}
	if n == 0 || !v.aligned(e, e+n) {
		return p, true
	}
	from := e + n
	var q *pipeline.Mention
	for _, m := range v.mentions(si, pipeline.Person) {
		if m.Start >= from {
			q = m
			break
		}
	}
	listed := from < hi && strings.ContainsRune("、，,", v.text[from])
	if !possessed && !listed && (q == nil || q.Start != from) {
		return p, true // 代表 a verb: 尹炳世代表韩国政府…
	}
	// The envoy's name right after the word, or after it, its mark and the
	// envoy's posts, with no clause between (not …的代表诗琳通公主，泰国总理
	// 英拉陪同: the tagger missed the envoy).
	if q == nil || q.Start != from && (!listed || q.Start-from > maxEnvoyGap || strings.ContainsAny(v.slice(from+1, q.Start), "，,；")) {
		return nil, false
	}
	return q, true
}

// orgAfter returns the ORG mention a meeting verb ending at from points to
// when no person follows it: right after it, or after words ending in 的
// in one clause (由…率领的, 来华访问的), ending where the party ends — at
// punctuation, 并, 时, 和 or 一行 — not before a noun that makes it someone's
// (…集团负责人), of four characters or more. Else nil.
func (v *view) orgAfter(si, from int) *pipeline.Mention {
	hi := v.sents[si].End
	x := from
	for j := from; j < min(hi, from+2*maxName); j++ {
		if r := v.text[j]; r == '的' {
			x = j + 1
			break
		} else if isSpace(r) || strings.ContainsRune("，,、。；;：:！？", r) {
			break
		}
	}
	o := v.longestAt(x, hi, pipeline.Org, pipeline.Org)
	if o == nil || o.End-o.Start < 4 {
		return nil // nor a bare 代表团: whose is not said
	}
	if v.partyEnds(o.End, hi) {
		return o
	}
	return nil
}

// partyEnds reports whether a body met ends at pos: at punctuation, 并, 时,
// 和, 及 or 一行.
func (v *view) partyEnds(pos, hi int) bool {
	return pos == hi || strings.ContainsRune("，,、。；;并时和及", v.text[pos]) || v.slice(pos, min(hi, pos+2)) == "一行"
}

// listedHead returns the body met when o opens a list whose items share the
// last one's head (sharedHead): that last item (会见解放军和武警代表团: the
// delegation, whose the names say), or nil when it is no body met
// (…代表团负责人). Else o, which may be nil.
func (s *Stage) listedHead(v *view, si int, o *pipeline.Mention) *pipeline.Mention {
	if o == nil {
		return nil
	}
	hi := v.sents[si].End
	vs := []visitee{{m: o}}
	for e := o.End; e < hi && strings.ContainsRune("、和及", v.text[e]); {
		m := v.longestAt(e+1, hi, pipeline.Place, pipeline.Org)
		if m == nil {
			break
		}
		vs, e = append(vs, visitee{m: m}), m.End
	}
	if len(vs) > 1 {
		if vs = s.sharedHead(v, vs); len(vs) == 1 {
			if last := vs[0].m; last.Type == pipeline.Org && v.partyEnds(last.End, hi) {
				return last
			}
			return nil // …和武警代表团负责人: whose the names say, no body met
		}
	}
	return o
}

// occasionStart returns where an occasion ending at end begins — a verb of
// attending or visiting and what is attended, closed by a word of
// fact_words.tsv kind occasion (出席二十国集团领导人峰会期间, …之际, …前夕)
// — or -1.
func (s *Stage) occasionStart(v *view, end, lo int) int {
	n := s.words.Ending(dictionaries.FactOccasion, v.text, lo, end)
	if n == 0 {
		return -1
	}
	for k := end - n - 1; k >= max(lo, end-n-maxName); k-- {
		switch v.text[k] {
		case '，', ',', '。', '；':
			return -1
		}
		if v.occasionVerbAt(k, end-n) {
			return k
		}
	}
	return -1
}

// afterOccasionStart returns where a phrase of what the person did before
// that ends at end begins — 在, maybe after 是, an occasion verb and 后 (是在
// 结束对越南国事访问后, 在出席…峰会后) — or -1.
func (v *view) afterOccasionStart(end, lo int) int {
	if end-1 <= lo || v.text[end-1] != '后' {
		return -1
	}
	verb := false
	for k := end - 2; k >= max(lo, end-1-2*maxName); k-- {
		switch v.text[k] {
		case '，', ',', '。', '；', '、':
			return -1
		case '在':
			if t := v.tokenStarting(k); !verb || t == nil || t.Pos != "p" {
				return -1
			}
			if k > lo && v.text[k-1] == '是' {
				k--
			}
			return k
		}
		verb = verb || v.occasionVerbAt(k, end-1)
	}
	return -1
}

// invitationStart returns where an invitation ending at end begins — 应,
// maybe after 是, then who invited and 邀请, maybe after 的 (是应习近平的邀请)
// — or -1.
func (v *view) invitationStart(end, lo int) int {
	if end-2 < lo || v.slice(end-2, end) != "邀请" {
		return -1
	}
	for k := end - 3; k >= max(lo, end-2-2*maxName); k-- {
		switch v.text[k] {
		case '，', ',', '。', '；', '、':
			return -1
		case '应':
			if k > lo && v.text[k-1] == '是' {
				k--
			}
			return k
		}
	}
	return -1
}

// escortStart returns where a phrase of who went along that ends at end,
// maybe before a comma, begins — 在, the escorts and a word of fact_words
// kind escort (在四川省委书记王东明、省长尹力陪同下，) — or -1.
func (s *Stage) escortStart(v *view, end, lo int) int {
	if end > lo && (v.text[end-1] == '，' || v.text[end-1] == ',') {
		end--
	}
	n := s.words.Ending(dictionaries.FactEscort, v.text, lo, end)
	if n == 0 {
		return -1
	}
	for k := end - n - 1; k >= max(lo, end-n-2*maxName); k-- {
		switch v.text[k] {
		case '，', ',', '。', '；':
			return -1
		case '在':
			return k
		}
	}
	return -1
}

// occasionVerbs open an occasion a meeting takes place at.
var occasionVerbs = [][]rune{[]rune("出席"), []rune("参加"), []rune("访问"), []rune("出访"), []rune("考察")}

// occasionVerbAt reports whether one of occasionVerbs starts at k and ends
// by end.
func (v *view) occasionVerbAt(k, end int) bool {
	for _, verb := range occasionVerbs {
		if k+len(verb) <= end && slices.Equal(v.text[k:k+len(verb)], verb) {
			return true
		}
	}
	return false
}

// plainModifier reports whether [start, end), the words before 的 in front of
// the person met (来华出席第19届亚洲运动会开幕式的), stays in one clause.
func plainModifier(v *view, start, end int) bool {
	for _, r := range v.text[start:end] {
		if unicode.IsSpace(r) || strings.ContainsRune("，,、。；;：:！？", r) {
			return false
		}
	}
	return true
}

// placeRun reads [start, end) as where something happened: ORG and PLACE
// mentions and nouns only (北京钓鱼台国宾馆, 人民大会堂). A single mention gives
// its entity name, anything else the text.
func (s *Stage) placeRun(v *view, si, start, end int) (place, bool) {
	if start >= end {
		return place{}, false
	}
	if m := v.exact(start, end, pipeline.Place, pipeline.Org); m != nil {
		return place{name: entity(m), mentions: []*pipeline.Mention{m}}, true
	}
	for pos := start; pos < end; {
		if t := v.tokenStarting(pos); t != nil && t.End <= end && strings.HasPrefix(t.Pos, "n") && !stops(t) {
			pos = t.End
			continue
		}
		m := v.startingMention(pos, end)
		if m == nil {
			return place{}, false
		}
		pos = m.End
	}
	return place{name: v.slice(start, end), mentions: v.inside(si, start, end)}, true
}
