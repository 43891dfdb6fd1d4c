package dictionaries

import (
	"fmt"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/internal/runes"
)

// Kinds of rows in fact_words.tsv.
const (
	FactAmount     = "amount"     // predicate before an amount of money
	FactStatistic  = "statistic"  // verb before a counted quantity
	FactModifier   = "modifier"   // kept before a statistic verb: 累计, 年均
	FactFiller     = "filler"     // skipped between subject and verb: 已, 还
	FactLink       = "link"       // between an amount predicate and the amount: 达, 为
	FactEvent      = "event"      // verb two parties do together: 签署, 共建
	FactMeet       = "meet"       // verb one person does to another: A会见B
	FactTalk       = "talk"       // verb after A同B: A同B举行会谈
	FactLight      = "light"      // verb before an amount predicate: 实现营业收入
	FactFormer     = "former"     // before a title: 原主任
	FactDeputy     = "deputy"     // before a title, part of it: 副组长
	FactSpeech     = "speech"     // verb of saying after a speaker: 说, 告诉记者
	FactCounter    = "counter"    // a counter that needs its noun: 家, 个
	FactSpend      = "spend"      // verb before what an amount is for: 出口文化产品137亿美元
	FactSubject    = "subject"    // a subject that is no name, with the name it stands for: 我国 → 中国
	FactAnaphor    = "anaphor"    // a word that refers back to a company: 该公司
	FactChange     = "change"     // verb before a percentage it changed by: 增长, 下降
	FactCompare    = "compare"    // what a change is measured against: 同比, 环比
	FactAppoint    = "appoint"    // verb after a person that a post follows: 当选为, 出任
	FactReport     = "report"     // a word saying where numbers come from: 发布, 显示, 获悉
	FactEach       = "each"       // before a verb, parties act each on their own: 分别, 均
	FactPeriod     = "period"     // after words that it makes a time: “十四五”期间, 改革开放以来
	FactNational   = "national"   // a state post written bare, with its state: 国家主席 → 中国
	FactDomestic   = "domestic"   // how a body of that state's begins: 中共, 国务院
	FactScope      = "scope"      // after a place, its whole extent: 广西全区, 北京全市
	FactWhere      = "where"      // ends a noun that says where or when, not who: 船上, 现场, 节日期间
	FactStatePost  = "statepost"  // a state's post written bare before a known person: 总统普京
	FactGeneric    = "generic"    // an amount word that says only "money": 资金, 金额
	FactGoods      = "goods"      // a spend verb its goods may stand before: 机电产品出口
	FactAgent      = "agent"      // ends nouns that name who acts: 当地交通部门
	FactBasis      = "basis"      // opens a clause, how a change was computed: 扣除价格因素
	FactLead       = "lead"       // opens a clause before its subject: 预计, 据统计
	FactLocal      = "local"      // stands for the place named last: 当地, 该市
	FactAppositive = "appositive" // ends a description before a name: 法资企业赛诺菲
	FactReceive    = "receive"    // before money the subject gets, not spends: 获得投资
	FactProject    = "project"    // ends what money before 的 is the cost of: 工程, 项目
	FactPrice      = "price"      // before money that is the price of the verb after it: 斥资, 以
	FactTrade      = "trade"      // a verb of buying or selling after 以 and a price: 收购, 拍下
	FactLeave      = "leave"      // after a person, before the post they leave: 不再担任, 辞去
	FactDismiss    = "dismiss"    // before a person whose post after 的 they lose: 免去
	FactBoth       = "both"       // after two parties, names them together: 两国, 双方
	FactUnowned    = "unowned"    // an amount word no subject before it owns: 案值, 损失
	FactPlan       = "plan"       // before a verb, what follows is to come: 将, 力争, 确保
	FactImminent   = "imminent"   // before an event's verb, the event is to come: 即将
	FactBilateral  = "bilateral"  // trade with a partner after 与: 进出口, 贸易额, 双边贸易
	FactLevel      = "level"      // after a value and 的, names it as a level: 新高, 水平
	FactVisit      = "visit"      // a verb of visiting places: 对法国进行国事访问, 访问印度
	FactOccasion   = "occasion"   // after an event, makes it the time of what follows: 期间, 之际
	FactTour       = "tour"       // a visit verb whose place must end its phrase: 参观, 考察
	FactAnnounce   = "announce"   // after a body, a notice of what it does itself: 发布通知, 公告
	FactBody       = "body"       // ends the nouns of public bodies after a subject word: 全国公安机关
	FactCause      = "cause"      // a verb that makes the noun after it the subject: 使, 使得
	FactResult     = "result"     // a verb of what an event caused, before 的: 山火造成的遇难人数
	FactTenure     = "tenure"     // before a title or its body, no part of the post: 时任, 现任
	FactTopic      = "topic"      // ends what a post deals with, before its title: 也门问题特使
	FactPraise     = "praise"     // right before a title, makes it praise, no post: 人民领袖, 革命领袖
	FactHouse      = "house"      // an outlet naming itself before a byline: 本报记者
	FactPrincipal  = "principal"  // a post another serves, before that post: 美国总统国家安全事务助理
	FactPortfolio  = "portfolio"  // a minister's title a portfolio stands before: 日本防卫大臣
	FactCabinet    = "cabinet"    // a state's government before its post, said bare: 政府总理
	FactAttend     = "attend"     // a verb of attending a gathering: 出席, 主持, 参加
	FactGathering  = "gathering"  // ends the name of a gathering: 开幕式, 峰会, 会议
	FactSitting    = "sitting"    // a counter of gatherings before one's name, no part of it: 次, 场
	FactDeictic    = "deictic"    // opens a phrase that refers back, naming nothing: 上述, 有关, 本次
	FactMessage    = "message"    // a verb of sending a person a message: 致电, 致信, 致贺电
	FactGoTo       = "goto"       // a verb of going before the place where what follows is done: 赴, 前往
	FactErrand     = "errand"     // what a person went to a place to do, after 到 and it: 看望, 慰问
	FactEscort     = "escort"     // closes 在… before a verb, who went along: 陪同下
	FactHold       = "hold"       // a verb of holding a gathering, before its name or 的: 召开, 举行
	FactInvite     = "invite"     // a verb whose object is asked to attend: 邀请, 欢迎
	FactNation     = "nation"     // a subject word for a whole country, with the country: 全国 → 中国
	FactManner     = "manner"     // between a meeting's place and its verb, how it is held: 集体会见
	FactClause     = "clause"     // inside a body's name as read, makes a clause of what is before: 贺国强同研究所
	FactDepartment = "department" // a department many bodies have, written bare: 组织部, 书记处
	FactPresent    = "present"    // after people in a meeting's report, they are there with the host: 参加, 在座
	FactStanding   = "standing"   // a party's standing before its name, no part of it: 执政党, 反对党
	FactPart       = "part"       // part of an area, where a figure was measured: 局地, 部分地区
	FactGauge      = "gauge"      // a unit, with what a value in it measures: °C → 气温
	FactHome       = "home"       // a word for the state whose news it is, with that state: 国家 → 中国
	FactRide       = "ride"       // before the craft a traveller came in, no part of the going: 乘专机抵达
	FactServing    = "serving"    // ends a post serving a person, named before it: 特朗普特使
	FactTitleTail  = "titletail"  // after a name and title, makes them no post held: 总统候选人, 女王号
	FactJoined     = "joined"     // after people, they took part in the event just told: 参加会见, 同机抵达
	FactRetinue    = "retinue"    // who went along, between the people and a joined phrase: 陪同人员
	FactEnvoy      = "envoy"      // after the one who sends, names who is sent, met in their stead: 特使
	FactConvened   = "convened"   // ends a clause whose subject is a gathering held: 召开, 开幕
	FactLeaders    = "leaders"    // after 等 and a country, names the people listed its leaders: 领导人
)

// factKinds lists the kinds and whether their rows carry a predicate.
var factKinds = map[string]bool{
	FactAmount: true, FactStatistic: true, FactEvent: true, FactMeet: true, FactTalk: true,
	FactModifier: false, FactFiller: false, FactLink: false, FactLight: false, FactFormer: false,
	FactDeputy: false, FactSpeech: false, FactCounter: false,
	FactSpend: true, FactSubject: true, FactAnaphor: false,
	FactChange: true, FactCompare: true, FactAppoint: false, FactReport: false, FactEach: false,
	FactPeriod: false, FactNational: true, FactDomestic: true, FactScope: true, FactWhere: false, FactStatePost: false, FactGeneric: false,
	FactGoods: false, FactAgent: false, FactBasis: false, FactLead: false, FactLocal: true, FactAppositive: false, FactReceive: false, FactProject: false,
	FactPrice: false, FactTrade: false, FactLeave: false, FactDismiss: false, FactBoth: false, FactUnowned: false, FactPlan: false, FactImminent: false, FactBilateral: false, FactLevel: false, FactVisit: true, FactOccasion: false, FactTour: false,
	FactAnnounce: false, FactBody: false, FactCause: false, FactTenure: false, FactTopic: false, FactPraise: false, FactHouse: false, FactPrincipal: false, FactPortfolio: false, FactCabinet: false, FactAttend: true, FactGathering: false, FactSitting: false, FactDeictic: false, FactMessage: true, FactGoTo: false, FactErrand: true, FactEscort: false, FactHold: false, FactInvite: false, FactNation: true, FactManner: false, FactClause: false, FactDepartment: false, FactPresent: false, FactStanding: false, FactResult: false, FactPart: false, FactGauge: true, FactHome: true, FactRide: false, FactServing: false, FactTitleTail: false, FactJoined: true, FactRetinue: false, FactEnvoy: false, FactConvened: false, FactLeaders: false,
}

// FactWords holds the words the facts stage reads around mentions, by kind,
// each with the normalized predicate it stands for. It is read-only after
// loading.
type FactWords struct {
	// slots is an open-addressed table of the kinds by name: the stage
	// names a kind in every call, and a map probe of the name cost more
	// than the rune-set test that answers most calls.
	slots [kindSlots]*factKind
}

// kindSlots is a power of two eight times above the number of kinds, so
// that a probe nearly always meets the kind or an empty slot at once.
const kindSlots = 512

// slot returns the index of the slot that holds kind, or of the empty slot
// where it goes. Names are hashed by FNV-1a; collisions move on to the next
// slot. The stage passes the constants, whose storage the table shares
// (constName), so the comparison that ends a probe is a pointer's.
func (w *FactWords) slot(kind string) int {
	for i := kindHash(kind); ; i++ {
		i &= kindSlots - 1
		if k := w.slots[i]; k == nil || k.name == kind {
			return i
		}
	}
}

// kindHash returns the FNV-1a hash of a kind's name, the first slot probed.
func kindHash(kind string) int {
	h := uint32(2166136261)
	for i := 0; i < len(kind); i++ {
		h = (h ^ uint32(kind[i])) * 16777619
	}
	return int(h & (kindSlots - 1))
}

// kind returns the words of kind, or nil.
func (w *FactWords) kind(kind string) *factKind { return w.slots[w.slot(kind)] }

// factKind indexes the words of one kind for Starting and Ending, which the
// stage calls at nearly every position around every mention: the rune sets
// answer most calls without a map probe, and maxLen bounds the probes of
// the rest by the kind's own longest word.
type factKind struct {
	name        string
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
	w := &FactWords{}
	for i, row := range t.Rows {
		word, kind, pred := row[c[0]], row[c[1]], row[c[2]]
		where := fmt.Sprintf("dictionaries: %s:%d", t.Name, t.Lines[i])
		hasPred, ok := factKinds[kind]
		switch {
		case !ok:
			return nil, fmt.Errorf("%s: unknown kind %q", where, kind)
		case word == "":
			return nil, fmt.Errorf("%s: empty word", where)
		case hasPred && (pred == "" || pred == "-"):
			return nil, fmt.Errorf("%s: %s word %q needs a predicate", where, kind, word)
		case !hasPred && pred != "-":
			return nil, fmt.Errorf("%s: %s word %q takes predicate \"-\", not %q", where, kind, word, pred)
		}
		i := w.slot(kind)
		k := w.slots[i]
		if k == nil {
			k = &factKind{name: constName(kind), words: map[string]string{}}
			w.slots[i] = k
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

// constName returns the constant among the factKinds keys that equals
// kind: slot compares it with the constant a caller passes, and two
// strings at the same address compare equal without reading their bytes.
func constName(kind string) string {
	for name := range factKinds {
		if name == kind {
			return name
		}
	}
	return kind
}

// Predicate returns the predicate of word as a word of kind: 营收 as amount →
// 营业收入. Kinds without predicates return "-".
func (w *FactWords) Predicate(kind, word string) (string, bool) {
	k := w.kind(kind)
	if k == nil {
		return "", false
	}
	p, ok := k.words[word]
	return p, ok
}

// Ending returns the length in runes of the longest word of kind that ends
// at text[end] and starts at or after text[lo], or 0.
func (w *FactWords) Ending(kind string, text []rune, lo, end int) int {
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
func (w *FactWords) First(kind string) *runes.Set {
	if k := w.kind(kind); k != nil {
		return &k.first
	}
	return &runes.Set{}
}

// Starting returns the length in runes of the longest word of kind that
// starts at text[start] and ends at or before text[hi], or 0.
func (w *FactWords) Starting(kind string, text []rune, start, hi int) int {
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
