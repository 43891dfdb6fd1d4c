package facts

import (
	"strings"

	"github.com/zhfacts/zhfacts/dictionaries"
	"github.com/zhfacts/zhfacts/pipeline"
)

// pronounSubjects gives an amount, statistic, change or share with no
// subject, whose clause opens with 其 (its) and then, past times only, its
// figure, the organization 其 refers to in the clause before (rule
// |subject:pronoun; see referent): 戴尔公司估计，其第一季度收入约为142亿美元 →
// 戴尔公司. Not 其 before what else the organization did (其研发的…芯片销量):
// whose figure that is the clause does not say.
func (s *Stage) pronounSubjects(v *view) {
	for i := range v.facts {
		f := &v.facts[i]
		if f.Kind == Role || f.Kind == Event || f.Subject != "" || strings.Contains(f.Rule, "|subject:") {
			continue
		}
		lo := v.sents[f.Sentence].Start
		cs := v.clauseStart(lo, f.EvidenceStart)
		t := v.tokenStarting(cs)
		if t == nil || t.Text != "其" || t.End > f.EvidenceStart {
			continue
		}
		p := t.End
		for p < f.EvidenceStart {
			if m := v.timeStarting(p, f.EvidenceStart); m != nil {
				p = m.End
			} else if u := v.tokenStarting(p); u != nil && u.Pos == "t" && u.End <= f.EvidenceStart {
				p = u.End
			} else {
				break
			}
		}
		if p != f.EvidenceStart {
			continue
		}
		if pcs, pc, ok := v.clauseBefore(lo, cs); ok {
			if m := s.referent(v, pcs, pc); m != nil {
				takeSubject(f, org{name: entity(m), start: m.Start, mentions: []*pipeline.Mention{m}}, "|subject:pronoun")
			}
		}
	}
}

// referent returns the ORG mention that 其 after the clause [cs, c) refers
// to: one that ends the clause after 是 (另一个需要关注的是吉利汽车，其…), or one
// that opens it, maybe after 据, before only nouns and words of report or
// saying (戴尔公司估计，其…; 据比亚迪官方数据，其…). Else nil.
func (s *Stage) referent(v *view, cs, c int) *pipeline.Mention {
	if m := v.endingAt(c, cs, pipeline.Org); m != nil && m.Start > cs && v.text[m.Start-1] == '是' {
		return m
	}
	p := cs
	if t := v.tokenStarting(p); t != nil && t.Text == "据" {
		p = t.End
	}
	m := v.startingMention(p, c)
	if m == nil || m.Type != pipeline.Org {
		return nil
	}
	for q := m.End; q < c; {
		t := v.tokenStarting(q)
		if t == nil || t.End > c {
			return nil
		}
		if n := t.End - q; !nounLike(t) && s.words.Starting(dictionaries.FactSpeech, v.text, q, t.End) != n && s.words.Starting(dictionaries.FactReport, v.text, q, t.End) != n {
			return nil
		}
		q = t.End
	}
	return m
}
