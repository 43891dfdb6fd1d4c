package dictionaries

import (
	"strconv"
	"unicode"
)

// Positions of a currency form relative to its number.
const (
	Prefix = "prefix"
	Suffix = "suffix"
	Both   = "both"
)

// CurrencyForm is one way of writing a currency unit.
type CurrencyForm struct {
	Code string // ISO 4217
	Form string
	// Factor is the form's worth in the currency's main unit: 1 for 元, 0.1
	// for 角, 0.01 for 分.
	Factor float64
	// Generic marks 元, 块, 圆 and their subunits: yuan by default, but a
	// currency name after them decides (5元港币 is HKD).
	Generic bool
}

// Currencies is the currency table of currencies.tsv, split by where a form
// may stand. It is read-only after loading and safe for concurrent use.
type Currencies struct {
	Prefixes *Lexicon[CurrencyForm] // forms that may precede the number
	Suffixes *Lexicon[CurrencyForm] // forms that may follow it
	codes    map[string]bool
}

// Codes returns the number of distinct currency codes.
func (c *Currencies) Codes() int { return len(c.codes) }

// LoadCurrencies loads the embedded currencies.tsv.
func LoadCurrencies() (*Currencies, error) { return loadCurrencies() }

var loadCurrencies = shared("currencies.tsv", ParseCurrencies)

// ParseCurrencies builds the table from rows of code, form, position, factor
// and generic. Codes are three capital letters, factors positive and at most
// 1, and a form names one currency.
func ParseCurrencies(t *Table) (*Currencies, error) {
	c, err := columns(t, "code", "form", "position", "factor", "generic")
	if err != nil {
		return nil, err
	}
	cs := &Currencies{Prefixes: NewLexicon[CurrencyForm](), Suffixes: NewLexicon[CurrencyForm](), codes: map[string]bool{}}
	seen := map[string]bool{}
	for i, row := range t.Rows {
		code, form, pos := row[c[0]], row[c[1]], row[c[2]]
		if len(code) != 3 || !isUpperASCII(code) {
			return nil, errorf(t, i, "code %q is not three capital letters", code)
		}
		if form == "" || seen[form] {
			return nil, errorf(t, i, "empty or repeated form %q", form)
		}
		seen[form] = true
		f, err := strconv.ParseFloat(row[c[3]], 64)
		if err != nil || f <= 0 || f > 1 {
			return nil, errorf(t, i, "factor %q is not in (0, 1]", row[c[3]])
		}
		gen := row[c[4]]
		if gen != "yes" && gen != "no" {
			return nil, errorf(t, i, "generic %q is not yes or no", gen)
		}
		cf := CurrencyForm{Code: code, Form: form, Factor: f, Generic: gen == "yes"}
		switch pos {
		case Prefix:
			cs.Prefixes.Add(form, cf)
		case Suffix:
			cs.Suffixes.Add(form, cf)
		case Both:
			cs.Prefixes.Add(form, cf)
			cs.Suffixes.Add(form, cf)
		default:
			return nil, errorf(t, i, "position %q is not prefix, suffix or both", pos)
		}
		if pos != Suffix && f != 1 {
			return nil, errorf(t, i, "prefix form %q must have factor 1", form)
		}
		cs.codes[code] = true
	}
	return cs, nil
}

func isUpperASCII(s string) bool {
	for _, r := range s {
		if r > unicode.MaxASCII || !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// LoadMoneyContext loads money_context.tsv: words that make a sentence about
// money, so that an amount with 万 or 亿 and no currency is read as yuan.
func LoadMoneyContext() (*Lexicon[struct{}], error) { return loadMoneyContext() }

var loadMoneyContext = shared("money_context.tsv", func(t *Table) (*Lexicon[struct{}], error) { return wordList(t, "word") })

// LoadPeopleNouns loads people_nouns.tsv: nouns for people, after which a
// number with 万 or 亿 is a head count rather than an amount of yuan.
func LoadPeopleNouns() (*Lexicon[struct{}], error) { return loadPeopleNouns() }

var loadPeopleNouns = shared("people_nouns.tsv", func(t *Table) (*Lexicon[struct{}], error) { return wordList(t, "word") })

// LoadPersonSuffixes loads person_suffixes.tsv: endings of nouns for
// people, which a count in a counter for people (名, 位) must name.
func LoadPersonSuffixes() (*Lexicon[struct{}], error) { return loadPersonSuffixes() }

var loadPersonSuffixes = shared("person_suffixes.tsv", func(t *Table) (*Lexicon[struct{}], error) { return wordList(t, "suffix") })

// LoadScaleWords loads scale_words.tsv: English words of scale after the
// digits of an amount (US$10 billion), with the number they multiply by.
func LoadScaleWords() (*Lexicon[float64], error) { return loadScaleWords() }

var loadScaleWords = shared("scale_words.tsv", func(t *Table) (*Lexicon[float64], error) {
	c, err := columns(t, "word", "factor")
	if err != nil {
		return nil, err
	}
	l := NewLexicon[float64]()
	for i, row := range t.Rows {
		w := row[c[0]]
		f, err := strconv.ParseFloat(row[c[1]], 64)
		if _, dup := l.Get(w); dup || w == "" || err != nil || f <= 1 {
			return nil, errorf(t, i, "empty or repeated word %q, or factor %q not a number above 1", w, row[c[1]])
		}
		l.Add(w, f)
	}
	return l, nil
})

// LoadSharedCurrencies loads shared_currencies.tsv: currency names that the
// currencies of several countries share (比索), each with the ISO 4217 code
// it has in each country, by ISO 3166-1 alpha-2 code.
func LoadSharedCurrencies() (*Lexicon[map[string]string], error) { return loadSharedCurrencies() }

var loadSharedCurrencies = shared("shared_currencies.tsv", func(t *Table) (*Lexicon[map[string]string], error) {
	c, err := columns(t, "form", "country", "code")
	if err != nil {
		return nil, err
	}
	l := NewLexicon[map[string]string]()
	for i, row := range t.Rows {
		form, country, code := row[c[0]], row[c[1]], row[c[2]]
		if form == "" || len(country) != 2 || !isUpperASCII(country) || len(code) != 3 || !isUpperASCII(code) {
			return nil, errorf(t, i, "empty form %q, or country %q or code %q not two or three capital letters", form, country, code)
		}
		codes, ok := l.Get(form)
		if !ok {
			codes = map[string]string{}
			l.Add(form, codes)
		}
		if _, dup := codes[country]; dup {
			return nil, errorf(t, i, "repeated country %q of %q", country, form)
		}
		codes[country] = code
	}
	return l, nil
})
