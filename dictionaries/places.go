package dictionaries

import (
	"fmt"
	"iter"
	"maps"
	"strings"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/internal/runes"
)

// Division levels in places_cn.tsv.
const (
	LevelProvince   = "province"
	LevelPrefecture = "prefecture"
	LevelCounty     = "county"
)

// Division is one Chinese administrative division from places_cn.tsv.
type Division struct {
	Code   string // GB/T 2260, six digits
	Name   string // full name: 四川省, 成都市, 武侯区
	Short  string // short form when no other entry shares it: 四川, 成都
	Level  string // LevelProvince, LevelPrefecture or LevelCounty
	Parent string // code of the enclosing division, "" for a province
	// SharedShort is the short form when other entries have it too (吉林 is
	// 吉林省 and 吉林市), so only context can tell which one a text means.
	SharedShort string
}

// Divisions is the gazetteer of Chinese administrative divisions. It is
// read-only after loading and safe for concurrent use.
type Divisions struct {
	all    []*Division
	byCode map[string]*Division
	byName map[string][]*Division // full name, short and shared short → entries
	full   map[string][]*Division // full name → entries
	maxLen int                    // longest full name in runes
	ends   runes.Set              // the last character of every full name
	// lens holds, by the first two characters of the names of byName, the
	// lengths of those names in runes as a bit set.
	lens map[uint64]uint64
	// fullNames holds the FullName of each entry, built once: the stages
	// ask it of every division they resolve a place to.
	fullNames map[*Division]string
}

// LoadDivisions loads the embedded places_cn.tsv.
func LoadDivisions() (*Divisions, error) { return loadDivisions() }

var loadDivisions = shared("places_cn.tsv", ParseDivisions)

// columns returns the index of each named column of t, or an error naming
// the first one missing.
func columns(t *Table, names ...string) ([]int, error) {
	idx := make([]int, len(names))
	for i, n := range names {
		if idx[i] = t.Col(n); idx[i] < 0 {
			return nil, fmt.Errorf("dictionaries: %s: missing column %q", t.Name, n)
		}
	}
	return idx, nil
}

// ParseDivisions builds the gazetteer from a table with the columns of
// places_cn.tsv and checks that it is consistent: codes are six digits and
// unique, a code's shape matches its level (province XX0000, prefecture
// XXXX00), codes nest in their parent, every parent exists, names are unique
// within a parent, and a short form belongs to one entry while a shared short
// form is really shared.
func ParseDivisions(t *Table) (*Divisions, error) {
	c, err := columns(t, "code", "name", "short", "level", "parent", "shared_short")
	if err != nil {
		return nil, err
	}
	d := &Divisions{byCode: map[string]*Division{}, byName: map[string][]*Division{}, full: map[string][]*Division{}}
	lines := map[*Division]int{}
	for i, row := range t.Rows {
		v := &Division{Code: row[c[0]], Name: row[c[1]], Short: row[c[2]], Level: row[c[3]], Parent: row[c[4]], SharedShort: row[c[5]]}
		where := fmt.Sprintf("dictionaries: %s:%d", t.Name, t.Lines[i])
		if err := v.checkCode(); err != nil {
			return nil, fmt.Errorf("%s: %w", where, err)
		}
		if prev, dup := d.byCode[v.Code]; dup {
			return nil, fmt.Errorf("%s: code %s already used on line %d", where, v.Code, lines[prev])
		}
		if v.Name == "" || (v.Short != "" && v.SharedShort != "") {
			return nil, fmt.Errorf("%s: empty name, or both short and shared_short for %s", where, v.Code)
		}
		d.byCode[v.Code] = v
		lines[v] = t.Lines[i]
		d.all = append(d.all, v)
	}
	names := map[[2]string]bool{} // parent, name
	for _, v := range d.all {
		where := fmt.Sprintf("dictionaries: %s:%d", t.Name, lines[v])
		if v.Level != LevelProvince && d.byCode[v.Parent] == nil {
			return nil, fmt.Errorf("%s: parent %s of %s does not exist", where, v.Parent, v.Code)
		}
		if names[[2]string{v.Parent, v.Name}] {
			return nil, fmt.Errorf("%s: %s appears twice under %q", where, v.Name, v.Parent)
		}
		names[[2]string{v.Parent, v.Name}] = true
		d.full[v.Name] = append(d.full[v.Name], v)
		d.byName[v.Name] = append(d.byName[v.Name], v)
		last, _ := utf8.DecodeLastRuneInString(v.Name)
		d.ends.Add(last)
		if n := len([]rune(v.Name)); n > d.maxLen {
			d.maxLen = n
		}
	}
	for _, v := range d.all {
		if s := v.Short + v.SharedShort; s != "" {
			d.byName[s] = append(d.byName[s], v)
		}
	}
	// An autonomous prefecture or county is written with its short form and
	// the bare suffix as often as in full: 凉山州, 延边州, 威宁县.
	for _, v := range d.all {
		s := v.Short + v.SharedShort
		for _, suffix := range [...]string{"州", "县", "旗"} {
			if s == "" || !strings.HasSuffix(v.Name, "自治"+suffix) {
				continue
			}
			if alias := s + suffix; len(d.byName[alias]) == 0 {
				d.byName[alias] = []*Division{v}
			}
		}
	}
	d.lens = map[uint64]uint64{}
	for name := range d.byName {
		if r := []rune(name); len(r) >= 2 {
			d.lens[runePair(r[0], r[1])] |= LengthBit(len(r))
		}
	}
	for _, v := range d.all {
		where := fmt.Sprintf("dictionaries: %s:%d", t.Name, lines[v])
		if v.Short != "" && len(d.byName[v.Short]) != 1 {
			return nil, fmt.Errorf("%s: short form %q of %s is shared with another entry; move it to shared_short", where, v.Short, v.Code)
		}
		if v.SharedShort != "" && len(d.byName[v.SharedShort]) < 2 {
			return nil, fmt.Errorf("%s: shared_short %q of %s belongs to no other entry; move it to short", where, v.SharedShort, v.Code)
		}
	}
	d.fullNames = make(map[*Division]string, len(d.all))
	for _, v := range d.all {
		d.fullNames[v] = d.fullName(v)
	}
	return d, nil
}

// checkCode checks the shape of v's code and parent against its level.
// Districts of the four municipalities and county-level divisions a province
// administers directly (XX90YY) have the province as parent.
func (v *Division) checkCode() error {
	if len(v.Code) != 6 || strings.Trim(v.Code, "0123456789") != "" {
		return fmt.Errorf("code %q is not six digits", v.Code)
	}
	prov, pref, county := v.Code[:2], v.Code[2:4], v.Code[4:]
	switch v.Level {
	case LevelProvince:
		if pref != "00" || county != "00" || v.Parent != "" {
			return fmt.Errorf("province %s: want code XX0000 and no parent", v.Code)
		}
	case LevelPrefecture:
		if pref == "00" || county != "00" || v.Parent != prov+"0000" {
			return fmt.Errorf("prefecture %s: want code XXYY00 inside parent %s0000, have parent %q", v.Code, prov, v.Parent)
		}
	case LevelCounty:
		if county == "00" || (v.Parent != prov+pref+"00" && v.Parent != prov+"0000") {
			return fmt.Errorf("county %s: parent %q is neither %s%s00 nor %s0000", v.Code, v.Parent, prov, pref, prov)
		}
	default:
		return fmt.Errorf("unknown level %q", v.Level)
	}
	return nil
}

// All returns every division in file order (ascending code).
func (d *Divisions) All() []*Division { return d.all }

// ByCode returns the division with a GB/T 2260 code, or nil.
func (d *Divisions) ByCode(code string) *Division { return d.byCode[code] }

// Lookup returns the divisions whose full name, short form or shared short
// form is name: none, one, or several that context must choose between.
func (d *Divisions) Lookup(name string) []*Division { return d.byName[name] }

// Names returns every name Lookup or LookupFull knows, some twice, for an
// index that reads them all at load time.
func (d *Divisions) Names() iter.Seq[string] {
	return func(yield func(string) bool) {
		for name := range maps.Keys(d.byName) {
			if !yield(name) {
				return
			}
		}
		for name := range maps.Keys(d.full) {
			if !yield(name) {
				return
			}
		}
	}
}

// LookupFull returns the divisions whose full name is name.
func (d *Divisions) LookupFull(name string) []*Division { return d.full[name] }

// FullEnds reports whether some full name may end with r (区, 县, 市…): a
// cheap test before a lookup.
func (d *Divisions) FullEnds(r rune) bool { return d.ends.Has(r) }

// NameLengths returns the lengths in runes of the names Lookup knows that
// begin with the characters a and b, as a set of LengthBit: a search for
// names at the start of a text tries only those lengths.
func (d *Divisions) NameLengths(a, b rune) uint64 { return d.lens[runePair(a, b)] }

// LengthBit is the bit of a name of n runes in a NameLengths set; lengths
// of 63 and more share the last bit.
func LengthBit(n int) uint64 { return 1 << min(n, 63) }

func runePair(a, b rune) uint64 { return uint64(uint32(a))<<32 | uint64(uint32(b)) }

// MaxNameLen returns the length in runes of the longest full name.
func (d *Divisions) MaxNameLen() int { return d.maxLen }

// Parent returns the division enclosing v, or nil for a province.
func (d *Divisions) Parent(v *Division) *Division { return d.byCode[v.Parent] }

// Province returns the province v lies in (v itself for a province).
func (d *Divisions) Province(v *Division) *Division {
	for v.Level != LevelProvince {
		v = d.byCode[v.Parent]
	}
	return v
}

// Contains reports whether inner lies in outer or is outer.
func (d *Divisions) Contains(outer, inner *Division) bool {
	for v := inner; v != nil; v = d.Parent(v) {
		if v == outer {
			return true
		}
	}
	return false
}

// FullName returns the hierarchical name of v, an entry of d, from its
// province down: 四川省成都市武侯区. A municipality's name is not repeated
// for its districts (北京市朝阳区).
func (d *Divisions) FullName(v *Division) string { return d.fullNames[v] }

// fullName builds FullName of v.
func (d *Divisions) fullName(v *Division) string {
	var parts []string
	for ; v != nil; v = d.Parent(v) {
		parts = append(parts, v.Name)
	}
	var b strings.Builder
	for i := len(parts) - 1; i >= 0; i-- {
		b.WriteString(parts[i])
	}
	return b.String()
}

// Kinds of suffixes in place_suffixes.tsv.
const (
	PlaceAdmin    = "admin"    // a division or settlement: 省, 市, 镇
	PlaceNatural  = "natural"  // a natural feature: 山, 湖, 沟
	PlaceLandmark = "landmark" // a built or protected site: 国家公园, 广场
)

// Readings of a name with a suffix that no gazetteer holds, from the
// unlisted column of place_suffixes.tsv.
const (
	UnlistedVillage = "village" // a Chinese settlement below county level: 乡, 街道
	UnlistedTown    = "town"    // such a settlement or a foreign town: 镇, 村
	UnlistedUnit    = "unit"    // a foreign unit, city, county or island: 省, 州, 岛
	UnlistedPart    = "part"    // a foreign unit right after the place it lies in: 区
)

// PlaceSuffixes maps the suffixes that end place names to the kind of place
// they make. It is read-only after loading.
type PlaceSuffixes struct {
	kind     map[string]string
	unlisted map[string]string // suffix → Unlisted reading, for those with one
	maxLen   int               // longest suffix in runes
	first    runes.Set         // the first character of every suffix
}

// LoadPlaceSuffixes loads the embedded place_suffixes.tsv.
func LoadPlaceSuffixes() (*PlaceSuffixes, error) { return loadPlaceSuffixes() }

var loadPlaceSuffixes = shared("place_suffixes.tsv", ParsePlaceSuffixes)

// ParsePlaceSuffixes builds the table from rows of suffix, kind and
// unlisted; suffixes are unique, kinds are admin, natural or landmark, and
// unlisted is a reading of an Unlisted constant or "-".
func ParsePlaceSuffixes(t *Table) (*PlaceSuffixes, error) {
	c, err := columns(t, "suffix", "kind", "unlisted")
	if err != nil {
		return nil, err
	}
	s := &PlaceSuffixes{kind: map[string]string{}, unlisted: map[string]string{}}
	for i, row := range t.Rows {
		suf, kind := row[c[0]], row[c[1]]
		switch u := row[c[2]]; u {
		case UnlistedVillage, UnlistedTown, UnlistedUnit, UnlistedPart:
			s.unlisted[suf] = u
		case "-":
		default:
			return nil, fmt.Errorf("dictionaries: %s:%d: unknown unlisted reading %q (want village, town, unit, part or -)", t.Name, t.Lines[i], u)
		}
		where := fmt.Sprintf("dictionaries: %s:%d", t.Name, t.Lines[i])
		if _, dup := s.kind[suf]; dup || suf == "" {
			return nil, fmt.Errorf("%s: empty or repeated suffix %q", where, suf)
		}
		switch kind {
		case PlaceAdmin, PlaceNatural, PlaceLandmark:
		default:
			return nil, fmt.Errorf("%s: unknown kind %q (want admin, natural or landmark)", where, kind)
		}
		s.kind[suf] = kind
		s.maxLen = max(s.maxLen, len([]rune(suf)))
		r, _ := utf8.DecodeRuneInString(suf)
		s.first.Add(r)
	}
	return s, nil
}

// Match returns the longest suffix that name ends with and its kind, when
// name is longer than the suffix: 普利特维采湖国家公园 → 国家公园, landmark.
// A bare suffix such as 湖 is not a name.
func (s *PlaceSuffixes) Match(name string) (suffix, kind string, ok bool) {
	return longestSuffix(name, s.maxLen, s.kind, &s.first)
}

// Unlisted returns the longest suffix name ends with and how a name with it
// that no gazetteer holds is read (UnlistedVillage…), or "" when it is read
// as nothing: 黄泥巴村 → 村, town; 朝鲜半岛 → 半岛, "" (半岛 outranks 岛).
func (s *PlaceSuffixes) Unlisted(name string) (suffix, reading string) {
	suffix, _, _ = s.Match(name)
	return suffix, s.unlisted[suffix]
}

// DivisionAbbrevs maps one-character abbreviations (京, 蓉) to the divisions
// they stand for. It is read-only after loading.
type DivisionAbbrevs struct {
	byAbbrev       map[string]*Division
	all, provinces runes.Set // the abbreviations, and those of provinces
}

// LoadDivisionAbbrevs loads the embedded place_abbrevs.tsv, checking its codes
// against d.
func LoadDivisionAbbrevs(d *Divisions) (*DivisionAbbrevs, error) {
	t, err := Load("place_abbrevs.tsv")
	if err != nil {
		return nil, err
	}
	return ParseDivisionAbbrevs(t, d)
}

// ParseDivisionAbbrevs builds the table from rows of abbrev and code. An
// abbreviation is one character, appears once, and names a province or a
// prefecture of d.
func ParseDivisionAbbrevs(t *Table, d *Divisions) (*DivisionAbbrevs, error) {
	c, err := columns(t, "abbrev", "code")
	if err != nil {
		return nil, err
	}
	a := &DivisionAbbrevs{byAbbrev: map[string]*Division{}}
	for i, row := range t.Rows {
		abbrev, code := row[c[0]], row[c[1]]
		where := fmt.Sprintf("dictionaries: %s:%d", t.Name, t.Lines[i])
		if len([]rune(abbrev)) != 1 || a.byAbbrev[abbrev] != nil {
			return nil, fmt.Errorf("%s: abbreviation %q is not one character or is repeated", where, abbrev)
		}
		v := d.ByCode(code)
		if v == nil || v.Level == LevelCounty {
			return nil, fmt.Errorf("%s: code %q is not a province or prefecture", where, code)
		}
		a.byAbbrev[abbrev] = v
		r := []rune(abbrev)[0]
		a.all.Add(r)
		if v.Level == LevelProvince {
			a.provinces.Add(r)
		}
	}
	return a, nil
}

// Lookup returns the division a one-character abbreviation stands for, or nil.
func (a *DivisionAbbrevs) Lookup(abbrev string) *Division { return a.byAbbrev[abbrev] }

// Abbrevs returns every abbreviation Lookup knows.
func (a *DivisionAbbrevs) Abbrevs() iter.Seq[string] { return maps.Keys(a.byAbbrev) }

// Abbreviates reports whether r abbreviates a division (京, 蓉): a bit test,
// cheap enough to ask of every word of a document.
func (a *DivisionAbbrevs) Abbreviates(r rune) bool { return r < 1<<16 && a.all.Has(r) }

// AbbreviatesProvince reports whether r abbreviates a province-level
// division (苏, 港; not 蓉).
func (a *DivisionAbbrevs) AbbreviatesProvince(r rune) bool { return r < 1<<16 && a.provinces.Has(r) }

// LoadPlaceWords loads the embedded place_words.tsv: names of places that
// are also common words (来宾, 海防), which count as places only where gse
// tags them names.
func LoadPlaceWords() (*Lexicon[struct{}], error) { return loadPlaceWords() }

var loadPlaceWords = shared("place_words.tsv", func(t *Table) (*Lexicon[struct{}], error) { return wordList(t, "word") })

// LoadPlaceGeneric loads the embedded place_generic.tsv: words that end in a
// place suffix and name no one place (地球村, 奥运村), which the entities
// stage reads as no settlement nor foreign unit.
func LoadPlaceGeneric() (*Lexicon[struct{}], error) { return loadPlaceGeneric() }

var loadPlaceGeneric = shared("place_generic.tsv", func(t *Table) (*Lexicon[struct{}], error) { return wordList(t, "word") })
