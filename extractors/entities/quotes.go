package entities

import (
	"strings"

	"github.com/zhfacts/zhfacts/pipeline"
)

// maxQuotedName is the longest name, in characters, that quoteOrgs reads
// between quotation marks.
const maxQuotedName = 12

// quoteConfidence is the confidence of an ORG read from its quotes and the
// word after them.
const quoteConfidence = 0.5

// quoteBreaks are characters that no quoted name holds: a quotation with
// one is a phrase or a sentence.
const quoteBreaks = "，。、；：！？,.;:!?“”《》\n\t 　"

// attributeEnds are characters that end a quoted attribute, the kind of
// body a category is made of, rather than a name: “枫桥式”税务分局,
// “防御性”军事联盟, “小三级”工会, “新型”研究院.
const attributeEnds = "式性型级"

// quoteBreakSet and attributeEndSet hold quoteBreaks and attributeEnds.
var quoteBreakSet, attributeEndSet = newCharSet(quoteBreaks), newCharSet(attributeEnds)

// quoteOrgs adds an ORG for a name in quotation marks followed at once by
// a word of quote_org_words.tsv, as both conventions mark them, quotes
// included: “基地”组织, “红双喜”公司, “今日俄罗斯”电视台, and after a noun
// “七三一”细菌部队. The tagger leaves most such names unmarked, or marks a
// place inside them (俄罗斯). The word must be a whole gse word (not
// “萨德”部署), and after a noun a noun itself (not “扫黄打非”部门|组织|开展,
// a verb). Not a quoted verb or adjective (“买通”保险公司), nor a storm's
// name (台风“达维”中心), nor where a mention crosses the span (全国“扫黄打非”
// 办公室, already one ORG). Mentions inside the quotes give way.
func (s *Stage) quoteOrgs(d *doc) {
	toks := d.Tokens
	var add []pipeline.Mention
	drop := map[int]bool{}
	// Most tokens are no ”: the class of the first character tells.
	for j := d.nextOf(1, closesQuote); j+1 < len(toks); j = d.nextOf(j+1, closesQuote) {
		if toks[j].Text != "”" {
			continue
		}
		open := -1 // token index of “
		for k := j - 1; k >= 0 && toks[j].Start-toks[k].End < maxQuotedName; k-- {
			if toks[k].Text == "“" {
				open = k
				break
			}
		}
		if open < 0 || open == j-1 || open == j-2 && predicatePOS(toks[open+1].Pos) {
			continue // “买通”保险公司: a quoted verb, not a name
		}
		// The document's code points: strings.ContainsAny over the text
		// compared each character with each of quoteBreaks.
		if quoted := d.Runes()[toks[open].End:toks[j].Start]; quoteBreakSet.anyIn(quoted) ||
			len(quoted) > 0 && attributeEndSet.has(quoted[len(quoted)-1]) {
			continue
		}
		end := s.quotedOrgEnd(d, j+1)
		if end < 0 || s.personCtx.Before(d.Slice(max(toks[open].Start-6, 0), toks[open].Start+1)) {
			continue
		}
		start := toks[open].Start
		crossed := false
		var inside []int // IDs
		for m := range d.namesOver(start, end) {
			if m.Start >= start && m.End <= toks[j].Start {
				inside = append(inside, m.ID)
			} else {
				crossed = true
			}
		}
		if crossed {
			continue
		}
		for _, id := range inside {
			drop[id] = true
		}
		add = append(add, pipeline.Mention{
			Type: pipeline.Org, Start: start, End: end,
			Entity: strings.NewReplacer("“", "", "”", "").Replace(d.Slice(start, end)),
			Stage:  Name, Rule: "quote-org", Confidence: quoteConfidence,
		})
	}
	if len(add) == 0 {
		return
	}
	d.DeleteMentions(func(m *pipeline.Mention) bool { return drop[m.ID] })
	for _, m := range add {
		d.AddMention(m)
	}
}

// quotedOrgEnd returns where the word of quote_org_words.tsv ends that is
// the gse word at token j, right after the closing quote, or the noun
// after a noun there when the list lets it follow one (”|细菌|部队, not
// ”|主题|党|日); -1 if neither is.
func (s *Stage) quotedOrgEnd(d *doc, j int) int {
	toks := d.Tokens
	if toks[j].Start != toks[j-1].End {
		return -1
	}
	if _, ok := s.quoteWords.Get(toks[j].Text); ok {
		return toks[j].End
	}
	if k := j + 1; k < len(toks) && toks[k].Start == toks[j].End && nounPOS(toks[j].Pos) && nounPOS(toks[k].Pos) {
		if afterNoun, ok := s.quoteWords.Get(toks[k].Text); ok && afterNoun {
			return toks[k].End
		}
	}
	return -1
}

// nounPOS reports whether a gse tag marks a common or proper noun.
func nounPOS(pos string) bool {
	switch pos {
	case "n", "nz", "nt", "vn", "j":
		return true
	}
	return false
}

// predicatePOS reports whether a gse tag marks a word that predicates —
// a verb, an adjective, an adverb — and so names nothing in quotes.
func predicatePOS(pos string) bool {
	switch pos {
	case "v", "vd", "a", "ad", "d":
		return true
	}
	return false
}
