// Package facts derives facts from the mentions earlier stages found: who
// holds which role where (role), who spent or received how much and when
// (amount), how many of something a subject counts (statistic), which
// organizations or places did something together, which people met, or
// who visited which place, when and where (event), by how much something grew or fell (change:
// 营业收入1.2亿元，同比增长22.4% → 营业收入, 同比增长, 22.4 %; the unit is %
// or pp for percentage points, or a currency when it grew by money no amount
// fact reads: 人民币贷款增加14.75万亿元), and what share of a whole something is
// (share: 民营企业进出口占我国外贸总值的55.4% → 民营企业进出口,
// 占我国外贸总值, 55.4 %).
//
// The stage reads mentions by type from Doc.Mentions, whichever stage made
// them, and uses Doc.Sentences and Doc.Tokens for the text between them.
// Every fact lies within one sentence: its evidence span contains every
// mention in MentionIDs. Where a rule reads an organization that no mention
// covers, it finds the name by suffix grammar (the longest run of name-like
// words before a title that ends in an organization suffix from
// org_suffixes.tsv) and says so in the rule name.
//
// A time or place missing from the sentence is taken from context only by a
// named rule, appended to Fact.Rule after a "|":
//
//   - (unnamed) a DATE of the fact's own sentence: one in the same clause
//     (no comma between), nearest before the amount or verb, else the first
//     after it; else the nearest date before it that is a clause of its own
//     (…,截至2023年底,…), else the date that opens the sentence, else the
//     nearest date before it that opens a clause (…显示，2023年我国轻工业生产
//     持续回升，…，实现营业收入22.2万亿元).
//   - date:paragraph-context: otherwise the date that opens an earlier
//     sentence of the same paragraph (paragraphs are separated by "\n" in
//     Doc.Text), or opens its clause after a first clause that only names a
//     source (海关总署最新数据显示，2019年1月，…；累计进口额48.6亿美元), when it
//     is the nearest earlier sentence with a date and that sentence has no
//     other. The publication date is never used: an
//     article published in 2024 mostly reports on earlier times.
//   - subject:sentence-before: a change, share or statistic with no subject
//     takes that of the changes of the sentence before in its paragraph, or
//     when it has none of its amounts, statistics and shares, when they all
//     have one and it is the whole country, a statistical region (西部地区)
//     or a place the document names, and
//     the sentence names no other place or organization before it (上半年，
//     全国…增长6.0%。分三大门类看，采矿业增加值增长5.4% → 全国). A statistic
//     must open its clause with its metric, not read it from inside a word
//     (目前累计进|馆人数). A list of metrics before 分别 with no subject of its
//     own takes it so too, for every item (…全国全社会用电量9396亿千瓦时…。
//     第一产业、第二产业…用电量分别同比增长1.5%、5.0%… → 全国), or the sentence
//     topic as subject:sentence-topic reads it.
//   - date:document-lead: a meeting or talk in a later paragraph with no date
//     of its paragraph takes the lead's, when the document's first sentence
//     holds one DATE of at most 16 days and names the person who met (11月30日
//     至12月1日，…丁薛祥在迪拜出席峰会。… 丁薛祥分别会见了…): a visit's
//     report gives its time once. Not a meeting to come (将会见).
//   - subject:quote-speaker: an amount in a quotation whose sentence names
//     no payer is attributed to the organization of the speaker named right
//     after the closing quote (“…支持经费200万元。”市科技局相关负责人告诉记者).
//   - subject:company-coref: an amount whose subject is a company anaphor
//     opening its clause (公司, 该公司, 本公司, 该集团; fact_words.tsv kind
//     anaphor) is attributed to the most recent ORG mention before it in the
//     document whose name ends in a company suffix of org_suffixes.tsv
//     (…宜昌金宝乐器制造有限公司…。公司实现营业收入1.2亿元). With no such
//     company the subject stays empty.
//   - subject:pronoun: an amount, statistic, change or share with no subject
//     whose clause opens with 其 (its) and then, past times only, its figure
//     takes the ORG mention 其 refers to in the clause before: one that ends
//     it after 是 (另一个需要关注的是吉利汽车，其10月销量接近6万辆) or opens it,
//     maybe after 据, before only nouns and words of report or saying
//     (戴尔公司估计，其第一季度收入约为142亿美元 → 戴尔公司).
//   - respectively: a list of metrics or names before 分别 and as many values
//     after a change verb are paired in order, one change each (进口和出口分别
//     增长5.1%和6.6%); listed names are the subjects (德国、韩国对华投资分别增长…)
//     or, after 与, 对 or 同, the partners of the subject before them (我国对
//     东盟、欧盟进出口分别增长… → 中国, 东盟进出口). Names before 分别 pair with
//     as many amounts the same way (我国对东盟、欧盟分别进出口1.07万亿元、1.02万亿元),
//     and values after 分别 in the next clause with those amounts, in order.
//   - subject:topic: an amount whose clause opens with its predicate
//     (，总投资超700亿元) is attributed to the PLACE or ORG mention or subject
//     word that opens the clause right before it and does a verb there
//     (一季度，云南计划开工500多个项目，总投资超700亿元 → 云南省). Not when that
//     clause names a source (发布, 显示, 获悉; fact_words.tsv kinds report and
//     speech), holds a person or an amount, or is a time (重组后, 实施以来).
//     The name may go on with what it counts before the verb, nouns maybe
//     joined by 和, 与 or 及 (福建全省地区生产总值预计增长…，进出口总额… → 福建省;
//     我国软件和信息技术服务业运行态势平稳，软件业务收入… → 中国), and the
//     predicate may end a word gse read whole (软件业务|收入). A statistic
//     of level (达到) whose own subject is nouns with no name (日产油气能力
//     达到11万吨) makes them its object and takes its subject so too.
//     The topic's verb may be one gse tagged a preposition, when 了 follows
//     (日本内阁通过了…预算，总额达6.8万亿日元 → 日本内阁), one gse read whole
//     with a filler (已有, 共有: 陕西省已有600多个村子完成了…，今后每年将投入
//     10亿元 → 陕西省), or a filler gse tags a verb when no other verb and no
//     preposition follows (中国华录提前一年扭亏为盈，净利润为1530万元), or
//     stand after how or for whom it is done, a preposition and its nouns
//     (河南省对乡村教师生活补助“提标扩面”，已筹措36亿元 → 河南省; 广东将通过财政
//     投入、市场化等方式，投入1179亿元), not after 与 or 同 (河北共与48家央企
//     签署77项协议，意向总投资…: both's) nor 在.
//     The topic's clause may say how it fares with an adjective that ends it
//     (中国经济基本面良好，今年上半年国内生产总值同比增长7.6% → 中国), and times
//     may open the clause of the figure.
//     A clause that is only a name, maybe after nouns that describe it, is a
//     topic too (江苏，传统产业占规模以上工业营收总额的六成多 → 江苏省).
//   - subject:topic-chain: an amount still with no subject after the rules
//     above, whose clause opens with its predicate or with a verb, takes the
//     topic of subject:topic from a clause up to three clauses back, when
//     every clause between has no subject of its own: each opens, after
//     times, adverbs and conjunctions, with a verb and holds no person, amount
//     or source (全国累计检查定点医药机构318.9万家次，查处154.3万家次，共追回医保
//     资金771.3亿元 → 全国), is only a time (山东省已建立了…基地，今年前三季度，
//     承接服务外包合同超过18亿美元 → 山东省), or only says by how many percent
//     the count before it changed (全国旅游接待总人数累计2.87亿人次，同比增长
//     11.1%，实现旅游收入3527亿元 → 全国). The topic's name must stand right before its
//     verb, and the amount be no one's before it (fact_words.tsv kind unowned:
//     案值, 涉案金额, 损失). A change, statistic or share whose metric opens
//     its clause takes the topic so too (日照港坚持科技引领，建成…码头，单机平均
//     效率提升50% → 日照港). A clause that opens with 加上 or 连同 adds others
//     to the topic's count: no chain runs across it. A clause between may
//     open with to or for whom before its verb (重庆市加大扶持力度，为该基金提供
//     10亿元 → 重庆市; 向, 给, 为, 对 and names, nouns or counts).
//   - subject:opening-name: a change, statistic or share whose metric, as
//     read, starts further in its clause than a subject word, place or
//     organization that opens it, after times only, takes that name when
//     only words that narrow the metric stand between: nouns, adjectives,
//     directions, times, dates, a counted group, nouns listed with 、 or
//     ending in 等, 的 after no verb, and words gse tags otherwise: a suffix
//     (普惠型), 各类, a code (PM2.5), a noun it splits after a verb (充电|桩);
//     after a subject word a region (我国西部地区) is the subject instead
//     (2017年全国74个重点城市优良天数比例为73.4% → 全国; 3月末，中央企业平均资产
//     负债率为65.9% → 中央企业; 台积电公司4—5纳米制程的先进生产线产能利用率 →
//     台积电公司, not 商务部 of 商务部监测的5000家重点企业…零售额).
//     No verb, preposition, other punctuation, other name, or word of report or
//     forecast (fact_words.tsv kinds report, speech, lead, announce: 世界银行
//     预计2023年全球贸易增长率 keeps none) may stand there, nor the last name
//     of a list, nor a place a one-character noun makes a thing's name (海口舰).
//   - subject:sentence-topic: a change, statistic or share still with no
//     subject whose metric opens its sentence, after clauses that are only a
//     time, in a sentence that names no other place or organization, takes
//     the topic (topicOf, as subject:topic reads it) of the sentence before in
//     its paragraph when that sentence states no figure of its own, the
//     topic is the whole country, a statistical region or a place the
//     document names, no other
//     place or organization follows it there, and it opens no company's name
//     (记者从中国邮政集团有限公司获悉，中国邮政已建成… keeps none): a report says
//     once how a country or place fares and goes on with its figures (今年以来，
//     我国发展新动能继续壮大。1—4月份，高技术产业投资同比增长14.7% → 中国). An
//     amount whose change right after it took such a subject takes it too.
//   - subject:metric-name: a change, statistic or share still with no
//     subject whose metric as read opens with a PLACE mention of a country
//     or a coded place, written with two characters or more, takes that
//     place, and the rest of the metric is its object (两年内韩国KOSPI指数上涨
//     88.92% → 韩国, KOSPI指数): as subject:opening-name reads a name before
//     the metric. Not a name after 对, 与, 同, 和, 及 or 、 (a partner, one of
//     a list) or after 的 (上届的北京国际车展), nor before another name in the
//     metric (乌克兰演员泽连斯基得票率), nor what a count counts (14名中国船员).
//   - subject:source-state: an amount, statistic, change or share still with
//     no subject, in a sentence with a clause before the figure's that is a
//     state body's report (maybe after 据 or 从: its ORG mention, then times,
//     adverbs and nouns, ending in a word of fact_words.tsv kind report —
//     国家统计局今天发布的数据显示, 记者从交通运输部获悉：), takes the body's state
//     when nothing from there to the end of the figure's clause names a
//     place, organization or person, a subject, scope or local word, an
//     anaphor, 其 or both parties — but a place or subject word that names
//     the same state (我国, 全国 → 中国) — the figure's evidence opens its clause
//     after times, and no word of an amount no one owns stands there
//     (涉案金额): a national bureau's numbers with no subject of their own
//     are its country's, not the bureau's (国家能源局发布数据显示，2024年，
//     全社会用电量98521亿千瓦时 → 中国). The state is that of a word of kind
//     domestic that opens the body's name (国家, 中华人民共和国) or is all of it
//     (中国人民银行, 工业和信息化部), or the country that opens it (美国商务部),
//     for a state's body or an association by its suffix (中国汽车工业协会);
//     not a company's or a bank's report, whose numbers are its own. A figure
//     whose text names its subject (全国, 我国, a province) keeps that name.
//   - subject:sentence-state: an amount, statistic, change or share still
//     with no subject takes the state a subject word earlier in its sentence,
//     or inside the figure's evidence after times (2012年我国最终消费对经济增长的
//     贡献率为51.8% → 中国),
//     stands for (我国, 全国 → 中国) when that word opens its clause after
//     times — not one inside what describes a thing (嫦娥三号是我国…任务之一,
//     作为我国首个…项目) — and the sentence up to the end of the figure's
//     clause names nothing else, as subject:source-state reads it (如今，全国
//     具备条件的乡镇和建制村都通了硬化路，农村自来水普及率达到90% → 中国).
//   - subject:sentence-place: such a figure in a sentence with no subject
//     word takes, the same way, the first PLACE mention of the sentence, of a
//     country or a coded place written with two characters or more, when it
//     opens its clause after times (昨天，武汉市最大累计降雨量超过224毫米 →
//     湖北省武汉市; 2017年，贵州省绿色经济…，森林覆盖率达55.3% → 贵州省); not one
//     that opens the name of what reports (its clause ends in a word of
//     report or speech: 中国游戏产业报告显示), of a body by its suffix, of a
//     thing it points to or counts (四平这家农机厂, 青岛一家企业) or named with
//     a one-character noun (海口舰), nor one of a list (北京、家电), nor one
//     before nouns in a clause before the figure's that states no figure
//     (浙江工商部门通报了抽检结果，不合格率达75% keeps none).
//   - subject:whole: an amount after 其中 (of which) whose clause opens with
//     its predicate is a part of the last amount before 其中 in the
//     paragraph, at most a sentence back, and takes its subject and period
//     (…我国货物贸易进出口总值41.76万亿元…。其中，出口23.77万亿元 → 中国).
//     A change or share after 其中 with no subject of its own takes those of
//     the last fact before 其中 in its sentence, or, where 其中 opens the
//     sentence, of the sentence before in the paragraph, when it has one
//     (全国规模以上工业增加值同比增长4.0%。其中，装备制造业增加值增长6.0% → 全国).
//     A statistic after 其中 with no subject takes the whole's so (…全国累计
//     发电装机容量约31.6亿千瓦…。其中，太阳能发电装机容量约7.7亿千瓦 → 全国).
//   - subject:parallel: an amount whose clause opens with its predicate right
//     after a clause with another amount, maybe past clauses of change, takes
//     that amount's subject (全国基本医保基金总收入3.11万亿元，总支出2.63万亿元),
//     also with a few nouns after a light verb before the predicate (实现旅游
//     收入) or after a count (接待游客…，实现旅游收入…); a change right after
//     another change of the sentence takes its subject too.
//     A change, statistic or share whose metric opens its clause right after
//     such a clause takes the subject of its amount or statistic the same way
//     (我国义务教育巩固率达到93.4%，高中阶段毛入学率88.3%，高等教育毛入学率
//     45.7% → 中国), not
//     that of a value before 的, which says what a thing is (总投资82亿元的
//     太阳能单晶硅项目).
//   - subject:parallel-figure: a figure of any of these kinds still with no
//     subject after the other rules, whose predicate or metric opens its
//     clause, takes that of the figure ending the clause before, also across
//     ； and where that one took its subject late (…，去年地区生产总值增长6.1%，
//     经济总量超3万亿元 → 重庆市); a change read after it, from its clause,
//     too. Not a metric that ends in the one before after nouns of its own,
//     nor one naming who acts (第一地平线银行下跌超过33%). A clause that names
//     only what it counts after a light verb or nouns (；完成集装箱吞吐量1916.5万
//     标准箱) is read so too, not one that writes the same metric after nouns
//     (欧盟11月通胀率为11.1%，欧元区11月通胀率为10.1%). An amount whose clause
//     opens with a verb and has no subject of its own, right after a clause
//     ending in an amount, takes its subject (吉林省向游客发放冰雪消费券3000万元，
//     并设立了总额1000万元 → 吉林省).
//   - |partner: a part or parallel clause that opens with 对 and a partner
//     (其中，对东盟进出口9932.4亿元) writes the partner to the object.
//   - holder:document, holder:known-person: a role with no holder takes the
//     one the document gives the same person for the same title, or, for a
//     state's post written bare (fact_words.tsv kind statepost: 国家主席,
//     总统), the state people_known.tsv records for the person.
//
// Changes and shares whose metric has no subject of its own take the topic
// of the clause before as amounts do (subject:topic). A fact in a sentence
// that opens with 在 and a place (在陕西，…) has that place, as has an amount
// whose clause puts 在 and a place before its verb (在四川省成都市双流区投资).
// Fact.Place holds a place's canonical name: the entity of its PLACE mention
// (四川省成都市), places written together as the innermost's full name, or
// abbreviations written together as written (京津冀). An amount, statistic,
// change or share with no place yet takes one from its subject, by a rule
// appended to Fact.Rule:
//
//   - place:subject: the subject is a place — a country (我国 → 中国), a PLACE
//     mention of the document that has a code or a country under its entity
//     (广西外贸进出口总额 → 广西壮族自治区), or the full name of one Chinese
//     division (江苏省 of 全省) — whichever rule read the subject.
//   - place:org: the subject is an ORG mention's name that opens with the
//     full name of one Chinese division (太原市浩兴科贸有限公司 → 山西省太原市)
//     or with a country when the organization is a state's body by its
//     suffix (org_suffixes.tsv kinds government, party, legislature,
//     judicial, military: 中华人民共和国财政部 → 中国, 美国国防部 → 美国); a
//     company or bank named for its country (中国工商银行) acts anywhere.
//
// A subject need not be a name when fact_words.tsv lists it as a subject
// word that stands for one (我国 → 中国; 中央财政 stands for itself, and
// 全国, which the rules read as the national total — the → 全国 of the
// rules above — is written as its country, 中国: fact_words.tsv kind
// nation, see nationSubjects); such a word, or a PLACE mention as the subject of an amount,
// must open its clause, after times only: 在北京投资 is where, not who.
// An ORG or PLACE mention that opens the clause before nouns and the amount
// predicate (四川交通建设完成投资635亿元, 中国游戏市场实际销售收入…) is the
// subject of rule amount:name-phrase-…, and the nouns — what the money is
// for or comes from — its object; after a subject word the rule is
// amount:word-phrase-… (我国交通固定资产投资超2万亿元 → 中国, 投资,
// 交通固定资产). A time among the nouns is the fact's and no part of them:
// amount:name-dated-phrase-… (上海金融市场去年交易总额 → 上海市, 总额,
// 金融市场交易, 2023). Divisions written together own it with 的 as the
// last one (天津宝坻区的降雨量 → 天津市宝坻区), and a body named by its suffix
// after a place owns it whole (中国船舶重工集团的利润总额 → 中国船舶重工集团). A place or organization that
// owns the predicate or metric with 的 across a time is its subject as well
// (希腊目前的失业率 → 希腊, 失业率; rules amount:place-dated-…,
// change:name-dated-…, statistic:rate-name-dated,
// statistic:measure-name-dated). The words between subject and predicate
// are read as gse tagged them when they hold no name, preposition, adverb or
// verb alone (我国创新药市场规模); after 对, 与, 同 or 和 they are the partner, written to
// the object, and the rule says amount:word-partner-… or name-partner-…
// (我国对共建“一带一路”国家进出口 → 中国, 共建“一带一路”国家; 长三角地区对…, 青岛市与
// 上合组织有关国家进出口贸易总额 → 山东省青岛市, 上合组织有关国家); a change after
// such an amount names its metric with the preposition (对东盟进出口额).
// An ORG mention, or a PLACE mention of a country or coded division (or a
// body gse reads as one word with it, named by its suffix: 美国政府), that
// opens the clause is the payer of rule amount:org-adverbial-… or
// place-adverbial-… when only adverbials stand between it and the spend
// verb: times, adverbs and fillers, a word of saying, bodies after 会同 or 商,
// and a preposition with whom or where (财政部日前拨付2023年第二笔农业保险保费补贴
// 94.82亿元; 美国国防部25日称再向乌克兰提供价值4亿美元), whose nouns may open
// with a demonstrative or 其 (美国就已经向其东亚盟友提供…), also after a filler
// gse reads with it as one adverb (德国迄今已向/d 希腊提供…: the segment stage
// cuts it in two, segment_splits.tsv); a country's side
// (日方, 韩方) is the country (日方将向该基金提供10亿日元 → 日本). No other verb, no
// nouns outside the preposition's phrase and no negation may stand there,
// and a single name right before the verb may open a longer one (中国|出口信用
// 保险公司…), so it is not read. Whom the money goes to, after 对, 向, 给 or 为
// right before the verb, is the object unless what is spent is named, maybe
// past a count that opens it (长春科技金融创新服务中心已为2000多户企业融资131亿元
// → 企业), and the subject is read before the preposition and its fillers.
// Vague subjects (各地, 国家) are no subjects: which place they mean is not
// written; but 国家 in a domestic article is its state (homeWord) as the
// payer before a spend verb, the owner before 的 (国家的投入) or before a
// partner after 对 (国家对保障房建设投资…). 全省, 全市 and 全区 are the province, prefecture or autonomous
// region the document's coded places mostly lie in, when one stands out,
// else the one their paragraph named last (not one of a list);
// 全县, 全镇, 全乡 and 全村 (and 村里) the county, town or village named last before them
// in their paragraph, else the one the document names most (小岗村), unless
// the paragraph names a place outside its province.
//
// What is to come is marked: a plan, a forecast or a target (湖北每年将投入
// 3000多万元; 力争…比例超过1.85%; 习近平主席将会见班达里) keeps its fact, whose
// rule gains plan:marker (a word of fact_words.tsv kind plan in the clause
// of the fact's value) or plan:future-date (the fact's own date names a year
// after the year of publication: 到2030年, 未来5年), and whose confidence is
// at most 0.5; see markPlans. Roles are not marked.
//
// Context values are not mentions of the fact's sentence, so their mention
// IDs are not in MentionIDs.
//
// A title written with 原 or 前 before it (原主任) is a role no longer held;
// the mark stays in the predicate as written, so predicate = '主任' selects
// current holders and predicate LIKE '%主任' all of them.
//
// An event's predicate is its verb, a colon and what was done when the
// sentence names it (签署:深化战略合作实施协议); the subject is the first
// party and the object the second. With more parties after 与 or 会同
// (会同中央空管办、国家发展改革委等十部门联合发布) there is one fact per party
// after the first, each with the first as subject. A meeting of two people (习近平会见…斯特勒,
// 习近平同…邦戈举行会谈) is an event too: the subject is the one who meets or
// the first named, the place what follows 在 (人民大会堂), as written.
// After 在 and a place, a place joined to it by 和 is where too, not the
// second party (交通运输部在云南和广西启动… is no event with 广西).
//
// Money after 每 and a sum of money in its clause (每百元营业收入中的成本为
// 84.6元) is a ratio: no amount. A quantity or percentage before 的 and a
// noun (超过300毫米的站点, 城镇人口比重超过50%的省份) says which things and
// is no statistic's value, unless the noun names it as a level reached or
// aimed at (fact_words.tsv kind level: 的新高, 的目标).
package facts

import (
	"fmt"
	"slices"
	"strings"

	"github.com/zhfacts/zhfacts/dictionaries"
	"github.com/zhfacts/zhfacts/pipeline"
)

// Name is the stage name.
const Name = "facts"

// Fact kinds, as in facts.kind.
const (
	Role      = "role"
	Amount    = "amount"
	Statistic = "statistic"
	Event     = "event"
	Change    = "change"
	Share     = "share"
)

// data is every dictionary the stage reads, shared read-only: the
// dictionaries package parses each file once per process.
type data struct {
	titles    *dictionaries.Titles
	suffixes  *dictionaries.OrgSuffixes
	falseEnds *dictionaries.Lexicon[struct{}] // 格局: ends like 局, names nothing
	words     *dictionaries.FactWords
	countries *dictionaries.Countries
	known     *dictionaries.KnownPeople // the state a known person serves
	surnames  *dictionaries.Surnames    // whether a holder's name is Chinese
	divisions *dictionaries.Divisions   // the places an organization's name opens with
	quals     *dictionaries.Qualifiers  // 以上, 左右 after a value
	aliases   *dictionaries.OrgAliases  // 越共 → 越南共产党: the state a party's short name names
}

// Stage implements pipeline.Stage. It is safe for concurrent use.
type Stage struct{ *data }

// New returns the stage.
func New() (*Stage, error) {
	var d data
	var err error
	if d.titles, err = dictionaries.LoadTitles(); err == nil {
		if d.suffixes, err = dictionaries.LoadOrgSuffixes(); err == nil {
			if d.words, err = dictionaries.LoadFactWords(); err == nil {
				if d.countries, err = dictionaries.LoadCountries(); err == nil {
					if d.falseEnds, err = dictionaries.LoadOrgFalseEndings(); err == nil {
						if d.known, err = dictionaries.LoadKnownPeople(); err == nil {
							if d.surnames, err = dictionaries.LoadSurnames(); err == nil {
								if d.divisions, err = dictionaries.LoadDivisions(); err == nil {
									if d.quals, err = dictionaries.LoadQualifiers(); err == nil {
										d.aliases, err = dictionaries.LoadOrgAliases()
									}
								}
							}
						}
					}
				}
			}
		}
	}
	if err != nil {
		return nil, fmt.Errorf("facts: %w", err)
	}
	return &Stage{&d}, nil
}

// Name returns "facts".
func (*Stage) Name() string { return Name }

// Process appends the facts of every rule family to d.Facts.
func (s *Stage) Process(d *pipeline.Doc) error {
	if len(d.Sentences) == 0 || len(d.Mentions) == 0 {
		return nil
	}
	v := newView(d)
	v.words, v.suffixes = s.words, s.suffixes
	defer v.release()
	for _, r := range rules {
		r.find(s, v)
	}
	s.pronounSubjects(v)
	s.metricNames(v)
	s.partMetrics(v)
	s.sourceSubjects(v)
	s.sentenceStates(v)
	s.parallelFigures(v)
	s.markPlans(v)
	v.dateRoles()
	v.openingPlaces()
	s.nationSubjects(v)
	s.subjectPlaces(v)
	d.Facts = slices.Grow(d.Facts, len(v.facts))
	for _, f := range v.facts {
		d.AddFact(f)
	}
	return nil
}

// rule is a named family of fact patterns with the examples that show it.
// find appends to v.facts; the names of the facts it makes start with name.
type rule struct {
	name     string
	kind     string
	pattern  string              // the shape of text it reads, for readers
	find     func(*Stage, *view) // appends to the view's facts
	examples []example
}

// example is a text with hand-made mentions and the facts the rule must find
// in it, written kind|subject|predicate|object|value unit|date|place; an
// empty want means the rule must find nothing there.
type example struct {
	text     string
	mentions []string // TYPE:text[|field…]; see the tests' mention helper
	want     []string
}

// rules run in this order; statistic:subset reads the facts statistic made,
// change and share those amount and statistic made.
var rules []*rule

func init() {
	rules = []*rule{roleRule, amountRule, statisticRule, eventRule, meetRule, visitRule, attendRule, joinRule, changeRule, shareRule}
}

// addMention records m's ID once and widens f's evidence to cover it.
func addMention(f *pipeline.Fact, m *pipeline.Mention) {
	if m == nil {
		return
	}
	if m.ID != noMention && !slices.Contains(f.MentionIDs, m.ID) {
		f.MentionIDs = append(f.MentionIDs, m.ID)
	}
	f.EvidenceStart = min(f.EvidenceStart, m.Start)
	f.EvidenceEnd = max(f.EvidenceEnd, m.End)
}

// backOver returns where the words of the given kinds that end at e start,
// read backwards from e down to lo, at most limit words (0: no limit); at
// each step the first kind that ends there is taken.
func (s *Stage) backOver(v *view, lo, e, limit int, kinds ...dictionaries.FactKind) int {
	for n := 0; limit == 0 || n < limit; n++ {
		k := 0
		for _, kind := range kinds {
			if k = s.words.Ending(kind, v.text, lo, e); k > 0 {
				break
			}
		}
		if k == 0 {
			break
		}
		e -= k
	}
	return e
}

// subjectStarting returns the length and name of a subject word at pos: a
// word of fact_words.tsv kind subject (我国 → 中国), or a scope word (全省,
// 全市, 全区) the document's division at that level fills (全省 in a story
// about 江苏 → 江苏省). It returns 0 when there is none.
func (s *Stage) subjectStarting(v *view, pos, end int) (int, string) {
	if n := s.words.Starting(dictionaries.FactSubject, v.text, pos, end); n > 0 {
		name, _ := s.words.Predicate(dictionaries.FactSubject, v.slice(pos, pos+n))
		return n, name
	}
	if n := s.words.Starting(dictionaries.FactScope, v.text, pos, end); n > 0 && v.endingAt(pos, 0, pipeline.Place) == nil {
		if name := v.scopeName(v.slice(pos, pos+n), pos); name != "" {
			return n, name
		}
	}
	if n := s.words.Starting(dictionaries.FactLocal, v.text, pos, end); n > 0 && v.aligned(pos, pos+n) {
		if name := s.localPlace(v, pos, v.slice(pos, pos+n)); name != "" {
			return n, name
		}
	}
	return 0, ""
}

// localPlace returns the place a word of kind local at pos stands for: the
// last PLACE mention before it in its paragraph that is a coded division or
// a country, of the level the word asks for (该市 a 市), or "".
func (s *Stage) localPlace(v *view, pos int, word string) string {
	level, _ := s.words.Predicate(dictionaries.FactLocal, word)
	par := pos
	for par > 0 && v.text[par-1] != '\n' {
		par--
	}
	name := ""
	for i := range v.d.Mentions {
		m := &v.d.Mentions[i]
		if m.Start >= pos {
			break
		}
		if m.Type != pipeline.Place || m.Start < par || m.PlaceCode == "" && m.Country == "" {
			continue
		}
		if m.End-m.Start < 2 || m.Start > 0 && v.text[m.Start-1] == '、' || m.End < len(v.text) && strings.ContainsRune("、等", v.text[m.End]) {
			continue // 服务京津冀、长三角、粤港澳大湾区等区域: one of a list, or an abbreviation in one, is no place of the story
		}
		e := entity(m)
		switch {
		case level == "any",
			level == "国" && m.PlaceCode == "" && s.countries.Lookup(e) != nil,
			m.PlaceCode != "" && strings.HasSuffix(e, level):
			name = e
		}
	}
	return name
}

// homeWord returns the length and state of a word of fact_words.tsv kind
// home at pos in sentence si (国家 → 中国), a token of its own that no
// mention covers, when the document is that state's news: the sentence
// names no place of another country, and the document's places of the
// state are at least as many as those of all other countries (国家 in a
// story about Japan's debt is Japan). It returns 0 when there is none.
func (s *Stage) homeWord(v *view, si, pos, end int) (int, string) {
	n := s.words.Starting(dictionaries.FactHome, v.text, pos, end)
	if n == 0 || !v.aligned(pos, pos+n) {
		return 0, ""
	}
	state, _ := s.words.Predicate(dictionaries.FactHome, v.slice(pos, pos+n))
	c := s.countries.Lookup(state)
	if c == nil {
		return 0, ""
	}
	for _, i := range v.bySent[si] {
		m := &v.d.Mentions[i]
		if m.Start < pos+n && m.End > pos || m.Type == pipeline.Place && m.Country != "" && m.Country != c.Code {
			return 0, ""
		}
	}
	if !v.homeOf(c.Code) {
		return 0, ""
	}
	return n, state
}

// homeOf reports whether the document is the news of the country of ISO
// code: its places of that country, and those with a division code and no
// country, are at least as many as those of all other countries. The view
// keeps the answer for the document.
func (v *view) homeOf(code string) bool {
	if v.homeCode != code {
		home, other := 0, 0
		for i := range v.d.Mentions {
			switch m := &v.d.Mentions[i]; {
			case m.Type != pipeline.Place:
			case m.Country == code || m.Country == "" && m.PlaceCode != "":
				home++
			case m.Country != "":
				other++
			}
		}
		v.homeCode, v.homeNews = code, home >= other
	}
	return v.homeNews
}

// subjectEnding is subjectStarting for a word that ends at end.
func (s *Stage) subjectEnding(v *view, lo, end int) (int, string) {
	if n := s.words.Ending(dictionaries.FactSubject, v.text, lo, end); n > 0 {
		name, _ := s.words.Predicate(dictionaries.FactSubject, v.slice(end-n, end))
		return n, name
	}
	if n := s.words.Ending(dictionaries.FactScope, v.text, lo, end); n > 0 && v.endingAt(end-n, lo, pipeline.Place) == nil {
		if name := v.scopeName(v.slice(end-n, end), end-n); name != "" {
			return n, name
		}
	}
	if n := s.words.Ending(dictionaries.FactLocal, v.text, lo, end); n > 0 && v.aligned(end-n, end) {
		if name := s.localPlace(v, end-n, v.slice(end-n, end)); name != "" {
			return n, name
		}
	}
	return 0, ""
}
