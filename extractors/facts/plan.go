package facts

import (
	"strings"
	"time"
	"unicode"

	"github.com/zhfacts/zhfacts/dictionaries"
	"github.com/zhfacts/zhfacts/pipeline"
)

// markPlans marks the facts that say what is to come rather than what was
// done — a plan, a forecast or a target — so that a user can tell them
// from what happened: their rule gains the plan rule and their confidence
// is at most planConfidence. An announced investment (将投资8.7亿元) is news,
// so it stays; a notebook that wants only what happened filters on the rule.
// Roles are not marked.
//
//   - plan:marker: the clause of the fact's first value (its amount,
//     count or percentage; for an event the end of its evidence, where its
//     verb and second party stand), from the clause's
//     start up to the end of the evidence, holds a gse token, outside
//     person names, that is a word of fact_words.tsv kind plan (将, 力争,
//     确保), or for an event of kind imminent (即将) right after its doer,
//     not right after 已 or 已经 (湖北每年将投入3000多万元; 习近平主席将会见
//     班达里).
//   - plan:future-date: the DATE of the fact's sentence that gives its time names a year after the year
//     of publication (a year written out, or 明年, 后年, 未来, 今后): its
//     time begins in a later year, or, open at its start (到2030年), ends
//     after the year of publication. A budget year is no such time, nor is
//     one of money already given: 提前下达2013年…补助预算150亿元 and
//     2023年…补助资金1485亿元已经提前下达 are done now. A time counted from another
//     event (两年后) is not read so.
func (s *Stage) markPlans(v *view) {
	for i := range v.facts {
		f := &v.facts[i]
		if f.Kind == Role {
			continue
		}
		how := ""
		if s.planned(v, f) {
			how = "plan:marker"
		} else if v.future(f) {
			how = "plan:future-date"
		}
		if how != "" {
			f.Rule += "|" + how
			f.Confidence = min(f.Confidence, planConfidence)
		}
	}
}

// planConfidence is the highest confidence of a fact marked as a plan: what
// is announced may not happen.
const planConfidence = 0.5

// mentionOf returns the mention of f with the given ID, or nil.
func (v *view) mentionOf(id int) *pipeline.Mention {
	if id >= 0 && id < len(v.d.Mentions) && v.d.Mentions[id].ID == id {
		return &v.d.Mentions[id]
	}
	for i := range v.d.Mentions {
		if v.d.Mentions[i].ID == id {
			return &v.d.Mentions[i]
		}
	}
	return nil
}

// valueStart returns where f's first value mention starts, or, when it
// has none, where the last rune of its evidence stands.
func (v *view) valueStart(f *pipeline.Fact) int {
	at := -1
	for _, id := range f.MentionIDs {
		if m := v.mentionOf(id); m != nil && (m.Type == pipeline.Money || m.Type == pipeline.Quantity || m.Type == pipeline.Percent) {
			if at < 0 || m.Start < at {
				at = m.Start
			}
		}
	}
	if at < 0 {
		return max(f.EvidenceStart, f.EvidenceEnd-1)
	}
	return at
}

// planned reports whether a plan word stands in the clause of f's first
// value before the end of its evidence (rule plan:marker).
func (s *Stage) planned(v *view, f *pipeline.Fact) bool {
	lo := 0
	if f.Sentence >= 0 && f.Sentence < len(v.sents) {
		lo = v.sents[f.Sentence].Start
	}
	cs := clamp(v.valueStart(f), 0, len(v.text))
	for cs > lo && !sentenceMark(v.text[cs-1]) {
		cs--
	}
	end := clamp(f.EvidenceEnd, 0, len(v.text))
	var prev *pipeline.Token
	for p := cs; p < end; {
		t := v.tokenStarting(p)
		if t == nil {
			p++
			continue
		}
		if t.End <= end && !v.person[p] && (s.words.Starting(dictionaries.FactPlan, v.text, p, t.End) == t.End-t.Start ||
			f.Kind == Event && s.words.Starting(dictionaries.FactImminent, v.text, p, t.End) == t.End-t.Start && s.afterDoer(v, lo, prev)) &&
			(prev == nil || prev.Text != "已" && prev.Text != "已经") {
			return true
		}
		prev, p = t, t.End
	}
	return false
}

// afterDoer reports whether token prev ends a person's name or a title
// after it (习近平即将, 习近平主席即将): a word of kind imminent there says
// the person's event is to come, not one of what the event names (会见了即将
// 出征…的代表团).
func (s *Stage) afterDoer(v *view, lo int, prev *pipeline.Token) bool {
	if prev == nil {
		return false
	}
	if v.person[prev.End-1] {
		return true
	}
	ts, _, _, ok := s.title(v, prev.End, lo)
	return ok && ts > lo && v.person[ts-1]
}

// future reports whether f's own date names a year after the document's
// publication (rule plan:future-date).
func (v *view) future(f *pipeline.Fact) bool {
	pub := v.d.Meta.PublishedAt
	if pub == nil || f.DateStart == nil && f.DateEnd == nil {
		return false
	}
	next := time.Date(pub.Year()+1, 1, 1, 0, 0, 0, 0, time.UTC)
	if f.DateStart != nil && f.DateStart.Before(next) || f.DateStart == nil && !f.DateEnd.After(next) {
		return false
	}
	if f.Sentence < 0 || f.Sentence >= len(v.sents) {
		return false
	}
	for _, m := range v.mentions(f.Sentence, pipeline.Date) {
		if !sameTime(m.DateStart, f.DateStart) || !sameTime(m.DateEnd, f.DateEnd) || !yearNamed(v.slice(m.Start, m.End)) {
			continue
		}
		if v.givenEarly(f, m.End) {
			return false
		}
		return true
	}
	return false
}

// yearNamed reports whether a date's text names its year itself: four
// digits, or a year counted from now (明年, 未来5年, 今后).
func yearNamed(s string) bool {
	digits := 0
	for _, r := range s {
		if unicode.IsDigit(r) {
			if digits++; digits == 4 {
				return true
			}
		} else {
			digits = 0
		}
	}
	for _, w := range []string{"明年", "后年", "未来", "今后"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// givenEarly reports whether f's clause, from its start or from pos, up to
// the end of its evidence, says the money is given already or in advance:
// a token of 预算, 已 or 已经, or 提前 before a verb of giving (提前下达).
func (v *view) givenEarly(f *pipeline.Fact, pos int) bool {
	lo := 0
	if f.Sentence >= 0 && f.Sentence < len(v.sents) {
		lo = v.sents[f.Sentence].Start
	}
	cs := clamp(min(pos, v.valueStart(f)), 0, len(v.text))
	for cs > lo && !sentenceMark(v.text[cs-1]) {
		cs--
	}
	end := clamp(f.EvidenceEnd, 0, len(v.text))
	early := false
	for p := cs; p < end; {
		t := v.tokenStarting(p)
		if t == nil {
			p++
			continue
		}
		switch {
		case strings.Contains(t.Text, "预算"), t.Text == "已", t.Text == "已经":
			return true
		case early && (t.Text == "下达" || t.Text == "下拨" || t.Text == "拨付" || t.Text == "预拨" || t.Text == "安排"):
			return true
		}
		early, p = t.Text == "提前", t.End
	}
	return false
}
