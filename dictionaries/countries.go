package dictionaries

import (
	"fmt"
	"iter"
	"maps"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/internal/runes"
)

// Kinds of forms in countries.tsv.
const (
	CountryName   = "name"   // the usual Chinese name, one per code
	CountryAlias  = "alias"  // a long, older or informal name
	CountryAbbrev = "abbrev" // valid only inside coordinated forms such as 中美
	// CountryFormer is the usual name of a state that no longer exists,
	// under the alpha-2 code ISO 3166-1 reserved for it when it was
	// withdrawn (SU 苏联, YU 南斯拉夫, CS 捷克斯洛伐克, DD 民主德国): news and
	// history pieces name them as often as current countries.
	CountryFormer = "former"
)

// Country is one ISO 3166-1 country or territory with its Chinese forms.
type Country struct {
	Code    string // ISO 3166-1 alpha-2
	Name    string
	Aliases []string
	Abbrevs []string
	Former  bool // a withdrawn code of a state that no longer exists
}

// Countries is the country gazetteer. It is read-only after loading and
// safe for concurrent use.
type Countries struct {
	all    []*Country
	byCode map[string]*Country
	byName map[string]*Country // names and aliases
	abbrev map[string]*Country
	// abbrevs holds the character of each one-character abbreviation, for
	// AbbreviatedBy to answer without a string and a map read.
	abbrevs runes.Set
	// tails holds the last two bytes of each name and alias (twoBytes):
	// most texts the stages ask Lookup about end in none, and need no map
	// read.
	tails runes.Set
}

// LoadCountries loads the embedded countries.tsv.
func LoadCountries() (*Countries, error) { return loadCountries() }

var loadCountries = shared("countries.tsv", ParseCountries)

// LoadStateForms loads state_forms.tsv: the words a country's formal long
// form adds to its name (共和国 in 塞内加尔共和国, 王国 in 汤加王国).
func LoadStateForms() (*Lexicon[struct{}], error) { return loadStateForms() }

var loadStateForms = shared("state_forms.tsv", func(t *Table) (*Lexicon[struct{}], error) { return wordList(t, "word") })

// ParseCountries builds the gazetteer from a table with the columns of
// countries.tsv. Every code is two capital letters with exactly one name, and
// a form belongs to one code.
func ParseCountries(t *Table) (*Countries, error) {
	c, err := columns(t, "code", "form", "kind")
	if err != nil {
		return nil, err
	}
	cs := &Countries{byCode: map[string]*Country{}, byName: map[string]*Country{}, abbrev: map[string]*Country{}}
	forms := map[string]string{}
	for i, row := range t.Rows {
		code, form, kind := row[c[0]], row[c[1]], row[c[2]]
		where := fmt.Sprintf("dictionaries: %s:%d", t.Name, t.Lines[i])
		if len(code) != 2 || !unicode.IsUpper(rune(code[0])) || !unicode.IsUpper(rune(code[1])) {
			return nil, fmt.Errorf("%s: code %q is not two capital letters", where, code)
		}
		if form == "" {
			return nil, fmt.Errorf("%s: empty form", where)
		}
		if prev, dup := forms[form]; dup {
			return nil, fmt.Errorf("%s: form %q already belongs to %s", where, form, prev)
		}
		forms[form] = code
		cn := cs.byCode[code]
		if cn == nil {
			cn = &Country{Code: code}
			cs.byCode[code] = cn
			cs.all = append(cs.all, cn)
		}
		switch kind {
		case CountryName, CountryFormer:
			if cn.Name != "" {
				return nil, fmt.Errorf("%s: second name %q for %s (first %q)", where, form, code, cn.Name)
			}
			cn.Name, cn.Former = form, kind == CountryFormer
			cs.addName(form, cn)
		case CountryAlias:
			cn.Aliases = append(cn.Aliases, form)
			cs.addName(form, cn)
		case CountryAbbrev:
			cn.Abbrevs = append(cn.Abbrevs, form)
			cs.abbrev[form] = cn
			if r, _ := utf8.DecodeRuneInString(form); string(r) == form {
				cs.abbrevs.Add(r)
			}
		default:
			return nil, fmt.Errorf("%s: unknown kind %q (want name, former, alias or abbrev)", where, kind)
		}
	}
	for _, cn := range cs.all {
		if cn.Name == "" {
			return nil, fmt.Errorf("dictionaries: %s: %s has no name row", t.Name, cn.Code)
		}
	}
	return cs, nil
}

// addName files form, a name or alias of cn, for Lookup.
func (cs *Countries) addName(form string, cn *Country) {
	cs.byName[form] = cn
	if n := len(form); n >= 2 {
		cs.tails.Add(twoBytes(form[n-2], form[n-1]))
	}
}

// All returns every country in file order.
func (cs *Countries) All() []*Country { return cs.all }

// ByCode returns the country with an ISO 3166-1 alpha-2 code, or nil.
func (cs *Countries) ByCode(code string) *Country { return cs.byCode[code] }

// Lookup returns the country whose name or alias is form, or nil.
// Abbreviations never match: 美 alone is not 美国.
func (cs *Countries) Lookup(form string) *Country {
	if n := len(form); n >= 2 && !cs.tails.Has(twoBytes(form[n-2], form[n-1])) {
		return nil
	}
	return cs.byName[form]
}

// Names returns every form Lookup knows.
func (cs *Countries) Names() iter.Seq[string] { return maps.Keys(cs.byName) }

// Abbrev returns the country whose abbreviation is form (美 → 美国), or nil.
func (cs *Countries) Abbrev(form string) *Country { return cs.abbrev[form] }

// AbbreviatedBy reports whether the character r abbreviates a country:
// whether Abbrev(string(r)) is not nil.
func (cs *Countries) AbbreviatedBy(r rune) bool {
	if uint32(r) >= 1<<16 {
		return cs.abbrev[string(r)] != nil // beyond the set's reach
	}
	return cs.abbrevs.Has(r)
}

// Kinds of foreign places in places_foreign.tsv.
const (
	ForeignCapital  = "capital"
	ForeignCity     = "city"
	ForeignRegion   = "region"
	ForeignLandmark = "landmark"
)

// ForeignPlace is a city, region or landmark outside China.
type ForeignPlace struct {
	Name    string
	Country string // ISO 3166-1 alpha-2, "" for a region spanning countries
	Kind    string
}

// ForeignPlaces is the gazetteer of foreign places, read-only after loading.
type ForeignPlaces struct {
	byName map[string]*ForeignPlace
	last   runes.Set // the last character of each name
	// Spots finds the names of four or more characters written out around
	// a position (粤港澳 and 大湾 inside 粤港澳大湾区).
	*Spots
}

// LoadForeignPlaces loads the embedded places_foreign.tsv, checking its
// country codes against cs.
func LoadForeignPlaces(cs *Countries) (*ForeignPlaces, error) {
	t, err := Load("places_foreign.tsv")
	if err != nil {
		return nil, err
	}
	return ParseForeignPlaces(t, cs)
}

// ParseForeignPlaces builds the gazetteer from a table with the columns of
// places_foreign.tsv. Names are unique; countries are codes in cs or "-".
func ParseForeignPlaces(t *Table, cs *Countries) (*ForeignPlaces, error) {
	c, err := columns(t, "name", "country", "kind")
	if err != nil {
		return nil, err
	}
	fp := &ForeignPlaces{byName: map[string]*ForeignPlace{}, Spots: newSpots()}
	for i, row := range t.Rows {
		p := &ForeignPlace{Name: row[c[0]], Country: row[c[1]], Kind: row[c[2]]}
		where := fmt.Sprintf("dictionaries: %s:%d", t.Name, t.Lines[i])
		if p.Name == "" || fp.byName[p.Name] != nil {
			return nil, fmt.Errorf("%s: empty or repeated name %q", where, p.Name)
		}
		if p.Country == "-" {
			p.Country = ""
		} else if cs.ByCode(p.Country) == nil {
			return nil, fmt.Errorf("%s: unknown country %q", where, p.Country)
		}
		switch p.Kind {
		case ForeignCapital, ForeignCity, ForeignRegion, ForeignLandmark:
		default:
			return nil, fmt.Errorf("%s: unknown kind %q", where, p.Kind)
		}
		if cs.Lookup(p.Name) != nil {
			return nil, fmt.Errorf("%s: %q is also a country name", where, p.Name)
		}
		fp.byName[p.Name] = p
		r, _ := utf8.DecodeLastRuneInString(p.Name)
		fp.last.Add(r)
		if utf8.RuneCountInString(p.Name) >= 4 {
			fp.add(p.Name)
		}
	}
	return fp, nil
}

// Ends reports whether the name of some place may end with r: when not, no
// tail of a text that ends with r is one, and a search of its tails can
// stop before the first lookup. utf8.RuneError always may.
func (fp *ForeignPlaces) Ends(r rune) bool { return r == utf8.RuneError || fp.last.Has(r) }

// Lookup returns the foreign place called name, or nil.
func (fp *ForeignPlaces) Lookup(name string) *ForeignPlace { return fp.byName[name] }

// All returns every foreign place, in no particular order.
func (fp *ForeignPlaces) All() []*ForeignPlace {
	all := make([]*ForeignPlace, 0, len(fp.byName))
	for _, f := range fp.byName {
		all = append(all, f)
	}
	return all
}

// Len returns the number of places.
func (fp *ForeignPlaces) Len() int { return len(fp.byName) }

// RegionAbbrevs maps one-character abbreviations of regions (欧 → 欧洲, 淮 →
// 淮河) to the regions of places_foreign.tsv they stand for
// (region_abbrevs.tsv).
type RegionAbbrevs struct {
	byAbbrev map[string]*ForeignPlace
}

// LoadRegionAbbrevs loads the embedded region_abbrevs.tsv, checking that
// every region is a region of fp (one spanning countries, 欧洲, or a river
// of one, 长江).
func LoadRegionAbbrevs(fp *ForeignPlaces) (*RegionAbbrevs, error) {
	t, err := Load("region_abbrevs.tsv")
	if err != nil {
		return nil, err
	}
	return ParseRegionAbbrevs(t, fp)
}

// ParseRegionAbbrevs builds the table from rows of abbrev and region. An
// abbreviation is one character and appears once.
func ParseRegionAbbrevs(t *Table, fp *ForeignPlaces) (*RegionAbbrevs, error) {
	c, err := columns(t, "abbrev", "region")
	if err != nil {
		return nil, err
	}
	ra := &RegionAbbrevs{byAbbrev: map[string]*ForeignPlace{}}
	for i, row := range t.Rows {
		abbrev, region := row[c[0]], row[c[1]]
		where := fmt.Sprintf("dictionaries: %s:%d", t.Name, t.Lines[i])
		if utf8.RuneCountInString(abbrev) != 1 || ra.byAbbrev[abbrev] != nil {
			return nil, fmt.Errorf("%s: abbreviation %q is not one character or is repeated", where, abbrev)
		}
		p := fp.Lookup(region)
		if p == nil || p.Kind != ForeignRegion {
			return nil, fmt.Errorf("%s: %q is no region of places_foreign.tsv", where, region)
		}
		ra.byAbbrev[abbrev] = p
	}
	return ra, nil
}

// Lookup returns the region a one-character abbreviation stands for, or nil.
func (ra *RegionAbbrevs) Lookup(abbrev string) *ForeignPlace { return ra.byAbbrev[abbrev] }

// AbbrevContexts are the words next to which a one-character country
// abbreviation stands for its country on its own (abbrev_contexts.tsv).
type AbbrevContexts struct {
	before, after, pair, division, split map[string]bool
	maxLen                               int // longest word, in runes
}

// Around reports whether a listed word ends where before ends or starts
// where after starts; before and after are the text on either side of the
// abbreviation, of any length.
func (c *AbbrevContexts) Around(before, after string) bool {
	b, a := []rune(lastRunes(before, c.maxLen)), []rune(firstRunes(after, c.maxLen))
	for n := 1; n <= c.maxLen; n++ {
		if n <= len(b) && c.before[string(b[len(b)-n:])] {
			return true
		}
		if n <= len(a) && c.after[string(a[:n])] {
			return true
		}
	}
	return false
}

// After reports whether word is listed to stand after an abbreviation (军, 媒).
func (c *AbbrevContexts) After(word string) bool { return c.after[word] }

// DivisionBefore reports whether word is listed (side division) to make a
// division's one-character abbreviation after it that division (来|蓉,
// 在|京).
func (c *AbbrevContexts) DivisionBefore(word string) bool { return c.division[word] }

// Split reports whether word is listed (side split) to make gse's
// one-character word of a country's abbreviation right before it that
// country when the document names it in full (以|军方, 以|军售).
func (c *AbbrevContexts) Split(word string) bool { return c.split[word] }

// Pair reports whether text begins with a word listed to follow two
// abbreviations (两国 in 韩日两国).
func (c *AbbrevContexts) Pair(text string) bool {
	for w := range c.pair {
		if strings.HasPrefix(text, w) {
			return true
		}
	}
	return false
}

func lastRunes(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

func firstRunes(s string, n int) string {
	i := 0
	for ; n > 0 && i < len(s); n-- {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

// LoadAbbrevContexts loads the embedded abbrev_contexts.tsv.
func LoadAbbrevContexts() (*AbbrevContexts, error) { return loadAbbrevContexts() }

var loadAbbrevContexts = shared("abbrev_contexts.tsv", ParseAbbrevContexts)

// ParseAbbrevContexts reads rows of side (before, after, pair, division or split),
// word and note.
func ParseAbbrevContexts(t *Table) (*AbbrevContexts, error) {
	col, err := columns(t, "side", "word", "note")
	if err != nil {
		return nil, err
	}
	c := &AbbrevContexts{before: map[string]bool{}, after: map[string]bool{}, pair: map[string]bool{}, division: map[string]bool{}, split: map[string]bool{}}
	for i, row := range t.Rows {
		w := row[col[1]]
		set := map[string]map[string]bool{"before": c.before, "after": c.after, "pair": c.pair, "division": c.division, "split": c.split}[row[col[0]]]
		if set == nil || w == "" || set[w] {
			return nil, errorf(t, i, "side %q word %q: want before, after, pair, division or split and a word listed once", row[col[0]], w)
		}
		set[w] = true
		if row[col[0]] == "before" || row[col[0]] == "after" {
			c.maxLen = max(c.maxLen, utf8.RuneCountInString(w))
		}
	}
	return c, nil
}
