package facts

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/dictionaries"
	"github.com/zhfacts/zhfacts/pipeline"
)

// sourceSubjects gives an amount, statistic, change or share still with no
// subject the state whose national body the numbers of its sentence come
// from (rule |subject:source-state): a clause before the figure's that is a
// state body's report — maybe after a preposition (据, 从), the body's ORG
// mention, then times, adverbs and nouns, ending in a word of report
// (fact_words.tsv kind report: 国家统计局今天发布的数据显示, 记者从交通运输部
// 获悉) — when from there to the end of the figure's clause the sentence
// names no place, organization or person and has no subject word, scope
// word or anaphor but those that name the state itself (我国, 全国), and the figure's evidence opens its clause after times
// only and holds no word of an amount no one owns (涉案金额, 损失): a national bureau's numbers with no subject of their own
// are its country's (国家能源局发布数据显示，2024年，全社会用电量98521亿千瓦时
// → 中国). The statistic is about the state, not the bureau that reports
// it; where the text names whose the numbers are (全国, 我国, a province),
// the other rules read that name instead.
func (s *Stage) sourceSubjects(v *view) {
	for i := range v.facts {
		f := &v.facts[i]
		si, lo, hi, fs, ok := s.ownerlessFigure(v, f)
		if !ok {
			continue
		}
		m, c := s.sourceClause(v, si, lo, fs)
		if m == nil {
			continue
		}
		state := s.bodyState(entity(m))
		if state == "" {
			continue
		}
		end := f.EvidenceEnd
		for end < hi && !stopMark(v.text[end]) {
			end++
		}
		if s.namesOther(v, si, c, end, state) {
			continue
		}
		takeSubject(f, org{name: state, start: m.Start, mentions: []*pipeline.Mention{m}}, "|subject:source-state")
		f.Confidence = min(f.Confidence, 0.6)
	}
}

// sourceClause returns the ORG mention of the last clause of sentence si
// before fs that is a body's report, and where that clause ends; else nil.
// Clauses end at a comma or a colon (记者从交通运输部获悉：…).
func (s *Stage) sourceClause(v *view, si, lo, fs int) (*pipeline.Mention, int) {
	var src *pipeline.Mention
	end := 0
	cs := lo
	for p := lo; p < fs; p++ {
		if !strings.ContainsRune("，,：:", v.text[p]) {
			continue
		}
		if m := s.reportingBody(v, si, cs, p); m != nil {
			src, end = m, p
		}
		cs = p + 1
	}
	return src, end
}

// maxSourceLead and maxSourceTail bound, in runes, what may stand before a
// reporting body (记者今天从) and after it (今天（7月28日）公布的最新数据显示).
const (
	maxSourceLead = 6
	maxSourceTail = 18
)

// reportingBody returns the ORG mention of the clause [cs, c) when the
// clause reports numbers: the mention opens it after times, or after a
// preposition (据, 从) and at most a few words that hold no name, and is
// followed by times, adverbs, nouns and 的, ending in a word of report.
func (s *Stage) reportingBody(v *view, si, cs, c int) *pipeline.Mention {
	var m *pipeline.Mention
	for _, i := range v.bySent[si] {
		if x := &v.d.Mentions[i]; x.Start >= cs && x.End <= c && x.Parent == nil && x.Type != pipeline.Date {
			m = x
			break
		}
	}
	if m == nil || m.Type != pipeline.Org || m.Start-cs > maxSourceLead || c-m.End > maxSourceTail {
		return nil
	}
	if !v.clauseOpens(m.Start, cs) {
		t := v.tokenEnding(m.Start)
		if t == nil || t.Pos != "p" || t.Start < cs {
			return nil // 商务部监测的…: the body does something else
		}
	}
	n := s.words.Ending(dictionaries.FactReport, v.text, m.End, c)
	if n == 0 || !v.aligned(c-n, c) {
		return nil
	}
	for p := m.End; p < c-n; {
		if d := v.timeStarting(p, c); d != nil {
			p = d.End
			continue
		}
		if k := s.words.Starting(dictionaries.FactReport, v.text, p, c); k > 0 && v.aligned(p, p+k) {
			p += k
			continue
		}
		t := v.tokenStarting(p)
		if t == nil || t.End > c {
			return nil
		}
		if !(nounLike(t) || t.Pos == "t" || t.Pos == "d" || t.Pos == "uj" || t.Pos == "m" || t.Pos == "x" && utf8.RuneCountInString(t.Text) == 1 && strings.ContainsRune("（）()", []rune(t.Text)[0])) {
			return nil // 财政部今天下达…: what the body does is its own
		}
		p = t.End
	}
	for _, i := range v.bySent[si] {
		if x := &v.d.Mentions[i]; x != m && x.Parent == nil && x.Start >= m.End && x.End <= c && x.Type != pipeline.Date {
			return nil
		}
	}
	return m
}

// bodyState returns the state a reporting body belongs to: the state of a
// word of kind domestic that opens its name (国家统计局, 中华人民共和国商务部 →
// 中国) or is all of it (中国人民银行), or the country that opens it
// (欧盟统计局, 美国商务部), for a state's body or an association by its
// suffix (中国汽车工业协会); not a company, a bank or an institute, whose
// numbers are its own.
func (s *Stage) bodyState(name string) string {
	if state, ok := s.words.Predicate(dictionaries.FactDomestic, name); ok {
		return state
	}
	_, kind, ok := s.suffixes.Match(name)
	if !ok || !stateKinds[kind] && kind != "association" {
		return ""
	}
	if state := s.domestic(name); state != "" {
		return state
	}
	if c := s.openingCountry(name); c != nil && !c.Former {
		return c.Name
	}
	return ""
}

// namesOther reports whether [start, end) of sentence si names whose the
// numbers are other than state: a place, organization or person mention, a
// subject word, scope word, word of kind local, anaphor, 其 or a word for
// both parties (双方). A PLACE mention or subject word that names state
// itself (我国, 全国 → 中国) names no other.
func (s *Stage) namesOther(v *view, si, start, end int, state string) bool {
	for _, i := range v.bySent[si] {
		m := &v.d.Mentions[i]
		if m.Start < end && m.End > start && (m.Type == pipeline.Org || m.Type == pipeline.Place || m.Type == pipeline.Person) &&
			!(m.Type == pipeline.Place && entity(m) == state) {
			return true
		}
	}
	for p := start; p < end; p++ {
		if n := s.words.Starting(dictionaries.FactSubject, v.text, p, end); n > 0 {
			name, _ := s.words.Predicate(dictionaries.FactSubject, v.slice(p, p+n))
			if nation, ok := s.words.Predicate(dictionaries.FactNation, name); ok {
				name = nation
			}
			if name != state {
				return true
			}
		}
		for _, k := range []dictionaries.FactKind{dictionaries.FactScope, dictionaries.FactLocal, dictionaries.FactAnaphor, dictionaries.FactBoth} {
			if s.words.Starting(k, v.text, p, end) > 0 {
				return true
			}
		}
		if v.text[p] == '其' {
			return true
		}
	}
	return false
}

// unowned reports whether [start, end) holds a word of an amount no one
// before it owns (fact_words.tsv kind unowned: 案值, 涉案金额, 损失).
func (s *Stage) unowned(v *view, start, end int) bool {
	for p := start; p < end; p++ {
		if s.words.Starting(dictionaries.FactUnowned, v.text, p, end) > 0 {
			return true
		}
	}
	return false
}

// metricNames gives a change, statistic or share with no subject, whose
// metric as read opens with a PLACE mention of a country or a coded place
// written with at least two characters, that place, and the rest of the
// metric as its object (rule |subject:metric-name: 两年内韩国KOSPI指数上涨
// 88.92% → 韩国, KOSPI指数; 其中青海藏毯产量占全国91% → 青海省, 藏毯产量), as a
// name that opens the clause before the metric is read (|subject:opening-name).
// Not a name after 对, 与, 同, 和, 及 or 、, a partner or one of a list
// (广西对越南、泰国进出口), nor after 的, inside what it describes (上届的北京
// 国际车展), nor one before another name in the metric, whose
// it is (乌克兰演员泽连斯基得票率), nor what a count counts (14名中国船员).
// A metric that opens inside a name takes that name (|subject:split-name,
// see splitName).
func (s *Stage) metricNames(v *view) {
	for i := range v.facts {
		f := &v.facts[i]
		if f.Kind != Change && f.Kind != Statistic && f.Kind != Share || f.Subject != "" || f.Object == "" ||
			strings.Contains(f.Rule, "|subject:") || strings.HasPrefix(f.Rule, "statistic:subject-verb") {
			continue
		}
		ms, me, ok := v.objectSpan(f)
		if !ok {
			continue
		}
		if m := s.splitName(v, f.Sentence, ms, me); m != nil {
			f.Object = v.slice(m.End, me)
			takeSubject(f, org{name: entity(m), start: m.Start, mentions: []*pipeline.Mention{m}}, "|subject:split-name")
			continue
		}
		m := v.startingMention(ms, me)
		if m == nil || m.Type != pipeline.Place || m.Parent != nil || m.End-m.Start < 2 || m.Country == "" && m.PlaceCode == "" || me-m.End < 2 {
			continue
		}
		if lo := v.sents[f.Sentence].Start; ms > lo && strings.ContainsRune("对与同和及、的", v.text[ms-1]) {
			continue
		}
		other := false
		for _, j := range v.bySent[f.Sentence] {
			if x := &v.d.Mentions[j]; x.Start >= m.End && x.Start < me && (x.Type == pipeline.Person || x.Type == pipeline.Org || x.Type == pipeline.Place) {
				other = true
			}
		}
		if other {
			continue
		}
		f.Object = v.slice(m.End, me)
		takeSubject(f, org{name: entity(m), start: m.Start, mentions: []*pipeline.Mention{m}}, "|subject:metric-name")
	}
}

// splitName returns the PLACE or ORG mention of sentence si that the
// metric [ms, me) as read opens inside of, where gse cut the name apart
// (2017年中石油天然气产量: 中/f 石油/n; 第一共和银行股价), when the mention
// opens its clause after times, something of the metric follows it and no
// other name does: the metric is the name's. Else nil.
func (s *Stage) splitName(v *view, si, ms, me int) *pipeline.Mention {
	lo := v.sents[si].Start
	for _, i := range v.bySent[si] {
		m := &v.d.Mentions[i]
		if m.Start >= ms || m.End <= ms || m.End >= me || m.Parent != nil || m.Type != pipeline.Place && m.Type != pipeline.Org {
			continue
		}
		if !v.clauseOpens(m.Start, v.clauseStart(lo, m.Start)) || len(v.inside(si, m.End, me)) > 0 {
			return nil
		}
		return m
	}
	return nil
}

// nationSubjects writes the subject of an amount, statistic, change or
// share that is a subject word for a whole country's total as that country
// (fact_words.tsv kind nation: 全国 → 中国), as 我国 is: a national figure is
// the country's, whether the text writes 全国, 我国 or only its bureau. The
// rules read the word as written; a longer subject it opens (全国铁路) keeps
// what it names.
func (s *Stage) nationSubjects(v *view) {
	for i := range v.facts {
		f := &v.facts[i]
		if f.Kind == Role || f.Kind == Event {
			continue
		}
		if state, ok := s.words.Predicate(dictionaries.FactNation, f.Subject); ok {
			f.Subject = state
		}
	}
}

// sentenceStates gives an amount, statistic, change or share still with no
// subject the state that a subject word earlier in its sentence, or inside
// its evidence after times (2012年我国最终消费…贡献率为51.8%), stands for
// (我国, 全国 → 中国; rule |subject:sentence-state) and that opens its
// clause after times — not one inside what describes a thing (嫦娥三号是我国
// …任务之一, 作为我国首个深水高压气田项目, 由我国自主研制的) — when the sentence up to
// the end of the figure's clause names no other place, organization or
// person and holds no other subject word, scope or local word, anaphor, 其
// or word for both parties, the figure's evidence opens its clause after
// times, and the money is someone's: a sentence about one country's figures
// that the rules reading the word did not reach (到2016年底，我国畜禽粪污的
// 资源化利用率达到了60%以上，秸秆的综合利用率达到了80%以上 → 中国).
func (s *Stage) sentenceStates(v *view) {
	for i := range v.facts {
		f := &v.facts[i]
		si, lo, hi, _, ok := s.ownerlessFigure(v, f)
		if !ok {
			continue
		}
		state, at := "", 0
		for p := lo; p < f.EvidenceEnd && state == ""; p++ {
			if n := s.words.Starting(dictionaries.FactSubject, v.text, p, f.EvidenceEnd); n > 0 && v.aligned(p, p+n) {
				name, _ := s.words.Predicate(dictionaries.FactSubject, v.slice(p, p+n))
				if nation, ok := s.words.Predicate(dictionaries.FactNation, name); ok {
					name = nation
				}
				if c := s.countries.Lookup(name); c != nil && c.Name == name && v.clauseOpens(p, v.clauseStart(lo, p)) {
					state, at = name, p
				}
			}
		}
		rule := "|subject:sentence-state"
		var place *pipeline.Mention
		if state == "" {
			place = s.openingPlace(v, si, lo, f.EvidenceEnd, f.EvidenceStart)
			if place == nil {
				continue
			}
			state, at, rule = entity(place), place.Start, "|subject:sentence-place"
		}
		end := f.EvidenceEnd
		for end < hi && !stopMark(v.text[end]) {
			end++
		}
		if s.namesOther(v, si, lo, end, state) {
			continue
		}
		o := org{name: state, start: at}
		if place != nil {
			o.mentions = []*pipeline.Mention{place}
		}
		takeSubject(f, o, rule)
		f.Confidence = min(f.Confidence, 0.6)
	}
}

// openingPlace returns the first PLACE mention of sentence si in [lo, end)
// that opens its clause after times, written with two characters or more,
// of a country or a coded place, and not inside a word (海口舰); else nil.
// Not a place that opens the name of what reports (上海清算所最新数据显示,
// 《日本经济新闻》提到: its clause ends in a word of report or speech), of a
// thing it points to or counts (四平这家农机厂, 青岛一家企业), one of a list
// (北京、家电, 宁波等7个市), of the first of things listed with 等
// (北京菜市口百货商场等三家商场), or of a body named by its suffix
// (浙江工商部门, 东北新发地农产品供应链中心): the figures are theirs. Nor a place
// before nouns, maybe after localizers, 的 or a demonstrative, in a clause
// before the figure's, at fs, that states no figure: the clause is about a
// thing of the place (东北虎豹国家公园畅通…, 天津西北角美食街区，…, 北京的地坛庙会，…),
// unless it ends in a localizer or a word of where, a frame inside the place
// (广西的工业格局当中，…).
func (s *Stage) openingPlace(v *view, si, lo, end, fs int) *pipeline.Mention {
	for _, i := range v.bySent[si] {
		m := &v.d.Mentions[i]
		if m.Type != pipeline.Place || m.Parent != nil || m.Start < lo || m.End > end {
			continue
		}
		if m.End-m.Start < 2 || m.Country == "" && m.PlaceCode == "" || !v.aligned(m.Start, m.End) || !v.clauseOpens(m.Start, v.clauseStart(lo, m.Start)) {
			return nil
		}
		ce := m.End
		for ce < v.sents[si].End && !strings.ContainsRune("，,；;。：:", v.text[ce]) {
			ce++
		}
		if n := max(s.words.Ending(dictionaries.FactReport, v.text, m.End, ce), s.words.Ending(dictionaries.FactSpeech, v.text, m.End, ce)); n > 0 && v.aligned(ce-n, ce) {
			return nil
		}
		if m.End < ce && strings.ContainsRune("这那该一、和与及等", v.text[m.End]) {
			return nil // 北京、家电…, 宁波等7个市: one of a list; 青岛一家企业: one thing of the place
		}
		if t := v.tokenStarting(m.End); t != nil && strings.HasPrefix(t.Pos, "n") && utf8.RuneCountInString(t.Text) == 1 {
			return nil // 海口舰: a thing named for the place
		}
		t := v.tokenStarting(m.End)
		for t != nil && t.End < ce && (t.Pos == "f" || t.Pos == "uj" || t.Pos == "r") {
			t = v.tokenStarting(t.End) // 天津西北角美食街区, 北京的地坛庙会, 安徽的这个家电企业
		}
		if ce <= fs && t != nil && nounLike(t) && !s.figureIn(v, si, m.End, ce) && !s.localizerEnds(v, m.End, ce) {
			return nil // 河北农垦全面改制，…亏损率超过70%: what the place's clause is about, not the place
		}
		for t := v.tokenStarting(m.End); t != nil && t.End <= ce && nounLike(t); t = v.tokenStarting(t.End) {
			if _, ok := s.orgName(v, si, m.Start, t.End); ok {
				return nil
			}
			if t.End < ce && v.text[t.End] == '等' {
				return nil // 北京菜市口百货商场等三家商场: the first of things listed
			}
		}
		return m
	}
	return nil
}

// localizerEnds reports whether the clause [start, end) ends in a
// localizer or a word of where (fact_words.tsv kind where: 北京的投资计划中,
// 广西的工业格局当中): a frame inside the place, whose figures are still the
// place's.
func (s *Stage) localizerEnds(v *view, start, end int) bool {
	if n := s.words.Ending(dictionaries.FactWhere, v.text, start, end); n > 0 && v.aligned(end-n, end) {
		return true
	}
	t := v.tokenEnding(end)
	return t != nil && t.Start > start && t.Pos == "f"
}

// figureIn reports whether [start, end) of sentence si holds a MONEY,
// QUANTITY or PERCENT mention.
func (s *Stage) figureIn(v *view, si, start, end int) bool {
	for _, i := range v.bySent[si] {
		m := &v.d.Mentions[i]
		if m.Start >= start && m.End <= end && (m.Type == pipeline.Money || m.Type == pipeline.Quantity || m.Type == pipeline.Percent) {
			return true
		}
	}
	return false
}

// ownerlessFigure reports whether f is an amount, statistic, change or share
// that no rule gave a subject, whose evidence opens its clause (fs) and
// whose money, if any, is someone's: the figures sourceSubjects and
// sentenceStates may give a state. It returns f's sentence, the sentence's
// bounds and the clause's start.
func (s *Stage) ownerlessFigure(v *view, f *pipeline.Fact) (si, lo, hi, fs int, ok bool) {
	if f.Kind != Amount && f.Kind != Statistic && f.Kind != Change && f.Kind != Share || f.Subject != "" || strings.Contains(f.Rule, "|subject:") {
		return 0, 0, 0, 0, false
	}
	si = f.Sentence
	lo, hi = v.sents[si].Start, v.sents[si].End
	fs = v.clauseStart(lo, f.EvidenceStart)
	// 本届总统选举的投票率: whose is not said; 涉案金额: no one's.
	ok = v.clauseOpens(f.EvidenceStart, fs) && !s.unowned(v, fs, f.EvidenceEnd)
	return si, lo, hi, fs, ok
}

// parallelFigures gives an amount, statistic, change or share still with no
// subject, whose predicate or metric opens its clause after times, the
// subject of the figure of any of these kinds that ends the clause right
// before it, maybe past clauses of change, as parallelFact reads it (rule
// |subject:parallel-figure): parallel figures count for the same subject,
// also across ； and where the figure before took its subject only from a
// rule that runs after the figure's own (…，去年地区生产总值增长6.1%，经济总量超
// 3万亿元 → the change's 重庆市; …业务收入14039亿元，同比增长5.9%；实现利润总额
// 1074亿元 → 中国). A change read after such an amount or statistic, from its
// clause, takes the same subject. Not a metric that writes the one before
// after nouns of its own (欧盟实际投入外资金额…；“一带一路”沿线国家实际投入外资金额…:
// another's), nor after a value before 的. A figure whose metric does not
// open its clause as metricAt reads it is read so too when its clause names
// only what it counts (countedClause: 完成集装箱吞吐量…, 护理型床位占比…), but
// not the metric before written after nouns (欧元区11月通胀率: another's).
// An amount whose clause has no subject of its own (subjectless: 并设立了…)
// right after a clause that ends in an amount takes that amount's subject
// (吉林省向游客发放冰雪消费券3000万元，并设立了总额1000万元 → 吉林省).
// Figures are read in the order of the text, so that one so read passes its
// subject on.
func (s *Stage) parallelFigures(v *view) {
	order := make([]int, 0, len(v.facts))
	for i := range v.facts {
		order = append(order, i)
	}
	slices.SortStableFunc(order, func(a, b int) int { return v.facts[a].EvidenceStart - v.facts[b].EvidenceStart })
	for _, i := range order {
		f := &v.facts[i]
		if f.Kind != Amount && f.Kind != Statistic && f.Kind != Change && f.Kind != Share || f.Subject != "" ||
			strings.Contains(f.Rule, "|subject:") || strings.Contains(f.Rule, ":after-") {
			continue
		}
		ps := -1
		if f.Kind == Amount {
			if p, known := v.predAt[i]; known {
				ps = p
			}
		} else if f.Object != "" {
			ps = s.metricAt(v, f)
		}
		si, lo := f.Sentence, v.sents[f.Sentence].Start
		var g pipeline.Fact
		ok := false
		if ps >= 0 {
			var phrase string
			g, phrase, ok = s.parallelFact(v, si, lo, ps, Amount, Statistic, Change, Share)
			if _, _, partner := v.partnerBefore(lo, s.subjectEnd(v, ps, lo)); partner {
				continue // ，对东盟进出口…: the trade with another partner, which parallelFact reads for amounts
			}
			end := ps // where the nouns before the predicate, or the metric, end
			if f.Kind != Amount {
				end += utf8.RuneCountInString(f.Object)
			}
			if phrase != "" && f.Kind == Amount && f.Predicate == g.Predicate || s.agent(v, v.clauseStart(lo, ps), end) {
				continue // 第一地平线银行下跌超过33%, 各级民政部门投入: nouns of another's
			}
		}
		if cs := v.clauseStart(lo, f.EvidenceStart); !ok && f.Kind == Amount && cs < f.EvidenceStart && s.subjectless(v, si, cs, f.EvidenceStart) {
			if h, found := s.factBefore(v, si, lo, cs, Amount); found && h.EvidenceEnd == cs-1 {
				g, ok = h, true
			}
		}
		if cs, ns, counted := s.countedClause(v, f); ps < 0 && counted {
			g, ok = s.factBefore(v, si, lo, cs, Amount, Statistic, Change, Share)
			if ok && g.Object != "" && g.Object == f.Object && !strings.HasPrefix(v.slice(ns, f.EvidenceEnd), f.Object) {
				continue // 欧盟11月通胀率为11.1%，欧元区11月通胀率为10.1%: the same metric after nouns of another's
			}
		}
		if !ok || v.valueModifies(&g) || g.Object != "" && f.Object != g.Object && strings.HasSuffix(f.Object, g.Object) {
			continue
		}
		for k := range v.facts {
			h := &v.facts[k]
			if k == i || h.Sentence == si && h.EvidenceStart == f.EvidenceStart && h.Subject == "" && strings.HasPrefix(h.Rule, h.Kind+":after-") {
				h.Subject = g.Subject
				h.Rule += "|subject:parallel-figure"
				h.Confidence = min(h.Confidence, 0.65)
				if h.DateStart == nil && g.DateStart != nil {
					h.DateStart, h.DateEnd = g.DateStart, g.DateEnd
				}
			}
		}
	}
}

// countedClause reports whether the clause of figure f names only what it
// counts: after times, fillers, modifiers, light or spend verbs (完成, 累计
// 上交), nouns or an adjective open it, naming no one who acts, and up to
// the figure's end it holds no name, subject, local word or anaphor and no
// 和, 与, 及 or 、 that could list another's (完成集装箱吞吐量1916.5万标准箱;
// not 高淳瑶池山庄及迎湖桃园接待量…). It returns where the clause and its
// nouns start.
func (s *Stage) countedClause(v *view, f *pipeline.Fact) (cs, ns int, ok bool) {
	si, lo := f.Sentence, v.sents[f.Sentence].Start
	cs, end := v.clauseStart(lo, f.EvidenceStart), f.EvidenceEnd
	for _, m := range v.inside(si, cs, end) {
		if m.Type == pipeline.Place || m.Type == pipeline.Org || m.Type == pipeline.Person {
			return 0, 0, false
		}
	}
	for p := cs; p < end; p++ {
		if strings.ContainsRune("和与及、对其", v.text[p]) || s.words.Starting(dictionaries.FactSubject, v.text, p, end) > 0 ||
			s.words.Starting(dictionaries.FactLocal, v.text, p, end) > 0 || s.words.Starting(dictionaries.FactAnaphor, v.text, p, end) > 0 {
			return 0, 0, false
		}
	}
	p := cs
	for p < end {
		n := 0
		for _, kind := range []dictionaries.FactKind{dictionaries.FactFiller, dictionaries.FactModifier, dictionaries.FactLight, dictionaries.FactSpend} {
			if k := s.words.Starting(kind, v.text, p, end); k > n && v.aligned(p, p+k) {
				n = k
			}
		}
		if m := v.timeStarting(p, end); n == 0 && m != nil {
			n = m.End - p
		}
		if t := v.tokenStarting(p); n == 0 && t != nil && (t.Pos == "t" || t.Pos == "d") {
			n = t.End - p
		}
		if n == 0 {
			break
		}
		p += n
	}
	e := p
	for t := v.tokenStarting(e); t != nil && t.End <= end && (nounLike(t) || t.Pos == "a" && e == p); t = v.tokenStarting(e) {
		e = t.End
	}
	if e == p || s.agent(v, p, e) {
		return 0, 0, false
	}
	return cs, p, true
}
