package entities

import (
	"slices"
	"strings"
	"unicode"

	"github.com/zhfacts/zhfacts/internal/runes"
	"github.com/zhfacts/zhfacts/pipeline"
)

// brandTrades finds companies written as a brand and a trade word that the
// tagger missed or read as a place (玲珑轮胎, 东北制药): a gse word of two or
// more characters, a trade word of company_trades.tsv and a word of
// company_words.tsv (公告, 董事长, 股价), each gse's word of its own, make
// the brand and trade word a company's short name, and every place in the
// document where it is written the same way is an ORG mention of it. The
// brand must open a noun phrase — after punctuation, a verb, a particle,
// a preposition, a conjunction or an adverb, not after a number or a noun
// (美国多家|地区性|银行股价) — and be no pronoun, numeral or country
// (美国银行股价 are American banks' as often as Bank of America's). So does
// an ORG of the company's legal name (上海电气公司, 重庆长安汽车股份有限公司).
// Rule brand-trade.
func (s *Stage) brandTrades(d *doc) {
	var names []string
	toks := d.Tokens
	// Most words begin no trade word: the class turns them away.
	for j := d.nextOf(1, beginsTrade); j+1 < len(toks); j = d.nextOf(j+1, beginsTrade) {
		if _, ok := s.trades.Get(toks[j].Text); !ok {
			continue
		}
		if _, ok := s.coWords.Get(toks[j+1].Text); !ok {
			continue
		}
		b := toks[j-1]
		if !s.brand(d, j-1) {
			continue
		}
		if name := b.Text + toks[j].Text; !slices.Contains(names, name) {
			names = append(names, name)
		}
	}
	for i := range d.Mentions {
		if name := s.legalBrand(d, &d.Mentions[i]); name != "" && !slices.Contains(names, name) {
			names = append(names, name)
		}
	}
	for _, name := range names {
		s.markCompany(d, name)
	}
}

// legalBrand returns the short name an ORG mention m of a company's legal
// name holds — a Chinese division or nothing, a brand, a trade word of
// company_trades.tsv and suffixes of kind company (上海电气公司 → 上海电气,
// 山东玲珑轮胎股份有限公司 → 玲珑轮胎) — or "" when it holds none
// (中国广播电视网络有限公司: 中国广播 is no division).
func (s *Stage) legalBrand(d *doc, m *pipeline.Mention) string {
	if m.Type != pipeline.Org {
		return ""
	}
	stem := m.Text
	for {
		suffix, kind, ok := s.suffixes.Match(stem)
		if !ok || kind != "company" || len(suffix) >= len(stem) {
			break
		}
		stem = strings.TrimSuffix(stem, suffix)
	}
	if stem == m.Text {
		return ""
	}
	end := m.Start + runes.Count(stem)
	j := d.tokenAt(end - 1)
	if j < 1 || d.Tokens[j].End != end {
		return ""
	}
	if _, ok := s.trades.Get(d.Tokens[j].Text); !ok {
		return ""
	}
	b := d.Tokens[j-1]
	if b.Start < m.Start || runes.Count(b.Text) < 2 || !allHan(b.Text) || s.countries.Lookup(b.Text) != nil {
		return ""
	}
	if b.Start > m.Start && len(s.read(d.Slice(m.Start, b.Start)).divs) == 0 {
		return ""
	}
	return b.Text + d.Tokens[j].Text
}

// brand reports whether gse's token j can be a company's brand: two or
// more Han characters, no pronoun, numeral, classifier or country, opening
// a noun phrase, and inside no name but a PLACE of exactly its span.
func (s *Stage) brand(d *doc, j int) bool {
	b := d.Tokens[j]
	if runes.Count(b.Text) < 2 || !allHan(b.Text) || strings.HasPrefix(b.Pos, "r") || strings.HasPrefix(b.Pos, "m") || strings.HasPrefix(b.Pos, "q") {
		return false
	}
	if s.countries.Lookup(b.Text) != nil {
		return false
	}
	if j > 0 {
		p := d.Tokens[j-1]
		if p.End == b.Start && !opensPhrase(p) {
			return false
		}
	}
	return true
}

// opensPhrase reports whether a noun phrase can begin after token p:
// punctuation or space, a verb, a particle, a preposition, a conjunction or
// an adverb.
func opensPhrase(p pipeline.Token) bool {
	if strings.TrimSpace(p.Text) == "" || !allHan(p.Text) && p.Pos == "x" || p.Pos == "w" {
		return true
	}
	switch p.Pos[:1] {
	case "v", "u", "p", "c", "d":
		return true
	}
	return false
}

// markCompany makes every occurrence of name that starts and ends at gse
// word bounds, lies in no other name but a PLACE of its brand and is not
// followed by an institution suffix (航天科技产业园) an ORG mention.
func (s *Stage) markCompany(d *doc, name string) {
	var drop []int
	for start, end := range d.occurrences(name) {
		j, e := d.tokenAt(start), d.tokenAt(end-1)
		if j < 0 || e < 0 || d.Tokens[j].Start != start || d.Tokens[e].End != end || !s.brand(d, j) {
			continue
		}
		if s.suffixedAfter(d, start, e) {
			continue // 航天科技|产业园, 烽火科技|集团: a longer name
		}
		clear := true
		var place []int
		for k := range d.Mentions {
			o := &d.Mentions[k]
			if o.Start >= end || o.End <= start {
				continue
			}
			if o.Type == pipeline.Place && o.Start == start && o.End == d.Tokens[j].End {
				place = append(place, o.ID)
				continue
			}
			clear = false
			break
		}
		if !clear {
			continue
		}
		drop = append(drop, place...)
		d.AddMention(pipeline.Mention{Type: pipeline.Org, Text: name, Start: start, End: end,
			Stage: Name, Rule: "brand-trade", Confidence: gazetteerConfidence})
	}
	if len(drop) > 0 {
		d.DeleteMentions(func(m *pipeline.Mention) bool { return slices.Contains(drop, m.ID) })
	}
}

// suffixedAfter reports whether the text after token e begins with an
// institution suffix (产业园, 集团), so that the name before it is the
// start of a longer one.
func (s *Stage) suffixedAfter(d *doc, start, e int) bool {
	for k := e + 1; k < len(d.Tokens) && k <= e+2; k++ {
		tail := d.Slice(d.Tokens[e+1].Start, d.Tokens[k].End)
		if suffix, _, ok := s.suffixes.Match(d.Slice(start, d.Tokens[k].End)); ok && suffix == tail {
			return true
		}
	}
	return false
}

// allHan reports whether text is all Han characters.
func allHan(text string) bool {
	for _, r := range text {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}
