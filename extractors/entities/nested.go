package entities

import (
	"slices"
	"strings"
	"sync"

	"github.com/zhfacts/zhfacts/dictionaries"
	"github.com/zhfacts/zhfacts/internal/runes"
	"github.com/zhfacts/zhfacts/pipeline"
)

// NestedName is the name of the nested stage.
const NestedName = "nested"

// Nested is the "nested" stage: it marks the places and organizations named
// inside a longer name, which the span conventions of both gold sets keep
// whole (日本 in ORG 日本工程院, 天府国际技术转移中心 in ORG
// 天府国际技术转移中心国际部). A nested mention's Parent is the ID of the
// innermost name it lies in; top-level mentions are untouched, so a
// notebook that keeps rows without a parent sees the flat spans the
// evaluation scores. It runs after facts, which read top-level names only.
//
// Its rules, each with examples that the tests run:
//
//   - nested-org: an ORG that begins with an organization's name — an alias
//     of org_aliases.tsv or a top-level ORG of the same document — followed
//     at a gse word boundary by a unit with an institution suffix holds that
//     organization (中国科学院|成都生物研究所, ITER|总部); an ORG that is
//     itself an alias is one body (全国人大常委会 stays whole), and a short
//     name before a company's legal form is the company itself
//     (蓉芯微电子|股份有限公司, 阿里巴巴|集团).
//   - nested-dept: an ORG that is a name with an institution suffix and one
//     gse word for a unit of it after it (天府国际技术转移中心|国际部,
//     北京市人民政府|办公厅, 越南共产党|代表团) holds the institution: the
//     word ends in a word of org_units.tsv. Generic heads are no units
//     (国家海洋预报|中心, 北京市医院|管理局).
//   - nested-place: whole gse words inside an ORG or a PLACE that name a
//     place with one reading — a country, a foreign place, a Chinese
//     division's full name, or a province's or a prefecture's short form —
//     or that the document writes as a top-level PLACE (whose reading they
//     share) are a PLACE (日本 of 日本工程院, 陕西 of 联合实验室陕西中心,
//     成都 of 成都科创生态岛). A country's or a province's name may also
//     begin a gse word for an organization (中国 of 中国科学院/nt). Not in a
//     name that is itself a gazetteer place (苏丹 of 南苏丹), nor a county's
//     short form (桐梓 of 桐梓林: 桐梓县 is in Guizhou), nor the outer
//     name's own place (四川 of 四川省, 德黑兰 of 德黑兰市, 广西 of 广西自治区),
//     nor the front of a longer name that a fragment of a transliteration
//     ends (索马里 of 索马里兰, 巴格达 of 巴格达迪), nor a division whose
//     name a character before it begins (庙子村 of 小庙子村, 阿塞拜疆 of
//     东阿塞拜疆省). A generic national name of China (国家博物馆) after a
//     foreign place names that country's body (巴西|国家博物馆).
//   - nested-landmark: a PLACE ending in a landmark suffix (邻里中心,
//     国家公园, 机场) holds the place it is named for when the name before
//     the suffix is a gazetteer place, or one gse word tagged a place,
//     maybe with a one-character noun after it (桐梓|林 of 桐梓林邻里中心,
//     汉城|湖 of 汉城湖公园, 纽约 of 纽约机场); not 北京|新 of 北京新机场 nor
//     旧金山|国际 of 旧金山国际机场.
type Nested struct{ s *Stage }

// NewNested returns the stage; it shares the entities stage's dictionaries.
func NewNested(opts Options) (*Nested, error) {
	s, err := New(opts)
	if err != nil {
		return nil, err
	}
	return &Nested{s: s}, nil
}

// Name returns "nested".
func (*Nested) Name() string { return NestedName }

// Process adds the nested names of every top-level PLACE and ORG of d.
func (n *Nested) Process(d *pipeline.Doc) error {
	var outer []int
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Parent == nil && (m.Type == pipeline.Org || m.Type == pipeline.Place) && m.End-m.Start >= 3 {
			outer = append(outer, i)
		}
	}
	if len(outer) == 0 {
		return nil
	}
	b := nestPool.Get().(*nestBuffers)
	defer nestPool.Put(b)
	clear(b.by)
	named := &senses{d: d, by: b.by}
	for _, i := range outer {
		n.nest(d, d.Mentions[i], named, b)
	}
	return nil // Pipeline.Process sorts the mentions after the last stage
}

// nestBuffers holds what the stage fills for every document, reused across
// documents: the names the document's ones hold before nestedPlaces picks
// among them, and senses' index.
type nestBuffers struct {
	cands, out []pipeline.Mention
	by         map[string]int
	taken      []bool // the characters of the name that out's places hold
}

// nestPool holds the buffers of finished documents.
var nestPool = sync.Pool{New: func() any { return &nestBuffers{by: map[string]int{}} }}

// nest adds the names nested in m, a copy of a mention of d. A nested
// organization is added before the places, so that a place inside it names
// it as its parent. A place a gazetteer holds whole holds no other (苏丹 of
// 南苏丹), and is tested before the tokens are looked up.
func (n *Nested) nest(d *pipeline.Doc, m pipeline.Mention, named *senses, b *nestBuffers) {
	if m.Type == pipeline.Place && n.s.read(m.Text).gazetteer {
		return
	}
	toks := tokensIn(d.Tokens, m.Start, m.End)
	if len(toks) == 0 {
		return
	}
	// The names nested in m share their parents' IDs, allocated once and
	// only for an m that holds a name: taking the address of m.ID moved all
	// of m to the heap at every call, a third of the stage's allocation.
	var ids *[2]int // m.ID and the nested organization's
	var org pipeline.Mention
	hasOrg := false
	if m.Type == pipeline.Org && toks[0].Start == m.Start {
		if o, ok := n.nestedOrg(d, m, toks, named); ok {
			ids = &[2]int{m.ID}
			o.Parent = &ids[0]
			org, ids[1], hasOrg = o, d.AddMention(o), true
		}
	}
	for _, p := range n.nestedPlaces(d, m, toks, named, b) {
		if ids == nil {
			ids = &[2]int{m.ID}
		}
		p.Parent = &ids[0]
		if hasOrg && org.Start <= p.Start && p.End <= org.End {
			p.Parent = &ids[1]
		}
		d.AddMention(p)
	}
}

// tokensIn returns the tokens that lie wholly in [start, end).
func tokensIn(toks []pipeline.Token, start, end int) []pipeline.Token {
	i, _ := slices.BinarySearchFunc(toks, start, func(t pipeline.Token, s int) int { return t.Start - s })
	j := i
	for j < len(toks) && toks[j].End <= end {
		j++
	}
	return toks[i:j]
}

// nestedOrg returns the organization m begins with, by nested-org or
// nested-dept, trying the longest first.
func (n *Nested) nestedOrg(d *pipeline.Doc, m pipeline.Mention, toks []pipeline.Token, named *senses) (pipeline.Mention, bool) {
	if _, ok := n.s.aliases.Canonical(m.Text); ok {
		return pipeline.Mention{}, false
	}
	// A name split at a mark is a fragment: at every cut the mark is in the
	// head or the rest, so the whole is tested once (a test per cut cost
	// time in the square of the name's length).
	if !wordy(m.Text) {
		return pipeline.Mention{}, false // “护航联盟”指挥中心, WTO）货物贸易理事会
	}
	for k := len(toks) - 1; k >= 1; k-- {
		cut := toks[k].Start
		head, rest := d.Slice(m.Start, cut), d.Slice(cut, m.End)
		rule, entity := "", head
		if canon, ok := n.s.aliases.Canonical(head); ok {
			rule, entity = "nested-org", canon
		} else if j, ok := named.get(head); ok && d.Mentions[j].Type == pipeline.Org {
			rule, entity = "nested-org", d.Mentions[j].Entity
		}
		if rule != "" {
			// A company's legal form after its short name (蓉芯微电子|股份有限公司)
			// names the company itself, no part of it.
			if _, kind, ok := n.unit(rest); !ok || kind == "company" {
				continue
			}
		} else {
			if k != len(toks)-1 || !n.department(rest) {
				continue
			}
			if _, _, ok := n.s.suffixes.Match(head); !ok {
				continue
			}
			rule = "nested-dept"
		}
		return pipeline.Mention{
			Type: pipeline.Org, Start: m.Start, End: cut, Text: head,
			Entity: entity, Stage: NestedName, Rule: rule, Confidence: m.Confidence,
		}, true
	}
	return pipeline.Mention{}, false
}

// unit returns the institution suffix word ends with and its kind; unlike
// OrgSuffixes.Match it takes a bare suffix (总部), which names a unit of the
// organization before it.
func (n *Nested) unit(word string) (suffix, kind string, ok bool) {
	return n.s.suffixes.Match("_" + word) // any name longer than the suffix
}

// department reports whether word, one gse word of at most four
// characters, is a unit of an institution: it ends in a word of
// org_units.tsv (国际部, 办公厅, 代表团).
func (n *Nested) department(word string) bool {
	_, _, ok := n.s.units.Suffix(word)
	return ok && runes.Count(word) <= 4
}

// nestedPlaces returns the places named inside m, in b's slice out, which
// the next call reuses.
func (n *Nested) nestedPlaces(d *pipeline.Doc, m pipeline.Mention, toks []pipeline.Token, named *senses, b *nestBuffers) []pipeline.Mention {
	cands := b.cands[:0]
	if m.Type == pipeline.Place {
		if c, ok := n.landmark(d, m, toks); ok {
			cands = append(cands, c)
		}
	}
	for i := range toks {
		for j := i; j < len(toks) && j < i+3; j++ {
			start, end := toks[i].Start, toks[j].End
			if end-start < 2 || start == m.Start && end == m.End {
				continue
			}
			if n.sameDivision(d, &m, start, end) || n.unbounded(d, &m, toks, i, j) {
				continue
			}
			if c, ok := n.place(d, &m, start, end, named, false); ok {
				cands = append(cands, c)
			}
		}
		// A country or a province opening a gse word for an organization.
		if t := toks[i]; t.Pos == "nt" && t.End-t.Start > 2 {
			for l := 2; l <= 8 && l < t.End-t.Start; l++ {
				if c, ok := n.place(d, &m, t.Start, t.Start+l, named, true); ok {
					cands = append(cands, c)
				}
			}
		}
	}
	cands = slices.DeleteFunc(cands, func(c pipeline.Mention) bool { return chinaGeneric(c, cands) || n.shipNamed(d, c) })
	// Longest first, then leftmost; no two overlap.
	slices.SortStableFunc(cands, func(a, b pipeline.Mention) int {
		if la, lb := a.End-a.Start, b.End-b.Start; la != lb {
			return lb - la
		}
		return a.Start - b.Start
	})
	// The characters taken, rather than a test against every place kept:
	// a name the tagger ran on for a whole document held tens of thousands.
	// Every candidate lies in m: it is made of m's tokens.
	out := b.out[:0]
	b.taken = slices.Grow(b.taken[:0], m.End-m.Start)[:m.End-m.Start]
	clear(b.taken)
	for _, c := range cands {
		if slices.Contains(b.taken[c.Start-m.Start:c.End-m.Start], true) {
			continue
		}
		for k := c.Start; k < c.End; k++ {
			b.taken[k-m.Start] = true
		}
		out = append(out, c)
	}
	b.cands, b.out = cands, out
	return out
}

// shipNamed reports whether place c, a division of China or a place of no
// country, names the ship written with it (辽宁舰编队, 海口舰: see
// dropVesselNames).
func (n *Nested) shipNamed(d *pipeline.Doc, c pipeline.Mention) bool {
	if !n.s.things || c.PlaceCode == "" && c.Country != "" || c.End+1 > d.CharCount() || d.Slice(c.End, c.End+1) != "舰" {
		return false
	}
	return n.s.thingAt(d, c.End)
}

// sameDivision reports whether [start, end) opens m and only an
// administrative suffix follows it: 德黑兰 of 德黑兰市 and 广西 of 广西自治区
// name the place m names.
func (n *Nested) sameDivision(d *pipeline.Doc, m *pipeline.Mention, start, end int) bool {
	if start != m.Start {
		return false
	}
	rest := d.Slice(end, m.End)
	suf, kind, ok := n.s.placeSuffixes.Match("_" + rest) // any name longer than the suffix
	return ok && suf == rest && kind == dictionaries.PlaceAdmin
}

// unbounded reports whether toks[i:j+1] lies in a longer name of which it
// is no unit:
//   - it is a foreign name, and a one-character fragment of a
//     transliteration (a gse name part) follows it and ends the outer place
//     name, or only an administrative suffix or a state form follows the
//     fragment (索马里|兰 of 索马里兰 and 索马里兰共和国, 巴格达|迪,
//     马里|布, 巴西|兰|省); not a brand (天津|鑫|路桥公司), nor a village
//     (天津|周|良庄村).
//   - a character comes before it that abbreviates no country and is no
//     word of its own (a division's suffix, a preposition, a verb, a noun or
//     a punctuation mark: 队|兰州, 白鹅潭|大湾区), where
//     an administrative suffix ends it or follows it: the character is part
//     of the division's name (小|庙子村, 东|阿塞拜疆|省, 东|古塔区; not
//     俄|伊尔库茨克州, 驻|香港特别行政区, 莱特省|塔克洛班市).
func (n *Nested) unbounded(d *pipeline.Doc, m *pipeline.Mention, toks []pipeline.Token, i, j int) bool {
	one := func(k int) bool { return toks[k].End-toks[k].Start == 1 }
	text := func(k int) string { return d.Slice(toks[k].Start, toks[k].End) }
	adjacent := func(k int) bool { return toks[k-1].End == toks[k].Start }
	admin := func(s string) bool {
		_, kind, ok := n.s.placeSuffixes.Match(s)
		return ok && kind == dictionaries.PlaceAdmin
	}
	suffix := func(k int) bool { // an administrative suffix or a state form alone
		if one(k) && admin("_"+text(k)) {
			return true
		}
		form, _, ok := n.s.forms.Suffix(text(k))
		return ok && form == text(k)
	}
	if f := j + 1; m.Type == pipeline.Place && f < len(toks) && adjacent(f) && one(f) &&
		strings.HasPrefix(toks[f].Pos, "nr") && !n.affix(text(f)) && n.foreign(d.Slice(toks[i].Start, toks[j].End)) {
		if toks[f].End == m.End || f+1 < len(toks) && adjacent(f+1) && suffix(f+1) {
			return true
		}
	}
	if i == 0 || !adjacent(i) || !one(i-1) {
		return false
	}
	prev := text(i - 1)
	if !wordy(prev) || n.s.countries.Abbrev(prev) != nil || admin("_"+prev) || slices.Contains([]string{"p", "v", "n"}, toks[i-1].Pos) {
		return false
	}
	return admin(d.Slice(toks[i].Start, toks[j].End)) ||
		j+1 < len(toks) && adjacent(j+1) && one(j+1) && admin("_"+text(j+1))
}

// foreign reports whether name is a country's or a foreign place's, whose
// Chinese name transliterates it.
func (n *Nested) foreign(name string) bool {
	r := n.s.read(name)
	return r.country != nil || r.foreign != nil && r.foreign.Country != "CN"
}

// affix reports whether the one character c is a suffix of an institution
// or a place, or a unit of one (司 of 欧洲|司, 港 of 瓜达尔|港).
func (n *Nested) affix(c string) bool {
	if _, _, ok := n.unit(c); ok {
		return true
	}
	if _, _, ok := n.s.placeSuffixes.Match("_" + c); ok {
		return true
	}
	_, _, ok := n.s.units.Suffix(c)
	return ok
}

// chinaGeneric reports whether c is a national name of China that begins
// with a generic word (国家博物馆, 国家大剧院) and follows a foreign place
// among cands: 巴西国家博物馆 is Brazil's museum, not China's.
func chinaGeneric(c pipeline.Mention, cands []pipeline.Mention) bool {
	if c.Country != "CN" || !hasAnyPrefix(c.Text, "国家", "国立", "中央", "全国") {
		return false
	}
	return slices.ContainsFunc(cands, func(o pipeline.Mention) bool {
		return o.End <= c.Start && o.Country != "" && o.Country != "CN"
	})
}

func hasAnyPrefix(s string, prefixes ...string) bool {
	return slices.ContainsFunc(prefixes, func(p string) bool { return strings.HasPrefix(s, p) })
}

// place returns the PLACE for [start, end) inside m when it has one
// reading or the document names it at top level. inWord asks for a country
// or a province only: the name begins a longer gse word.
func (n *Nested) place(d *pipeline.Doc, m *pipeline.Mention, start, end int, named *senses, inWord bool) (pipeline.Mention, bool) {
	text := d.Slice(start, end)
	// The mention is made once the span reads as a place: most spans do
	// not, and a mention is some two hundred bytes to fill.
	place := func() pipeline.Mention {
		return pipeline.Mention{Type: pipeline.Place, Start: start, End: end, Text: text, Stage: NestedName, Rule: "nested-place", Confidence: m.Confidence}
	}
	r := n.s.read(text)
	if !inWord && (len(r.divs) > 1 || !r.gazetteer) {
		if j, ok := named.get(text); ok && d.Mentions[j].Type == pipeline.Place {
			o := &d.Mentions[j]
			c := place()
			c.Entity, c.Normalized, c.PlaceCode, c.Country = o.Entity, o.Normalized, o.PlaceCode, o.Country
			return c, c.Entity != m.Entity
		}
	}
	if !r.gazetteer {
		// A long form (中华人民共和国), not a country and a word of its
		// institution's name (德国|联邦|议院).
		if form, _, ok := n.s.forms.Suffix(text); ok && runes.Count(form) >= 3 {
			if country := n.s.longForm(text); country != nil {
				r = placeReading{gazetteer: true, country: country}
			}
		}
	}
	var c pipeline.Mention
	switch {
	case !r.gazetteer:
		return c, false
	case r.country != nil && !r.country.Former:
		c = place()
		c.Country, c.Normalized, c.Entity = r.country.Code, r.country.Name, r.country.Name
	case r.foreign != nil && !inWord:
		c = place()
		c.Country, c.Normalized, c.Entity = r.foreign.Country, r.foreign.Name, r.foreign.Name
	case len(r.divs) == 1 && r.abbrev == nil:
		v := r.divs[0]
		if inWord && v.Level != dictionaries.LevelProvince ||
			r.short && v.Level == dictionaries.LevelCounty {
			return c, false
		}
		c = place()
		n.s.setDivision(&c, v, "")
	default:
		return c, false
	}
	return c, c.Entity != m.Entity
}

// landmark returns the place a landmark is named for (桐梓林 of
// 桐梓林邻里中心).
func (n *Nested) landmark(d *pipeline.Doc, m pipeline.Mention, toks []pipeline.Token) (pipeline.Mention, bool) {
	suf, kind, ok := n.s.placeSuffixes.Match(m.Text)
	if !ok || kind != dictionaries.PlaceLandmark || toks[0].Start != m.Start {
		return pipeline.Mention{}, false
	}
	end := m.End - runes.Count(suf)
	k := slices.IndexFunc(toks, func(t pipeline.Token) bool { return t.End == end })
	if end-m.Start < 2 || k < 0 {
		return pipeline.Mention{}, false
	}
	text := d.Slice(m.Start, end)
	c := pipeline.Mention{Type: pipeline.Place, Start: m.Start, End: end, Text: text, Entity: text, Stage: NestedName, Rule: "nested-landmark", Confidence: m.Confidence}
	if p, ok := n.place(d, &m, m.Start, end, nil, false); ok {
		c.Entity, c.Normalized, c.PlaceCode, c.Country = p.Entity, p.Normalized, p.PlaceCode, p.Country
		return c, true
	}
	// The name is one place word, or one and a noun of one character
	// (桐梓|林, 汉城|湖); not a modifier of the landmark (北京|新|机场,
	// 三亚|凤凰|机场, 旧金山|国际|机场).
	if toks[0].Pos == "ns" && (k == 0 || k == 1 && toks[1].End-toks[1].Start == 1 && (toks[1].Pos == "ng" || toks[1].Pos == "n" || toks[1].Pos == "ns")) {
		return c, true
	}
	return pipeline.Mention{}, false
}

// wordy reports whether s holds no quote mark, bracket, dash or
// punctuation: a name split at one is a fragment of a longer text.
// It decodes only the characters whose lead byte begins one of those marks
// (C2, E2, E3, EF), where a range loop decodes every character of every
// name; a byte of any other character is no mark's and no ASCII.
func wordy(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x80 {
			if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
				return false
			}
			continue
		}
		if c != 0xC2 && c != 0xE2 && c != 0xE3 && c != 0xEF {
			continue
		}
		r, _ := runes.DecodeFirst(s[i:])
		switch r {
		case '“', '”', '‘', '’', '《', '》', '〈', '〉', '（', '）', '「', '」', '『', '』', '【', '】',
			'、', '，', '。', '；', '：', '！', '？', '—', '–', '·', '…', '　':
			return false
		}
	}
	return true
}

// senses finds a document's top-level names by text, for one sense per
// document: the first ORG, or PLACE with a code or a country, written so.
// The index is built on the first question; most documents ask none.
type senses struct {
	d     *pipeline.Doc
	by    map[string]int // text → index into d.Mentions; empty, from nestBuffers, until built
	built bool
	// bloom has senseBit of each text of by set: most texts asked are no
	// name of the document, and a bit turns most of them away before a
	// map read.
	bloom [4]uint64
}

// senseBit hashes a text's length and first and last bytes to a bit of
// senses.bloom.
func senseBit(text string) uint {
	n := len(text)
	if n == 0 {
		return 0
	}
	return uint((uint32(n)<<16 ^ uint32(text[0])<<8 ^ uint32(text[n-1])) * 0x9E3779B1 >> 24)
}

func (s *senses) get(text string) (int, bool) {
	if s == nil {
		return 0, false
	}
	if !s.built {
		s.built = true
		for i := range s.d.Mentions {
			m := &s.d.Mentions[i]
			if m.Parent != nil || !(m.Type == pipeline.Org || m.Type == pipeline.Place && (m.Country != "" || m.PlaceCode != "")) {
				continue
			}
			if _, ok := s.by[m.Text]; !ok {
				s.by[m.Text] = i
				b := senseBit(m.Text)
				s.bloom[b/64] |= 1 << (b % 64)
			}
		}
	}
	if b := senseBit(text); s.bloom[b/64]&(1<<(b%64)) == 0 {
		return 0, false
	}
	i, ok := s.by[text]
	return i, ok
}
