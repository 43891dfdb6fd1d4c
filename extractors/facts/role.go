package facts

import (
	"github.com/zhfacts/zhfacts/dictionaries"
	"github.com/zhfacts/zhfacts/pipeline"
)

// maxTitle is the longest title, in runes, looked up before a name.
const maxTitle = 6

var roleRule = &rule{
	name:    "role",
	kind:    Role,
	pattern: "[org] [原|前] title [space] PERSON, and org title、org title PERSON",
	find:    (*Stage).roles,
	examples: []example{
		{"对于天府国际技术转移中心国际部部长张洁来说", []string{"PERSON:张洁", "ORG:国际部"},
			[]string{"role:suffix-org-title-person|张洁|部长|天府国际技术转移中心国际部"}},
		{"对于天府国际技术转移中心国际部部长张洁来说", []string{"PERSON:张洁", "ORG:天府国际技术转移中心国际部"},
			[]string{"role:org-title-person|张洁|部长|天府国际技术转移中心国际部"}},
		{"中国科学院成都生物研究所研究员孙庚告诉记者。", []string{"PERSON:孙庚", "ORG:中国科学院", "PLACE:成都"},
			[]string{"role:suffix-org-title-person|孙庚|研究员|中国科学院成都生物研究所"}},
		{"“我们希望。”四川省自然资源科学研究院研究员、中国—新西兰猕猴桃“一带一路”联合实验室原主任李明章说,从成都出发。",
			[]string{"PERSON:李明章", "ORG:四川省自然资源科学研究院", "PLACE:中国", "PLACE:新西兰"},
			[]string{
				"role:suffix-org-title-person|李明章|原主任|中国—新西兰猕猴桃“一带一路”联合实验室",
				"role:org-title-list|李明章|研究员|四川省自然资源科学研究院",
			}},
		{"成都先后引进中国科协海智特聘专家、日本工程院院士任福继和德国国家工程院院士雷宪章等高层次海外人才。",
			[]string{"PERSON:任福继", "PERSON:雷宪章", "ORG:中国科协|中国科学技术协会", "PLACE:日本", "PLACE:德国"},
			[]string{
				"role:suffix-org-title-person|任福继|院士|日本工程院",
				"role:suffix-org-title-person|雷宪章|院士|德国国家工程院",
			}},
		{"成都日报锦观新闻记者 黄雪松 文/图", []string{"PERSON:黄雪松"},
			[]string{"role:outlet-title-person|黄雪松|记者|成都日报"}},
		{"记者张三报道。", []string{"PERSON:张三"}, []string{"role:title-person|张三|记者"}},
		// The run before the title is no organization and no clause start:
		// 特聘 is not a title and 成都引进… is no name, so nothing is said.
		{"成都引进特聘专家王五。", []string{"PERSON:王五", "PLACE:成都"}, nil},
		// A verb followed by a name ends the run: the organization is 四川大学,
		// not 成都引进四川大学.
		{"成都引进四川大学教授赵六。", []string{"PERSON:赵六", "PLACE:成都", "PLACE:四川"},
			[]string{"role:suffix-org-title-person|赵六|教授|四川大学"}},
		{"张洁和团队敏锐地察觉到", []string{"PERSON:张洁"}, nil},
		{"王女士说", []string{"PERSON:王"}, nil},
	},
}

// title returns the start of the longest title that ends at end and starts
// at or after lo, with the former mark (原, 前) before it included in the
// predicate. Forms of address (先生, 女士) follow names and are no titles here.
func (s *Stage) title(v *view, end, lo int) (start int, predicate, category string, ok bool) {
	for n := min(maxTitle, end-lo); n >= 1; n-- {
		t := v.slice(end-n, end)
		c, found := s.titles.Category(t)
		if !found || c == "honorific" {
			continue
		}
		start, predicate = end-n, t
		if f := s.words.Ending(dictionaries.FactFormer, v.text, lo, start); f > 0 {
			start -= f
			predicate = v.slice(start, end)
		}
		return start, predicate, c, true
	}
	return 0, "", "", false
}

// roles finds, for every PERSON mention, the titles and organizations written
// right before it.
func (s *Stage) roles(v *view) {
	for si := range v.sents {
		lo := v.sents[si].Start
		for _, p := range v.mentions(si, pipeline.Person) {
			s.rolesOf(v, si, lo, p)
		}
	}
}

func (s *Stage) rolesOf(v *view, si, lo int, p *pipeline.Mention) {
	end := p.Start
	if end > lo && isSpace(v.text[end-1]) {
		end-- // 记者 黄雪松
	}
	ts, pred, cat, ok := s.title(v, end, lo)
	if !ok {
		return
	}
	rs, clean := v.runBack(ts, lo)
	o, isOrg := s.orgName(v, si, rs, ts)
	switch {
	case isOrg:
		name := "role:suffix-org-title-person"
		conf := 0.85
		if o.how == "org-mention" {
			name, conf = "role:org-title-person", 0.9
		}
		s.addRole(v, si, p, pred, o, name, conf, ts)
	case cat == "media" && rs < ts:
		// A byline: the outlet is the longest start of the run that is a
		// media name (成都日报 in 成都日报锦观新闻记者).
		for e := ts - 1; e > rs; e-- {
			if _, kind, ok := s.suffixes.Match(v.slice(rs, e)); ok && kind == "media" {
				s.addRole(v, si, p, pred, org{name: v.slice(rs, e), start: rs, mentions: v.inside(si, rs, e)},
					"role:outlet-title-person", 0.85, ts)
				break
			}
		}
		return
	case rs == ts && clean:
		f := newFact(Role, "role:title-person", si, ts, p.End, 0.8)
		f.Subject, f.Predicate = entity(p), pred
		addMention(&f, p)
		v.add(f)
		return
	default:
		return
	}
	// A list of roles before one name: org title、org title PERSON.
	for range 4 {
		at := o.start - 1
		if at <= lo || v.text[at] != '、' {
			return
		}
		ts, pred, _, ok = s.title(v, at, lo)
		if !ok {
			return
		}
		rs, _ = v.runBack(ts, lo)
		if o, ok = s.orgName(v, si, rs, ts); !ok {
			return
		}
		s.addRole(v, si, p, pred, o, "role:org-title-list", 0.85, ts)
	}
}

func (s *Stage) addRole(v *view, si int, p *pipeline.Mention, pred string, o org, rule string, conf float64, ts int) {
	f := newFact(Role, rule, si, min(o.start, ts), p.End, conf)
	f.Subject, f.Predicate, f.Object = entity(p), pred, o.name
	addMention(&f, p)
	for _, m := range o.mentions {
		addMention(&f, m)
	}
	v.add(f)
}
