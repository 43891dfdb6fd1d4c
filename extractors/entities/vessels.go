package entities

import (
	"strings"

	"github.com/zhfacts/zhfacts/pipeline"
)

// dropVesselNames drops the PERSON, PLACE and ORG mentions that name a ship
// or craft rather than what the name first named: a name quoted whole
// before 号, 舰 or 轮 (美国“卡尔·文森”号航母, “美国”号两栖攻击舰, “郑和”舰,
// “温哥华”号护卫舰), and a place that is no country right before 舰
// (辽宁舰, 海口舰, 微山湖舰: China names its warships after its cities,
// provinces, lakes and mountains). A country's ship stays its place (俄罗斯舰,
// 日舰), and a fleet or ships in general (太平洋舰队, 中国舰艇) are no ship's
// name.
func (s *Stage) dropVesselNames(d *doc) {
	if !strings.Contains(d.Text, "号") && !strings.Contains(d.Text, "舰") && !strings.Contains(d.Text, "轮") {
		return
	}
	n := d.CharCount()
	at := func(i int) rune {
		if i < 0 || i >= n {
			return 0
		}
		return []rune(d.Slice(i, i+1))[0]
	}
	d.DeleteMentions(func(m *pipeline.Mention) bool {
		if !isEntity(m.Type) {
			return false
		}
		if at(m.Start-1) == '“' && at(m.End) == '”' {
			return vesselMark(at(m.End+1), at(m.End+2))
		}
		return m.Type == pipeline.Place && at(m.End) == '舰' && vesselMark(at(m.End), at(m.End+1)) &&
			s.countries.Lookup(m.Entity) == nil && s.countries.Lookup(m.Text) == nil && s.countries.Abbrev(m.Text) == nil
	})
}

// vesselMark reports whether c, followed by next, marks the name before it
// as a ship's or craft's: 号, or 舰 or 轮 that do not begin a word for a
// fleet or for ships in general (舰队, 舰艇, 舰船, 舰载, 轮流).
func vesselMark(c, next rune) bool {
	switch c {
	case '号':
		return true
	case '舰':
		return !strings.ContainsRune("队艇船载机群", next)
	case '轮':
		return !strings.ContainsRune("流值换番次回胎", next)
	}
	return false
}
