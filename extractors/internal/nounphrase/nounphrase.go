// Package nounphrase reads the noun phrase that gse's words form next to a
// number, so that a stage can say what the number counts: 825家成都科技企业
// counts 企业, 13万产业工人 counts 工人.
package nounphrase

import (
	"sort"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/pipeline"
)

// maxLen bounds, in code points, how far a noun phrase is read.
const maxLen = 12

// After returns the head — the last common noun — of the noun phrase whose
// first word starts at code point offset at (8家离岸创新创业基地 → 基地), ""
// when none starts there. open reports that a verb and more nouns follow
// the head: they may belong to the phrase (技术需求发布会) or start the
// predicate (企业参加会议), and gse's tags cannot tell which. toks must be in
// text order.
func After(toks []pipeline.Token, at int) (head string, open bool) {
	i, open := Head(toks, at)
	if i < 0 {
		return "", false
	}
	return toks[i].Text, open
}

// Head is After by index: the index in toks of the head, -1 when none.
func Head(toks []pipeline.Token, at int) (head int, open bool) {
	k := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= at })
	end, head := at, -1
	for ; k < len(toks) && toks[k].Start == end && inside(toks, k, end == at) && end-at <= maxLen; k++ {
		if CommonNoun(toks[k].Pos) {
			head = k
		}
		end = toks[k].End
	}
	open = head >= 0 && k+1 < len(toks) && toks[k].Start == end && toks[k].Pos == "v" && Nominal(toks[k+1].Pos) && toks[k+1].Start == toks[k].End
	return head, open
}

// inside reports whether toks[k] stands inside a noun phrase: a nominal
// word, an adjective of one character that opens the phrase before a noun
// (16家|新|动能项目; one after a noun is as often a predicate or the next
// phrase's: 一个下雪天|小|动物们), or a rank in digits before 强 and a noun
// (47个世界|500|强|企业), which would otherwise end the phrase before its
// head.
func inside(toks []pipeline.Token, k int, first bool) bool {
	t := toks[k]
	if Nominal(t.Pos) {
		return true
	}
	next := func(j int) bool { return j < len(toks) && toks[j].Start == toks[j-1].End }
	switch t.Pos {
	case "a": // 全 says how many
		return (first || toks[k-1].Pos == "x") && utf8.RuneCountInString(t.Text) == 1 && t.Text != "全" && next(k+1) && Nominal(toks[k+1].Pos)
	case "x":
		return t.Text[0] >= '0' && t.Text[0] <= '9' && next(k+1) && toks[k+1].Text == "强" && next(k+2) && Nominal(toks[k+2].Pos)
	}
	return false
}

// Before returns the word that ends at code point offset at when it is a
// common noun (引进企业825家 → 企业), else "".
func Before(toks []pipeline.Token, at int) string {
	k := sort.Search(len(toks), func(i int) bool { return toks[i].End >= at })
	if k < len(toks) && toks[k].End == at && CommonNoun(toks[k].Pos) {
		return toks[k].Text
	}
	return ""
}

// Nominal reports whether a word with gse POS tag pos can stand inside a
// noun phrase before its head: nouns, names, verbal and adjectival nouns,
// distinguishing words.
func Nominal(pos string) bool {
	switch pos {
	case "n", "nz", "ng", "ns", "nt", "nr", "vn", "an", "b", "j", "l":
		return true
	}
	return false
}

// CommonNoun reports whether a gse POS tag is a common noun (n, nz, ng), not
// a name of a person, place or organization (nr, ns, nt).
func CommonNoun(pos string) bool { return pos == "n" || pos == "nz" || pos == "ng" }
