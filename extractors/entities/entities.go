// Package entities is the knowledge and normalization layer over the PERSON,
// PLACE and ORG mentions a tagger found. It gives places their GB/T 2260 code,
// ISO 3166-1 country and full hierarchical name, gives organizations their
// canonical names, splits administrative chains the MSRA way, and sets each
// mention's Entity to a document-level canonical name so that later short
// forms point at the full form they stand for.
//
// Every change appends the name of the rule that made it to the mention's Rule
// after a "|" (pos:ns|place-unique); mentions the stage creates carry Stage
// "entities". The rules, each with examples that the tests run, are:
//
//   - boundary-repair: a PERSON span that ends or starts inside a gse word
//     that is a function word (张洁来 where gse has 张洁|来说) is snapped to
//     the word boundary when what is left is a surname and one or two
//     characters (张洁). A PERSON whose last character starts gse's next
//     word loses it when the rest is a known person or one the document
//     names stopping elsewhere (李希|来到 tagged 李希来 → 李希), and 称 when
//     gse reads it a verb of its own (朴振称韩日之间 → 朴振).
//   - person-masked: a PERSON that is a bare surname before 某 or 某某
//     takes them (黄某某, 张某): court and police news mask suspects' given
//     names so. People's Daily marks the whole, MSRA the surname alone,
//     which names no one; both styles take the whole.
//   - trim-opener: a tagger PLACE or ORG that begins with a preposition or
//     conjunction (经, 于, 从, 向, 和…) loses it when the rest is a gazetteer
//     place or an alias and the whole is not (经港珠澳大桥 → 港珠澳大桥); a
//     tagger ORG loses a one-character gse word that begins no name: 率
//     (率中央代表团), the counter of an ordinal (第41次|南极考察队), 间 after
//     its noun (政府间|协调委员会), 好 after a verb (要用|好|中俄议会合作委员会).
//   - number-start: a tagger ORG that begins inside a number, its first
//     digits left out, takes them in (2|0国集团 → 20国集团, 12|05钻井队,
//     二|十国集团, 十|八大新闻中心); Arabic and Chinese digits are two numbers
//     (2024|四川省).
//   - term-start: a tagger ORG that begins inside a gse word of a term,
//     one ending in 届, takes a numbered term in (第十四|届中央常务委员会 →
//     第十四届中央常务委员会) and leaves out one that says only which term
//     (新一|届全国人大 → 全国人大, 本|届制宪委员会); org-term takes no
//     numeral of such a word either. 24 mentions on three 6,000-document
//     slices, all right.
//   - alias-start: a tagger ORG that begins inside an organization alias of
//     three or more characters written out before it, opening at a gse word,
//     begins where the alias does (驻|韩美军太空司令部 → 驻韩美军太空司令部,
//     北部战|区陆军第78集团军, 共同|民主党最高委员会); not after 和, 与 or 及,
//     where gazetteer-org reads the alias the tagger cut (文化和|旅游部原党组).
//   - word-start: a tagger ORG that begins inside a gse word begun before
//     it takes the word in when it is a noun, a set phrase or an
//     institution's name (军队改|革领导小组 → 改革领导小组, 等离子|体物理研究所,
//     执政党人|民党 → 人民党), and a verb before a bare suffix (访|华代表团);
//     not when the mention begins with a place or an alias (是非|盟总部), gse
//     joined a preposition or conjunction to its first character (欧洲杯和|
//     丰田杯), the word's head ends a name before it (民主统和党|国会), or the
//     mention is the tail of a common noun (新|内阁, 98规范|王码).
//   - verb-start: a tagger ORG that begins inside a verb, an adverb, a
//     pronoun, a conjunction or a word of org_openers.tsv starts after it
//     (称|赞曙光公司 → 曙光公司, 其|中技师学院 → 技师学院, 在野|党民主党 →
//     民主党), with the same exceptions (从中|国商飞, 从中|储粮集团). The two
//     rules changed 123 mentions on three 6,000-document slices, 51 now
//     right; the 70 others now begin at a word but the name begins earlier
//     still (党和国家功勋荣誉表彰|工作委员会, 江泽民|同志治丧委员会) or is no name
//     (双方合作委员会).
//   - place-word-start: a tagger PLACE that begins inside a gse noun, set
//     phrase, idiom or name begun before it takes the word in (文图拉|县 →
//     文图拉县, 代尔|祖尔省, 主席|府广场, 秋收起义|会师纪念馆); not when the
//     mention begins with a place or an alias (福建厦门|岛), nor after a word
//     that begins with a preposition or conjunction (位于塔尔|库什干机场) or a
//     division's suffix (乡长|秀村). 32 spans changed on three 6,000-document
//     slices: 14 right, 10 better but the name begins earlier still (新四军
//     军部|旧址陈列馆), 8 no place either way (艾森豪威尔号, 金日国, 文明|尼山).
//   - person-word-start: a tagger PERSON that begins inside a gse adverb or
//     time word begun before it, where no title or noun for people ends, is
//     dropped (黄河长|久安澜, 长|于斯, 世纪中|叶建国): the tagger read the
//     word's last character as a surname.
//   - person-title-end: a tagger PERSON of three or more characters whose
//     last character begins a title gse reads running on past it ends before
//     it (李伟常|委 → 李伟). 26 mentions on three 6,000-document slices, all
//     right.
//   - person-tail: a tagger PERSON that is a person of people_known.tsv and
//     one character more at which gse begins a function word, verb, noun or
//     adverb ends before it (莱希祝|伟大的, 特雷莎·梅呼|吁, 李强监|誓; not
//     陈云霁, 安倍昭|惠), and so does one that is a person another mention
//     names and an adverb (杨琨正|协助), or a known name of three or more
//     characters whose last character gse joined to the one after it
//     (马杜罗致, gse 罗致). 40 mentions on three 6,000-document slices, all
//     right; roles 19 changed, all right.
//   - person-verb-start: a tagger PERSON whose first character ends a
//     two-character gse verb, preposition or conjunction begun before it,
//     where no title or noun for people ends before the word or inside it,
//     begins after the word (感谢|斯方, 虽然|泽曼, 对于|赫梅米姆; not 主任|何立峰,
//     主席加布|里尔), keeping two or more characters.
//   - person-verb-end: a tagger PERSON of a surname, one character and a
//     verb of name_verbs.tsv (任, 赴, 为) right before a post of titles.tsv,
//     maybe after 副, an ORG or a PLACE ends before the verb (冯平|任所长,
//     杨殷|任中共中央军事部部长, 巴雷|赴中国驻索马里使馆, 姜力|为副组长);
//     not where the document writes the name before other words too (张天任
//     关于, 朱宏任指出). 7 mentions on three 6,000-document slices, all right;
//     2 roles' holders mended.
//   - number-end: a tagger ORG whose last characters are Latin letters or
//     digits that run on past it ends before them, the start of a model or
//     a measure (南航|C919, 空中客车天津|A320); a gazetteer place left is a
//     PLACE (天津|PM2.5). 4 mentions on three 6,000-document slices, all
//     right.
//   - title-overrun: a tagger ORG whose last character begins a title of
//     titles.tsv that runs on past it, as gse reads it too, ends before that
//     character when the name ends in it already (外交部亚洲太平洋局|局长,
//     日本民主党|党首), or when the whole is no name and what stands before is
//     one, begins with one at a gse word's end or ends in a gse name or trade
//     word (大通曼哈顿|董事长, 美国斯坦福大学|东亚研究讲师, 菲律宾|众议长); a name
//     sharing its last character with the title keeps it (外交部|长), and so
//     does one ending in a character suffixes end in (韩国国家安保室|长).
//     These three rules changed 68 mentions on three 6,000-document slices,
//     56 right; the 12 others now begin right but still end wrong
//     (共同民主党国会|领袖, 驻韩美军第8军司|令官).
//   - session-org: a legislature's ORG, the numbered session written after
//     it and a tagger ORG of one unit word of org_units.tsv right after
//     会议 are one ORG, the session's unit (十三届全国人大|五次会议|主席团,
//     全国政协|十四届一次会议|主席团), as MSRA marks a body's presidium with
//     the body (中国工程院主席团); a term the tagger left before the
//     legislature is taken in. 145 mentions on three 6,000-document slices,
//     all right, and 97 role facts gained (全国政协十四届一次会议主席团常务主席
//     胡春华、沈跃跃…).
//   - org-whole: a tagger ORG grows to the longer ORG name the document
//     writes elsewhere when the text before it spells that name out
//     (海上自卫队 beside 自卫队, 火神山医院 beside 神山医院, 立法会 beside 法会),
//     not over punctuation nor a word that opens no name (“漳州110, 间合作委员会).
//   - split-adjacent: a tagger ORG that is two or more gse words written
//     together, each an organization alias ending in the same character as
//     peers do, becomes one ORG each (民政部|财政部, 中宣部|中组部); a body and
//     one of its own stay whole (联合国世界粮食计划署).
//   - trim-numeral: a tagger name that ends inside a numeral gse reads whole
//     stops where the numeral starts (中央财政三|年 → 中央财政).
//   - person-place-document: a weak tagger PERSON (confidence 0.5 or less)
//     whose name the document also writes as a PLACE, and which is a
//     division or a country, is a PLACE (顺德, 兰考).
//   - org-alias-site: an ORG that is an alias and 总部 is the body the
//     alias names (ITER总部 → 国际热核聚变实验堆组织): its headquarters acts for it.
//   - person-company: a tagger PERSON right before a trade word of
//     company_trades.tsv is a company's short name, one ORG mention with
//     the trade word (迈科康生物, 拓荆科技), unless a noun runs on after the
//     trade word (科技工作者) or the person is known.
//   - brand-trade: a brand the tagger missed or read as a place, one gse
//     word of two or more characters, right before a trade word of
//     company_trades.tsv and a word of company_words.tsv that follows a
//     company and no place (公告, 董事长, 股价, 旗下: 玲珑轮胎公告称, 东北制药董事长)
//     makes the two a company's short name, and every place the document
//     writes it at gse word bounds outside other names is an ORG mention
//     (玲珑轮胎也表示). Not 公司 (新加坡科技公司 are Singapore's), nor
//     without such a word (上海汽车市场, 北京汽车销量), nor a brand that is
//     a country, a pronoun or a numeral or follows a number or a noun
//     (美国多家地区性银行股价). So does an ORG of the company's legal name,
//     the brand and trade word after a Chinese division or nothing and
//     then suffixes of kind company (上海电气公司 → 上海电气, 光线传媒股份有限公司
//     → 光线传媒; not 中国广播电视网络有限公司: 中国广播 is no division). Not
//     before an institution suffix (航天科技产业园, 烽火科技集团: a longer
//     name). 29 mentions on three 6,000-document slices.
//   - dept-extend: a tagger ORG mention that is the tail of a department's
//     name written out in full just before it grows to the whole name, with
//     a relative prefix 省, 市, 区 or 县 before it (改革局 → 区发展和改革局).
//   - field-join: a tagger ORG cut at 和 grows over the one or two gse
//     nouns right before 和 when the whole ends in a government body's
//     suffix (农业和|农村委员会, 住房和|城市发展部, 监察和司法委员会,
//     经济和财政部): such bodies join two fields in one name. Not over a
//     place, a person, a title, another mention, a break (、), nor a word
//     of field_join_not.tsv naming bodies itself (司法部门和铁路事故委员会,
//     第1舰队和潜艇司令部), a word ending in one; not when the cut part opens with a name
//     (精神和|党中央), the whole is an alias (工业和信息化部), or the cut part is an
//     alias not after a country (重点项目和|科技部; 法国经济和|财政部 joins). 61 mentions on
//     three 6,000-document slices, 2 wrong (外交和国防部长 of two ministers).
//   - retype-org: a PLACE mention ending with the suffix of a park run as an
//     institution (土耳其杜兹科技园) becomes an ORG. 科技园, 产业园 and 创业园
//     names are organizations here, as 中韩创新创业园 is; development zones
//     (高新区, 开发区) are not retyped, since both conventions mark them as
//     places as often as organizations. So does a PLACE that is exactly a
//     national body of country_bodies.tsv (防卫省, whose 省 ends places too),
//     and under the pku style a military region (南京军区: People's Daily
//     1998 marks 139 of 140 an organization; MSRA 49 LOC to 39 ORG).
//   - title-balance: a tagger ORG mention that opens a book title without
//     closing it, or closes one without opening it, extends to the mark it
//     lacks on the line (韩国《中央日报 → 韩国《中央日报》), as the MSRA
//     convention writes titled names (英国《新科学家》周刊). The entity of an
//     ORG with one book title is what the title holds (新科学家), as the
//     name is written alone.
//   - title-bare: a tagger ORG that is one book title with its marks and
//     nothing else loses the marks (《民族报》 → 民族报, 《朝日新闻》 →
//     朝日新闻): MSRA's training data marks 162 such titles between the
//     marks and none with them. It runs after title-document and title-work,
//     which read the marks.
//   - title-document: a tagger ORG whose book title ends in a word of
//     document_words.tsv names a law, rule or agreement and goes
//     (美国《通胀削减法案》).
//   - title-work: a tagger ORG that is exactly a book title, with its marks
//     or between them, goes when a word of work_cues.tsv says the title
//     names a work: right before 《 (电视剧《县委大院》, 微纪录片, 丛书,
//     晚会) or right after 》, a whole gse word (《复兴文库》出版, 播出, 上映;
//     not 出版社; 启播, which gse splits 启|播) or 第, a number and 季 or 集 (第二季). Titles of newspapers
//     and journals, which MSRA marks (《东京新闻》), stand beside none. A title
//     one cue makes a work's goes wherever the document writes it as a
//     tagger ORG, in 《》 or not and before the cue or after it (纪录片《梦想合唱团》
//     makes a later 《梦想合唱团》 or 梦想合唱团 the work).
//   - quote-org: a name in quotation marks right before a word of
//     quote_org_words.tsv is an ORG, quotes included, as both conventions
//     mark it (“基地”组织, “今日俄罗斯”电视台, “红双喜”公司; entity without
//     the quotes, 基地组织); a word the list lets follow a noun may (“七三一”
//     细菌部队, not “一月一课”主题党日). The word must be gse's whole word
//     (not “萨德”部署); not a quoted verb or adjective (“买通”保险公司), an
//     attribute ending in 式, 性, 型 or 级 (“枫桥式”税务分局), a storm's name,
//     nor where a mention crosses the span; mentions inside the quotes give
//     way (PLACE 俄罗斯). Category heads (企业: “专精特新”企业) are not listed.
//     128 mentions on three 6,000-document slices, 120 right.
//   - bracket-balance: a tagger mention that ends inside a round bracket is
//     cut before it (美国有线电视新闻网（CNN → 美国有线电视新闻网, 刘赞） →
//     刘赞); an ORG that starts inside one extends over the bracket and the
//     name before it (大连）有限公司 → 冯·哈根斯生物塑化（大连）有限公司).
//   - bracket-person: a tagger PERSON where that name before the bracket
//     stops, a transliterated name with its dot or one after punctuation, a
//     preposition or a conjunction, is the company's brand and part of its
//     name (冯·哈根斯 + 生物塑化（大连）有限公司, 及奥德华 + 乳品（北京）有限公司
//     → one ORG each; not 凯|盛融英信息科技, begun inside a word). 13 ORG
//     spans mended on three 6,000-document slices, all right, 2 more read
//     the same by this rule (玉晶光电（厦门）有限公司); 22 amounts gained
//     their company subject.
//   - trim-digits: a tagger PERSON or PLACE mention loses the ASCII digits it
//     ends with, which belong to a date or number after it (普京7号表示 →
//     普京, 巴格达1天 → 巴格达).
//   - trim-term: a tagger ORG mention loses the Chinese numerals it ends
//     with before 届, which number a term (中共二十|届三中全会 → 中共).
//   - defined-alias: a short name an article defines for the ORG mention
//     right before it (上海丽人丽妆化妆品股份有限公司（以下简称“丽人丽妆”）, also
//     简称 and 下称) makes every occurrence of the short name an ORG mention
//     whose entity is that organization, including ones the tagger missed
//     or typed otherwise.
//   - false-ending: a tagger ORG mention ending in a word of
//     org_false_endings.tsv (部署, whose 署 is the suffix of 海关总署) is cut
//     back to the longest name it begins with — an organization alias, a
//     name with an institution suffix, or a place (党中央决策部署 → 党中央) —
//     and dropped when it begins with none (萨德部署).
//   - org-verb-end: a tagger ORG mention whose name with an institution
//     suffix runs on into a going of fact_words.tsv (kinds tour, errand,
//     visit) and maybe a conjunction, or a conjunction alone, is cut after
//     the suffix (国家能源局调研并 → 国家能源局); names ending in a suffix stay
//     (考察团, 调研中心).
//   - split-spaced: a tagger PERSON or ORG mention across white space is
//     re-cut into the names its parts are (记者郭丹 姜俏梅 → two people; 林森
//     环球时报 → a person and an outlet); two one-character parts in a row
//     are one padded name (陈 岳, entity 陈岳); parts that are no name go.
//   - person-hyphen: a tagger PERSON, a hyphen or dash and a PERSON or PLACE
//     right after it are one person (艾哈迈迪-内贾德, 迪亚斯-卡内尔), as both
//     training corpora write such names, unless people_known.tsv knows both
//     parts (金大中-卢武铉).
//   - person-parts: a tagger PERSON made of a name the document (another
//     PERSON mention) or people_known.tsv knows and something else is cut to
//     the names: 向普京 → 普京, 刘奇作 (作报告) → 刘奇, 蔡奇丁薛祥 → 蔡奇 +
//     丁薛祥; a mention the document writes more than once stays whole,
//     unless it is a function word and a name of people_known.tsv (和普京).
//   - person-whole: a tagger PERSON of two or more characters grows to a
//     longer PERSON name the document writes elsewhere where the text
//     around it spells that name out (徐鑫|如 beside 徐鑫如, 米|舒斯京), within
//     gse word bounds or from inside a word a title ends in (负责人马|柳克
//     beside 马柳克: gse's 人马), or, for a transliterated name, to inside a
//     word of two characters gse began at the mention's end (会见奥廷|加时
//     beside 奥廷加, 阿尔克|明时, 奥尔特|加在), adding no title or thing
//     word (池黄高铁).
//   - person-edge: a tagger PERSON grows by the one character gse left as a
//     word of its own at its edge, when name_chars.tsv (counted from the
//     training data's PER spans) says that character often begins or ends
//     transliterated names and every character of the mention stands in
//     such names: 总理希|普金斯, 驻华大使多|罗萨里奥, 外交部长西雅尔|多10日. A
//     character before must follow a title, a noun for people,
//     punctuation or a preposition (与|拉|贾帕克萨); one after must stand
//     before punctuation, a digit or a time word, a verb, an adverb or a
//     preposition. A Chinese surname before a mention of surname and one
//     character after a title or noun for people takes it too (选手盛|李豪).
//     Never a function word (向李豪), a count (沙利文三人; 普京多次 is one gse
//     word), 有 or 是 after a name, 小 of address (小古丽), a run of country
//     abbreviations (中吉乌), nor beside a name the document writes without
//     the character, nor a known person. A weak mention (below 0.1) takes
//     a character before or after it only after a title (总司令扎|卢日内,
//     外长西雅尔|多). A character after that ends few names (任 ends none)
//     is added when the document writes the name at least twice, always
//     with it, before different characters (普里戈任刑事立案 … 普里戈任名义;
//     梅拉尼|娅, 帕希尼|扬), unless it stands in fewer than three names
//     (林霍夫|宫). 46 mentions on three 6,000-document slices, and 51 more
//     since (weak mentions and names always written longer).
//   - quote-fragment: a tagger mention with an unbalanced quote mark starts or
//     ends inside a quotation (一路”联合实验室) and is dropped.
//   - plenum: a tagger ORG or PLACE of a plenary session's number (三中 of
//     十九届二中、三中、四中全会, read as a school) is dropped.
//   - weak-place: a tagger PLACE below confidence 0.1 that is in no gazetteer,
//     has no place suffix and is no division's abbreviation is dropped.
//   - weak-person: a tagger PERSON below confidence 0.1 that is not a known
//     surname and one or two characters, and has no middle dot (拜克·托克托),
//     is dropped (韩军雷达).
//   - split-connector: an ORG or PLACE mention made of two names joined by
//     与, 和, 及 or 同, each an organization (by alias or suffix), a place in a
//     gazetteer, or a country followed by a foreign place in it, becomes those
//     names (法国卡达拉奇与ITER总部 → 法国 + 卡达拉奇 + ITER总部); a name that
//     is no name on its own keeps the span whole (新西兰皇家植物与食品研究院).
//   - split-country-place: a PLACE mention that is a country or its
//     one-character abbreviation followed by a foreign place in that country
//     becomes two (法国卡达拉奇, 俄库尔斯克州).
//   - split-abbrevs: a PLACE made wholly of three or four country
//     abbreviations and in no gazetteer (美日韩) becomes one PLACE per
//     country, as the msra convention splits coordinations (pd98 F1 is
//     unchanged by it); two characters are as often a country's own name
//     (巴西), and split only when the document names both countries, from a
//     tagger PLACE or ORG alike (中委传统友谊 beside 中国 and 委内瑞拉).
//   - split-country-title: a tagger PERSON that opens with a country and a
//     title becomes the country's PLACE and the person after the title
//     (卡塔尔埃米尔塔米姆 → 卡塔尔 + 塔米姆).
//   - park-org: a run of tagger PLACE mentions followed by up to three content
//     words ending with a park suffix becomes one ORG (中 + 韩 + 创新创业园 →
//     中韩创新创业园).
//   - zone-org: a Chinese division's PLACE mention followed directly by a
//     development zone's suffix becomes one ORG (成都 + 高新区 → 成都高新区,
//     run by its administrative committee). The MSRA gold marks only the
//     city there (西安 of 西安高新区); the issue this follows asks for the
//     zone, which is what a reader of the facts needs.
//   - gazetteer-org: an organization alias that stands as a full name — its
//     own canonical name, a name with an institution suffix, or a Latin
//     acronym (ITER, 联合国, 教育部) — found as whole gse words outside any
//     other name becomes an ORG. Chinese abbreviations of three or more
//     characters (上合组织) are added too, except under the pku style: the
//     People's Daily convention does not mark them; shorter ones (北大, 欧盟)
//     are left to the tagger but after a dash (org-hyphen).
//   - org-hyphen: an organization alias of two characters, one gse word
//     outside any other name, right after a hyphen or dash that follows a
//     PLACE or ORG mention is an ORG (联合国-阿盟叙利亚问题联合特使, 中国—东盟
//     命运共同体): names joined so stand side by side, where gazetteer-org
//     leaves two-character aliases to the tagger. Not under the pku style.
//     19 mentions on three 6,000-document slices, all right.
//   - gazetteer-person: a name of people_known.tsv written as whole gse words
//     outside any other name becomes a PERSON (内塔尼亚胡称).
//   - gazetteer-place: a gse word outside any other name that is a country's
//     usual name, the full name of exactly one division, or the unique short
//     form of a province or prefecture becomes a PLACE (孝感, 约旦; not 中方
//     or 城区), and so does a division's unique full name gse cut before its
//     last character (双流|区); a district's full name needs its city named
//     in the document (老城区 is an old town elsewhere). gse must tag the word
//     a name, except for a country, a foreign capital or city and a province
//     or prefecture, which it may tag a noun or an adverb (平壤/n, 合肥/n,
//     也门/d: the tagger missed them about half the time), unless the name is
//     also a common word of place_words.tsv (来宾们 are guests). A foreign
//     place of four or more characters that is whole gse words and begins
//     with a place word (加沙/ns 地带/n) becomes a PLACE too.
//   - state-form: a country's PLACE mention that gse's next word makes the
//     country's formal long form (state_forms.tsv) takes that word: 对西班牙|王国
//     进行国事访问 → 西班牙王国; 联邦 only where the whole is a listed name
//     (巴西联邦法官: federal).
//   - settlement-place: a PERSON mention of transliterated characters right
//     after a kind of settlement or site (person_contexts.tsv side place:
//     城市, 首府, 重镇, 机场…) is that place: 叙利亚北部城市曼比季, 格陵兰岛首府
//     努克; kept however weak the tagger's margin. Not a word (城市|周边游).
//   - retype-place: a PERSON mention that is exactly the full name of a Chinese
//     division, a country or a foreign place (gse tags 武侯区 nr, 萨格勒布 nrt)
//     becomes a PLACE, and so does one that is a division's short form of three
//     or more characters (张家界, 齐齐哈尔: the tagger reads 张 and 齐 as
//     surnames). Two-character short forms stay: 马龙 and 连平 are people too.
//     A tagger ORG that is exactly a country's name becomes a PLACE when it
//     is listed beside a country read as a place (美国、日本和韩国), or when a
//     noun for people of people_nouns.tsv follows it (中国选手, 美国游客):
//     their nationality, not a team (中国队 is one) nor a state body.
//     Outside sports reports (a sentence with a word of sports_cues.tsv:
//     战胜, 男单, 比赛) every such ORG is a PLACE (立陶宛总理, 在立陶宛维尔纽斯,
//     丹麦官员): the tagger learned the team reading from MSRA's sports news.
//   - person-list: in a list of three or more PERSON mentions written with
//     、, an item between two of them is a person too when it is two to
//     four Han characters and no mention covers it (王沪宁、汪洋、王岐山, where
//     汪洋 is also a word; 热地、向巴平措), or when the tagger read it as a place
//     or organization no dictionary knows (洛桑江村); confidence 0.5.
//   - org-list: in a list written with 、 (the last item maybe after 和, 及
//     or 与) closed by 等 and a noun of org_list_heads.tsv, after at most a
//     count and modifiers but no 的 (大和、野村等证券公司, 康佳、长虹、熊猫、先科等
//     许多厂家), every item is an organization when one already is an ORG:
//     an item no mention covers becomes an ORG, and so does a PERSON no one
//     knows (索菲亚); places stay. Not 机构 or 组织 (中央、各级民政部门、红十字会
//     等机构), nor items of digits (985、211等高校). Confidence 0.5. 152
//     mentions on three 6,000-document slices (13 of them people retyped),
//     all right.
//   - team-list: under the msra style, a head of kind team (队, 强队, 球队,
//     强手) makes the countries and divisions the tagger read as places in
//     its list teams, ORGs (苏格兰、挪威、丹麦、奥地利等队), and so does a
//     place's team last in a list after 、 or 和 (山东、北京和上海队), as MSRA
//     marks them (36 of 37 in its training data); nothing else of the list
//     is read (郎平、陈招娣等女队, 球迷和上海队), nor a list before 与, which is
//     as often "with" (在夏威夷和西雅图与美国队比赛). People's Daily 1998 marks
//     them places.
//   - org-country: a tagger ORG of one character that abbreviates a country
//     or a region (美韩同盟, 中欧之间) is a PLACE, resolved as the other
//     abbreviations are; MSRA marks such a character LOC fifty times for
//     every time it marks it ORG.
//   - split-admin-chain: a PLACE mention made wholly of nested divisions
//     (四川省成都市武侯区) becomes one PLACE mention per division, and one
//     that is such a chain and then a landmark's name (武侯区桐梓林邻里中心:
//     a landmark suffix, 邻里中心, longer than any institution suffix it
//     ends in) one PLACE per division and one for the landmark. A tagger ORG
//     ending in such a landmark suffix is a PLACE first (retype-place).
//   - place-foreign-suffix: a place in no gazetteer that is a foreign place
//     of places_foreign.tsv and the suffix of a foreign unit (代尔祖尔省,
//     首尔市, 魁北克省) is in that place's country, unless a place before it
//     locates it (得克萨斯州|敖德萨市 is in the US); its name stays as written.
//   - place-unique, place-country, place-foreign: a place with one reading in the
//     gazetteers, tried in that order of precedence (a division's full name,
//     a country, a foreign place, a division's short form). A place in none
//     that is a country's name and a word of state_forms.tsv is that
//     country (塔吉克斯坦共和国, 索马里联邦共和国: place-country).
//   - place-context: of several divisions with the same name, the one that
//     contains, lies in or shares a province with the document's unambiguous
//     divisions (朝阳区 next to 北京 is 110105). A county's short form is
//     weak evidence: it is coded only when the document names the county's
//     prefecture (双流 next to 成都 is 510116; 桐梓 alone stays uncoded),
//     unless the county is a city with a unique short form (敦煌 is 620982).
//   - place-list: a short form shared by a province and another division,
//     listed with 、 beside a place read as a province, is the province
//     (上海、福建、海南、重庆: 海南省, not 海南藏族自治州 of a document that
//     names 青海 too).
//   - place-province: a short form shared by a province and only
//     county-level divisions is the province (河北 → 河北省, not 天津市河北区
//     in a story that names 天津) unless the county's parent stands right
//     before it (天津河北).
//   - place-level: without context, a shared short form means its highest
//     level division if that is unique (吉林 → 吉林省); otherwise no code.
//   - place-abbrev: a PLACE mention that is a division's one-character
//     abbreviation gets its code (来蓉安家: 蓉 → 四川省成都市). Both
//     conventions mark such abbreviations as places (进京).
//   - place-country-abbrev: a one-character PLACE that is a country's
//     abbreviation and stands next to another one-character PLACE — the
//     halves of a coordinated form the msra convention splits, 中美 → 中 + 美
//     — gets that country (中 → CN, 美 → US), and so does one before 方
//     (中方, "the Chinese side") or beside a word of abbrev_contexts.tsv
//     (对华, 访美, 美军, 日媒) or before a title (美副国务卿, 俄前总理),
//     unless the character also abbreviates a division (驻澳: Macao or
//     Australia). Alone, 美 is not 美国. Such a character is the country
//     among countries and the division among divisions: 苏 of 美苏 is the
//     Soviet Union (SU, a former state: countries.tsv lists them under the
//     codes ISO 3166-1 reserved for them), 澳 of 港澳台 is 澳门; and a former
//     state yields to a country of today the document names that the
//     character begins (苏方 in a story about 苏里南).
//   - abbrev-run: a run of three or more province abbreviations (苏浙皖,
//     沪苏浙皖, 云贵川; 江 before 浙 is 江苏) that lies between word boundaries
//     and inside no longer name (a tagger's name that runs on into half of
//     the next gse word, ORG 京津冀协 of 京津冀|协同, is none and goes) is
//     one PLACE per character, whatever the
//     tagger made of it (a person 苏浙皖, one place 云贵川, nothing); under
//     the pku style, which marks no abbreviation, what the tagger made of it
//     goes. 晋冀鲁豫边区 and 辽宁黑山 (辽宁) are left.
//   - country-pair: under the msra style, two or three countries'
//     one-character abbreviations the tagger left unmarked, wholly or in
//     part, are one PLACE each (中德合作, 中|老 of 中老铁路, 中英关系/n):
//     whole gse words over no other name, before a word that follows
//     coordinated countries in abbrev_contexts.tsv (关系, 合作, 铁路), or one
//     word gse tags ns, nt or j of countries the document names in full.
//   - abbrev-word: under the msra style, a country's one-character
//     abbreviation that begins a two-character gse word ending in a word
//     abbrev_contexts.tsv lists after abbreviations (以军, 俄军, 中企) is a
//     PLACE where the tagger left it unmarked, as MSRA marks 美 of 美军;
//     not a division's abbreviation (川军) nor inside not_abbrevs.tsv
//     (古籍, 智商).
//   - abbrev-split: under the msra style, gse's one-character word of a
//     country's abbreviation right before a word abbrev_contexts.tsv lists on
//     side split (以|军方, 以|军机, 以|军舰, 以|军售, 以|军工: gse cut 以军 off
//     its next word) is a PLACE when the document names the country in full
//     (以色列); not a division's abbreviation, nor after a digit or numeral
//     (3日|军机). The preposition's words (以|军事, 以|军人, 以军官身份) are
//     not listed.
//   - abbrev-title: under the msra style, a country's one-character
//     abbreviation that begins a gse word right before a state post of
//     titles.tsv (government, legislature, diplomatic, military, judicial)
//     and a PERSON is a PLACE (以总理内塔尼亚胡, 以防|长加兰特, 俄外长拉夫罗夫)
//     when the document names the country in full; not a division's
//     abbreviation (新总统), nor a word gse reads as a name running into the
//     post (加州|长), nor the preposition of 以…为… (以议长萨维为团长).
//   - byline-person: the names of a credit line — a media title of
//     titles.tsv, maybe after words saying which (视频编辑), a colon, then
//     names of two to four Han characters each followed by a space or a
//     closing bracket — are PERSONs (（视频编辑：金月展 文字编辑：见红蕊）): the
//     tagger misses names it has not seen and cuts others short (金月). So
//     is a name with a surname set off by spaces after a media title, at a
//     line's end or before the next credit (经济参考报记者 刘畅).
//   - abbrev-verb: a division's one-character abbreviation that gse reads
//     as a word of its own after a word of abbrev_contexts.tsv's division
//     side is a PLACE (来|蓉安家, 返|蓉, 在|京期间), under the msra style, as
//     MSRA marks them (204 of 246 in its training data); gse must read it as
//     an abbreviation, a place or a name, or it must abbreviate a city
//     (来|穗): 在|新/a 的一年 is no 新疆; nor one that is a common word of
//     place_words.tsv (离|港 leaves a harbour).
//   - place-country-document: a one-character PLACE left uncoded that
//     abbreviates a country (美, 俄, 韩) is that country when another PLACE
//     of the document names it (美国, or 美 in 中美): one sense per
//     document. Not 奥 (奥运会) nor 印 of 印太. 1,535 mentions in 6,000
//     corpus documents; uncoded places went from 24,054 to 21,802 of 126,600.
//     Coordination also runs across 、 (美、日、韩 → three countries).
//   - place-country-initial: a one-character PLACE left uncoded that
//     abbreviates no country by itself (黎, 孟, 肯, 尼) is the country when
//     that is the only place of two or more characters the document begins
//     with it (黎巴嫩; not 尼 beside 尼泊尔 and 尼日利亚, nor 阿 beside
//     阿拉伯国家, a region).
//   - place-region-abbrev: a one-character PLACE still unnamed after those
//     that abbreviates a region of region_abbrevs.tsv is that region (欧 of
//     中欧 → 欧洲, 非 of 中非合作论坛 → 非洲, 亚 of 亚运会 → 亚洲; 江, 淮 and 黄 of
//     江淮 and 黄淮 → 长江, 淮河, 黄河, in China). About 2,700 mentions on three
//     6,000-document slices.
//   - place-abbrev-country: a character that abbreviates both a division and
//     a country (澳 澳门/澳大利亚, 蒙, 吉, 新) and was read as the division is
//     read as the country when the document names that country elsewhere
//     (美日澳, 澳大利亚) and does not name the division in full (澳门): one
//     sense per document, so 澳政府 and 澳外长 in a story about Australia
//     are Australia's. 142 mentions in 6,000 corpus documents.
//   - place-village, place-foreign-after, place-one-sense,
//     place-village-document, place-foreign-document: a PLACE left without
//     a code or country that no gazetteer holds is read by its suffix
//     (place_suffixes.tsv, column unlisted) and its context. Its
//     place_code is then the code of the smallest coded division that
//     encloses it: a village has no GB/T 2260 code of its own. A Chinese
//     settlement (村, 镇, 乡, 街道) right after a coded division or
//     settlement, or opening with a chain of divisions, takes its code and
//     builds its hierarchical name on it (镇巴县|红石村 → 陕西省汉中市镇巴县红石村,
//     清远连樟村 → 广东省清远市连樟村: place-village); a chain that opens the name
//     must begin with a full name, a province's or prefecture's short form,
//     or a county the document names (龙泉|关镇 is no town of 龙泉市). A
//     foreign unit or town (省, 州, 市, 县, 岛, 镇, 村; 区 too) right after a
//     foreign place, or opening with one, is in its country (叙利亚|杜马镇,
//     东京都|千代田区, 土耳其哈塔伊省: place-foreign-after), unless it ends in a
//     national body (朝鲜国防省). A name read so is read alike where the
//     document writes it again (place-one-sense). Otherwise a settlement in
//     a document that names Chinese divisions and no foreign country, or a
//     Chinese prefecture or county, is in China, coded with the one county
//     (or, without a county, the one prefecture) the document names twice
//     (place-village-document); and a foreign unit, not a town, in a
//     document whose foreign places name one country and that names no
//     Chinese prefecture or county is in that country (瓦哈卡州 beside 墨西哥:
//     place-foreign-document). Words of place_generic.tsv (地球村, 奥运村)
//     and names whose suffix ends a longer gse word (新|城镇, 新型|农村) are
//     none. On three 6,000-document slices uncoded PLACEs went from 39,810
//     to 36,937 of 315,227.
//   - place-site: a natural feature or landmark (kind natural or landmark
//     of place_suffixes.tsv: 山, 湖, 河, 湾, 公园, 广场, 机场, 大桥) that no
//     gazetteer holds lies in the place written right before it, of two or
//     more characters, or opening its name: after a coded division it takes
//     its code and builds its name on it (沈阳|棋盘山 → 辽宁省沈阳市棋盘山,
//     北京|西郊机场), after or opening with a foreign place it takes its
//     country (伦敦|希斯罗机场, 拉斯维加斯机场 after 内华达州). Read so, it
//     is read alike where the document writes it again (place-one-sense);
//     never from the document at large. Not after one character (中|拉), nor
//     a bare suffix (国家公园), nor a name that ends inside a gse word
//     (常德河|街, 秦巴山|区). 208, 281 and 330 mentions on three
//     6,000-document slices; of 180 read, 6 wrong, each a span or type the
//     tagger had already got wrong (人均公园, 市属公园).
//   - retype-person: a PLACE or ORG mention that is exactly a name in
//     people_known.tsv (奥巴马, 普京) becomes a PERSON.
//   - known-person: tagger mentions inside such a name written out in the
//     text (奥 + 巴 + 马 of 奥巴马, PERSON 康京 of 康京和) give way to one
//     PERSON mention of the name; not from a one-character place that
//     ends a run gse reads as one place word (中韩|正进行: no 韩正).
//   - known-org: likewise, tagger mentions inside an organization alias of
//     three or more characters written out in the text (PERSON 胡塞武 of
//     胡塞武装, PLACE 中国 of 中国移动) give way to one ORG mention of it.
//   - known-place: likewise for the places of places_foreign.tsv of four or
//     more characters (粤港澳 + 大湾 of 粤港澳大湾区 → one PLACE), except
//     one-character places, which MSRA keeps split (青 + 藏 of 青藏高原).
//   - not-name: a tagger mention that is, or lies inside, a word of
//     not_names.tsv written out in the text (萨德, the THAAD system; 宙斯 of
//     宙斯盾) is dropped.
//   - not-abbrev: a tagger PLACE of one character inside a word of
//     not_abbrevs.tsv written out in the text, where the character is no
//     place's abbreviation (奥 of 冬奥会, 意 of 同意), is dropped.
//   - country-side: a PERSON mention of a country abbreviation and 方 (吉方),
//     or of the first character of the one country the document names with
//     it and 方 (卢方 beside 卢森堡), becomes the PLACE of that character:
//     the country's side, no person (under the pku style it goes). So does
//     a country abbreviation right before a PERSON the tagger began at 方
//     (哈|方愿同中方): the PERSON goes, and a weak PLACE the tagger made of
//     the character stays.
//   - person-country: a PERSON mention of one country abbreviation beside a
//     word of abbrev_contexts.tsv (入韩),
//     or of one before a word of abbrev_contexts.tsv (韩媒, 美军), becomes the
//     PLACE of the abbreviation; one of two before a pair word (韩日两国,
//     韩日关系), or of two whose countries the document names (俄乌),
//     becomes two
//     PLACEs; a context word and an abbreviation (向乌) becomes the PLACE of
//     the abbreviation. Characters that also abbreviate a division, and names
//     in people_known.tsv, are left.
//   - org-alias: an organization alias gets its canonical name (中科院 → 中国科学院),
//     and so does 中国 before a national body's alias (中国外交部 →
//     中华人民共和国外交部, 中国全国人大 → 全国人民代表大会). Not before 长官, the title of Korean, Japanese and
//     Hong Kong office holders: 外交部长官康京和's 外交部 is Korea's.
//   - org-alias-term: an alias after a term number (十四届全国人大常委会,
//     第十三届全国政协) gets the body's canonical name; the term stays in the
//     mention's text.
//   - org-term: under the msra style, an ORG mention of a legislature or a
//     party body (suffix kinds legislature and party) right after a numbered
//     term the tagger left out takes the term in (十三届|全国人大常委会 →
//     十三届全国人大常委会), keeping the body's canonical name, as MSRA marks
//     33 of 36 such bodies after a term in its training data.
//   - party-congress: under the msra style, a numbered congress of the
//     Communist Party written short (党的二十大, 十九大以来) is an ORG whose
//     canonical name is the congress written out (中国共产党第二十次全国代表大会):
//     十 to 二十九 and 大 after 党的 or 中共, or before a word of
//     congress_words.tsv after a verb, a particle or a mark (not 越共十四大,
//     not 二十大战略性产业). MSRA marks 十五大 124 times of 124. A tagger ORG
//     中共二十大 gets the same canonical name.
//   - event-abbrev: a one-character PLACE inside a short name of
//     multi-sport games of event_abbrevs.tsv (杭州亚运会, 北京冬奥会, 巴黎残奥会,
//     奥运健儿) names the games, not 亚洲, 奥地利 or 青海省: under the msra
//     style it stays, as MSRA marks it LOC, with no place resolved (entity
//     the character, no code or country); under the pku style it goes.
//     亚方, 奥方 stay places.
//   - country-body: a country's one-character abbreviation and a body of
//     country_bodies.tsv (俄国防部, 美海军, 乌空军) is that country's body
//     (俄罗斯国防部).
//   - dept-alias: a division followed by a department's short name
//     (成都市科技局 → 成都市科学技术局).
//   - relative-dept: 市, 省, 区 or 县 followed by a department's short name
//     stands for the document's dominant division of that level
//     (市科技局 → 成都市科学技术局 in a document about 成都).
//   - place-org, place-org-join: an ORG with an institution suffix right
//     after a foreign country or place the tagger cut off (新加坡|国防部) is
//     that country's body (entity 新加坡国防部), and one ORG with it, as both
//     conventions mark it whole (MSRA's training data 2,708 times to 68,
//     People's Daily's 1,814 to 11); the nested stage names the country
//     inside. They stay apart after 、, 和, 与 or 及 (中国、新加坡|国防部) and
//     before a headquarters, which the place locates (布鲁塞尔|欧洲理事会总部).
//     An international organization is no country's (伊朗|上海合作组织成员国).
//   - coref-suffix: an ORG that is a proper suffix, at least three characters
//     and itself an institution name, of an earlier ORG's name refers to it.
//   - coref-abbrev: an ORG of two or more characters with the first and last
//     character of an earlier ORG's name, whose characters all appear in order
//     in it, refers to it (中韩园 → 中韩创新创业园), when only one earlier
//     name fits and their suffixes name one kind of institution (山东省委 is
//     no short form of 山东省烟台市委). A name place-org-join made may be
//     read without its country by a short form of three or more characters
//     (东电公司 → 日本东京电力公司; not 国会 of 美国国家安全委员会).
//   - org-short: a short form written after an organization's full name of
//     six or more characters with an institution suffix — its first two
//     characters, which gse reads as a name or an abbreviation, and its last
//     (中韩创新创业园 … 中韩/ns 园) — is an ORG, over the one-character places
//     the tagger read in it; coref-abbrev then links it.
//   - coref-title: a PERSON written as surname plus title (孙研究员) refers to
//     the one earlier person with that surname.
//   - coref-surname: a PERSON that is the last part of the one earlier name
//     written with a dot refers to it (阿什顿·卡特 … 卡特), unless
//     people_known.tsv lists it (拜登 after 亨特·拜登 is the president).
package entities

import (
	"fmt"
	"iter"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/dictionaries"
	"github.com/zhfacts/zhfacts/internal/runes"
	"github.com/zhfacts/zhfacts/pipeline"
)

// Name is the stage name.
const Name = "entities"

// data is every dictionary the stage reads, loaded once and shared read-only.
type data struct {
	divs       *dictionaries.Divisions
	countries  *dictionaries.Countries
	foreign    *dictionaries.ForeignPlaces
	suffixes   *dictionaries.OrgSuffixes
	aliases    *dictionaries.OrgAliases
	titles     *dictionaries.Titles
	surnames   *dictionaries.Surnames
	known      *dictionaries.KnownPeople
	contexts   *dictionaries.AbbrevContexts
	notAbbrev  *dictionaries.Spots
	notNames   *dictionaries.Spots
	personCtx  *dictionaries.PersonContexts    // 渝昆高铁, 台风“韦帕”: no person
	falseEnds  *dictionaries.Lexicon[struct{}] // 部署: no organization ends so
	nameHeads  *dictionaries.Lexicon[struct{}] // 家, 奖: after a name, not its last character
	nameVerbs  *dictionaries.Lexicon[struct{}] // 任, 赴: a verb a name may run into (冯平|任所长)
	placeWords *dictionaries.Lexicon[struct{}] // 来宾: a place only where gse tags a name
	strong     strongNames                     // names strongPlace accepts
	countryEnd *runes.Set                      // the last character of each country name, for countryPlace
	chars      *charClasses                    // the classes of each character (tokenClass)
	bodies     *dictionaries.Lexicon[struct{}] // 国防部, 海军: after a country's abbreviation
	congress   *dictionaries.Lexicon[struct{}] // 精神, 以来: after a party congress (二十大精神)
	events     *dictionaries.Lexicon[struct{}] // 亚运, 冬奥: games whose characters abbreviate places
	trades     *dictionaries.Lexicon[struct{}] // 生物, 科技: after a company's brand
	coWords    *dictionaries.Lexicon[struct{}] // 公告, 董事长: after a company's short name
	sports     *dictionaries.Lexicon[struct{}] // 男单, 战胜: a sports report's words
	quoteWords *dictionaries.Lexicon[bool]     // 组织, 电视台: after a quoted name (“基地”组织)
	thingWords *dictionaries.Lexicon[bool]     // 号, 管道: after a quoted name that is a thing's (“北溪”管道)
	listHeads  *dictionaries.Lexicon[bool]     // 厂家, 银行, 队 (team): after 等, a list of organizations
	documents  *dictionaries.Lexicon[struct{}] // 法案, 办法: the ends of a document's title
	works      *dictionaries.WorkCues          // 电视剧, 播出: a title beside them names a work
	units      *dictionaries.Lexicon[struct{}] // 部, 代表团: a unit of the organization before it
	notFields  *dictionaries.Lexicon[struct{}] // 部门, 舰队: before 和, no field of a joined name
	openers    *dictionaries.Lexicon[struct{}] // 有关, 在野党: before an organization, none of its name
	forms      *dictionaries.Lexicon[struct{}] // 共和国, 王国: a country's long form

	placeSuffixes *dictionaries.PlaceSuffixes
	placeGeneric  *dictionaries.Lexicon[struct{}] // 地球村, 奥运村: no one place
	abbrevs       *dictionaries.DivisionAbbrevs
	regions       *dictionaries.RegionAbbrevs
	peopleNouns   *dictionaries.Lexicon[struct{}] // 选手, 游客: after a country, its nationals
	nameChars     *dictionaries.NameChars         // 克 ends transliterated names, 萨 begins them
	factWords     *dictionaries.FactWords         // 调研, 看望: the going an ORG mention may run into
	// readings holds readPlace of every name a gazetteer knows, so that
	// read makes one map read where readPlace made up to five.
	readings map[string]placeReading
}

var (
	loadOnce sync.Once
	loaded   *data
	loadErr  error
)

func load() (*data, error) {
	loadOnce.Do(func() {
		var d data
		var err error
		if d.divs, err = dictionaries.LoadDivisions(); err != nil {
			loadErr = err
			return
		}
		if d.countries, err = dictionaries.LoadCountries(); err != nil {
			loadErr = err
			return
		}
		if d.foreign, err = dictionaries.LoadForeignPlaces(d.countries); err != nil {
			loadErr = err
			return
		}
		if d.suffixes, err = dictionaries.LoadOrgSuffixes(); err != nil {
			loadErr = err
			return
		}
		if d.aliases, err = dictionaries.LoadOrgAliases(); err != nil {
			loadErr = err
			return
		}
		if d.titles, err = dictionaries.LoadTitles(); err != nil {
			loadErr = err
			return
		}
		if d.surnames, err = dictionaries.LoadSurnames(); err != nil {
			loadErr = err
			return
		}
		if d.known, err = dictionaries.LoadKnownPeople(); err != nil {
			loadErr = err
			return
		}
		if d.contexts, err = dictionaries.LoadAbbrevContexts(); err != nil {
			loadErr = err
			return
		}
		if d.notNames, err = dictionaries.LoadNotNames(); err != nil {
			loadErr = err
			return
		}
		if d.personCtx, err = dictionaries.LoadPersonContexts(); err != nil {
			loadErr = err
			return
		}
		if d.trades, err = dictionaries.LoadCompanyTrades(); err != nil {
			loadErr = err
			return
		}
		if d.coWords, err = dictionaries.LoadCompanyWords(); err != nil {
			loadErr = err
			return
		}
		if d.forms, err = dictionaries.LoadStateForms(); err != nil {
			loadErr = err
			return
		}
		if d.sports, err = dictionaries.LoadSportsCues(); err != nil {
			loadErr = err
			return
		}
		if d.quoteWords, err = dictionaries.LoadQuoteOrgWords(); err != nil {
			loadErr = err
			return
		}
		if d.thingWords, err = dictionaries.LoadQuoteThingWords(); err != nil {
			loadErr = err
			return
		}
		if d.listHeads, err = dictionaries.LoadOrgListHeads(); err != nil {
			loadErr = err
			return
		}
		if d.documents, err = dictionaries.LoadDocumentWords(); err != nil {
			loadErr = err
			return
		}
		if d.works, err = dictionaries.LoadWorkCues(); err != nil {
			loadErr = err
			return
		}
		if d.units, err = dictionaries.LoadOrgUnits(); err != nil {
			loadErr = err
			return
		}
		if d.notFields, err = dictionaries.LoadFieldJoinNot(); err != nil {
			loadErr = err
			return
		}
		if d.openers, err = dictionaries.LoadOrgOpeners(); err != nil {
			loadErr = err
			return
		}
		if d.nameHeads, err = dictionaries.LoadNameHeads(); err != nil {
			loadErr = err
			return
		}
		if d.nameVerbs, err = dictionaries.LoadNameVerbs(); err != nil {
			loadErr = err
			return
		}
		if d.bodies, err = dictionaries.LoadCountryBodies(); err != nil {
			loadErr = err
			return
		}
		if d.congress, err = dictionaries.LoadCongressWords(); err != nil {
			loadErr = err
			return
		}
		if d.events, err = dictionaries.LoadEventAbbrevs(); err != nil {
			loadErr = err
			return
		}
		if d.falseEnds, err = dictionaries.LoadOrgFalseEndings(); err != nil {
			loadErr = err
			return
		}
		if d.placeWords, err = dictionaries.LoadPlaceWords(); err != nil {
			loadErr = err
			return
		}
		if d.notAbbrev, err = dictionaries.LoadNotAbbrevs(); err != nil {
			loadErr = err
			return
		}
		if d.placeSuffixes, err = dictionaries.LoadPlaceSuffixes(); err != nil {
			loadErr = err
			return
		}
		if d.placeGeneric, err = dictionaries.LoadPlaceGeneric(); err != nil {
			loadErr = err
			return
		}
		if d.abbrevs, err = dictionaries.LoadDivisionAbbrevs(d.divs); err != nil {
			loadErr = err
			return
		}
		if d.regions, err = dictionaries.LoadRegionAbbrevs(d.foreign); err != nil {
			loadErr = err
			return
		}
		if d.peopleNouns, err = dictionaries.LoadPeopleNouns(); err != nil {
			loadErr = err
			return
		}
		if d.nameChars, err = dictionaries.LoadNameChars(); err != nil {
			loadErr = err
			return
		}
		if d.factWords, err = dictionaries.LoadFactWords(); err != nil {
			loadErr = err
			return
		}
		d.strong = (&Stage{data: &d}).strongPlaces()
		d.countryEnd = new(runes.Set)
		for name := range d.countries.Names() {
			r, _ := runes.DecodeLast(name)
			d.countryEnd.Add(r)
		}
		d.chars = d.charClasses()
		d.readings = (&Stage{data: &d}).placeReadings()
		loaded = &d
	})
	return loaded, loadErr
}

// Stage implements pipeline.Stage. It is safe for concurrent use.
type Stage struct {
	*data
	// spotAbbrevs adds the Chinese abbreviations of org_aliases.tsv that
	// the tagger missed (上合组织, 国家电网, 人社部).
	spotAbbrevs bool
	// terms reads the numbered term before a legislature or a party body
	// as part of its name (十三届全国人大常委会), as MSRA marks it (33 of 36
	// such bodies after a term in its training data).
	terms bool
	// commands reads a military region (南京军区) as an ORG, as People's
	// Daily 1998 marks it; under "msra" the tagger's reading stands.
	commands bool
	// teams reads the countries and divisions of a list of teams as ORGs
	// (苏格兰、挪威、丹麦等队), as MSRA marks them; People's Daily 1998
	// marks them places.
	teams bool
	// sides reads a country's side (韩方) as the country's PLACE, as MSRA
	// marks it; People's Daily 1998 marks no part of it (0 of 25 in
	// pd98_test), so under "pku" the mention goes.
	sides bool
	// things drops the names that name a ship, craft or weapon
	// (dropVesselNames); People's Daily 1998 marks the place a ship is
	// named after (“青岛”号导弹驱逐舰, “哥伦比亚”号航天飞机: both such names
	// in pd98_test), so under "pku" they stay.
	things bool
}

// Options configure the stage.
type Options struct {
	// Style is the entity span convention, as for the ner stage: "msra"
	// (the default) or "pku". People's Daily 1998 does not mark Chinese
	// abbreviations of organizations as names (it tags them j), so under
	// "pku" the stage does not add those the tagger missed.
	Style string
}

// New returns the stage. The dictionaries are loaded on the first call and
// shared by every stage returned.
func New(opts Options) (*Stage, error) {
	d, err := load()
	if err != nil {
		return nil, fmt.Errorf("entities: %w", err)
	}
	return &Stage{data: d, spotAbbrevs: opts.Style != "pku", sides: opts.Style != "pku", terms: opts.Style != "pku", teams: opts.Style != "pku", commands: opts.Style == "pku", things: opts.Style != "pku"}, nil
}

// Name returns "entities".
func (*Stage) Name() string { return Name }

// docState is what the stage learns about one document while it works.
type docState struct {
	div map[int]*dictionaries.Division // mention ID → resolved division
}

// Process normalizes the PERSON, PLACE and ORG mentions of d in place.
func (s *Stage) Process(d *pipeline.Doc) error {
	x := s.newDoc(d)
	defer x.release()
	s.process(&x)
	return nil
}

// process runs the rules in order.
func (s *Stage) process(d *doc) {
	st := &docState{div: map[int]*dictionaries.Division{}}
	s.repairBoundaries(d)
	s.trimRunOn(d)
	s.orgEdges(d)
	s.dropCrossedAliases(d)
	s.placeEdges(d)
	s.sessionOrgs(d)
	s.trimOpeners(d)
	s.balanceTitles(d)
	s.trimDigits(d)
	s.fitPlaces(d)
	s.trimFalseEndings(d)
	s.balanceBrackets(d)
	s.splitSpaced(d)
	s.joinHyphenated(d)
	regnalNumbers(d)
	s.personParts(d)
	s.personWhole(d)
	s.personEdges(d)
	s.personRunEnds(d)
	s.dropWordTails(d)
	s.personWordEdges(d)
	s.orgWhole(d)
	s.bracketCountries(d)
	s.extendDepts(d)
	s.joinFields(d)
	s.wordsAround(d)
	s.retype(d)
	s.ownedTitles(d)
	s.listedCountries(d)
	s.dropFragments(d)
	bareTitles(d)
	s.dropStormNames(d)
	s.quoteOrgs(d)
	s.directedCountries(d)
	s.splitSpans(d)
	s.splitAtVerbs(d)
	s.splitTitled(d)
	s.parkOrgs(d)
	s.addFromGazetteers(d)
	s.abbrevRuns(d, st)
	s.countryPairs(d)
	s.abbrevWords(d)
	s.abbrevTitles(d)
	s.abbrevAfterVerbs(d)
	s.bylinePersons(d)
	s.listPersons(d)
	s.titledPersons(d)
	s.listOrgs(d)
	s.placeSense(d)
	s.definedAliases(d)
	s.brandTrades(d)
	trimSeparators(d)
	s.splitChains(d, st)
	s.shortForms(d)
	pipeline.SortMentions(d.Mentions)
	s.resolvePlaces(d, st)
	s.unlistedPlaces(d, st)
	s.resolveOrgs(d, st)
	s.termOrgs(d)
	s.partyCongresses(d)
	specialRegion(d)
	s.corefer(d)
	s.eventAbbrevs(d)
	if s.things {
		s.dropVesselNames(d)
	}
	dropOverlaps(d)
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if isEntity(m.Type) && m.Entity == "" {
			m.Entity = m.Text
		}
		if title, ok := bookTitle(m.Entity); ok && m.Type == pipeline.Org {
			m.Entity = title // 美国《华尔街日报》 is 华尔街日报, as written alone
		}
		if isEntity(m.Type) && s.inDictionary(m) {
			m.Confidence = max(m.Confidence, gazetteerConfidence)
		}
	}
}

// specialRegion resolves 特区 standing alone (特区政府将…) to the special
// administrative region the document names, when it names one of 香港 and
// 澳门 only and no special economic zone: news writes the short form after
// the full name.
func specialRegion(d *doc) {
	region := func(m *pipeline.Mention) string {
		switch {
		case m.Type != pipeline.Place:
		case m.PlaceCode == "810000" || m.Country == "HK" && m.Entity == "香港":
			return "HK"
		case m.PlaceCode == "820000" || m.Country == "MO" && m.Entity == "澳门":
			return "MO" // not 香港国际机场, a place in it
		}
		return ""
	}
	var sar *pipeline.Mention
	for i := range d.Mentions {
		m := &d.Mentions[i]
		r := region(m)
		if r == "" {
			continue
		}
		if sar != nil && region(sar) != r {
			return // both: which one is not written
		}
		sar = m
	}
	// Searched for only now: most documents name neither region, and the
	// search reads the whole text.
	if sar == nil || runes.Index(d.Text, "经济特区") >= 0 {
		return // 特区 may be a special economic zone there (深圳经济特区)
	}
	for i := range d.Mentions {
		if m := &d.Mentions[i]; m.Type == pipeline.Place && m.Text == "特区" && m.PlaceCode == "" {
			m.Entity, m.PlaceCode, m.Country = sar.Entity, sar.PlaceCode, sar.Country
			addRule(m, "coref-region")
		}
	}
}

// inDictionary reports whether m is a name of the dictionaries as it
// stands: a known person, an organization alias, or a place of two or more
// characters that a gazetteer codes. Such a mention is no less sure than a
// name found by the dictionaries alone, whatever the tagger's margin (a
// tagger span of 韩正 may score 0.01 where the sentence confuses it); a
// one-character abbreviation (中, 美) is left to the tagger.
func (s *Stage) inDictionary(m *pipeline.Mention) bool {
	switch m.Type {
	case pipeline.Person:
		return s.known.Has(m.Text)
	case pipeline.Org:
		_, ok := s.aliases.Canonical(m.Text)
		return ok
	case pipeline.Place:
		return (m.PlaceCode != "" || m.Country != "") && runes.Count(m.Text) >= 2
	}
	return false
}

func isEntity(typ string) bool {
	return typ == pipeline.Person || typ == pipeline.Place || typ == pipeline.Org
}

// addRule records that rule changed m.
func addRule(m *pipeline.Mention, rule string) {
	if m.Rule == "" {
		m.Rule = rule
		return
	}
	if t := joinedRules.t.Load(); t != nil {
		for _, r := range t.get(m.Rule) {
			if r.rule == rule {
				m.Rule = r.join
				return
			}
		}
	}
	j := m.Rule + "|" + rule
	joinedRules.store(m.Rule, rule, j)
	m.Rule = j
}

// ruleJoin is a rule addRule appends to a chain and the chain it makes.
type ruleJoin struct{ rule, join string }

// joinedRules memoizes addRule's joins: mentions carry a few hundred distinct
// chains in all, and a join per change built a string each time.
var joinedRules joinCache

// maxJoinedRules bounds joinedRules, should the rules of earlier stages vary
// without end; joins past it are built each time.
const maxJoinedRules = 4096

// joinCache is a table that readers load without a lock: a writer replaces
// it with a copy, so a table once published never changes. It maps a chain
// to the joins made from it, where the few rules appended to one chain are
// found by comparing them, most often the same literal.
type joinCache struct {
	mu sync.Mutex // held by writers
	t  atomic.Pointer[joinTable]
	n  int // joins held, under mu
}

// store adds the join j of chain and rule.
func (c *joinCache) store(chain, rule, j string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	old := c.t.Load()
	var slots []joinSlot // the chains held, the new join's among them
	if old != nil {
		if slices.ContainsFunc(old.get(chain), func(r ruleJoin) bool { return r.rule == rule }) || c.n >= maxJoinedRules {
			return
		}
		for _, s := range old.slots {
			if s.chain != "" {
				slots = append(slots, s)
			}
		}
	}
	k := slices.IndexFunc(slots, func(s joinSlot) bool { return s.chain == chain })
	if k < 0 {
		k = len(slots)
		slots = append(slots, joinSlot{chain: chain})
	}
	// A new slice: the published one may be read meanwhile.
	slots[k].joins = append(slices.Clip(slots[k].joins), ruleJoin{rule, j})
	c.n++
	c.t.Store(newJoinTable(slots))
}

// joinTable is an open-addressed hash table of chains, hashed by their
// length and three of their bytes (joinHash): a map hashed each chain
// whole, a hundred instructions a read, and the chains a document's
// mentions carry are few and mostly differ in those.
type joinTable struct {
	slots []joinSlot // a power of two long, at most half full; "" marks a free slot
}

// joinSlot holds a chain, never "", and the joins made from it.
type joinSlot struct {
	chain string
	joins []ruleJoin
}

// newJoinTable returns a table of slots, whose chains differ.
func newJoinTable(slots []joinSlot) *joinTable {
	n := 16
	for n < 2*len(slots) {
		n *= 2
	}
	t := &joinTable{slots: make([]joinSlot, n)}
	for _, s := range slots {
		i := joinHash(s.chain) & uint(n-1)
		for t.slots[i].chain != "" {
			i = (i + 1) & uint(n-1)
		}
		t.slots[i] = s
	}
	return t
}

// get returns the joins made from chain, which is not "".
func (t *joinTable) get(chain string) []ruleJoin {
	mask := uint(len(t.slots) - 1)
	for i := joinHash(chain) & mask; ; i = (i + 1) & mask {
		switch s := &t.slots[i]; s.chain {
		case chain:
			return s.joins
		case "":
			return nil
		}
	}
}

// joinHash hashes s, not "", by its length and its first, middle and last
// bytes.
func joinHash(s string) uint {
	n := len(s)
	h := uint32(n) | uint32(s[0])<<8 | uint32(s[n/2])<<16 | uint32(s[n-1])<<24
	return uint(h * 0x9E3779B1 >> 16)
}

// runsOn reports whether a name that ends at off runs on into a longer word:
// a gse token holds off and the words after it (中国移动 of 中国|移动游戏,
// 北京大学 of 北京|大学生), unless what follows is a title, maybe sharing the
// name's last character (商务部|长, 投资银行|行长), or one function character
// gse joined to it (商务部|将).
func (s *Stage) runsOn(d *doc, off int) bool {
	i := d.tokenAt(off)
	if i < 0 || d.Tokens[i].Start >= off {
		return false
	}
	end := d.Tokens[i].End
	for _, from := range []int{off - 1, off} {
		if _, title := s.titles.Prefix(d.Slice(from, end)); title {
			return false
		}
	}
	return !(end == off+1 && strings.Contains(functionChars, d.Slice(off, end)))
}

// peopleNounAt reports whether the gse word at code point off is a noun for
// people of people_nouns.tsv (选手, 游客).
func (s *Stage) peopleNounAt(d *doc, off int) bool {
	i := d.tokenAt(off)
	if i < 0 || d.Tokens[i].Start != off {
		return false
	}
	_, ok := s.peopleNouns.Get(d.Tokens[i].Text)
	return ok
}

// insideToken reports whether code point off lies inside a gse token, past
// its first character.
func (d *doc) insideToken(off int) bool {
	i := d.tokenAt(off)
	return i >= 0 && d.Tokens[i].Start < off
}

// functionChars are characters gse may join to the last one of a name
// before them (部|将, 行|将).
const functionChars = "将是为在和与对向把被从"

// wordsAround drops tagger mentions that lie inside a word the text spells
// out around them: a word of not_names.tsv (萨德, 宙斯盾), a known person's
// name (replaced by one PERSON mention of it: 奥+巴+马, 康京 of 康京和) or,
// for a one-character place, a word of not_abbrevs.tsv.
func (s *Stage) wordsAround(d *doc) {
	// The word lists are searched in bytes, with the characters around
	// read from the decoded text: the spans they find are few, and only
	// those are converted to code points, after each call of AroundRune
	// rather than in a closure, whose calls cost a fifth of the searches. off is the mention's start and at its byte offset, the
	// same for every list.
	rs := d.Runes()
	drop := map[int]bool{}
	var people []pipeline.Mention
	for n := range d.Mentions {
		m := &d.Mentions[n]
		if !isEntity(m.Type) || m.Stage == Name {
			continue
		}
		off, at := max(m.Start, 0), d.ByteOffset(m.Start)
		if a, b, ok := s.notNames.AroundRune(d.Text, rs, off, at); ok && d.RuneOffset(a) <= m.Start && m.End <= d.RuneOffset(b) {
			drop[m.ID] = true // 萨德, 宙斯 of 宙斯盾
			continue
		}
		if m.End-m.Start == 1 && m.Type == pipeline.Place {
			if _, _, ok := s.notAbbrev.AroundRune(d.Text, rs, off, at); ok {
				drop[m.ID] = true
				continue
			}
		}
		typ, rule := pipeline.Person, "known-person"
		a, b, ok := s.known.AroundRune(d.Text, rs, off, at)
		if ok {
			a, b = d.RuneOffset(a), d.RuneOffset(b)
		}
		// A name that would cut into gse's words on both sides is more
		// likely their characters by chance (美韩|正视 is no 韩正).
		if ok && d.insideToken(a) && d.insideToken(b) {
			ok = false
		}
		// A one-character place that ends a run of them gse reads as one
		// place word begins no person (中韩|正进行, 日美韩|正加紧: no 韩正).
		if ok && a == m.Start && m.End-m.Start == 1 && m.Type == pipeline.Place && d.insideToken(a) && d.Tokens[d.tokenAt(a)].Pos == "ns" {
			ok = false
		}
		if !ok || b < m.End || (a == m.Start && b == m.End) {
			// 胡塞武 of 胡塞武装: an organization alias written out.
			typ, rule = pipeline.Org, "known-org"
			a, b, ok = s.aliases.AroundRune(d.Text, rs, off, at)
			if ok {
				a, b = d.RuneOffset(a), d.RuneOffset(b)
			}
			if !ok && m.Type == pipeline.Org && m.End-m.Start == 1 {
				// 联 of 联大/j: a short alias gse reads as one word (not
				// 苏联|大使, which Spots would match).
				if i := d.tokenAt(m.Start); i >= 0 && d.Tokens[i].Start == m.Start && d.Tokens[i].End > m.End {
					if _, known := s.aliases.Canonical(d.Tokens[i].Text); known {
						a, b, ok = m.Start, d.Tokens[i].End, true
					}
				}
			}
			if !ok || b < m.End || a > m.Start || (a == m.Start && b == m.End) || s.runsOn(d, b) {
				// 大湾 of 粤港澳大湾区: a listed place written out. A
				// one-character place stays, as MSRA splits 青藏高原 into
				// 青 and 藏.
				typ, rule = pipeline.Place, "known-place"
				if m.End-m.Start == 1 && m.Type == pipeline.Place {
					continue
				}
				if a, b, ok = s.foreign.AroundRune(d.Text, rs, off, at); !ok {
					continue
				}
				if a, b = d.RuneOffset(a), d.RuneOffset(b); b < m.End || a > m.Start || (a == m.Start && b == m.End) {
					continue
				}
			}
		}
		drop[m.ID] = true
		if k := len(people) - 1; k >= 0 && people[k].Start == a {
			people[k].Confidence = max(people[k].Confidence, m.Confidence)
			continue
		}
		people = append(people, pipeline.Mention{
			Type: typ, Text: d.Slice(a, b), Start: a, End: b,
			Stage: Name, Rule: rule, Confidence: m.Confidence,
		})
	}
	if len(drop) == 0 {
		return
	}
	d.DeleteMentions(func(m *pipeline.Mention) bool { return drop[m.ID] })
	for _, p := range people {
		if !d.hasMention(p.Type, p.Start, p.End) {
			d.AddMention(p)
		}
	}
}

// hasMention reports whether d has a mention of type typ over start..end. It
// reads the mentions in place, where slices.ContainsFunc copied each into
// the test.
func (d *doc) hasMention(typ string, start, end int) bool {
	for k := range d.Mentions {
		if m := &d.Mentions[k]; m.Start == start && m.End == end && m.Type == typ {
			return true
		}
	}
	return false
}

// listedCountries makes a tagger ORG that is exactly a country's name a
// PLACE when it is listed with 、, 和, 与 or 及 beside a country the tagger
// read as a place (美国、日本和韩国表示质疑: the tagger read 日本 an ORG): a
// list of countries names states alike, and both conventions mark them so.
// So does a noun for people after it (中国选手): it says their nationality.
func (s *Stage) listedCountries(d *doc) {
	// The countries read as places, indexed only at the first ORG that
	// names a country, before any is retyped.
	var byStart, byEnd map[int]*pipeline.Mention
	n := d.CharCount()
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type != pipeline.Org || m.Stage == Name || s.countries.Lookup(m.Text) == nil {
			continue
		}
		if byStart == nil {
			byStart, byEnd = map[int]*pipeline.Mention{}, map[int]*pipeline.Mention{}
			for k := range d.Mentions {
				if o := &d.Mentions[k]; o.Type == pipeline.Place && s.countries.Lookup(o.Text) != nil {
					byStart[o.Start], byEnd[o.End] = o, o
				}
			}
		}
		before := m.Start > 0 && strings.Contains("、和与及", d.Slice(m.Start-1, m.Start)) && byEnd[m.Start-1] != nil
		after := m.End < n && strings.Contains("、和与及", d.Slice(m.End, m.End+1)) && byStart[m.End+1] != nil
		if before || after || s.peopleNounAt(d, m.End) {
			m.Type, m.Entity = pipeline.Place, ""
			addRule(m, "retype-place")
		}
	}
}

// retype turns PERSON mentions that are exactly a division's full name, a
// country's name or a foreign place into PLACE mentions. Short forms of
// divisions do not count: 白银 is silver as often as it is 白银市. It turns
// PLACE mentions that end with the suffix of a park or zone run as an
// institution (土耳其杜兹科技园) into ORG mentions, and so PLACE and tagger
// PERSON mentions that are a body of country_bodies.tsv (防卫省, 陆军).
func (s *Stage) retype(d *doc) {
	var add []pipeline.Mention
	var drop []int // IDs
	for i := range d.Mentions {
		m := &d.Mentions[i]
		countries := 0
		if m.Type == pipeline.Person {
			countries = s.countryWords(d, m)
		}
		switch {
		case m.Type == pipeline.Person && (len(s.divs.LookupFull(m.Text)) > 0 || s.countries.Lookup(m.Text) != nil || s.foreign.Lookup(m.Text) != nil ||
			runes.Count(m.Text) >= 3 && len(s.divs.Lookup(m.Text)) > 0 || s.countryPlace(m.Text) > 0):
			// 卡塔尔多哈: a country and a place in it, split later.
			m.Type = pipeline.Place
			m.Entity = ""
			addRule(m, "retype-place")
		case m.Type == pipeline.Person && s.personCtx.Place(d.Slice(max(m.Start-3, 0), m.Start)) && s.transliteratedChars(m.Text):
			// 叙利亚北部城市曼比季, 格陵兰岛首府努克: a kind of settlement
			// before a transliterated name says what it is (person_contexts.tsv
			// side place); not before a word (城市|周边游).
			m.Type, m.Entity = pipeline.Place, ""
			addRule(m, "settlement-place")
		case m.Type == pipeline.Org && m.Stage != Name && runes.Count(m.Text) >= 4 && s.isChain(m.Text):
			// 云南昭通、贵州威宁: divisions, each inside the one before, are
			// places whatever the tagger read (split later under MSRA).
			m.Type, m.Entity = pipeline.Place, ""
			addRule(m, "retype-place")
		case m.Type == pipeline.Org && m.Stage != Name && s.countries.Lookup(m.Text) != nil && !s.sportsReport(d, m):
			// 立陶宛总理, 在立陶宛维尔纽斯: a country's name is a place
			// except where a sports report makes it the team. Here rather
			// than in listedCountries, which reads sports reports' lists
			// later: the side rules below must see the country as a place
			// (中方愿同阿方一道 in a story about 阿根廷).
			m.Type, m.Entity = pipeline.Place, ""
			addRule(m, "retype-place")
		case m.Type == pipeline.Org && m.Stage != Name && m.End-m.Start == 1 && (s.countries.Abbrev(m.Text) != nil || s.regions.Lookup(m.Text) != nil):
			// 美韩同盟, 中欧之间: a country's or region's one-character
			// abbreviation the tagger read as an ORG is a place, as MSRA
			// marks it fifty times for every once it does not.
			m.Type, m.Entity = pipeline.Place, ""
			addRule(m, "org-country")
		case (m.Type == pipeline.Place || m.Type == pipeline.Person && m.Stage != Name) && s.isBody(m.Text):
			// 防卫省, 海军: a body of a national government, by a name that
			// may end like a place's (省) or a person's (陆军: 陆 is a
			// surname).
			m.Type, m.Entity = pipeline.Org, ""
			addRule(m, "retype-org")
		case m.Type == pipeline.Place && s.commands && strings.HasSuffix(m.Text, "军区") && runes.Count(m.Text) > 2 && len(s.divs.LookupFull(m.Text)) == 0:
			// 南京军区: a military command, which People's Daily 1998 marks
			// an organization (139 of 140 in its training data; MSRA splits
			// 49 LOC to 39 ORG, so the msra style keeps the tagger's reading).
			// 点军区 is a district of 宜昌.
			m.Type, m.Entity = pipeline.Org, ""
			addRule(m, "retype-org")
		case m.Type == pipeline.Org && m.Stage != Name && s.landmark(m.Text):
			// 武侯区桐梓林邻里中心: a site (邻里中心, 广场), not the
			// institution its last characters (中心) could end.
			m.Type, m.Entity = pipeline.Place, ""
			addRule(m, "retype-place")
		case (m.Type == pipeline.Place || m.Type == pipeline.Org) && s.known.Has(m.Text):
			// 奥巴马 tagged as a place: a name that is only ever a person.
			m.Type, m.Entity = pipeline.Person, ""
			addRule(m, "retype-person")
		case countries > 0:
			// 韩日, 韩媒, 韩: country abbreviations the tagger read as a name.
			for j := 1; j < countries; j++ {
				add = append(add, pipeline.Mention{Type: pipeline.Place, Start: m.Start + j, End: m.Start + j + 1, Stage: Name, Rule: "person-country", Confidence: m.Confidence})
			}
			firstCharPlace(d, m, "person-country")
		case (m.Type == pipeline.Person || m.Type == pipeline.Place && !s.gazetteerPlace(m.Text)) && s.isOrgAlias(m.Text):
			// 马航, 比亚迪, 银联: a company or body the tagger read as a
			// person or a place.
			m.Type, m.Entity = pipeline.Org, ""
			addRule(m, "retype-org")
		case m.Type == pipeline.Person && s.contextAbbrev(m):
			m.Start++
			firstCharPlace(d, m, "person-country")
		case m.Type == pipeline.Person && (s.countrySide(m.Text) || s.initialSide(d, m.Text)):
			// 吉方, 美方愿: "the Kyrgyz side" is the country, not a person.
			if !s.sides {
				drop = append(drop, m.ID)
				break
			}
			firstCharPlace(d, m, "country-side")
		case m.Type == pipeline.Person && m.Start > 0 && strings.HasPrefix(m.Text, "方") && s.countrySide(d.Slice(m.Start-1, m.Start+1)):
			// 哈|方愿同中方: the tagger began a name at the side's 方,
			// and may have read the country's character as a weak place.
			before := m.Start - 1
			k := slices.IndexFunc(d.Mentions, func(o pipeline.Mention) bool { return isEntity(o.Type) && o.Start <= before && o.End > before })
			if !s.sides || k >= 0 {
				if k >= 0 && s.sides {
					if o := &d.Mentions[k]; o.Type == pipeline.Place && o.Start == before && o.End == m.Start {
						addRule(o, "country-side")
					}
				}
				drop = append(drop, m.ID)
				break
			}
			m.Start = before
			firstCharPlace(d, m, "country-side")
		case m.Type == pipeline.Person && s.companyEnd(d, m) > m.End:
			// 迈科康生物, 拓荆科技: a brand and its trade, not a person.
			m.End = s.companyEnd(d, m)
			m.Type, m.Text, m.Entity = pipeline.Org, d.Slice(m.Start, m.End), ""
			addRule(m, "person-company")
		case m.Type == pipeline.Place && s.park(m.Text) && !s.gazetteerPlace(m.Text):
			m.Type = pipeline.Org
			m.Entity = ""
			addRule(m, "retype-org")
		}
	}
	if len(drop) > 0 {
		d.DeleteMentions(func(m *pipeline.Mention) bool { return slices.Contains(drop, m.ID) })
	}
	for _, m := range add {
		d.AddMention(m)
	}
}

// companyEnd returns where a company's short name ends when a tagger
// PERSON m is its brand: a trade word of company_trades.tsv follows it as
// gse's words of their own, and no noun runs on after the trade word but a
// title (康缘药业董事长; not 科技工作者). A known person is never a brand.
// It returns m.End when m is no brand.
func (s *Stage) companyEnd(d *doc, m *pipeline.Mention) int {
	if m.End-m.Start < 2 || s.known.Has(m.Text) || strings.Contains(m.Text, "·") {
		return m.End // 小康汽车 with 康 alone tagged: the brand is cut
	}
	j := d.tokenAt(m.End)
	if j < 0 || d.Tokens[j].Start != m.End {
		return m.End
	}
	end := d.Tokens[j].End
	if _, ok := s.trades.Get(d.Tokens[j].Text); !ok {
		// A trade word gse joined to what follows is no trade: 科技工作者.
		return m.End
	}
	if j+1 < len(d.Tokens) {
		if next := d.Tokens[j+1]; strings.HasPrefix(next.Pos, "n") && !s.isTitle(next.Text) {
			return m.End
		}
	}
	return end
}

// placeSense makes a weak tagger PERSON a PLACE when the document writes
// the same name as a PLACE too and the gazetteers know it as a division or
// a country (顺德 tagged a person once in a story about 广东顺德): one name,
// one sense in a document. Rule person-place-document; "weak" is a
// confidence of 0.5 or less.
func (s *Stage) placeSense(d *doc) {
	// The texts of the places, gathered only at the first weak person,
	// before any is retyped. A slice: weak persons are few, and a map cost
	// more to fill than they cost to search.
	var places []string
	gathered := false
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type != pipeline.Person || m.Stage == Name || m.Confidence > 0.5 || runes.Count(m.Text) < 2 || s.known.Has(m.Text) {
			continue
		}
		if !gathered {
			gathered = true
			for k := range d.Mentions {
				if o := &d.Mentions[k]; o.Type == pipeline.Place {
					places = append(places, o.Text)
				}
			}
		}
		r := s.read(m.Text)
		if len(r.divs) == 0 && r.country == nil {
			continue
		}
		rule := "person-place-document"
		if !slices.Contains(places, m.Text) {
			if len(r.divs) == 0 || !s.placeBeside(d, m, r.divs) {
				continue
			}
			rule = "person-place-beside"
		}
		m.Type, m.Entity = pipeline.Place, ""
		addRule(m, rule)
	}
}

// codeStem returns the digits of a GB/T 2260 code that every division
// inside it shares: 43 of 430000, 4307 of 430700.
func codeStem(code string) string {
	for len(code) > 2 && strings.HasSuffix(code, "00") {
		code = code[:len(code)-2]
	}
	return code
}

// placeBeside reports whether a PERSON mention m that reads as one of divs
// stands where a division does: right after a PLACE that encloses one of
// them (湖南常德, 吉林舒兰), or beside a Chinese division in a list with 、
// (酒泉、嘉峪关、张掖、兰州).
func (s *Stage) placeBeside(d *doc, m *pipeline.Mention, divs []*dictionaries.Division) bool {
	for k := range d.Mentions {
		o := &d.Mentions[k]
		if o.Type != pipeline.Place || o == m {
			continue
		}
		switch {
		case o.End == m.Start:
			for _, p := range s.read(o.Text).divs {
				for _, v := range divs {
					if v.Code != p.Code && strings.HasPrefix(v.Code, codeStem(p.Code)) {
						return true
					}
				}
			}
		case o.End == m.Start-1 && d.Slice(o.End, m.Start) == "、" || o.Start == m.End+1 && d.Slice(m.End, o.Start) == "、":
			if len(s.read(o.Text).divs) > 0 {
				return true
			}
		}
	}
	return false
}

// bookTitle returns what the one book title of a name holds: 华尔街日报 of
// 美国《华尔街日报》, 求是 of 《求是》杂志.
func bookTitle(name string) (string, bool) {
	// 《 begins with byte E3, which begins no Chinese character (E4 to E9):
	// most names have none, found at a byte search's speed.
	if strings.IndexByte(name, 0xE3) < 0 {
		return "", false
	}
	i := strings.Index(name, "《")
	if i < 0 {
		return "", false // most names: no second search
	}
	j := strings.Index(name, "》")
	if j <= i+len("《") || strings.Count(name, "《") != 1 || strings.Count(name, "》") != 1 {
		return "", false
	}
	return name[i+len("《") : j], true
}

// trimSeparators cuts the name separator (·) from the ends of a PERSON,
// PLACE or ORG mention, where splitting a title off a name leaves it
// (卡塔尔埃米尔·塔米姆 → ·塔米姆 → 塔米姆): it joins parts of a name and
// ends none. A mention of nothing else goes.
func trimSeparators(d *doc) {
	drop := false
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if !isEntity(m.Type) {
			continue
		}
		// Most names neither begin nor end with a separator; the trims
		// below decode and count every character of the name.
		first, _ := runes.DecodeFirst(m.Text)
		last, _ := runes.DecodeLast(m.Text)
		if !separator(first) && !separator(last) {
			continue
		}
		text := strings.TrimLeft(m.Text, separators)
		start := m.Start + runes.Count(m.Text) - runes.Count(text)
		text = strings.TrimRight(text, separators)
		if start == m.Start && len(text) == len(m.Text) {
			continue
		}
		if text == "" {
			drop = true
		}
		m.Start, m.End, m.Text, m.Entity = start, start+runes.Count(text), text, ""
		addRule(m, "trim-separator")
	}
	if drop {
		d.DeleteMentions(func(m *pipeline.Mention) bool { return isEntity(m.Type) && m.Text == "" })
	}
}

// separators are the dots that join the parts of a name.
const separators = "·・•"

// separator reports whether r is one of separators.
func separator(r rune) bool { return r == '·' || r == '・' || r == '•' }

// isOrgAlias reports whether text is a name org_aliases.tsv lists for one
// organization (kind org).
func (s *Stage) isOrgAlias(text string) bool {
	_, ok := s.aliases.Canonical(text)
	return ok
}

// firstCharPlace turns m into a PLACE of its first character, the country
// abbreviation it starts with.
func firstCharPlace(d *doc, m *pipeline.Mention, rule string) {
	m.Type, m.End, m.Entity = pipeline.Place, m.Start+1, ""
	m.Text = d.Slice(m.Start, m.End)
	addRule(m, rule)
}

// countryWords returns how many country abbreviations a PERSON mention is
// made of: 1 for one beside a word of abbrev_contexts.tsv (入韩), one to
// three followed by such a word (韩媒, 韩美军), 2 for two before a pair word
// (韩日两国);
// 0 when it is a name. Characters that also abbreviate a division are no
// country here, and 方 is left to country-side.
func (s *Stage) countryWords(d *doc, m *pipeline.Mention) int {
	if m.Stage == Name || s.known.Has(m.Text) {
		return 0
	}
	// The characters are cut from the text in place, not decoded whole.
	text := m.Text
	k, at := 0, 0 // leading country abbreviations, which end at byte at
	for k < 3 && at < len(text) {
		_, size := runes.DecodeFirst(text[at:])
		if !s.countryChar(text[at : at+size]) {
			break
		}
		k, at = k+1, at+size
	}
	switch n := runes.Count(text); {
	case k == 0:
		return 0
	case n == 1:
		// Alone it must stand beside a context word (马 of 马列主义 is
		// Marx), or be no surname: a name of one character is a surname
		// (小李, 张某), so 中 of 中老铁路 is China.
		c, _ := runes.DecodeFirst(text)
		if !s.surname(c) || s.contexts.Around(d.Slice(max(m.Start-4, 0), m.Start), d.Slice(m.End, min(m.End+4, d.CharCount()))) {
			return 1
		}
	case k < n && s.contexts.After(text[at:]):
		return k // 韩媒, 韩美军
	case n == 2 && k == 2 && s.contexts.Pair(d.Slice(m.End, min(m.End+2, d.CharCount()))):
		return 2
	case n == 2 && k == 2 && s.countriesNamed(d, m.Text):
		// 俄乌 where the document names Russia and Ukraine, also after a
		// surname's character (韩日 beside 韩国 and 日本); 比奥 (Sierra
		// Leone's president) is no Belgium and Austria.
		return 2
	}
	return 0
}

// surname reports whether c is a one-character surname.
func (s *Stage) surname(c rune) bool {
	sn, ok := s.surnames.Of(string(c) + "某")
	return ok && sn == string(c)
}

// contextAbbrev reports whether a PERSON mention is a word of
// abbrev_contexts.tsv's before side and a country's one-character
// abbreviation (向乌 of 向乌提供武器).
func (s *Stage) contextAbbrev(m *pipeline.Mention) bool {
	// The two characters are cut in place, not decoded and built again.
	_, size := runes.DecodeFirst(m.Text)
	first, second := m.Text[:size], m.Text[size:]
	if _, n := runes.DecodeFirst(second); m.Stage == Name || size == 0 || n == 0 || n != len(second) {
		return false
	}
	return s.countryChar(second) && s.contexts.Around(first, "")
}

// countryChar reports whether the character c abbreviates a country and no
// division (韩; not 澳, which is 澳门 as well).
func (s *Stage) countryChar(c string) bool {
	return s.countries.Abbrev(c) != nil && s.abbrevs.Lookup(c) == nil
}

// countrySide reports whether name starts with a country's one-character
// abbreviation followed by 方 (中方, 吉方愿).
func (s *Stage) countrySide(name string) bool {
	r, size := runes.DecodeFirst(name)
	return r != utf8.RuneError && strings.HasPrefix(name[size:], "方") && s.countries.Abbrev(name[:size]) != nil
}

// initialSide reports whether name is a character and 方 where the
// character begins the one country the document names with it (卢方 in a
// story naming 卢森堡): the country's side.
func (s *Stage) initialSide(d *doc, name string) bool {
	r, size := runes.DecodeFirst(name)
	return r != utf8.RuneError && name[size:] == "方" && s.initialCountry(d, name[:size]) != nil
}

// zone reports whether name ends with the suffix of a development zone
// (高新区, 开发区).
func (s *Stage) zone(name string) bool {
	_, kind, ok := s.suffixes.Match(name)
	return ok && kind == "zone"
}

// park reports whether name ends with the suffix of a park run as an
// institution (科技园, 创业园). Development zones (高新区, 开发区) do not
// count: both conventions mark them as places as often as organizations.
func (s *Stage) park(name string) bool {
	_, kind, ok := s.suffixes.Match(name)
	return ok && kind == "park"
}

// shortForms adds an ORG for a short form the document writes after an
// organization's full name of six or more characters that ends with an
// institution suffix: its first two characters and its last (中韩创新创业园 …
// 中韩园). The short form must be whole gse words whose first two characters
// gse reads as a name or an abbreviation (中韩/ns 园/zg; not 航空/n 团 or
// 儿童/n 会), over no other name than one-character places the tagger read
// in it, which it replaces; corefer then links it to the full name
// (coref-abbrev).
func (s *Stage) shortForms(d *doc) {
	type form struct {
		text       string
		after      int // code point offset past the full name
		confidence float64
	}
	var forms []form
	for k := range d.Mentions {
		m := &d.Mentions[k]
		if m.Type != pipeline.Org || runes.Count(m.Text) < 6 {
			continue
		}
		if _, _, ok := s.suffixes.Match(m.Text); !ok {
			continue
		}
		// The first two characters and the last, cut in place.
		_, a := runes.DecodeFirst(m.Text)
		_, b := runes.DecodeFirst(m.Text[a:])
		_, z := runes.DecodeLast(m.Text)
		forms = append(forms, form{m.Text[:a+b] + m.Text[len(m.Text)-z:], m.End, m.Confidence})
	}
	if forms == nil {
		return
	}
	// An organization named again gives the same form again: the text is
	// searched once for each form, from the first full name's end, for
	// every occurrence, overlapping or not, and each name reads those past
	// its own end.
	from := map[string]int{}
	for _, f := range forms {
		if b, ok := from[f.text]; !ok || f.after < b {
			from[f.text] = f.after
		}
	}
	found := make(map[string][]int, len(from))
	for text, after := range from {
		var at []int
		for b := d.ByteOffset(after); ; {
			k := runes.Index(d.Text[b:], text)
			if k < 0 {
				break
			}
			at = append(at, b+k)
			_, size := runes.DecodeFirst(text)
			b += k + size
		}
		found[text] = at
	}
	var add []pipeline.Mention
	drop := map[int]bool{}
	for _, f := range forms {
		b := d.ByteOffset(f.after)
		for _, o := range found[f.text] {
			if o < b {
				continue
			}
			start := d.RuneOffset(o)
			end := start + 3
			b = o + len(f.text)
			i := d.tokenAt(start)
			if i < 0 || d.Tokens[i].Start != start || d.Tokens[i].End != start+2 || !(d.Tokens[i].Pos == "ns" || d.Tokens[i].Pos == "nt" || d.Tokens[i].Pos == "j") || d.insideToken(end) {
				continue
			}
			var inside []int
			free := true
			for o := range d.namesOver(start, end) {
				if o.Type != pipeline.Place || o.End-o.Start != 1 {
					free = false
					break
				}
				inside = append(inside, o.ID)
			}
			if !free || slices.ContainsFunc(add, func(o pipeline.Mention) bool { return o.Start == start }) {
				continue
			}
			for _, id := range inside {
				drop[id] = true
			}
			add = append(add, pipeline.Mention{Type: pipeline.Org, Start: start, End: end, Stage: Name, Rule: "org-short", Confidence: f.confidence})
		}
	}
	if len(drop) > 0 {
		d.DeleteMentions(func(m *pipeline.Mention) bool { return drop[m.ID] })
	}
	for _, m := range add {
		d.AddMention(m)
	}
}

// landmark reports whether name ends with a landmark's suffix longer than
// any institution suffix it also ends with: 邻里中心 over 中心.
func (s *Stage) landmark(name string) bool {
	suffix, kind, ok := s.placeSuffixes.Match(name)
	if !ok || kind != "landmark" {
		return false
	}
	org, _, ok := s.suffixes.Match(name)
	return !ok || len(org) < len(suffix)
}

// splitChains replaces each PLACE mention that is a chain of nested divisions
// by one mention per division, and a landmark after such a chain
// (武侯区|桐梓林邻里中心) by the divisions and the landmark.
func (s *Stage) splitChains(d *doc, st *docState) {
	var add []pipeline.Mention
	var addDivs []*dictionaries.Division
	split := map[int]bool{} // IDs of the mentions replaced
	for k := range d.Mentions {
		m := &d.Mentions[k]
		// Two names of at least two characters each.
		if m.Type != pipeline.Place || runes.Count(m.Text) < 4 {
			continue
		}
		r := []rune(m.Text)
		chain, lens := s.parseChain(r, nil)
		site := 0 // characters of a landmark after the chain
		if chain == nil && strings.Contains(m.Rule, "retype-place") && s.landmark(m.Text) && !s.gazetteerPlace(m.Text) {
			// Only a site the tagger read as an organization: its own
			// places it splits itself, and 大兴国际机场 is one name.
			chain, lens, site = s.chainBefore(r, func(n int) bool { return d.wordStarts(m.Start + n) })
		}
		if len(chain)+min(site, 1) < 2 {
			continue
		}
		split[m.ID] = true
		start := m.Start
		for i, v := range chain {
			add = append(add, pipeline.Mention{
				Type: pipeline.Place, Start: start, End: start + lens[i],
				Stage: Name, Rule: "split-admin-chain", Confidence: m.Confidence,
			})
			addDivs = append(addDivs, v)
			start += lens[i]
		}
		if site > 0 {
			add = append(add, pipeline.Mention{
				Type: pipeline.Place, Start: start, End: start + site,
				Stage: Name, Rule: "split-admin-chain", Confidence: m.Confidence,
			})
			addDivs = append(addDivs, nil)
		}
	}
	if len(add) == 0 {
		return
	}
	d.DeleteMentions(func(m *pipeline.Mention) bool { return split[m.ID] })
	for i, m := range add {
		id := d.AddMention(m)
		if addDivs[i] != nil {
			st.div[id] = addDivs[i]
		}
	}
}

// chainBefore returns the longest chain of divisions that r begins with when
// the rest is still a landmark's name (桐梓林邻里中心, not the bare suffix)
// and starts a word (宁德市|会展中心, not 宁德|市会展中心; 成都|市民中心),
// with the divisions' lengths and the rest's; nil when there is none.
func (s *Stage) chainBefore(r []rune, wordStarts func(n int) bool) ([]*dictionaries.Division, []int, int) {
	for n := len(r) - 2; n >= 2; n-- {
		if !s.landmark(string(r[n:])) || !wordStarts(n) {
			continue
		}
		if chain, lens := s.parseChain(r[:n], nil); chain != nil {
			return chain, lens, len(r) - n
		}
	}
	return nil, nil, 0
}

// isChain reports whether text is wholly two or more names of divisions,
// each nested in the one before (云南昭通, 四川省成都市).
func (s *Stage) isChain(text string) bool {
	// Most texts begin with no division's name, which the first two
	// characters tell before text is decoded whole.
	a, size := runes.DecodeFirst(text)
	if b, _ := runes.DecodeFirst(text[size:]); s.divs.NameLengths(a, b) == 0 {
		return false
	}
	chain, _ := s.parseChain([]rune(text), nil)
	return len(chain) >= 2
}

// parseChain splits r into names of divisions each nested in the one before
// (full names, or short forms of any reading), returning the divisions and
// their lengths in runes, or nil when r is not wholly such a chain.
func (s *Stage) parseChain(r []rune, outer *dictionaries.Division) ([]*dictionaries.Division, []int) {
	if len(r) < 2 {
		return nil, nil
	}
	lens := s.divs.NameLengths(r[0], r[1]) // most texts begin no name
	for n := min(len(r), s.divs.MaxNameLen()); n >= 2; n-- {
		if lens&dictionaries.LengthBit(n) == 0 {
			continue
		}
		for _, v := range s.divs.Lookup(string(r[:n])) {
			if outer != nil && (v == outer || !s.divs.Contains(outer, v)) {
				continue
			}
			if n == len(r) {
				return []*dictionaries.Division{v}, []int{n}
			}
			if rest, lens := s.parseChain(r[n:], v); rest != nil {
				return append([]*dictionaries.Division{v}, rest...), append([]int{n}, lens...)
			}
		}
	}
	return nil, nil
}

// placeReading is what one PLACE mention may be.
type placeReading struct {
	divs    []*dictionaries.Division // candidate divisions
	short   bool                     // divs were found by a short form
	country *dictionaries.Country
	foreign *dictionaries.ForeignPlace
	abbrev  *dictionaries.Division // a one-character abbreviation: 蓉
	// gazetteer is inGazetteer of the name, and known readKnownPlace,
	// set in the index only.
	gazetteer, known bool
}

// read looks a place name up in order of precedence, as readPlace does.
func (s *Stage) read(name string) placeReading { return s.readings[name] }

// placeReadings returns readPlace of every name of the gazetteers, with
// inGazetteer and readKnownPlace. A name of none reads as the zero
// placeReading, which readPlace returns for it, and is in no gazetteer and
// no known place.
func (s *Stage) placeReadings() map[string]placeReading {
	r := map[string]placeReading{}
	add := func(name string) {
		p := s.readPlace(name)
		p.gazetteer, p.known = s.inGazetteer(name), s.readKnownPlace(name)
		r[name] = p
	}
	for _, names := range []iter.Seq[string]{s.divs.Names(), s.countries.Names(), s.abbrevs.Abbrevs()} {
		for name := range names {
			add(name)
		}
	}
	for _, f := range s.foreign.All() {
		add(f.Name)
	}
	return r
}

// readPlace looks a place name up in each gazetteer in order of precedence.
func (s *Stage) readPlace(name string) placeReading {
	if v := s.divs.LookupFull(name); len(v) > 0 {
		return placeReading{divs: v}
	}
	if c := s.countries.Lookup(name); c != nil {
		return placeReading{country: c}
	}
	if f := s.foreign.Lookup(name); f != nil {
		return placeReading{foreign: f}
	}
	if v := s.divs.Lookup(name); len(v) > 0 {
		return placeReading{divs: v, short: true}
	}
	return placeReading{abbrev: s.abbrevs.Lookup(name)}
}

// longForm returns the country whose formal long form name is: its name and
// a word of state_forms.tsv (塔吉克斯坦共和国, 索马里联邦共和国), or nil.
func (s *Stage) longForm(name string) *dictionaries.Country {
	form, _, ok := s.forms.Suffix(name)
	if !ok || len(form) == len(name) {
		return nil
	}
	return s.countries.Lookup(name[:len(name)-len(form)])
}

// foreignStem returns the country of a foreign place that name is with the
// suffix of a foreign unit after it (place_suffixes.tsv, unlisted unit:
// 代尔祖尔|省, 首尔|市, 魁北克|省, the province or city around the place the
// gazetteer lists), else "".
func (s *Stage) foreignStem(name string) string {
	suf, reading := s.placeSuffixes.Unlisted(name)
	if reading != dictionaries.UnlistedUnit {
		return "" // 拉卡村 is a Chinese village, not in Raqqa
	}
	// China's own regions and landmarks (独龙江乡, 大别山区) are read as
	// Chinese places are, with the division that holds them.
	if f := s.read(name[:len(name)-len(suf)]).foreign; f != nil && f.Country != "CN" {
		return f.Country
	}
	return ""
}

// coordinatedCountry returns the country d.Mentions[i] abbreviates when it is
// one character long and touches another one-character PLACE (中美, 中吉乌),
// or stands beside a word of abbrev_contexts.tsv (对华, 美军, 中方).
func (s *Stage) coordinatedCountry(d *doc, i int) *dictionaries.Country {
	m := &d.Mentions[i]
	if m.End-m.Start != 1 {
		return nil
	}
	c := s.countries.Abbrev(m.Text)
	if c == nil {
		return nil
	}
	if c.Former {
		// 苏 is the Soviet Union, unless the document names a country of
		// today it begins (苏里南: 中苏建交65周年).
		if now := s.initialCountry(d, m.Text); now != nil && !now.Former {
			c = now
		}
	}
	if before, after := coordinated(d, i); before || after {
		if s.amongDivisions(d, i, before, after) {
			return nil
		}
		return c
	}
	n := d.CharCount()
	if d.Slice(m.End, min(m.End+1, n)) == "方" { // 中方, 吉方: a side is a country's
		return c
	}
	// 对华, 美军: a word of abbrev_contexts.tsv beside it, unless the
	// character also abbreviates a division (驻澳: Macao or Australia).
	if s.abbrevs.Lookup(m.Text) != nil {
		return nil
	}
	const reach = 4 // characters read on each side, enough for any listed word
	if s.contexts.Around(d.Slice(max(m.Start-reach, 0), m.Start), d.Slice(m.End, min(m.End+reach, n))) {
		return c
	}
	// 美副国务卿, 俄前总理: a title after it is that country's office.
	title := strings.TrimLeft(d.Slice(m.End, min(m.End+titleReach, n)), "前原副")
	if _, ok := s.titles.Prefix(title); ok {
		return c
	}
	return nil
}

// coordinated reports whether the one-character PLACE d.Mentions[i] is
// coordinated with the one-character PLACE before it and with the one after
// it: touching (中美) or listed with 、 (美、日、韩).
func coordinated(d *doc, i int) (before, after bool) {
	m := &d.Mentions[i]
	single := func(j int) bool {
		return j >= 0 && j < len(d.Mentions) && d.Mentions[j].Type == pipeline.Place && d.Mentions[j].End-d.Mentions[j].Start == 1
	}
	before = single(i-1) && (d.Mentions[i-1].End == m.Start || d.Mentions[i-1].End == m.Start-1 && d.Slice(m.Start-1, m.Start) == "、")
	after = single(i+1) && (d.Mentions[i+1].Start == m.End || d.Mentions[i+1].Start == m.End+1 && d.Slice(m.End, m.End+1) == "、")
	return before, after
}

// amongDivisions reports whether d.Mentions[i], a character that abbreviates
// a division as well as a country, is coordinated (before: with the mention
// before it, after: with the one after) with a character that abbreviates a
// division and no country. It is then the division: 澳 of 港澳台 is 澳门 and 苏
// of 苏浙沪 江苏, but 苏 of 美苏 is the Soviet Union.
func (s *Stage) amongDivisions(d *doc, i int, before, after bool) bool {
	divisionOnly := func(form string) bool {
		return s.abbrevs.Lookup(form) != nil && s.countries.Abbrev(form) == nil
	}
	return s.abbrevs.Lookup(d.Mentions[i].Text) != nil &&
		(before && divisionOnly(d.Mentions[i-1].Text) || after && divisionOnly(d.Mentions[i+1].Text))
}

// listedProvince returns the one province among divs when d.Mentions[i] is
// listed with 、 beside a place read as a province: 上海、福建、海南、重庆 names
// 海南省, not 青海's 海南藏族自治州, whatever else the document names.
func listedProvince(d *doc, st *docState, i int, divs []*dictionaries.Division) *dictionaries.Division {
	m := &d.Mentions[i]
	province := func(j int) bool {
		if j < 0 || j >= len(d.Mentions) {
			return false
		}
		o := &d.Mentions[j]
		v := st.div[o.ID]
		return o.Type == pipeline.Place && v != nil && v.Level == dictionaries.LevelProvince &&
			(o.End == m.Start-1 && d.Slice(o.End, m.Start) == "、" || o.Start == m.End+1 && d.Slice(m.End, o.Start) == "、")
	}
	if !province(i-1) && !province(i+1) {
		return nil
	}
	return soleProvince(divs)
}

// soleProvince returns the one province among divs, or nil when there is
// none or more than one.
func soleProvince(divs []*dictionaries.Division) *dictionaries.Division {
	var found *dictionaries.Division
	for _, v := range divs {
		if v.Level == dictionaries.LevelProvince {
			if found != nil {
				return nil
			}
			found = v
		}
	}
	return found
}

// provinceOverCounty returns the province among divs when the others are
// all county-level: 河北 is 河北省 rather than 天津市河北区 even in a story that
// names 天津, unless the county's parent stands right before it (天津河北).
func provinceOverCounty(divs []*dictionaries.Division) *dictionaries.Division {
	p := soleProvince(divs)
	for _, v := range divs {
		if v != p && v.Level != dictionaries.LevelCounty {
			return nil
		}
	}
	return p
}

// parentBefore reports whether the PLACE right before d.Mentions[i] is read
// as a division that holds one of divs (天津|河北: 天津市河北区).
func (s *Stage) parentBefore(d *doc, st *docState, i int, divs []*dictionaries.Division) bool {
	if i == 0 {
		return false
	}
	o := &d.Mentions[i-1]
	p := st.div[o.ID]
	if o.Type != pipeline.Place || o.End != d.Mentions[i].Start || p == nil {
		return false
	}
	return slices.ContainsFunc(divs, func(v *dictionaries.Division) bool {
		return v.Level == dictionaries.LevelCounty && s.divs.Contains(p, v)
	})
}

// resolvePlaces codes every PLACE mention it can: unambiguous readings first,
// then the ambiguous ones against the unambiguous divisions as context.
func (s *Stage) resolvePlaces(d *doc, st *docState) {
	readings := map[int]placeReading{}
	var context []*dictionaries.Division
	var abbrevs []int // mentions read as a division's abbreviation
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type != pipeline.Place {
			continue
		}
		if v, ok := st.div[m.ID]; ok {
			context = append(context, v)
			s.setDivision(m, v, "")
			continue
		}
		r := s.read(m.Text)
		if r.country == nil && r.foreign == nil && r.abbrev == nil && len(r.divs) == 0 {
			if c := s.longForm(m.Text); c != nil {
				r = placeReading{country: c}
			}
		}
		if c := s.coordinatedCountry(d, i); c != nil {
			r = placeReading{country: c}
		}
		switch {
		case r.country != nil:
			m.Country, m.Normalized, m.Entity = r.country.Code, r.country.Name, r.country.Name
			addRule(m, "place-country")
		case r.foreign != nil:
			m.Country, m.Normalized, m.Entity = r.foreign.Country, r.foreign.Name, r.foreign.Name
			addRule(m, "place-foreign")
		case r.abbrev != nil:
			st.div[m.ID] = r.abbrev
			s.setDivision(m, r.abbrev, "place-abbrev")
			abbrevs = append(abbrevs, i)
		case len(r.divs) == 1 && !(r.short && r.divs[0].Level == dictionaries.LevelCounty && !countyCity(r.divs[0])):
			st.div[m.ID] = r.divs[0]
			context = append(context, r.divs[0])
			s.setDivision(m, r.divs[0], "place-unique")
		case len(r.divs) > 0:
			readings[m.ID] = r
		}
	}
	s.abbrevCountries(d, st, abbrevs, context)
	s.documentCountries(d)
	s.regionAbbrevs(d)
	if len(readings) == 0 {
		return // most documents: every place read at once
	}
	// The PLACE ending where a short form starts (湖南|汉寿): setDivision
	// changes no mention's type or span.
	placeBefore := func(m *pipeline.Mention) *dictionaries.Division {
		if p := d.placeEnding(m.Start); p >= 0 {
			return st.div[d.Mentions[p].ID]
		}
		return nil
	}
	// One name, one division in a document: a short form read once (湖南汉寿)
	// is the same division where it stands alone later.
	named := map[string]*dictionaries.Division{}
	for i := range d.Mentions {
		m := &d.Mentions[i]
		r, ok := readings[m.ID]
		if !ok || !r.short {
			continue
		}
		if p := placeBefore(m); p != nil {
			if in := s.withCountyContext(r.divs, nil, p); len(in) == 1 && s.divs.Contains(p, in[0]) {
				named[m.Text] = in[0]
			}
		}
	}
	for i := range d.Mentions {
		m := &d.Mentions[i]
		r, ok := readings[m.ID]
		if !ok {
			continue
		}
		if v := named[m.Text]; v != nil && r.short {
			st.div[m.ID] = v
			s.setDivision(m, v, "place-context")
			continue
		}
		if r.short {
			r.divs = s.withCountyContext(r.divs, context, placeBefore(m))
		}
		if len(r.divs) == 1 && r.short {
			st.div[m.ID] = r.divs[0]
			s.setDivision(m, r.divs[0], "place-context")
		} else if v := listedProvince(d, st, i, r.divs); v != nil {
			st.div[m.ID] = v
			s.setDivision(m, v, "place-list")
		} else if v := provinceOverCounty(r.divs); v != nil && !s.parentBefore(d, st, i, r.divs) {
			st.div[m.ID] = v
			s.setDivision(m, v, "place-province")
		} else if v := s.byContext(r.divs, context); v != nil {
			st.div[m.ID] = v
			s.setDivision(m, v, "place-context")
		} else if v := highestLevel(r.divs); v != nil {
			st.div[m.ID] = v
			s.setDivision(m, v, "place-level")
		}
	}
}

// regionAbbrevs names a one-character PLACE mention that no country or
// division claimed by the region it abbreviates (中欧 → 中国 + 欧洲, 中非合作
// 论坛, 亚运会; rule place-region-abbrev).
func (s *Stage) regionAbbrevs(d *doc) {
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type != pipeline.Place || m.Country != "" || m.PlaceCode != "" || m.End-m.Start != 1 {
			continue
		}
		if r := s.regions.Lookup(m.Text); r != nil {
			m.Normalized, m.Entity, m.Country = r.Name, r.Name, r.Country // 淮 of 江淮 → 淮河, CN
			addRule(m, "place-region-abbrev")
		}
	}
}

// documentCountries codes a one-character PLACE mention left without a
// code or country that abbreviates a country (美, 俄, 韩) when another PLACE
// mention of the document names that country (美国, or 美 in 中美): one
// sense per document, so the 美 of 由美主导 in a story about the United
// States is the United States. Characters that also abbreviate a division
// are read by abbrevCountries; 奥 is left alone, because 奥 of 奥运会 is no
// Austria whatever else the story names, and so is 印 of 印太 (the
// Indo-Pacific), and 亚, which is Asia (欧亚, 亚太) before it is Armenia.
func (s *Stage) documentCountries(d *doc) {
	// The countries the PLACEs name, gathered at the first mention that
	// asks, before any is coded: most documents have none to ask, and a
	// document names a few countries in many mentions.
	var named []string
	gathered := false
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type != pipeline.Place || m.Country != "" || m.PlaceCode != "" || m.End-m.Start != 1 || m.Text == "奥" || m.Text == "亚" {
			continue
		}
		if !gathered {
			gathered = true
			for k := range d.Mentions {
				if o := &d.Mentions[k]; o.Type == pipeline.Place && o.PlaceCode == "" && o.Country != "" && !slices.Contains(named, o.Country) {
					named = append(named, o.Country)
				}
			}
		}
		if len(named) == 0 {
			return
		}
		if m.Text == "印" && d.Slice(m.End, min(m.End+1, d.CharCount())) == "太" {
			continue // 印太, the Indo-Pacific
		}
		if c := s.countries.Abbrev(m.Text); c != nil && slices.Contains(named, c.Code) {
			m.Country, m.Normalized, m.Entity = c.Code, c.Name, c.Name
			addRule(m, "place-country-document")
		} else if c == nil {
			if c := s.initialCountry(d, m.Text); c != nil {
				m.Country, m.Normalized, m.Entity = c.Code, c.Name, c.Name
				addRule(m, "place-country-initial")
			}
		}
	}
}

// initialCountry returns the country a one-character PLACE that
// abbreviates no country by itself stands for in d: the only place of the
// document, written with two or more characters, that begins with it, when
// that place is a country (黎 of 黎以冲突 in a story naming 黎巴嫩, 孟 of 中孟
// beside 孟加拉国). A region (阿 of 中阿 beside 阿拉伯国家, 拉 of 中拉 beside
// 拉美) or a second country (尼: 尼泊尔 and 尼日利亚) leaves it uncoded.
func (s *Stage) initialCountry(d *doc, char string) *dictionaries.Country {
	var found *dictionaries.Country
	seen := ""
	for i := range d.Mentions {
		o := &d.Mentions[i]
		if o.Type != pipeline.Place || o.End-o.Start < 2 || !strings.HasPrefix(o.Text, char) {
			continue
		}
		name := o.Entity
		if name == "" {
			name = o.Text
		}
		if name == seen {
			continue
		}
		c := s.countries.Lookup(name)
		if c == nil || o.PlaceCode != "" || found != nil && found != c {
			return nil
		}
		found, seen = c, name
	}
	return found
}

// abbrevCountries reads again the one-character division abbreviations
// (d.Mentions[i] for i in abbrevs) that also abbreviate a country — 澳 is
// 澳门 and 澳大利亚 — as the country when the document names that country
// elsewhere (美日澳, 澳大利亚) and names none of the division in full
// (context: the divisions read so far, abbreviations aside), unless it is
// coordinated with divisions (港澳台). One sense per document: a story about
// Australia's government writes 澳政府 and 澳外长.
func (s *Stage) abbrevCountries(d *doc, st *docState, abbrevs []int, context []*dictionaries.Division) {
	for _, i := range abbrevs {
		m := &d.Mentions[i]
		c := s.countries.Abbrev(m.Text)
		if before, after := coordinated(d, i); c == nil || s.amongDivisions(d, i, before, after) || !slices.ContainsFunc(d.Mentions, func(o pipeline.Mention) bool {
			return o.Type == pipeline.Place && o.PlaceCode == "" && o.Country == c.Code
		}) {
			continue
		}
		div := st.div[m.ID]
		if slices.ContainsFunc(context, func(x *dictionaries.Division) bool { return s.divs.Contains(div, x) }) ||
			slices.ContainsFunc(d.Mentions, func(o pipeline.Mention) bool { // 澳门 may have been read as the territory MO
				return o.Type == pipeline.Place && o.End-o.Start > 1 && strings.HasPrefix(div.Name, o.Text)
			}) {
			continue
		}
		delete(st.div, m.ID)
		m.PlaceCode, m.Country, m.Normalized, m.Entity = "", c.Code, c.Name, c.Name
		m.Rule = strings.TrimSuffix(strings.TrimSuffix(m.Rule, "place-abbrev"), "|")
		addRule(m, "place-abbrev-country")
	}
}

func (s *Stage) setDivision(m *pipeline.Mention, v *dictionaries.Division, rule string) {
	m.PlaceCode, m.Country = v.Code, "CN"
	m.Normalized = s.divs.FullName(v)
	m.Entity = m.Normalized
	if rule != "" {
		addRule(m, rule)
	}
}

// cutTerm returns text without the term number it begins with (十四届,
// 第十三届) and reports whether there was one.
func cutTerm(text string) (string, bool) {
	// Read in place: most texts begin with no numeral, and decoding each
	// whole was most of the rule's cost.
	text = strings.TrimPrefix(text, "第")
	if r, _ := runes.DecodeFirst(text); !termChars.Has(r) {
		return "", false // most texts
	}
	rest := strings.TrimLeft(text, termNumerals)
	if len(rest) == len(text) {
		return "", false
	}
	if rest, ok := strings.CutPrefix(rest, "届"); ok {
		return rest, true
	}
	return "", false
}

// isBody reports whether name is a body of country_bodies.tsv.
func (s *Stage) isBody(name string) bool {
	_, ok := s.bodies.Get(name)
	return ok
}

// sportsReport reports whether the sentence of m has a word of
// sports_cues.tsv, so that a country's name may stand for its team.
func (s *Stage) sportsReport(d *doc, m *pipeline.Mention) bool {
	start, end := 0, d.CharCount()
	if k := d.SentenceAt(m.Start); k >= 0 {
		start, end = d.Sentences[k].Start, d.Sentences[k].End
	}
	return s.sports.Contains(d.Slice(start, end))
}

// countryBody reads an organization written as a country's one-character
// abbreviation and a body of country_bodies.tsv (俄国防部, 美海军) and returns
// its name with the country written out (俄罗斯国防部). Characters that also
// abbreviate a Chinese division (澳, 新) are left alone.
func (s *Stage) countryBody(text string) (string, bool) {
	r, size := runes.DecodeFirst(text)
	if size == 0 || size == len(text) {
		return "", false
	}
	abbrev, body := string(r), text[size:]
	c := s.countries.Abbrev(abbrev)
	if c == nil || s.abbrevs.Lookup(abbrev) != nil {
		return "", false
	}
	if _, ok := s.bodies.Get(body); !ok {
		return "", false
	}
	return c.Name + body, true
}

// byContext returns the candidate that best fits the context divisions: two
// points for each that contains it or lies in it, one for each in the same
// province; nil when no candidate scores or the best score is tied.
func (s *Stage) byContext(cands, context []*dictionaries.Division) *dictionaries.Division {
	var best *dictionaries.Division
	bestScore, tied := 0, false
	for _, c := range cands {
		score := 0
		for _, x := range context {
			switch {
			case s.divs.Contains(x, c) || s.divs.Contains(c, x):
				score += 2
			case s.divs.Province(x) == s.divs.Province(c):
				score++
			}
		}
		switch {
		case score > bestScore:
			best, bestScore, tied = c, score, false
		case score == bestScore && score > 0:
			tied = true
		}
	}
	if tied {
		return nil
	}
	return best
}

// countyCity reports whether a county-level division is a city (敦煌市,
// 义乌市): the tagger's place of such a unique short form is the city,
// which the news names without its prefecture, while the short forms of
// districts and counties are often other words or places (桐梓 of 桐梓林).
func countyCity(v *dictionaries.Division) bool {
	return v.Level == dictionaries.LevelCounty && strings.HasSuffix(v.Name, "市") && runes.Count(v.Short) >= 2
}

// withCountyContext drops the county candidates of a short form that no
// context division at prefecture level or above contains: 桐梓 alone is not
// 桐梓县 in Guizhou, but 双流 in a document about 成都 is 双流区. The
// division named right before the short form (before, maybe nil) counts at
// any level: 湖南汉寿 is 汉寿县.
func (s *Stage) withCountyContext(cands, context []*dictionaries.Division, before *dictionaries.Division) []*dictionaries.Division {
	if before != nil {
		in := slices.DeleteFunc(slices.Clone(cands), func(c *dictionaries.Division) bool { return !s.divs.Contains(before, c) })
		if len(in) > 0 {
			return in // 四川长宁 is 长宁县, though 上海 be named too
		}
	}
	return slices.DeleteFunc(slices.Clone(cands), func(c *dictionaries.Division) bool {
		if c.Level != dictionaries.LevelCounty {
			return false
		}
		parent := s.divs.Parent(c)
		for _, x := range context {
			if x.Level != dictionaries.LevelCounty && (x == parent || (isMunicipality(x) && s.divs.Contains(x, c))) {
				return false
			}
		}
		return true
	})
}

var levelRank = map[string]int{dictionaries.LevelProvince: 0, dictionaries.LevelPrefecture: 1, dictionaries.LevelCounty: 2}

// highestLevel returns the one candidate at the highest level, or nil when
// several share it.
func highestLevel(cands []*dictionaries.Division) *dictionaries.Division {
	var best *dictionaries.Division
	tied := false
	for _, c := range cands {
		switch {
		case best == nil || levelRank[c.Level] < levelRank[best.Level]:
			best, tied = c, false
		case levelRank[c.Level] == levelRank[best.Level]:
			tied = true
		}
	}
	if tied {
		return nil
	}
	return best
}

// dominant returns the document's dominant division for each relative prefix:
// 市 the city (a prefecture or a municipality) that the most coded places lie
// in, 省 the province, 区 and 县 the county. Ties go to the one named first.
func (s *Stage) dominant(d *doc, st *docState) map[string]*dictionaries.Division {
	type tally struct {
		n, first int
	}
	counts := map[*dictionaries.Division]*tally{}
	count := func(v *dictionaries.Division, pos int) {
		if t := counts[v]; t != nil {
			t.n++
		} else {
			counts[v] = &tally{1, pos}
		}
	}
	for i := range d.Mentions {
		v := st.div[d.Mentions[i].ID]
		for ; v != nil; v = s.divs.Parent(v) {
			count(v, i)
		}
	}
	best := map[string]*dictionaries.Division{}
	for v, t := range counts {
		var keys []string
		switch {
		case v.Level == dictionaries.LevelProvince && isMunicipality(v):
			keys = []string{"省", "市"}
		case v.Level == dictionaries.LevelProvince:
			keys = []string{"省"}
		case v.Level == dictionaries.LevelPrefecture:
			keys = []string{"市"}
		default:
			keys = []string{"区", "县"}
		}
		for _, k := range keys {
			if b := best[k]; b == nil || t.n > counts[b].n || (t.n == counts[b].n && t.first < counts[b].first) {
				best[k] = v
			}
		}
	}
	return best
}

func isMunicipality(v *dictionaries.Division) bool {
	switch v.Code {
	case "110000", "120000", "310000", "500000":
		return true
	}
	return false
}

// termOrgs extends an ORG mention of a legislature or a party body over the
// numbered term written right before it (十三届|全国人大常委会, 第六届|中央政治局).
// It runs after resolveOrgs, so the mention keeps the body's canonical name.
func (s *Stage) termOrgs(d *doc) {
	if !s.terms {
		return
	}
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type != pipeline.Org || m.Start < 2 || d.Slice(m.Start-1, m.Start) != "届" {
			continue
		}
		if _, kind, ok := s.suffixes.Match(m.Text); !ok || kind != "legislature" && kind != "party" {
			continue
		}
		start := m.Start - 1
		for start > 0 && strings.Contains(termNumerals, d.Slice(start-1, start)) {
			start--
		}
		if start == m.Start-1 {
			continue // 本届, 历届: no number
		}
		if start > 0 && d.Slice(start-1, start) == "第" {
			start--
		}
		if startsInsideToken(d, start) || s.overlapsOther(d, start, m.End, m) {
			continue // 新一届: which term, not its number
		}
		m.Start, m.Text = start, d.Slice(start, m.End)
		addRule(m, "org-term")
	}
}

// partyCongresses marks a numbered congress of the Communist Party written
// short (党的二十大, 十九大精神) as an ORG, under the msra style, as MSRA marks
// 十五大 (124 of 124 in its training data; People's Daily leaves it
// unmarked): a number from 十 to 二十九 and 大, after 党的 or 中共, or before a
// word of congress_words.tsv (精神, 报告, 以来, 代表) after a verb, a
// particle, a preposition, a conjunction or a mark, not after a name of
// another body (越共十四大, 全国学联二十七大). Its canonical name is
// the congress written out (中国共产党第二十次全国代表大会). 二十大战略性产业
// (twenty big industries) has neither.
func (s *Stage) partyCongresses(d *doc) {
	if !s.terms {
		return
	}
	text := d.Text
	for b := 0; ; {
		k := runes.Index(text[b:], "大")
		if k < 0 {
			return
		}
		at := b + k
		b = at + len("大")
		num := congressNumber(text[:at])
		if num == "" {
			continue
		}
		before := text[:at-len(num)]
		after := text[b:]
		start := d.RuneOffset(at - len(num))
		end := d.RuneOffset(b)
		if !strings.HasSuffix(before, "党的") && !strings.HasSuffix(before, "中共") {
			if _, _, ok := s.congress.Prefix(after); !ok {
				continue
			}
			// After a verb, a particle, a preposition, a conjunction or a
			// mark only: a noun or a name before it (越共十四大, gse's 越共/d
			// included; 全国学联二十七大, 中国妇女十一大) names another
			// body's congress.
			if i := d.tokenAt(start - 1); i >= 0 && d.Tokens[i].End == start {
				if p := d.Tokens[i].Pos; !(strings.HasPrefix(p, "v") || strings.HasPrefix(p, "u") || p == "p" || p == "c" || p == "x") {
					continue
				}
			}
		}
		name := "中国共产党第" + num + "次全国代表大会"
		if strings.HasSuffix(before, "中共") {
			// The tagger's ORG 中共二十大 is the same congress.
			if i := slices.IndexFunc(d.Mentions, func(m pipeline.Mention) bool {
				return m.Type == pipeline.Org && m.Start == start-2 && m.End == end
			}); i >= 0 && d.Mentions[i].Normalized == "" {
				m := &d.Mentions[i]
				m.Normalized, m.Entity = name, name
				addRule(m, "party-congress")
				continue
			}
		}
		if nameOver(d, start, end) {
			continue
		}
		d.AddMention(pipeline.Mention{Type: pipeline.Org, Start: start, End: end, Normalized: name, Entity: name, Stage: Name, Rule: "party-congress", Confidence: gazetteerConfidence})
	}
}

// congressNumber returns the numeral from 十 to 二十九 that text ends with,
// or "".
func congressNumber(text string) string {
	for _, n := range []int{3, 2, 1} { // 二十一, 十九 or 二十, 十
		if len(text) < 3*n {
			continue
		}
		num := text[len(text)-3*n:]
		if !congressNumeral(num) {
			continue
		}
		if len(text) > 3*n { // not the end of a longer number
			if r, _ := runes.DecodeLast(text[:len(text)-3*n]); strings.ContainsRune(termNumerals, r) {
				continue
			}
		}
		return num
	}
	return ""
}

// congressNumeral reports whether num is 十, 十一…十九, 二十 or 二十一…二十九.
func congressNumeral(num string) bool {
	digits := "一二三四五六七八九"
	switch {
	case num == "十" || num == "二十":
		return true
	case strings.HasPrefix(num, "十"):
		r, size := runes.DecodeFirst(num[len("十"):])
		return size == len(num)-len("十") && strings.ContainsRune(digits, r)
	case strings.HasPrefix(num, "二十"):
		r, size := runes.DecodeFirst(num[len("二十"):])
		return size == len(num)-len("二十") && strings.ContainsRune(digits, r)
	}
	return false
}

// termNumerals are the characters of a number before 届 or 大 (十三届, 6届,
// 二十大): cutTerm, termOrgs and congressNumber read them.
const termNumerals = "〇零一二两三四五六七八九十百0123456789０１２３４５６７８９"

// termChars holds the characters of termNumerals: cutTerm asks it of a
// text's first character before TrimLeft, which with a cutset beyond ASCII
// cost about three hundred instructions a call.
var termChars = func() (s runes.Set) {
	for _, r := range termNumerals {
		s.Add(r)
	}
	return s
}()

// resolveOrgs gives ORG mentions their canonical names from the aliases.
func (s *Stage) resolveOrgs(d *doc, st *docState) {
	var dom map[string]*dictionaries.Division // computed on first need
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type != pipeline.Org {
			continue
		}
		if c, ok := s.aliases.Canonical(m.Text); ok {
			if strings.HasPrefix(c, "中华人民共和国") && strings.HasPrefix(d.Slice(m.End, min(m.End+2, d.CharCount())), "长官") {
				// 外交部长官康京和: 长官 is the title of Korean, Japanese and
				// Hong Kong office holders, never of a PRC ministry's.
				continue
			}
			if strings.HasPrefix(c, "中华人民共和国") {
				if k := s.clauseCountry(d, i); k != nil && k.Code != "CN" {
					// 法国经济和财政部, 爱尔兰副总理兼外交部: another country's
					// ministry of that name.
					m.Normalized, m.Entity = k.Name+m.Text, k.Name+m.Text
					addRule(m, "foreign-ministry")
					continue
				}
			}
			m.Normalized, m.Entity = c, c
			addRule(m, "org-alias")
			continue
		}
		if body, ok := strings.CutSuffix(m.Text, "总部"); ok {
			// ITER总部 signs for ITER: a body's headquarters is the body.
			if c, ok := s.aliases.Canonical(body); ok {
				m.Normalized, m.Entity = c, c
				addRule(m, "org-alias-site")
				continue
			}
		}
		if rest, ok := cutTerm(m.Text); ok {
			// 十四届全国人大常委会 is 全国人大常委会 in its 14th term: the
			// entity is the body, the term stays in the mention's text.
			if c, ok := s.aliases.Canonical(rest); ok {
				m.Normalized, m.Entity = c, c
				addRule(m, "org-alias-term")
				continue
			}
		}
		if rest, ok := strings.CutPrefix(m.Text, "中国"); ok {
			// 中国外交部 is 外交部, 中国全国人大 全国人大: a national body named
			// with its country.
			if c, ok := s.aliases.Canonical(rest); ok && (strings.HasPrefix(c, "中华人民共和国") || strings.HasPrefix(c, "全国") || strings.HasPrefix(c, "中国")) {
				m.Normalized, m.Entity = c, c
				addRule(m, "org-alias")
				continue
			}
		}
		if name, ok := s.deptName(m.Text); ok {
			m.Normalized, m.Entity = name, name
			addRule(m, "dept-alias")
			continue
		}
		if name, ok := s.countryBody(m.Text); ok {
			m.Normalized, m.Entity = name, name
			addRule(m, "country-body")
			continue
		}
		// Cut in place: most names open with no relative prefix.
		_, size := runes.DecodeFirst(m.Text)
		prefix, rest := m.Text[:size], m.Text[size:]
		if !strings.Contains(relativePrefixes, prefix) || runes.Count(rest) < 2 {
			continue
		}
		dept, ok := s.aliases.Dept(rest)
		if !ok {
			continue
		}
		if dom == nil {
			dom = s.dominant(d, st)
		}
		if v := dom[prefix]; v != nil {
			m.Normalized = v.Name + dept
			m.Entity = m.Normalized
			addRule(m, "relative-dept")
		}
	}
}

// clauseCountry returns the country of the nearest PLACE mention before
// d.Mentions[i] in the same clause — no clause punctuation and no other
// name between them but PERSON mentions' titles — or nil.
func (s *Stage) clauseCountry(d *doc, i int) *dictionaries.Country {
	m := d.Mentions[i]
	for j := i - 1; j >= 0; j-- {
		o := d.Mentions[j]
		if o.End > m.Start || !isEntity(o.Type) {
			continue
		}
		if strings.ContainsAny(d.Slice(o.End, m.Start), "，。；：,;:、\n") || m.Start-o.End > 8 {
			return nil
		}
		if o.Type != pipeline.Place {
			return nil
		}
		return s.countries.Lookup(entityOf(o))
	}
	return nil
}

// entityOf returns m's entity, or its text when it has none yet.
func entityOf(m pipeline.Mention) string {
	if m.Entity != "" {
		return m.Entity
	}
	return m.Text
}

// deptName reads name as a division followed by a department's short name
// and returns the canonical name: 成都市科技局 → 成都市科学技术局. The place
// must have one reading.
func (s *Stage) deptName(name string) (string, bool) {
	// The cut, at byte at after n characters, walks back from two
	// characters before the end; both parts are slices of name, not
	// strings built of its decoded characters.
	n, at := runes.Count(name)-2, len(name)
	for range 2 {
		_, size := runes.DecodeLast(name[:at])
		at -= size
	}
	for ; n >= 2; n-- {
		if dept, ok := s.aliases.Dept(name[at:]); ok {
			if v := s.divs.Lookup(name[:at]); len(v) == 1 {
				return v[0].Name + dept, true
			}
		}
		_, size := runes.DecodeLast(name[:at])
		at -= size
	}
	return "", false
}

// corefer points later short forms at earlier full names. A foreign
// country the tagger cut off an institution's name right after it joins
// the name (日本|防卫省 → 日本防卫省, rule place-org-join), as both
// conventions mark it whole (MSRA's training data 2,708 times to 68, People's
// Daily's 1,814 to 11); the nested stage names the country inside it. Not
// a country listed with another before it (中国、肯尼亚、坦桑尼亚|三国报道团队),
// nor a place before a headquarters, which says where it is (布鲁塞尔|欧洲理事会总部),
// nor a country before an international organization (伊朗|上海合作组织成员国).
func (s *Stage) corefer(d *doc) {
	var orgs, people []*pipeline.Mention // earlier mentions with their entity set
	dotted := dottedNames{}              // earlier people written with a dot, by their last part
	var joined []int                     // IDs of countries joined to the name after them
	var joinedNames map[string]string    // a joined name → the name after its country
	// placeEnding returns the last PLACE before that ends at off, or nil: a
	// search from the end of them, as a document has a few dozen and only
	// its ORGs ask, where a map filled with every PLACE cost more.
	var placesBefore []*pipeline.Mention
	placeEnding := func(off int) *pipeline.Mention {
		for k := len(placesBefore) - 1; k >= 0; k-- {
			if p := placesBefore[k]; p.End == off {
				return p
			}
		}
		return nil
	}
	for i := range d.Mentions {
		m := &d.Mentions[i]
		switch m.Type {
		case pipeline.Place:
			placesBefore = append(placesBefore, m)
		case pipeline.Org:
			if p := placeEnding(m.Start); p != nil && p.Country != "" && p.Country != "CN" && p.PlaceCode == "" && p.End-p.Start > 1 &&
				placeEnding(p.Start) == nil && !severalCountries(m.Text) && (m.Entity == "" || m.Entity == m.Text) {
				if _, kind, ok := s.suffixes.Match(m.Text); ok && kind != "international" {
					// 新加坡|国防部: the country the tagger cut off names whose
					// body it is, whatever body of that name came before.
					m.Entity = entityOf(*p) + m.Text
					if p.Start > 0 && strings.Contains("、和与及", d.Slice(p.Start-1, p.Start)) || strings.HasSuffix(m.Text, siteSuffix) {
						addRule(m, "place-org")
					} else {
						if joinedNames == nil {
							joinedNames = map[string]string{}
						}
						joinedNames[d.Slice(p.Start, m.End)], joinedNames[m.Entity] = m.Text, m.Text
						m.Start, m.Text = p.Start, d.Slice(p.Start, m.End)
						joined = append(joined, p.ID)
						addRule(m, "place-org-join")
					}
					orgs = append(orgs, m)
					continue
				}
			}
			if m.Entity == "" || m.Entity == m.Text {
				if e, rule := s.orgAntecedent(m.Text, orgs, joinedNames); e != "" {
					m.Entity = e
					addRule(m, rule)
				}
			}
			if !doubtfulFull(d, m) {
				orgs = append(orgs, m)
			}
		case pipeline.Person:
			if e := s.personAntecedent(m.Text, people); e != "" {
				m.Entity = e
				addRule(m, "coref-title")
			} else if e := s.surnameAntecedent(m.Text, dotted); e != "" {
				m.Entity = e
				addRule(m, "coref-surname")
			}
			people = append(people, m)
			dotted.add(m.Text)
		}
	}
	if len(joined) > 0 {
		d.DeleteMentions(func(m *pipeline.Mention) bool { return slices.Contains(joined, m.ID) })
	}
}

// siteSuffix ends the name of an organization's seat rather than of the
// organization (欧洲理事会总部): a place before it is where the seat is.
const siteSuffix = "总部"

// doubtfulFull reports whether a tagger ORG is no full name for later short
// forms to take: the tagger doubted it (confidence under 0.3) and it holds a
// verb of two characters before its last word, which a name rarely does and
// a clause read into a name always does (日本推动海上保安厅, 北京出席二十国集团,
// 质检总局通知大众公司: each would name every 日本海上保安厅 after it).
func doubtfulFull(d *doc, m *pipeline.Mention) bool {
	if m.Stage == Name || m.Confidence >= 0.3 {
		return false
	}
	for k := d.tokenAt(m.Start); k >= 0 && k < len(d.Tokens) && d.Tokens[k].End < m.End; k++ {
		if t := d.Tokens[k]; t.Start >= m.Start && t.Pos == "v" && t.End-t.Start >= 2 {
			return true
		}
	}
	return false
}

// severalCountries reports whether an organization's name counts the
// countries it joins (美日韩四国安全联盟, 三国国防部): no one country's body.
func severalCountries(name string) bool {
	r := []rune(name)
	for i := 1; i < len(r); i++ {
		if r[i] == '国' && strings.ContainsRune("两三四五六七八九十多各", r[i-1]) {
			return true
		}
	}
	return false
}

// orgAntecedent returns the entity an ORG text refers back to and the rule
// that found it, or "".
func (s *Stage) orgAntecedent(text string, earlier []*pipeline.Mention, joinedNames map[string]string) (entity, rule string) {
	// Decoded into a buffer on the stack, as []rune(text) would be, but
	// without a call to the runtime for each character.
	var buf [32]rune
	r := runes.Append(buf[:0], text)
	if len(r) >= 3 {
		// A name ending in an institution's suffix, or the suffix alone
		// (主席团 after 十三届全国人大一次会议主席团), refers back to the one
		// earlier name it ends; not a government's body alone, which names
		// the state's own (国务院 after 深化国务院机构改革, 美国国务院).
		if suffix, kind, ok := s.suffixes.Match("的" + text); ok && (len(suffix) < len(text) || suffix == text && kind != "government") {
			if e := unique(earlier, func(full string) bool {
				return len(full) > len(text) && strings.HasSuffix(full, text)
			}); e != "" {
				return e, "coref-suffix"
			}
		}
	}
	if len(r) >= 2 && !s.namesItself(text, earlier) {
		// A name joined to the country before it may be short without the
		// country (日本东京电力公司 … 东电公司), when the short form has three
		// characters or more (国会 is no 美国国家安全委员会).
		abbrev := func(full string) bool {
			// The characters first: most earlier names share none, and
			// sameKind matches both names' suffixes.
			rest, joined := joinedNames[full]
			if !isAbbrev(r, full) && !(joined && len(r) >= 3 && isAbbrev(r, rest)) {
				return false
			}
			return s.sameKind(text, full)
		}
		if e := unique(earlier, abbrev); e != "" {
			return e, "coref-abbrev"
		}
	}
	return "", ""
}

// sameKind reports whether a short form and a full name may be one
// institution by their suffixes: when both end in one, one suffix ends the
// other (济南局 of 济南铁路局) or abbreviates it (常委会 of 常务委员会), not
// two kinds (山东省委 is no 山东省烟台市委, 中国工程院 no 工程学院, 美国商会
// no 美国全国零售商联合会); nor is a body a congress of itself.
func (s *Stage) sameKind(short, full string) bool {
	if congress(full) && !congress(short) {
		return false // 中国红十字会 is no 中国红十字会第十二次全国会员代表大会
	}
	a, _, ok := s.suffixes.Match(short)
	b, _, ok2 := s.suffixes.Match(full)
	if !ok || !ok2 || strings.HasSuffix(a, b) || strings.HasSuffix(b, a) {
		return true
	}
	// The short suffix may abbreviate the full one and up to two characters
	// before it: 常委会 of 常务|委员会, 管委会 of 管理|委员会 (not 省委 of 省烟台|市委).
	ar, fr, br := []rune(a), []rune(full), runes.Count(b)
	for k := br + 1; k <= min(len(fr), br+2); k++ {
		if isAbbrev(ar, string(fr[len(fr)-k:])) {
			return true
		}
	}
	return false
}

// congress reports whether an organization's name numbers a congress, a
// meeting of the body (第十一次全国代表大会); a numbered term (政协第十四届全国
// 委员会) is the body now sitting, which its short name means.
func congress(name string) bool {
	i := strings.Index(name, "第")
	return i >= 0 && strings.Contains(name[i:], "次")
}

// namesItself reports whether an ORG text is a name of its own rather than
// a short form: an alias or canonical name of org_aliases.tsv, or the
// entity of an earlier mention. 中国科学院 is no abbreviation of
// 中国社会科学院, though its characters appear in it in order.
func (s *Stage) namesItself(text string, earlier []*pipeline.Mention) bool {
	if a, b, ok := s.aliases.Around(text, 0); ok && a == 0 && b == len(text) {
		return true
	}
	return slices.ContainsFunc(earlier, func(m *pipeline.Mention) bool {
		return m.Entity == text || m.Entity == "" && m.Text == text
	})
}

// unique returns the one entity among earlier mentions whose text or entity
// satisfies match, or "" when none or several do. match must answer from
// its argument alone: a mention whose entity is its text is asked once.
func unique(earlier []*pipeline.Mention, match func(string) bool) string {
	found := ""
	for _, e := range earlier {
		ent := e.Entity
		if ent == "" {
			ent = e.Text
		}
		// A name that is its own entity, as most are, is matched once.
		if !match(e.Text) && (ent == e.Text || !match(ent)) {
			continue
		}
		if found != "" && found != ent {
			return ""
		}
		found = ent
	}
	return found
}

// isAbbrev reports whether short abbreviates full: shorter, same first and
// last character, and every character of short in full in order.
func isAbbrev(short []rune, full string) bool {
	// Most fulls fail on the first character, before the last is decoded.
	if first, _ := runes.DecodeFirst(full); short[0] != first {
		return false
	}
	if last, _ := runes.DecodeLast(full); short[len(short)-1] != last || len(short) >= runes.Count(full) {
		return false
	}
	j := 0
	for _, c := range full {
		if j < len(short) && c == short[j] {
			j++
		}
	}
	return j == len(short)
}

// personAntecedent resolves surname + title (孙研究员) to the one earlier
// person with that surname, or "".
// surnameAntecedent returns the full name of the one earlier PERSON whose
// name written with a dot ends in text (阿什顿·卡特 … 卡特), or "". A name of
// people_known.tsv refers to its bearer: 拜登 after 亨特·拜登 is the
// president.
func (s *Stage) surnameAntecedent(text string, earlier dottedNames) string {
	if strings.Contains(text, "·") || runes.Count(text) < 2 || s.known.Has(text) {
		return ""
	}
	if e := earlier[text]; !e.several {
		return e.full
	}
	return "" // two people share the name
}

// dottedNames files the earlier PERSON names written with a dot under the
// part after the last dot, the text that refers back to them: a lookup per
// name, where a pass over every earlier person cost the square of their
// number (80,000 names in one document took 9 s).
type dottedNames map[string]dottedName

// dottedName is the one full name filed under a last part, or several.
type dottedName struct {
	full    string
	several bool
}

// add files name if it is written with a dot.
func (dn dottedNames) add(name string) {
	i := strings.LastIndex(name, "·")
	if i < 0 {
		return
	}
	last := name[i+len("·"):]
	switch e, ok := dn[last]; {
	case !ok:
		dn[last] = dottedName{full: name}
	case e.full != name:
		dn[last] = dottedName{full: e.full, several: true}
	}
}

func (s *Stage) personAntecedent(text string, earlier []*pipeline.Mention) string {
	// The surname is the first one or two characters, up to byte at: the
	// parts are slices of text, not strings built of its characters.
	at := 0
	for range 2 {
		_, size := runes.DecodeFirst(text[at:])
		if at += size; at >= len(text) {
			break
		}
		surname, title := text[:at], text[at:]
		if _, ok := s.titles.Category(title); !ok {
			continue
		}
		return unique(slices.DeleteFunc(slices.Clone(earlier), func(e *pipeline.Mention) bool {
			sn, ok := s.surnames.Of(e.Text)
			return !ok || sn != surname
		}), func(string) bool { return true })
	}
	return ""
}
