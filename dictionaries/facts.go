package dictionaries

import (
	"fmt"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/internal/runes"
)

// A FactKind is a kind of rows in fact_words.tsv: the stage names a kind in
// every lookup, and a number indexes the table where a name was hashed.
type FactKind uint8

// Kinds of rows in fact_words.tsv.
const (
	FactAmount     FactKind = iota // predicate before an amount of money
	FactStatistic                  // verb before a counted quantity
	FactModifier                   // kept before a statistic verb: 累计, 年均
	FactFiller                     // skipped between subject and verb: 已, 还
	FactLink                       // between an amount predicate and the amount: 达, 为
	FactEvent                      // verb two parties do together: 签署, 共建
	FactMeet                       // verb one person does to another: A会见B
	FactTalk                       // verb after A同B: A同B举行会谈
	FactLight                      // verb before an amount predicate: 实现营业收入
	FactFormer                     // before a title: 原主任
	FactDeputy                     // before a title, part of it: 副组长
	FactSpeech                     // verb of saying after a speaker: 说, 告诉记者
	FactCounter                    // a counter that needs its noun: 家, 个
	FactSpend                      // verb before what an amount is for: 出口文化产品137亿美元
	FactSubject                    // a subject that is no name, with the name it stands for: 我国 → 中国
	FactAnaphor                    // a word that refers back to a company: 该公司
	FactChange                     // verb before a percentage it changed by: 增长, 下降
	FactCompare                    // what a change is measured against: 同比, 环比
	FactAppoint                    // verb after a person that a post follows: 当选为, 出任
	FactReport                     // a word saying where numbers come from: 发布, 显示, 获悉
	FactEach                       // before a verb, parties act each on their own: 分别, 均
	FactPeriod                     // after words that it makes a time: “十四五”期间, 改革开放以来
	FactNational                   // a state post written bare, with its state: 国家主席 → 中国
	FactDomestic                   // how a body of that state's begins: 中共, 国务院
	FactScope                      // after a place, its whole extent: 广西全区, 北京全市
	FactWhere                      // ends a noun that says where or when, not who: 船上, 现场, 节日期间
	FactStatePost                  // a state's post written bare before a known person: 总统普京
	FactGeneric                    // an amount word that says only "money": 资金, 金额
	FactGoods                      // a spend verb its goods may stand before: 机电产品出口
	FactAgent                      // ends nouns that name who acts: 当地交通部门
	FactBasis                      // opens a clause, how a change was computed: 扣除价格因素
	FactLead                       // opens a clause before its subject: 预计, 据统计
	FactLocal                      // stands for the place named last: 当地, 该市
	FactAppositive                 // ends a description before a name: 法资企业赛诺菲
	FactReceive                    // before money the subject gets, not spends: 获得投资
	FactProject                    // ends what money before 的 is the cost of: 工程, 项目
	FactPrice                      // before money that is the price of the verb after it: 斥资, 以
	FactTrade                      // a verb of buying or selling after 以 and a price: 收购, 拍下
	FactLeave                      // after a person, before the post they leave: 不再担任, 辞去
	FactDismiss                    // before a person whose post after 的 they lose: 免去
	FactBoth                       // after two parties, names them together: 两国, 双方
	FactUnowned                    // an amount word no subject before it owns: 案值, 损失
	FactPlan                       // before a verb, what follows is to come: 将, 力争, 确保
	FactImminent                   // before an event's verb, the event is to come: 即将
	FactBilateral                  // trade with a partner after 与: 进出口, 贸易额, 双边贸易
	FactLevel                      // after a value and 的, names it as a level: 新高, 水平
	FactVisit                      // a verb of visiting places: 对法国进行国事访问, 访问印度
	FactOccasion                   // after an event, makes it the time of what follows: 期间, 之际
	FactTour                       // a visit verb whose place must end its phrase: 参观, 考察
	FactAnnounce                   // after a body, a notice of what it does itself: 发布通知, 公告
	FactBody                       // ends the nouns of public bodies after a subject word: 全国公安机关
	FactCause                      // a verb that makes the noun after it the subject: 使, 使得
	FactResult                     // a verb of what an event caused, before 的: 山火造成的遇难人数
	FactTenure                     // before a title or its body, no part of the post: 时任, 现任
	FactTopic                      // ends what a post deals with, before its title: 也门问题特使
	FactPraise                     // right before a title, makes it praise, no post: 人民领袖, 革命领袖
	FactHouse                      // an outlet naming itself before a byline: 本报记者
	FactPrincipal                  // a post another serves, before that post: 美国总统国家安全事务助理
	FactPortfolio                  // a minister's title a portfolio stands before: 日本防卫大臣
	FactCabinet                    // a state's government before its post, said bare: 政府总理
	FactAttend                     // a verb of attending a gathering: 出席, 主持, 参加
	FactGathering                  // ends the name of a gathering: 开幕式, 峰会, 会议
	FactSitting                    // a counter of gatherings before one's name, no part of it: 次, 场
	FactDeictic                    // opens a phrase that refers back, naming nothing: 上述, 有关, 本次
	FactMessage                    // a verb of sending a person a message: 致电, 致信, 致贺电
	FactGoTo                       // a verb of going before the place where what follows is done: 赴, 前往
	FactErrand                     // what a person went to a place to do, after 到 and it: 看望, 慰问
	FactEscort                     // closes 在… before a verb, who went along: 陪同下
	FactHold                       // a verb of holding a gathering, before its name or 的: 召开, 举行
	FactInvite                     // a verb whose object is asked to attend: 邀请, 欢迎
	FactNation                     // a subject word for a whole country, with the country: 全国 → 中国
	FactManner                     // between a meeting's place and its verb, how it is held: 集体会见
	FactClause                     // inside a body's name as read, makes a clause of what is before: 贺国强同研究所
	FactDepartment                 // a department many bodies have, written bare: 组织部, 书记处
	FactPresent                    // after people in a meeting's report, they are there with the host: 参加, 在座
	FactStanding                   // a party's standing before its name, no part of it: 执政党, 反对党
	FactPart                       // part of an area, where a figure was measured: 局地, 部分地区
	FactGauge                      // a unit, with what a value in it measures: °C → 气温
	FactHome                       // a word for the state whose news it is, with that state: 国家 → 中国
	FactRide                       // before the craft a traveller came in, no part of the going: 乘专机抵达
	FactServing                    // ends a post serving a person, named before it: 特朗普特使
	FactTitleTail                  // after a name and title, makes them no post held: 总统候选人, 女王号
	FactJoined                     // after people, they took part in the event just told: 参加会见, 同机抵达
	FactRetinue                    // who went along, between the people and a joined phrase: 陪同人员
	FactEnvoy                      // after the one who sends, names who is sent, met in their stead: 特使
	FactConvened                   // ends a clause whose subject is a gathering held: 召开, 开幕
	FactLeaders                    // after 等 and a country, names the people listed its leaders: 领导人
	numFactKinds
)

// factKinds gives each kind its name in fact_words.tsv and whether its rows
// carry a predicate.
var factKinds = [numFactKinds]struct {
	name string
	pred bool
}{
	FactAmount:     {"amount", true},
	FactStatistic:  {"statistic", true},
	FactModifier:   {"modifier", false},
	FactFiller:     {"filler", false},
	FactLink:       {"link", false},
	FactEvent:      {"event", true},
	FactMeet:       {"meet", true},
	FactTalk:       {"talk", true},
	FactLight:      {"light", false},
	FactFormer:     {"former", false},
	FactDeputy:     {"deputy", false},
	FactSpeech:     {"speech", false},
	FactCounter:    {"counter", false},
	FactSpend:      {"spend", true},
	FactSubject:    {"subject", true},
	FactAnaphor:    {"anaphor", false},
	FactChange:     {"change", true},
	FactCompare:    {"compare", true},
	FactAppoint:    {"appoint", false},
	FactReport:     {"report", false},
	FactEach:       {"each", false},
	FactPeriod:     {"period", false},
	FactNational:   {"national", true},
	FactDomestic:   {"domestic", true},
	FactScope:      {"scope", true},
	FactWhere:      {"where", false},
	FactStatePost:  {"statepost", false},
	FactGeneric:    {"generic", false},
	FactGoods:      {"goods", false},
	FactAgent:      {"agent", false},
	FactBasis:      {"basis", false},
	FactLead:       {"lead", false},
	FactLocal:      {"local", true},
	FactAppositive: {"appositive", false},
	FactReceive:    {"receive", false},
	FactProject:    {"project", false},
	FactPrice:      {"price", false},
	FactTrade:      {"trade", false},
	FactLeave:      {"leave", false},
	FactDismiss:    {"dismiss", false},
	FactBoth:       {"both", false},
	FactUnowned:    {"unowned", false},
	FactPlan:       {"plan", false},
	FactImminent:   {"imminent", false},
	FactBilateral:  {"bilateral", false},
	FactLevel:      {"level", false},
	FactVisit:      {"visit", true},
	FactOccasion:   {"occasion", false},
	FactTour:       {"tour", false},
	FactAnnounce:   {"announce", false},
	FactBody:       {"body", false},
	FactCause:      {"cause", false},
	FactResult:     {"result", false},
	FactTenure:     {"tenure", false},
	FactTopic:      {"topic", false},
	FactPraise:     {"praise", false},
	FactHouse:      {"house", false},
	FactPrincipal:  {"principal", false},
	FactPortfolio:  {"portfolio", false},
	FactCabinet:    {"cabinet", false},
	FactAttend:     {"attend", true},
	FactGathering:  {"gathering", false},
	FactSitting:    {"sitting", false},
	FactDeictic:    {"deictic", false},
	FactMessage:    {"message", true},
	FactGoTo:       {"goto", false},
	FactErrand:     {"errand", true},
	FactEscort:     {"escort", false},
	FactHold:       {"hold", false},
	FactInvite:     {"invite", false},
	FactNation:     {"nation", true},
	FactManner:     {"manner", false},
	FactClause:     {"clause", false},
	FactDepartment: {"department", false},
	FactPresent:    {"present", false},
	FactStanding:   {"standing", false},
	FactPart:       {"part", false},
	FactGauge:      {"gauge", true},
	FactHome:       {"home", true},
	FactRide:       {"ride", false},
	FactServing:    {"serving", false},
	FactTitleTail:  {"titletail", false},
	FactJoined:     {"joined", true},
	FactRetinue:    {"retinue", false},
	FactEnvoy:      {"envoy", false},
	FactConvened:   {"convened", false},
	FactLeaders:    {"leaders", false},
}

// String returns the kind's name in fact_words.tsv.
func (k FactKind) String() string {
	if k < numFactKinds {
		return factKinds[k].name
	}
	return fmt.Sprintf("FactKind(%d)", k)
}

// FactWords holds the words the facts stage reads around mentions, by kind,
// each with the normalized predicate it stands for. It is read-only after
// loading.
type FactWords struct {
	kinds [numFactKinds]*factKind
}

// kind returns the words of kind, or nil.
func (w *FactWords) kind(kind FactKind) *factKind {
	if kind >= numFactKinds {
		return nil
	}
	return w.kinds[kind]
}

// factKind indexes the words of one kind for Starting and Ending, which the
// stage calls at nearly every position around every mention: the rune sets
// answer most calls without a map probe, and maxLen bounds the probes of
// the rest by the kind's own longest word.
type factKind struct {
	words       map[string]string // word → predicate
	maxLen      int               // longest word in runes
	first, last runes.Set
}

// LoadFactWords loads the embedded fact_words.tsv.
func LoadFactWords() (*FactWords, error) { return loadFactWords() }

var loadFactWords = shared("fact_words.tsv", ParseFactWords)

// ParseFactWords builds the table from rows of word, kind and predicate. A
// word appears at most once per kind; amount, statistic, event, meet, talk,
// spend and subject rows name a predicate (for subject rows, the name the
// word stands for) and the other kinds write "-".
func ParseFactWords(t *Table) (*FactWords, error) {
	c, err := columns(t, "word", "kind", "predicate")
	if err != nil {
		return nil, err
	}
	byName := make(map[string]FactKind, numFactKinds)
	for k, info := range factKinds {
		byName[info.name] = FactKind(k)
	}
	w := &FactWords{}
	for i, row := range t.Rows {
		word, name, pred := row[c[0]], row[c[1]], row[c[2]]
		where := fmt.Sprintf("dictionaries: %s:%d", t.Name, t.Lines[i])
		kind, ok := byName[name]
		if !ok {
			return nil, fmt.Errorf("%s: unknown kind %q", where, name)
		}
		hasPred := factKinds[kind].pred
		switch {
		case word == "":
			return nil, fmt.Errorf("%s: empty word", where)
		case hasPred && (pred == "" || pred == "-"):
			return nil, fmt.Errorf("%s: %s word %q needs a predicate", where, kind, word)
		case !hasPred && pred != "-":
			return nil, fmt.Errorf("%s: %s word %q takes predicate \"-\", not %q", where, kind, word, pred)
		}
		k := w.kinds[kind]
		if k == nil {
			k = &factKind{words: map[string]string{}}
			w.kinds[kind] = k
		}
		if _, dup := k.words[word]; dup {
			return nil, fmt.Errorf("%s: word %q repeated for kind %s", where, word, kind)
		}
		k.words[word] = pred
		k.maxLen = max(k.maxLen, utf8.RuneCountInString(word))
		r, _ := utf8.DecodeRuneInString(word)
		k.first.Add(r)
		r, _ = utf8.DecodeLastRuneInString(word)
		k.last.Add(r)
	}
	return w, nil
}

// Predicate returns the predicate of word as a word of kind: 营收 as amount →
// 营业收入. Kinds without predicates return "-".
func (w *FactWords) Predicate(kind FactKind, word string) (string, bool) {
	k := w.kind(kind)
	if k == nil {
		return "", false
	}
	p, ok := k.words[word]
	return p, ok
}

// Ending returns the length in runes of the longest word of kind that ends
// at text[end] and starts at or after text[lo], or 0.
func (w *FactWords) Ending(kind FactKind, text []rune, lo, end int) int {
	k := w.kind(kind)
	if k == nil || end <= lo || !k.last.Has(text[end-1]) {
		return 0
	}
	var buf [64]byte
	for n := min(k.maxLen, end-lo); n >= 1; n-- {
		if !k.first.Has(text[end-n]) {
			continue // no word of the kind begins there
		}
		// m[string(b)] does not allocate: the stage looks words up at
		// every mention of every document.
		if _, ok := k.words[string(appendRunes(buf[:0], text[end-n:end]))]; ok {
			return n
		}
	}
	return 0
}

func appendRunes(b []byte, rs []rune) []byte {
	for _, r := range rs {
		// Chinese characters are three bytes: encoded inline, where
		// AppendRune calls out for every character beyond ASCII.
		if r >= 0x800 && r <= 0xFFFF && (r < 0xD800 || r > 0xDFFF) {
			b = append(b, byte(0xE0|r>>12), byte(0x80|r>>6&0x3F), byte(0x80|r&0x3F))
			continue
		}
		b = utf8.AppendRune(b, r)
	}
	return b
}

// First returns the set of runes a word of kind may begin with, for a
// caller that scans every position: a test cheaper than Starting's lookup
// of the kind. The set is shared and must not be changed.
func (w *FactWords) First(kind FactKind) *runes.Set {
	if k := w.kind(kind); k != nil {
		return &k.first
	}
	return &runes.Set{}
}

// Starting returns the length in runes of the longest word of kind that
// starts at text[start] and ends at or before text[hi], or 0.
func (w *FactWords) Starting(kind FactKind, text []rune, start, hi int) int {
	k := w.kind(kind)
	if k == nil || hi <= start || !k.first.Has(text[start]) {
		return 0
	}
	var buf [64]byte
	for n := min(k.maxLen, hi-start); n >= 1; n-- {
		if !k.last.Has(text[start+n-1]) {
			continue // no word of the kind ends there
		}
		if _, ok := k.words[string(appendRunes(buf[:0], text[start:start+n]))]; ok {
			return n
		}
	}
	return 0
}
