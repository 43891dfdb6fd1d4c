package dictionaries

import (
	"fmt"
	"iter"
	"strings"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/internal/runes"
)

// Titles maps person titles and roles (部长, 研究员, 记者) to a category. It
// is read-only after loading.
type Titles struct {
	category map[string]string
	maxLen   int
	first    runes.Set // the first characters of titles
	last     runes.Set // the last characters of titles
}

// titleCategories are the categories titles.tsv may use.
var titleCategories = map[string]bool{
	"government": true, "party": true, "legislature": true, "judicial": true, "military": true,
	"academic": true, "research": true, "education": true, "medical": true, "media": true,
	"business": true, "diplomatic": true, "sports": true, "generic": true, "honorific": true,
}

// LoadTitles loads the embedded titles.tsv.
func LoadTitles() (*Titles, error) { return loadTitles() }

var loadTitles = shared("titles.tsv", ParseTitles)

// ParseTitles builds the table from rows of title and category.
func ParseTitles(t *Table) (*Titles, error) {
	c, err := columns(t, "title", "category")
	if err != nil {
		return nil, err
	}
	ts := &Titles{category: map[string]string{}}
	for i, row := range t.Rows {
		title, cat := row[c[0]], row[c[1]]
		where := fmt.Sprintf("dictionaries: %s:%d", t.Name, t.Lines[i])
		if _, dup := ts.category[title]; dup || title == "" {
			return nil, fmt.Errorf("%s: empty or repeated title %q", where, title)
		}
		if !titleCategories[cat] {
			return nil, fmt.Errorf("%s: unknown category %q", where, cat)
		}
		ts.category[title] = cat
		ts.maxLen = max(ts.maxLen, utf8.RuneCountInString(title))
		r, _ := utf8.DecodeLastRuneInString(title)
		ts.last.Add(r)
		r, _ = utf8.DecodeRuneInString(title)
		ts.first.Add(r)
	}
	return ts, nil
}

// Begins reports whether some title begins with r.
func (ts *Titles) Begins(r rune) bool { return ts.first.Has(r) }

// Ends reports whether a title may end with r: when not, no text that ends
// with r is a title.
func (ts *Titles) Ends(r rune) bool { return ts.last.Has(r) }

// MaxLen returns the length of the longest title in runes.
func (ts *Titles) MaxLen() int { return ts.maxLen }

// Category returns the category of a title: 研究员 → research.
func (ts *Titles) Category(title string) (string, bool) {
	c, ok := ts.category[title]
	return c, ok
}

// Prefix returns the longest title that s begins with.
func (ts *Titles) Prefix(s string) (string, bool) {
	for title := range ts.Prefixes(s) {
		return title, true
	}
	return "", false
}

// Prefixes yields the titles that s begins with, longest first, and their
// categories. Only a prefix that ends as some title does is looked up.
func (ts *Titles) Prefixes(s string) iter.Seq2[string, string] {
	return func(yield func(string, string) bool) {
		if r, _ := runes.DecodeFirst(s); !ts.first.Has(r) {
			return // most text: no call of the loops below
		}
		end := 0 // past the first maxLen characters
		for n := 0; end < len(s) && n < ts.maxLen; n++ {
			_, size := runes.DecodeFirst(s[end:])
			end += size
		}
		for end > 0 {
			r, size := runes.DecodeLast(s[:end])
			if ts.last.Has(r) {
				if c, ok := ts.category[s[:end]]; ok && !yield(s[:end], c) {
					return
				}
			}
			end -= size
		}
	}
}

// CategoryOfRunes is Category for a title given as code points. It builds
// no string: the facts stage looks for a title before every name.
func (ts *Titles) CategoryOfRunes(title []rune) (string, bool) {
	if len(title) == 0 || len(title) > ts.maxLen || !ts.last.Has(title[len(title)-1]) {
		return "", false
	}
	var buf [64]byte
	c, ok := ts.category[string(appendRunes(buf[:0], title))]
	return c, ok
}

// Surnames is the set of Chinese surnames, single and compound. It is
// read-only after loading.
type Surnames struct {
	single, compound map[string]bool
}

// LoadSurnames loads the embedded surnames.tsv.
func LoadSurnames() (*Surnames, error) { return loadSurnames() }

var loadSurnames = shared("surnames.tsv", ParseSurnames)

// ParseSurnames builds the set from rows of surname and kind; a single
// surname is one character and a compound one two.
func ParseSurnames(t *Table) (*Surnames, error) {
	c, err := columns(t, "surname", "kind")
	if err != nil {
		return nil, err
	}
	s := &Surnames{single: map[string]bool{}, compound: map[string]bool{}}
	for i, row := range t.Rows {
		name, kind := row[c[0]], row[c[1]]
		where := fmt.Sprintf("dictionaries: %s:%d", t.Name, t.Lines[i])
		if s.single[name] || s.compound[name] {
			return nil, fmt.Errorf("%s: repeated surname %q", where, name)
		}
		n := utf8.RuneCountInString(name)
		switch {
		case kind == "single" && n == 1:
			s.single[name] = true
		case kind == "compound" && n == 2:
			s.compound[name] = true
		default:
			return nil, fmt.Errorf("%s: %q of kind %q: want single (one character) or compound (two)", where, name, kind)
		}
	}
	return s, nil
}

// Len returns the number of surnames.
func (s *Surnames) Len() int { return len(s.single) + len(s.compound) }

// Of returns the surname that name begins with, preferring a compound
// surname (欧阳 in 欧阳修), and false when it begins with none or is nothing
// but a surname.
func (s *Surnames) Of(name string) (string, bool) {
	r := []rune(name)
	if len(r) > 2 && s.compound[string(r[:2])] {
		return string(r[:2]), true
	}
	if len(r) > 1 && s.single[string(r[:1])] {
		return string(r[:1]), true
	}
	return "", false
}

// KnownPeople is a set of names that are only ever a person (奥巴马, 普京).
type KnownPeople struct {
	names   map[string]bool
	country map[string]string // name → ISO 3166-1 code of the state the person serves
	first   runes.Set         // the first character of every name
	// tails holds the last two bytes of every name (twoBytes): most
	// strings asked about end otherwise, and need no map read.
	tails runes.Set
	// Spots finds a name around a character, for a tagger span that cut
	// one (巴 of 奥巴马).
	*Spots
}

// Has reports whether name is in the set.
func (k *KnownPeople) Has(name string) bool {
	n := len(name)
	return n >= 2 && k.tails.Has(twoBytes(name[n-2], name[n-1])) && k.names[name]
}

// Country returns the ISO 3166-1 code of the state a known person serves
// (习近平 → CN, 普京 → RU), or "".
func (k *KnownPeople) Country(name string) string { return k.country[name] }

// HasBytes is Has for a name held in a byte slice, without copying it.
func (k *KnownPeople) HasBytes(name []byte) bool {
	n := len(name)
	return n >= 2 && k.tails.Has(twoBytes(name[n-2], name[n-1])) && k.names[string(name)]
}

// MayEnd reports whether a name of the set may end as s does, s of two
// bytes or more: Has is false for every name that ends so when it is not.
func (k *KnownPeople) MayEnd(s string) bool {
	n := len(s)
	return n >= 2 && k.tails.Has(twoBytes(s[n-2], s[n-1]))
}

// twoBytes makes two bytes a member of a runes.Set: the last two of a known
// name (every name has two characters, so two bytes or more), the first or
// last two of a lexicon's form.
func twoBytes(a, b byte) rune { return rune(a)<<8 | rune(b) }

// Starts reports whether a name of the set begins with r, the first
// character of a word: a cheap test before a search of the text.
func (k *KnownPeople) Starts(r rune) bool { return k.first.Has(r) }

// LoadKnownPeople loads the embedded people_known.tsv.
func LoadKnownPeople() (*KnownPeople, error) { return loadKnownPeople() }

var loadKnownPeople = shared("people_known.tsv", ParseKnownPeople)

// ParseKnownPeople builds the set from rows of name, country and note; a
// name must be at least two characters and listed once, and a country is
// empty or an ISO 3166-1 alpha-2 code.
func ParseKnownPeople(t *Table) (*KnownPeople, error) {
	c, err := columns(t, "name", "country", "note")
	if err != nil {
		return nil, err
	}
	k := &KnownPeople{names: map[string]bool{}, country: map[string]string{}, Spots: newSpots()}
	for i, row := range t.Rows {
		name, code := row[c[0]], row[c[1]]
		if utf8.RuneCountInString(name) < 2 || k.names[name] {
			return nil, errorf(t, i, "name %q too short or repeated", name)
		}
		if code != "" && (len(code) != 2 || strings.ToUpper(code) != code || code[0] < 'A' || code[1] < 'A') {
			return nil, errorf(t, i, "country %q of %s is no ISO 3166-1 alpha-2 code", code, name)
		}
		k.names[name] = true
		k.tails.Add(twoBytes(name[len(name)-2], name[len(name)-1]))
		if code != "" {
			k.country[name] = code
		}
		r, _ := utf8.DecodeRuneInString(name)
		k.first.Add(r)
		k.add(name)
	}
	return k, nil
}

// PersonContexts holds the words next to which a tagger PERSON mention
// names no person (渝昆高铁, 台风“韦帕”). It is read-only after loading.
type PersonContexts struct {
	before, after, theory, place *Lexicon[struct{}]
	beforeKeys                   []sharedChar // before's forms by a character, for WritesBefore
}

// sharedChar is a character that words share: words[i] holds it at byte
// offset offs[i].
type sharedChar struct {
	char  string
	words []string
	offs  []int
}

// shareChars sorts words under few characters, each in as many of the
// words left as any character is (风 of 台风, 飓风 and 热带风暴), so that a
// search for every word reads the text once for each character.
func shareChars(words []string) []sharedChar {
	var out []sharedChar
	for left := words; len(left) > 0; {
		count := map[string]int{} // words left that hold each character
		best := ""
		for _, w := range left {
			seen := map[string]bool{}
			for _, r := range w {
				if ch := string(r); !seen[ch] {
					seen[ch] = true
					count[ch]++
					if count[ch] > count[best] {
						best = ch
					}
				}
			}
		}
		k := sharedChar{char: best}
		var rest []string
		for _, w := range left {
			if off := strings.Index(w, best); off >= 0 {
				k.words, k.offs = append(k.words, w), append(k.offs, off)
			} else {
				rest = append(rest, w)
			}
		}
		out, left = append(out, k), rest
	}
	return out
}

// LoadPersonContexts loads the embedded person_contexts.tsv.
func LoadPersonContexts() (*PersonContexts, error) { return loadPersonContexts() }

var loadPersonContexts = shared("person_contexts.tsv", ParsePersonContexts)

// ParsePersonContexts reads rows of side (before, after, theory or place),
// word and note.
func ParsePersonContexts(t *Table) (*PersonContexts, error) {
	col, err := columns(t, "side", "word", "note")
	if err != nil {
		return nil, err
	}
	c := &PersonContexts{before: NewLexicon[struct{}](), after: NewLexicon[struct{}](), theory: NewLexicon[struct{}](), place: NewLexicon[struct{}]()}
	for i, row := range t.Rows {
		l := map[string]*Lexicon[struct{}]{"before": c.before, "after": c.after, "theory": c.theory, "place": c.place}[row[col[0]]]
		w := row[col[1]]
		if l == nil || w == "" {
			return nil, errorf(t, i, "side %q word %q: want before, after, theory or place and a word", row[col[0]], w)
		}
		if _, dup := l.Get(w); dup {
			return nil, errorf(t, i, "repeated word %q", w)
		}
		l.Add(w, struct{}{})
	}
	c.beforeKeys = shareChars(c.before.Forms())
	return c, nil
}

// Before reports whether text, the text before a mention, ends with a
// word of side before, maybe followed by an opening quote.
func (c *PersonContexts) Before(text string) bool {
	// The quotes trimmed by hand: TrimRight with a cutset beyond ASCII
	// decoded the text's last character and searched the cutset for it,
	// about three hundred instructions a call.
	for trimmed := true; trimmed; {
		text, trimmed = trimQuote(text)
	}
	_, _, ok := c.before.Suffix(text)
	return ok
}

// trimQuote returns text without the opening quote it ends with, if any.
func trimQuote(text string) (string, bool) {
	for _, q := range [...]string{"“", "「", "\""} {
		if t, ok := strings.CutSuffix(text, q); ok {
			return t, true
		}
	}
	return text, false
}

// WritesBefore reports whether text contains a word of side before
// anywhere: most documents name no storm, and need no closer look. It asks
// every text, so it searches with runes.Index, which stops at far fewer
// bytes than strings.Contains does in Chinese text, and for a character
// several words share at once (shareChars), where a search for each word
// read the whole text four times.
func (c *PersonContexts) WritesBefore(text string) bool {
	for _, k := range c.beforeKeys {
		for from := 0; ; {
			at := runes.Index(text[from:], k.char)
			if at < 0 {
				break
			}
			at += from
			for i, w := range k.words {
				if start := at - k.offs[i]; start >= 0 && strings.HasPrefix(text[start:], w) {
					return true
				}
			}
			from = at + len(k.char)
		}
	}
	return false
}

// After reports whether text, the text after a mention, starts with a word
// of side after.
func (c *PersonContexts) After(text string) bool {
	_, _, ok := c.after.Prefix(text)
	return ok
}

// Place reports whether text, the text before a mention, ends with a word
// of side place: a kind of settlement or site that the name after it is
// one of (城市曼比季, 首府努克).
func (c *PersonContexts) Place(text string) bool {
	_, _, ok := c.place.Suffix(text)
	return ok
}

// Theory reports whether text, the text after a person's name, starts with
// a word that makes the name part of a theory's (毛泽东思想, 邓小平理论).
func (c *PersonContexts) Theory(text string) bool {
	_, _, ok := c.theory.Prefix(text)
	return ok
}

// LoadNameHeads loads name_heads.tsv: one-character nouns that head a
// phrase after a person's name (李盟家, 南丁格尔奖) and end none.
func LoadNameHeads() (*Lexicon[struct{}], error) { return loadNameHeads() }

var loadNameHeads = shared("name_heads.tsv", func(t *Table) (*Lexicon[struct{}], error) { return wordList(t, "word") })

// LoadNameVerbs loads name_verbs.tsv: one-character verbs (任, 赴, 为) a
// two-character name the tagger ran on into may be followed by.
func LoadNameVerbs() (*Lexicon[struct{}], error) { return loadNameVerbs() }

var loadNameVerbs = shared("name_verbs.tsv", func(t *Table) (*Lexicon[struct{}], error) { return wordList(t, "word") })
