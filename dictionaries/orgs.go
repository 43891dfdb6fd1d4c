package dictionaries

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/internal/runes"
)

// OrgSuffixes maps the suffixes that end institution names to the kind of
// organization they make. It is read-only after loading.
type OrgSuffixes struct {
	kind   map[string]string
	maxLen int // longest suffix in runes
	// last marks the runes that end some suffix: most names the stages try
	// (every candidate span, every park) fail on this test alone.
	last  runes.Set
	first runes.Set // the first character of every suffix
	// ends holds pairKey of the last two characters of every suffix of two
	// or more: a name that ends otherwise can end with a suffix of one
	// character only, and Match reads no longer tail of it. Set when a
	// suffix is no UTF-8, anyEnds turns that test off.
	ends    runes.Set
	anyEnds bool
}

// LoadOrgSuffixes loads the embedded org_suffixes.tsv.
func LoadOrgSuffixes() (*OrgSuffixes, error) { return loadOrgSuffixes() }

var loadOrgSuffixes = shared("org_suffixes.tsv", ParseOrgSuffixes)

// orgKinds are the kinds org_suffixes.tsv may use.
var orgKinds = map[string]bool{
	"education": true, "research": true, "company": true, "finance": true, "government": true,
	"party": true, "judicial": true, "legislature": true, "military": true, "medical": true,
	"association": true, "media": true, "park": true, "zone": true, "international": true, "other": true,
}

// ParseOrgSuffixes builds the table from rows of suffix and kind; suffixes are
// unique and kinds are from the list in the file's header comment.
func ParseOrgSuffixes(t *Table) (*OrgSuffixes, error) {
	c, err := columns(t, "suffix", "kind")
	if err != nil {
		return nil, err
	}
	s := &OrgSuffixes{kind: map[string]string{}}
	for i, row := range t.Rows {
		suf, kind := row[c[0]], row[c[1]]
		where := fmt.Sprintf("dictionaries: %s:%d", t.Name, t.Lines[i])
		if _, dup := s.kind[suf]; dup || suf == "" {
			return nil, fmt.Errorf("%s: empty or repeated suffix %q", where, suf)
		}
		if !orgKinds[kind] {
			return nil, fmt.Errorf("%s: unknown kind %q", where, kind)
		}
		s.kind[suf] = kind
		s.maxLen = max(s.maxLen, utf8.RuneCountInString(suf))
		r, size := utf8.DecodeLastRuneInString(suf)
		s.last.Add(r)
		if size < len(suf) {
			p, _ := utf8.DecodeLastRuneInString(suf[:len(suf)-size])
			s.ends.Add(pairKey(p, r))
		}
		s.anyEnds = s.anyEnds || !utf8.ValidString(suf)
		r, _ = utf8.DecodeRuneInString(suf)
		s.first.Add(r)
	}
	return s, nil
}

// EndsLikeOne reports whether name's last character ends some suffix: a
// name cut short (电工所, 环资委) may still end like an institution's.
func (s *OrgSuffixes) EndsLikeOne(name string) bool {
	r, _ := runes.DecodeLast(name)
	return s.last.Has(r)
}

// Match returns the longest suffix that name ends with and its kind, when
// name is longer than the suffix: 成都日报 → 日报, media. A bare suffix such
// as 大学 is not a name.
func (s *OrgSuffixes) Match(name string) (suffix, kind string, ok bool) {
	r, size := runes.DecodeLast(name)
	if !s.last.Has(r) {
		return "", "", false
	}
	maxLen := s.maxLen
	if p, _ := runes.DecodeLast(name[:len(name)-size]); !s.anyEnds && r != utf8.RuneError && p != utf8.RuneError && !s.ends.Has(pairKey(p, r)) {
		// A suffix of two or more characters ends with a listed pair, and
		// a text holding one decodes its last two as the suffix does.
		maxLen = 1
	}
	return longestSuffix(name, maxLen, s.kind, &s.first)
}

// longestSuffix returns the longest of the suffixes in kind, none longer
// than maxLen characters, that name ends with and is longer than, and its
// kind: a bare suffix is no name. first holds the first character of every
// suffix.
func longestSuffix(name string, maxLen int, kind map[string]string, first *runes.Set) (suffix, k string, ok bool) {
	// Walk back one character at a time; the longest match wins.
	i := len(name)
	for n := 0; i > 0 && n < maxLen; n++ {
		r, size := runes.DecodeLast(name[:i])
		i -= size
		if i == 0 {
			break
		}
		// A tail that begins with a character no suffix begins with needs
		// no map read. A valid character decodes alike from either end; a
		// RuneError is left to the map.
		if r != utf8.RuneError && !first.Has(r) {
			continue
		}
		if v, found := kind[name[i:]]; found {
			suffix, k = name[i:], v
		}
	}
	return suffix, k, suffix != ""
}

// Kinds of rows in org_aliases.tsv.
const (
	AliasOrg   = "org"   // names one organization on its own
	AliasDept  = "dept"  // a department, valid after a place or a relative prefix
	AliasBrand = "brand" // a company's short name news writes alone: 华为, 腾讯
)

// OrgAliases maps abbreviations and other names of organizations to their
// canonical names. It is read-only after loading.
type OrgAliases struct {
	org, dept map[string]string
	// deptLen is the length in bytes of the longest key of dept: Dept
	// turns a longer string away without hashing it, as a caller trying
	// every tail of a name would otherwise hash in the square of its length.
	deptLen int
	brands  map[string]bool // the aliases of kind brand, also in org
	// prefixes holds every non-empty prefix of an organization alias, and
	// for an alias its canonical name (org's), for a proper prefix "".
	prefixes map[string]string
	// first has a bit set for each character of the Basic Multilingual Plane
	// that begins an organization alias: most words fail on this test alone.
	first runes.Set
	// runes holds every character of an organization alias: a string that
	// ends with any other is no alias's prefix.
	runes runes.Set
	// singles holds the organization aliases of one character: any other
	// first character of an alias is a prefix only, and AliasPrefix needs
	// no map read to say so.
	singles runes.Set
	// heads holds headKey of each organization alias whose second character
	// is written with three bytes: OrgPrefix turns away most strings of two or more
	// characters on it (中国 begins aliases, 中国的 none) before a map read.
	heads runes.Set
	// spans holds spanKey of every prefix of an organization alias, the alias
	// too: AliasPrefix turns away on it most strings that pass the tests
	// before and that a map read would not find.
	spans runes.Set
	// deptEnds lists every department name, short or canonical, under its
	// last character, in the order of the rows: DeptEndingWith reads only
	// the names that end as the tail does.
	deptEnds map[rune][]string
	// Spots finds the organization aliases and canonical names of three or
	// more characters written out around a position (胡塞武 inside 胡塞武装).
	*Spots
}

// LoadOrgAliases loads the embedded org_aliases.tsv.
func LoadOrgAliases() (*OrgAliases, error) { return loadOrgAliases() }

var loadOrgAliases = shared("org_aliases.tsv", ParseOrgAliases)

// ParseOrgAliases builds the table from rows of alias, canonical and kind.
// An alias appears at most once per kind.
func ParseOrgAliases(t *Table) (*OrgAliases, error) {
	c, err := columns(t, "alias", "canonical", "kind")
	if err != nil {
		return nil, err
	}
	a := &OrgAliases{org: map[string]string{}, dept: map[string]string{}, brands: map[string]bool{}, prefixes: map[string]string{}, Spots: newSpots()}
	seen := map[string]bool{}    // kind and alias of every row
	spotted := map[string]bool{} // names added to Spots
	var deptNames []string       // every department name, short or canonical
	for i, row := range t.Rows {
		alias, canon, kind := row[c[0]], row[c[1]], row[c[2]]
		where := fmt.Sprintf("dictionaries: %s:%d", t.Name, t.Lines[i])
		if alias == "" || canon == "" || strings.ContainsAny(alias+canon, "{} ") {
			return nil, fmt.Errorf("%s: empty alias or canonical name, or one with a brace or space", where)
		}
		var m map[string]string
		switch kind {
		case AliasOrg:
			m = a.org
		case AliasBrand:
			m = a.org
			a.brands[alias] = true
		case AliasDept:
			m = a.dept
		default:
			return nil, fmt.Errorf("%s: unknown kind %q (want org, brand or dept)", where, kind)
		}
		if kind == AliasBrand && seen[AliasOrg+"\t"+alias] || kind == AliasOrg && seen[AliasBrand+"\t"+alias] {
			return nil, fmt.Errorf("%s: alias %q is both org and brand", where, alias)
		}
		if seen[kind+"\t"+alias] {
			return nil, fmt.Errorf("%s: alias %q repeated for kind %s", where, alias, kind)
		}
		seen[kind+"\t"+alias] = true
		m[alias] = canon
		if kind == AliasDept {
			if _, ok := m[canon]; !ok {
				m[canon] = canon // the full name reads as itself: 区发展和改革局
			}
			for _, n := range []string{alias, canon} {
				if !slices.Contains(deptNames, n) {
					deptNames = append(deptNames, n)
				}
			}
		}
		if kind == AliasOrg || kind == AliasBrand {
			a.indexOrg(alias)
			for _, n := range []string{alias, canon} {
				// A canonical name is written out too, and taggers cut
				// those with 和 (信息化部 of 工业和信息化部).
				if utf8.RuneCountInString(n) >= 3 && !spotted[n] {
					spotted[n] = true
					a.add(n)
				}
			}
		}
	}
	// A canonical name reads as itself (上海合作组织, 中国科学院), unless a row
	// makes it an alias of another name.
	for _, canon := range slices.Sorted(maps.Values(a.org)) {
		if _, ok := a.org[canon]; !ok {
			a.org[canon] = canon
			a.indexOrg(canon)
		}
	}
	for alias, canon := range a.org {
		a.prefixes[alias] = canon // indexOrg made it a prefix
		if c, size := utf8.DecodeRuneInString(alias); size == len(alias) {
			a.singles.Add(c)
		}
	}
	for short := range a.dept {
		a.deptLen = max(a.deptLen, len(short))
	}
	a.deptEnds = map[rune][]string{}
	for _, n := range deptNames {
		r, _ := utf8.DecodeLastRuneInString(n)
		a.deptEnds[r] = append(a.deptEnds[r], n)
	}
	return a, nil
}

// indexOrg records the prefixes and characters of an organization alias for
// the scans that look for aliases in text.
func (a *OrgAliases) indexOrg(alias string) {
	c, _ := utf8.DecodeRuneInString(alias)
	for i := range alias {
		if i > 0 {
			a.prefixes[alias[:i]] = ""
			last, _ := utf8.DecodeLastRuneInString(alias[:i])
			a.spans.Add(spanKey(c, last, i))
		}
	}
	a.prefixes[alias] = ""
	last, _ := utf8.DecodeLastRuneInString(alias)
	a.spans.Add(spanKey(c, last, len(alias)))
	a.first.Add(c)
	// OrgPrefix cuts its strings' first character with runes.DecodeFirst.
	if c, size := runes.DecodeFirst(alias); c != utf8.RuneError {
		if k, ok := headKey(c, alias, size); ok {
			a.heads.Add(k)
		}
	}
	for _, c := range alias {
		a.runes.Add(c)
	}
}

// Canonical returns the canonical name of an organization alias: 中科院 →
// 中国科学院.
func (a *OrgAliases) Canonical(alias string) (string, bool) {
	c, ok := a.org[alias]
	return c, ok
}

// Brand reports whether alias is a company's short name that news writes
// alone (华为, 腾讯): a whole word of it is the company.
func (a *OrgAliases) Brand(alias string) bool { return a.brands[alias] }

// Dept returns the canonical name of a department's short name, to be
// written after a place: 科技局 → 科学技术局; a canonical name gives itself.
func (a *OrgAliases) Dept(short string) (string, bool) {
	if len(short) > a.deptLen {
		return "", false
	}
	c, ok := a.dept[short]
	return c, ok
}

// DeptEndingWith returns the department names (short or canonical) that end
// with tail and are longer than it: 发展和改革局 for 改革局. A tagger that
// stopped at 和 finds only the tail.
func (a *OrgAliases) DeptEndingWith(tail string) []string {
	var out []string
	last, _ := utf8.DecodeLastRuneInString(tail)
	for _, name := range a.deptEnds[last] {
		// The tail must start at a character of name, not inside one.
		if len(name) > len(tail) && strings.HasSuffix(name, tail) && utf8.RuneStart(name[len(name)-len(tail)]) {
			out = append(out, name)
		}
	}
	return out
}

// Begins reports whether an organization alias may begin with r, the first
// character of a word: when not, neither the word nor any string it begins
// is an alias's prefix (AliasPrefix), which most words fail on this test
// alone.
func (a *OrgAliases) Begins(r rune) bool { return a.first.Has(r) }

// AliasPrefix reports whether s is an organization alias or begins one, so
// that a search for aliases in running text can stop as soon as it is not,
// and returns the canonical name of s when it is an alias, as Canonical
// does: the search read a map for each and now reads one. first and last
// are the first and last characters of s as a range loop over s decodes
// them (utf8.RuneError for an invalid byte or none): the search has them
// decoded already, and decoding them again for each string was a tenth of
// its cost.
func (a *OrgAliases) AliasPrefix(s string, first, last rune) (canon string, prefix bool) {
	c, size := first, utf8.RuneLen(first) // size counts only when c is no RuneError
	if !a.first.Has(c) {
		return "", false
	}
	if c < 1<<16 && size == len(s) && c != utf8.RuneError && !a.singles.Has(c) {
		return "", true // the first character of an alias, and no alias
	}
	// A cut through a character decodes as RuneError and is left to the map.
	if k, ok := headKey(c, s, size); ok && c != utf8.RuneError && !a.heads.Has(k) {
		return "", false
	}
	if last != utf8.RuneError && !a.runes.Has(last) {
		return "", false
	}
	if c != utf8.RuneError && last != utf8.RuneError && !a.spans.Has(spanKey(c, last, len(s))) {
		return "", false
	}
	canon, prefix = a.prefixes[s]
	return canon, prefix
}

// spanKey hashes the first and last characters of a string of n bytes to a
// member of a runes.Set.
func spanKey(first, last rune, n int) rune {
	h := uint32(first)*0x9E3779B1 ^ uint32(last)*0x85EBCA6B ^ uint32(n)*0xC2B2AE35
	return rune(h >> 16)
}

// headKey hashes c, the first character of s, which ends at byte size, and
// the three bytes of a second character written with three, as Chinese is,
// to a member of a runes.Set; ok is false for any other second character or
// none. Two strings that begin with the same two such characters hash the
// same, and the hash decodes nothing.
func headKey(c rune, s string, size int) (k rune, ok bool) {
	if len(s)-size < 3 || s[size]&0xF0 != 0xE0 {
		return 0, false
	}
	h := uint32(c)<<24 ^ uint32(s[size])<<16 | uint32(s[size+1])<<8 | uint32(s[size+2])
	return rune(h * 0x9E3779B1 >> 16), true
}

// LoadOrgFalseEndings loads org_false_endings.tsv: words that end no
// organization's name although they end in an institution suffix (部署).
func LoadOrgFalseEndings() (*Lexicon[struct{}], error) { return loadOrgFalseEndings() }

var loadOrgFalseEndings = shared("org_false_endings.tsv", func(t *Table) (*Lexicon[struct{}], error) { return wordList(t, "word") })

// LoadCountryBodies loads country_bodies.tsv: bodies of a national
// government news names after a country's one-character abbreviation
// (俄国防部, 美海军).
func LoadCountryBodies() (*Lexicon[struct{}], error) { return loadCountryBodies() }

var loadCountryBodies = shared("country_bodies.tsv", func(t *Table) (*Lexicon[struct{}], error) { return wordList(t, "word") })

// LoadCongressWords loads congress_words.tsv: words news writes right after
// a party congress's short name (二十大精神).
func LoadCongressWords() (*Lexicon[struct{}], error) { return loadCongressWords() }

var loadCongressWords = shared("congress_words.tsv", func(t *Table) (*Lexicon[struct{}], error) { return wordList(t, "word") })

// LoadEventAbbrevs loads event_abbrevs.tsv: short names of multi-sport
// games (亚运, 冬奥) whose characters also abbreviate places.
func LoadEventAbbrevs() (*Lexicon[struct{}], error) { return loadEventAbbrevs() }

var loadEventAbbrevs = shared("event_abbrevs.tsv", func(t *Table) (*Lexicon[struct{}], error) { return wordList(t, "word") })

// LoadSportsCues loads sports_cues.tsv: words that make a sentence a sports
// report, where a country's name may stand for its team (中国男单).
func LoadSportsCues() (*Lexicon[struct{}], error) { return loadSportsCues() }

var loadSportsCues = shared("sports_cues.tsv", func(t *Table) (*Lexicon[struct{}], error) { return wordList(t, "word") })

// LoadQuoteOrgWords loads quote_org_words.tsv: words that make the name
// in quotation marks right before them an organization's (“基地”组织),
// each with whether it may follow a noun after the quotes (“七三一”细菌部队).
func LoadQuoteOrgWords() (*Lexicon[bool], error) { return loadQuoteOrgWords() }

var loadQuoteOrgWords = shared("quote_org_words.tsv", func(t *Table) (*Lexicon[bool], error) {
	return wordFlags(t, "after_noun", "yes", "no")
})

// LoadQuoteThingWords loads quote_thing_words.tsv: words that make the
// name in quotation marks right before them a thing's, a ship's or a
// weapon's (“卡尔·文森”号, “北溪”管道), each with whether it is one (kind
// thing) or a longer word that begins like one and is not (舰队, 号召).
func LoadQuoteThingWords() (*Lexicon[bool], error) { return loadQuoteThingWords() }

var loadQuoteThingWords = shared("quote_thing_words.tsv", func(t *Table) (*Lexicon[bool], error) {
	return wordFlags(t, "kind", "thing", "not")
})

// LoadOrgListHeads loads org_list_heads.tsv: nouns that, after 等 closing
// a list, say its items are organizations (大和、野村等证券公司), each with
// whether it is of kind team (苏格兰、挪威、丹麦等队: the places are teams).
func LoadOrgListHeads() (*Lexicon[bool], error) { return loadOrgListHeads() }

var loadOrgListHeads = shared("org_list_heads.tsv", func(t *Table) (*Lexicon[bool], error) {
	return wordFlags(t, "kind", "team", "org")
})

// wordFlags reads a table of words, each once, with a column that holds one
// of two values: the lexicon maps each word to whether it holds yes.
func wordFlags(t *Table, column, yes, no string) (*Lexicon[bool], error) {
	c, err := columns(t, "word", column)
	if err != nil {
		return nil, err
	}
	l := NewLexicon[bool]()
	for i, row := range t.Rows {
		w, v := row[c[0]], row[c[1]]
		if w == "" || strings.TrimSpace(w) != w || v != yes && v != no {
			return nil, errorf(t, i, "word %q %s %q: want a word and %s or %s", w, column, v, yes, no)
		}
		if _, dup := l.Get(w); dup {
			return nil, errorf(t, i, "repeated word %q", w)
		}
		l.Add(w, v == yes)
	}
	return l, nil
}

// LoadDocumentWords loads document_words.tsv: words that end the title of
// a law, rule, plan, report or agreement (法案, 办法), which names no
// organization.
func LoadDocumentWords() (*Lexicon[struct{}], error) { return loadDocumentWords() }

var loadDocumentWords = shared("document_words.tsv", func(t *Table) (*Lexicon[struct{}], error) { return wordList(t, "word") })

// WorkCues are the words that say the book title beside them names a work
// (a series, a film, a book, a song) and no organization (work_cues.tsv).
type WorkCues struct {
	before, after, count map[string]bool
	maxBefore            int // longest word of side before, in bytes
}

// Before reports whether text, the text right before 《, ends with a word
// of side before (电视剧《, 微纪录片《).
func (c *WorkCues) Before(text string) bool {
	for w := range c.before {
		if strings.HasSuffix(text, w) {
			return true
		}
	}
	return false
}

// MaxBefore is the length in bytes of the longest word of side before: how
// much text before 《 Before needs.
func (c *WorkCues) MaxBefore() int { return c.maxBefore }

// After reports whether word, the gse word right after 》, is listed on side
// after (播出, 出版).
func (c *WorkCues) After(word string) bool { return c.after[word] }

// Count reports whether text, the text right after 》, begins with 第, a
// number in Arabic or Chinese numerals and a counter of side count (第二季,
// 第3集).
func (c *WorkCues) Count(text string) bool {
	rest, ok := strings.CutPrefix(text, "第")
	if !ok {
		return false
	}
	n := 0
	for _, r := range rest {
		if strings.ContainsRune("0123456789０１２３４５６７８９零一二三四五六七八九十百", r) {
			n += utf8.RuneLen(r)
			continue
		}
		return n > 0 && c.count[string(r)]
	}
	return false
}

// LoadWorkCues loads the embedded work_cues.tsv.
func LoadWorkCues() (*WorkCues, error) { return loadWorkCues() }

var loadWorkCues = shared("work_cues.tsv", ParseWorkCues)

// ParseWorkCues reads rows of side (before, after or count), word and note;
// a counter is one character.
func ParseWorkCues(t *Table) (*WorkCues, error) {
	col, err := columns(t, "side", "word", "note")
	if err != nil {
		return nil, err
	}
	c := &WorkCues{before: map[string]bool{}, after: map[string]bool{}, count: map[string]bool{}}
	for i, row := range t.Rows {
		side, w := row[col[0]], row[col[1]]
		set := map[string]map[string]bool{"before": c.before, "after": c.after, "count": c.count}[side]
		if set == nil || w == "" || set[w] || side == "count" && utf8.RuneCountInString(w) != 1 {
			return nil, errorf(t, i, "side %q word %q: want before, after or count (one character) and a word listed once", side, w)
		}
		set[w] = true
		if side == "before" {
			c.maxBefore = max(c.maxBefore, len(w))
		}
	}
	return c, nil
}

// LoadOrgUnits loads org_units.tsv: words, or the endings of words, for a
// unit of the organization named before them (国际部, 办公厅, 代表团).
func LoadOrgUnits() (*Lexicon[struct{}], error) { return loadOrgUnits() }

var loadOrgUnits = shared("org_units.tsv", func(t *Table) (*Lexicon[struct{}], error) { return wordList(t, "word") })

// LoadCompanyTrades loads company_trades.tsv: trade words that follow a
// brand to make a company's short name (迈科康生物, 拓荆科技).
func LoadCompanyTrades() (*Lexicon[struct{}], error) { return loadCompanyTrades() }

var loadCompanyTrades = shared("company_trades.tsv", func(t *Table) (*Lexicon[struct{}], error) { return wordList(t, "word") })

// LoadCompanyWords loads company_words.tsv: words that follow a company's
// short name and no place's (公告, 董事长, 股价: 玲珑轮胎公告称).
func LoadCompanyWords() (*Lexicon[struct{}], error) { return loadCompanyWords() }

var loadCompanyWords = shared("company_words.tsv", func(t *Table) (*Lexicon[struct{}], error) { return wordList(t, "word") })

// LoadOrgOpeners loads org_openers.tsv: words before an organization's
// name that are no part of it although gse tags them as nouns (有关, 在野党).
func LoadOrgOpeners() (*Lexicon[struct{}], error) { return loadOrgOpeners() }

var loadOrgOpeners = shared("org_openers.tsv", func(t *Table) (*Lexicon[struct{}], error) { return wordList(t, "word") })

// LoadFieldJoinNot loads field_join_not.tsv: nouns before 和 that open no
// name joining two fields (部门, 舰队).
func LoadFieldJoinNot() (*Lexicon[struct{}], error) { return loadFieldJoinNot() }

var loadFieldJoinNot = shared("field_join_not.tsv", func(t *Table) (*Lexicon[struct{}], error) { return wordList(t, "word") })
