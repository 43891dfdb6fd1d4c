// Package quantity finds quantities and percentages. A QUANTITY is a numeral
// with a unit of measure (7000公里 → 7000 km, 3.5万吨 → 35000 t) or a counter
// (825家 → 825, unit 家); a PERCENT is a share in percent (30%, 百分之三十 and
// 三成 → 30, 千分之三 → 0.3, unit "%") or in percentage points (5个百分点 →
// 5, unit "pp").
//
// mentions.normalized is number.Canonical of the value with the unit:
// "7000 km", ">500 mu", "~30 %", "10..15 %", "825 家"; a change of a
// temperature, not a level, is in Δ°C (气温骤降15度 → "15 Δ°C"). A qualifier after a
// range is the range's (number.QualifyRange): 115%到125%左右 is approx 115
// with value_min 115 and value_max 125, 2--3倍以上 min 2, 3公里到5公里以下
// max 5. For a counter, the noun
// it counts follows when the segmenter puts one next to the mention: the
// common-noun token (POS n, nz, ng; not a name) right after it (825家企业 →
// "825 家 企业") or, when none follows, right before it (引进企业825家 →
// "825 家 企业"). The noun stays out of the mention's text and unit, which
// remain 825家 and 家.
//
// A numeral followed by a time word (2023年, 3个月, 7天; time_suffixes.tsv)
// is left to the dates stage, and spans already taken by MONEY, DATE or
// DURATION mentions are skipped, so the stage runs after money and dates.
// A counter whose numeral lies inside another gse word counts nothing
// (新一轮, 逐一|对账, 更上一层楼, 排名前三位), unless the word only opens with
// a word of numeral_openers.tsv (这三家企业).
package quantity

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/dictionaries"
	"github.com/zhfacts/zhfacts/extractors/internal/nounphrase"
	"github.com/zhfacts/zhfacts/extractors/number"
	"github.com/zhfacts/zhfacts/internal/runes"
	"github.com/zhfacts/zhfacts/pipeline"
)

// Item is a quantity or percentage found in text. Start and End are byte
// offsets.
type Item struct {
	Start, End      int
	Text            string
	Type            string // pipeline.Quantity or pipeline.Percent
	Value, Min, Max float64
	Unit            string
	Qualifier       string
	Rule            string
	Confidence      float64
	dimension       string // of a unit of measure: temperature
	after           string // the qualifier of the word written after it: 左右 of 125%左右
}

// Matcher finds quantities and percentages. It is read-only after
// NewMatcher and safe for concurrent use.
type Matcher struct {
	units      *dictionaries.Lexicon[dictionaries.Unit]
	counters   *dictionaries.Lexicon[struct{}]
	time       *dictionaries.Lexicon[string]
	qualifiers *dictionaries.Qualifiers
	stopwords  *dictionaries.Lexicon[struct{}]
	openers    *dictionaries.Lexicon[struct{}]                   // 这 of gse's 这三家
	sequence   *dictionaries.Lexicon[struct{}]                   // 上 of 上一次
	signs      *dictionaries.Lexicon[dictionaries.MeasureSign]   // 零下 of a temperature
	signed     map[string]bool                                   // the dimensions signs apply to: temperature
	measures   *dictionaries.Lexicon[dictionaries.MeasureNoun]   // 气温 of 气温降至9度
	bareFirst  runes.Set                                         // the first characters of the bare units of signs and measures
	changes    *dictionaries.Lexicon[dictionaries.MeasureChange] // 骤降 of 气温骤降15度
	ordinals   *dictionaries.OrdinalAfter
	counted    *dictionaries.CountedNouns
	kinds      *dictionaries.CounterNouns      // what 台, 艘, 起 can count
	people     *dictionaries.Lexicon[struct{}] // nouns for people
	personEnds *dictionaries.Lexicon[struct{}] // their endings
	predicates *dictionaries.Lexicon[struct{}] // 正在 of 3名伤员正在医院
}

// NewMatcher loads the dictionaries a Matcher reads.
func NewMatcher() (*Matcher, error) {
	m := &Matcher{}
	var err error
	if m.units, err = dictionaries.LoadUnits(); err != nil {
		return nil, err
	}
	if m.counters, err = dictionaries.LoadCounters(); err != nil {
		return nil, err
	}
	if m.time, err = dictionaries.LoadTimeSuffixes(); err != nil {
		return nil, err
	}
	if m.qualifiers, err = dictionaries.LoadQualifiers(); err != nil {
		return nil, err
	}
	if m.stopwords, err = dictionaries.LoadNumeralStopwords(); err != nil {
		return nil, err
	}
	if m.openers, err = dictionaries.LoadNumeralOpeners(); err != nil {
		return nil, err
	}
	if m.sequence, err = dictionaries.LoadSequenceMarks(); err != nil {
		return nil, err
	}
	if m.signs, err = dictionaries.LoadMeasureSigns(); err != nil {
		return nil, err
	}
	m.signed = map[string]bool{}
	for _, w := range m.signs.Forms() {
		s, _ := m.signs.Get(w)
		m.signed[s.Dimension] = true
		m.addBare(s.Bare)
	}
	if m.measures, err = dictionaries.LoadMeasureNouns(); err != nil {
		return nil, err
	}
	for _, w := range m.measures.Forms() {
		n, _ := m.measures.Get(w)
		m.addBare(n.Bare)
	}
	if m.changes, err = dictionaries.LoadMeasureChanges(); err != nil {
		return nil, err
	}
	if m.ordinals, err = dictionaries.LoadOrdinalAfter(); err != nil {
		return nil, err
	}
	if m.counted, err = dictionaries.LoadCountedNouns(); err != nil {
		return nil, err
	}
	if m.kinds, err = dictionaries.LoadCounterNouns(); err != nil {
		return nil, err
	}
	if m.people, err = dictionaries.LoadPeopleNouns(); err != nil {
		return nil, err
	}
	if m.personEnds, err = dictionaries.LoadPersonSuffixes(); err != nil {
		return nil, err
	}
	dates, err := dictionaries.LoadDateWords()
	if err != nil {
		return nil, err
	}
	m.predicates = dictionaries.NewLexicon[struct{}]()
	for _, w := range dates.Words {
		if w.Kind == dictionaries.DatePredicate {
			m.predicates.Add(w.Word, struct{}{})
		}
	}
	return m, nil
}

// Stage implements pipeline.Stage.
type Stage struct{ m *Matcher }

// New returns the quantity stage.
func New() (Stage, error) {
	m, err := NewMatcher()
	if err != nil {
		return Stage{}, err
	}
	return Stage{m: m}, nil
}

// Name returns "quantity".
func (Stage) Name() string { return "quantity" }

// Process adds a QUANTITY or PERCENT mention for every quantity in d.Text
// that does not overlap a MONEY, DATE or DURATION mention.
func (s Stage) Process(d *pipeline.Doc) error {
	items := s.m.Find(d.Text)
	if len(items) == 0 {
		return nil
	}
	taken := d.SpansOf(pipeline.Money, pipeline.Date, pipeline.Duration, pipeline.Quantity, pipeline.Percent)
	for _, it := range items {
		start, end := d.RuneOffset(it.Start), d.RuneOffset(it.End)
		if taken.Overlaps(start, end) || it.Rule == ruleCounter.name && (s.m.noCount(d, it.Text, start, end) || s.m.grade(d, it, start, end)) {
			continue
		}
		m := it.mention(start, end)
		if it.Rule == ruleCounter.name {
			if noun := s.m.countedNoun(d, start, end, it.Unit); noun != "" {
				m.Normalized += " " + noun
			}
		}
		d.AddMention(m)
		taken = append(taken, [2]int{start, end})
	}
	return nil
}

// Within returns the longest quantity or percentage Process would read in
// d.Text[start:end] taken on its own, with offsets into d.Text and the noun it
// counts: the overlap stage rereads what is left of a mention that gave
// characters to a name.
func (s Stage) Within(d *pipeline.Doc, start, end int) (pipeline.Mention, bool) {
	var best pipeline.Mention
	off := d.ByteOffset(start)
	for _, it := range s.m.Find(d.Slice(start, end)) {
		if it.End-it.Start <= len(best.Text) {
			continue
		}
		from, to := d.RuneOffset(off+it.Start), d.RuneOffset(off+it.End)
		if it.Rule == ruleCounter.name && (s.m.noCount(d, it.Text, from, to) || s.m.grade(d, it, from, to)) {
			continue
		}
		best = it.mention(from, to)
		if it.Rule == ruleCounter.name {
			if noun := s.m.countedNoun(d, from, to, it.Unit); noun != "" {
				best.Normalized += " " + noun
			}
		}
	}
	return best, best.Text != ""
}

// counts reports whether a count in counter unit may count noun: a counter
// for people (名, 位, 人, 人次) counts only nouns for people (7名同学参军入伍
// counts 同学, and gse's noun 参军入伍 is no head of it; 移送司法机关1885人
// counts no 司法机关, 机上257人全部遇难 no 全部).
func (m *Matcher) counts(unit, noun string) bool {
	return !peopleCounter(unit) || m.person(noun)
}

// noCount reports whether text, a number and counter at [start, end) of d,
// is part of other words: an idiom (inIdiom), or a gse word that its numeral
// starts inside (逐一|对账 counts no 对, 新一轮 no 轮, 亲如一家 no 家, 铁人三项
// no 项, 排名前三位 is a rank) after anything but a word of
// numeral_openers.tsv (这三家/l 企业 counts 企业), or a person's name gse
// misread (杨一/nr 人). A qualifier before the
// numeral (约, 数, 近) may be glued to the word before (企业界约|50名), and a
// counter at the end to the noun counted (97架飞机).
func (m *Matcher) noCount(d *pipeline.Doc, text string, start, end int) bool {
	toks := d.Tokens
	if inIdiom(toks, start, end) || m.inSeries(toks, text, start) {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(text); !strings.ContainsRune("0123456789一二两三四五六七八九十百千万", r) {
		return false
	}
	k := sort.Search(len(toks), func(j int) bool { return toks[j].End > start })
	if k == len(toks) || toks[k].Start >= start || strings.HasPrefix(toks[k].Pos, "nr") {
		return false // gse may glue a numeral to a name: 孙/杨一/人
	}
	_, opener := m.openers.Get(d.Slice(toks[k].Start, start))
	return !opener
}

// grade reports whether count it at [start, end) of d, in a counter of
// grades (类 of counter_nouns.tsv), names a class rather than counts them:
// 一 or 二 written so — a count of two is 两 — before a noun or a list of
// grades (国家一类口岸, 二类水质标准, 一二类苗, 一类、二类资源区), or any
// numeral after a grade or an ordinal in a list (二类、三类和四类会议, 第一至
// 四类罪犯). 两类产品 and 三类餐厅 count.
func (m *Matcher) grade(d *pipeline.Doc, it Item, start, end int) bool {
	if !m.kinds.Grade(it.Unit) {
		return false
	}
	toks := d.Tokens
	if num := strings.TrimSuffix(it.Text, it.Unit); gradeNumeral(num) {
		k := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= end })
		switch {
		case k == len(toks) || toks[k].Start != end:
		case listNext(d.Slice(end, end+2)):
			return true
		case nounphrase.Nominal(toks[k].Pos) || toks[k].Pos == "s":
			return num != "一" && num != "1" || gradedBefore(toks, start)
		}
	}
	before := []rune(d.Slice(max(0, start-maxGradeList), start))
	for len(before) > 0 && strings.ContainsRune(gradeLinks, before[len(before)-1]) {
		before = before[:len(before)-1]
		unit := []rune(it.Unit)
		counted := len(before) >= len(unit) && string(before[len(before)-len(unit):]) == it.Unit
		if counted {
			before = before[:len(before)-len(unit)]
		}
		i := len(before)
		for i > 0 && strings.ContainsRune(chineseDigits, before[i-1]) {
			i--
		}
		switch {
		case i == len(before):
			return false
		case i > 0 && before[i-1] == '第': // 第一至四类: the fourth
			return true
		case !counted:
			return false
		case gradeNumeral(string(before[i:])):
			return true
		}
		before = before[:i]
	}
	return false
}

// gradedBefore reports whether the word that ends at start is a noun, a
// distinguishing word or a count, which 一类 after it grades (国家一类口岸,
// 省级一类贫困村, 87个一类新药); after a verb, 等 or at a clause's start 一类
// is one kind (解决一类问题, 梨等一类水果).
func gradedBefore(toks []pipeline.Token, start int) bool {
	k := sort.Search(len(toks), func(i int) bool { return toks[i].End >= start })
	if k == len(toks) || toks[k].End != start {
		return false
	}
	switch pos := toks[k].Pos; pos {
	case "m", "q", "s":
		return true
	default:
		return nounphrase.Nominal(pos)
	}
}

// maxGradeList bounds, in code points, how far back a list of grades is read.
const maxGradeList = 16

// gradeLinks join the grades of a list (二类、三类和四类, 第一至四类), and
// chineseDigits are the numerals a grade is written with.
const (
	gradeLinks    = "、和及与或至到"
	chineseDigits = "一二三四五六七八九十"
)

// gradeNumeral reports whether num, the numeral of a count, is one a grade
// is written with and a count is not: 一, 二 (a count of two is 两) or 一二,
// the first and second.
func gradeNumeral(num string) bool {
	switch num {
	case "一", "二", "一二", "1":
		return true
	}
	return false
}

// listNext reports whether s opens with a link of a list and a numeral:
// 一类、二类 lists grades.
func listNext(s string) bool {
	r := []rune(s)
	return len(r) == 2 && strings.ContainsRune(gradeLinks, r[0]) && strings.ContainsRune(chineseDigits, r[1])
}

// inSeries reports whether the count text at start is 一 after a localizer
// of sequence_marks.tsv that is a word of its own and opens a phrase: at the
// start of a clause, or after a preposition, 的 or 了 (上一次国事访问, 比上一
// 个交易日, 宣布了下一轮): the one before or after in a series. After a noun
// it is that noun's localizer (历史上一个时代), after a verb mostly its
// complement (种下一棵树, 迈上一个新台阶), and the count stays.
func (m *Matcher) inSeries(toks []pipeline.Token, text string, start int) bool {
	if !strings.HasPrefix(text, "一") {
		return false
	}
	k := sort.Search(len(toks), func(i int) bool { return toks[i].End >= start })
	if k == len(toks) || toks[k].End != start || toks[k].Pos != "f" {
		return false
	}
	if _, ok := m.sequence.Get(toks[k].Text); !ok {
		return false
	}
	if k == 0 {
		return true
	}
	switch prev := toks[k-1]; prev.Pos {
	case "p", "uj", "ul", "c":
		return true
	case "x":
		return clauseEnd(prev.Text) || strings.TrimSpace(prev.Text) == ""
	}
	return false
}

// inIdiom reports whether an idiom token (gse's i or l) starts with the
// count at [start, end) and reaches beyond it: 一条龙服务 counts no 条.
func inIdiom(toks []pipeline.Token, start, end int) bool {
	k := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= start })
	return k < len(toks) && toks[k].Start == start && toks[k].End > end && (toks[k].Pos == "i" || toks[k].Pos == "l")
}

// countedNoun returns the common noun a counter mention at [start, end) in
// counter unit counts: the head of the noun phrase that starts at end
// (4家成都科技企业 → 企业), else the common noun that ends at start
// (引进企业825家 → 企业), when unit may count it (counts). It says nothing
// rather than name the wrong noun:
//   - a word for the whole (全部, 全市, 全国) is counted by nothing: it is
//     said of the noun before it (21个省份全部开工 → 省份), or the count
//     counts something unnamed (全市20余处待建地块);
//   - a phrase that an adjective or a verb and 的 follow modifies a later noun
//     (1200余次特色鲜明的读书班, 新一批价值8亿美元的武器), as one that opens a
//     series of modifiers does (一支政治过硬、…的队伍; modifies);
//   - a list of nouns that ends in 等 and a noun is counted by that noun
//     (1000多个机电、陶瓷、化工等产品集装箱 → 集装箱);
//   - a noun for people heading a phrase counted by a counter for
//     institutions (家, 所) is the people of the institution before it,
//     which is what the counter counts (8家企业负责人 → 企业);
//   - a counter that counts one kind of thing (counter_nouns.tsv: 台, 艘, 起, 家)
//     counts the last noun of the phrase that it can count (8台机组订单 →
//     机组, 两架波音客机 → 客机), else the nearest such noun of the phrase
//     before it (枪击案数量超过20起 → 枪击案), else none;
//   - a noun before the count that names an amount is none it counts
//     (销量10620辆, 缺席26人), nor is any before a count of occurrences
//     (总书记三次考察光谷).
//
// The phrase goes on past a time word, an adjective or a conjunction that
// breaks it before its head (25个优质高效水稻品种 → 品种; pastBreak), and a
// set phrase gse tags l after the noun heads a count of people when it names
// people (一名越南海军高级官员 → 高级官员). An ending of counter_nouns.tsv that
// stands alone after the count and ends the phrase is the noun (联系一个村、 →
// 村), not the noun before the count.
// A verbal noun of counter_nouns.tsv that ends the phrase after its noun heads
// it (四项农业文化遗产 → 遗产), as the noun after a noun that describes it
// does (两场历史性演讲 → 演讲); a noun of one character joins the noun before
// it (两台盾构机 → 盾构机), and a time word gse tags as a noun leaves the head
// to the noun before it (赠送一双布鞋时 → 布鞋).
func (m *Matcher) countedNoun(d *pipeline.Doc, start, end int, unit string) string {
	toks := d.Tokens
	k := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= end })
	last, open := nounphrase.Head(toks, end)
	listed := m.kinds.Listed(unit)
	// before is the common noun of the phrase right before its head, if any.
	before := func() int {
		if p := last - 1; p >= k && nounphrase.CommonNoun(toks[p].Pos) && !whole(toks[p].Text) {
			return p
		}
		return -1
	}
	switch {
	case open:
		return ""
	case last >= 0:
		last = m.pastBreak(toks, end, last, unit)
		if i := last + 1; peopleCounter(unit) && i < len(toks) && toks[i].Start == toks[last].End && toks[i].Pos == "l" && m.person(toks[i].Text) {
			last = i // 一名越南海军|高级官员/l: gse's set phrase for people heads it
		}
		if m.kinds.Verb(toks[last].Text) { // 2部电影产生: gse's noun 产生 is a verb, and the noun before it is counted
			if last = before(); last < 0 {
				return ""
			}
		}
		if modifies(toks, last+1) || toks[k].Pos == "a" && last+1 < len(toks) && toks[last+1].Text == "的" {
			return "" // 一场高水准的演出: an adjective and a noun before 的 describe the noun after it
		}
		if j := afterList(toks, last+1); j >= 0 {
			if last, open = nounphrase.Head(toks, toks[j].Start); last < 0 || open {
				return ""
			}
			k = j
		}
		if whole(toks[last].Text) { // 21个省份全部开工: 全部, before a verb, is said of the 省份
			p := before()
			if p < 0 || last+1 >= len(toks) || !strings.HasPrefix(toks[last+1].Pos, "v") {
				return ""
			}
			last = p
		}
		if _, ok := m.time.Get(toks[last].Text); ok { // 赠送一双布鞋时: when, not a noun of the phrase
			if last = before(); last < 0 {
				return ""
			}
		}
		if listed {
			for i := phraseEnd(toks, last) - 1; i >= k; i-- {
				// gse's noun 落户 is a verb, though it ends like 户 of 家.
				if nounphrase.Nominal(toks[i].Pos) && toks[i].Pos != "ns" && !whole(toks[i].Text) && !m.kinds.Verb(toks[i].Text) && m.kinds.Counts(unit, toks[i].Text) {
					return m.compound(toks, k, i)
				}
			}
			return ""
		}
		if m.kinds.Describes(toks[last].Text) && !m.person(toks[last].Text) { // 两场历史性演讲: 历史性 describes 演讲; 女性 is counted
			next := -1
			for i := last + 1; i < phraseEnd(toks, last); i++ {
				if toks[i].Pos == "vn" || nounphrase.CommonNoun(toks[i].Pos) {
					next = i
				}
			}
			if next < 0 && last+1 < len(toks) && toks[last+1].Start == toks[last].End && !clauseEnd(toks[last+1].Text) {
				return "" // 一个标志性比较明显的地方, 一次系统性、整体性重构
			}
			if next >= 0 {
				last = next
			}
		}
		for i := last + 1; i < phraseEnd(toks, last); i++ {
			if m.kinds.Head(toks[i].Text) {
				last = i
			}
		}
		if noun, ok := m.headAfter(d, last); ok && m.counts(unit, noun) { // 13位部长|走到|采访|区 counts 部长
			return noun
		}
		if (unit == "家" || unit == "所") && m.staff(toks[last].Text) {
			if p := before(); p >= 0 && !m.person(toks[p].Text) {
				return toks[p].Text
			}
		}
		if !m.counts(unit, toks[last].Text) {
			return ""
		}
		return m.compound(toks, k, last)
	}
	if k < len(toks) && toks[k].Start == end && toks[k].Pos == "zg" && m.kinds.Ending(toks[k].Text) && (k+1 == len(toks) || phraseClosed(toks[k+1])) && m.counts(unit, toks[k].Text) && (!listed || m.kinds.Counts(unit, toks[k].Text)) {
		return toks[k].Text // 联系一个村、: the ending alone is the noun, not 联系 before the count
	}
	if k < len(toks) && toks[k].Start == end && (nounphrase.Nominal(toks[k].Pos) || toks[k].Pos == "nrt") {
		return "" // 12个国家50多家广播影视制作播出机构, 加沙地带约400个哈马斯/nrt目标: a phrase follows, headless to us; not 国家
	}
	if listed {
		return m.kindBefore(toks, start, unit)
	}
	if m.kinds.Occurrence(unit) {
		return "" // 总书记三次考察光谷: the count is of visits, not of 总书记
	}
	if noun := nounphrase.Before(toks, start); noun != "" && !whole(noun) && !m.kinds.Amount(noun) && m.counts(unit, noun) {
		return noun
	}
	return ""
}

// headAfter returns the head of a noun phrase that goes on past the common
// noun toks[last] in a word gse tags other than a common noun, when the
// phrase ends there: a noun gse tags as an organization that names none
// (60万个村级|卫生室/nt → 卫生室, 基层|党组织/nt), a verbal head of
// counter_nouns.tsv gse tags v (两场双边|演习/v， → 演习, 一个现场|演示/v),
// or a verb and an ending of counter_nouns.tsv gse split off it, which make
// a noun together (6个政府|集中|安置|点/m → 安置点). The word after must end
// the phrase: punctuation, 的, a conjunction, a number or a time, not the
// object or particle of a verb (两名代表|组织了…).
func (m *Matcher) headAfter(d *pipeline.Doc, last int) (string, bool) {
	toks := d.Tokens
	adjacent := func(j int) bool { return j < len(toks) && toks[j].Start == toks[j-1].End }
	ends := func(j int) bool {
		if j >= len(toks) {
			return true
		}
		switch toks[j].Pos {
		case "x", "uj", "c", "m", "t":
			return true
		}
		return false
	}
	j := last + 1
	if !adjacent(j) {
		return "", false
	}
	switch t := toks[j]; {
	case t.Pos == "nt" && ends(j+1) && !d.Claimed(t.Start, t.End, pipeline.Org, pipeline.Place, pipeline.Person):
		return t.Text, true
	case t.Pos == "v" && m.kinds.Head(t.Text) && ends(j+1):
		return t.Text, true
	}
	// Up to two verbs, the last of two or more characters, then the ending.
	for v := j; v < j+maxVerbs && adjacent(v) && toks[v].Pos == "v"; v++ {
		if e := v + 1; adjacent(e) && utf8.RuneCountInString(toks[v].Text) > 1 && m.kinds.Ending(toks[e].Text) && !nounphrase.Nominal(posAt(toks, e+1)) {
			return toks[v].Text + toks[e].Text, true
		}
	}
	return "", false
}

// pastBreak returns the head of the noun phrase whose first part, from code
// point at, gse's words end at toks[last] when one word right after that
// noun breaks a phrase that goes on: a time word (一场装甲步兵|夜间|实弹演练 →
// 演练, 一名胆管癌|晚期|患者 → 患者), an adjective of two characters
// (25个优质|高效|水稻品种 → 品种, 77个国家|重大|科技基础设施 → 基础设施), or a
// conjunction after a distinguishing word, which heads nothing and modifies
// the head after it (22条工业新兴|及|优势产业链 → 产业链). The nouns after the
// break, within maxPhrase code points of at, must end in a common noun or a
// verbal head of counter_nouns.tsv that unit may count, and the phrase must
// end there: at punctuation that ends a clause, 、 or a localizer (不同程度
// 受灾, 不同顺序的编码 keep theirs). A time word that opens a predicate
// (date_words.tsv kind predicate: 3名伤员|正在|医院接受) says when, and is no
// break; else toks[last] stays the head.
func (m *Matcher) pastBreak(toks []pipeline.Token, at, last int, unit string) int {
	j := last + 1
	if j+2 < len(toks) && toks[j].Pos == "b" && toks[j+1].Pos == "c" && toks[j].Start == toks[last].End && toks[j+1].Start == toks[j].End {
		j++ // 工业|新兴|及: the distinguishing word modifies the head after the conjunction
	}
	if j+1 >= len(toks) || toks[j].Start != toks[j-1].End {
		return last
	}
	switch t := toks[j]; {
	case t.Pos == "t":
		if _, ok := m.predicates.Get(t.Text); ok {
			return last
		}
	case t.Pos == "a" && utf8.RuneCountInString(t.Text) == 2:
	case t.Pos == "c" && toks[j-1].Pos == "b":
	default:
		return last
	}
	i := j + 1
	for i < len(toks) && toks[i].Start == toks[i-1].End && toks[i].End-at <= maxPhrase && (nounphrase.CommonNoun(toks[i].Pos) || toks[i].Pos == "b" || toks[i].Pos == "vn" && m.kinds.Head(toks[i].Text)) {
		i++
	}
	h := i - 1
	if h == j || toks[h].Pos == "b" || m.kinds.Verb(toks[h].Text) || !m.counts(unit, toks[h].Text) || i < len(toks) && !phraseClosed(toks[i]) {
		return last
	}
	return h
}

// maxPhrase bounds, in code points from the count, how far pastBreak reads.
const maxPhrase = 16

// phraseClosed reports whether t, right after a noun, ends the phrase the
// noun heads: punctuation that ends a clause, 、 or a localizer.
func phraseClosed(t pipeline.Token) bool {
	return t.Pos == "f" || clauseEnd(t.Text) || t.Text == "、"
}

// maxVerbs bounds the verbs read before an ending gse split off (集中|安置|点).
const maxVerbs = 2

// posAt returns the tag of toks[i], "" past the end.
func posAt(toks []pipeline.Token, i int) string {
	if i < len(toks) {
		return toks[i].Pos
	}
	return ""
}

// maxBefore is how many nouns before a count in a listed counter are read
// for one it can count (枪击案|数量|超过20起).
const maxBefore = 3

// kindBefore returns the nearest of the nouns that end at start which a
// count in listed counter unit can count, or "".
func (m *Matcher) kindBefore(toks []pipeline.Token, start int, unit string) string {
	k := sort.Search(len(toks), func(i int) bool { return toks[i].End >= start })
	for n, at := 0, start; n < maxBefore && k >= 0 && k < len(toks) && toks[k].End == at && nounphrase.Nominal(toks[k].Pos); n, k = n+1, k-1 {
		if kindNoun(toks[k].Pos) && m.kinds.Counts(unit, toks[k].Text) && !whole(toks[k].Text) {
			return toks[k].Text
		}
		at = toks[k].Start
	}
	return ""
}

// kindNoun reports whether a word with gse POS tag pos before a count may be
// the noun a listed counter counts: a nominal word that is no place or
// organization, which the count is of parts of or is listed after
// (遍布在广州市区近1700家 counts no 市区, 三星公司4家国外企业 no 三星公司).
// After the count a place is still none, but gse tags some institutions as
// organizations (一支边境安全部队/nt).
func kindNoun(pos string) bool { return nounphrase.Nominal(pos) && pos != "ns" && pos != "nt" }

// phraseEnd returns the index after the noun phrase whose head is toks[head]:
// the nominal words that follow it without a gap (农业文化|遗产/vn).
func phraseEnd(toks []pipeline.Token, head int) int {
	j := head + 1
	for j < len(toks) && toks[j].Start == toks[j-1].End && nounphrase.Nominal(toks[j].Pos) {
		j++
	}
	return j
}

// compound returns the noun toks[i] of a phrase that starts at toks[first]:
// a noun of one character joined to the common noun or abbreviation before
// it, which gse split off it (盾构|机 → 盾构机, 美军/j|机 → 美军机, 融冻/vn|期
// → 融冻期), a noun
// of one character for people to the place before it (3名以色列/ns|人 →
// 以色列人; not to a name: 两名保安倪/nr|兵 is no 倪兵), and to an ending of
// counter_nouns.tsv gse split off after it, maybe as a numeral (重灾|县 → 重灾县,
// 幼教|点/m → 幼教点).
func (m *Matcher) compound(toks []pipeline.Token, first, i int) string {
	noun := toks[i].Text
	if i > first && utf8.RuneCountInString(noun) == 1 && toks[i-1].End == toks[i].Start {
		prev := toks[i-1].Pos
		if nounphrase.CommonNoun(prev) || prev == "j" || prev == "vn" || prev == "ns" && m.person(noun) {
			noun = toks[i-1].Text + noun
		}
	}
	if j := i + 1; j < len(toks) && toks[j].Start == toks[i].End && (toks[j].Pos == "zg" || toks[j].Pos == "ng" || toks[j].Pos == "m") && m.kinds.Ending(toks[j].Text) {
		noun += toks[j].Text
	}
	return noun
}

// whole reports whether noun is a word for the whole of something (全部,
// 全市, 全体), which no count counts.
func whole(noun string) bool { return strings.HasPrefix(noun, "全") }

// modifies reports whether the words from toks[i] on are an adjective or an
// amount with its unit and then 的: the phrase before them modifies a noun
// after 的 (not 一家德国企业|新|一年的, 3个领域|9|大方向的). So does a phrase
// that opens a series of modifiers — an adjective, maybe after an adverb, or
// 、 and a verb, adjective or adverb — with 的 later in its clause (一种来源|
// 丰富、绿色低碳、应用广泛的能源, 一条高质量|、可持续的道路, 一条质量|更高、
// 效益更好的道路); a series of nouns or counts is a list of what is counted
// (36个省、自治区、直辖市和计划单列市的, 两种资源、两个市场的). A verb there
// may have the counted noun as its subject (一名联合国法官牵头完成的报告), so
// it says nothing.
func modifies(toks []pipeline.Token, i int) bool {
	if i >= len(toks) || toks[i].Start != toks[i-1].End {
		return false
	}
	de := func(j int) bool { return j < len(toks) && toks[j].Text == "的" }
	switch t := toks[i]; t.Pos {
	case "a": // 特色鲜明的读书班
		return de(i+1) || seriesDe(toks, i+1)
	case "d": // 一条质量|更高、效益更好…的道路
		return i+1 < len(toks) && toks[i+1].Pos == "a" && seriesDe(toks, i+1)
	case "x": // 价值8亿美元的, 容量400千瓦的: an amount in digits and its unit
		if t.Text == "、" {
			return i+1 < len(toks) && modifier(toks[i+1].Pos) && seriesDe(toks, i)
		}
		return t.Text[0] >= '0' && t.Text[0] <= '9' && (de(i+1) || i+1 < len(toks) && toks[i+1].Pos == "m" && de(i+2))
	}
	return false
}

// modifier reports whether a word with gse POS tag pos can open a modifier
// of a noun: a verb, adjective or adverb (可持续, 高效).
func modifier(pos string) bool { return pos != "" && (pos[0] == 'v' || pos[0] == 'a' || pos[0] == 'd') }

// maxClause bounds how many words a reading to the end of a clause reads.
const maxClause = 16

// seriesDe reports whether, among the words from toks[i] on and before the
// clause ends, 、 comes and then 的.
func seriesDe(toks []pipeline.Token, i int) bool {
	series := false
	for j := i; j < len(toks) && j < i+maxClause; j++ {
		switch toks[j].Text {
		case "、":
			series = true
		case "的":
			return series
		default:
			if clauseEnd(toks[j].Text) {
				return false
			}
		}
	}
	return false
}

// clauseEnd reports whether word is a punctuation mark that ends a clause.
func clauseEnd(word string) bool {
	switch word {
	case "，", "。", "；", "：", "！", "？", ",", ";", ":", "!", "?":
		return true
	}
	return false
}

// afterList returns, when 、 at toks[i] opens a list that ends in 等 and a
// noun phrase within the clause, the index of that phrase's first word,
// which names what the whole list is (1000多个机电、陶瓷、化工等|产品集装箱;
// 超160场发布会、论坛、展览等|活动); else -1.
func afterList(toks []pipeline.Token, i int) int {
	if i >= len(toks) || toks[i].Text != "、" || toks[i].Start != toks[i-1].End {
		return -1
	}
	for j := i + 1; j+1 < len(toks) && j < i+maxClause; j++ {
		switch toks[j].Text {
		case "等", "等等":
			if toks[j+1].Start == toks[j].End && nounphrase.Nominal(toks[j+1].Pos) {
				return j + 1
			}
			return -1
		case "的":
			return -1
		}
		if clauseEnd(toks[j].Text) || count(toks[j]) { // 5000双棉鞋、300套火炉等: a list of counts, each its own noun
			return -1
		}
	}
	return -1
}

// count reports whether t is a numeral: a gse m word or digits.
func count(t pipeline.Token) bool {
	return t.Pos == "m" || t.Pos == "x" && t.Text[0] >= '0' && t.Text[0] <= '9'
}

// peopleCounter reports whether unit counts people.
func peopleCounter(unit string) bool {
	switch unit {
	case "名", "位", "人", "人次":
		return true
	}
	return false
}

// staff reports whether noun names people of an institution: a noun of
// people_nouns.tsv or one ending in 人, 员 or 者 (负责人, 工作人员), not the
// wider endings person_suffixes.tsv holds for counts (家 of 专家 ends 国家).
func (m *Matcher) staff(noun string) bool {
	if _, ok := m.people.Get(noun); ok {
		return true
	}
	r, _ := runes.DecodeLast(noun)
	return r == '人' || r == '员' || r == '者'
}

// person reports whether noun names people (people_nouns.tsv, or a
// person's ending such as 员 or 者).
func (m *Matcher) person(noun string) bool {
	if _, ok := m.people.Get(noun); ok {
		return true
	}
	_, _, ok := m.personEnds.Suffix(noun)
	return ok
}

func (it Item) mention(start, end int) pipeline.Mention {
	m := pipeline.Mention{
		Type: it.Type, Text: it.Text, Start: start, End: end,
		Normalized: number.Canonical(it.Value, it.Min, it.Max, it.Qualifier, it.Unit),
		Value:      number.Ptr(it.Value), Unit: it.Unit, Qualifier: it.Qualifier,
		Stage: "quantity", Rule: it.Rule, Confidence: it.Confidence,
	}
	m.ValueMin, m.ValueMax = number.Bounds(it.Value, it.Min, it.Max, it.Qualifier)
	return m
}

// articleConfidence is the confidence of 一 with a counter.
const articleConfidence = 0.5

// Find returns the quantities and percentages in text, left to right,
// without overlaps.
func (m *Matcher) Find(text string) []Item {
	var out []Item
	last := 0
	for _, n := range number.Find(text) {
		if n.Start < last {
			continue
		}
		it, ok := m.itemAt(text, n, last)
		if !ok {
			continue
		}
		if r, ok := m.rangeAfter(text, it); ok {
			it = r
		}
		if it.dimension != "" && m.change(text[last:it.Start], text[it.End:], it.dimension) {
			it.Unit = changeUnit + it.Unit
			it.Rule += ruleChange
		}
		if k := len(out) - 1; k >= 0 && it.Type == pipeline.Percent && !strings.Contains(it.Rule, "|") {
			it.Rule += listedComparison(out[k], text[last:it.Start])
		}
		it.Text = text[it.Start:it.End]
		it.Value, it.Min, it.Max = number.Round(it.Value), number.Round(it.Min), number.Round(it.Max)
		out = append(out, it)
		last = it.End
	}
	return out
}

// itemAt reads the quantity around numeral n: an optional qualifier before it,
// the percent sign, unit or counter after it, and a qualifier after that.
func (m *Matcher) itemAt(text string, n number.Match, floor int) (Item, bool) {
	if n.Ordinal || glued(text, n) {
		return Item{}, false
	}
	it := Item{Start: n.Start, Value: n.Value, Min: n.Min, Max: n.Max, Qualifier: n.Qualifier}
	r, ok := m.percent(text, n, &it)
	if !ok {
		r, ok = m.measure(text, n, &it)
	}
	if !ok {
		r, ok = m.bareUnit(text, n, &it, floor)
	}
	if !ok {
		r, ok = m.implied(text, n, &it, floor)
	}
	if !ok || number.InWord(text, n.Start, n.End, m.stopwords) {
		return Item{}, false
	}
	if r == ruleCounter && m.ordinals.Ordinal(it.Unit, text[:it.Start], text[it.End:]) {
		return Item{}, false // 十八届五中全会: the 18th, not eighteen
	}
	if r == ruleCounter && n.Text == "一" && (strings.HasPrefix(text[it.End:], it.Unit) ||
		strings.HasPrefix(text[it.End:], n.Text+it.Unit) || strings.HasSuffix(text[:it.Start], n.Text+it.Unit)) {
		return Item{}, false // 一个个, 一次次, 一项一项: one after another, no count
	}
	negative := false
	if f, sign, ok := m.signs.Suffix(text[floor:it.Start]); ok && sign.Dimension == it.dimension {
		// 零下15摄氏度 is −15 °C; of a range the bound nearer zero is the upper,
		// and a qualifier of the numeral or before it bounds the size, so
		// 零下30多摄氏度 is below −30 and 接近零下20摄氏度 above −20. One after
		// the unit places it on the scale: 零下40摄氏度以下 is below −40.
		if sign.Negative {
			it.Value, it.Min, it.Max = -it.Value, -it.Max, -it.Min
			it.Qualifier = flip(it.Qualifier)
			negative = true
		}
		it.Start -= len(f)
	}
	// Qualifiers: 近30%, 500余亩 (read by the parser), 20人次以上.
	qual := ""
	before := m.qualifiers.BeforeNumber
	switch {
	case n.Text == "一":
		before = m.qualifiers.BeforeOne // 突破一批关键技术: a verb, no threshold
	case it.Value == 0 && m.signed[it.dimension]:
		before = m.qualifiers.BeforeZero // 接近0度: near zero, on either side
	}
	if f, q, ok := before(text[floor:it.Start]); ok {
		qual = q
		if negative {
			qual = flip(q)
		}
		it.Start -= len(f)
	}
	if f, q, ok := m.qualifiers.After.Prefix(text[it.End:]); ok && !m.unitAt(text[it.End+len(f):]) {
		it.after = q
		it.End += len(f)
	}
	it.Value, it.Qualifier = number.Qualify(it.Value, it.Min, it.Max, it.Qualifier, qual, it.after) // 2--3倍以上
	it.Rule, it.Confidence = r.name, r.confidence
	if it.Type == pipeline.Percent {
		it.Rule += comparison(text[floor:it.Start])
	}
	if r == ruleCounter && n.Text == "一" {
		// 一个缩影, 一次会议: 一 with a counter is as often an article as a count.
		it.Confidence = articleConfidence
	}
	return it, true
}

// flip returns the qualifier of a value whose sign changed: at least becomes
// at most.
func flip(qualifier string) string {
	switch qualifier {
	case number.Min:
		return number.Max
	case number.Max:
		return number.Min
	}
	return qualifier
}

// comparisons are the words that make a percentage a change against an
// earlier period; the rule of a PERCENT mention records them after "|"
// (同比增长12.5% → percent:sign|yoy).
var comparisons = []struct{ word, tag string }{
	{"同比", "|yoy"}, {"环比", "|mom"}, {"環比", "|mom"},
}

// comparisonWindow is how many bytes before a percentage are searched for a
// comparison word: 同比增长了 and a qualifier fit in it.
const comparisonWindow = 3 * 8

// comparison returns the tag of the comparison word closest before a
// percentage in its clause, or "".
func comparison(before string) string {
	if len(before) > comparisonWindow {
		before = before[len(before)-comparisonWindow:]
	}
	if i := strings.LastIndexAny(before, "，,。;；：:！？!?"); i >= 0 {
		_, size := runes.DecodeFirst(before[i:])
		before = before[i+size:]
	}
	best, at := "", -1
	for _, c := range comparisons {
		if i := strings.LastIndex(before, c.word); i > at {
			best, at = c.tag, i
		}
	}
	return best
}

// listedComparison returns the comparison tag of prev, the item before a
// percentage, when link, the text between them, only joins the two in a
// list: the comparison said before the list is said of all its shares
// (同比分别增长20.5%、21.3%, 同比增长209%和42.5% → |yoy for both).
func listedComparison(prev Item, link string) string {
	i := strings.IndexByte(prev.Rule, '|')
	if prev.Type != pipeline.Percent || i < 0 {
		return ""
	}
	switch link {
	case "、", "和", "与", "及", "以及":
		return prev.Rule[i:]
	}
	return ""
}

// percentSigns are the signs and words of a share after a numeral, with
// the factor to percent and the unit.
var percentSigns = []struct {
	s      string
	factor float64
	unit   string
}{{"%", 1, "%"}, {"％", 1, "%"}, {"‰", 0.1, "%"}, {"个百分点", 1, "pp"}, {"個百分點", 1, "pp"}, {"百分点", 1, "pp"}, {"百分點", 1, "pp"}}

// percentStarts holds the first character of each of percentSigns and 成
// of tenths: most numerals have none after them, and one bit test lets them
// go.
var percentStarts = func() (s runes.Set) {
	for _, sign := range percentSigns {
		s.Add(firstRune(sign.s))
	}
	s.Add('成')
	return s
}()

// percent reads 30%, 5个百分点, 百分之三十, 千分之三 and 三成.
func (m *Matcher) percent(text string, n number.Match, it *Item) (*rule, bool) {
	rest := text[n.End:]
	scale := func(f float64) { it.Value, it.Min, it.Max = it.Value*f, it.Min*f, it.Max*f }
	switch {
	case n.Fraction && (strings.HasPrefix(n.Text, "百分之") || strings.HasPrefix(n.Text, "千分之") || strings.HasPrefix(n.Text, "万分之")):
		scale(100) // the parser gives the ratio: 百分之三十 = 0.3, 千分之三 = 0.003
		it.Type, it.Unit, it.End = pipeline.Percent, "%", n.End
		return rulePercentWords, true
	case n.Fraction:
		return nil, false
	case !percentStarts.Has(firstRune(rest)):
		return nil, false
	}
	for _, sign := range percentSigns {
		if strings.HasPrefix(rest, sign.s) {
			scale(sign.factor)
			it.Type, it.Unit, it.End = pipeline.Percent, sign.unit, n.End+len(sign.s)
			if sign.unit == "pp" {
				return rulePoints, true
			}
			return rulePercentSign, true
		}
	}
	// 三成, 三成五: tenths, when 成 is not the start of a word (成为, 成都).
	if strings.HasPrefix(rest, "成") && n.Chinese && n.Qualifier == number.Exact && n.Value >= 1 && n.Value <= 10 && n.Value == float64(int(n.Value)) {
		end := n.End + len("成")
		v := n.Value * 10
		if d, ok := number.At(text, end); ok && d.Chinese && d.Value < 10 && utf8.RuneCountInString(d.Text) == 1 {
			v += d.Value
			end = d.End
		}
		next := text[end:]
		if nr, _ := runes.DecodeFirst(next); unicode.Is(unicode.Han, nr) && !strings.ContainsRune("以左上多的是和与或至到", nr) {
			return nil, false
		}
		it.Value, it.Min, it.Max = v, v, v
		it.Type, it.Unit, it.End = pipeline.Percent, "%", end
		return ruleTenths, true
	}
	return nil, false
}

// measure reads a unit of measure or a counter after the numeral, refusing
// time words, which make dates and durations.
func (m *Matcher) measure(text string, n number.Match, it *Item) (*rule, bool) {
	start, rest := n.End, text[n.End:]
	// 3千米 is 3 km, not 3000 m: a unit word that begins with the numeral's
	// last unit character wins when the numeral still parses without it.
	last, size := runes.DecodeLast(n.Text)
	if (last == '千' || last == '百' || last == '十') && size < len(n.Text) {
		if f, _, ok := m.units.Prefix(text[n.End-size:]); ok && len(f) > size {
			if v, ok := number.Parse(n.Text[:len(n.Text)-size]); ok {
				it.Value, it.Min, it.Max, it.Qualifier = v.Value, v.Min, v.Max, v.Qualifier
				start, rest = n.End-size, text[n.End-size:]
			}
		}
	}
	tf, _, _ := m.time.Prefix(rest)
	uf, u, isUnit := m.units.Prefix(rest)
	cf, _, isCounter := m.counters.Prefix(rest)
	switch {
	case isUnit && len(uf) >= len(tf) && len(uf) >= len(cf):
		if isASCIIWord(uf) && asciiLetter(firstRune(rest[len(uf):])) {
			return nil, false // 5GHz… a longer ASCII word
		}
		f := u.Factor
		it.Value, it.Min, it.Max = it.Value*f, it.Min*f, it.Max*f
		it.Type, it.Unit, it.End, it.dimension = pipeline.Quantity, u.Unit, start+len(uf), u.Dimension
		return ruleUnit, true
	case isCounter && len(cf) > len(tf):
		if n.Fraction {
			return nil, false
		}
		it.Type, it.Unit, it.End = pipeline.Quantity, cf, start+len(cf)
		return ruleCounter, true
	}
	return nil, false
}

// bareUnit reads the word that stands for a unit after a sign of
// measure_signs.tsv and the numeral (零下20度 → °C), after a noun of
// measure_nouns.tsv, a short link and the numeral (最低气温降至9度 → °C), or
// before such a noun (35度的高温), unless it begins a longer unit, counter or
// time word.
func (m *Matcher) bareUnit(text string, n number.Match, it *Item, floor int) (*rule, bool) {
	before, rest := text[floor:n.Start], text[n.End:]
	// Whatever word names the measure, its bare unit must open rest: most
	// numerals are followed by no bare unit's first character, and need
	// none of the lookups before and after them.
	if r, _ := runes.DecodeFirst(rest); n.Fraction || !m.bareFirst.Has(r) {
		return nil, false
	}
	var bare dictionaries.MeasureNoun
	if _, sign, ok := m.signs.Suffix(before); ok {
		bare = dictionaries.MeasureNoun{Dimension: sign.Dimension, Bare: sign.Bare, Unit: sign.Unit}
	} else if noun, ok := m.measureBefore(before); ok {
		bare = noun
	} else if noun, ok := m.measureAfter(rest); ok {
		bare = noun
	}
	if bare.Bare == "" || !strings.HasPrefix(rest, bare.Bare) || m.unitAt(rest) {
		return nil, false
	}
	it.Type, it.Unit, it.End, it.dimension = pipeline.Quantity, bare.Unit, n.End+len(bare.Bare), bare.Dimension
	return ruleUnit, true
}

// addBare adds the first character of bare, a bare unit, to m.bareFirst.
func (m *Matcher) addBare(bare string) {
	if r, size := runes.DecodeFirst(bare); size > 0 {
		m.bareFirst.Add(r)
	}
}

// measureAfter returns the noun of measure_nouns.tsv that follows rest's
// opening word, the noun's bare unit, and 的 or nothing (35度的高温,
// 400到450度高温).
func (m *Matcher) measureAfter(rest string) (dictionaries.MeasureNoun, bool) {
	for i, k := 0, 0; k < maxBare && i < len(rest); k++ {
		_, size := runes.DecodeFirst(rest[i:])
		i += size
		after := strings.TrimPrefix(rest[i:], "的")
		if _, noun, ok := m.measures.Prefix(after); ok && noun.Bare == rest[:i] {
			return noun, true
		}
	}
	return dictionaries.MeasureNoun{}, false
}

// maxBare bounds, in characters, the bare unit measureAfter reads.
const maxBare = 2

// maxMeasureLink bounds, in characters, the link between a noun of
// measure_nouns.tsv and its number (降至, 高达, 已经达到).
const maxMeasureLink = 4

// measureBefore returns the noun of measure_nouns.tsv that before, the text
// before a numeral, ends with, past a qualifier and a link of Han characters
// in the same clause (气温在, 温度高达, 最低气温降至约).
func (m *Matcher) measureBefore(before string) (dictionaries.MeasureNoun, bool) {
	if f, _, ok := m.qualifiers.BeforeNumber(before); ok {
		before = before[:len(before)-len(f)]
	}
	for k := 0; k <= maxMeasureLink && before != ""; k++ {
		if _, noun, ok := m.measures.Suffix(before); ok {
			return noun, true
		}
		r, size := runes.DecodeLast(before)
		if !unicode.Is(unicode.Han, r) {
			break
		}
		before = before[:len(before)-size]
	}
	return dictionaries.MeasureNoun{}, false
}

// changeUnit opens the unit of a change or a difference of a measure: a fall
// of 15 °C is 15 Δ°C, no temperature of 15 °C. ruleChange ends the rule of
// such a mention.
const (
	changeUnit = "Δ"
	ruleChange = "|change"
)

// change reports whether the text before and after a measure in dimension
// dim (past its sign and qualifiers) makes it the size of a change or a
// difference (measure_changes.tsv): before ends in a word of change, past a
// link of at most maxMeasureLink Han characters (气温骤降|15度, 降温幅度达|
// 10℃, 下降了|12到18摄氏度), or in a word of change that must stand right
// before the number (比常年同期低|14到19摄氏度), and no word of level comes
// nearer the number (下降至|9度, 回升到|零下14度, 最低|零下20度; 达到 is
// none); or after opens with a noun of change, maybe after 的 (4—8℃|降温,
// 6到10度|的降温).
func (m *Matcher) change(before, after, dim string) bool {
	if _, c, ok := m.changes.Prefix(strings.TrimPrefix(after, "的")); ok && c.Kind == dictionaries.ChangeNoun && c.Dimension == dim {
		return true
	}
	for k := 0; k <= maxMeasureLink && before != ""; k++ {
		if _, c, ok := m.changes.Suffix(before); ok && c.Dimension == dim {
			switch c.Kind {
			case dictionaries.ChangeWord, dictionaries.ChangeNoun:
				return true
			case dictionaries.ChangeNear:
				if k == 0 {
					return true
				}
			case dictionaries.ChangeLevel:
				return false
			}
		}
		r, size := runes.DecodeLast(before)
		if !unicode.Is(unicode.Han, r) {
			break
		}
		before = before[:len(before)-size]
	}
	return false
}

// implied reads a bare numeral after a noun that names a count (报考人数达到
// 176万, 客流量达到914万): the noun's counter is its unit. The numeral must end
// its phrase, before punctuation or the text's end, and hold no fraction.
func (m *Matcher) implied(text string, n number.Match, it *Item, floor int) (*rule, bool) {
	if n.Fraction {
		return nil, false
	}
	if n.End < len(text) {
		switch r, _ := runes.DecodeFirst(text[n.End:]); {
		case r == '—' || r == '-' || r == '－' || r == '~' || r == '～':
			return nil, false // 3.8—: a range the parser did not join
		// The ideographs, most of what follows a numeral, are neither
		// punctuation nor space: tested first, without the tables' search.
		case r >= 0x4E00 && r <= 0x9FFF, !unicode.IsPunct(r) && !unicode.IsSpace(r):
			if f, _, ok := m.qualifiers.After.Prefix(text[n.End:]); !ok || n.End+len(f) < len(text) && !unicode.IsPunct(firstRune(text[n.End+len(f):])) {
				return nil, false // 人数达到2019年的水平: the number goes on
			}
		}
	}
	before := text[floor:n.Start]
	if f, _, ok := m.qualifiers.BeforeNumber(before); ok {
		before = before[:len(before)-len(f)]
	}
	if f, _, ok := m.counted.Links.Suffix(before); ok {
		before = before[:len(before)-len(f)]
	}
	_, counter, ok := m.counted.Nouns.Suffix(before)
	if !ok {
		return nil, false
	}
	it.Type, it.Unit, it.End = pipeline.Quantity, counter, n.End
	return ruleImplied, true
}

// unitAt reports whether s starts with a unit, counter or time word: then a
// qualifier-looking 多 before it belongs to a new phrase.
func (m *Matcher) unitAt(s string) bool {
	if _, _, ok := m.units.Prefix(s); ok {
		return true
	}
	if _, _, ok := m.counters.Prefix(s); ok {
		return true
	}
	_, _, ok := m.time.Prefix(s)
	return ok
}

// rangeAfter joins item it with a connector and a second item of the same type
// and unit (10%-15%, 10%至15%, 3公里到5公里).
func (m *Matcher) rangeAfter(text string, it Item) (Item, bool) {
	// 约 before a range says the range is rough, which a range says already:
	// 约73%—77% is 73..77.
	if it.Qualifier != number.Exact && it.Qualifier != number.Approx {
		return it, false
	}
	c := number.Connector(text[it.End:])
	if c == "" {
		return it, false
	}
	p := it.End + len(c)
	at := p
	if f, _, ok := m.signs.Prefix(text[p:]); ok {
		at += len(f) // 零下8度至零下5度: itemAt reads the sign
	}
	n, ok := number.At(text, at)
	if !ok {
		return it, false
	}
	b, ok := m.itemAt(text, n, p)
	if !ok || b.Start != p || b.Type != it.Type || b.Unit != it.Unit || b.Value <= it.Value {
		return it, false
	}
	value, qual, ok := number.JoinRange(it.Value, b.Value, b.Qualifier, b.after) // 115%到125%左右
	if !ok {
		return it, false
	}
	rule := ruleRange.name
	if i := strings.IndexByte(it.Rule, '|'); i >= 0 {
		rule += it.Rule[i:] // the comparison the first item records: range|yoy
	}
	return Item{Start: it.Start, End: b.End, Type: it.Type, Value: value, Min: it.Value, Max: b.Value,
		Unit: it.Unit, Qualifier: qual, Rule: rule, Confidence: ruleRange.confidence, dimension: it.dimension}, true
}

// glued reports whether the numeral is part of a code or model name, with an
// ASCII letter or a code separator right before it (C919, GB/T2260).
func glued(text string, n number.Match) bool {
	r, _ := runes.DecodeLast(text[:n.Start])
	return asciiLetter(r) || r == '/' || r == '.' || r == '_'
}

func asciiLetter(r rune) bool { return r < utf8.RuneSelf && unicode.IsLetter(r) }

func isASCIIWord(s string) bool { return s != "" && asciiLetter(firstRune(s)) }

func firstRune(s string) rune {
	r, _ := runes.DecodeFirst(s)
	return r
}
