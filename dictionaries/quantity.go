package dictionaries

import (
	"slices"
	"strconv"
	"strings"
)

// Qualifier positions in qualifiers.tsv. BeforeBareUnit is before a unit
// alone, a bare numeral (过亿元, 破千亿元): words that before digits say
// nothing (吃过3次). BeforeOne is before the numeral 一 alone, where a word
// is a verb whose object 一 and a counter are (突破一批关键技术). BeforeZero
// is before a zero on a scale with signs, where a word of nearness is near
// it on either side (接近0度).
const (
	Before         = "before"
	After          = "after"
	BeforeBareUnit = "unit"
	BeforeOne      = "one"
	BeforeZero     = "zero"
)

// Qualifiers holds qualifiers.tsv: the words before a number (近, 约, 逾) and
// after an amount (左右, 以上) that set mentions.qualifier.
type Qualifiers struct {
	Before, After *Lexicon[string] // form → approx|min|max, or none before
	Unit          *Lexicon[string] // more words before a bare unit
	One           *Lexicon[string] // words that before 一 alone qualify nothing
	Zero          *Lexicon[string] // words whose qualifier differs before a signed zero
}

// NoQualifier is the qualifier of a word that ends with a qualifier's
// character and qualifies nothing (节约, 最近).
const NoQualifier = "none"

// BeforeNumber returns the qualifier that text, the text before a number,
// ends with: its form and approx, min or max. A word that only ends like
// one is none: 节约50% saves half, it is no 约50%.
func (q *Qualifiers) BeforeNumber(text string) (form, qual string, ok bool) {
	form, qual, ok = q.Before.Suffix(text)
	if qual == NoQualifier {
		return "", "", false
	}
	return form, qual, ok
}

// BeforeOne is BeforeNumber before the numeral 一 alone, where a word of
// position one is a verb and qualifies nothing: 突破一批关键技术 breaks
// through one batch, though 突破一亿 passes a hundred million.
func (q *Qualifiers) BeforeOne(text string) (form, qual string, ok bool) {
	if form, qual, ok = q.BeforeNumber(text); ok {
		if _, verb := q.One.Get(form); verb {
			return "", "", false
		}
	}
	return form, qual, ok
}

// BeforeZero is BeforeNumber before a zero on a scale with signs (a
// temperature), where a word of position zero gives its own qualifier:
// 接近0度 is near zero on either side, though 不足0℃ is below it.
func (q *Qualifiers) BeforeZero(text string) (form, qual string, ok bool) {
	if form, qual, ok = q.BeforeNumber(text); ok {
		if z, near := q.Zero.Get(form); near {
			qual = z
		}
	}
	return form, qual, ok
}

// BeforeUnit returns the qualifier that text, the text before a unit
// alone (亿元 of 过亿元), ends with: one of the words before a number, or
// one that qualifies only a bare unit.
func (q *Qualifiers) BeforeUnit(text string) (form, qual string, ok bool) {
	if form, qual, ok = q.BeforeNumber(text); ok {
		return form, qual, ok
	}
	return q.Unit.Suffix(text)
}

// LoadQualifiers loads the embedded qualifiers.tsv.
func LoadQualifiers() (*Qualifiers, error) { return loadQualifiers() }

var loadQualifiers = shared("qualifiers.tsv", ParseQualifiers)

// ParseQualifiers builds the table from rows of form, qualifier (approx, min
// or max, or none before) and position (before or after).
func ParseQualifiers(t *Table) (*Qualifiers, error) {
	c, err := columns(t, "form", "qualifier", "position")
	if err != nil {
		return nil, err
	}
	q := &Qualifiers{Before: NewLexicon[string](), After: NewLexicon[string](), Unit: NewLexicon[string](), One: NewLexicon[string](), Zero: NewLexicon[string]()}
	for i, row := range t.Rows {
		form, qual, pos := row[c[0]], row[c[1]], row[c[2]]
		if qual != "approx" && qual != "min" && qual != "max" && !(qual == NoQualifier && (pos == Before || pos == BeforeOne)) {
			return nil, errorf(t, i, "qualifier %q is not approx, min or max (or none before or before one)", qual)
		}
		var l *Lexicon[string]
		switch pos {
		case Before:
			l = q.Before
		case After:
			l = q.After
		case BeforeBareUnit:
			l = q.Unit
		case BeforeOne:
			if qual != NoQualifier {
				return nil, errorf(t, i, "a word before one qualifies nothing, not %q", qual)
			}
			l = q.One
		case BeforeZero:
			l = q.Zero
		default:
			return nil, errorf(t, i, "position %q is not before, after, unit, one or zero", pos)
		}
		if _, dup := l.Get(form); dup || form == "" {
			return nil, errorf(t, i, "empty or repeated form %q", form)
		}
		l.Add(form, qual)
	}
	return q, nil
}

// Unit is a unit of measure from units.tsv.
type Unit struct {
	Form, Unit string
	// Factor converts a number written with Form to a value in Unit.
	Factor    float64
	Dimension string
}

// LoadUnits loads the embedded units.tsv.
func LoadUnits() (*Lexicon[Unit], error) { return loadUnits() }

var loadUnits = shared("units.tsv", ParseUnits)

// ParseUnits builds the unit lexicon from rows of form, unit, factor and
// dimension; a form is listed once and its factor is positive.
func ParseUnits(t *Table) (*Lexicon[Unit], error) {
	c, err := columns(t, "form", "unit", "factor", "dimension")
	if err != nil {
		return nil, err
	}
	l := NewLexicon[Unit]()
	for i, row := range t.Rows {
		u := Unit{Form: row[c[0]], Unit: row[c[1]], Dimension: row[c[3]]}
		if _, dup := l.Get(u.Form); dup || u.Form == "" || u.Unit == "" || u.Dimension == "" {
			return nil, errorf(t, i, "empty field or repeated form %q", u.Form)
		}
		if u.Factor, err = strconv.ParseFloat(row[c[2]], 64); err != nil || u.Factor <= 0 {
			return nil, errorf(t, i, "factor %q is not a positive number", row[c[2]])
		}
		l.Add(u.Form, u)
	}
	return l, nil
}

// LoadCounters loads counters.tsv: measure words (家, 项, 人次) that make a
// number a count of things.
func LoadCounters() (*Lexicon[struct{}], error) { return loadCounters() }

var loadCounters = shared("counters.tsv", func(t *Table) (*Lexicon[struct{}], error) { return wordList(t, "counter") })

// CountedNouns holds counted_nouns.tsv: nouns that name a count in some
// counter (报考人数 → 人) and the link words that may follow them before a
// bare number.
type CountedNouns struct {
	Nouns *Lexicon[string] // noun → counter
	Links *Lexicon[struct{}]
}

// LoadCountedNouns loads counted_nouns.tsv.
func LoadCountedNouns() (*CountedNouns, error) { return loadCountedNouns() }

var loadCountedNouns = shared("counted_nouns.tsv", func(t *Table) (*CountedNouns, error) {
	c, err := columns(t, "word", "kind", "counter")
	if err != nil {
		return nil, err
	}
	cn := &CountedNouns{Nouns: NewLexicon[string](), Links: NewLexicon[struct{}]()}
	for i, row := range t.Rows {
		word, kind, counter := row[c[0]], row[c[1]], row[c[2]]
		switch {
		case word == "":
			return nil, errorf(t, i, "empty word")
		case kind == "noun" && counter != "" && counter != "-":
			cn.Nouns.Add(word, counter)
		case kind == "link":
			cn.Links.Add(word, struct{}{})
		default:
			return nil, errorf(t, i, "kind %q with counter %q: want noun with a counter, or link", kind, counter)
		}
	}
	return cn, nil
})

// LoadTimeSuffixes loads time_suffixes.tsv: words that make the number before
// them a date or duration (年, 个月, 天), which the dates stage owns. The value
// is the kind, date or duration.
func LoadTimeSuffixes() (*Lexicon[string], error) { return loadTimeSuffixes() }

var loadTimeSuffixes = shared("time_suffixes.tsv", parseTimeSuffixes)

func parseTimeSuffixes(t *Table) (*Lexicon[string], error) {
	c, err := columns(t, "form", "kind")
	if err != nil {
		return nil, err
	}
	l := NewLexicon[string]()
	for i, row := range t.Rows {
		form, kind := row[c[0]], row[c[1]]
		if _, dup := l.Get(form); dup || form == "" || kind != "date" && kind != "duration" {
			return nil, errorf(t, i, "empty or repeated form %q, or kind %q not date or duration", form, kind)
		}
		l.Add(form, kind)
	}
	return l, nil
}

// OrdinalAfter holds ordinal_after.tsv: the words after which a number and
// a counter name one in a series (十八届五中全会), by counter, each with the
// words one of which must stand right before the number (全国人大一次会议),
// or none when any may.
type OrdinalAfter struct {
	words map[string]*Lexicon[[]string]
}

// Ordinal reports whether the text around a number and counter makes them
// an ordinal: after begins with a word listed for that counter, and before
// ends with one of the words that row asks for, if it asks for any.
func (o *OrdinalAfter) Ordinal(counter, before, after string) bool {
	l := o.words[counter]
	if l == nil {
		return false
	}
	_, need, ok := l.Prefix(after)
	if !ok || len(need) == 0 {
		return ok
	}
	for _, w := range need {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// LoadOrdinalAfter loads the embedded ordinal_after.tsv.
func LoadOrdinalAfter() (*OrdinalAfter, error) { return loadOrdinalAfter() }

var loadOrdinalAfter = shared("ordinal_after.tsv", ParseOrdinalAfter)

// ParseOrdinalAfter reads rows of counter, word and the words, separated by
// |, one of which must come before the number (empty: any), each counter
// and word listed once.
func ParseOrdinalAfter(t *Table) (*OrdinalAfter, error) {
	c, err := columns(t, "counter", "word", "before")
	if err != nil {
		return nil, err
	}
	o := &OrdinalAfter{words: map[string]*Lexicon[[]string]{}}
	for i, row := range t.Rows {
		counter, word := row[c[0]], row[c[1]]
		l := o.words[counter]
		if l == nil {
			l = NewLexicon[[]string]()
			o.words[counter] = l
		}
		if _, dup := l.Get(word); dup || counter == "" || word == "" {
			return nil, errorf(t, i, "empty or repeated counter %q word %q", counter, word)
		}
		var need []string
		if row[c[2]] != "" {
			need = strings.Split(row[c[2]], "|")
			if slices.Contains(need, "") {
				return nil, errorf(t, i, "empty word in before %q", row[c[2]])
			}
		}
		l.Add(word, need)
	}
	return o, nil
}

// LoadNumeralStopwords loads numeral_stopwords.tsv: words with a numeral in
// them that count nothing (一些, 统一, 一带一路).
func LoadNumeralStopwords() (*Lexicon[struct{}], error) { return loadNumeralStopwords() }

var loadNumeralStopwords = shared("numeral_stopwords.tsv", func(t *Table) (*Lexicon[struct{}], error) { return wordList(t, "word") })

// LoadNumeralOpeners loads numeral_openers.tsv: words gse glues to the
// numeral of a count after them (这三家) that leave the count whole.
func LoadNumeralOpeners() (*Lexicon[struct{}], error) { return loadNumeralOpeners() }

var loadNumeralOpeners = shared("numeral_openers.tsv", func(t *Table) (*Lexicon[struct{}], error) { return wordList(t, "word") })

// MeasureSign is a row of measure_signs.tsv: a word before the number of a
// measure in Dimension that gives it a sign (零下 of 零下15摄氏度), and the
// word Bare that after the sign and the number stands for Unit (度 of
// 零下20度 is °C).
type MeasureSign struct {
	Dimension string
	Negative  bool
	Bare      string
	Unit      string
}

// LoadMeasureSigns loads measure_signs.tsv: words before the number of a
// measure that give it a sign (零下15摄氏度 is −15 °C, 零上40度 is 40 °C).
func LoadMeasureSigns() (*Lexicon[MeasureSign], error) { return loadMeasureSigns() }

var loadMeasureSigns = shared("measure_signs.tsv", func(t *Table) (*Lexicon[MeasureSign], error) {
	c, err := columns(t, "word", "dimension", "sign", "bare", "unit")
	if err != nil {
		return nil, err
	}
	l := NewLexicon[MeasureSign]()
	for i, row := range t.Rows {
		word, sign := row[c[0]], row[c[2]]
		s := MeasureSign{Dimension: row[c[1]], Negative: sign == "-", Bare: row[c[3]], Unit: row[c[4]]}
		if _, dup := l.Get(word); dup || word == "" || s.Dimension == "" || (s.Bare == "") != (s.Unit == "") {
			return nil, errorf(t, i, "empty field or repeated word %q", word)
		}
		if sign != "-" && sign != "+" {
			return nil, errorf(t, i, "sign %q is not - or +", sign)
		}
		l.Add(word, s)
	}
	return l, nil
})

// MeasureNoun is a row of measure_nouns.tsv: a noun that names a measure
// in Dimension (气温), after which Bare alone stands for Unit (度 of
// 最低气温降至9度 is °C).
type MeasureNoun struct {
	Dimension, Bare, Unit string
}

// LoadMeasureNouns loads measure_nouns.tsv.
func LoadMeasureNouns() (*Lexicon[MeasureNoun], error) { return loadMeasureNouns() }

var loadMeasureNouns = shared("measure_nouns.tsv", func(t *Table) (*Lexicon[MeasureNoun], error) {
	c, err := columns(t, "word", "dimension", "bare", "unit")
	if err != nil {
		return nil, err
	}
	l := NewLexicon[MeasureNoun]()
	for i, row := range t.Rows {
		word, n := row[c[0]], MeasureNoun{Dimension: row[c[1]], Bare: row[c[2]], Unit: row[c[3]]}
		if _, dup := l.Get(word); dup || word == "" || n.Dimension == "" || n.Bare == "" || n.Unit == "" {
			return nil, errorf(t, i, "empty field or repeated word %q", word)
		}
		l.Add(word, n)
	}
	return l, nil
})

// Kinds of measure_changes.tsv: a word that makes the number after it,
// past a short link, the size of a change (骤降), one that does so before
// or after it (降温: 4—8℃降温), one that does so only
// right before it (低), one that nearer the number makes it a level (降至),
// and one that ends like a level and is none (达到).
const (
	ChangeWord  = "change"
	ChangeNoun  = "noun"
	ChangeNear  = "near"
	ChangeLevel = "level"
	ChangeLink  = "link"
)

// MeasureChange is a row of measure_changes.tsv: a word before the number of
// a measure in Dimension and its kind.
type MeasureChange struct {
	Kind, Dimension string
}

// LoadMeasureChanges loads measure_changes.tsv: the words before the number
// of a measure that make it a change or a difference, not a level (气温骤降
// 15度, 比常年低5℃), and those that keep it a level (降至, 最低).
func LoadMeasureChanges() (*Lexicon[MeasureChange], error) { return loadMeasureChanges() }

var loadMeasureChanges = shared("measure_changes.tsv", func(t *Table) (*Lexicon[MeasureChange], error) {
	c, err := columns(t, "word", "kind", "dimension")
	if err != nil {
		return nil, err
	}
	l := NewLexicon[MeasureChange]()
	for i, row := range t.Rows {
		word, ch := row[c[0]], MeasureChange{Kind: row[c[1]], Dimension: row[c[2]]}
		if _, dup := l.Get(word); dup || word == "" || ch.Dimension == "" {
			return nil, errorf(t, i, "empty field or repeated word %q", word)
		}
		switch ch.Kind {
		case ChangeWord, ChangeNoun, ChangeNear, ChangeLevel, ChangeLink:
		default:
			return nil, errorf(t, i, "kind %q is not change, noun, near, level or link", ch.Kind)
		}
		l.Add(word, ch)
	}
	return l, nil
})

// LoadSequenceMarks loads sequence_marks.tsv: localizers that before 一 and a
// counter make it the one before or after in a series (上一次, 下一个).
func LoadSequenceMarks() (*Lexicon[struct{}], error) { return loadSequenceMarks() }

var loadSequenceMarks = shared("sequence_marks.tsv", func(t *Table) (*Lexicon[struct{}], error) { return wordList(t, "word") })

// CounterNouns holds counter_nouns.tsv: the nouns a counter that counts one
// kind of thing can count (台 → 机, 设备), the verbal nouns that head a
// noun phrase in any counter (遗产, 影像), the endings of nouns that name an
// amount rather than a thing (销量, 总数), of nouns that describe the noun
// after them (历史性), the verbs and idioms gse tags as nouns (产生, 原汁原味),
// the one-character endings gse splits off a noun (重灾|县) and the counters
// that also name grades (一类口岸).
type CounterNouns struct {
	counters                                                      map[string]*Lexicon[struct{}]
	heads, amounts, describe, occurrences, verbs, endings, grades *Lexicon[struct{}]
}

// Verb reports whether noun, gse's noun, is a verb or an idiom, which no
// count counts (2部电影产生 counts 电影, not 产生).
func (c *CounterNouns) Verb(noun string) bool {
	_, ok := c.verbs.Get(noun)
	return ok
}

// Ending reports whether word is a one-character ending of a noun that gse
// splits off it (重灾|县, 赛|项).
func (c *CounterNouns) Ending(word string) bool {
	_, ok := c.endings.Get(word)
	return ok
}

// Occurrence reports whether counter counts occurrences (次, 回): what
// happened, which no noun before the count names (总书记三次考察光谷 counts
// no 总书记).
func (c *CounterNouns) Occurrence(counter string) bool {
	_, ok := c.occurrences.Get(counter)
	return ok
}

// Grade reports whether counter also names grades (一类口岸, 三类水).
func (c *CounterNouns) Grade(counter string) bool {
	_, ok := c.grades.Get(counter)
	return ok
}

// Amount reports whether noun names an amount, a measure or a roll call,
// which the count after it is of, not a thing it counts (销量10620辆, 缺席26人).
func (c *CounterNouns) Amount(noun string) bool {
	_, _, ok := c.amounts.Suffix(noun)
	return ok
}

// Describes reports whether noun, gse's noun, describes the noun after it
// as an adjective would (两场历史性演讲, 一个标志性比较明显的地方).
func (c *CounterNouns) Describes(noun string) bool {
	_, _, ok := c.describe.Suffix(noun)
	return ok
}

// Listed reports whether counter has a list: then only the nouns it holds
// can be what a count in it counts.
func (c *CounterNouns) Listed(counter string) bool { return c.counters[counter] != nil }

// Counts reports whether a count in a listed counter can count noun: noun
// ends in one of the counter's nouns (盾构机 in 台, 林火 in 起).
func (c *CounterNouns) Counts(counter, noun string) bool {
	l := c.counters[counter]
	if l == nil {
		return false
	}
	_, _, ok := l.Suffix(noun)
	return ok
}

// Head reports whether noun is a verbal noun that heads a noun phrase (农业
// 文化遗产).
func (c *CounterNouns) Head(noun string) bool {
	_, ok := c.heads.Get(noun)
	return ok
}

// LoadCounterNouns loads counter_nouns.tsv.
func LoadCounterNouns() (*CounterNouns, error) { return loadCounterNouns() }

var loadCounterNouns = shared("counter_nouns.tsv", ParseCounterNouns)

// ParseCounterNouns reads rows of kind, counter and word (see the file's
// header): counts rows give a counter's nouns, head, amount, describe, verb
// and ending rows words of those kinds, occurrence and grade rows counters of those kinds; each
// word listed once per counter or kind.
func ParseCounterNouns(t *Table) (*CounterNouns, error) {
	c, err := columns(t, "kind", "counter", "word")
	if err != nil {
		return nil, err
	}
	cn := &CounterNouns{counters: map[string]*Lexicon[struct{}]{},
		heads: NewLexicon[struct{}](), amounts: NewLexicon[struct{}](), describe: NewLexicon[struct{}](),
		occurrences: NewLexicon[struct{}](), verbs: NewLexicon[struct{}](), endings: NewLexicon[struct{}](),
		grades: NewLexicon[struct{}]()}
	byKind := map[string]*Lexicon[struct{}]{"head": cn.heads, "amount": cn.amounts, "describe": cn.describe,
		"occurrence": cn.occurrences, "verb": cn.verbs, "ending": cn.endings, "grade": cn.grades}
	for i, row := range t.Rows {
		kind, counter, word := row[c[0]], row[c[1]], row[c[2]]
		l := byKind[kind]
		switch {
		case kind == "counts" && counter != "" && counter != "-":
			if l = cn.counters[counter]; l == nil {
				l = NewLexicon[struct{}]()
				cn.counters[counter] = l
			}
		case l == nil || counter != "-":
			return nil, errorf(t, i, "kind %q counter %q: want counts and a counter, or head, amount, describe, occurrence, verb, ending or grade and -", kind, counter)
		}
		if _, dup := l.Get(word); dup || word == "" {
			return nil, errorf(t, i, "empty or repeated %s word %q", kind, word)
		}
		l.Add(word, struct{}{})
	}
	return cn, nil
}
