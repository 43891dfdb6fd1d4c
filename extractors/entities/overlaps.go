package entities

import (
	"slices"
	"strings"

	"github.com/zhfacts/zhfacts/pipeline"
)

// dropOverlaps keeps one of any two PERSON, PLACE or ORG mentions that
// overlap once every rule has run: rules that each mend one mention can
// leave two (伊 and 伊德利卜省, 圣多美和普林西比 and 普林西比), and a table of
// names should give each character to one name; the nested stage adds the
// names inside names. A name found in a dictionary wins over one that is
// not (黄海南道 over 道苔滩机场, 刚果（金） over 金）维和分队, 中国石化 over
// 石化九江分公司), else the longer, else the first; two organizations no
// dictionary names that overlap are one (overlap-union).
func dropOverlaps(d *doc) {
	var idx []int
	for i := range d.Mentions {
		if isEntity(d.Mentions[i].Type) {
			idx = append(idx, i)
		}
	}
	slices.SortFunc(idx, func(a, b int) int {
		ma, mb := &d.Mentions[a], &d.Mentions[b]
		if ma.Start != mb.Start {
			return ma.Start - mb.Start
		}
		return (mb.End - mb.Start) - (ma.End - ma.Start)
	})
	drop := map[*pipeline.Mention]bool{}
	var kept *pipeline.Mention
	for _, i := range idx {
		m := &d.Mentions[i]
		switch {
		case kept == nil || m.Start >= kept.End:
			kept = m
		case kept.Type == pipeline.Org && m.Type == pipeline.Org && !listed(kept) && !listed(m) && m.End > kept.End:
			// 富仕兰食品 and 食品贸易（上海）有限公司: the tagger's two halves of one
			// company's name, each mended by a rule of its own.
			kept.End = m.End
			kept.Text = d.Slice(kept.Start, kept.End)
			kept.Entity = kept.Text
			addRule(kept, "overlap-union")
			drop[m] = true
		case listed(m) != listed(kept) && listed(m) || listed(m) == listed(kept) && m.End-m.Start > kept.End-kept.Start:
			drop[kept], kept = true, m
		default:
			drop[m] = true
		}
	}
	if len(drop) > 0 {
		d.DeleteMentions(func(m *pipeline.Mention) bool { return drop[m] })
	}
}

// listed reports whether m's name comes from a dictionary — a known person,
// place or organization, an alias, a country — rather than from the
// tagger's span alone.
func listed(m *pipeline.Mention) bool {
	for _, r := range []string{"known-", "alias", "gazetteer-", "country"} {
		if strings.Contains(m.Rule, r) {
			return true
		}
	}
	return false
}
