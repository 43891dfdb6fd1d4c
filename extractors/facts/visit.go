package facts

import (
	"strings"

	"github.com/zhfacts/zhfacts/dictionaries"
	"github.com/zhfacts/zhfacts/pipeline"
)

var visitRule = &rule{
	name:    "visit",
	kind:    Event,
	pattern: "PERSON [DATE|time|在 place|应…邀请]… 对 PLACE[、PLACE]… 进行 [为期…的] visit, and PERSON […] visit PLACE[、PLACE]…",
	find:    (*Stage).visits,
	examples: []example{
		{"应塞内加尔总统萨勒邀请，国家主席习近平将于7月21日至24日对塞内加尔、卢旺达进行国事访问。",
			[]string{"PLACE:塞内加尔", "PERSON:萨勒", "PERSON:习近平", "DATE:7月21日至24日|2018-07-21|2018-07-25", "PLACE:塞内加尔", "PLACE:卢旺达"},
			[]string{
				"event:person-visits-place|plan:marker|习近平|国事访问|塞内加尔||2018-07-21|塞内加尔",
				"event:person-visits-place|plan:marker|习近平|国事访问|卢旺达||2018-07-21|卢旺达",
			}},
		// 应…邀请 between the visitor and the verb; 我国 is China.
		{"纳扎尔巴耶夫是应习近平邀请对我国进行国事访问并出席论坛的。",
			[]string{"PERSON:纳扎尔巴耶夫", "PERSON:习近平"},
			[]string{"event:person-visits-place|纳扎尔巴耶夫|国事访问|中国|||中国"}},
		{"中共中央政治局常委赵乐际9月23日至26日对老挝进行为期四天的正式友好访问。",
			[]string{"ORG:中共中央政治局", "PERSON:赵乐际", "DATE:9月23日至26日|2019-09-23|2019-09-27", "PLACE:老挝"},
			[]string{"event:person-visits-place|赵乐际|正式友好访问|老挝||2019-09-23|老挝"}},
		{"国务委员兼外长王毅12日访问印度和尼泊尔。",
			[]string{"PERSON:王毅", "DATE:12日|2024-08-12|2024-08-13", "PLACE:印度", "PLACE:尼泊尔"},
			[]string{
				"event:person-visits-place|王毅|访问|印度||2024-08-12|印度",
				"event:person-visits-place|王毅|访问|尼泊尔||2024-08-12|尼泊尔",
			}},
		{"21日，国家主席习近平抵达达喀尔。", []string{"DATE:21日|2018-07-21|2018-07-22", "PERSON:习近平", "PLACE:达喀尔"},
			[]string{"event:person-visits-place|习近平|抵达|达喀尔||2018-07-21|达喀尔"}},
		// The most precise of places written together; none that opens a longer name.
		{"岸田文雄7日抵达韩国首尔，展开为期两天的工作访问。",
			[]string{"PERSON:岸田文雄", "DATE:7日|2023-05-07|2023-05-08", "PLACE:韩国", "PLACE:首尔"},
			[]string{"event:person-visits-place|岸田文雄|抵达|首尔||2023-05-07|首尔"}},
		{"鲁哈尼今天抵达伊拉克首都巴格达。", []string{"PERSON:鲁哈尼", "PLACE:伊拉克", "PLACE:巴格达"},
			[]string{"event:person-visits-place|鲁哈尼|抵达|巴格达|||巴格达"}},
		{"习近平抵达中国援建的尼雷尔国际会议中心。", []string{"PERSON:习近平", "PLACE:中国"}, nil},
		// The visit is an occasion of what follows; its visitor is named later.
		{"在对意大利进行国事访问之际，习近平发表署名文章。", []string{"PLACE:意大利", "PERSON:习近平"}, nil},
		// Not a place visited: what stands after the verb is no PLACE.
		{"习近平访问期间，两国签署合作文件。", []string{"PERSON:习近平"}, nil},
		// Someone other than the person before 对 is the one acting.
		{"习近平对马克龙访华表示欢迎。", []string{"PERSON:习近平", "PERSON:马克龙"}, nil},
	},
}

// visits finds who visited which state or place, in every sentence with a
// PERSON mention: 对 and the places, 进行 and a visit (…对法国进行国事访问),
// or a verb of visiting right before them (访问印度, 抵达达喀尔).
func (s *Stage) visits(v *view) {
	for si, sent := range v.sents {
		if len(v.mentions(si, pipeline.Person)) == 0 {
			continue
		}
		for k := sent.Start + 1; k < sent.End-1; k++ {
			t := v.tokenStarting(k)
			if t == nil {
				continue
			}
			if v.text[k] == '对' && t.End == k+1 {
				if end := s.visitTo(v, si, k); end > k {
					k = end - 1
				}
				continue
			}
			if n := s.words.Starting(dictionaries.FactVisit, v.text, k, sent.End); n > 0 && v.aligned(k, k+n) {
				s.visitVerb(v, si, k, n)
				k += n - 1
			}
		}
	}
}

// visitee is a place visited: its name, and its PLACE mention unless it
// was a word standing for a state (我国).
type visitee struct {
	name string
	m    *pipeline.Mention
}

// visitees reads the places listed from pos — PLACE mentions and words for
// one's own state, joined by 、, 和, 及 — and returns them and where they end.
func (s *Stage) visitees(v *view, si, pos int) ([]visitee, int) {
	hi := v.sents[si].End
	var vs []visitee
	for len(vs) < 8 && pos < hi {
		if m := v.longestAt(pos, hi, pipeline.Place, pipeline.Place); m != nil {
			m = s.innermost(v, m, hi)
			if !v.placeEnds(m.End, hi) {
				return nil, pos
			}
			vs = append(vs, visitee{entity(m), m})
			pos = m.End
		} else if n := s.words.Starting(dictionaries.FactSubject, v.text, pos, hi); n > 0 && len(vs) == 0 && v.aligned(pos, pos+n) {
			name, _ := s.words.Predicate(dictionaries.FactSubject, v.slice(pos, pos+n))
			if s.countries.Lookup(name) == nil {
				return nil, pos
			}
			vs = append(vs, visitee{name: name})
			pos += n
		} else {
			break
		}
		switch {
		case pos < hi && strings.ContainsRune("、和及", v.text[pos]) && v.longestAt(pos+1, hi, pipeline.Place, pipeline.Place) != nil:
			pos++
		default:
			return vs, pos
		}
	}
	return vs, pos
}

// visitTo reads PERSON … 对 PLACE… 进行 [为期…的] visit at the 对 at k and
// returns where the visit word ends, or k when there is no such visit.
func (s *Stage) visitTo(v *view, si, k int) int {
	hi := v.sents[si].End
	places, pos := s.visitees(v, si, k+1)
	if len(places) == 0 || v.slice(pos, min(hi, pos+2)) != "进行" {
		return k
	}
	pos += 2
	if v.slice(pos, min(hi, pos+2)) == "为期" {
		// 进行为期三天的国事访问: how long it lasts, then 的.
		e := -1
		for j := pos + 2; j < min(hi, pos+2+maxVisitLength); j++ {
			if v.text[j] == '的' {
				e = j + 1
				break
			}
		}
		if e < 0 {
			return k
		}
		pos = e
	}
	n := s.words.Starting(dictionaries.FactVisit, v.text, pos, hi)
	if n == 0 || !v.aligned(pos, pos+n) {
		return k
	}
	verb, _ := s.words.Predicate(dictionaries.FactVisit, v.slice(pos, pos+n))
	mt, ok := s.personBefore(v, si, k)
	if !ok {
		return pos + n
	}
	for _, p := range places {
		s.addVisit(v, si, verb, mt, p, k, pos+n, 0.85)
	}
	return pos + n
}

// maxVisitLength bounds the words between 为期 and 的, in runes: 三天,
// 一周, 两天半.
const maxVisitLength = 6

// visitVerb reads PERSON … visit PLACE… at the verb [k, k+n).
func (s *Stage) visitVerb(v *view, si, k, n int) {
	from := k + n
	if from < v.sents[si].End && v.text[from] == '了' {
		from++
	}
	places, end := s.visitees(v, si, from)
	if len(places) == 0 || places[0].m == nil {
		return
	}
	mt, ok := s.personBefore(v, si, k)
	if !ok {
		return
	}
	verb, _ := s.words.Predicate(dictionaries.FactVisit, v.slice(k, k+n))
	for _, p := range places {
		s.addVisit(v, si, verb, mt, p, k, end, 0.8)
	}
}

// addVisit adds the event of mt's person visiting p; its evidence runs from
// the person to end, and it takes its time as a meeting does.
func (s *Stage) addVisit(v *view, si int, verb string, mt meeting, p visitee, at, end int, confidence float64) {
	if v.truncated(mt.a) {
		return
	}
	f := newFact(Event, "event:person-visits-place", si, mt.a.Start, end, confidence)
	f.Subject, f.Predicate, f.Object, f.Place = entity(mt.a), verb, p.name, p.name
	addMention(&f, mt.a)
	if p.m != nil {
		addMention(&f, p.m)
	}
	s.dateMeeting(v, si, &f, mt, at)
	v.add(f)
}

// innermost returns the last place of a chain that begins with m, each
// written right after the one before or after its 首都 (韩国首尔,
// 伊拉克首都巴格达): the place visited is the most precise one.
func (s *Stage) innermost(v *view, m *pipeline.Mention, hi int) *pipeline.Mention {
	for {
		pos := m.End
		if w := v.slice(pos, min(hi, pos+2)); w == "首都" || w == "首府" {
			pos += 2
		}
		next := v.longestAt(pos, hi, pipeline.Place, pipeline.Place)
		if next == nil {
			return m
		}
		m = next
	}
}

// placeEnds reports whether a place visited ends at pos rather than opening
// a longer name: no noun of two runes or more follows it (远东|风采街), nor words before 的
// (中国|援建的尼雷尔国际会议中心).
func (v *view) placeEnds(pos, hi int) bool {
	if pos >= hi {
		return true
	}
	// A one-rune noun is a time after the place (抵达王宫时/n, 抵达北京后/nr).
	if t := v.tokenStarting(pos); t != nil && strings.HasPrefix(t.Pos, "n") && t.End-t.Start > 1 {
		return false
	}
	for j := pos; j < min(hi, pos+4); j++ {
		switch r := v.text[j]; {
		case r == '的':
			return false
		case isSpace(r) || strings.ContainsRune("，,。；;、：:！？（(", r):
			return true
		}
	}
	return true
}
