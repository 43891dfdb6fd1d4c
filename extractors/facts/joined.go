package facts

import (
	"strings"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/dictionaries"
	"github.com/zhfacts/zhfacts/pipeline"
)

var joinRule = &rule{
	name:    "join",
	kind:    Event,
	pattern: "PERSON[、PERSON]…[等][retinue][filler] joined。 after a sentence with an event of the joined phrase's predicate",
	find:    (*Stage).joined,
	examples: []example{
		// Those named in a report's closing line took part in the meeting
		// told before it: each met whom the host met, on that day and there.
		{"国家主席习近平14日在人民大会堂会见越南总理范明政。双方交换了意见。蔡奇、王毅等参加会见。",
			[]string{"PERSON:习近平", "DATE:14日|2024-06-14|2024-06-15", "PLACE:人民大会堂", "PLACE:越南", "PERSON:范明政", "PERSON:蔡奇", "PERSON:王毅"},
			[]string{
				"event:person-meets-person|companion:joined|王毅|会见|范明政||2024-06-14|人民大会堂",
				"event:person-meets-person|companion:joined|蔡奇|会见|范明政||2024-06-14|人民大会堂",
				"event:person-meets-person|习近平|会见|范明政||2024-06-14|人民大会堂",
			}},
		// Titles before the names; several met, each joined.
		{"李克强会见韩国总统朴槿惠和柬埔寨首相洪森。国务委员杨洁篪参加会见。",
			[]string{"PERSON:李克强", "PLACE:韩国", "PERSON:朴槿惠", "PLACE:柬埔寨", "PERSON:洪森", "PERSON:杨洁篪"},
			[]string{
				"event:person-meets-person|companion:joined|杨洁篪|会见|朴槿惠",
				"event:person-meets-person|companion:joined|杨洁篪|会见|洪森",
				"event:person-meets-person|李克强|会见|朴槿惠",
				"event:person-meets-person|李克强|会见|洪森",
			}},
		// Those who flew in with the visitor arrived where the visitor did.
		{"习近平乘专机抵达达累斯萨拉姆。王沪宁、栗战书等陪同人员同机抵达。",
			[]string{"PERSON:习近平", "PLACE:达累斯萨拉姆", "PERSON:王沪宁", "PERSON:栗战书"},
			[]string{
				"event:person-visits-place|companion:joined|栗战书|抵达|达累斯萨拉姆|||达累斯萨拉姆",
				"event:person-visits-place|companion:joined|王沪宁|抵达|达累斯萨拉姆|||达累斯萨拉姆",
				"event:person-visits-place|习近平|抵达|达累斯萨拉姆|||达累斯萨拉姆",
			}},
		// The guest's people took part, but did not meet their own side.
		{"栗战书会见奥地利总统范德贝伦。奥地利总理库尔茨及副委员长沈跃跃参加会见。",
			[]string{"PERSON:栗战书", "PLACE:奥地利|奥地利||AT", "PERSON:范德贝伦", "PLACE:奥地利|奥地利||AT", "PERSON:库尔茨", "PERSON:沈跃跃"},
			[]string{
				"event:person-meets-person|companion:joined|沈跃跃|会见|范德贝伦",
				"event:person-meets-person|栗战书|会见|范德贝伦",
			}},
		{"李克强会见越共中央总书记阮富仲。越共中央书记处书记陈国旺参加会见。",
			[]string{"PERSON:李克强", "ORG:越共中央|越南共产党中央委员会", "PERSON:阮富仲", "ORG:越共中央书记处", "PERSON:陈国旺"},
			[]string{"event:person-meets-person|李克强|会见|阮富仲"}},
		// Several met each on their own: whose meeting the people joined is
		// not written.
		{"赵乐际分别会见突尼斯总统赛义德、巴林国王哈马德。郑建邦参加会见。",
			[]string{"PERSON:赵乐际", "PLACE:突尼斯", "PERSON:赛义德", "PLACE:巴林", "PERSON:哈马德", "PERSON:郑建邦"},
			[]string{"event:person-meets-person|赵乐际|会见|赛义德", "event:person-meets-person|赵乐际|会见|哈马德"}},
		// A meeting recalled in what the host said is not the one reported:
		// the one before it is.
		{"王沪宁会见日本社民党党首福岛瑞穗。\n王沪宁表示，去年11月，习近平主席会见岸田文雄首相。\n石泰峰等参加会见。",
			[]string{"PERSON:王沪宁", "ORG:日本社民党", "PERSON:福岛瑞穗", "PERSON:王沪宁", "DATE:去年11月|2023-11-01|2023-12-01", "PERSON:习近平", "PERSON:岸田文雄", "PERSON:石泰峰"},
			[]string{
				"event:person-meets-person|companion:joined|石泰峰|会见|福岛瑞穗",
				"event:person-meets-person|王沪宁|会见|福岛瑞穗",
				"event:person-meets-person|习近平|会见|岸田文雄||2023-11-01",
			}},
		// No event of the phrase's predicate told before: nothing to join.
		{"习近平同普京举行会谈。王毅参加会见。",
			[]string{"PERSON:习近平", "PERSON:普京", "PERSON:王毅"},
			[]string{"event:person-with-person-talk|习近平|会谈|普京"}},
		// The phrase must close the sentence of the people it follows.
		{"习近平会见普京。王毅参加会见的情况。", []string{"PERSON:习近平", "PERSON:普京", "PERSON:王毅"},
			[]string{"event:person-meets-person|习近平|会见|普京"}},
	},
}

// maxJoinBack is how many sentences before a joined phrase the event it
// refers to may be told: a report closes with who took part a few
// paragraphs after the meeting it opens with.
const maxJoinBack = 12

// companionMark ends the rule of a fact copied to those who joined it.
const companionMark = "|companion:joined"

// joined reads a sentence that lists people before a phrase of fact_words
// kind joined (参加会见, 同机抵达) closing it: each takes part in the events of
// the phrase's predicate in the latest sentence before that has one (rule:
// theirs, then |companion:joined).
func (s *Stage) joined(v *view) {
	first := s.words.First(dictionaries.FactJoined) // most positions: no lookup of the kind
	for si, sent := range v.sents {
		if len(v.mentions(si, pipeline.Person)) == 0 {
			continue
		}
		for k := sent.Start; k < sent.End; k++ {
			if !first.Has(v.text[k]) {
				continue
			}
			n := s.words.Starting(dictionaries.FactJoined, v.text, k, sent.End)
			if n == 0 || !v.aligned(k, k+n) {
				continue
			}
			if e := k + n; e < sent.End && !strings.ContainsRune("。！；", v.text[e]) {
				continue // 参加会见的情况: the phrase is no predicate of its own
			}
			pred, _ := s.words.Predicate(dictionaries.FactJoined, v.slice(k, k+n))
			people := s.joiners(v, si, k)
			if len(people) == 0 {
				break
			}
			guest := make([]bool, len(people))
			for i := range people {
				guest[i] = s.guestSide(v, si, people, i)
			}
			seen := map[[2]string]bool{}
			for _, src := range s.toldBefore(v, si, pred) {
				foreign := s.foreignHolder(src.Subject)
				for i, p := range people {
					key := [2]string{entity(p), src.Object}
					if key[0] == src.Subject || key[0] == src.Object || seen[key] || v.truncated(p) || guest[i] != foreign {
						continue
					}
					seen[key] = true
					f := newFact(Event, src.Rule+companionMark, si, p.Start, k+n, min(src.Confidence, 0.8))
					f.Subject, f.Predicate, f.Object, f.Place = entity(p), src.Predicate, src.Object, src.Place
					f.DateStart, f.DateEnd = copyTime(src.DateStart), copyTime(src.DateEnd)
					addMention(&f, p)
					v.add(f)
				}
			}
			break
		}
	}
}

// joiners returns the people listed before the joined phrase at k, which
// they must open the sentence with: titles may stand before each, 、, 和 or
// 及 between them, and 等, a word of kind retinue and fillers (也) after the
// last.
func (s *Stage) joiners(v *view, si, k int) []*pipeline.Mention {
	lo := v.sents[si].Start
	e := s.backOver(v, lo, k, 0, dictionaries.FactFiller)
	e = s.backOver(v, lo, e, 1, dictionaries.FactRetinue)
	if e > lo && v.text[e-1] == '等' {
		e--
	}
	var people []*pipeline.Mention
	prev := lo
	for _, m := range v.mentions(si, pipeline.Person) {
		if m.End > e {
			break
		}
		if m.Start < prev {
			continue // inside the name before it, or the same span twice
		}
		gap := v.slice(prev, m.Start)
		if r, _ := utf8.DecodeRuneInString(gap); strings.ContainsAny(gap, "，,；：") || len(people) > 0 && !strings.ContainsRune("、和及", r) {
			return nil
		}
		people = append(people, m)
		prev = m.End
	}
	if prev != e || len(people) == 0 {
		return nil
	}
	return people
}

// guestSide reports whether the i-th of the people listed serves a state
// other than China: a known person serving one, or one whose posts, written
// before the name, name such a state or a body that opens with one (吉布提
// 经济、财政与工业部长伊利亚斯, 越共中央书记处书记…陈国旺); the name alone does
// not tell (艾力更·依明巴海, 白玛赤林 serve China). The guest's people
// take part too, but they did not meet their own side: a companion is
// joined to an event only on the side of the one who did it.
func (s *Stage) guestSide(v *view, si int, people []*pipeline.Mention, i int) bool {
	p := people[i]
	if c := s.known.Country(entity(p)); c != "" {
		return c != "CN"
	}
	lo := v.sents[si].Start
	if i > 0 {
		lo = people[i-1].End
	}
	for _, m := range v.inside(si, lo, p.Start) {
		switch m.Type {
		case pipeline.Place:
			if m.Country != "" && m.Country != "CN" {
				return true
			}
		case pipeline.Org:
			if s.foreignOrg(entity(m)) {
				return true
			}
		}
	}
	return false
}

// foreignOrg reports whether an organization's name, or the longest alias
// it opens with (越共中央书记处 → 越共中央), opens with a state other than
// China.
func (s *Stage) foreignOrg(name string) bool {
	r := []rune(name)
	for n := len(r); n >= 2; n-- {
		if full, ok := s.aliases.Canonical(string(r[:n])); ok {
			return s.partyCountry(full) != nil
		}
	}
	return s.partyCountry(name) != nil
}

// toldBefore returns copies of the events of predicate pred told in the
// latest sentence before si, at most maxJoinBack back, that has one, leaving
// out those already joined and those someone reports in a paragraph that
// opens with what they say (王沪宁表示，去年11月，习近平主席会见岸田文雄首相):
// an earlier meeting recalled, not the one the report is of.
func (s *Stage) toldBefore(v *view, si int, pred string) []pipeline.Fact {
	told := func(f *pipeline.Fact) bool {
		// Reported: a word of saying (表示, 指出) between the paragraph's
		// start and the event.
		return f.Kind == Event && f.Predicate == pred && f.Sentence < si && si-f.Sentence <= maxJoinBack &&
			!strings.HasSuffix(f.Rule, companionMark) &&
			!s.wordIn(v, dictionaries.FactSpeech, v.paragraphStart(f.EvidenceStart), f.EvidenceStart)
	}
	best := -1
	var out []pipeline.Fact
	for i := range v.facts {
		f := &v.facts[i]
		if f.Sentence < best || !told(f) {
			continue
		}
		if f.Sentence > best {
			best, out = f.Sentence, out[:0] // a later sentence: its events only
		}
		out = append(out, *f)
	}
	if len(out) > 1 && s.wordIn(v, dictionaries.FactEach, out[0].EvidenceStart, out[len(out)-1].EvidenceEnd) {
		return nil // 分别会见赛义德、哈马德 (each): each meeting had its own people
	}
	return out
}

// wordIn reports whether a word of fact_words kind, a word of the text's
// own, stands in [start, end).
func (s *Stage) wordIn(v *view, kind dictionaries.FactKind, start, end int) bool {
	for k := start; k < end; k++ {
		if n := s.words.Starting(kind, v.text, k, end); n > 0 && v.aligned(k, k+n) {
			return true
		}
	}
	return false
}
