package entities

import (
	"github.com/zhfacts/zhfacts/dictionaries"
	"github.com/zhfacts/zhfacts/internal/runes"
	"github.com/zhfacts/zhfacts/pipeline"
)

// unlisted is a PLACE mention that no gazetteer holds and whose suffix
// says what it may be (place_suffixes.tsv, column unlisted).
type unlisted struct {
	i       int    // index in d.Mentions
	reading string // dictionaries.Unlisted…
	suffix  int    // length of the suffix in runes
}

// unlistedSite is the reading of a natural feature or landmark (kind natural
// or landmark of place_suffixes.tsv: 棋盘山, 西郊机场, 世纪公园): read only
// where the place it lies in stands right before it or opens its name
// (rule place-site), never from the document at large.
const unlistedSite = "site"

// local reports whether the name may lie in a Chinese division written
// right before it or opening it: a settlement or a site.
func (u unlisted) local() bool { return u.village() || u.reading == unlistedSite }

// village reports whether the name may be a Chinese settlement below
// county level.
func (u unlisted) village() bool {
	return u.reading == dictionaries.UnlistedVillage || u.reading == dictionaries.UnlistedTown
}

// rule is the name of the rule that reads u, given the one that reads a
// settlement or unit so: place-site for a site.
func (u unlisted) rule(name string) string {
	if u.reading == unlistedSite {
		return "place-site"
	}
	return name
}

// foreign reports whether the name may be a foreign unit or town, and,
// when document is set, without the place it lies in right before it: a
// unit, not a town (张庄村 in a story that names Sweden once) nor a part.
func (u unlisted) foreign(document bool) bool {
	switch u.reading {
	case dictionaries.UnlistedUnit:
		return true
	case dictionaries.UnlistedTown, dictionaries.UnlistedPart, unlistedSite:
		return !document
	}
	return false
}

// unlistedPlaces gives the PLACE mentions that resolvePlaces left without a
// code or country, and that end in a suffix of a settlement or of a foreign
// unit, the country and code their context gives them (rules place-village,
// place-foreign-after, place-one-sense, place-village-document,
// place-foreign-document; see the package comment). The code of a Chinese
// settlement is that of the smallest coded division that encloses it.
func (s *Stage) unlistedPlaces(d *doc, st *docState) {
	var cands []unlisted
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type != pipeline.Place || m.Country != "" || m.PlaceCode != "" {
			continue
		}
		suffix, reading := s.placeSuffixes.Unlisted(m.Text)
		if reading == "" {
			// A site the gazetteers hold (太平洋 beside 墨西哥) stays as they
			// read it; a bare suffix (国家公园 of 东北虎豹国家公园) is no name.
			_, kind, ok := s.placeSuffixes.Match(m.Text)
			if !ok || kind != "natural" && kind != "landmark" || s.read(m.Text).gazetteer {
				continue
			}
			if bare, _, _ := s.placeSuffixes.Match("_" + m.Text); bare == m.Text {
				continue
			}
			// The name ends inside a gse word: 常德河|街, 秦巴山|区 are cut short.
			if j := d.tokenAt(m.End - 1); j >= 0 && d.Tokens[j].End > m.End {
				continue
			}
			reading = unlistedSite
		}
		n := runes.Count(suffix)
		if m.End-m.Start-n < 2 { // 古镇, 重镇, 离岛: a word, no name
			continue
		}
		if _, generic := s.placeGeneric.Get(m.Text); generic {
			continue
		}
		if _, _, body := s.bodies.Suffix(m.Text); body { // 朝鲜外务省: a ministry
			continue
		}
		// The suffix ends a longer word gse reads in the name: 新|城镇,
		// 新型|农村 are words, no names.
		if j := d.tokenAt(m.End - n); j >= 0 && d.Tokens[j].Start > m.Start && d.Tokens[j].Start < m.End-n {
			continue
		}
		cands = append(cands, unlisted{i: i, reading: reading, suffix: n})
	}
	if len(cands) == 0 {
		return
	}
	// Local evidence first, in text order, so that a village after a
	// township read so takes its code (禾驮乡|拉路村).
	read := map[string]int{} // name → index of a mention read locally
	var rest []unlisted
	for _, u := range cands {
		m := &d.Mentions[u.i]
		// The rule changes no mention's type or span.
		p := d.placeEnding(m.Start)
		before := p >= 0
		var outer *dictionaries.Division
		if before {
			outer = s.divs.ByCode(d.Mentions[p].PlaceCode)
		}
		if s.placeWithin(d, st, m, u, outer) {
			read[m.Text] = u.i
			continue
		}
		if before && s.placeAfter(&d.Mentions[p], m, u) {
			read[m.Text] = u.i
			continue
		}
		if c := s.foreignStem(m.Text); c != "" { // after the context: 得克萨斯州|敖德萨市 is in the US
			m.Country, m.Normalized, m.Entity = c, m.Text, m.Text
			addRule(m, "place-foreign-suffix")
			read[m.Text] = u.i
			continue
		}
		rest = append(rest, u)
	}
	cands, rest = rest, nil
	for _, u := range cands {
		m := &d.Mentions[u.i]
		if k, ok := read[m.Text]; ok {
			o := &d.Mentions[k]
			m.PlaceCode, m.Country, m.Normalized, m.Entity = o.PlaceCode, o.Country, o.Normalized, o.Entity
			addRule(m, "place-one-sense")
			continue
		}
		rest = append(rest, u)
	}
	if len(rest) == 0 {
		return
	}
	chinese, below, div := s.documentDivision(d, st)
	var country string // the one foreign country the document names
	for k := range d.Mentions {
		o := &d.Mentions[k]
		if o.Type != pipeline.Place || o.PlaceCode != "" || o.Country == "" || o.Country == "CN" || o.Country == country {
			continue
		}
		if country != "" {
			country = "-" // several
			break
		}
		country = o.Country
	}
	for _, u := range rest {
		m := &d.Mentions[u.i]
		switch {
		case u.village() && chinese && (country == "" || below):
			m.Country, m.Normalized = "CN", m.Text
			if div != nil {
				m.PlaceCode, m.Normalized = div.Code, s.divs.FullName(div)+m.Text
			}
			m.Entity = m.Normalized
			addRule(m, "place-village-document")
		case u.foreign(true) && country != "" && country != "-" && !below:
			m.Country, m.Normalized, m.Entity = country, m.Text, m.Text
			addRule(m, "place-foreign-document")
		}
	}
}

// placeWithin reads an unlisted place whose name opens with the place it
// lies in: a chain of Chinese divisions before a settlement (资兴市|州门司镇,
// 清远|连樟村, 安吉|余村), split where gse starts a word, or a foreign country
// or place before a foreign unit (土耳其|哈塔伊省), unless the rest is a
// national body (朝鲜|外务省).
func (s *Stage) placeWithin(d *doc, st *docState, m *pipeline.Mention, u unlisted, outer *dictionaries.Division) bool {
	r := []rune(m.Text)
	for n := len(r) - u.suffix - 1; n >= 2; n-- {
		rest := string(r[n:])
		if u.local() && d.wordStarts(m.Start+n) && (u.village() || len(r)-n-u.suffix >= 2) {
			if chain, lens := s.parseChain(r[:n], outer); chain != nil && (outer != nil || s.strongOpening(d, st, string(r[:lens[0]]), chain[0])) {
				v := chain[len(chain)-1]
				m.PlaceCode, m.Country = v.Code, "CN"
				m.Normalized = s.divs.FullName(v) + rest
				m.Entity = m.Normalized
				addRule(m, u.rule("place-village"))
				return true
			}
		}
		if !u.foreign(false) || len(r)-n-u.suffix < 2 || s.isBody(rest) {
			continue
		}
		p := s.read(string(r[:n]))
		country := ""
		switch {
		case p.country != nil:
			country = p.country.Code
		case p.foreign != nil:
			country = p.foreign.Country
		}
		if country != "" && country != "CN" {
			m.Country, m.Normalized, m.Entity = country, m.Text, m.Text
			addRule(m, u.rule("place-foreign-after"))
			return true
		}
	}
	return false
}

// strongOpening reports whether name, the first division of a chain that
// opens a settlement's name with nothing before it, reads as v for sure: a
// full name, the unique short form of a province or prefecture (清远), or a
// county's short form when the document names the county elsewhere. A
// county's short form alone is weak (龙泉|关镇 is no town of 龙泉市).
func (s *Stage) strongOpening(d *doc, st *docState, name string, v *dictionaries.Division) bool {
	if len(s.divs.LookupFull(name)) > 0 {
		return true
	}
	if len(s.divs.Lookup(name)) != 1 {
		return false
	}
	if v.Level != dictionaries.LevelCounty {
		return true
	}
	for k := range d.Mentions {
		if st.div[d.Mentions[k].ID] == v {
			return true
		}
	}
	return false
}

// placeAfter reads an unlisted place m right after the PLACE mention p it
// lies in: a settlement after a coded Chinese division or settlement takes
// its code and builds its hierarchical name on it (镇巴县|红石村 →
// 陕西省汉中市镇巴县红石村), a foreign unit or town after a foreign place its
// country (叙利亚|杜马镇, 东京都|千代田区).
func (s *Stage) placeAfter(p, m *pipeline.Mention, u unlisted) bool {
	switch {
	case u.reading == unlistedSite && p.End-p.Start < 2:
		return false // 中|拉 of 中拉关系: coordinated countries
	case p.PlaceCode != "" && u.local():
		m.PlaceCode, m.Country = p.PlaceCode, "CN"
		m.Normalized = p.Normalized + m.Text
		m.Entity = m.Normalized
		addRule(m, u.rule("place-village"))
		return true
	case p.PlaceCode == "" && p.Country != "" && p.Country != "CN" && u.foreign(false) && !s.isBody(m.Text):
		m.Country, m.Normalized, m.Entity = p.Country, m.Text, m.Text
		addRule(m, u.rule("place-foreign-after"))
		return true
	}
	return false
}

// documentDivision reports whether d names a Chinese division, whether it
// names one below province level, and the division it is about, if any:
// its one county when every prefecture it names holds that county, or else
// its one prefecture when it names no county, named at least twice. Provinces,
// which datelines name (新华社北京…电), do not count against either; one
// mention may be a story of a bulletin's many (成都 beside 骆驼湾村).
func (s *Stage) documentDivision(d *doc, st *docState) (chinese, below bool, about *dictionaries.Division) {
	var county, pref *dictionaries.Division
	counties, prefs := 0, 0 // changes of the county and the prefecture named
	named := map[*dictionaries.Division]int{}
	for k := range d.Mentions {
		m := &d.Mentions[k]
		v := st.div[m.ID]
		if m.Type != pipeline.Place || v == nil {
			continue
		}
		chinese = true
		named[v]++
		switch v.Level {
		case dictionaries.LevelCounty:
			if v != county {
				county, counties = v, counties+1
			}
		case dictionaries.LevelPrefecture:
			if v != pref {
				pref, prefs = v, prefs+1
			}
		}
	}
	below = counties+prefs > 0
	switch {
	case counties == 1:
		for k := range d.Mentions {
			m := &d.Mentions[k]
			if v := st.div[m.ID]; m.Type == pipeline.Place && v != nil && v.Level == dictionaries.LevelPrefecture && !s.divs.Contains(v, county) {
				return chinese, below, nil
			}
		}
		if named[county] >= 2 {
			return chinese, below, county
		}
	case counties == 0 && prefs == 1 && named[pref] >= 2:
		return chinese, below, pref
	}
	return chinese, below, nil
}
