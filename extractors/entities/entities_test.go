package entities

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/zhfacts/zhfacts/pipeline"
)

// in is a mention a tagger found: its type and text, located in the example's
// text after the previous one. A text written ~华湖 is a mention the tagger
// was unsure of (confidence 0.05 instead of 0.5).
type in struct{ typ, text string }

// out is what the stage must make of a mention; an empty code or country
// means none. rule is the last rule the mention records.
type out struct {
	typ, text, entity, code, country, rule string
}

// example is a document with tagged mentions and the mentions expected after
// the stage, in text order. A text written as space-separated word/pos pairs
// (部长/n 张洁/nr 来说/u) is the concatenation of the words and carries them
// as gse's tokens.
type example struct {
	text string
	in   []in
	want []out
}

// rules lists every rule of the package with examples; TestRules runs them.
var rules = []struct {
	name     string
	examples []example
}{
	{"boundary-repair", []example{
		{"部长/n 张洁/nr 来说/u 异常/d 忙碌/a", []in{{pipeline.Person, "张洁来"}}, []out{{pipeline.Person, "张洁", "张洁", "", "", "boundary-repair"}}},
		// The tagger cut into a content word: gse is as likely to be wrong.
		{"王宏/nr 志愿/n", []in{{pipeline.Person, "王宏志"}}, []out{{pipeline.Person, "王宏志", "王宏志", "", "", "pos"}}},
		// What is left would be a bare surname.
		{"张/nr 来说/u", []in{{pipeline.Person, "张来"}}, []out{{pipeline.Person, "张来", "张来", "", "", "pos"}}},
		// A title the name follows: gse reads 长官, the tagger 官朴振.
		{"韩国/ns 国防部/nt 长官/n 朴振/nr 访问/v", []in{{pipeline.Place, "韩国"}, {pipeline.Org, "国防部"}, {pipeline.Person, "官朴振"}}, []out{{pipeline.Org, "韩国国防部", "韩国国防部", "", "", "place-org-join"}, {pipeline.Person, "朴振", "朴振", "", "", "boundary-repair"}}},
		// A transliterated name loses the adverb after it, but not a last
		// character gse happens to tag as one.
		{"科林/nr ·/x 高/nr 还/d 声称/v", []in{{pipeline.Person, "科林·高还"}}, []out{{pipeline.Person, "科林·高", "科林·高", "", "", "boundary-repair"}}},
		{"托尼/nr ·/x 阿博/nr 特/d 表示/v", []in{{pipeline.Person, "托尼·阿博特"}}, []out{{pipeline.Person, "托尼·阿博特", "托尼·阿博特", "", "", "pos"}}},
		// Chinese names too, but not the 和 given names end with.
		{"李希/nr 还/d 强调/v", []in{{pipeline.Person, "李希还"}}, []out{{pipeline.Person, "李希", "李希", "", "", "boundary-repair"}}},
		{"院士/n 周忠/nr 和/c 说/v", []in{{pipeline.Person, "周忠和"}}, []out{{pipeline.Person, "周忠和", "周忠和", "", "", "pos"}}},
		// 和 before another titled person is a conjunction.
		{"书记/n 尹力/nr 和/c 市长/n 殷勇/nr", []in{{pipeline.Person, "尹力和"}, {pipeline.Person, "殷勇"}}, []out{{pipeline.Person, "尹力", "尹力", "", "", "boundary-repair"}, {pipeline.Person, "殷勇", "殷勇", "", "", "pos"}}},
		{"周忠/nr 和/c 院士/n 说/v", []in{{pipeline.Person, "周忠和"}}, []out{{pipeline.Person, "周忠和", "周忠和", "", "", "pos"}}},
		{"和/c 普京/nr 会谈/v", []in{{pipeline.Person, "和普京"}}, []out{{pipeline.Person, "普京", "普京", "", "", "boundary-repair"}}},
		// The last character starts gse's next word and the rest is a
		// person the document names stopping there, or a known one.
		{"李希/nr 表示/v 。/x 李/nr 希/v 来到/v 雄安/ns", []in{{pipeline.Person, "李希"}, {pipeline.Person, "李希来"}}, []out{{pipeline.Person, "李希", "李希", "", "", "pos"}, {pipeline.Person, "李希", "李希", "", "", "boundary-repair"}}},
		{"韩/j 正/d 充分肯定/nz", []in{{pipeline.Person, "韩正充"}}, []out{{pipeline.Person, "韩正", "韩正", "", "", "boundary-repair"}}},
		// A place takes gse's whole place word, or gives back a character
		// after a country's name.
		{"经/n 阿拉山口/ns 口岸/s", []in{{pipeline.Place, "阿拉山"}}, []out{{pipeline.Place, "阿拉山口", "新疆维吾尔自治区博尔塔拉蒙古自治州阿拉山口市", "652702", "CN", "place-unique"}}},
		{"讨论/v 伊朗核/nr 问题/n", []in{{pipeline.Place, "伊朗核"}}, []out{{pipeline.Place, "伊朗", "伊朗", "", "IR", "place-country"}}},
		{"大湾/ns 区/n 的/uj 市场/n", []in{{pipeline.Place, "大湾"}}, []out{{pipeline.Place, "大湾区", "大湾区", "", "CN", "place-foreign"}}},
		// An organization ends where gse's word starts after an alias, or
		// takes the word that completes a longer suffix.
		{"中共中央/nt 团结/a 带领/v", []in{{pipeline.Org, "中共中央团"}}, []out{{pipeline.Org, "中共中央", "中国共产党中央委员会", "", "", "org-alias"}}},
		{"乌克兰/nr 武装部队/n 继续/v", []in{{pipeline.Org, "乌克兰武装部"}}, []out{{pipeline.Org, "乌克兰武装部队", "乌克兰武装部队", "", "", "boundary-repair"}}},
		// 丁世 tagged where 丁世均 goes on names no 丁世.
		{"与/p 丁/nr 世/n 均/d 会面/v 。/x 议员/n 丁/nr 世/n 均等/a 一行/n", []in{{pipeline.Person, "丁世"}, {pipeline.Person, "丁世均"}}, []out{{pipeline.Person, "丁世均", "丁世均", "", "", "person-whole"}, {pipeline.Person, "丁世均", "丁世均", "", "", "pos"}}},
	}},
	{"org-alias-site", []example{
		{"与/p ITER/eng 总部/n 签署/v", []in{{pipeline.Org, "ITER总部"}}, []out{{pipeline.Org, "ITER总部", "国际热核聚变实验堆组织", "", "", "org-alias-site"}}},
	}},
	{"person-place-document", []example{
		{"广东/ns 顺德/ns 的/uj 工厂/n 。/x 顺德/nr 发展/v", []in{{pipeline.Place, "广东"}, {pipeline.Place, "顺德"}, {pipeline.Person, "顺德"}}, []out{
			{pipeline.Place, "广东", "广东省", "440000", "CN", "place-unique"},
			{pipeline.Place, "顺德", "广东省佛山市顺德区", "440606", "CN", "place-context"},
			{pipeline.Place, "顺德", "广东省佛山市顺德区", "440606", "CN", "place-context"},
		}},
	}},
	{"title-document", []example{
		// A law is no organization; a journal is, named by its title.
		{"根据《通胀削减法案》，《求是》杂志发表", []in{{pipeline.Org, "《通胀削减法案》"}, {pipeline.Org, "《求是》杂志"}}, []out{
			{pipeline.Org, "《求是》杂志", "求是", "", "", "pos"},
		}},
		// Nor a body's rules or the minutes of a meeting.
		{"审议通过了《中央财经委员会工作规则》和《会议纪要》", []in{{pipeline.Org, "《中央财经委员会工作规则》"}, {pipeline.Org, "《会议纪要》"}}, nil},
	}},
	{"title-work", []example{
		// A work's title, after a cue or before one; a newspaper's stays.
		{"电视剧/n 《/x 县委大院/nt 》/x 热播/v ，/x 《/x 东京新闻/nt 》/x 报道/v", []in{{pipeline.Org, "县委大院"}, {pipeline.Org, "东京新闻"}}, []out{
			{pipeline.Org, "东京新闻", "东京新闻", "", "", "pos"},
		}},
		{"《/x 复兴文库/nt 》/x 出版/v", []in{{pipeline.Org, "《复兴文库》"}}, nil},
		{"微/a 纪录片/n 《/x 中国中医药大会/nt 》/x 开播/v", []in{{pipeline.Org, "《中国中医药大会》"}}, nil},
		{"《/x 青春之城/nt 》/x 第二/m 季/q", []in{{pipeline.Org, "青春之城"}}, nil},
		{"动画片/n 《/x 千秋诗颂/nt 》/x 启播/v", []in{{pipeline.Org, "千秋诗颂"}}, nil},
		// gse splits 启播, a cue it knows no word for.
		{"《/x 千秋诗颂/nt 》/x 启/v 播/v", []in{{pipeline.Org, "千秋诗颂"}}, nil},
		// One cue makes the title a work's across the document, in 《》 or
		// not, before the cue or after it; another title stays.
		{"《/x 梦想合唱团/nt 》/x 好看/a 。/x 纪录片/n 《/x 梦想合唱团/nt 》/x 。/x 梦想合唱团/nt 唱/v 《/x 东京新闻/nt 》/x", []in{{pipeline.Org, "《梦想合唱团》"}, {pipeline.Org, "梦想合唱团"}, {pipeline.Org, "梦想合唱团"}, {pipeline.Org, "东京新闻"}}, []out{
			{pipeline.Org, "东京新闻", "东京新闻", "", "", "pos"},
		}},
		// A title with more to the name is no bare title of the work.
		{"电视剧/n 《/x 长津湖/nt 》/x 。/x 《/x 长津湖/nt 》/x 剧组/n", []in{{pipeline.Org, "长津湖"}, {pipeline.Org, "《长津湖》剧组"}}, []out{
			{pipeline.Org, "《长津湖》剧组", "长津湖", "", "", "pos"},
		}},
		// Not before 出版社, nor a title with more to the name.
		{"《/x 人民日报/nt 》/x 出版社/nt", []in{{pipeline.Org, "人民日报"}}, []out{
			{pipeline.Org, "人民日报", "人民日报", "", "", "pos"},
		}},
		{"电影/n 《/x 长津湖/nt 》/x 剧组/n", []in{{pipeline.Org, "《长津湖》剧组"}}, []out{
			{pipeline.Org, "《长津湖》剧组", "长津湖", "", "", "pos"},
		}},
	}},
	{"org-verb-split", []example{
		{"由/p 民族出版社/nt 分别/d 联合/v 四川/ns 民族出版社/nt 、/x", []in{{pipeline.Org, "民族出版社分别联合四川民族出版社"}}, []out{
			{pipeline.Org, "民族出版社", "民族出版社", "", "", "org-verb-split"},
			{pipeline.Org, "四川民族出版社", "四川民族出版社", "", "", "org-verb-split"},
		}},
		// An office posted abroad is one name.
		{"关闭/v 巴解组织/nt 驻/v 华盛顿/ns 办事处/n 等/u", []in{{pipeline.Org, "巴解组织驻华盛顿办事处"}}, []out{
			{pipeline.Org, "巴解组织驻华盛顿办事处", "巴解组织驻华盛顿办事处", "", "", "pos"},
		}},
		// A unit named by what it does.
		{"韩国/ns 海军/n 作战/v 司令部/n 等/u", []in{{pipeline.Org, "韩国海军作战司令部"}}, []out{
			{pipeline.Org, "韩国海军作战司令部", "韩国海军作战司令部", "", "", "pos"},
		}},
		// No name before the verb: a name that holds one.
		{"国家/n 防灾/v 减灾/vn 委员会/n", []in{{pipeline.Org, "国家防灾减灾委员会"}}, []out{
			{pipeline.Org, "国家防灾减灾委员会", "国家防灾减灾委员会", "", "", "pos"},
		}},
	}},
	{"trim-separator", []example{
		{"报道了卡塔尔埃米尔·塔米姆与", []in{{pipeline.Person, "·塔米姆"}}, []out{{pipeline.Person, "塔米姆", "塔米姆", "", "", "trim-separator"}}},
		{"昌建·与", []in{{pipeline.Person, "昌建·"}}, []out{{pipeline.Person, "昌建", "昌建", "", "", "trim-separator"}}},
	}},
	{"country-direction", []example{
		{"组织/v 南/ns 苏丹/ns 问题/n", []in{{pipeline.Place, "苏丹"}}, []out{{pipeline.Place, "南苏丹", "南苏丹", "", "SS", "place-country"}}},
		// 南 of a word before is no part of the country.
		{"河南/ns 苏丹/ns", []in{{pipeline.Place, "苏丹"}}, []out{{pipeline.Place, "苏丹", "苏丹", "", "SD", "place-country"}}},
	}},
	{"model-designation", []example{
		{"用苏-57装备", []in{{pipeline.Place, "苏"}}, nil},
	}},
	{"person-place-beside", []example{
		{"在湖南常德，", []in{{pipeline.Place, "湖南"}, {pipeline.Person, "常德"}}, []out{
			{pipeline.Place, "湖南", "湖南省", "430000", "CN", "place-unique"},
			{pipeline.Place, "常德", "湖南省常德市", "430700", "CN", "place-unique"},
		}},
		{"来到酒泉、张掖等地", []in{{pipeline.Place, "酒泉"}, {pipeline.Person, "张掖"}}, []out{
			{pipeline.Place, "酒泉", "甘肃省酒泉市", "620900", "CN", "place-unique"},
			{pipeline.Place, "张掖", "甘肃省张掖市", "620700", "CN", "place-unique"},
		}},
		// A place of another province before it, or none, leaves the person.
		{"在广东常德说", []in{{pipeline.Place, "广东"}, {pipeline.Person, "常德"}}, []out{
			{pipeline.Place, "广东", "广东省", "440000", "CN", "place-unique"},
			{pipeline.Person, "常德", "常德", "", "", "pos"},
		}},
	}},
	{"person-company", []example{
		{"迈/zg 科/n 康/nr 生物/n 等/u 企业/n", []in{{pipeline.Person, "迈科康"}}, []out{{pipeline.Org, "迈科康生物", "迈科康生物", "", "", "person-company"}}},
		{"康/nr 缘/zg 药业/n 董事长/n 表示/v", []in{{pipeline.Person, "康缘"}}, []out{{pipeline.Org, "康缘药业", "康缘药业", "", "", "person-company"}}},
		// A trade word with a noun after it is no company's: 科技工作者.
		{"王明/nr 科技/n 工作者/n", []in{{pipeline.Person, "王明"}}, []out{{pipeline.Person, "王明", "王明", "", "", "pos"}}},
	}},
	{"brand-trade", []example{
		// A brand the tagger missed, a trade word and a company's word: every
		// place the document writes the name is the company.
		{"晚间/t ，/x 玲珑/nz 轮胎/n 公告/n 称/v 。/x 是/v 玲珑/nz 轮胎/n 积极/a 响应/v", nil, []out{
			{pipeline.Org, "玲珑轮胎", "玲珑轮胎", "", "", "brand-trade"},
			{pipeline.Org, "玲珑轮胎", "玲珑轮胎", "", "", "brand-trade"},
		}},
		// A brand the tagger read as a place.
		{"此前/t ，/x 东北/ns 制药/n 董事长/n 表示/v", []in{{pipeline.Place, "东北"}}, []out{{pipeline.Org, "东北制药", "东北制药", "", "", "brand-trade"}}},
		// The company's legal name, after a division or alone, names it too.
		{"上海/ns 电气/n 公司/n 的/u 产品/n 。/x 上海/ns 电气/n 把/p 设备/n 卖出/v", []in{{pipeline.Org, "上海电气公司"}, {pipeline.Place, "上海"}}, []out{
			{pipeline.Org, "上海电气公司", "上海电气公司", "", "", "pos"},
			{pipeline.Org, "上海电气", "上海电气", "", "", "brand-trade"},
		}},
		// Not before an institution suffix: 航天科技产业园 is a park.
		{"航天/n 科技/n 集团/n 表示/v ，/x 航天/n 科技/n 产业园/n 启用/v", []in{{pipeline.Org, "航天科技集团"}}, []out{
			{pipeline.Org, "航天科技集团", "中国航天科技集团有限公司", "", "", "org-alias"},
		}},
		// No company's word after the trade: a place and an industry.
		{"上海/ns 汽车/n 市场/n 增长/v", []in{{pipeline.Place, "上海"}}, []out{{pipeline.Place, "上海", "上海市", "310000", "CN", "place-unique"}}},
		// A numeral or a noun before the brand: banks, no bank.
		{"美国/ns 多家/m 地区性/n 银行/n 股价/n 下跌/v", []in{{pipeline.Place, "美国"}}, []out{{pipeline.Place, "美国", "美国", "", "US", "place-country"}}},
	}},
	{"number-start", []example{
		{"截至/p 4月底/t ，/x 1205/m 钻井队/n 累计/v", []in{{pipeline.Org, "05钻井队"}}, []out{{pipeline.Org, "1205钻井队", "1205钻井队", "", "", "number-start"}}},
		{"十八大/j 新闻中心/n 今天/t 举办/v", []in{{pipeline.Org, "八大新闻中心"}}, []out{{pipeline.Org, "十八大新闻中心", "十八大新闻中心", "", "", "number-start"}}},
		// Arabic and Chinese digits are two numbers.
		{"2024/m 四方公司/nt 成立/v", []in{{pipeline.Org, "四方公司"}}, []out{{pipeline.Org, "四方公司", "四方公司", "", "", "pos"}}},
	}},
	{"number-end", []example{
		{"南航/j C919/eng 首架/m", []in{{pipeline.Org, "南航C"}}, []out{{pipeline.Org, "南航", "南航", "", "", "number-end"}}},
		{"2017年/t ，/x 天津/ns PM2.5/eng 年均/d 浓度/n", []in{{pipeline.Org, "天津P"}}, []out{{pipeline.Place, "天津", "天津市", "120000", "CN", "place-unique"}}},
		// A name of Latin letters stays.
		{"中日韩/j FTA/eng 谈判/vn", []in{{pipeline.Org, "中日韩FTA"}}, []out{{pipeline.Org, "中日韩FTA", "中日韩FTA", "", "", "pos"}}},
	}},
	{"term-start", []example{
		{"由/p 51/m 人/n 组成/v 的/uj 第十五届/m 中央/n 常务/b 委员会/n", []in{{pipeline.Org, "届中央常务委员会"}}, []out{{pipeline.Org, "第十五届中央常务委员会", "第十五届中央常务委员会", "", "", "term-start"}}},
		{"判定/v 本届/r 制宪/vn 委员会/n 是否/v", []in{{pipeline.Org, "届制宪委员会"}}, []out{{pipeline.Org, "制宪委员会", "制宪委员会", "", "", "term-start"}}},
		{"做好/v 新一届/b 全国人大/j 代表/n 选举/vn", []in{{pipeline.Org, "一届全国人大"}}, []out{{pipeline.Org, "全国人大", "全国人民代表大会", "", "", "org-alias"}}},
	}},
	{"alias-start", []example{
		{"北部/f 战区/n 陆军/n 第78/m 集团军/n 某旅/r", []in{{pipeline.Org, "区陆军第78集团军"}}, []out{{pipeline.Org, "北部战区陆军第78集团军", "北部战区陆军第78集团军", "", "", "alias-start"}}},
		{"召开/v 的/uj 共同/d 民主党/nt 最高/a 委员会/n 会议/n", []in{{pipeline.Org, "民主党最高委员会"}}, []out{{pipeline.Org, "共同民主党最高委员会", "共同民主党最高委员会", "", "", "alias-start"}}},
	}},
	{"word-start", []example{
		{"军队/n 改革/vn 领导小组/n 组长/n", []in{{pipeline.Org, "革领导小组"}}, []out{{pipeline.Org, "改革领导小组", "改革领导小组", "", "", "word-start"}}},
		{"调查/v 已久/d 的/uj 执政党/n 人民党/nt 受贿案/n", []in{{pipeline.Org, "民党"}}, []out{{pipeline.Org, "人民党", "人民党", "", "", "word-start"}}},
		// A bare suffix after a verb: the body the verb names.
		{"两院/j 访华/v 代表团/n 。/x", []in{{pipeline.Org, "华代表团"}}, []out{{pipeline.Org, "访华代表团", "访华代表团", "", "", "word-start"}}},
		// gse is wrong: a place or an alias begins the mention.
		{"首都/n 是非/v 盟/n 总部/n 、/x", []in{{pipeline.Org, "非盟总部"}}, []out{{pipeline.Org, "非盟总部", "非洲联盟", "", "", "org-alias-site"}}},
		// The word's head ends a name written before; a conjunction joins.
		{"民主/n 统和/v 党国/n 会议员/n", []in{{pipeline.Org, "国会"}}, []out{{pipeline.Org, "国会", "国会", "", "", "pos"}}},
		{"在/p 欧洲杯/nz 和丰/nz 田杯/n 赛中/n", []in{{pipeline.Org, "丰田"}}, []out{{pipeline.Org, "丰田", "丰田", "", "", "pos"}}},
		// A relative prefix, a word of a place and a common noun whose
		// tail the name is.
		{"各省/r 区市/n 人大常委会/nt 负责人/n", []in{{pipeline.Org, "市人大常委会"}}, []out{{pipeline.Org, "市人大常委会", "市人大常委会", "", "", "pos"}}},
		{"年/m 前海/f 盗号/n 飞船/n 拍摄/v", []in{{pipeline.Org, "海盗号飞船"}}, []out{{pipeline.Org, "海盗号飞船", "海盗号飞船", "", "", "pos"}}},
		{"98/m 规范王码/n 软件/n", []in{{pipeline.Org, "王码"}}, []out{{pipeline.Org, "王码", "王码", "", "", "pos"}}},
		// A word gse tags a name of people or places, three or more
		// characters long, is its dictionary's and taken in.
		{"各级/r 纪律检查/nr 委员会/n 忠诚/a", []in{{pipeline.Org, "律检查委员会"}}, []out{{pipeline.Org, "纪律检查委员会", "纪律检查委员会", "", "", "word-start"}}},
		{"记者/n 从/p 北部湾/nr 国际/n 港务/n 集团/n 了解/v", []in{{pipeline.Org, "部湾国际港务集团"}}, []out{{pipeline.Org, "北部湾国际港务集团", "北部湾国际港务集团", "", "", "word-start"}}},
	}},
	{"alias-crossed", []example{
		{"影响/vn 长江/ns 以北/f 大部地区/n ，/x", []in{{pipeline.Org, "北大"}}, nil},
		// An alias that ends where a word does stays.
		{"以东/f 盟/n 为/p 中心/n", []in{{pipeline.Org, "东盟"}}, []out{{pipeline.Org, "东盟", "东南亚国家联盟", "", "", "org-alias"}}},
	}},
	{"verb-start", []example{
		{"总书记/n 称赞/v 曙光公司/nt 走出/v", []in{{pipeline.Org, "赞曙光公司"}}, []out{{pipeline.Org, "曙光公司", "曙光公司", "", "", "verb-start"}}},
		{"其中/r 技师学院/n 36/m 所/q", []in{{pipeline.Org, "中技师学院"}}, []out{{pipeline.Org, "技师学院", "技师学院", "", "", "verb-start"}}},
		// A word of org_openers.tsv that gse tags a noun.
		{"在野党/n 民主党/nt 党首/n", []in{{pipeline.Org, "野党民主党"}}, []out{{pipeline.Org, "民主党", "民主党", "", "", "verb-start"}}},
		// A preposition and the name's first character.
		{"记者/n 从中/d 储粮/n 集团/n 获悉/v", []in{{pipeline.Org, "中储粮集团"}}, []out{{pipeline.Org, "中储粮集团", "中储粮集团", "", "", "pos"}}},
		// An alias that ends inside a word does not stop it.
		{"其中/r 行业协会/n 商会/n 10/m", []in{{pipeline.Org, "中行业协会商会"}}, []out{{pipeline.Org, "行业协会商会", "行业协会商会", "", "", "verb-start"}}},
	}},
	{"place-word-start", []example{
		{"在/p 火情/n 最/d 严重/a 的/uj 文图拉/nr 县/n ，/x", []in{{pipeline.Place, "图拉县"}}, []out{{pipeline.Place, "文图拉县", "文图拉县", "", "", "place-word-start"}}},
		{"在/p 秋收起义/l 会师/v 纪念馆/n 除了/p", []in{{pipeline.Place, "义会师纪念馆"}}, []out{{pipeline.Place, "秋收起义会师纪念馆", "秋收起义会师纪念馆", "", "", "place-word-start"}}},
		// A place begins the mention; a preposition or a division's suffix
		// begins the word.
		{"游客/n 登上/v 福建厦门/nz 岛/n 。/x", []in{{pipeline.Place, "厦门岛"}}, []out{{pipeline.Place, "厦门岛", "厦门岛", "", "", "pos"}}},
		{"包括/v 在内/u 蒙古/ns 等/u 地/n", []in{{pipeline.Place, "内蒙古"}}, []out{{pipeline.Place, "内蒙古", "内蒙古自治区", "150000", "CN", "place-unique"}}},
		{"位/n 于塔尔/nr 库什干/nr 机场/n", []in{{pipeline.Place, "塔尔库什干机场"}}, []out{{pipeline.Place, "塔尔库什干机场", "塔尔库什干机场", "", "", "pos"}}},
		{"乡长/n 秀村/n 村民/n", []in{{pipeline.Place, "长秀村"}}, []out{{pipeline.Place, "长秀村", "长秀村", "", "", "pos"}}},
	}},
	{"person-word-start", []example{
		{"保障/v 黄河/ns 长久/d 安澜/nr ，/x", []in{{pipeline.Place, "黄河"}, {pipeline.Person, "久安澜"}}, []out{{pipeline.Place, "黄河", "黄河", "", "CN", "place-foreign"}}},
		{"到/v 世纪/n 中叶/t 建国/v 一百年/m", []in{{pipeline.Person, "叶建国"}}, nil},
		// A title ends where the person begins.
		{"该/r 局/n 长久/d 美子/nr 表示/v", []in{{pipeline.Person, "久美子"}}, []out{{pipeline.Person, "久美子", "久美子", "", "", "pos"}}},
	}},
	{"person-title-end", []example{
		{"；/x 李伟/nr 常委/j 认为/v", []in{{pipeline.Person, "李伟常"}}, []out{{pipeline.Person, "李伟", "李伟", "", "", "person-title-end"}}},
		// No title runs on past the mention.
		{"；/x 李/nr 伟常/nr 认为/v", []in{{pipeline.Person, "李伟常"}}, []out{{pipeline.Person, "李伟常", "李伟常", "", "", "pos"}}},
	}},
	{"person-run-end", []example{
		{"候选人/n 高/a 市/n 早/a 苗/n 。/x", []in{{pipeline.Person, "高市早"}}, []out{{pipeline.Person, "高市早苗", "高市早苗", "", "", "person-run-end"}}},
		{"总理/n 阮/nr 晋/nr 勇/n 、/x 总统/n", []in{{pipeline.Person, "阮晋"}}, []out{{pipeline.Person, "阮晋勇", "阮晋勇", "", "", "person-run-end"}}},
		// A head noun after the name, a name in quotes, and a character
		// before more of the clause are not added.
		{"在/p 村民/n 李/nr 盟/n 家/zg ，/x", []in{{pipeline.Person, "李盟"}}, []out{{pipeline.Person, "李盟", "李盟", "", "", "pos"}}},
		{"发射/v “/x 艾普斯/nrt 龙/n ”/x 火箭/n", []in{{pipeline.Person, "艾普斯"}}, []out{{pipeline.Person, "艾普斯", "艾普斯", "", "", "pos"}}},
		{"总理/n 阮/nr 晋/nr 勇/n 表示/v", []in{{pipeline.Person, "阮晋"}}, []out{{pipeline.Person, "阮晋", "阮晋", "", "", "pos"}}},
	}},
	{"person-time-end", []example{
		{"看望/v 伤员/n 张/q 柯/nr 时/n ，/x 医生/n 说/v", []in{{pipeline.Person, "张柯时"}}, []out{{pipeline.Person, "张柯", "张柯", "", "", "person-time-end"}}},
		// A name gse reads whole, and 时 before more of the clause, stay.
		{"纪念/v 任弼时/nrfg ，/x 他/r 说/v", []in{{pipeline.Person, "任弼时"}}, []out{{pipeline.Person, "任弼时", "任弼时", "", "", "pos"}}},
		{"主任/b 李/nr 适/v 时/n 受/v 委托/v", []in{{pipeline.Person, "李适时"}}, []out{{pipeline.Person, "李适时", "李适时", "", "", "pos"}}},
	}},
	{"person-verb-end", []example{
		{"，/x 冯平/nr 任/v 所长/n 。/x", []in{{pipeline.Person, "冯平任"}}, []out{{pipeline.Person, "冯平", "冯平", "", "", "person-verb-end"}}},
		{"部长/n 姜力/nr 为/p 副/b 组长/n ，/x", []in{{pipeline.Person, "姜力为"}}, []out{{pipeline.Person, "姜力", "姜力", "", "", "person-verb-end"}}},
		// No post after it, or the name written before other words too.
		{"会长/n 张天任/nr 关于/p 加快/v", []in{{pipeline.Person, "张天任"}}, []out{{pipeline.Person, "张天任", "张天任", "", "", "pos"}}},
		{"张天任/nr 会长/n ，/x 张天任/nr 指出/v", []in{{pipeline.Person, "张天任"}, {pipeline.Person, "张天任"}}, []out{
			{pipeline.Person, "张天任", "张天任", "", "", "pos"},
			{pipeline.Person, "张天任", "张天任", "", "", "pos"},
		}},
	}},
	{"person-title-owner", []example{
		{"习近平/nrfg 主席/n 应/v 普京/ns 总统/n 邀请/v", []in{{pipeline.Person, "习近平"}, {pipeline.Person, "应普京"}}, []out{
			{pipeline.Person, "习近平", "习近平", "", "", "pos"},
			{pipeline.Person, "普京", "普京", "", "", "person-title-owner"},
		}},
		// A word after the title the name before it holds is no name.
		{"在/p 习近平/nrfg 主席/n 英明/nz 指引/v 下/f", []in{{pipeline.Person, "习近平"}, {pipeline.Person, "英明"}}, []out{{pipeline.Person, "习近平", "习近平", "", "", "pos"}}},
		// A title before the first name names it: 通讯员 names the second.
		{"记者/n 王毅/nr 通讯员/n 英明/nz 报道/v", []in{{pipeline.Person, "王毅"}, {pipeline.Person, "英明"}}, []out{
			{pipeline.Person, "王毅", "王毅", "", "", "pos"},
			{pipeline.Person, "英明", "英明", "", "", "pos"},
		}},
	}},
	{"person-tail", []example{
		{"总统/n 莱希/nr 祝/v 伟大/a 的/uj", []in{{pipeline.Person, "莱希祝"}}, []out{{pipeline.Person, "莱希", "莱希", "", "", "person-tail"}}},
		{"副行长/n 杨琨/nr 正/d 协助/v 调查/vn ，/x 杨琨/nr 说/v", []in{{pipeline.Person, "杨琨正"}, {pipeline.Person, "杨琨"}}, []out{{pipeline.Person, "杨琨", "杨琨", "", "", "person-tail"}, {pipeline.Person, "杨琨", "杨琨", "", "", "pos"}}},
		{"代总统/n 马/n 杜/nr 罗致/nr 唁电/n", []in{{pipeline.Person, "马杜罗致"}}, []out{{pipeline.Person, "马杜罗", "马杜罗", "", "", "person-tail"}}},
		// A character that may end the known name, and a verb after a name
		// the document writes, are the name's.
		{"、/x 陈云/nr 霁/vg 、/x", []in{{pipeline.Person, "陈云霁"}}, []out{{pipeline.Person, "陈云霁", "陈云霁", "", "", "pos"}}},
		{"书记/n 张林/nr 顺/p 说/v ，/x 张林/nr 说/v", []in{{pipeline.Person, "张林顺"}, {pipeline.Person, "张林"}}, []out{{pipeline.Person, "张林顺", "张林顺", "", "", "pos"}, {pipeline.Person, "张林", "张林", "", "", "pos"}}},
	}},
	{"person-verb-start", []example{
		{"他/r 感谢/v 蒙蒂/nr 的/uj 支持/v", []in{{pipeline.Person, "谢蒙蒂"}}, []out{{pipeline.Person, "蒙蒂", "蒙蒂", "", "", "person-verb-start"}}},
		{"。/x 虽然/c 泽曼/nr 在/p 首轮/m", []in{{pipeline.Person, "然泽曼"}}, []out{{pipeline.Person, "泽曼", "泽曼", "", "", "person-verb-start"}}},
		// A title ends before the word: gse is wrong.
		{"革委/j 主任/n 何立峰/nr 先后/d", []in{{pipeline.Person, "何立峰"}}, []out{{pipeline.Person, "何立峰", "何立峰", "", "", "pos"}}},
		{"党/n 主席/n 加布/v 里尔/nr", []in{{pipeline.Person, "布里尔"}}, []out{{pipeline.Person, "布里尔", "布里尔", "", "", "pos"}}},
		// Unless the document names the rest alone.
		{"总统/n 授权/v 伦齐/nr 组建/v 政府/n ，/x 伦齐/nr 说/v", []in{{pipeline.Person, "权伦齐"}, {pipeline.Person, "伦齐"}}, []out{{pipeline.Person, "伦齐", "伦齐", "", "", "person-verb-start"}, {pipeline.Person, "伦齐", "伦齐", "", "", "pos"}}},
	}},
	{"title-overrun", []example{
		{"外交部/nt 亚洲/ns 太平洋/ns 局局长/n 李相烈/nr", []in{{pipeline.Org, "外交部亚洲太平洋局局"}}, []out{{pipeline.Org, "外交部亚洲太平洋局", "外交部亚洲太平洋局", "", "", "title-overrun"}}},
		{"日本民主党/nt 党首/n 海江田万里/nr", []in{{pipeline.Org, "日本民主党党"}}, []out{{pipeline.Org, "日本民主党", "日本民主党", "", "", "title-overrun"}}},
		{"协助/v 大通/nz 曼哈顿/ns 董事长/n 戴维/nrt", []in{{pipeline.Org, "大通曼哈顿董"}}, []out{{pipeline.Org, "大通曼哈顿", "大通曼哈顿", "", "", "title-overrun"}}},
		{"美国斯坦福大学/nt 东亚/ns 研究/vn 讲师/n 丹尼尔/nrt", []in{{pipeline.Org, "美国斯坦福大学东亚研究讲"}}, []out{{pipeline.Org, "美国斯坦福大学", "美国斯坦福大学", "", "", "title-overrun"}}},
		// The name shares its last character with the title.
		{"美国/ns 国防部长/n 奥斯汀/nrt", []in{{pipeline.Org, "美国国防部"}}, []out{{pipeline.Org, "美国国防部", "美国国防部", "", "", "pos"}}},
		{"韩国/ns 国家/n 安保室/n 长/n 徐薰/nr", []in{{pipeline.Org, "韩国国家安保室"}}, []out{{pipeline.Org, "韩国国家安保室", "韩国国家安保室", "", "", "pos"}}},
		// A verb's object, and a title gse does not read.
		{"北京/ns 牢记/n 总书记/n 嘱托/v", []in{{pipeline.Org, "北京牢记总"}}, []out{{pipeline.Org, "北京牢记总", "北京牢记总", "", "", "pos"}}},
		{"梅里埃/nrt 基金会/n 长期/d 关注/v", []in{{pipeline.Org, "梅里埃基金会"}}, []out{{pipeline.Org, "梅里埃基金会", "梅里埃基金会", "", "", "pos"}}},
	}},
	{"session-org", []example{
		{"全国政协/j 十四届/m 一次/m 会议/n 主席团/n 常务/b 主席/n", []in{{pipeline.Org, "全国政协"}, {pipeline.Org, "主席团"}}, []out{{pipeline.Org, "全国政协十四届一次会议主席团", "全国政协十四届一次会议主席团", "", "", "session-org"}}},
		// A term the tagger left out before the legislature is taken in.
		{"十三届/m 全国人大/j 五次/m 会议/n 主席团/n 交付/v", []in{{pipeline.Org, "全国人大"}, {pipeline.Org, "主席团"}}, []out{{pipeline.Org, "十三届全国人大五次会议主席团", "十三届全国人大五次会议主席团", "", "", "session-org"}}},
		// Not after a body that is no legislature, nor across other words.
		{"中国作协/j 五次/m 会议/n 主席团/n", []in{{pipeline.Org, "中国作协"}, {pipeline.Org, "主席团"}}, []out{{pipeline.Org, "中国作协", "中国作协", "", "", "pos"}, {pipeline.Org, "主席团", "主席团", "", "", "pos"}}},
		{"全国政协/j 召开/v 会议/n 主席团/n", []in{{pipeline.Org, "全国政协"}, {pipeline.Org, "主席团"}}, []out{{pipeline.Org, "全国政协", "中国人民政治协商会议全国委员会", "", "", "org-alias"}, {pipeline.Org, "主席团", "主席团", "", "", "pos"}}},
	}},
	{"trim-numeral", []example{
		{"中央财政/nt 三年/m 累计/v 投入/v", []in{{pipeline.Org, "中央财政三"}}, []out{{pipeline.Org, "中央财政", "中央财政", "", "", "trim-numeral"}}},
		{"古巴共产党/nt 中央/n 第一/m 书记/n", []in{{pipeline.Org, "古巴共产党中央第一"}}, []out{{pipeline.Org, "古巴共产党中央", "古巴共产党中央", "", "", "trim-numeral"}}},
	}},
	{"trim-opener", []example{
		{"他/r 从中/d 核/n 集团/n 调任/v", []in{{pipeline.Org, "从中核集团"}}, []out{{pipeline.Org, "中核集团", "中国核工业集团有限公司", "", "", "org-alias"}}},
		{"关于/p 亚太地区/ns", []in{{pipeline.Place, "于亚太"}}, []out{{pipeline.Place, "亚太", "亚太", "", "", "place-foreign"}}},
		// The whole is a place; a rest that is a name only by its suffix
		// is not enough (同煤集团).
		// A person: only a preposition that is no surname.
		{"总书记/n 给/zg 田/n 华/ns 等/u", []in{{pipeline.Person, "给田华"}}, []out{{pipeline.Person, "田华", "田华", "", "", "trim-opener"}}},
		{"会见/v 向/p 大/a 明/n", []in{{pipeline.Person, "向大明"}}, []out{{pipeline.Person, "向大明", "向大明", "", "", "pos"}}},
		{"于田县/ns 的/uj 同/p 煤/n 集团/n", []in{{pipeline.Place, "于田县"}, {pipeline.Org, "同煤集团"}}, []out{{pipeline.Place, "于田县", "新疆维吾尔自治区和田地区于田县", "653226", "CN", "place-unique"}, {pipeline.Org, "同煤集团", "同煤集团", "", "", "pos"}}},
	}},
	{"retype-org", []example{
		{"在土耳其杜兹科技园", []in{{pipeline.Place, "~土耳其杜兹科技园"}}, []out{{pipeline.Org, "土耳其杜兹科技园", "土耳其杜兹科技园", "", "", "retype-org"}}},
		// An organization's alias the tagger read as a place.
		{"银联网络交易活跃", []in{{pipeline.Place, "银联"}}, []out{{pipeline.Org, "银联", "中国银联股份有限公司", "", "", "org-alias"}}},
		// A national government's body, whatever its last character.
		{"防卫厅升格为防卫省", []in{{pipeline.Place, "防卫省"}}, []out{{pipeline.Org, "防卫省", "防卫省", "", "", "retype-org"}}},
		{"视察中部战区陆军某师", []in{{pipeline.Person, "陆军"}}, []out{{pipeline.Org, "陆军", "陆军", "", "", "retype-org"}}},
		// A development zone stays a place.
		{"北京经济技术开发区", []in{{pipeline.Place, "北京经济技术开发区"}}, []out{{pipeline.Place, "北京经济技术开发区", "北京经济技术开发区", "", "", "pos"}}},
	}},
	{"zone-org", []example{
		{"以/p 成都/ns 高新区/nr 的/uj 园区/n", []in{{pipeline.Place, "成都"}}, []out{{pipeline.Org, "成都高新区", "成都高新区", "", "", "zone-org"}}},
		// A zone's suffix over several words.
		{"安徽/ns 自/p 贸/vn 试验区/n 实现/v", []in{{pipeline.Place, "安徽"}}, []out{{pipeline.Org, "安徽自贸试验区", "安徽自贸试验区", "", "", "zone-org"}}},
		// No division before the zone: left alone.
		{"中韩/j 自贸区/n", []in{{pipeline.Place, "中"}, {pipeline.Place, "韩"}}, []out{
			{pipeline.Place, "中", "中国", "", "CN", "place-country"},
			{pipeline.Place, "韩", "韩国", "", "KR", "place-country"},
		}},
	}},
	{"title-balance", []example{
		{"韩国《中央日报》则以", []in{{pipeline.Org, "韩国《中央日报"}}, []out{{pipeline.Org, "韩国《中央日报》", "中央日报", "", "", "title-balance"}}},
		{"称《朝鲜日报》社长", []in{{pipeline.Org, "朝鲜日报》社"}}, []out{{pipeline.Org, "《朝鲜日报》社", "朝鲜日报", "", "", "title-balance"}}},
		// The title closes too far away: a name that opens it.
		{"《财政经济委员会关于2023年中央和地方预算执行情况与2024年预算草案的审查结果报告》", []in{{pipeline.Org, "《财政经济委员会"}}, []out{{pipeline.Org, "财政经济委员会", "财政经济委员会", "", "", "title-balance"}}},
		// Both marks: left as the tagger found it.
		{"英国《新科学家》周刊报道", []in{{pipeline.Org, "英国《新科学家》周刊"}}, []out{{pipeline.Org, "英国《新科学家》周刊", "新科学家", "", "", "pos"}}},
		// No closing mark on the line: left alone.
		{"韩国《中央日报\n则以", []in{{pipeline.Org, "韩国《中央日报"}}, []out{{pipeline.Org, "韩国《中央日报", "韩国《中央日报", "", "", "pos"}}},
	}},
	{"title-bare", []example{
		{"此后，《科学通报》随即停刊", []in{{pipeline.Org, "《科学通报》"}}, []out{{pipeline.Org, "科学通报", "科学通报", "", "", "title-bare"}}},
		// Balanced first, then cut to what the title holds.
		{"。《朝鲜日报》认为", []in{{pipeline.Org, "朝鲜日报》"}}, []out{{pipeline.Org, "朝鲜日报", "朝鲜日报", "", "", "title-bare"}}},
		// A title with more of the name around it keeps its marks.
		{"《柏林晨邮报》编辑部", []in{{pipeline.Org, "《柏林晨邮报》编辑部"}}, []out{{pipeline.Org, "《柏林晨邮报》编辑部", "柏林晨邮报", "", "", "pos"}}},
	}},
	{"quote-org", []example{
		{"抓获/v 了/ul “/x 基地/n ”/x 组织/n 高级/a 头目/n", nil, []out{{pipeline.Org, "“基地”组织", "基地组织", "", "", "quote-org"}}},
		// A place the tagger read inside the name gives way.
		{"据/p “/x 今日/t 俄罗斯/ns ”/x 电视台/n 报道/v", []in{{pipeline.Place, "俄罗斯"}}, []out{{pipeline.Org, "“今日俄罗斯”电视台", "今日俄罗斯电视台", "", "", "quote-org"}}},
		// The word may follow a noun after the quote.
		{"“/x 七三一/m ”/x 细菌/n 部队/n 和/c", nil, []out{{pipeline.Org, "“七三一”细菌部队", "七三一细菌部队", "", "", "quote-org"}}},
		// But not a verb: 组织 organizes here.
		{"“/x 扫黄打非/l ”/x 部门/n 组织/v 开展/v", nil, nil},
		// The word must be whole: 部署 and 局面 are no 部 and 局.
		{"“/x 萨德/nr ”/x 部署/v 问题/n", nil, nil},
		{"“/x 新冷战/n ”/x 局面/n", nil, nil},
		// A category's head: no name.
		{"“/x 专精特新/j ”/x 企业/n", nil, nil},
		// A party's word may not follow a noun: 主题党日 is a day of study.
		{"“/x 一月一课/l ”/x 主题/n 党/n 日/m 活动/vn", nil, nil},
		// A quoted attribute: the kind of bureau, not its name.
		{"“/x 枫桥式/n ”/x 税务/n 分局/n", nil, nil},
		// A quoted verb names nothing.
		{"“/x 买通/v ”/x 保险公司/n", nil, nil},
		// A storm's name.
		{"台风/n “/x 达维/nr ”/x 组织/n", nil, nil},
		// A mention across the span: the tagger's whole name stays.
		{"全国/n “/x 扫黄打非/l ”/x 办公室/n", []in{{pipeline.Org, "全国“扫黄打非”办公室"}}, []out{{pipeline.Org, "全国“扫黄打非”办公室", "全国“扫黄打非”办公室", "", "", "pos"}}},
	}},
	{"org-list", []example{
		{"野村/nz 、/x 大和/nz 等/u 证券公司/n 也/d", []in{{pipeline.Org, "野村"}}, []out{{pipeline.Org, "野村", "野村", "", "", "pos"}, {pipeline.Org, "大和", "大和", "", "", "org-list"}}},
		// A count and modifiers may stand before the head; a person no one
		// knows is an organization there.
		{"如/v 索菲亚/nr 、/x 兔宝宝/nz 、/x 尚品宅配/nz 等/u 3/m 家/q 定制/vn 企业/n", []in{{pipeline.Person, "索菲亚"}, {pipeline.Org, "尚品宅配"}}, []out{
			{pipeline.Org, "索菲亚", "索菲亚", "", "", "org-list"}, {pipeline.Org, "兔宝宝", "兔宝宝", "", "", "org-list"}, {pipeline.Org, "尚品宅配", "尚品宅配", "", "", "pos"},
		}},
		// The first item is unclear where name-like words run on before it.
		{"在/p 央视/j 新闻/n 、/x 央视网/nz 等/u 新/a 媒体/n 平台/n", []in{{pipeline.Org, "央视网"}}, []out{{pipeline.Org, "央视网", "央视网", "", "", "org-alias"}}},
		// No item is an organization yet: no list of them.
		{"联想/nz 、/x 小米/n 等/u 厂商/n", nil, nil},
		// 的 before the head: the items are trades.
		{"中兴/nz 、/x 汽车/n 、/x 投资/vn 等/u 领域/n 的/uj 企业/n", []in{{pipeline.Org, "中兴"}}, []out{{pipeline.Org, "中兴", "中兴", "", "", "pos"}}},
		// A team's head: the places listed are teams.
		{"苏格兰/ns 、/x 挪威/ns 、/x 丹麦/ns 等/u 队/n 已/d", []in{{pipeline.Place, "苏格兰"}, {pipeline.Place, "挪威"}, {pipeline.Place, "丹麦"}}, []out{
			{pipeline.Org, "苏格兰", "苏格兰", "", "", "team-list"}, {pipeline.Org, "挪威", "挪威", "", "", "team-list"}, {pipeline.Org, "丹麦", "丹麦", "", "", "team-list"},
		}},
		// So is a place's team last in the list; a word before 和 stays.
		{"山东/ns 、/x 北京/ns 和/c 上海/ns 队/n 则/d", []in{{pipeline.Place, "山东"}, {pipeline.Place, "北京"}, {pipeline.Org, "上海队"}}, []out{
			{pipeline.Org, "山东", "山东", "", "", "team-list"}, {pipeline.Org, "北京", "北京", "", "", "team-list"}, {pipeline.Org, "上海队", "上海队", "", "", "pos"},
		}},
		{"球迷/n 和/c 上海/ns 队/n", []in{{pipeline.Org, "上海队"}}, []out{{pipeline.Org, "上海队", "上海队", "", "", "pos"}}},
		// A head that lists bodies which are no names.
		{"中央/n 、/x 民政部门/n 、/x 红十字会/nt 等/u 机构/n", []in{{pipeline.Org, "红十字会"}}, []out{{pipeline.Org, "红十字会", "红十字会", "", "", "pos"}}},
	}},
	{"bracket-person", []example{
		{"难题/n 。/x 冯/nr ·/x 哈根斯/nr 生物/n 塑化/v （/x 大连/ns ）/x 有限公司/n", []in{{pipeline.Person, "冯·哈根斯"}, {pipeline.Org, "大连）有限公司"}}, []out{{pipeline.Org, "冯·哈根斯生物塑化（大连）有限公司", "冯·哈根斯生物塑化（大连）有限公司", "", "", "bracket-person"}}},
		{"及/c 奥德华/nr 乳品/n （/x 北京/ns ）/x 有限公司/n", []in{{pipeline.Person, "奥德华"}, {pipeline.Org, "北京）有限公司"}}, []out{{pipeline.Org, "奥德华乳品（北京）有限公司", "奥德华乳品（北京）有限公司", "", "", "bracket-person"}}},
		// A name begun inside a word of the clause opens no company's name.
		{"企业/n 凯/nr 盛融英/nr 信息/n 科技/n （/x 上海/ns ）/x 有限公司/n", []in{{pipeline.Person, "盛融英"}, {pipeline.Org, "上海）有限公司"}}, []out{
			{pipeline.Person, "盛融英", "盛融英", "", "", "pos"},
			{pipeline.Org, "信息科技（上海）有限公司", "信息科技（上海）有限公司", "", "", "bracket-balance"},
		}},
	}},
	{"bracket-balance", []example{
		{"据美国有线电视新闻网（CNN）报道", []in{{pipeline.Org, "美国有线电视新闻网（CNN"}}, []out{{pipeline.Org, "美国有线电视新闻网", "美国有线电视新闻网", "", "", "bracket-balance"}}},
		{"（记者/n 刘赞/nr ）/x 1949/m", []in{{pipeline.Person, "刘赞）"}}, []out{{pipeline.Person, "刘赞", "刘赞", "", "", "bracket-balance"}}},
		{"建立/v 了/ul 卡宾/nz 服饰/n （/x 中国/ns ）/x 有限公司/n", []in{{pipeline.Org, "中国）有限公司"}}, []out{{pipeline.Org, "卡宾服饰（中国）有限公司", "卡宾服饰（中国）有限公司", "", "", "bracket-balance"}}},
		// Balanced: left alone.
		{"世界贸易组织（WTO）", []in{{pipeline.Org, "世界贸易组织（WTO）"}}, []out{{pipeline.Org, "世界贸易组织（WTO）", "世界贸易组织（WTO）", "", "", "pos"}}},
	}},
	{"trim-term", []example{
		{"学习中共二十届三中全会精神", []in{{pipeline.Org, "中共二十"}}, []out{{pipeline.Org, "中共", "中国共产党", "", "", "org-alias"}}},
		// Not without 届: 中国一汽 is a name.
		{"中国一汽发布", []in{{pipeline.Org, "中国一汽"}}, []out{{pipeline.Org, "中国一汽", "中国第一汽车集团有限公司", "", "", "org-alias"}}},
	}},
	{"trim-overrun", []example{
		{"引进/v 中国科协/nt 海/n 智/ng 特聘/nr 专家/n", []in{{pipeline.Org, "中国科协海智特聘"}}, []out{
			{pipeline.Org, "中国科协", "中国科学技术协会", "", "", "org-alias"},
		}},
		{"李强/nr 受/v 中共中央/nt 委托/n 通报/n", []in{{pipeline.Person, "李强"}, {pipeline.Org, "中共中央委托"}}, []out{
			{pipeline.Person, "李强", "李强", "", "", "pos"},
			{pipeline.Org, "中共中央", "中国共产党中央委员会", "", "", "org-alias"},
		}},
		// Not where the rest ends like a unit: in a suffix's last character
		// (北约驻阿联军), a one-character word (外宣|办) or a proper noun of gse's.
		{"北约/ns 驻/v 阿/j 联军/n 撤离/v", []in{{pipeline.Org, "北约驻阿联军"}}, []out{{pipeline.Org, "北约驻阿联军", "北约驻阿联军", "", "", "pos"}}},
		{"中共中央/nt 外宣/j 办/v 、/x", []in{{pipeline.Org, "中共中央外宣办"}}, []out{{pipeline.Org, "中共中央外宣办", "中共中央外宣办", "", "", "pos"}}},
		{"上海交大/j 神经外科/nz 进行/v", []in{{pipeline.Org, "上海交大神经外科"}}, []out{{pipeline.Org, "上海交大神经外科", "上海交大神经外科", "", "", "pos"}}},
		// Nor past a longer name with a suffix.
		{"联合国人权事务高级专员办事处/nt 官方/n 微博/n", []in{{pipeline.Org, "联合国人权事务高级专员办事处官方微博"}}, []out{
			{pipeline.Org, "联合国人权事务高级专员办事处官方微博", "联合国人权事务高级专员办事处官方微博", "", "", "pos"},
		}},
	}},
	{"trim-digits", []example{
		{"俄罗斯总统普京7号表示", []in{{pipeline.Place, "俄罗斯"}, {pipeline.Person, "普京7"}}, []out{
			{pipeline.Place, "俄罗斯", "俄罗斯", "", "RU", "place-country"},
			{pipeline.Person, "普京", "普京", "", "", "trim-digits"},
		}},
		{"巴格达1天16起爆炸", []in{{pipeline.Place, "巴格达1"}}, []out{{pipeline.Place, "巴格达", "巴格达", "", "IQ", "place-foreign"}}},
	}},
	{"defined-alias", []example{
		{"上海丽人丽妆化妆品股份有限公司（以下简称“丽人丽妆”）称，丽人丽妆营收增长",
			[]in{{pipeline.Org, "上海丽人丽妆化妆品股份有限公司"}, {pipeline.Person, "丽人丽妆"}}, []out{
				{pipeline.Org, "上海丽人丽妆化妆品股份有限公司", "上海丽人丽妆化妆品股份有限公司", "", "", "pos"},
				{pipeline.Org, "丽人丽妆", "上海丽人丽妆化妆品股份有限公司", "", "", "defined-alias"},
				{pipeline.Org, "丽人丽妆", "上海丽人丽妆化妆品股份有限公司", "", "", "defined-alias"},
			}},
	}},
	{"false-ending", []example{
		{"贯彻党中央决策部署", []in{{pipeline.Org, "党中央决策部署"}}, []out{{pipeline.Org, "党中央", "中国共产党中央委员会", "", "", "org-alias"}}},
		{"在伊德利卜部署", []in{{pipeline.Org, "伊德利卜部署"}}, []out{{pipeline.Place, "伊德利卜", "伊德利卜", "", "SY", "place-foreign"}}},
		{"反对美军部署", []in{{pipeline.Org, "美军部署"}}, nil},
		{"构建中非命运共同体", []in{{pipeline.Org, "中非命运共同体"}}, nil},
		// The tagger may stop inside the false ending.
		{"落实二十大战略部署", []in{{pipeline.Org, "二十大战略部"}}, nil},
		{"贯彻党中央决策部署", []in{{pipeline.Org, "党中央决策部"}}, []out{{pipeline.Org, "党中央", "中国共产党中央委员会", "", "", "org-alias"}}},
		// Events are no organizations; the place that hosts one stays.
		{"杭州亚运会开幕", []in{{pipeline.Org, "杭州亚运会"}}, []out{{pipeline.Place, "杭州", "浙江省杭州市", "330100", "CN", "place-unique"}}},
		// A place the tagger ran into a summit.
		{"戴维营峰会", []in{{pipeline.Place, "戴维营峰"}}, []out{{pipeline.Place, "戴维营", "戴维营", "", "US", "place-foreign"}}},
		// A title after the name is no part of it.
		{"朝鲜劳动党中央政治局常委", []in{{pipeline.Org, "朝鲜劳动党中央政治局常委"}}, []out{{pipeline.Org, "朝鲜劳动党中央政治局", "朝鲜劳动党中央政治局", "", "", "false-ending"}}},
	}},
	{"org-verb-end", []example{
		{"到/v 国家/n 能源/n 局/zg 调研/vn 并/zg 召开/v", []in{{pipeline.Org, "国家能源局调研并"}}, []out{{pipeline.Org, "国家能源局", "国家能源局", "", "", "org-verb-end"}}},
		{"到/v 国家/n 税务/n 总局/n 看望/v 干部/n", []in{{pipeline.Org, "国家税务总局看望"}}, []out{{pipeline.Org, "国家税务总局", "国家税务总局", "", "", "org-verb-end"}}},
		{"由/p 国家/n 能源/n 局/n 以及/c", []in{{pipeline.Org, "国家能源局以及"}}, []out{{pipeline.Org, "国家能源局", "国家能源局", "", "", "org-verb-end"}}},
		// Names that end in a suffix stay, and so do words that are no going.
		{"云南省/ns 财政厅/n 调研组/n 到/v", []in{{pipeline.Org, "云南省财政厅调研组"}}, []out{{pipeline.Org, "云南省财政厅调研组", "云南省财政厅调研组", "", "", "pos"}}},
		{"劳工党/nt 高级/a 干部/n 考察团/n 访华/v", []in{{pipeline.Org, "劳工党高级干部考察团"}}, []out{{pipeline.Org, "劳工党高级干部考察团", "劳工党高级干部考察团", "", "", "pos"}}},
		{"中国/ns 海军/n 出访/v 编队/n 抵达/v", []in{{pipeline.Org, "中国海军出访编队"}}, []out{{pipeline.Org, "中国海军出访编队", "中国海军出访编队", "", "", "pos"}}},
	}},
	{"person-parts", []example{
		{"致电向普京表示祝贺", []in{{pipeline.Person, "向普京"}}, []out{{pipeline.Person, "普京", "普京", "", "", "person-parts"}}},
		{"蔡奇讲话。丁薛祥出席。蔡奇丁薛祥会见", []in{{pipeline.Person, "蔡奇"}, {pipeline.Person, "丁薛祥"}, {pipeline.Person, "蔡奇丁薛祥"}}, []out{
			{pipeline.Person, "蔡奇", "蔡奇", "", "", "pos"},
			{pipeline.Person, "丁薛祥", "丁薛祥", "", "", "pos"},
			{pipeline.Person, "蔡奇", "蔡奇", "", "", "person-parts"},
			{pipeline.Person, "丁薛祥", "丁薛祥", "", "", "person-parts"},
		}},
		{"刘奇讲话。刘奇作报告", []in{{pipeline.Person, "刘奇"}, {pipeline.Person, "刘奇作"}}, []out{
			{pipeline.Person, "刘奇", "刘奇", "", "", "pos"},
			{pipeline.Person, "刘奇", "刘奇", "", "", "person-parts"},
		}},
		// A known name the tagger joined to the end of the word before it.
		{"致电/v 祝贺/nr 默/z 茨/ns 就任/v", []in{{pipeline.Person, "贺默茨"}}, []out{{pipeline.Person, "默茨", "默茨", "", "", "person-parts"}}},
		// 作 before a report is the verb, even for a name written once.
		{"听取了刘奇作的关于草案的说明", []in{{pipeline.Person, "刘奇作"}}, []out{{pipeline.Person, "刘奇", "刘奇", "", "", "person-parts"}}},
		// A time word closing the clause after a name the document writes.
		{"会见莫朗时，王岐山说。莫朗表示", []in{{pipeline.Person, "莫朗时"}, {pipeline.Person, "莫朗"}}, []out{
			{pipeline.Person, "莫朗", "莫朗", "", "", "person-parts"},
			{pipeline.Person, "莫朗", "莫朗", "", "", "pos"},
		}},
		// A known name after a function word, though written so twice.
		{"主席和普京总统会谈。主席和普京总统说", []in{{pipeline.Person, "和普京"}, {pipeline.Person, "和普京"}}, []out{{pipeline.Person, "普京", "普京", "", "", "person-parts"}, {pipeline.Person, "普京", "普京", "", "", "person-parts"}}},
		// A name the document knows only inside the longer one stays whole.
		{"向警予同志", []in{{pipeline.Person, "向警予"}}, []out{{pipeline.Person, "向警予", "向警予", "", "", "pos"}}},
	}},
	{"person-hyphen", []example{
		{"迪亚斯/nr -/x 卡/n 内尔/ns 出席/v", []in{{pipeline.Person, "迪亚斯"}, {pipeline.Person, "卡内尔"}}, []out{{pipeline.Person, "迪亚斯-卡内尔", "迪亚斯-卡内尔", "", "", "person-hyphen"}}},
		{"巴登/nr -/x 符滕堡州/ns 州长/n", []in{{pipeline.Person, "巴登"}, {pipeline.Place, "符滕堡州"}}, []out{{pipeline.Person, "巴登", "巴登", "", "", "pos"}, {pipeline.Place, "符滕堡州", "符滕堡州", "", "", "pos"}}},
		{"金大中/nr -/x 卢武铉/nr 时期/n", []in{{pipeline.Person, "金大中"}, {pipeline.Person, "卢武铉"}}, []out{{pipeline.Person, "金大中", "金大中", "", "", "pos"}, {pipeline.Person, "卢武铉", "卢武铉", "", "", "pos"}}},
	}},
	{"person-regnal", []example{
		{"国王/n 穆罕默德/nr 六世/m 通电话/v", []in{{pipeline.Person, "穆罕默德"}}, []out{{pipeline.Person, "穆罕默德六世", "穆罕默德六世", "", "", "person-regnal"}}},
		{"教宗/n 本笃/nr 十六世/m 访问/v", []in{{pipeline.Person, "本笃"}}, []out{{pipeline.Person, "本笃十六世", "本笃十六世", "", "", "person-regnal"}}},
		{"毛泽东/nr 二十/m 世纪/n", []in{{pipeline.Person, "毛泽东"}}, []out{{pipeline.Person, "毛泽东", "毛泽东", "", "", "pos"}}},
	}},
	{"coref-region", []example{
		// 特区 alone is the special administrative region the document names.
		{"香港/ns 特区/n 政府/n 表示/v 。/x 特区/n 政府/n 举办/v", []in{{pipeline.Place, "香港特区"}, {pipeline.Place, "特区"}}, []out{
			{pipeline.Place, "香港特区", "香港", "", "HK", "place-country"},
			{pipeline.Place, "特区", "香港", "", "HK", "coref-region"},
		}},
	}},
	{"split-spaced", []example{
		{"（记者郭丹 姜俏梅）", []in{{pipeline.Person, "郭丹 姜俏梅"}}, []out{
			{pipeline.Person, "郭丹", "郭丹", "", "", "split-spaced"},
			{pipeline.Person, "姜俏梅", "姜俏梅", "", "", "split-spaced"},
		}},
		{"（作者：陈 岳）", []in{{pipeline.Person, "陈 岳"}}, []out{{pipeline.Person, "陈 岳", "陈岳", "", "", "split-spaced"}}},
		// A state body's suffix alone is that body.
		{"中共中央 国务院 关于", []in{{pipeline.Org, "中共中央 国务院"}}, []out{
			{pipeline.Org, "中共中央", "中国共产党中央委员会", "", "", "org-alias"},
			{pipeline.Org, "国务院", "国务院", "", "", "split-spaced"},
		}},
		{"特约记者 林森 环球时报记者", []in{{pipeline.Org, "林森 环球时报"}}, []out{
			{pipeline.Person, "林森", "林森", "", "", "split-spaced"},
			{pipeline.Org, "环球时报", "环球时报", "", "", "org-alias"},
		}},
		{"立场。With the intensity", []in{{pipeline.Org, "With the"}}, nil},
	}},
	{"quote-fragment", []example{
		{"猕猴桃“一带一路”联合实验室", []in{{pipeline.Org, "一路”联合实验室"}}, nil},
		{"中国—新西兰猕猴桃“一带一路”联合实验室", []in{{pipeline.Org, "中国—新西兰猕猴桃“一带一路”联合实验室"}}, []out{
			{pipeline.Org, "中国—新西兰猕猴桃“一带一路”联合实验室", "中国—新西兰猕猴桃“一带一路”联合实验室", "", "", "pos"},
		}},
	}},
	{"weak-place", []example{
		{"飞向太阳", []in{{pipeline.Place, "~太阳"}}, nil},
		// Confident, suffixed, in a gazetteer, or an abbreviation: kept.
		{"飞向太阳", []in{{pipeline.Place, "太阳"}}, []out{{pipeline.Place, "太阳", "太阳", "", "", "pos"}}},
		{"兴隆湖畔", []in{{pipeline.Place, "~兴隆湖"}}, []out{{pipeline.Place, "兴隆湖", "兴隆湖", "", "", "pos"}}},
		{"德阳", []in{{pipeline.Place, "~德阳"}}, []out{{pipeline.Place, "德阳", "四川省德阳市", "510600", "CN", "place-unique"}}},
		{"来蓉安家", []in{{pipeline.Place, "~蓉"}}, []out{{pipeline.Place, "蓉", "四川省成都市", "510100", "CN", "place-abbrev"}}},
	}},
	{"weak-person", []example{
		{"韩军雷达情报", []in{{pipeline.Person, "~韩军雷达"}}, nil},
		// A surname and a given name stay however weak; a confident one stays.
		{"记者黄雪松", []in{{pipeline.Person, "~黄雪松"}}, []out{{pipeline.Person, "黄雪松", "黄雪松", "", "", "pos"}}},
		// A transliterated name with its middle dot is a name.
		{"外长拜克·托克托", []in{{pipeline.Person, "~拜克·托克托"}}, []out{{pipeline.Person, "拜克·托克托", "拜克·托克托", "", "", "pos"}}},
		{"韩军雷达情报", []in{{pipeline.Person, "韩军雷达"}}, []out{{pipeline.Person, "韩军雷达", "韩军雷达", "", "", "pos"}}},
		// A weak name that stood before person-run-end grew it stays.
		{"总统/n 伊基利/nrt 卢/n 、/x 总理/n", []in{{pipeline.Person, "~伊基利"}}, []out{{pipeline.Person, "伊基利卢", "伊基利卢", "", "", "person-run-end"}}},
	}},
	{"split-connector", []example{
		{"成都市人民政府联合四川大学举办", []in{{pipeline.Org, "成都市人民政府联合四川大学"}}, []out{
			{pipeline.Org, "成都市人民政府", "成都市人民政府", "", "", "dept-alias"},
			{pipeline.Org, "四川大学", "四川大学", "", "", "org-alias"},
		}},
		{"国家发展改革委会同财政部印发", []in{{pipeline.Org, "国家发展改革委会同财政部"}}, []out{
			{pipeline.Org, "国家发展改革委", "国家发展和改革委员会", "", "", "org-alias"},
			{pipeline.Org, "财政部", "中华人民共和国财政部", "", "", "org-alias"},
		}},
		{"在法国卡达拉奇与ITER总部签署", []in{{pipeline.Org, "法国卡达拉奇与ITER总部"}}, []out{
			{pipeline.Place, "法国", "法国", "", "FR", "place-country"},
			{pipeline.Place, "卡达拉奇", "卡达拉奇", "", "FR", "place-foreign"},
			{pipeline.Org, "ITER总部", "国际热核聚变实验堆组织", "", "", "org-alias-site"},
		}},
		{"中国科学院成都生物研究所与克罗地亚萨格勒布大学", []in{{pipeline.Org, "中国科学院成都生物研究所与克罗地亚萨格勒布大学"}}, []out{
			{pipeline.Org, "中国科学院成都生物研究所", "中国科学院成都生物研究所", "", "", "split-connector"},
			{pipeline.Org, "克罗地亚萨格勒布大学", "克罗地亚萨格勒布大学", "", "", "split-connector"},
		}},
		// 新西兰皇家植物 is no name on its own: the 与 is inside the name.
		{"新西兰皇家植物与食品研究院", []in{{pipeline.Org, "新西兰皇家植物与食品研究院"}}, []out{
			{pipeline.Org, "新西兰皇家植物与食品研究院", "新西兰皇家植物与食品研究院", "", "", "pos"},
		}},
	}},
	{"trim-opener", []example{
		{"他/r 率/v 中央/n 代表团/n 抵达/v", []in{{pipeline.Org, "率中央代表团"}}, []out{{pipeline.Org, "中央代表团", "中央代表团", "", "", "trim-opener"}}},
		{"第/m 41/m 次/q 南极/ns 考察队/n 出征/v", []in{{pipeline.Org, "次南极考察队"}}, []out{{pipeline.Org, "南极考察队", "南极考察队", "", "", "trim-opener"}}},
		{"政府/n 间/zg 协调/v 委员会/n", []in{{pipeline.Org, "间协调委员会"}}, []out{{pipeline.Org, "协调委员会", "协调委员会", "", "", "trim-opener"}}},
		{"要用/v 好/a 中俄/ns 议会/n 合作/vn 委员会/n", []in{{pipeline.Org, "好中俄议会合作委员会"}}, []out{{pipeline.Org, "中俄议会合作委员会", "中俄议会合作委员会", "", "", "trim-opener"}}},
		// Other single characters gse tags verbs begin names: 县 of 县计生委.
		{"到/v 县/v 计生委/j 工作/vn", []in{{pipeline.Org, "县计生委"}}, []out{{pipeline.Org, "县计生委", "县计生委", "", "", "pos"}}},
	}},
	{"split-adjacent", []example{
		{"民政部/nt 财政部/nt 联合/v 印发/v", []in{{pipeline.Org, "民政部财政部"}}, []out{
			{pipeline.Org, "民政部", "中华人民共和国民政部", "", "", "org-alias"},
			{pipeline.Org, "财政部", "中华人民共和国财政部", "", "", "org-alias"},
		}},
		// A body and one of its own stay one name.
		{"联合国/nt 世界粮食计划署/nt 表示/v", []in{{pipeline.Org, "联合国世界粮食计划署"}}, []out{
			{pipeline.Org, "联合国世界粮食计划署", "联合国世界粮食计划署", "", "", "pos"},
		}},
	}},
	{"org-whole", []example{
		// The name is whole elsewhere in the document.
		{"日本海上自卫队出动，海上自卫队表示", []in{{pipeline.Org, "海上自卫队"}, {pipeline.Org, "自卫队"}}, []out{
			{pipeline.Org, "海上自卫队", "海上自卫队", "", "", "pos"},
			{pipeline.Org, "海上自卫队", "海上自卫队", "", "", "org-whole"},
		}},
	}},
	{"split-country-title", []example{
		{"与卡塔尔埃米尔塔米姆通电话", []in{{pipeline.Person, "卡塔尔埃米尔塔米姆"}}, []out{
			{pipeline.Place, "卡塔尔", "卡塔尔", "", "QA", "place-country"},
			{pipeline.Person, "塔米姆", "塔米姆", "", "", "split-country-title"},
		}},
		// One character after the title is too little to be sure of a name.
		{"会见美国总统拜", []in{{pipeline.Person, "美国总统拜"}}, []out{{pipeline.Person, "美国总统拜", "美国总统拜", "", "", "pos"}}},
	}},
	{"split-country-place", []example{
		// Also from a tagger PERSON (retype-place).
		{"在卡塔尔多哈举行", []in{{pipeline.Person, "卡塔尔多哈"}}, []out{
			{pipeline.Place, "卡塔尔", "卡塔尔", "", "QA", "place-country"},
			{pipeline.Place, "多哈", "多哈", "", "QA", "place-foreign"},
		}},
		{"法国卡达拉奇", []in{{pipeline.Place, "法国卡达拉奇"}}, []out{
			{pipeline.Place, "法国", "法国", "", "FR", "place-country"},
			{pipeline.Place, "卡达拉奇", "卡达拉奇", "", "FR", "place-foreign"},
		}},
		{"俄库尔斯克州", []in{{pipeline.Place, "俄库尔斯克州"}}, []out{
			{pipeline.Place, "俄", "俄罗斯", "", "RU", "place-country-document"},
			{pipeline.Place, "库尔斯克州", "库尔斯克州", "", "RU", "place-foreign"},
		}},
		// 巴黎 is not in 日本: no chain.
		{"日本巴黎", []in{{pipeline.Place, "日本巴黎"}}, []out{{pipeline.Place, "日本巴黎", "日本巴黎", "", "", "pos"}}},
	}},
	{"split-abbrevs", []example{
		{"美日韩三国", []in{{pipeline.Place, "美日韩"}}, []out{
			{pipeline.Place, "美", "美国", "", "US", "place-country"},
			{pipeline.Place, "日", "日本", "", "JP", "place-country"},
			{pipeline.Place, "韩", "韩国", "", "KR", "place-country"},
		}},
		// Two characters are as often a country's own name.
		{"巴西", []in{{pipeline.Place, "巴西"}}, []out{{pipeline.Place, "巴西", "巴西", "", "BR", "place-country"}}},
		// Two split when the document names both countries.
		{"韩国和美国表示，韩美进行演习", []in{{pipeline.Place, "韩国"}, {pipeline.Place, "美国"}, {pipeline.Place, "韩美"}}, []out{
			{pipeline.Place, "韩国", "韩国", "", "KR", "place-country"},
			{pipeline.Place, "美国", "美国", "", "US", "place-country"},
			{pipeline.Place, "韩", "韩国", "", "KR", "place-country"},
			{pipeline.Place, "美", "美国", "", "US", "place-country"},
		}},
		{"韩美进行演习", []in{{pipeline.Place, "韩美"}}, []out{{pipeline.Place, "韩美", "韩美", "", "", "pos"}}},
		// A tagger ORG too, when the document names each country.
		{"英国、法国和德国外长会晤。英法德表示", []in{{pipeline.Place, "英国"}, {pipeline.Place, "法国"}, {pipeline.Place, "德国"}, {pipeline.Org, "英法德"}}, []out{
			{pipeline.Place, "英国", "英国", "", "GB", "place-country"},
			{pipeline.Place, "法国", "法国", "", "FR", "place-country"},
			{pipeline.Place, "德国", "德国", "", "DE", "place-country"},
			{pipeline.Place, "英", "英国", "", "GB", "place-country"},
			{pipeline.Place, "法", "法国", "", "FR", "place-country"},
			{pipeline.Place, "德", "德国", "", "DE", "place-country"},
		}},
		{"卡塔尔哈马德港", []in{{pipeline.Org, "哈马德"}}, []out{{pipeline.Org, "哈马德", "哈马德", "", "", "pos"}}},
		// Two characters of a tagger ORG as well.
		{"中国和委内瑞拉：中委传统友谊", []in{{pipeline.Place, "中国"}, {pipeline.Place, "委内瑞拉"}, {pipeline.Org, "中委"}}, []out{
			{pipeline.Place, "中国", "中国", "", "CN", "place-country"},
			{pipeline.Place, "委内瑞拉", "委内瑞拉", "", "VE", "place-country"},
			{pipeline.Place, "中", "中国", "", "CN", "place-country"},
			{pipeline.Place, "委", "委内瑞拉", "", "VE", "place-country"},
		}},
	}},
	{"park-org", []example{
		{"以/p 成都/ns 的/uj 中韩/ns 创新/v 创业园/n 为/p 例/n", []in{{pipeline.Place, "成都"}, {pipeline.Place, "中"}, {pipeline.Place, "韩"}}, []out{
			{pipeline.Place, "成都", "四川省成都市", "510100", "CN", "place-unique"},
			{pipeline.Org, "中韩创新创业园", "中韩创新创业园", "", "", "park-org"},
		}},
		// A run of places followed by a function word is no park's name.
		{"中韩/ns 的/uj 创业园/n", []in{{pipeline.Place, "中"}, {pipeline.Place, "韩"}}, []out{
			{pipeline.Place, "中", "中国", "", "CN", "place-country"},
			{pipeline.Place, "韩", "韩国", "", "KR", "place-country"},
		}},
	}},
	{"gazetteer-org", []example{
		// A brand news writes alone, also where the tagger took part of it
		// for a person.
		{"华为/nr 宣布/v", []in{{pipeline.Person, "华"}}, []out{{pipeline.Org, "华为", "华为技术有限公司", "", "", "org-alias"}}},
		{"腾讯/nz 和/c 百度/nz", nil, []out{{pipeline.Org, "腾讯", "腾讯控股有限公司", "", "", "org-alias"}, {pipeline.Org, "百度", "百度公司", "", "", "org-alias"}}},
		{"与/p ITER/x 签署/v 协议/n", nil, []out{{pipeline.Org, "ITER", "国际热核聚变实验堆组织", "", "", "org-alias"}}},
		{"世界/n 卫生/n 组织/n 发布/v", nil, []out{{pipeline.Org, "世界卫生组织", "世界卫生组织", "", "", "org-alias"}}},
		// Chinese abbreviations of three or more characters are added (not
		// under the pku style: see TestPKUAbbrevs); shorter ones, and
		// aliases inside another name or word, are not.
		{"上合/j 组织/n 峰会/n", nil, []out{{pipeline.Org, "上合组织", "上海合作组织", "", "", "org-alias"}}},
		{"北大/j 教授/n", nil, nil},
		// An alias the tagger cut at 和 replaces the tagger's part.
		{"文化/n 和/c 旅游部/nt 原/b 党组/n 副书记/n", []in{{pipeline.Org, "旅游部原党组"}}, []out{{pipeline.Org, "文化和旅游部", "文化和旅游部", "", "", "org-alias"}}},
		// Not where the part begins anywhere else: alias-start takes the
		// alias's first character in.
		{"文化/n 和/c 旅游部/nt 原/b 党组/n", []in{{pipeline.Org, "化和旅游部原党组"}}, []out{{pipeline.Org, "文化和旅游部原党组", "文化和旅游部原党组", "", "", "alias-start"}}},
	}},
	{"org-hyphen", []example{
		{"联合国/nt -/x 阿盟/j 叙利亚/ns 问题/n 联合/v 特使/n 安南/nr", []in{{pipeline.Org, "联合国"}, {pipeline.Place, "叙利亚"}, {pipeline.Person, "安南"}}, []out{
			{pipeline.Org, "联合国", "联合国", "", "", "org-alias"},
			{pipeline.Org, "阿盟", "阿拉伯国家联盟", "", "", "org-alias"},
			{pipeline.Place, "叙利亚", "叙利亚", "", "SY", "place-country"},
			{pipeline.Person, "安南", "安南", "", "", "pos"},
		}},
		{"中国/ns —/x 东盟/j 命运/n 共同体/n", []in{{pipeline.Place, "中国"}}, []out{
			{pipeline.Place, "中国", "中国", "", "CN", "place-country"},
			{pipeline.Org, "东盟", "东南亚国家联盟", "", "", "org-alias"},
		}},
		// Not after a dash that follows no name.
		{"第一/m -/x 阿盟/j 会议/n", nil, nil},
	}},
	{"gazetteer-person", []example{
		{"内塔尼亚胡/nr 称/v", nil, []out{{pipeline.Person, "内塔尼亚胡", "内塔尼亚胡", "", "", "gazetteer-person"}}},
		// Not inside another word.
		{"普京大学/nt 成立/v", nil, nil},
		// After a title, whatever gse made of the name's last character.
		{"美国/ns 总统/n 拜/v 登在/v 今年/t", []in{{pipeline.Place, "美国"}}, []out{
			{pipeline.Place, "美国", "美国", "", "US", "place-country"},
			{pipeline.Person, "拜登", "拜登", "", "", "gazetteer-person"},
		}},
		// The longest listed name its tokens spell: 岸田文雄, not 岸田 of it.
		{"岸田/nr 文雄/nr 表示/v", nil, []out{{pipeline.Person, "岸田文雄", "岸田文雄", "", "", "gazetteer-person"}}},
	}},
	{"gazetteer-place", []example{
		// A foreign place of several words that begins with a place word.
		{"军队/n 对/p 加沙/ns 地带/n 的/uj 空袭/v", nil, []out{{pipeline.Place, "加沙地带", "加沙地带", "", "PS", "place-foreign"}}},
		{"到/v 孝感/ns 去/v", nil, []out{{pipeline.Place, "孝感", "湖北省孝感市", "420900", "CN", "place-unique"}}},
		// Capitals, cities and countries whatever gse tagged them, but not
		// one that is also a common word.
		{"在/p 平壤/n 同/p", nil, []out{{pipeline.Place, "平壤", "平壤", "", "KP", "place-foreign"}}},
		{"来自/v 也门/d 的/uj", nil, []out{{pipeline.Place, "也门", "也门", "", "YE", "place-country"}}},
		{"来宾/n 们/k 评价/v", nil, nil},
		// A short form of nested divisions (和田地区 and its 和田市, 和田县)
		// is a place; resolution codes it.
		{"抵达/v 和田/nz 。/x", nil, []out{{pipeline.Place, "和田", "新疆维吾尔自治区和田地区", "653200", "CN", "place-context"}}},
		{"访问/v 约旦/ns", nil, []out{{pipeline.Place, "约旦", "约旦", "", "JO", "place-country"}}},
		// A county's short form right after its province, whatever gse
		// tagged it.
		{"在/p 陕西/ns 大荔/nrt ，/x", []in{{pipeline.Place, "陕西"}}, []out{
			{pipeline.Place, "陕西", "陕西省", "610000", "CN", "place-unique"},
			{pipeline.Place, "大荔", "陕西省渭南市大荔县", "610523", "CN", "place-context"},
		}},
		// A tagger's one-character surname at the start of a coded place
		// gse tags a person's name gives way to the place.
		{"来到/v 张家界/nr 呢/y", []in{{pipeline.Person, "张"}}, []out{{pipeline.Place, "张家界", "湖南省张家界市", "430800", "CN", "place-unique"}}},
		// A district's full name gse cut in two, in a story about its city.
		{"来到/v 南昌市/ns 新建/v 区/n 就业/v", nil, []out{
			{pipeline.Place, "南昌市", "江西省南昌市", "360100", "CN", "place-unique"},
			{pipeline.Place, "新建区", "江西省南昌市新建区", "360112", "CN", "place-unique"},
		}},
		// Without its city a district's name is a common word: the old town.
		{"穿行/v 老城区/ns 的/uj 商铺/n", nil, nil},
		// 中方 is the Chinese side, 城区 a shared name; 中国 inside an ORG stays inside it.
		{"中方/n 表示/v 城区/n 人口/n", nil, nil},
		{"中国/ns 科学院/n", []in{{pipeline.Org, "中国科学院"}}, []out{{pipeline.Org, "中国科学院", "中国科学院", "", "", "org-alias"}}},
	}},
	{"retype-place", []example{
		// A country before a noun for people is their nationality.
		{"中国/ns 选手/n 夺冠/v", []in{{pipeline.Org, "中国"}}, []out{{pipeline.Place, "中国", "中国", "", "CN", "place-country"}}},
		{"中国队/nt 夺冠/v", []in{{pipeline.Org, "中国队"}}, []out{{pipeline.Org, "中国队", "中国队", "", "", "pos"}}},
		{"在武侯区", []in{{pipeline.Person, "武侯区"}}, []out{{pipeline.Place, "武侯区", "四川省成都市武侯区", "510107", "CN", "place-unique"}}},
		{"萨格勒布大学", []in{{pipeline.Person, "萨格勒布"}}, []out{{pipeline.Place, "萨格勒布", "萨格勒布", "", "HR", "place-foreign"}}},
		{"张洁说", []in{{pipeline.Person, "张洁"}}, []out{{pipeline.Person, "张洁", "张洁", "", "", "pos"}}},
		{"真金白银", []in{{pipeline.Person, "白银"}}, []out{{pipeline.Person, "白银", "白银", "", "", "pos"}}},
		// A country the tagger read as an ORG in a list of countries.
		{"美国/ns 、/x 日本/ns 和/c 韩国/ns 表示/v", []in{{pipeline.Place, "美国"}, {pipeline.Org, "日本"}, {pipeline.Place, "韩国"}}, []out{
			{pipeline.Place, "美国", "美国", "", "US", "place-country"},
			{pipeline.Place, "日本", "日本", "", "JP", "place-country"},
			{pipeline.Place, "韩国", "韩国", "", "KR", "place-country"},
		}},
		// A country the tagger read as an ORG outside a sports report; in
		// one, the team.
		{"立陶宛/ns 总理/n 表示/v", []in{{pipeline.Org, "立陶宛"}}, []out{{pipeline.Place, "立陶宛", "立陶宛", "", "LT", "place-country"}}},
		{"连扳/v 三局/m 战胜/v 韩国/ns", []in{{pipeline.Org, "韩国"}}, []out{{pipeline.Org, "韩国", "韩国", "", "", "pos"}}},
		// A short form of three characters is a place; of two it may be a name.
		{"游客飞抵张家界", []in{{pipeline.Person, "张家界"}}, []out{{pipeline.Place, "张家界", "湖南省张家界市", "430800", "CN", "place-unique"}}},
		{"马龙说", []in{{pipeline.Person, "马龙"}}, []out{{pipeline.Person, "马龙", "马龙", "", "", "pos"}}},
	}},
	{"split-admin-chain", []example{
		// A landmark after a division: the tagger's ORG is a site, which
		// then lies in the division (place-site).
		{"在武侯区桐梓林邻里中心设立", []in{{pipeline.Org, "武侯区桐梓林邻里中心"}}, []out{
			{pipeline.Place, "武侯区", "四川省成都市武侯区", "510107", "CN", "split-admin-chain"},
			{pipeline.Place, "桐梓林邻里中心", "四川省成都市武侯区桐梓林邻里中心", "510107", "CN", "place-site"},
		}},
		// Only where a word starts: not 宁德|市会展中心.
		{"、/x 宁德市/ns 会展中心/n 、/x", []in{{pipeline.Org, "宁德市会展中心"}}, []out{
			{pipeline.Place, "宁德市会展中心", "宁德市会展中心", "", "", "retype-place"},
		}},
		// A place the tagger read as one stays whole.
		{"北京大兴国际机场投运", []in{{pipeline.Place, "大兴国际机场"}}, []out{
			{pipeline.Place, "大兴国际机场", "大兴国际机场", "", "CN", "place-foreign"},
		}},
		{"大兴机场", []in{{pipeline.Place, "大兴机场"}}, []out{
			{pipeline.Place, "大兴机场", "大兴机场", "", "", "pos"},
		}},
		// An institution's suffix as long as the landmark's keeps the ORG.
		{"天府国际技术转移中心", []in{{pipeline.Org, "天府国际技术转移中心"}}, []out{
			{pipeline.Org, "天府国际技术转移中心", "天府国际技术转移中心", "", "", "pos"},
		}},
		// A tagger ORG that is a chain of divisions is places.
		{"云南昭通、贵州", []in{{pipeline.Org, "云南昭通"}}, []out{
			{pipeline.Place, "云南", "云南省", "530000", "CN", "split-admin-chain"},
			{pipeline.Place, "昭通", "云南省昭通市", "530600", "CN", "split-admin-chain"},
		}},
		{"四川省成都市武侯区桐梓林", []in{{pipeline.Place, "四川省成都市武侯区"}}, []out{
			{pipeline.Place, "四川省", "四川省", "510000", "CN", "split-admin-chain"},
			{pipeline.Place, "成都市", "四川省成都市", "510100", "CN", "split-admin-chain"},
			{pipeline.Place, "武侯区", "四川省成都市武侯区", "510107", "CN", "split-admin-chain"},
		}},
		{"北京市朝阳区", []in{{pipeline.Place, "北京市朝阳区"}}, []out{
			{pipeline.Place, "北京市", "北京市", "110000", "CN", "split-admin-chain"},
			{pipeline.Place, "朝阳区", "北京市朝阳区", "110105", "CN", "split-admin-chain"},
		}},
		// Not nested: 成都 is not in 贵州, so the mention stays whole and uncoded.
		{"贵州成都", []in{{pipeline.Place, "贵州成都"}}, []out{{pipeline.Place, "贵州成都", "贵州成都", "", "", "pos"}}},
	}},
	{"place-foreign-suffix", []example{
		{"魁北克省/ns 省长/n", []in{{pipeline.Place, "魁北克省"}}, []out{{pipeline.Place, "魁北克省", "魁北克省", "", "CA", "place-foreign-suffix"}}},
		// Only an administrative suffix: a bay is no part of the city.
		{"东京/ns 湾/n", []in{{pipeline.Place, "东京湾"}}, []out{{pipeline.Place, "东京湾", "东京湾", "", "", "pos"}}},
	}},
	{"place-unique", []example{
		{"成都", []in{{pipeline.Place, "成都"}}, []out{{pipeline.Place, "成都", "四川省成都市", "510100", "CN", "place-unique"}}},
		{"德阳与陕西", []in{{pipeline.Place, "德阳"}, {pipeline.Place, "陕西"}}, []out{
			{pipeline.Place, "德阳", "四川省德阳市", "510600", "CN", "place-unique"},
			{pipeline.Place, "陕西", "陕西省", "610000", "CN", "place-unique"},
		}},
	}},
	{"place-country", []example{
		{"新西兰和克罗地亚", []in{{pipeline.Place, "新西兰"}, {pipeline.Place, "克罗地亚"}}, []out{
			{pipeline.Place, "新西兰", "新西兰", "", "NZ", "place-country"},
			{pipeline.Place, "克罗地亚", "克罗地亚", "", "HR", "place-country"},
		}},
		// A long form the gazetteer does not list: the name and a state form.
		{"访问塔吉克斯坦共和国", []in{{pipeline.Place, "塔吉克斯坦共和国"}}, []out{{pipeline.Place, "塔吉克斯坦共和国", "塔吉克斯坦", "", "TJ", "place-country"}}},
		{"索马里联邦共和国境内", []in{{pipeline.Place, "索马里联邦共和国"}}, []out{{pipeline.Place, "索马里联邦共和国", "索马里", "", "SO", "place-country"}}},
		// Not a country's name before the form.
		{"索马里兰共和国", []in{{pipeline.Place, "索马里兰共和国"}}, []out{{pipeline.Place, "索马里兰共和国", "索马里兰共和国", "", "", "pos"}}},
	}},
	{"person-list", []example{
		{"王沪宁/nr 、/x 汪洋/n 、/x 王岐山/nr 、/x 洛桑江村/ns 、/x 张高丽/nr", []in{{pipeline.Person, "王沪宁"}, {pipeline.Person, "王岐山"}, {pipeline.Place, "洛桑江村"}, {pipeline.Person, "张高丽"}}, []out{
			{pipeline.Person, "王沪宁", "王沪宁", "", "", "pos"},
			{pipeline.Person, "汪洋", "汪洋", "", "", "person-list"},
			{pipeline.Person, "王岐山", "王岐山", "", "", "pos"},
			{pipeline.Person, "洛桑江村", "洛桑江村", "", "", "person-list"},
			{pipeline.Person, "张高丽", "张高丽", "", "", "pos"},
		}},
		// A transliterated name's parts joined by ·.
		{"王沪宁/nr 、/x 阿不来提/ns ·/x 阿不都热西提/ns 、/x 王岐山/nr 、/x 张高丽/nr", []in{{pipeline.Person, "王沪宁"}, {pipeline.Person, "王岐山"}, {pipeline.Person, "张高丽"}}, []out{
			{pipeline.Person, "王沪宁", "王沪宁", "", "", "pos"},
			{pipeline.Person, "阿不来提·阿不都热西提", "阿不来提·阿不都热西提", "", "", "person-list"},
			{pipeline.Person, "王岐山", "王岐山", "", "", "pos"},
			{pipeline.Person, "张高丽", "张高丽", "", "", "pos"},
		}},
		// Two people only, or an item after the last one: no list of people.
		{"王沪宁/nr 、/x 汪洋/n 、/x 王岐山/nr", []in{{pipeline.Person, "王沪宁"}, {pipeline.Person, "王岐山"}}, []out{
			{pipeline.Person, "王沪宁", "王沪宁", "", "", "pos"},
			{pipeline.Person, "王岐山", "王岐山", "", "", "pos"},
		}},
		// A doubled 、 ends the list (it panicked, reading before the item).
		{"王沪宁/nr 、/x 赵乐际/nr 、/x 、/x 王岐山/nr 、/x 张高丽/nr", []in{{pipeline.Person, "王沪宁"}, {pipeline.Person, "赵乐际"}, {pipeline.Person, "王岐山"}, {pipeline.Person, "张高丽"}}, []out{
			{pipeline.Person, "王沪宁", "王沪宁", "", "", "pos"},
			{pipeline.Person, "赵乐际", "赵乐际", "", "", "pos"},
			{pipeline.Person, "王岐山", "王岐山", "", "", "pos"},
			{pipeline.Person, "张高丽", "张高丽", "", "", "pos"},
		}},
		// A place the gazetteer knows stays a place.
		{"王沪宁/nr 、/x 赵乐际/nr 、/x 成都/ns 、/x 王岐山/nr", []in{{pipeline.Person, "王沪宁"}, {pipeline.Person, "赵乐际"}, {pipeline.Place, "成都"}, {pipeline.Person, "王岐山"}}, []out{
			{pipeline.Person, "王沪宁", "王沪宁", "", "", "pos"},
			{pipeline.Person, "赵乐际", "赵乐际", "", "", "pos"},
			{pipeline.Place, "成都", "四川省成都市", "510100", "CN", "place-unique"},
			{pipeline.Person, "王岐山", "王岐山", "", "", "pos"},
		}},
	}},
	{"org-country", []example{
		{"削弱/v 了/ul 美/ns 韩/j 同盟/n", []in{{pipeline.Place, "美"}, {pipeline.Org, "~韩"}}, []out{
			{pipeline.Place, "美", "美国", "", "US", "place-country"},
			{pipeline.Place, "韩", "韩国", "", "KR", "place-country"},
		}},
		{"中/j 欧/j 之间/f", []in{{pipeline.Place, "中"}, {pipeline.Org, "~欧"}}, []out{
			{pipeline.Place, "中", "中国", "", "CN", "place-country"},
			{pipeline.Place, "欧", "欧洲", "", "", "place-region-abbrev"},
		}},
		// A character that abbreviates neither stays an ORG (道 of 道指).
		{"道/n 指/v 下跌/v", []in{{pipeline.Org, "道"}}, []out{{pipeline.Org, "道", "道", "", "", "pos"}}},
	}},
	{"place-foreign", []example{
		{"法国卡达拉奇", []in{{pipeline.Place, "卡达拉奇"}}, []out{{pipeline.Place, "卡达拉奇", "卡达拉奇", "", "FR", "place-foreign"}}},
	}},
	{"place-context", []example{
		// A county's short form right after its province is that county,
		// though another division of that name be named too.
		{"湖南汉寿", []in{{pipeline.Place, "湖南"}, {pipeline.Place, "汉寿"}}, []out{
			{pipeline.Place, "湖南", "湖南省", "430000", "CN", "place-unique"},
			{pipeline.Place, "汉寿", "湖南省常德市汉寿县", "430722", "CN", "place-context"},
		}},
		{"上海长宁区，四川长宁", []in{{pipeline.Place, "上海"}, {pipeline.Place, "长宁区"}, {pipeline.Place, "四川"}, {pipeline.Place, "长宁"}}, []out{
			{pipeline.Place, "上海", "上海市", "310000", "CN", "place-unique"},
			{pipeline.Place, "长宁区", "上海市长宁区", "310105", "CN", "place-unique"},
			{pipeline.Place, "四川", "四川省", "510000", "CN", "place-unique"},
			{pipeline.Place, "长宁", "四川省宜宾市长宁县", "511524", "CN", "place-context"},
		}},
		{"北京朝阳区", []in{{pipeline.Place, "北京"}, {pipeline.Place, "朝阳区"}}, []out{
			{pipeline.Place, "北京", "北京市", "110000", "CN", "place-unique"},
			{pipeline.Place, "朝阳区", "北京市朝阳区", "110105", "CN", "place-context"},
		}},
		{"长春朝阳区", []in{{pipeline.Place, "长春"}, {pipeline.Place, "朝阳区"}}, []out{
			{pipeline.Place, "长春", "吉林省长春市", "220100", "CN", "place-unique"},
			{pipeline.Place, "朝阳区", "吉林省长春市朝阳区", "220104", "CN", "place-context"},
		}},
	}},
	{"place-context (county short forms)", []example{
		{"成都双流", []in{{pipeline.Place, "成都"}, {pipeline.Place, "双流"}}, []out{
			{pipeline.Place, "成都", "四川省成都市", "510100", "CN", "place-unique"},
			{pipeline.Place, "双流", "四川省成都市双流区", "510116", "CN", "place-context"},
		}},
		{"桐梓", []in{{pipeline.Place, "桐梓"}}, []out{{pipeline.Place, "桐梓", "桐梓", "", "", "pos"}}},
		// Nor does the unique short form of a county-level city.
		{"敦煌", []in{{pipeline.Place, "敦煌"}}, []out{{pipeline.Place, "敦煌", "甘肃省酒泉市敦煌市", "620982", "CN", "place-unique"}}},
		// The county's full name needs no context.
		{"桐梓县", []in{{pipeline.Place, "桐梓县"}}, []out{{pipeline.Place, "桐梓县", "贵州省遵义市桐梓县", "520322", "CN", "place-unique"}}},
	}},
	{"place-country-abbrev", []example{
		{"中美两国", []in{{pipeline.Place, "中"}, {pipeline.Place, "美"}}, []out{
			{pipeline.Place, "中", "中国", "", "CN", "place-country"},
			{pipeline.Place, "美", "美国", "", "US", "place-country"},
		}},
		{"中吉关系", []in{{pipeline.Place, "中"}, {pipeline.Place, "吉"}}, []out{
			{pipeline.Place, "中", "中国", "", "CN", "place-country"},
			{pipeline.Place, "吉", "吉尔吉斯斯坦", "", "KG", "place-country"},
		}},
		{"中方表示", []in{{pipeline.Place, "中"}}, []out{{pipeline.Place, "中", "中国", "", "CN", "place-country"}}},
		// A character that abbreviates a division too is the country among
		// countries (苏 of 美苏: the Soviet Union) and the division among
		// divisions (澳 of 港澳台: Macao).
		{"美苏冷战", []in{{pipeline.Place, "美"}, {pipeline.Place, "苏"}}, []out{
			{pipeline.Place, "美", "美国", "", "US", "place-country"},
			{pipeline.Place, "苏", "苏联", "", "SU", "place-country"},
		}},
		{"港澳台同胞", []in{{pipeline.Place, "港"}, {pipeline.Place, "澳"}, {pipeline.Place, "台"}}, []out{
			{pipeline.Place, "港", "香港特别行政区", "810000", "CN", "place-abbrev"},
			{pipeline.Place, "澳", "澳门特别行政区", "820000", "CN", "place-abbrev"},
			{pipeline.Place, "台", "台湾省", "710000", "CN", "place-abbrev"},
		}},
		{"中澳自贸协定", []in{{pipeline.Place, "中"}, {pipeline.Place, "澳"}}, []out{
			{pipeline.Place, "中", "中国", "", "CN", "place-country"},
			{pipeline.Place, "澳", "澳大利亚", "", "AU", "place-country"},
		}},
		// Alone, a one-character abbreviation is no country.
		{"美在何处", []in{{pipeline.Place, "美"}}, []out{{pipeline.Place, "美", "美", "", "", "pos"}}},
		// Beside a word of abbrev_contexts.tsv it is.
		{"反对对华遏制", []in{{pipeline.Place, "华"}}, []out{{pipeline.Place, "华", "中国", "", "CN", "place-country"}}},
		{"在日美军基地", []in{{pipeline.Place, "日"}, {pipeline.Place, "美"}}, []out{
			{pipeline.Place, "日", "日本", "", "JP", "place-country"},
			{pipeline.Place, "美", "美国", "", "US", "place-country"},
		}},
		{"美军表示", []in{{pipeline.Place, "美"}}, []out{{pipeline.Place, "美", "美国", "", "US", "place-country"}}},
		// Before a title, with 前 or 副 or not.
		{"美副国务卿温迪·谢尔曼", []in{{pipeline.Place, "美"}}, []out{{pipeline.Place, "美", "美国", "", "US", "place-country"}}},
		{"叙总统巴沙尔", []in{{pipeline.Place, "叙"}}, []out{{pipeline.Place, "叙", "叙利亚", "", "SY", "place-country"}}},
		// Unless the character also abbreviates a division: 驻澳 is Macao or Australia.
		{"驻澳部队", []in{{pipeline.Place, "澳"}}, []out{{pipeline.Place, "澳", "澳门特别行政区", "820000", "CN", "place-abbrev"}}},
	}},
	{"place-country-initial", []example{
		{"黎巴嫩总理称，黎以边界", []in{{pipeline.Place, "黎巴嫩"}, {pipeline.Place, "黎"}, {pipeline.Place, "以"}}, []out{
			{pipeline.Place, "黎巴嫩", "黎巴嫩", "", "LB", "place-country"},
			{pipeline.Place, "黎", "黎巴嫩", "", "LB", "place-country-initial"},
			{pipeline.Place, "以", "以色列", "", "IL", "place-country"},
		}},
		// Two countries, or a region, begin with it: left uncoded.
		{"尼泊尔和尼日利亚，中尼关系", []in{{pipeline.Place, "尼泊尔"}, {pipeline.Place, "尼日利亚"}, {pipeline.Place, "中"}, {pipeline.Place, "尼"}}, []out{
			{pipeline.Place, "尼泊尔", "尼泊尔", "", "NP", "place-country"},
			{pipeline.Place, "尼日利亚", "尼日利亚", "", "NG", "place-country"},
			{pipeline.Place, "中", "中国", "", "CN", "place-country"},
			{pipeline.Place, "尼", "尼", "", "", "pos"},
		}},
		{"阿联酋和阿拉伯国家，中阿合作", []in{{pipeline.Place, "阿联酋"}, {pipeline.Place, "阿拉伯"}, {pipeline.Place, "中"}, {pipeline.Place, "阿"}}, []out{
			{pipeline.Place, "阿联酋", "阿拉伯联合酋长国", "", "AE", "place-country"},
			{pipeline.Place, "阿拉伯", "阿拉伯", "", "", "pos"},
			{pipeline.Place, "中", "中国", "", "CN", "place-country"},
			{pipeline.Place, "阿", "阿", "", "", "pos"},
		}},
	}},
	{"place-village", []example{
		// A settlement after a coded division takes its code, and one after
		// such a settlement too.
		{"在陕西镇巴县红石村，连接河道两岸的桥梁被洪水冲垮", []in{{pipeline.Place, "陕西"}, {pipeline.Place, "镇巴县"}, {pipeline.Place, "红石村"}}, []out{
			{pipeline.Place, "陕西", "陕西省", "610000", "CN", "place-unique"},
			{pipeline.Place, "镇巴县", "陕西省汉中市镇巴县", "610728", "CN", "place-unique"},
			{pipeline.Place, "红石村", "陕西省汉中市镇巴县红石村", "610728", "CN", "place-village"},
		}},
		{"在赫章县平山乡对江村，温家宝走进村民顾庆友的家。", []in{{pipeline.Place, "赫章县"}, {pipeline.Place, "平山乡"}, {pipeline.Place, "对江村"}}, []out{
			{pipeline.Place, "赫章县", "贵州省毕节市赫章县", "520527", "CN", "place-unique"},
			{pipeline.Place, "平山乡", "贵州省毕节市赫章县平山乡", "520527", "CN", "place-village"},
			{pipeline.Place, "对江村", "贵州省毕节市赫章县平山乡对江村", "520527", "CN", "place-village"},
		}},
		// A name that opens with a prefecture's short form.
		{"在广东清远连樟村，我和贫困户陆奕和交谈脱贫之计。", []in{{pipeline.Place, "广东"}, {pipeline.Place, "清远连樟村"}}, []out{
			{pipeline.Place, "广东", "广东省", "440000", "CN", "place-unique"},
			{pipeline.Place, "清远连樟村", "广东省清远市连樟村", "441800", "CN", "place-village"},
		}},
		// A county's short form alone is weak: 龙泉关镇 is no town of 龙泉市.
		{"习近平顶风踏雪来到位于太行山深处龙泉关镇的两个行政村考察。", []in{{pipeline.Place, "太行山"}, {pipeline.Place, "龙泉关镇"}}, []out{
			{pipeline.Place, "太行山", "太行山", "", "CN", "place-foreign"},
			{pipeline.Place, "龙泉关镇", "龙泉关镇", "", "", "pos"},
		}},
		// The suffix ends a longer word gse reads: no name.
		{"正在从古镇/n 转变/v 为/p 宜居/n 的/uj 现代/t 新/a 城镇/n", []in{{pipeline.Place, "新城镇"}}, []out{{pipeline.Place, "新城镇", "新城镇", "", "", "pos"}}},
	}},
	{"place-foreign-after", []example{
		{"联合国支持并在努力推进禁化武组织在叙利亚杜马镇完成调查工作。", []in{{pipeline.Org, "联合国"}, {pipeline.Org, "禁化武组织"}, {pipeline.Place, "叙利亚"}, {pipeline.Place, "杜马镇"}}, []out{
			{pipeline.Org, "联合国", "联合国", "", "", "org-alias"},
			{pipeline.Org, "禁化武组织", "禁化武组织", "", "", "pos"},
			{pipeline.Place, "叙利亚", "叙利亚", "", "SY", "place-country"},
			{pipeline.Place, "杜马镇", "杜马镇", "", "SY", "place-foreign-after"},
		}},
		{"东京都千代田区新干线附近的4栋建筑物发生火灾。", []in{{pipeline.Place, "东京都"}, {pipeline.Place, "千代田区"}}, []out{
			{pipeline.Place, "东京都", "东京都", "", "JP", "place-foreign"},
			{pipeline.Place, "千代田区", "千代田区", "", "JP", "place-foreign-after"},
		}},
		// Opening with the country in one span.
		{"土耳其哈塔伊省靠近叙利亚的地区11号发生汽车爆炸事件", []in{{pipeline.Place, "土耳其哈塔伊省"}, {pipeline.Place, "叙利亚"}}, []out{
			{pipeline.Place, "土耳其哈塔伊省", "土耳其哈塔伊省", "", "TR", "place-foreign-after"},
			{pipeline.Place, "叙利亚", "叙利亚", "", "SY", "place-country"},
		}},
		// A ministry is no province.
		{"朝鲜国防省发表声明", []in{{pipeline.Place, "朝鲜国防省"}}, []out{{pipeline.Place, "朝鲜国防省", "朝鲜国防省", "", "", "pos"}}},
	}},
	{"place-site", []example{
		// A natural feature or landmark after a coded division takes its
		// code, after a foreign place its country.
		{"可以北上，在沈阳棋盘山的冰天雪地里，观灯赏雪", []in{{pipeline.Place, "沈阳"}, {pipeline.Place, "棋盘山"}}, []out{
			{pipeline.Place, "沈阳", "辽宁省沈阳市", "210100", "CN", "place-unique"},
			{pipeline.Place, "棋盘山", "辽宁省沈阳市棋盘山", "210100", "CN", "place-site"},
		}},
		{"开始新一轮罢工，涉及伦敦希斯罗机场等。", []in{{pipeline.Place, "伦敦"}, {pipeline.Place, "希斯罗机场"}}, []out{
			{pipeline.Place, "伦敦", "伦敦", "", "GB", "place-foreign"},
			{pipeline.Place, "希斯罗机场", "希斯罗机场", "", "GB", "place-site"},
		}},
		// Opening with a foreign place.
		{"在内华达州拉斯维加斯机场，一架航班上的乘客", []in{{pipeline.Place, "内华达州"}, {pipeline.Place, "拉斯维加斯机场"}}, []out{
			{pipeline.Place, "内华达州", "内华达州", "", "US", "place-foreign"},
			{pipeline.Place, "拉斯维加斯机场", "拉斯维加斯机场", "", "US", "place-site"},
		}},
		// Not after a coordinated country's one character, nor a site the
		// gazetteers hold (an ocean after a country), nor a bare suffix.
		{"墨西哥太平洋沿岸遭遇飓风", []in{{pipeline.Place, "墨西哥"}, {pipeline.Place, "太平洋"}}, []out{
			{pipeline.Place, "墨西哥", "墨西哥", "", "MX", "place-country"},
			{pipeline.Place, "太平洋", "太平洋", "", "", "place-foreign"},
		}},
		// The name ends inside a gse word: cut short.
		{"走进/v 湖南/ns 常德/nr 河街/ns", []in{{pipeline.Place, "湖南"}, {pipeline.Place, "常德河"}}, []out{
			{pipeline.Place, "湖南", "湖南省", "430000", "CN", "place-unique"},
			{pipeline.Place, "常德河", "常德河", "", "", "pos"},
		}},
	}},
	{"place-one-sense", []example{
		{"叙利亚杜马镇遭到“化武袭击”。调查团当天再次进入大马士革东郊的杜马镇", []in{{pipeline.Place, "叙利亚"}, {pipeline.Place, "杜马镇"}, {pipeline.Place, "大马士革"}, {pipeline.Place, "杜马镇"}}, []out{
			{pipeline.Place, "叙利亚", "叙利亚", "", "SY", "place-country"},
			{pipeline.Place, "杜马镇", "杜马镇", "", "SY", "place-foreign-after"},
			{pipeline.Place, "大马士革", "大马士革", "", "SY", "place-foreign"},
			{pipeline.Place, "杜马镇", "杜马镇", "", "SY", "place-one-sense"},
		}},
	}},
	{"place-village-document", []example{
		// The one county the document names twice.
		{"在芦山县宝盛乡，宝盛大桥今天上午全面恢复通车能力。芦山县城以北25公里的太平镇", []in{{pipeline.Place, "芦山县"}, {pipeline.Place, "宝盛乡"}, {pipeline.Place, "芦山县"}, {pipeline.Place, "太平镇"}}, []out{
			{pipeline.Place, "芦山县", "四川省雅安市芦山县", "511826", "CN", "place-unique"},
			{pipeline.Place, "宝盛乡", "四川省雅安市芦山县宝盛乡", "511826", "CN", "place-village"},
			{pipeline.Place, "芦山县", "四川省雅安市芦山县", "511826", "CN", "place-unique"},
			{pipeline.Place, "太平镇", "四川省雅安市芦山县太平镇", "511826", "CN", "place-village-document"},
		}},
		// Named once, a division gives the country only.
		{"习近平来到阜平县。随后，习近平来到顾家台村看望当地干部群众", []in{{pipeline.Person, "习近平"}, {pipeline.Place, "阜平县"}, {pipeline.Person, "习近平"}, {pipeline.Place, "顾家台村"}}, []out{
			{pipeline.Person, "习近平", "习近平", "", "", "pos"},
			{pipeline.Place, "阜平县", "河北省保定市阜平县", "130624", "CN", "place-unique"},
			{pipeline.Person, "习近平", "习近平", "", "", "pos"},
			{pipeline.Place, "顾家台村", "顾家台村", "", "CN", "place-village-document"},
		}},
		// A word that names no one village.
		{"国际社会是一个地球村。北京", []in{{pipeline.Place, "地球村"}, {pipeline.Place, "北京"}}, []out{
			{pipeline.Place, "地球村", "地球村", "", "", "pos"},
			{pipeline.Place, "北京", "北京市", "110000", "CN", "place-unique"},
		}},
	}},
	{"place-foreign-document", []example{
		{"墨西哥发生的8.2级强震已造成至少90人遇难，其中重灾区瓦哈卡州一地就有71人遇难。", []in{{pipeline.Place, "墨西哥"}, {pipeline.Place, "瓦哈卡州"}}, []out{
			{pipeline.Place, "墨西哥", "墨西哥", "", "MX", "place-country"},
			{pipeline.Place, "瓦哈卡州", "瓦哈卡州", "", "MX", "place-foreign-document"},
		}},
		// A town or village is not read so: the one country may be a
		// Chinese story's aside.
		{"瑞典。张庄村紧邻风景区", []in{{pipeline.Place, "瑞典"}, {pipeline.Place, "张庄村"}}, []out{
			{pipeline.Place, "瑞典", "瑞典", "", "SE", "place-country"},
			{pipeline.Place, "张庄村", "张庄村", "", "", "pos"},
		}},
		// Nor where the document names a Chinese prefecture or county.
		{"墨西哥。瓦哈卡州和成都", []in{{pipeline.Place, "墨西哥"}, {pipeline.Place, "瓦哈卡州"}, {pipeline.Place, "成都"}}, []out{
			{pipeline.Place, "墨西哥", "墨西哥", "", "MX", "place-country"},
			{pipeline.Place, "瓦哈卡州", "瓦哈卡州", "", "", "pos"},
			{pipeline.Place, "成都", "四川省成都市", "510100", "CN", "place-unique"},
		}},
	}},
	{"place-region-abbrev", []example{
		// China's rivers in a region MSRA splits.
		{"黄淮、江淮等地", []in{{pipeline.Place, "黄"}, {pipeline.Place, "淮"}, {pipeline.Place, "江"}, {pipeline.Place, "淮"}}, []out{
			{pipeline.Place, "黄", "黄河", "", "CN", "place-region-abbrev"},
			{pipeline.Place, "淮", "淮河", "", "CN", "place-region-abbrev"},
			{pipeline.Place, "江", "长江", "", "CN", "place-region-abbrev"},
			{pipeline.Place, "淮", "淮河", "", "CN", "place-region-abbrev"},
		}},
		{"中欧关系和中非合作", []in{{pipeline.Place, "中"}, {pipeline.Place, "欧"}, {pipeline.Place, "中"}, {pipeline.Place, "非"}}, []out{
			{pipeline.Place, "中", "中国", "", "CN", "place-country"},
			{pipeline.Place, "欧", "欧洲", "", "", "place-region-abbrev"},
			{pipeline.Place, "中", "中国", "", "CN", "place-country"},
			{pipeline.Place, "非", "非洲", "", "", "place-region-abbrev"},
		}},
		// 奥 of 奥运会 stays unnamed (event-abbrev).
		{"奥运会", []in{{pipeline.Place, "奥"}}, []out{{pipeline.Place, "奥", "奥", "", "", "event-abbrev"}}},
	}},
	{"place-country-document", []example{
		{"美国国务卿表示，由美主导的同盟", []in{{pipeline.Place, "美国"}, {pipeline.Place, "美"}}, []out{
			{pipeline.Place, "美国", "美国", "", "US", "place-country"},
			{pipeline.Place, "美", "美国", "", "US", "place-country-document"},
		}},
		// Alone in its document it stays uncoded.
		{"由美主导的同盟", []in{{pipeline.Place, "美"}}, []out{{pipeline.Place, "美", "美", "", "", "pos"}}},
		// A list with 、 is coordination.
		{"美、日、韩三国", []in{{pipeline.Place, "美"}, {pipeline.Place, "日"}, {pipeline.Place, "韩"}}, []out{
			{pipeline.Place, "美", "美国", "", "US", "place-country"},
			{pipeline.Place, "日", "日本", "", "JP", "place-country"},
			{pipeline.Place, "韩", "韩国", "", "KR", "place-country"},
		}},
	}},
	{"country-pair", []example{
		// Before a word that follows coordinated countries, whatever the
		// tagger marked of them.
		{"中/f 老/a 铁路/n 今年/t", nil, []out{
			{pipeline.Place, "中", "中国", "", "CN", "place-country"},
			{pipeline.Place, "老", "老挝", "", "LA", "place-country"},
		}},
		{"中德/ns 合作/vn", []in{{pipeline.Place, "德"}}, []out{
			{pipeline.Place, "中", "中国", "", "CN", "place-country"},
			{pipeline.Place, "德", "德国", "", "DE", "place-country"},
		}},
		{"发展/vn 中英关系/n", nil, []out{
			{pipeline.Place, "中", "中国", "", "CN", "place-country"},
			{pipeline.Place, "英", "英国", "", "GB", "place-country"},
		}},
		// One word tagged a place needs the countries named in full.
		{"中国/ns 和/c 巴基斯坦/ns 。/x 中巴/ns 都/d 是/v", []in{{pipeline.Place, "中国"}, {pipeline.Place, "巴基斯坦"}}, []out{
			{pipeline.Place, "中国", "中国", "", "CN", "place-country"},
			{pipeline.Place, "巴基斯坦", "巴基斯坦", "", "PK", "place-country"},
			{pipeline.Place, "中", "中国", "", "CN", "place-country"},
			{pipeline.Place, "巴", "巴基斯坦", "", "PK", "place-country"},
		}},
		{"俄/j 中新/ns 时代/n", []in{{pipeline.Place, "俄"}}, []out{
			{pipeline.Place, "俄", "俄", "", "", "pos"},
		}},
		// Not a word with anything else in it.
		{"中英文/nz 版本/n", nil, nil},
	}},
	{"abbrev-word", []example{
		{"以军/v 称/v", nil, []out{{pipeline.Place, "以", "以色列", "", "IL", "place-country"}}},
		// Not a division's abbreviation, nor a word of not_abbrevs.tsv.
		{"川军/n 出川/v", nil, nil},
		{"整理/v 古籍/n", nil, nil},
	}},
	{"abbrev-title", []example{
		{"以色列/ns 。/x 以/p 总理/n 内塔尼亚胡/nrt 说/v 。/x 以防/v 长/a 加兰特/nrt 称/v", []in{{pipeline.Place, "以色列"}, {pipeline.Person, "内塔尼亚胡"}, {pipeline.Person, "加兰特"}}, []out{
			{pipeline.Place, "以色列", "以色列", "", "IL", "place-country"},
			{pipeline.Place, "以", "以色列", "", "IL", "place-country"},
			{pipeline.Person, "内塔尼亚胡", "内塔尼亚胡", "", "", "pos"},
			{pipeline.Place, "以", "以色列", "", "IL", "place-country"},
			{pipeline.Person, "加兰特", "加兰特", "", "", "pos"},
		}},
		// Not without the country named in full, nor the preposition of
		// 以…为…, nor a place's name that runs into the post (加州|长), nor a
		// division's abbreviation (新总统: a new one).
		{"以/p 总理/n 内塔尼亚胡/nrt 说/v", []in{{pipeline.Person, "内塔尼亚胡"}}, []out{{pipeline.Person, "内塔尼亚胡", "内塔尼亚胡", "", "", "pos"}}},
		{"以色列/ns 。/x 会见/v 以/p 议长/n 萨维/nr 为/p 团长/n", []in{{pipeline.Place, "以色列"}, {pipeline.Person, "萨维"}}, []out{
			{pipeline.Place, "以色列", "以色列", "", "IL", "place-country"},
			{pipeline.Person, "萨维", "萨维", "", "", "pos"},
		}},
		{"加拿大/ns 。/x 加州/ns 长/a 纽森/nr 说/v", []in{{pipeline.Place, "加拿大"}, {pipeline.Person, "纽森"}}, []out{
			{pipeline.Place, "加拿大", "加拿大", "", "CA", "place-country"},
			{pipeline.Person, "纽森", "纽森", "", "", "pos"},
		}},
		{"新加坡/ns 。/x 新/a 总统/n 尚达曼/nr 说/v", []in{{pipeline.Place, "新加坡"}, {pipeline.Person, "尚达曼"}}, []out{
			{pipeline.Place, "新加坡", "新加坡", "", "SG", "place-country"},
			{pipeline.Person, "尚达曼", "尚达曼", "", "", "pos"},
		}},
	}},
	{"abbrev-split", []example{
		{"以色列/ns 称/v ，/x 以/p 军方/n 表示/v", []in{{pipeline.Place, "以色列"}}, []out{
			{pipeline.Place, "以色列", "以色列", "", "IL", "place-country"},
			{pipeline.Place, "以", "以色列", "", "IL", "place-country"},
		}},
		{"以色列/ns 。/x 美国/ns 对/p 以/p 军售/n", []in{{pipeline.Place, "以色列"}, {pipeline.Place, "美国"}}, []out{
			{pipeline.Place, "以色列", "以色列", "", "IL", "place-country"},
			{pipeline.Place, "美国", "美国", "", "US", "place-country"},
			{pipeline.Place, "以", "以色列", "", "IL", "place-country"},
		}},
		// Not without the country named in full, nor the preposition's words.
		{"以/p 军方/n 表示/v", nil, nil},
		{"以色列/ns 。/x 以/p 军事/n 手段/n", []in{{pipeline.Place, "以色列"}}, []out{
			{pipeline.Place, "以色列", "以色列", "", "IL", "place-country"},
		}},
		{"以色列/ns 。/x 以/p 军官/n 身份/n", []in{{pipeline.Place, "以色列"}}, []out{
			{pipeline.Place, "以色列", "以色列", "", "IL", "place-country"},
		}},
	}},
	{"abbrev-run", []example{
		// A tagger's name that runs on into half of the next word is none.
		{"服务/v 京津冀/j 协同/vn 发展/vn", []in{{pipeline.Org, "京津冀协"}}, []out{
			{pipeline.Place, "京", "北京市", "110000", "CN", "place-abbrev"},
			{pipeline.Place, "津", "天津市", "120000", "CN", "place-abbrev"},
			{pipeline.Place, "冀", "河北省", "130000", "CN", "place-abbrev"},
		}},
		// Whatever the tagger made of a run of province abbreviations.
		{"苏浙皖/nr 三省/m", []in{{pipeline.Person, "苏浙皖"}}, []out{
			{pipeline.Place, "苏", "江苏省", "320000", "CN", "place-abbrev"},
			{pipeline.Place, "浙", "浙江省", "330000", "CN", "place-abbrev"},
			{pipeline.Place, "皖", "安徽省", "340000", "CN", "place-abbrev"},
		}},
		{"沪/j 苏浙皖/nr 一体化/vn", nil, []out{
			{pipeline.Place, "沪", "上海市", "310000", "CN", "place-abbrev"},
			{pipeline.Place, "苏", "江苏省", "320000", "CN", "place-abbrev"},
			{pipeline.Place, "浙", "浙江省", "330000", "CN", "place-abbrev"},
			{pipeline.Place, "皖", "安徽省", "340000", "CN", "place-abbrev"},
		}},
		// The tagger's own one-character places stay its.
		{"京津冀/j 协同/vn", []in{{pipeline.Place, "京"}, {pipeline.Place, "津冀"}}, []out{
			{pipeline.Place, "京", "北京市", "110000", "CN", "place-abbrev"},
			{pipeline.Place, "津", "天津市", "120000", "CN", "place-abbrev"},
			{pipeline.Place, "冀", "河北省", "130000", "CN", "place-abbrev"},
		}},
		// 江 is 江苏 before 浙.
		{"江浙/j 沪/j 包邮/v", []in{{pipeline.Person, "江浙沪"}}, []out{
			{pipeline.Place, "江", "江苏省", "320000", "CN", "abbrev-run"},
			{pipeline.Place, "浙", "浙江省", "330000", "CN", "place-abbrev"},
			{pipeline.Place, "沪", "上海市", "310000", "CN", "place-abbrev"},
		}},
		// Not inside a longer name, nor where two spell a division.
		{"晋冀鲁豫边区", []in{{pipeline.Place, "晋冀鲁豫边区"}}, []out{{pipeline.Place, "晋冀鲁豫边区", "晋冀鲁豫边区", "", "", "pos"}}},
		{"辽宁黑山县", []in{{pipeline.Place, "辽宁"}}, []out{{pipeline.Place, "辽宁", "辽宁省", "210000", "CN", "place-unique"}}},
		{"长江浙江段", []in{{pipeline.Place, "长江"}, {pipeline.Place, "浙江"}}, []out{
			{pipeline.Place, "长江", "长江", "", "CN", "place-foreign"},
			{pipeline.Place, "浙江", "浙江省", "330000", "CN", "place-unique"},
		}},
		// Nor where a word begins with the last one.
		{"港澳/j 青年/n", []in{{pipeline.Place, "港"}, {pipeline.Place, "澳"}}, []out{
			{pipeline.Place, "港", "香港特别行政区", "810000", "CN", "place-abbrev"},
			{pipeline.Place, "澳", "澳门特别行政区", "820000", "CN", "place-abbrev"},
		}},
		// Two are as often a name.
		{"苏青的小说", []in{{pipeline.Person, "苏青"}}, []out{{pipeline.Person, "苏青", "苏青", "", "", "pos"}}},
	}},
	{"byline-person", []example{
		{"（视频编辑：金月展 文字编辑：见红蕊）", []in{{pipeline.Person, "金月"}}, []out{
			{pipeline.Person, "金月展", "金月展", "", "", "byline-person"},
			{pipeline.Person, "见红蕊", "见红蕊", "", "", "byline-person"},
		}},
		// A reporter's question or an answer is no credit.
		{"记者：你好！记者：好的", nil, nil},
		// Set off by spaces: a name with a surname, at a line's end or before
		// the next credit.
		{"经济参考报记者 刘畅", []in{{pipeline.Person, "刘"}}, []out{
			{pipeline.Person, "刘畅", "刘畅", "", "", "byline-person"},
		}},
		{"记者 吴敏 通讯员 蒋一帆\n", []in{{pipeline.Person, "蒋"}}, []out{
			{pipeline.Person, "吴敏", "吴敏", "", "", "byline-person"},
			{pipeline.Person, "蒋一帆", "蒋一帆", "", "", "byline-person"},
		}},
		{"记者 好的 谢谢", nil, nil},
	}},
	{"abbrev-verb", []example{
		{"来/v 蓉/j 安家/ns", nil, []out{{pipeline.Place, "蓉", "四川省成都市", "510100", "CN", "place-abbrev"}}},
		{"来/v 穗/zg 投资/vn", nil, []out{{pipeline.Place, "穗", "广东省广州市", "440100", "CN", "place-abbrev"}}},
		{"在/p 新/a 的/uj 一年/m", nil, nil},
		{"潜艇/n 离/zg 港/j 出航/v", nil, nil},
	}},
	{"place-abbrev-country", []example{
		// A document that names the country reads the division's abbreviation as it.
		{"澳大利亚大选后，澳政府改变政策", []in{{pipeline.Place, "澳大利亚"}, {pipeline.Place, "澳"}}, []out{
			{pipeline.Place, "澳大利亚", "澳大利亚", "", "AU", "place-country"},
			{pipeline.Place, "澳", "澳大利亚", "", "AU", "place-abbrev-country"},
		}},
		// Not when it names the division in full as well.
		{"澳大利亚游客赴澳门，澳政府欢迎", []in{{pipeline.Place, "澳大利亚"}, {pipeline.Place, "澳门"}, {pipeline.Place, "澳"}}, []out{
			{pipeline.Place, "澳大利亚", "澳大利亚", "", "AU", "place-country"},
			{pipeline.Place, "澳门", "澳门", "", "MO", "place-country"},
			{pipeline.Place, "澳", "澳门特别行政区", "820000", "CN", "place-abbrev"},
		}},
	}},
	{"retype-person", []example{
		{"奥巴马上任之后", []in{{pipeline.Place, "奥巴马"}}, []out{{pipeline.Person, "奥巴马", "奥巴马", "", "", "retype-person"}}},
		// Not a listed name: left as the tagger said.
		{"奥地利", []in{{pipeline.Place, "奥地利"}}, []out{{pipeline.Place, "奥地利", "奥地利", "", "AT", "place-country"}}},
	}},
	{"known-org", []example{
		// An alias that ends inside a longer word is none: 中国|移动游戏.
		{"中国/ns 移动游戏/n 市场/n", []in{{pipeline.Place, "中国"}}, []out{
			{pipeline.Place, "中国", "中国", "", "CN", "place-country"},
		}},
		{"中国/ns 移动/vn 发布/v", []in{{pipeline.Place, "中国"}}, []out{
			{pipeline.Org, "中国移动", "中国移动通信集团有限公司", "", "", "org-alias"},
		}},
		// US Forces Korea is a body, not two countries' abbreviations.
		{"驻韩美军司令", []in{{pipeline.Person, "韩美军"}}, []out{{pipeline.Org, "驻韩美军", "驻韩美军", "", "", "org-alias"}}},
		// A two-character alias gse reads as one word around a one-character
		// ORG (联 of 联大); 苏联|大使 is no 联大.
		{"联大/j 高票/n 通过/p", []in{{pipeline.Org, "联"}}, []out{
			{pipeline.Org, "联大", "联合国大会", "", "", "org-alias"},
		}},
		{"苏联/ns 大使/n", []in{{pipeline.Org, "联"}}, []out{
			{pipeline.Org, "联", "联", "", "", "pos"},
		}},
		// A title or a function character gse joined to its last character
		// leaves it whole.
		{"商务/n 部将/n 持续/v", []in{{pipeline.Org, "商务"}}, []out{
			{pipeline.Org, "商务部", "中华人民共和国商务部", "", "", "org-alias"},
		}},
		{"也门胡塞武装发动袭击", []in{{pipeline.Place, "也门"}, {pipeline.Person, "胡塞武"}}, []out{
			{pipeline.Place, "也门", "也门", "", "YE", "place-country"},
			{pipeline.Org, "胡塞武装", "胡塞武装", "", "", "org-alias"},
		}},
		{"中国移动发布财报", []in{{pipeline.Place, "中国"}}, []out{{pipeline.Org, "中国移动", "中国移动通信集团有限公司", "", "", "org-alias"}}},
		// A canonical name written out counts too: the tagger cut it at 和.
		{"工业和信息化部部长", []in{{pipeline.Org, "信息化部"}}, []out{{pipeline.Org, "工业和信息化部", "工业和信息化部", "", "", "org-alias"}}},
	}},
	{"known-place", []example{
		{"以军空袭加沙地带南部", []in{{pipeline.Place, "加沙"}}, []out{{pipeline.Place, "加沙地带", "加沙地带", "", "PS", "place-foreign"}}},
		{"粤港澳大湾区建设", []in{{pipeline.Place, "粤港澳"}, {pipeline.Place, "大湾"}}, []out{{pipeline.Place, "粤港澳大湾区", "粤港澳大湾区", "", "CN", "place-foreign"}}},
		// One-character places stay split, as MSRA marks them.
		{"青藏高原东部", []in{{pipeline.Place, "青"}, {pipeline.Place, "藏"}}, []out{
			{pipeline.Place, "青", "青海省", "630000", "CN", "place-abbrev"},
			{pipeline.Place, "藏", "西藏自治区", "540000", "CN", "place-abbrev"},
		}},
	}},
	{"known-person", []example{
		{"朴槿惠政府", []in{{pipeline.Place, "~惠"}}, []out{{pipeline.Person, "朴槿惠", "朴槿惠", "", "", "known-person"}}},
		{"奥巴马政府", []in{{pipeline.Place, "奥"}, {pipeline.Place, "巴"}, {pipeline.Place, "马"}}, []out{{pipeline.Person, "奥巴马", "奥巴马", "", "", "known-person"}}},
		{"韩国外长康京和11日表示", []in{{pipeline.Person, "康京"}}, []out{{pipeline.Person, "康京和", "康京和", "", "", "known-person"}}},
		// A place ending a run of them begins no person.
		{"谈判/vn 中/f ，/x 中韩/ns 正/d 进行/v", []in{{pipeline.Place, "中"}, {pipeline.Place, "韩"}}, []out{{pipeline.Place, "中", "中", "", "", "pos"}, {pipeline.Place, "韩", "韩", "", "", "pos"}}},
		// Not characters of two words by chance.
		{"敦促/v 美韩/ns 正视/v 问题/n", []in{{pipeline.Place, "美"}, {pipeline.Place, "韩"}}, []out{
			{pipeline.Place, "美", "美国", "", "US", "place-country"},
			{pipeline.Place, "韩", "韩国", "", "KR", "place-country"},
		}},
		// The tagger's PERSON stays; its parts tagged as places go.
		{"普京访华", []in{{pipeline.Person, "普京"}}, []out{{pipeline.Person, "普京", "普京", "", "", "pos"}}},
		// A place next to a name, not inside it, stays.
		{"中巴马拉松", []in{{pipeline.Place, "中"}, {pipeline.Place, "巴"}}, []out{
			{pipeline.Place, "中", "中国", "", "CN", "place-country"},
			{pipeline.Place, "巴", "巴基斯坦", "", "PK", "place-country"},
		}},
	}},
	{"not-abbrev", []example{
		{"并不同意韩日共同调查", []in{{pipeline.Place, "意"}, {pipeline.Place, "韩"}, {pipeline.Place, "日"}}, []out{
			{pipeline.Place, "韩", "韩国", "", "KR", "place-country"},
			{pipeline.Place, "日", "日本", "", "JP", "place-country"},
		}},
		{"美日韩三边同盟", []in{{pipeline.Place, "美"}, {pipeline.Place, "日"}, {pipeline.Place, "韩"}, {pipeline.Place, "三"}}, []out{
			{pipeline.Place, "美", "美国", "", "US", "place-country"},
			{pipeline.Place, "日", "日本", "", "JP", "place-country"},
			{pipeline.Place, "韩", "韩国", "", "KR", "place-country"},
		}},
		// The same character as a country stays: 意 of 中意关系.
		{"中意关系", []in{{pipeline.Place, "中"}, {pipeline.Place, "意"}}, []out{
			{pipeline.Place, "中", "中国", "", "CN", "place-country"},
			{pipeline.Place, "意", "意大利", "", "IT", "place-country"},
		}},
	}},
	{"person-country", []example{
		{"“萨德”入韩，不排除", []in{{pipeline.Person, "韩"}}, []out{{pipeline.Place, "韩", "韩国", "", "KR", "place-country"}}},
		{"韩媒披露", []in{{pipeline.Person, "韩媒"}}, []out{{pipeline.Place, "韩", "韩国", "", "KR", "place-country"}}},
		{"在韩美军司令", []in{{pipeline.Person, "韩美军"}}, []out{
			{pipeline.Place, "韩", "韩国", "", "KR", "place-country"},
			{pipeline.Place, "美", "美国", "", "US", "place-country"},
		}},
		{"韩日两国", []in{{pipeline.Person, "韩日"}}, []out{
			{pipeline.Place, "韩", "韩国", "", "KR", "place-country"},
			{pipeline.Place, "日", "日本", "", "JP", "place-country"},
		}},
		// Also from a weak name, and after a surname's character when the
		// document names both countries.
		{"签署韩日《军事情报保护协定》", []in{{pipeline.Person, "~韩日"}}, []out{
			{pipeline.Place, "韩", "韩国", "", "KR", "place-country"},
			{pipeline.Place, "日", "日本", "", "JP", "place-country"},
		}},
		{"韩国和日本表示，韩日将合作", []in{{pipeline.Place, "韩国"}, {pipeline.Place, "日本"}, {pipeline.Person, "韩日"}}, []out{
			{pipeline.Place, "韩国", "韩国", "", "KR", "place-country"},
			{pipeline.Place, "日本", "日本", "", "JP", "place-country"},
			{pipeline.Place, "韩", "韩国", "", "KR", "place-country"},
			{pipeline.Place, "日", "日本", "", "JP", "place-country"},
		}},
		{"部分国家向乌提供武器", []in{{pipeline.Person, "向乌"}}, []out{{pipeline.Place, "乌", "乌克兰", "", "UA", "place-country"}}},
		// One character that is no surname is no name of its own.
		{"中老铁路累计运输", []in{{pipeline.Person, "中"}}, []out{{pipeline.Place, "中", "中", "", "", "person-country"}}},
		{"小李说", []in{{pipeline.Person, "李"}}, []out{{pipeline.Person, "李", "李", "", "", "pos"}}},
		// Two abbreviations, no surname first, both countries named.
		{"俄罗斯和乌克兰：俄乌分别称", []in{{pipeline.Person, "俄乌"}}, []out{
			{pipeline.Place, "俄", "俄罗斯", "", "RU", "place-country"},
			{pipeline.Place, "乌", "乌克兰", "", "UA", "place-country"},
		}},
		// Not when the document names other countries: Sierra Leone's president.
		{"塞拉利昂总统比奥表示", []in{{pipeline.Person, "比奥"}}, []out{{pipeline.Person, "比奥", "比奥", "", "", "pos"}}},
		// Alone without a context word, or a name: left as a person.
		{"发展了马列主义", []in{{pipeline.Person, "马"}}, []out{{pipeline.Person, "马", "马", "", "", "pos"}}},
		{"韩日说", []in{{pipeline.Person, "韩日"}}, []out{{pipeline.Person, "韩日", "韩日", "", "", "pos"}}},
	}},
	{"not-name", []example{
		{"部署“萨德”反导系统", []in{{pipeline.Person, "萨德"}}, nil},
		{"派出“宙斯盾”舰", []in{{pipeline.Person, "宙斯"}}, nil},
		{"发展太阳能和风能", []in{{pipeline.Place, "太阳"}}, nil},
		{"推进公立医院改革", []in{{pipeline.Org, "公立医院"}}, nil},
		{"本次会晤东道国匈牙利总理欧尔班", []in{{pipeline.Place, "东道国"}}, nil},
		// Written otherwise, the name stays.
		{"萨德·哈里里表示", []in{{pipeline.Person, "萨德·哈里里"}}, []out{{pipeline.Person, "萨德·哈里里", "萨德·哈里里", "", "", "pos"}}},
	}},
	{"person-after-title", []example{
		{"乍得总统代比、吉布提总统盖莱出席", []in{{pipeline.Place, "乍得"}, {pipeline.Place, "吉布提"}, {pipeline.Person, "盖莱"}}, []out{
			{pipeline.Place, "乍得", "乍得", "", "TD", "place-country"},
			{pipeline.Person, "代比", "代比", "", "", "person-after-title"},
			{pipeline.Place, "吉布提", "吉布提", "", "DJ", "place-country"},
			{pipeline.Person, "盖莱", "盖莱", "", "", "pos"},
		}},
		// After posts listed with 、, a party's among them.
		{"会见老挝人革党中央总书记、国家主席本扬，总理通伦", []in{{pipeline.Org, "老挝人革党中央"}, {pipeline.Person, "通伦"}}, []out{
			{pipeline.Org, "老挝人革党中央", "老挝人民革命党中央委员会", "", "", "org-alias"},
			{pipeline.Person, "本扬", "本扬", "", "", "person-after-title"},
			{pipeline.Person, "通伦", "通伦", "", "", "pos"},
		}},
		// Not words that begin or end no transliterated name.
		{"美国总统先生、法国总统夫妇和俄罗斯总统会晤。", []in{{pipeline.Place, "美国"}, {pipeline.Place, "法国"}, {pipeline.Place, "俄罗斯"}}, []out{
			{pipeline.Place, "美国", "美国", "", "US", "place-country"},
			{pipeline.Place, "法国", "法国", "", "FR", "place-country"},
			{pipeline.Place, "俄罗斯", "俄罗斯", "", "RU", "place-country"},
		}},
	}},
	{"plenum", []example{
		{"学习十九届二中、三中、四中全会精神", []in{{pipeline.Org, "三中"}}, nil},
		{"二十届三中全会", []in{{pipeline.Org, "三中"}}, nil},
		// Read as a place, or only its 中.
		{"十七届三中、四中、五中全会精神", []in{{pipeline.Place, "中"}, {pipeline.Place, "四中"}}, nil},
		// A body named after the plenum stays.
		{"四中全会中央宣讲团", []in{{pipeline.Org, "四中全会中央宣讲团"}}, []out{{pipeline.Org, "四中全会中央宣讲团", "四中全会中央宣讲团", "", "", "pos"}}},
		// A school does too.
		{"就读于三中", []in{{pipeline.Org, "三中"}}, []out{{pipeline.Org, "三中", "三中", "", "", "pos"}}},
	}},
	{"foreign-ministry", []example{
		{"法国经济和财政部长勒梅尔", []in{{pipeline.Place, "法国"}, {pipeline.Org, "财政部"}}, []out{
			{pipeline.Place, "法国", "法国", "", "FR", "place-country"},
			{pipeline.Org, "财政部", "法国财政部", "", "", "foreign-ministry"},
		}},
		// China's own, and a ministry named alone, stay the PRC's.
		{"中国和财政部", []in{{pipeline.Place, "中国"}, {pipeline.Org, "财政部"}}, []out{
			{pipeline.Place, "中国", "中国", "", "CN", "place-country"},
			{pipeline.Org, "财政部", "中华人民共和国财政部", "", "", "org-alias"},
		}},
		{"法国总统表示，财政部将", []in{{pipeline.Place, "法国"}, {pipeline.Org, "财政部"}}, []out{
			{pipeline.Place, "法国", "法国", "", "FR", "place-country"},
			{pipeline.Org, "财政部", "中华人民共和国财政部", "", "", "org-alias"},
		}},
	}},
	{"bracket-country", []example{
		{"刚果（布）总统萨苏", []in{{pipeline.Place, "刚果"}, {pipeline.Person, "萨苏"}}, []out{
			{pipeline.Place, "刚果（布）", "刚果共和国", "", "CG", "place-country"},
			{pipeline.Person, "萨苏", "萨苏", "", "", "pos"},
		}},
		// Also where the tagger took no part of it.
		{"刚果/n （/x 金/nr ）/x 总统/n 齐塞克迪/nr", []in{{pipeline.Person, "齐塞克迪"}}, []out{
			{pipeline.Place, "刚果（金）", "刚果民主共和国", "", "CD", "place-country"},
			{pipeline.Person, "齐塞克迪", "齐塞克迪", "", "", "pos"},
		}},
	}},
	{"person-masked", []example{
		{"嫌疑人/n 黄/a 某某/r 采取/v", []in{{pipeline.Person, "黄"}}, []out{{pipeline.Person, "黄某某", "黄某某", "", "", "person-masked"}}},
		{"张某/nr 说/v", []in{{pipeline.Person, "张"}}, []out{{pipeline.Person, "张某", "张某", "", "", "person-masked"}}},
		// Only a surname: 某 after a name is someone else's.
		{"张洁/nr 某/r 日/n", []in{{pipeline.Person, "张洁"}}, []out{{pipeline.Person, "张洁", "张洁", "", "", "pos"}}},
	}},
	{"boundary-repair-speech", []example{
		{"外交部长/n 朴/zg 振/v 称/v 韩日/nr", []in{{pipeline.Person, "朴振称"}}, []out{{pipeline.Person, "朴振", "朴振", "", "", "boundary-repair"}}},
	}},
	{"person-edge", []example{
		// A character gse left alone before or after a transliterated name.
		{"外交部长/n 西/f 雅尔/nrt 多/m 10/x 日/m 表示/v", []in{{pipeline.Person, "西雅尔"}}, []out{{pipeline.Person, "西雅尔多", "西雅尔多", "", "", "person-edge"}}},
		{"驻华大使/n 多/m 罗萨里奥/nrt 说/v", []in{{pipeline.Person, "罗萨里奥"}}, []out{{pipeline.Person, "多罗萨里奥", "多罗萨里奥", "", "", "person-edge"}}},
		{"总理/n 希/v 普金斯/nr 访华/v", []in{{pipeline.Person, "普金斯"}}, []out{{pipeline.Person, "希普金斯", "希普金斯", "", "", "person-edge"}}},
		{"委员长/n 将/d 分别/d 与/p 拉/v 贾帕克萨/nr 总统/n 会谈/v", []in{{pipeline.Person, "贾帕克萨"}}, []out{{pipeline.Person, "拉贾帕克萨", "拉贾帕克萨", "", "", "person-edge"}}},
		// A weak mention after a title (总司令扎|卢日内, 卢日内 at 0.01); not
		// after a preposition.
		{"总司令/n 扎/v 卢/zg 日/m 内/zg 当天/t 表示/v", []in{{pipeline.Person, "~卢日内"}}, []out{{pipeline.Person, "扎卢日内", "扎卢日内", "", "", "person-edge"}}},
		{"将/d 与/p 拉/v 贾帕克萨/nr 会谈/v", []in{{pipeline.Person, "~贾帕克萨"}}, nil},
		{"外长/n 西/f 雅尔/nrt 多/m 表示/v", []in{{pipeline.Person, "~西雅尔"}}, []out{{pipeline.Person, "西雅尔多", "西雅尔多", "", "", "person-edge"}}},
		{"，/x 西/f 雅尔/nrt 多/m 表示/v", []in{{pipeline.Person, "~西雅尔"}}, nil},
		// A name the document always writes with one more character, before
		// different characters, though few names end with it (任).
		{"创始人/n 普里/nrt 戈/nr 任/r 刑事/b 立案/n 。/x 创始人/n 普里/nrt 戈/nr 任/r 名义/n", []in{{pipeline.Person, "普里戈"}, {pipeline.Person, "普里戈"}}, []out{
			{pipeline.Person, "普里戈任", "普里戈任", "", "", "person-edge"},
			{pipeline.Person, "普里戈任", "普里戈任", "", "", "person-edge"},
		}},
		{"夫人/n 梅/nr 拉尼/nrt 娅/x 参观/n 故宫/n ，/x 迎接/v 梅/nr 拉尼/nrt 娅/x 。/x", []in{{pipeline.Person, "梅拉尼"}, {pipeline.Person, "梅拉尼"}}, []out{
			{pipeline.Person, "梅拉尼娅", "梅拉尼娅", "", "", "person-edge"},
			{pipeline.Person, "梅拉尼娅", "梅拉尼娅", "", "", "person-edge"},
		}},
		// Not before the same character each time, nor once only.
		{"创始人/n 普里/nrt 戈/nr 任/r 刑事/b 立案/n 。/x 普里/nrt 戈/nr 任/r 刑事/b", []in{{pipeline.Person, "普里戈"}, {pipeline.Person, "普里戈"}}, []out{
			{pipeline.Person, "普里戈", "普里戈", "", "", "pos"},
			{pipeline.Person, "普里戈", "普里戈", "", "", "pos"},
		}},
		// A Chinese name begun at its given name after a noun for people.
		{"选手/n 盛/v 李/nr 豪/n 夺冠/v", []in{{pipeline.Person, "李豪"}}, []out{{pipeline.Person, "盛李豪", "盛李豪", "", "", "person-edge"}}},
		// Not a function word, a count, a character no name ends with, a
		// form of address, or three countries.
		{"他/r 向/zg 李/nr 豪/n 表示/v 祝贺/v", []in{{pipeline.Person, "李豪"}}, []out{{pipeline.Person, "李豪", "李豪", "", "", "pos"}}},
		{"总理/n 米卡/nr 多次/m 表示/v", []in{{pipeline.Person, "米卡"}}, []out{{pipeline.Person, "米卡", "米卡", "", "", "pos"}}},
		{"创始人/n 普里/nrt 戈/nr 任/r 说/v", []in{{pipeline.Person, "普里戈"}}, []out{{pipeline.Person, "普里戈", "普里戈", "", "", "pos"}}},
		{"的/uj 西席/n 林/ng 霍夫/nr 宫/zg ，/x 林/ng 霍夫/nr 宫/zg 的/uj", []in{{pipeline.Person, "林霍夫"}, {pipeline.Person, "林霍夫"}}, []out{
			{pipeline.Person, "林霍夫", "林霍夫", "", "", "pos"},
			{pipeline.Person, "林霍夫", "林霍夫", "", "", "pos"},
		}},
		{"奥斯汀/nr 、/x 沙利文/nr 三/m 人/n", []in{{pipeline.Person, "奥斯汀"}, {pipeline.Person, "沙利文"}}, []out{{pipeline.Person, "奥斯汀", "奥斯汀", "", "", "pos"}, {pipeline.Person, "沙利文", "沙利文", "", "", "pos"}}},
		{"，/x 小/a 古丽/nr 的/uj 病/n", []in{{pipeline.Person, "古丽"}}, []out{{pipeline.Person, "古丽", "古丽", "", "", "pos"}}},
		{"首列/m “/x 中/f 吉乌/nr ”/x 国际/n", []in{{pipeline.Person, "吉乌"}}, []out{{pipeline.Person, "吉乌", "吉乌", "", "", "pos"}}},
		// Nor beside a name the document writes without the character.
		{"外长/n 西/f 雅尔/nrt 多/m 10/x 日/m 说/v ，/x 西雅尔/nr 表示/v", []in{{pipeline.Person, "西雅尔"}, {pipeline.Person, "西雅尔"}}, []out{{pipeline.Person, "西雅尔", "西雅尔", "", "", "pos"}, {pipeline.Person, "西雅尔", "西雅尔", "", "", "pos"}}},
	}},
	{"person-whole", []example{
		// gse took the title's last character and the name's first for a word.
		{"负责/v 人马/n 柳/n 克/zg 表示/v ，/x 马柳克/nr 说/v", []in{{pipeline.Person, "柳克"}, {pipeline.Person, "马柳克"}}, []out{
			{pipeline.Person, "马柳克", "马柳克", "", "", "person-whole"},
			{pipeline.Person, "马柳克", "马柳克", "", "", "pos"},
		}},
		// gse took the name's last character and the next word for one word.
		{"会见/n 奥/nr 廷/g 加时/v ，/x 奥廷加/nr 表示/v", []in{{pipeline.Person, "奥廷"}, {pipeline.Person, "奥廷加"}}, []out{
			{pipeline.Person, "奥廷加", "奥廷加", "", "", "person-whole"},
			{pipeline.Person, "奥廷加", "奥廷加", "", "", "pos"},
		}},
		{"徐鑫/nr 如/v 是/v 村民/n ，/x 徐鑫如/nr 说/v", []in{{pipeline.Person, "徐鑫"}, {pipeline.Person, "徐鑫如"}}, []out{
			{pipeline.Person, "徐鑫如", "徐鑫如", "", "", "person-whole"},
			{pipeline.Person, "徐鑫如", "徐鑫如", "", "", "pos"},
		}},
		{"李强/nr 同/p 米/n 舒斯京/nr 会谈/v ，/x 米舒斯京/nr 表示/v", []in{{pipeline.Person, "李强"}, {pipeline.Person, "舒斯京"}, {pipeline.Person, "米舒斯京"}}, []out{
			{pipeline.Person, "李强", "李强", "", "", "pos"},
			{pipeline.Person, "米舒斯京", "米舒斯京", "", "", "person-whole"},
			{pipeline.Person, "米舒斯京", "米舒斯京", "", "", "pos"},
		}},
		// Not into a word (宣|读), nor over a word that makes a thing.
		{"蔡奇/nr 宣读/v 决定/n ，/x 蔡奇宣/nr", []in{{pipeline.Person, "蔡奇"}, {pipeline.Person, "蔡奇宣"}}, []out{
			{pipeline.Person, "蔡奇", "蔡奇", "", "", "pos"},
			{pipeline.Person, "蔡奇宣", "蔡奇宣", "", "", "pos"},
		}},
	}},
	{"vessel-name", []example{
		// A name quoted whole before 号 or 舰 names a ship.
		{"美国/ns “/x 卡尔/nr ·/x 文森/nr ”/x 号/m 航母/n", []in{{pipeline.Place, "美国"}, {pipeline.Person, "卡尔·文森"}}, []out{{pipeline.Place, "美国", "美国", "", "US", "place-country"}}},
		{"“/x 美国/ns ”/x 号/m 两栖/n 攻击舰/n", []in{{pipeline.Place, "美国"}}, nil},
		{"“/x 郑和/nr ”/x 舰/n 抵达/v", []in{{pipeline.Person, "郑和"}}, nil},
		// So does one before a word for a weapon, a pipeline or a class, or one ending in 号 inside them.
		{"“/x 北溪/ns ”/x 天然气/n 管道/n", []in{{pipeline.Place, "北溪"}}, nil},
		{"“/x 北极星/ns ”/x 导弹/n", []in{{pipeline.Place, "北极星"}}, nil},
		{"“/x 阿利/nr ·/x 伯克/nr ”/x 级/n 驱逐舰/n", []in{{pipeline.Person, "阿利·伯克"}}, nil},
		{"“/x 天安号/ns ”/x 事件/n", []in{{pipeline.Place, "天安号"}}, nil},
		// Not before a word that begins like one (号召, 轮值).
		{"“/x 美国/ns ”/x 号召/v", []in{{pipeline.Place, "美国"}}, []out{{pipeline.Place, "美国", "美国", "", "US", "place-country"}}},
		// A Chinese place right before 舰 names a warship; a country's ship and a fleet do not.
		{"辽宁舰/n 抵达/v 海口/ns 舰/n", []in{{pipeline.Place, "辽宁"}, {pipeline.Place, "海口"}}, nil},
		{"俄罗斯/ns 舰/n 抵达/v", []in{{pipeline.Place, "俄罗斯"}}, []out{{pipeline.Place, "俄罗斯", "俄罗斯", "", "RU", "place-country"}}},
		{"海口/ns 舰艇/n 抵达/v", []in{{pipeline.Place, "海口"}}, []out{{pipeline.Place, "海口", "海南省海口市", "460100", "CN", "place-unique"}}},
	}},
	{"person-context", []example{
		{"渝昆高铁全线贯通", []in{{pipeline.Person, "渝昆"}}, nil},
		{"台风“韦帕”带来强降雨", []in{{pipeline.Person, "韦帕"}}, nil},
		// The storm's name, wherever the document writes it, is no name.
		{"飓风“玛丽亚”过后，古巴的“玛丽亚”损失", []in{{pipeline.Place, "古巴"}, {pipeline.Org, "玛丽亚"}}, []out{{pipeline.Place, "古巴", "古巴", "", "CU", "place-country"}}},
		{"台风“苏拉”影响江苏", []in{{pipeline.Place, "苏"}, {pipeline.Place, "江苏"}}, []out{{pipeline.Place, "江苏", "江苏省", "320000", "CN", "place-unique"}}},
		{"台风“泰利”登陆。古巴的泰利损失", []in{{pipeline.Place, "古巴"}, {pipeline.Person, "泰利"}}, []out{{pipeline.Place, "古巴", "古巴", "", "CU", "place-country"}}},
		{"王勇表示", []in{{pipeline.Person, "王勇"}}, []out{{pipeline.Person, "王勇", "王勇", "", "", "pos"}}},
	}},
	{"state-form", []example{
		{"对/p 西班牙/ns 王国/ns 进行/v 国事访问/n", []in{{pipeline.Place, "西班牙"}}, []out{{pipeline.Place, "西班牙王国", "西班牙", "", "ES", "place-country"}}},
		// 联邦 is also "federal": only a listed name is a state's form.
		{"巴西/ns 联邦/ns 法官/n 莫罗/nr", []in{{pipeline.Place, "巴西"}, {pipeline.Person, "莫罗"}}, []out{{pipeline.Place, "巴西", "巴西", "", "BR", "place-country"}, {pipeline.Person, "莫罗", "莫罗", "", "", "pos"}}},
	}},
	{"settlement-place", []example{
		{"叙利亚北部城市曼比季的前线", []in{{pipeline.Place, "叙利亚"}, {pipeline.Person, "曼比季"}}, []out{{pipeline.Place, "叙利亚", "叙利亚", "", "SY", "place-country"}, {pipeline.Place, "曼比季", "曼比季", "", "", "settlement-place"}}},
		// Weak as the tagger is, the kind of place decides.
		{"格陵兰岛首府努克的天空", []in{{pipeline.Person, "努克"}}, []out{{pipeline.Place, "努克", "努克", "", "", "settlement-place"}}},
		// Not a word after it, nor a name after a word that only ends like one.
		{"城市/ns 周边游/nr 为主/v", []in{{pipeline.Person, "周边游"}}, []out{{pipeline.Person, "周边游", "周边游", "", "", "pos"}}},
		{"首都市民王小明说", []in{{pipeline.Person, "王小明"}}, []out{{pipeline.Person, "王小明", "王小明", "", "", "pos"}}},
	}},
	{"country-side", []example{
		{"吉方愿意", []in{{pipeline.Person, "吉方愿"}}, []out{{pipeline.Place, "吉", "吉尔吉斯斯坦", "", "KG", "place-country"}}},
		// A character that abbreviates no country stands for the one the
		// document names with it.
		{"卢森堡首相表示，卢方愿同中方合作", []in{{pipeline.Place, "卢森堡"}, {pipeline.Person, "~卢方"}}, []out{
			{pipeline.Place, "卢森堡", "卢森堡", "", "LU", "place-country"},
			{pipeline.Place, "卢", "卢森堡", "", "LU", "place-country-initial"},
		}},
		{"卢森堡和卢旺达表示，卢方愿同中方合作", []in{{pipeline.Place, "卢森堡"}, {pipeline.Place, "卢旺达"}, {pipeline.Person, "卢方"}}, []out{
			{pipeline.Place, "卢森堡", "卢森堡", "", "LU", "place-country"},
			{pipeline.Place, "卢旺达", "卢旺达", "", "RW", "place-country"},
			{pipeline.Person, "卢方", "卢方", "", "", "pos"},
		}},
		// A person whose name only starts like one keeps it.
		{"方正说", []in{{pipeline.Person, "方正"}}, []out{{pipeline.Person, "方正", "方正", "", "", "pos"}}},
		// The tagger began the name at the side's 方.
		{"哈方愿同中方", []in{{pipeline.Person, "方愿"}}, []out{{pipeline.Place, "哈", "哈萨克斯坦", "", "KZ", "place-country"}}},
		// Also when the tagger read the character as a place too weak to
		// stand on its own.
		{"哈方愿同中方", []in{{pipeline.Place, "~哈"}, {pipeline.Person, "方愿"}}, []out{{pipeline.Place, "哈", "哈萨克斯坦", "", "KZ", "place-country"}}},
		{"李方愿意", []in{{pipeline.Person, "方愿"}}, []out{{pipeline.Person, "方愿", "方愿", "", "", "pos"}}},
	}},
	{"place-abbrev", []example{
		{"来蓉安家", []in{{pipeline.Place, "蓉"}}, []out{{pipeline.Place, "蓉", "四川省成都市", "510100", "CN", "place-abbrev"}}},
		{"进京", []in{{pipeline.Place, "京"}}, []out{{pipeline.Place, "京", "北京市", "110000", "CN", "place-abbrev"}}},
	}},
	{"place-province", []example{
		{"天津降雨。河北北部降雪", []in{{pipeline.Place, "天津"}, {pipeline.Place, "河北"}}, []out{
			{pipeline.Place, "天津", "天津市", "120000", "CN", "place-unique"},
			{pipeline.Place, "河北", "河北省", "130000", "CN", "place-province"},
		}},
		// The county's parent right before it names the county.
		{"天津河北居民", []in{{pipeline.Place, "天津"}, {pipeline.Place, "河北"}}, []out{
			{pipeline.Place, "天津", "天津市", "120000", "CN", "place-unique"},
			{pipeline.Place, "河北", "天津市河北区", "120105", "CN", "place-context"},
		}},
	}},
	{"place-list", []example{
		{"青海西宁。上海、福建、海南、重庆", []in{{pipeline.Place, "青海"}, {pipeline.Place, "西宁"}, {pipeline.Place, "上海"}, {pipeline.Place, "福建"}, {pipeline.Place, "海南"}, {pipeline.Place, "重庆"}}, []out{
			{pipeline.Place, "青海", "青海省", "630000", "CN", "place-unique"},
			{pipeline.Place, "西宁", "青海省西宁市", "630100", "CN", "place-unique"},
			{pipeline.Place, "上海", "上海市", "310000", "CN", "place-unique"},
			{pipeline.Place, "福建", "福建省", "350000", "CN", "place-unique"},
			{pipeline.Place, "海南", "海南省", "460000", "CN", "place-list"},
			{pipeline.Place, "重庆", "重庆市", "500000", "CN", "place-unique"},
		}},
	}},
	{"place-level", []example{
		{"吉林", []in{{pipeline.Place, "吉林"}}, []out{{pipeline.Place, "吉林", "吉林省", "220000", "CN", "place-level"}}},
		// Two districts of the same level: no code without context.
		{"朝阳区", []in{{pipeline.Place, "朝阳区"}}, []out{{pipeline.Place, "朝阳区", "朝阳区", "", "", "pos"}}},
	}},
	{"org-alias-term", []example{
		{"十四届全国人大常委会委员长", []in{{pipeline.Org, "十四届全国人大常委会"}}, []out{{pipeline.Org, "十四届全国人大常委会", "全国人民代表大会常务委员会", "", "", "org-alias-term"}}},
		{"第十三届全国政协", []in{{pipeline.Org, "第十三届全国政协"}}, []out{{pipeline.Org, "第十三届全国政协", "中国人民政治协商会议全国委员会", "", "", "org-alias-term"}}},
	}},
	{"org-term", []example{
		// The tagger left the term out: the mention takes it in.
		{"十三届全国人大常委会第十一次会议", []in{{pipeline.Org, "全国人大常委会"}}, []out{{pipeline.Org, "十三届全国人大常委会", "全国人民代表大会常务委员会", "", "", "org-term"}}},
		{"第六届中央政治局", []in{{pipeline.Org, "中央政治局"}}, []out{{pipeline.Org, "第六届中央政治局", "中共中央政治局", "", "", "org-term"}}},
		// No number, no term; and only legislatures and party bodies.
		{"本届全国人大常委会", []in{{pipeline.Org, "全国人大常委会"}}, []out{{pipeline.Org, "全国人大常委会", "全国人民代表大会常务委员会", "", "", "org-alias"}}},
		// Nor a numeral of a word that says which term (新一届).
		{"新一届/b 全国人大/j 代表/n", []in{{pipeline.Org, "全国人大"}}, []out{{pipeline.Org, "全国人大", "全国人民代表大会", "", "", "org-alias"}}},
		{"第73届联合国大会", []in{{pipeline.Org, "联合国大会"}}, []out{{pipeline.Org, "联合国大会", "联合国大会", "", "", "org-alias"}}},
	}},
	{"org-short", []example{
		{"以/p 中韩创新创业园/nt 为例/v 。/x 中韩/ns 园/zg 已/d 累计/v", []in{{pipeline.Org, "中韩创新创业园"}, {pipeline.Place, "中"}, {pipeline.Place, "韩"}}, []out{
			{pipeline.Org, "中韩创新创业园", "中韩创新创业园", "", "", "pos"},
			{pipeline.Org, "中韩园", "中韩创新创业园", "", "", "coref-abbrev"},
		}},
		// A short form leaves out the country joined to the full name.
		{"日本东京电力公司称。东电公司说", []in{{pipeline.Place, "日本"}, {pipeline.Org, "东京电力公司"}, {pipeline.Org, "东电公司"}}, []out{
			{pipeline.Org, "日本东京电力公司", "日本东京电力公司", "", "", "place-org-join"},
			{pipeline.Org, "东电公司", "日本东京电力公司", "", "", "coref-abbrev"},
		}},
		// Not one of two characters: 国会 is no 美国国家安全委员会.
		{"美国国家安全委员会称。国会说", []in{{pipeline.Place, "美国"}, {pipeline.Org, "国家安全委员会"}, {pipeline.Org, "国会"}}, []out{
			{pipeline.Org, "美国国家安全委员会", "美国国家安全委员会", "", "", "place-org-join"},
			{pipeline.Org, "国会", "国会", "", "", "pos"},
		}},
		// Not where the first characters are a common word (儿童/n 会/v).
		{"儿童医院协会/nt 表示/v 。/x 儿童/n 会/v 传染/v", []in{{pipeline.Org, "儿童医院协会"}}, []out{
			{pipeline.Org, "儿童医院协会", "儿童医院协会", "", "", "pos"},
		}},
	}},
	{"party-congress", []example{
		{"学习党的二十大精神", nil, []out{{pipeline.Org, "二十大", "中国共产党第二十次全国代表大会", "", "", "party-congress"}}},
		{"十九大以来", nil, []out{{pipeline.Org, "十九大", "中国共产党第十九次全国代表大会", "", "", "party-congress"}}},
		// A count of big things, or part of a larger number, is none.
		{"推动二十大战略性产业", nil, nil},
		{"评选出十大新闻", nil, nil},
		{"一百二十大精神", nil, nil},
		{"迎接/v 越共/d 十四大/j 胜利/vn 召开/v", nil, nil},
		{"，/x 十八大/j 代表/n", nil, []out{{pipeline.Org, "十八大", "中国共产党第十八次全国代表大会", "", "", "party-congress"}}},
		// The tagger's 中共十八大 gets the congress's name too.
		{"中共十八大以来", []in{{pipeline.Org, "中共十八大"}}, []out{{pipeline.Org, "中共十八大", "中国共产党第十八次全国代表大会", "", "", "party-congress"}}},
	}},
	{"event-abbrev", []example{
		// MSRA marks the character LOC; it names no place.
		{"杭州亚运会", []in{{pipeline.Place, "亚"}}, []out{{pipeline.Place, "亚", "亚", "", "", "event-abbrev"}}},
		{"南京亚青会", []in{{pipeline.Place, "青"}}, []out{{pipeline.Place, "青", "青", "", "", "event-abbrev"}}},
		{"北京冬奥会开幕", []in{{pipeline.Place, "奥"}}, []out{{pipeline.Place, "奥", "奥", "", "", "event-abbrev"}}},
		// A country's abbreviation outside the games' names stays.
		{"奥方愿同中方", []in{{pipeline.Place, "奥"}}, []out{{pipeline.Place, "奥", "奥地利", "", "AT", "place-country"}}},
	}},
	{"country-body", []example{
		{"俄国防部表示", []in{{pipeline.Org, "俄国防部"}}, []out{{pipeline.Org, "俄国防部", "俄罗斯国防部", "", "", "country-body"}}},
		{"美海军舰艇", []in{{pipeline.Org, "美海军"}}, []out{{pipeline.Org, "美海军", "美国海军", "", "", "country-body"}}},
		// Not a body of the list: 韩民族日报 is a newspaper's name.
		{"据韩民族日报报道", []in{{pipeline.Org, "韩民族日报"}}, []out{{pipeline.Org, "韩民族日报", "韩民族日报", "", "", "pos"}}},
	}},
	{"org-alias", []example{
		{"中国外交部发言人", []in{{pipeline.Org, "中国外交部"}}, []out{{pipeline.Org, "中国外交部", "中华人民共和国外交部", "", "", "org-alias"}}},
		// Before 长官 the ministry is not China's.
		{"外交部长官康京和", []in{{pipeline.Org, "外交部"}}, []out{{pipeline.Org, "外交部", "外交部", "", "", "pos"}}},
		// A company the tagger read as a person.
		{"比亚迪发布新车", []in{{pipeline.Person, "比亚迪"}}, []out{{pipeline.Org, "比亚迪", "比亚迪股份有限公司", "", "", "org-alias"}}},
		{"中科院和ITER", []in{{pipeline.Org, "中科院"}, {pipeline.Org, "ITER"}}, []out{
			{pipeline.Org, "中科院", "中国科学院", "", "", "org-alias"},
			{pipeline.Org, "ITER", "国际热核聚变实验堆组织", "", "", "org-alias"},
		}},
	}},
	{"dept-alias", []example{
		{"成都市科技局", []in{{pipeline.Org, "成都市科技局"}}, []out{{pipeline.Org, "成都市科技局", "成都市科学技术局", "", "", "dept-alias"}}},
		{"四川省科技厅", []in{{pipeline.Org, "四川省科技厅"}}, []out{{pipeline.Org, "四川省科技厅", "四川省科学技术厅", "", "", "dept-alias"}}},
	}},
	{"dept-extend", []example{
		// The tagger stopped at 和; the department is written out in full.
		{"区发展和改革局副局长", []in{{pipeline.Org, "改革局"}}, []out{{pipeline.Org, "区发展和改革局", "区发展和改革局", "", "", "dept-extend"}}},
		{"经济和信息化局", []in{{pipeline.Org, "信息化局"}}, []out{{pipeline.Org, "经济和信息化局", "经济和信息化局", "", "", "dept-extend"}}},
		// Another mention before it: left alone.
		{"发展和改革局", []in{{pipeline.Org, "发展"}, {pipeline.Org, "改革局"}}, []out{
			{pipeline.Org, "发展", "发展", "", "", "pos"},
			{pipeline.Org, "改革局", "改革局", "", "", "pos"},
		}},
	}},
	{"field-join", []example{
		// The tagger stopped at 和; the body joins two fields in its name.
		{"美国/ns 住房/n 和/c 城市/n 发展部/n", []in{{pipeline.Place, "美国"}, {pipeline.Org, "城市发展部"}}, []out{
			{pipeline.Org, "美国住房和城市发展部", "美国住房和城市发展部", "", "", "place-org-join"},
		}},
		{"农业/n 和/c 农村/n 委员会/n", []in{{pipeline.Org, "农村委员会"}}, []out{{pipeline.Org, "农业和农村委员会", "农业和农村委员会", "", "", "field-join"}}},
		// Not over a body of its own, a place, a break, nor before an association.
		{"司法部门/n 和/c 铁路/n 事故/n 委员会/n", []in{{pipeline.Org, "铁路事故委员会"}}, []out{{pipeline.Org, "铁路事故委员会", "铁路事故委员会", "", "", "pos"}}},
		{"中国/ns 和/c 美国政府/nt", []in{{pipeline.Place, "中国"}, {pipeline.Org, "美国政府"}}, []out{
			{pipeline.Place, "中国", "中国", "", "CN", "place-country"},
			{pipeline.Org, "美国政府", "美国政府", "", "", "pos"},
		}},
		{"企业/n 和/c 行业/n 协会/n", []in{{pipeline.Org, "行业协会"}}, []out{{pipeline.Org, "行业协会", "行业协会", "", "", "pos"}}},
		{"教育/vn 、/x 卫生/an 和/c 人口部/n", []in{{pipeline.Org, "人口部"}}, []out{{pipeline.Org, "卫生和人口部", "卫生和人口部", "", "", "field-join"}}},
	}},
	{"relative-dept", []example{
		{"成都。市科技局称", []in{{pipeline.Place, "成都"}, {pipeline.Org, "市科技局"}}, []out{
			{pipeline.Place, "成都", "四川省成都市", "510100", "CN", "place-unique"},
			{pipeline.Org, "市科技局", "成都市科学技术局", "", "", "relative-dept"},
		}},
		{"四川成都。省科技厅", []in{{pipeline.Place, "四川"}, {pipeline.Place, "成都"}, {pipeline.Org, "省科技厅"}}, []out{
			{pipeline.Place, "四川", "四川省", "510000", "CN", "place-unique"},
			{pipeline.Place, "成都", "四川省成都市", "510100", "CN", "place-unique"},
			{pipeline.Org, "省科技厅", "四川省科学技术厅", "", "", "relative-dept"},
		}},
		{"上海。市科技局", []in{{pipeline.Place, "上海"}, {pipeline.Org, "市科技局"}}, []out{
			{pipeline.Place, "上海", "上海市", "310000", "CN", "place-unique"},
			{pipeline.Org, "市科技局", "上海市科学技术局", "", "", "relative-dept"},
		}},
		// No city in the document: the relative name stays as written.
		{"市科技局", []in{{pipeline.Org, "市科技局"}}, []out{{pipeline.Org, "市科技局", "市科技局", "", "", "pos"}}},
	}},
	{"coref-suffix", []example{
		{"中国科学院成都生物研究所。成都生物研究所", []in{{pipeline.Org, "中国科学院成都生物研究所"}, {pipeline.Org, "成都生物研究所"}}, []out{
			{pipeline.Org, "中国科学院成都生物研究所", "中国科学院成都生物研究所", "", "", "pos"},
			{pipeline.Org, "成都生物研究所", "中国科学院成都生物研究所", "", "", "coref-suffix"},
		}},
		// The suffix alone refers back too.
		{"全国人大常委会会议。常委会委员出席。", []in{{pipeline.Org, "全国人大常委会"}, {pipeline.Org, "常委会"}}, []out{
			{pipeline.Org, "全国人大常委会", "全国人民代表大会常务委员会", "", "", "org-alias"},
			{pipeline.Org, "常委会", "全国人民代表大会常务委员会", "", "", "coref-suffix"},
		}},
		// Not a government's body alone, which names the state's own.
		{"美国国务院发表声明。国务院常务会议召开。", []in{{pipeline.Org, "美国国务院"}, {pipeline.Org, "国务院"}}, []out{
			{pipeline.Org, "美国国务院", "美国国务院", "", "", "pos"},
			{pipeline.Org, "国务院", "国务院", "", "", "pos"},
		}},
	}},
	{"place-org", []example{
		// A body right after a foreign country is that country's, whatever
		// body of the name came before, and one name with it.
		{"越南国防部。新加坡国防部", []in{{pipeline.Org, "越南国防部"}, {pipeline.Place, "新加坡"}, {pipeline.Org, "国防部"}}, []out{
			{pipeline.Org, "越南国防部", "越南国防部", "", "", "pos"},
			{pipeline.Org, "新加坡国防部", "新加坡国防部", "", "", "place-org-join"},
		}},
		// Listed after another country, it keeps apart; so does a place
		// before a headquarters, which it locates.
		{"中国、新加坡国防部", []in{{pipeline.Place, "中国"}, {pipeline.Place, "新加坡"}, {pipeline.Org, "国防部"}}, []out{
			{pipeline.Place, "中国", "中国", "", "CN", "place-country"},
			{pipeline.Place, "新加坡", "新加坡", "", "SG", "place-country"},
			{pipeline.Org, "国防部", "新加坡国防部", "", "", "place-org"},
		}},
		{"在比利时欧洲理事会总部", []in{{pipeline.Place, "比利时"}, {pipeline.Org, "欧洲理事会总部"}}, []out{
			{pipeline.Place, "比利时", "比利时", "", "BE", "place-country"},
			{pipeline.Org, "欧洲理事会总部", "比利时欧洲理事会总部", "", "", "place-org"},
		}},
		// A country is a member of an international organization.
		{"给予伊朗上海合作组织成员国地位", []in{{pipeline.Place, "伊朗"}, {pipeline.Org, "上海合作组织"}}, []out{
			{pipeline.Place, "伊朗", "伊朗", "", "IR", "place-country"},
			{pipeline.Org, "上海合作组织", "上海合作组织", "", "", "org-alias"},
		}},
		// Not after a country of a pair (中蒙), nor for a body of several.
		{"越南国防部。中蒙国防部", []in{{pipeline.Org, "越南国防部"}, {pipeline.Place, "中"}, {pipeline.Place, "蒙"}, {pipeline.Org, "国防部"}}, []out{
			{pipeline.Org, "越南国防部", "越南国防部", "", "", "pos"},
			{pipeline.Place, "中", "中国", "", "CN", "place-country"},
			{pipeline.Place, "蒙", "蒙古", "", "MN", "place-country"},
			{pipeline.Org, "国防部", "越南国防部", "", "", "coref-suffix"},
		}},
	}},
	{"coref-abbrev", []example{
		{"中韩创新创业园。中韩园", []in{{pipeline.Org, "中韩创新创业园"}, {pipeline.Org, "中韩园"}}, []out{
			{pipeline.Org, "中韩创新创业园", "中韩创新创业园", "", "", "pos"},
			{pipeline.Org, "中韩园", "中韩创新创业园", "", "", "coref-abbrev"},
		}},
		// A doubted full form with a verb inside names no later short form.
		{"日本/ns 推动/v 海上/s 保安厅/n 军事化/v 。/x 日本/ns 海上/s 保安厅/n", []in{{pipeline.Org, "~日本推动海上保安厅"}, {pipeline.Org, "日本海上保安厅"}}, []out{
			{pipeline.Org, "日本推动海上保安厅", "日本推动海上保安厅", "", "", "pos"},
			{pipeline.Org, "日本海上保安厅", "日本海上保安厅", "", "", "pos"},
		}},
		// A name the document has used as its own is no short form of a
		// later one: 中国科学院 after 中国科学院 and 中国社会科学院.
		{"中国美术馆。中国国家美术馆。中国美术馆", []in{{pipeline.Org, "中国美术馆"}, {pipeline.Org, "中国国家美术馆"}, {pipeline.Org, "中国美术馆"}}, []out{
			{pipeline.Org, "中国美术馆", "中国美术馆", "", "", "pos"},
			{pipeline.Org, "中国国家美术馆", "中国国家美术馆", "", "", "pos"},
			{pipeline.Org, "中国美术馆", "中国美术馆", "", "", "pos"},
		}},
		// Suffixes of two kinds: no short form.
		{"山东省烟台市委。山东省委", []in{{pipeline.Org, "山东省烟台市委"}, {pipeline.Org, "山东省委"}}, []out{
			{pipeline.Org, "山东省烟台市委", "山东省烟台市委", "", "", "pos"},
			{pipeline.Org, "山东省委", "山东省委", "", "", "pos"},
		}},
		{"中央纪律检查委员会常务委员会。中央纪委常委会", []in{{pipeline.Org, "中央纪律检查委员会常务委员会"}, {pipeline.Org, "中央纪委常委会"}}, []out{
			{pipeline.Org, "中央纪律检查委员会常务委员会", "中央纪律检查委员会常务委员会", "", "", "pos"},
			{pipeline.Org, "中央纪委常委会", "中央纪律检查委员会常务委员会", "", "", "coref-abbrev"},
		}},
		{"中国红十字会第十二次全国会员代表大会。中国红十字会", []in{{pipeline.Org, "中国红十字会第十二次全国会员代表大会"}, {pipeline.Org, "中国红十字会"}}, []out{
			{pipeline.Org, "中国红十字会第十二次全国会员代表大会", "中国红十字会第十二次全国会员代表大会", "", "", "pos"},
			{pipeline.Org, "中国红十字会", "中国红十字会", "", "", "pos"},
		}},
		// Two candidates fit 中园: no antecedent.
		{"中韩创新创业园。中日产业园。中园", []in{{pipeline.Org, "中韩创新创业园"}, {pipeline.Org, "中日产业园"}, {pipeline.Org, "中园"}}, []out{
			{pipeline.Org, "中韩创新创业园", "中韩创新创业园", "", "", "pos"},
			{pipeline.Org, "中日产业园", "中日产业园", "", "", "pos"},
			{pipeline.Org, "中园", "中园", "", "", "pos"},
		}},
	}},
	{"coref-surname", []example{
		{"阿什顿·卡特表示。卡特说", []in{{pipeline.Person, "阿什顿·卡特"}, {pipeline.Person, "卡特"}}, []out{
			{pipeline.Person, "阿什顿·卡特", "阿什顿·卡特", "", "", "pos"},
			{pipeline.Person, "卡特", "阿什顿·卡特", "", "", "coref-surname"},
		}},
		// A known name is its bearer's.
		{"亨特·拜登受审。拜登说", []in{{pipeline.Person, "亨特·拜登"}, {pipeline.Person, "拜登"}}, []out{
			{pipeline.Person, "亨特·拜登", "亨特·拜登", "", "", "pos"},
			{pipeline.Person, "拜登", "拜登", "", "", "pos"},
		}},
	}},
	{"coref-title", []example{
		{"研究员孙庚说。孙研究员", []in{{pipeline.Person, "孙庚"}, {pipeline.Person, "孙研究员"}}, []out{
			{pipeline.Person, "孙庚", "孙庚", "", "", "pos"},
			{pipeline.Person, "孙研究员", "孙庚", "", "", "coref-title"},
		}},
	}},
}

// TestPKUAbbrevs checks that the pku style adds no abbreviation the tagger
// missed, as People's Daily marks none.
func TestPKUAbbrevs(t *testing.T) {
	s, err := New(Options{Style: "pku"})
	if err != nil {
		t.Fatal(err)
	}
	d := docWith(t, "上合/j 组织/n 峰会/n", nil)
	if err := s.Process(d); err != nil {
		t.Fatal(err)
	}
	if len(d.Mentions) != 0 {
		t.Errorf("pku style: got %+v, want no mention", d.Mentions)
	}
	// Nor a run of province abbreviations, which the tagger may call a person.
	d = docWith(t, "苏浙皖/nr 三省/m", []in{{pipeline.Person, "苏浙皖"}})
	if err := s.Process(d); err != nil {
		t.Fatal(err)
	}
	if len(d.Mentions) != 0 {
		t.Errorf("pku style: got %+v, want no mention for 苏浙皖", d.Mentions)
	}
	// People's Daily marks no part of a country's side.
	d = docWith(t, "韩方/j 愿意/v", []in{{pipeline.Person, "韩方"}})
	if err := s.Process(d); err != nil {
		t.Fatal(err)
	}
	if len(d.Mentions) != 0 {
		t.Errorf("pku style: got %+v, want no mention for 韩方", d.Mentions)
	}
	// Nor the character of a games' name (event-abbrev).
	d = docWith(t, "杭州亚运会", []in{{pipeline.Place, "亚"}})
	if err := s.Process(d); err != nil {
		t.Fatal(err)
	}
	if len(d.Mentions) != 0 {
		t.Errorf("pku style: got %+v, want no mention for 亚 of 亚运会", d.Mentions)
	}
	// A military region is an organization in People's Daily, a place the
	// tagger's way under msra; the district 点军区 is a place in both.
	for _, c := range []struct {
		st         *Stage
		text, name string
		want       string
	}{
		{s, "南京/ns 军区/n 司令员/n", "南京军区", pipeline.Org},
		{newStage(t), "南京/ns 军区/n 司令员/n", "南京军区", pipeline.Place},
		{s, "宜昌/ns 点军区/ns", "点军区", pipeline.Place},
	} {
		d = docWith(t, c.text, []in{{pipeline.Place, c.name}})
		if err := c.st.Process(d); err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, m := range d.Mentions {
			if m.Text == c.name {
				got = m.Type
			}
		}
		if got != c.want {
			t.Errorf("%s: got %+v, want it a %s", c.name, d.Mentions, c.want)
		}
	}
	// Nor a person inside a theory's name, which MSRA marks.
	for _, st := range []struct {
		s    *Stage
		want int
	}{{s, 0}, {newStage(t), 1}} {
		d = docWith(t, "以/p 习近平/nr 新/a 时代/n 中国/ns 特色/n 社会主义/n 思想/n", nil)
		if err := st.s.Process(d); err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, m := range d.Mentions {
			if m.Type == pipeline.Person {
				n++
			}
		}
		if n != st.want {
			t.Errorf("%d PERSON mentions in 习近平新时代中国特色社会主义思想, want %d", n, st.want)
		}
	}
	// People's Daily marks the place a ship is named after; MSRA does not.
	for _, st := range []struct {
		s    *Stage
		want int
	}{{s, 1}, {newStage(t), 0}} {
		d = docWith(t, "由/p “/x 青岛/ns ”/x 号/m 导弹/n 驱逐舰/n", []in{{pipeline.Place, "青岛"}})
		if err := st.s.Process(d); err != nil {
			t.Fatal(err)
		}
		if len(d.Mentions) != st.want {
			t.Errorf("“青岛”号导弹驱逐舰: %+v, want %d mentions", d.Mentions, st.want)
		}
	}
}

func newStage(t testing.TB) *Stage {
	t.Helper()
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// docWith builds a document whose mentions were found by a tagger with rule
// "pos", and whose tokens are the words of a text written as word/pos pairs.
func docWith(t *testing.T, text string, ms []in) *pipeline.Doc {
	t.Helper()
	var toks []pipeline.Token
	if strings.Contains(text, "/") {
		var b strings.Builder
		n := 0
		for _, f := range strings.Fields(text) {
			word, pos, ok := strings.Cut(f, "/")
			if !ok || word == "" {
				t.Fatalf("%q: %q is not word/pos", text, f)
			}
			k := len([]rune(word))
			toks = append(toks, pipeline.Token{Start: n, End: n + k, Text: word, Pos: pos})
			b.WriteString(word)
			n += k
		}
		text = b.String()
	}
	d := &pipeline.Doc{Text: text, Tokens: toks, Sentences: []pipeline.Sentence{{Start: 0, End: len([]rune(text))}}}
	from := 0
	for _, m := range ms {
		conf := 0.5
		name, weak := strings.CutPrefix(m.text, "~")
		if weak {
			conf = 0.05
		}
		i := strings.Index(text[from:], name)
		if i < 0 {
			t.Fatalf("%q: no %q after byte %d", text, name, from)
		}
		start := d.RuneOffset(from + i)
		d.AddMention(pipeline.Mention{Type: m.typ, Start: start, End: start + len([]rune(name)), Entity: name, Stage: "tagger", Rule: "pos", Confidence: conf})
		from += i + len(name)
	}
	return d
}

func lastRule(rule string) string {
	if i := strings.LastIndex(rule, "|"); i >= 0 {
		return rule[i+1:]
	}
	return rule
}

func TestRules(t *testing.T) {
	s := newStage(t)
	for _, r := range rules {
		for _, ex := range r.examples {
			d := docWith(t, ex.text, ex.in)
			if err := s.Process(d); err != nil {
				t.Fatal(err)
			}
			pipeline.SortMentions(d.Mentions)
			var got []out
			for _, m := range d.Mentions {
				got = append(got, out{m.Type, m.Text, m.Entity, m.PlaceCode, m.Country, lastRule(m.Rule)})
				if m.Text != d.Slice(m.Start, m.End) {
					t.Errorf("%s: %q: mention text %q is not its span %q", r.name, ex.text, m.Text, d.Slice(m.Start, m.End))
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(ex.want) {
				t.Errorf("%s: %q\n got %v\nwant %v", r.name, ex.text, got, ex.want)
			}
			// A mention the stage made names first the rule that made it.
			for _, m := range d.Mentions {
				if m.Stage == Name && !strings.HasPrefix(m.Rule, r.name) {
					t.Errorf("%s: %q: mention %q made by rule %q", r.name, ex.text, m.Text, m.Rule)
				}
			}
		}
	}
}

// TestSplitKeepsProvenance checks that a split chain's parts are new
// mentions of this stage that keep the confidence of the mention they replace.
func TestSplitKeepsProvenance(t *testing.T) {
	d := docWith(t, "四川省成都市", []in{{pipeline.Place, "四川省成都市"}})
	if err := newStage(t).Process(d); err != nil {
		t.Fatal(err)
	}
	if len(d.Mentions) != 2 {
		t.Fatalf("got %d mentions, want 2", len(d.Mentions))
	}
	for _, m := range d.Mentions {
		if m.Stage != Name || m.Confidence != 0.5 || m.ID == 0 || m.Sentence != 0 {
			t.Errorf("part %+v: want stage %q, confidence 0.5, a new ID, sentence 0", m, Name)
		}
	}
}

// TestDictionaryConfidence checks that a name the dictionaries hold is no
// less sure than one they found alone, while the tagger's other names and
// one-character abbreviations keep the tagger's margin.
func TestDictionaryConfidence(t *testing.T) {
	d := docWith(t, "韩正/nr 会见/v 王小川/nr ，/x 中/j 欧/j 关系/n 在/p 四川省/ns 发展/v", []in{
		{pipeline.Person, "韩正"}, {pipeline.Person, "王小川"}, {pipeline.Place, "中"}, {pipeline.Place, "四川省"},
	})
	for i := range d.Mentions {
		d.Mentions[i].Confidence = 0.2
	}
	if err := newStage(t).Process(d); err != nil {
		t.Fatal(err)
	}
	want := map[string]float64{"韩正": gazetteerConfidence, "王小川": 0.2, "中": 0.2, "四川省": gazetteerConfidence}
	for _, m := range d.Mentions {
		if w, ok := want[m.Text]; ok && m.Confidence != w {
			t.Errorf("%s %q: confidence %v, want %v", m.Type, m.Text, m.Confidence, w)
		}
		delete(want, m.Text)
	}
	if len(want) > 0 {
		t.Errorf("mentions lost: %v", want)
	}
}

func FuzzProcess(f *testing.F) {
	for _, seed := range []string{"四川省成都市武侯区", "市科技局", "中韩园", "孙研究员", "吉林", "", "\xff成都", "法国卡达拉奇与ITER总部", "一路”联合实验室", "张洁来说", "中韩创新创业园"} {
		f.Add(seed, 0, 3)
	}
	s := newStage(f)
	f.Fuzz(func(t *testing.T, text string, start, length int) {
		d := &pipeline.Doc{Text: text}
		n := d.CharCount()
		if n == 0 || length <= 0 {
			return
		}
		start = ((start % n) + n) % n
		end := start + 1 + length%(n-start)
		for _, typ := range []string{pipeline.Place, pipeline.Org, pipeline.Person} {
			d.AddMention(pipeline.Mention{Type: typ, Start: start, End: end})
		}
		if err := s.Process(d); err != nil {
			t.Fatal(err)
		}
		// Repairs may grow a span to the bracket, title mark or department
		// name it cut (bracket-balance, title-balance, dept-extend), but every
		// mention stays a span of the text with a text and an entity.
		for _, m := range d.Mentions {
			if m.Start < 0 || m.End > n || m.Start >= m.End || m.Text != d.Slice(m.Start, m.End) || m.Entity == "" {
				t.Fatalf("mention %+v of [%d,%d) is no span of the text, or has no text or entity", m, start, end)
			}
		}
		// With tokens (two characters each, tagged as places) the stage may
		// add names anywhere, but each must be a span of the text.
		d = &pipeline.Doc{Text: text}
		for i := 0; i < n; i += 2 {
			d.Tokens = append(d.Tokens, pipeline.Token{Start: i, End: min(i+2, n), Text: d.Slice(i, min(i+2, n)), Pos: "ns"})
		}
		for _, typ := range []string{pipeline.Place, pipeline.Org, pipeline.Person} {
			d.AddMention(pipeline.Mention{Type: typ, Start: start, End: end, Confidence: 0.01})
		}
		if err := s.Process(d); err != nil {
			t.Fatal(err)
		}
		// The nested stage's names lie in the name their parent holds.
		if err := (&Nested{s: s}).Process(d); err != nil {
			t.Fatal(err)
		}
		byID := map[int]pipeline.Mention{}
		for _, m := range d.Mentions {
			byID[m.ID] = m
		}
		for _, m := range d.Mentions {
			if m.Start < 0 || m.End > n || m.Start >= m.End || m.Text != d.Slice(m.Start, m.End) || m.Entity == "" {
				t.Fatalf("with tokens: mention %+v not a span of %d characters, or without text/entity", m, n)
			}
			if m.Parent != nil {
				if p, ok := byID[*m.Parent]; !ok || p.Start > m.Start || m.End > p.End || p.Start == m.Start && p.End == m.End {
					t.Fatalf("nested mention %+v not inside its parent %+v", m, p)
				}
			}
		}
	})
}

// TestPairFinder checks that marks of both kinds come in text order, each
// once: colons, and spaces ASCII and ideographic.
func TestPairFinder(t *testing.T) {
	for _, c := range []struct {
		a, b, text string
		want       []int
	}{
		{"：", ":", "a:b：c:d：：e", []int{1, 3, 7, 9, 12}},
		{" ", "\u3000", "记者\u3000刘畅 a  b\u3000", []int{6, 15, 17, 18, 20}},
	} {
		var got []int
		f := pairFinder{a: c.a, b: c.b}
		for from := 0; ; {
			i := f.next(c.text, from)
			if i < 0 {
				break
			}
			got = append(got, i)
			from = i + 1
			if strings.HasPrefix(c.text[i:], c.a) {
				from = i + len(c.a)
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%q: marks at %v, want %v", c.text, got, c.want)
		}
	}
}

// TestAddRuleConcurrent checks addRule's joins from several goroutines, as
// stages run: each mention gets its own chain, memoized or not.
func TestAddRuleConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range 100 {
				m := pipeline.Mention{Rule: fmt.Sprint("tagger", i%7)}
				addRule(&m, "place-country")
				addRule(&m, fmt.Sprint("rule", g))
				if want := fmt.Sprintf("tagger%d|place-country|rule%d", i%7, g); m.Rule != want {
					t.Errorf("rule %q, want %q", m.Rule, want)
				}
			}
		})
	}
	wg.Wait()
}

// TestJoinCache checks that a joinCache finds every join stored, past
// tables that grow and chains that hash alike (the same length and first,
// middle and last bytes), and no join never stored.
func TestJoinCache(t *testing.T) {
	var c joinCache
	var chains []string
	for i := range 300 {
		chains = append(chains, fmt.Sprintf("a%03db", i), fmt.Sprintf("chain%d", i))
	}
	for _, chain := range chains {
		for _, rule := range []string{"x", "y"} {
			c.store(chain, rule, chain+"|"+rule)
			c.store(chain, rule, "repeated") // kept once
		}
	}
	tab := c.t.Load()
	for _, chain := range chains {
		if got, want := fmt.Sprint(tab.get(chain)), fmt.Sprintf("[{x %s|x} {y %s|y}]", chain, chain); got != want {
			t.Errorf("get(%q) = %s, want %s", chain, got, want)
		}
	}
	if got := tab.get("a999b"); got != nil {
		t.Errorf("get(a999b) = %v, want none", got)
	}
}

// TestReadIndexed checks that read, gazetteerPlace and knownPlace, from the
// index built at load time, read every gazetteer name and a few others as
// readPlace, inGazetteer and readKnownPlace do.
func TestReadIndexed(t *testing.T) {
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	names := []string{"", "北京", "北京市", "美国", "美", "蓉", "巴黎", "朝阳", "不是地名", "\xff"}
	for name := range s.readings {
		names = append(names, name, name+"x", "x"+name)
	}
	for _, name := range names {
		got, want := s.read(name), s.readPlace(name)
		if got.gazetteer, got.known = false, false; !reflect.DeepEqual(got, want) {
			t.Errorf("read(%q) = %+v, want %+v", name, got, want)
		}
		if got, want := s.gazetteerPlace(name), s.inGazetteer(name); got != want {
			t.Errorf("gazetteerPlace(%q) = %v, want %v", name, got, want)
		}
		if got, want := s.knownPlace(name), s.readKnownPlace(name); got != want {
			t.Errorf("knownPlace(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestCreditTitleBefore checks the media titles a credit's text may end
// with, and texts that end with no title's last character.
func TestCreditTitleBefore(t *testing.T) {
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]bool{
		"视频编辑": true, "记者": true, "本报记者": true, "新华社记者张": false,
		"今天": false, "": false, "编辑\xff": false, "编": false,
	} {
		if got := s.creditTitleBefore(text); got != want {
			t.Errorf("creditTitleBefore(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestCutTerm checks cutTerm on term numbers and on texts that begin with
// none.
func TestCutTerm(t *testing.T) {
	for text, want := range map[string]string{"十四届全国人大": "全国人大", "第十三届政协": "政协", "6届": "", "二十大": "-", "中央委员会": "-", "第": "-", "": "-", "十四": "-", "\xff届": "-"} {
		rest, ok := cutTerm(text)
		if got := map[bool]string{true: rest, false: "-"}[ok]; got != want {
			t.Errorf("cutTerm(%q) = %q, %v, want %q", text, rest, ok, want)
		}
	}
}
