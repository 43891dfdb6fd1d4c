package entities

import (
	"github.com/zhfacts/zhfacts/pipeline"
)

// dropVesselNames drops the PERSON, PLACE and ORG mentions that name a thing
// — a ship, craft, weapon, pipeline or train — rather than what the name
// first named: a name quoted whole before a word of quote_thing_words.tsv
// (美国“卡尔·文森”号航母, “美国”号两栖攻击舰, “郑和”舰, “北溪”天然气管道,
// “北极星”导弹, “阿利·伯克”级驱逐舰), or ending in 号 inside the quotes
// (“天安号”事件, “井冈山号”列车); and a place that is no country right
// before 舰 (辽宁舰, 海口舰, 微山湖舰: China names its warships after its
// cities, provinces, lakes and mountains). A country's ship stays its place
// (俄罗斯舰, 日舰), and a fleet or ships in general are no ship's name
// (太平洋舰队, 中国舰艇: the file's kind not).
func (s *Stage) dropVesselNames(d *doc) {
	rs := d.Runes() // the characters around each name, read without slicing the text
	d.DeleteMentions(func(m *pipeline.Mention) bool {
		if !isEntity(m.Type) || m.End >= len(rs) {
			return false
		}
		if m.Start > 0 && rs[m.Start-1] == '“' && rs[m.End] == '”' {
			return lastRune(m.Text) == '号' || s.thingAt(d.Doc, m.End+1)
		}
		return m.Type == pipeline.Place && rs[m.End] == '舰' && s.thingAt(d.Doc, m.End) &&
			s.countries.Lookup(m.Entity) == nil && s.countries.Lookup(m.Text) == nil && s.countries.Abbrev(m.Text) == nil
	})
}

// thingAt reports whether the longest word of quote_thing_words.tsv written
// at code point at is of kind thing.
func (s *Stage) thingAt(d *pipeline.Doc, at int) bool {
	_, thing, ok := s.thingWords.Prefix(d.Slice(at, d.CharCount()))
	return ok && thing
}
