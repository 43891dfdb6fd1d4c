package facts

import (
	"strings"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/dictionaries"
	"github.com/zhfacts/zhfacts/pipeline"
)

var visitRule = &rule{
	name:    "visit",
	kind:    Event,
	pattern: "PERSON [DATE|time|在 place|应…邀请]… 对 PLACE[、PLACE]… 进行 [为期…的] visit, and PERSON […] visit PLACE[、PLACE]…",
	find:    (*Stage).visits,
	examples: []example{
		{"应塞内加尔总统萨勒邀请，国家主席习近平将于7月21日至24日对塞内加尔、卢旺达进行国事访问。",
			[]string{"PLACE:塞内加尔", "PERSON:萨勒", "PERSON:习近平", "DATE:7月21日至24日|2018-07-21|2018-07-25", "PLACE:塞内加尔", "PLACE:卢旺达"},
			[]string{
				"event:person-visits-place|plan:marker|习近平|国事访问|塞内加尔||2018-07-21|塞内加尔",
				"event:person-visits-place|plan:marker|习近平|国事访问|卢旺达||2018-07-21|卢旺达",
			}},
		// 应…邀请 between the visitor and the verb; 我国 is China.
		{"纳扎尔巴耶夫是应习近平邀请对我国进行国事访问并出席论坛的。",
			[]string{"PERSON:纳扎尔巴耶夫", "PERSON:习近平"},
			[]string{"event:person-visits-place|纳扎尔巴耶夫|国事访问|中国|||中国"}},
		{"中共中央政治局常委赵乐际9月23日至26日对老挝进行为期四天的正式友好访问。",
			[]string{"ORG:中共中央政治局", "PERSON:赵乐际", "DATE:9月23日至26日|2019-09-23|2019-09-27", "PLACE:老挝"},
			[]string{"event:person-visits-place|赵乐际|正式友好访问|老挝||2019-09-23|老挝"}},
		{"国务委员兼外长王毅12日访问印度和尼泊尔。",
			[]string{"PERSON:王毅", "DATE:12日|2024-08-12|2024-08-13", "PLACE:印度", "PLACE:尼泊尔"},
			[]string{
				"event:person-visits-place|王毅|访问|印度||2024-08-12|印度",
				"event:person-visits-place|王毅|访问|尼泊尔||2024-08-12|尼泊尔",
			}},
		{"21日，国家主席习近平抵达达喀尔。", []string{"DATE:21日|2018-07-21|2018-07-22", "PERSON:习近平", "PLACE:达喀尔"},
			[]string{"event:person-visits-place|习近平|抵达|达喀尔||2018-07-21|达喀尔"}},
		// What the visitor did before, 是在…后, stands between, and the 的
		// closing 是 ends the place.
		{"习近平是在结束对越南国事访问后抵达吉隆坡的。", []string{"PERSON:习近平", "PLACE:越南", "PLACE:吉隆坡"},
			[]string{"event:person-visits-place|习近平|抵达|吉隆坡|||吉隆坡"}},
		// 飞抵, flying in, is arriving.
		{"马克龙23日飞抵美国。", []string{"PERSON:马克龙", "DATE:23日|2018-04-23|2018-04-24", "PLACE:美国"},
			[]string{"event:person-visits-place|马克龙|抵达|美国||2018-04-23|美国"}},
		// How the visitor came, and from where, stands between (kind ride);
		// a time of day in the place's time zone names no day.
		{"习近平21日从德班乘专机抵达达喀尔。李强乘坐的包机抵达巴黎。", []string{"PERSON:习近平", "DATE:21日|2018-07-21|2018-07-22", "PLACE:德班", "PLACE:达喀尔", "PERSON:李强", "PLACE:巴黎"},
			[]string{"event:person-visits-place|习近平|抵达|达喀尔||2018-07-21|达喀尔", "event:person-visits-place|李强|抵达|巴黎|||巴黎"}},
		{"当地时间12时许，习近平乘坐的专机抵达平壤。", []string{"DATE:12时许|2019-06-21|2019-06-22", "PERSON:习近平", "PLACE:平壤"},
			[]string{"event:person-visits-place|习近平|抵达|平壤|||平壤"}},
		// An unnamed unit of the body visited: no visit of the body.
		{"习近平乘车来到空军某基地。", []string{"PERSON:习近平", "ORG:空军"}, nil},
		// The most precise of places written together; none that opens a longer name.
		{"岸田文雄7日抵达韩国首尔，展开为期两天的工作访问。",
			[]string{"PERSON:岸田文雄", "DATE:7日|2023-05-07|2023-05-08", "PLACE:韩国", "PLACE:首尔"},
			[]string{"event:person-visits-place|岸田文雄|抵达|首尔||2023-05-07|首尔"}},
		{"鲁哈尼今天抵达伊拉克首都巴格达。", []string{"PERSON:鲁哈尼", "PLACE:伊拉克", "PLACE:巴格达"},
			[]string{"event:person-visits-place|鲁哈尼|抵达|巴格达|||巴格达"}},
		{"习近平抵达中国援建的尼雷尔国际会议中心。", []string{"PERSON:习近平", "PLACE:中国"}, nil},
		// The visit is the occasion of what follows; its visitor opens the next clause.
		{"3月20日，在对意大利共和国进行国事访问前夕，国家主席习近平在意大利《晚邮报》发表署名文章。",
			[]string{"DATE:3月20日|2019-03-20|2019-03-21", "PLACE:意大利共和国|意大利", "PERSON:习近平", "PLACE:意大利", "ORG:晚邮报"},
			[]string{"event:person-visits-place|visitor:after-occasion|习近平|国事访问|意大利||2019-03-20|意大利"}},
		{"在对意大利进行国事访问之际，两国签署合作文件。", []string{"PLACE:意大利"}, nil},
		// What the visit was about, after 就, stands between the visitor and
		// the going.
		{"李克强就进一步扩大开放到商务部、海关总署考察并主持召开座谈会。",
			[]string{"PERSON:李克强", "ORG:商务部|中华人民共和国商务部", "ORG:海关总署|中华人民共和国海关总署"},
			[]string{"event:person-visits-place|visitor:topic|李克强|考察|中华人民共和国商务部|||中华人民共和国商务部", "event:person-visits-place|visitor:topic|李克强|考察|中华人民共和国海关总署|||中华人民共和国海关总署"}},
		// The visit describes the visitor after 的.
		{"应邀赴法国出席巴黎奥运会开幕式的习近平主席特别代表、国家副主席韩正在巴黎同马克龙交谈。",
			[]string{"PLACE:法国", "PLACE:巴黎", "PERSON:习近平", "PERSON:韩正", "PLACE:巴黎", "PERSON:马克龙"},
			[]string{"event:person-visits-place|visitor:modified|韩正|前往|法国|||法国"}},
		{"李克强在人民大会堂会见来华进行国事访问的冈比亚总统巴罗。",
			[]string{"PERSON:李克强", "PLACE:人民大会堂", "PLACE:华|中国||CN", "PLACE:冈比亚", "PERSON:巴罗"},
			[]string{"event:person-meets-person|李克强|会见|巴罗|||人民大会堂", "event:person-visits-place|visitor:modified|巴罗|国事访问|中国|||中国"}},
		{"习近平在人民大会堂会见来华出席高峰论坛的智利总统博里奇。",
			[]string{"PERSON:习近平", "PLACE:人民大会堂", "PLACE:华|中国||CN", "PLACE:智利", "PERSON:博里奇"},
			[]string{"event:person-meets-person|习近平|会见|博里奇|||人民大会堂", "event:person-visits-place|visitor:modified|博里奇|访问|中国|||中国"}},
		{"习近平在人民大会堂会见来华访问的美国客人。", []string{"PERSON:习近平", "PLACE:人民大会堂", "PLACE:华|中国||CN", "PLACE:美国"}, nil},
		{"习近平在西安同来华出席中国－中亚峰会并进行国事访问的塔吉克斯坦总统拉赫蒙举行会谈。",
			[]string{"PERSON:习近平", "PLACE:西安", "PLACE:华|中国||CN", "PLACE:中国", "PLACE:塔吉克斯坦", "PERSON:拉赫蒙"},
			[]string{"event:person-with-person-talk|习近平|会谈|拉赫蒙|||西安", "event:person-visits-place|visitor:modified|拉赫蒙|国事访问|中国|||中国"}},
		// The person before the visit made it, not the one it describes.
		{"出席习近平访俄有关活动的国务院副总理汪洋。", []string{"PERSON:习近平", "PLACE:俄|俄罗斯||RU", "PERSON:汪洋"},
			[]string{"event:person-visits-place|习近平|访问|俄罗斯|||俄罗斯"}},
		{"普京是应习近平的邀请对我国进行国事访问的。", []string{"PERSON:普京", "PERSON:习近平"},
			[]string{"event:person-visits-place|普京|国事访问|中国|||中国"}},
		{"习近平在钓鱼台国宾馆会见来华正式访问的挪威首相斯特勒。",
			[]string{"PERSON:习近平", "ORG:钓鱼台国宾馆", "PLACE:华|中国||CN", "PLACE:挪威", "PERSON:斯特勒"},
			[]string{"event:person-meets-person|习近平|会见|斯特勒|||钓鱼台国宾馆", "event:person-visits-place|visitor:modified|斯特勒|正式访问|中国|||中国"}},
		{"美国副总统拜登访问日韩。", []string{"PLACE:美国", "PERSON:拜登", "PLACE:日|日本||JP", "PLACE:韩|韩国||KR"},
			[]string{"event:person-visits-place|拜登|访问|日本|||日本", "event:person-visits-place|拜登|访问|韩国|||韩国"}},
		{"特朗普总统访华和美中元首北京会晤取得积极成果。", []string{"PERSON:特朗普", "PLACE:华|中国||CN", "PLACE:美|美国||US", "PLACE:中|中国||CN"},
			[]string{"event:person-visits-place|特朗普|访问|中国|||中国"}},
		{"博尔顿先后访问日韩两国。", []string{"PERSON:博尔顿", "PLACE:日|日本||JP", "PLACE:韩|韩国||KR"},
			[]string{"event:person-visits-place|博尔顿|访问|日本|||日本", "event:person-visits-place|博尔顿|访问|韩国|||韩国"}},
		{"李明博访问了韩国与日本存在主权争议的岛屿。", []string{"PERSON:李明博", "PLACE:韩国", "PLACE:日本"}, nil},
		// A trip: 赴 or 前往 and the place.
		{"尼泊尔总理奥利前往天安门广场。郑义溶随后赴美。", []string{"PLACE:尼泊尔", "PERSON:奥利", "PLACE:天安门广场", "PERSON:郑义溶", "PLACE:美|美国||US"},
			[]string{"event:person-visits-place|奥利|前往|天安门广场|||天安门广场", "event:person-visits-place|郑义溶|前往|美国|||美国"}},
		// A tour of sites: an organization, or a place that ends the phrase.
		{"2日上午，习近平考察了平津战役纪念馆。", []string{"DATE:2日上午|2024-02-02|2024-02-03", "PERSON:习近平", "ORG:平津战役纪念馆"},
			[]string{"event:person-visits-place|习近平|考察|平津战役纪念馆||2024-02-02|平津战役纪念馆"}},
		{"李长春14日来到人民日报社，就传统主流媒体发展进行调研。", []string{"PERSON:李长春", "DATE:14日|2012-09-14|2012-09-15", "ORG:人民日报社"},
			[]string{"event:person-visits-place|李长春|来到|人民日报社||2012-09-14|人民日报社"}},
		{"卢珊来到北京工作。", []string{"PERSON:卢珊", "PLACE:北京"}, nil},
		// What was done there, a word of touring, ends the place too.
		{"2019年，习近平来到河南考察时指出，要走绿色发展的路子。", []string{"DATE:2019年|2019-01-01|2020-01-01", "PERSON:习近平", "PLACE:河南|河南省|410000|CN"},
			[]string{"event:person-visits-place|习近平|来到|河南省||2019-01-01|河南省"}},
		{"李强来到浙江调研。", []string{"PERSON:李强", "PLACE:浙江|浙江省|330000|CN"},
			[]string{"event:person-visits-place|李强|来到|浙江省|||浙江省"}},
		// 在 or 到, the places and a word of touring.
		{"习近平在宁夏考察时强调。李强8日到湖南调研。", []string{"PERSON:习近平", "PLACE:宁夏|宁夏回族自治区|640000|CN", "PERSON:李强", "DATE:8日|2024-06-08|2024-06-09", "PLACE:湖南|湖南省|430000|CN"},
			[]string{"event:person-visits-place|习近平|考察|宁夏回族自治区|||宁夏回族自治区", "event:person-visits-place|李强|调研|湖南省||2024-06-08|湖南省"}},
		{"李克强在人民大会堂会见外宾。", []string{"PERSON:李克强", "PLACE:人民大会堂"}, nil},
		// 到 that gse wrote with the name's last rune (李克|强到/v).
		{"李克强到天津职业技术师范大学考察。", []string{"PERSON:李克强", "ORG:天津职业技术师范大学"},
			[]string{"event:person-visits-place|李克强|考察|天津职业技术师范大学|||天津职业技术师范大学"}},
		// After 到 or 来到 the places, what the person went there to do; not
		// after 在, where the person was.
		{"习近平到张庄村看望贫困百姓。俞正声还来到拉卜楞寺看望宗教界人士。", []string{"PERSON:习近平", "PLACE:张庄村", "PERSON:俞正声", "PLACE:拉卜楞寺"},
			[]string{"event:person-visits-place|习近平|看望|张庄村|||张庄村", "event:person-visits-place|俞正声|来到|拉卜楞寺|||拉卜楞寺"}},
		{"李克强在北京看望老同志。", []string{"PERSON:李克强", "PLACE:北京|北京市|110000|CN"}, nil},
		// The tagger may read the surname of a short form alone (李|总理).
		{"李总理访问德国。李克强总理会见默克尔。", []string{"PERSON:李", "PLACE:德国|德国||DE", "PERSON:李克强", "PERSON:默克尔"},
			[]string{"event:person-meets-person|李克强|会见|默克尔", "event:person-visits-place|李克强|访问|德国|||德国"}},
		// A word of touring ends the place whatever 的 follows it: the visitor
		// after 的, or what was said there.
		{"大棚迎来了到江苏考察的习近平总书记。这是习近平在陕西考察时的嘱托。", []string{"PLACE:江苏|江苏省|320000|CN", "PERSON:习近平", "PERSON:习近平", "PLACE:陕西|陕西省|610000|CN"},
			[]string{"event:person-visits-place|visitor:modified|习近平|考察|江苏省|||江苏省", "event:person-visits-place|习近平|考察|陕西省|||陕西省"}},
		// 等地 closes the places toured.
		{"张德江先后来到烟台、潍坊等地。", []string{"PERSON:张德江", "PLACE:烟台|山东省烟台市|370600|CN", "PLACE:潍坊|山东省潍坊市|370700|CN"},
			[]string{"event:person-visits-place|张德江|来到|山东省烟台市|||山东省烟台市", "event:person-visits-place|张德江|来到|山东省潍坊市|||山东省潍坊市"}},
		// …and a word of touring may follow it, after 到 or 在.
		{"赵乐际先后到济南、威海等地调研。", []string{"PERSON:赵乐际", "PLACE:济南|山东省济南市|370100|CN", "PLACE:威海|山东省威海市|371000|CN"},
			[]string{"event:person-visits-place|赵乐际|调研|山东省济南市|||山东省济南市", "event:person-visits-place|赵乐际|调研|山东省威海市|||山东省威海市"}},
		// Who went along, 在…陪同下, is no visitor; a form of address after
		// the name and a count of times stand between the visitor and the
		// verb, and several visits take no one date.
		{"7日，习近平在广东省委书记汪洋陪同下，来到深圳。", []string{"DATE:7日|2012-12-07|2012-12-08", "PERSON:习近平", "ORG:广东省委", "PERSON:汪洋", "PLACE:深圳|广东省深圳市|440300|CN"},
			[]string{"event:person-visits-place|习近平|来到|广东省深圳市||2012-12-07|广东省深圳市"}},
		{"习近平同志到绍兴调研。马杜罗第十次访华。2014年，习近平两次来到兰考。", []string{"PERSON:习近平", "PLACE:绍兴|浙江省绍兴市|330600|CN", "PERSON:马杜罗", "PLACE:华|中国||CN", "DATE:2014年|2014-01-01|2015-01-01", "PERSON:习近平", "PLACE:兰考|河南省开封市兰考县|410225|CN"},
			[]string{"event:person-visits-place|习近平|调研|浙江省绍兴市|||浙江省绍兴市", "event:person-visits-place|马杜罗|访问|中国|||中国", "event:person-visits-place|习近平|来到|河南省开封市兰考县|||河南省开封市兰考县"}},
		{"习近平视察北部战区。", []string{"PERSON:习近平", "ORG:北部战区"},
			[]string{"event:person-visits-place|习近平|视察|北部战区|||北部战区"}},
		// Bare names listed before a name and its head share that head: the
		// delegations were visited, not the provinces (sharedHead).
		{"习近平分别来到内蒙古、甘肃、解放军和武警代表团，同代表们一起审议。",
			[]string{"PERSON:习近平", "PLACE:内蒙古|内蒙古自治区|150000|CN", "PLACE:甘肃|甘肃省|620000|CN", "ORG:解放军|中国人民解放军", "ORG:武警代表团"},
			[]string{"event:person-visits-place|习近平|来到|武警代表团|||武警代表团"}},
		{"王毅访问了英国和法国外交部。", []string{"PERSON:王毅", "PLACE:英国|英国||GB", "ORG:法国外交部"},
			[]string{"event:person-visits-place|王毅|访问|法国外交部|||法国外交部"}},
		{"习近平来到北京和上海代表团驻地。", []string{"PERSON:习近平", "PLACE:北京|北京市|110000|CN", "PLACE:上海|上海市|310000|CN"}, nil},
		{"习近平来到北京和上海代表团。", []string{"PERSON:习近平", "PLACE:北京|北京市|110000|CN", "PLACE:上海|上海市|310000|CN"}, nil},
		{"审议赵乐际访问葡萄牙、西班牙和希腊情况的书面报告。", []string{"PERSON:赵乐际", "PLACE:葡萄牙|葡萄牙||PT", "PLACE:西班牙|西班牙||ES", "PLACE:希腊|希腊||GR"},
			[]string{"event:person-visits-place|赵乐际|访问|葡萄牙|||葡萄牙", "event:person-visits-place|赵乐际|访问|西班牙|||西班牙"}},
		{"李克强参观了故宫和北京大学。", []string{"PERSON:李克强", "PLACE:故宫", "ORG:北京大学"},
			[]string{"event:person-visits-place|李克强|参观|故宫|||故宫", "event:person-visits-place|李克强|参观|北京大学|||北京大学"}},
		{"去年习近平总书记考察广西时，科技创业者温某某在场。", []string{"DATE:去年|2023-01-01|2024-01-01", "PERSON:习近平", "PLACE:广西|广西壮族自治区|450000|CN"},
			[]string{"event:person-visits-place|习近平|考察|广西壮族自治区||2023-01-01|广西壮族自治区"}},
		{"李克强在南宁参观中国-东盟博览会展馆。", []string{"PERSON:李克强", "PLACE:南宁", "PLACE:中国", "ORG:东盟"}, nil},
		{"习近平同法国总统马克龙共同参观了故宫博物院。", []string{"PERSON:习近平", "PLACE:法国", "PERSON:马克龙", "ORG:故宫博物院"},
			[]string{"event:person-visits-place|马克龙|参观|故宫博物院|||故宫博物院", "event:person-visits-place|visitor:with|习近平|参观|故宫博物院|||故宫博物院"}},
		{"2018年习近平主席访阿。", []string{"DATE:2018年|2018-01-01|2019-01-01", "PERSON:习近平", "PLACE:阿"}, nil},
		{"金正恩3月25日至28日访华。", []string{"PERSON:金正恩", "DATE:3月25日至28日|2018-03-25|2018-03-29", "PLACE:华|中国||CN"},
			[]string{"event:person-visits-place|金正恩|访问|中国||2018-03-25|中国"}},
		// What an anniversary marks took place that many years before it.
		{"习近平指出，今年是惠特拉姆总理访华50周年。", []string{"PERSON:习近平", "DATE:今年|2023-01-01|2024-01-01", "PERSON:惠特拉姆", "PLACE:华|中国||CN"},
			[]string{"event:person-visits-place|date:anniversary|惠特拉姆|访问|中国||1973-01-01|中国"}},
		{"今年是习近平主席对新西兰进行国事访问和中新建立全面战略伙伴关系十周年。", []string{"DATE:今年|2024-01-01|2025-01-01", "PERSON:习近平", "PLACE:新西兰|新西兰||NZ"},
			[]string{"event:person-visits-place|date:anniversary|习近平|国事访问|新西兰||2014-01-01|新西兰"}},
		{"今年是中南建交20周年，习近平对南非进行国事访问。", []string{"DATE:今年|2018-01-01|2019-01-01", "PERSON:习近平", "PLACE:南非|南非||ZA"},
			[]string{"event:person-visits-place|习近平|国事访问|南非||2018-01-01|南非"}},
		// Visits go on in the next clause, with the same visitor.
		{"习近平13日抵达万象，开始对老挝进行国事访问。",
			[]string{"PERSON:习近平", "DATE:13日|2017-11-13|2017-11-14", "PLACE:万象", "PLACE:老挝"},
			[]string{"event:person-visits-place|习近平|抵达|万象||2017-11-13|万象", "event:person-visits-place|visitor:clause-before|习近平|国事访问|老挝||2017-11-13|老挝"}},
		{"习近平抵达万象，两国开始对老挝进行国事访问。", []string{"PERSON:习近平", "PLACE:万象", "PLACE:老挝"},
			[]string{"event:person-visits-place|习近平|抵达|万象|||万象"}},
		// Not a place visited: what stands after the verb is no PLACE.
		{"习近平访问期间，两国签署合作文件。", []string{"PERSON:习近平"}, nil},
		// A bare title opening its clause is the one person the document's
		// roles give it (|actor:title); not a title two hold, nor one after
		// a place (新西兰总理: another).
		{"中共中央总书记习近平来到宁夏。总书记在银川考察时强调。", []string{"ORG:中共中央", "PERSON:习近平", "PLACE:宁夏|宁夏回族自治区|640000|CN", "PLACE:银川|宁夏回族自治区银川市|640100|CN"},
			[]string{"event:person-visits-place|习近平|来到|宁夏回族自治区|||宁夏回族自治区", "event:person-visits-place|actor:title|习近平|考察|宁夏回族自治区银川市|||宁夏回族自治区银川市"}},
		{"国务院总理李强会见新西兰总理拉克森。总理在上海考察时说。", []string{"ORG:国务院", "PERSON:李强", "PLACE:新西兰", "PERSON:拉克森", "PLACE:上海|上海市|310000|CN"},
			[]string{"event:person-meets-person|李强|会见|拉克森"}},
		{"国务院总理李强来到上海。王毅说，新西兰总理在上海考察。", []string{"ORG:国务院", "PERSON:李强", "PLACE:上海|上海市|310000|CN", "PERSON:王毅", "PLACE:新西兰", "PLACE:上海|上海市|310000|CN"},
			[]string{"event:person-visits-place|李强|来到|上海市|||上海市"}},
		// Someone other than the person before 对 is the one acting.
		{"习近平对马克龙访华表示欢迎。", []string{"PERSON:习近平", "PERSON:马克龙"}, nil},
	},
}

// visits finds who visited which state or place, in every sentence with a
// PERSON mention: 对 and the places, 进行 and a visit (…对法国进行国事访问),
// a verb of visiting right before them (访问印度, 抵达达喀尔, 访华), or 来
// and a place and what was done there (来华进行国事访问的…).
func (s *Stage) visits(v *view) {
	first := s.words.First(dictionaries.FactVisit)
	for si, sent := range v.sents {
		if len(v.mentions(si, pipeline.Person)) == 0 && !s.shortFormIn(v, si) {
			continue
		}
		for k := sent.Start + 1; k < sent.End-1; k++ {
			if r := v.text[k]; r != '对' && r != '来' && r != '在' && !first.Has(r) {
				continue // most positions: no call
			}
			t := v.tokenStarting(k)
			if t == nil {
				if v.text[k] == '到' && v.fusedAfterName(sent.Start, k) {
					if end := s.tourAt(v, si, k); end > k {
						k = end - 1
					}
				}
				continue
			}
			var end int
			if v.text[k] == '对' && t.End == k+1 {
				end = s.visitTo(v, si, k)
			} else if (v.text[k] == '在' || v.text[k] == '到') && t.End == k+1 {
				end = s.tourAt(v, si, k)
			} else {
				end = s.visitVerb(v, si, k, t)
			}
			if end > k {
				k = end - 1
			}
		}
	}
}

// tourAt reads 在 or 到 at k, the places after it and a word of touring
// right after them (习近平在宁夏考察时, 李强到湖南调研): the places toured,
// the tour word the predicate; after 到 also a word of what the person
// went there to do (fact_words kind errand: 到张庄村看望贫困百姓). What is
// done there otherwise (在人民大会堂会见) visits nothing.
func (s *Stage) tourAt(v *view, si, k int) int {
	hi := v.sents[si].End
	places, end := s.visitees(v, si, k+1)
	if len(places) > 0 && v.slice(end, min(hi, end+2)) == "等地" {
		end += 2 // 到济南、威海、潍坊等地调研: the list closed, then the tour
	}
	if len(places) == 0 || places[0].m == nil || end >= hi || v.tokenStarting(end) == nil {
		return k
	}
	verb := ""
	n := s.words.Starting(dictionaries.FactTour, v.text, end, hi)
	if n > 0 {
		verb = v.slice(end, end+n)
	} else if v.text[k] == '到' {
		if n = s.words.Starting(dictionaries.FactErrand, v.text, end, hi); n > 0 {
			verb, _ = s.words.Predicate(dictionaries.FactErrand, v.slice(end, end+n))
		}
	}
	if n == 0 || !v.aligned(end, end+n) {
		return k
	}
	s.addVisits(v, si, verb, places, k, end+n, 0.75)
	return end + n
}

// fusedAfterName reports whether 到 at k is a word gse wrote together with
// the last rune of the name before it (李克|强到/v 天津): a PERSON mention
// ends right before it and the token holding it ends after it.
func (v *view) fusedAfterName(lo, k int) bool {
	t := v.tokenHolding(k)
	return t != nil && t.End == k+1 && t.Start < k && v.endingAt(k, lo, pipeline.Person) != nil
}

// visitee is a place visited: its name, and its PLACE mention unless it
// was a word standing for a state (我国).
type visitee struct {
	name string
	m    *pipeline.Mention
}

// visitees reads the places listed from pos — PLACE mentions, ORG mentions
// of the institutions or sites visited (参观故宫博物院, 访问联合国教科文组织总部)
// and words for one's own state, joined by 、, 和, 及 — and returns them and
// where they end.
func (s *Stage) visitees(v *view, si, pos int) ([]visitee, int) {
	hi := v.sents[si].End
	var vs []visitee
	end, group := pos, 0 // where the list read so far ends, and where its last item after a conjunction starts
	for len(vs) < 8 && pos < hi {
		if m := v.longestAt(pos, hi, pipeline.Place, pipeline.Org); m != nil {
			if m.Type == pipeline.Place {
				m = s.innermost(v, m, hi)
			}
			if !s.placeEnds(v, m.End, hi) || utf8.RuneCountInString(entity(m)) < 2 {
				// Nor one character no name reads (访阿: 阿联酋 or 阿根廷). A
				// later item after 和 or 及 that fails ends the list before
				// the conjunction, with the countries written together after it
				// (访华和美中元首会晤); one after 、 fails the list, a phrase that
				// may go on (访问挪威、奥地利、匈牙利情况的报告).
				if group > 0 && !s.headShared(v, vs, m, hi) {
					return vs[:group], end
				}
				return nil, pos
			}
			vs = append(vs, visitee{entity(m), m})
			pos = m.End
		} else if n := s.words.Starting(dictionaries.FactSubject, v.text, pos, hi); n > 0 && len(vs) == 0 && v.aligned(pos, pos+n) {
			name, _ := s.words.Predicate(dictionaries.FactSubject, v.slice(pos, pos+n))
			if s.countries.Lookup(name) == nil {
				return nil, pos
			}
			vs = append(vs, visitee{name: name})
			pos += n
		} else {
			break
		}
		switch {
		case pos < hi && strings.ContainsRune("、和及", v.text[pos]) && v.longestAt(pos+1, hi, pipeline.Place, pipeline.Org) != nil:
			if v.text[pos] != '、' {
				end, group = pos, len(vs) // 和 and 及 may join what follows the places too
			}
			pos++
		case len(vs) > 0 && vs[len(vs)-1].m != nil && s.isCountry(vs[len(vs)-1].m) && s.countryPairAt(v, pos, hi):
			// 访问日韩: countries written together are a list.
		default:
			return s.sharedHead(v, vs), pos
		}
	}
	return s.sharedHead(v, vs), pos
}

// sharedHead returns the places visited of list vs: all of them, or only
// the last when it is a name and a noun after it (武警|代表团, 广西|代表团,
// 法国|外交部) and every item before is a bare name of a state, a division or
// an organization written as one word — the items then share that noun, the
// names saying whose it is (来到内蒙古、甘肃、解放军和武警代表团: the
// delegations, not the provinces; 北京、清华大学: two universities).
func (s *Stage) sharedHead(v *view, vs []visitee) []visitee {
	if len(vs) < 2 || vs[len(vs)-1].m == nil || !s.headed(v, vs[len(vs)-1].m) {
		return vs
	}
	for _, p := range vs[:len(vs)-1] {
		if p.m != nil && !s.bareName(v, p.m) {
			return vs
		}
	}
	return vs[len(vs)-1:]
}

// headShared reports whether the item m, after bare names vs, is a name and
// a head (sharedHead) or a bare name that goes on into a common noun that
// ends an institution's name (org_suffixes.tsv), which they all modify
// (来到北京和上海|代表团; not 访问葡萄牙、西班牙和希腊|情况的报告, what the
// visit was like).
func (s *Stage) headShared(v *view, vs []visitee, m *pipeline.Mention, hi int) bool {
	if !s.headed(v, m) {
		if !s.bareName(v, m) || v.tokenEnding(m.End) == nil || v.startsMention(m.End) {
			return false
		}
		t := v.tokenStarting(m.End)
		if t == nil || t.End > hi || t.Pos != "n" && t.Pos != "vn" {
			return false
		}
		if suffix, _, ok := s.suffixes.Match(v.slice(m.Start, t.End)); !ok || utf8.RuneCountInString(suffix) > t.End-t.Start {
			return false
		}
	}
	for _, p := range vs {
		if p.m != nil && !s.bareName(v, p.m) {
			return false
		}
	}
	return true
}

// headed reports whether mention m is a name and a head after it: a gse
// word of a place, an organization or an abbreviation (广西/ns|代表团,
// 武警/j|代表团) or a state's or division's name (法国|外交部, one gse word)
// opens it, and what follows — two runes or more — opens no mention and
// holds only common nouns where gse splits it.
func (s *Stage) headed(v *view, m *pipeline.Mention) bool {
	e := -1
	if t := v.tokenStarting(m.Start); t != nil && t.End < m.End && (t.Pos == "ns" || t.Pos == "nt" || t.Pos == "j") {
		e = t.End
	} else {
		for k := m.End - 2; k >= m.Start+2; k-- {
			if w := v.slice(m.Start, k); s.countries.Lookup(w) != nil || len(s.divisions.Lookup(w)) > 0 {
				e = k
				break
			}
		}
	}
	if e < 0 || m.End-e < 2 {
		return false
	}
	for k := e; k < m.End; k++ {
		if v.startsMention(k) {
			return false
		}
		if t := v.tokenStarting(k); t != nil && t.Pos != "n" && t.Pos != "vn" {
			return false
		}
	}
	return true
}

// bareName reports whether m names a state or a coded division and nothing
// else (甘肃, 法国), or an organization in one gse word of a name or an
// abbreviation (解放军/nt).
func (s *Stage) bareName(v *view, m *pipeline.Mention) bool {
	if m.Type == pipeline.Place {
		return (m.PlaceCode != "" || s.isCountry(m)) && !s.headed(v, m)
	}
	t := v.tokenStarting(m.Start)
	return t != nil && t.End == m.End && (t.Pos == "nt" || t.Pos == "j")
}

// visitTo reads PERSON … 对 PLACE… 进行 [为期…的] visit at the 对 at k and
// returns where the visit word ends, or k when there is no such visit.
func (s *Stage) visitTo(v *view, si, k int) int {
	hi := v.sents[si].End
	places, pos := s.visitees(v, si, k+1)
	if len(places) == 0 || v.slice(pos, min(hi, pos+2)) != "进行" {
		return k
	}
	pos += 2
	if v.slice(pos, min(hi, pos+2)) == "为期" {
		// 进行为期三天的国事访问: how long it lasts, then 的.
		e := -1
		for j := pos + 2; j < min(hi, pos+2+maxVisitLength); j++ {
			if v.text[j] == '的' {
				e = j + 1
				break
			}
		}
		if e < 0 {
			return k
		}
		pos = e
	}
	n := s.words.Starting(dictionaries.FactVisit, v.text, pos, hi)
	if n == 0 || !v.aligned(pos, pos+n) {
		return k
	}
	verb, _ := s.words.Predicate(dictionaries.FactVisit, v.slice(pos, pos+n))
	s.addVisits(v, si, verb, places, k, pos+n, 0.85)
	return pos + n
}

// maxVisitLength bounds the words between 为期 and 的, in runes: 三天,
// 一周, 两天半.
const maxVisitLength = 6

// visitVerb reads a visit at the token t that starts at k: a verb of
// visiting and the places after it (访问印度), a verb written as one word
// with its place (访华), or 来 and a place, maybe with 进行 and the kind
// of visit after it (来华进行国事访问). It returns where the visit ends, or
// k when there is none.
func (s *Stage) visitVerb(v *view, si, k int, t *pipeline.Token) int {
	hi := v.sents[si].End
	n := s.words.Starting(dictionaries.FactVisit, v.text, k, hi)
	verb, from := "", k+n
	switch {
	case n > 0 && v.aligned(k, k+n):
		if from < hi && v.text[from] == '了' {
			from++
		}
	case n > 0 && v.exact(k+n, t.End, pipeline.Place) != nil:
		// 访华, 访美: the verb and the place one word.
	case v.text[k] == '来' && v.exact(k+1, t.End, pipeline.Place) != nil:
		from, verb = k+1, "访问"
	default:
		return k
	}
	if n > 0 {
		verb, _ = s.words.Predicate(dictionaries.FactVisit, v.slice(k, k+n))
	}
	places, end := s.visitees(v, si, from)
	if len(places) == 0 || places[0].m == nil {
		return k
	}
	if n > 0 && s.words.Starting(dictionaries.FactTour, v.text, k, hi) == n {
		// 参观, 考察: a place must end the phrase (考察广西时); mostly it
		// opens a site's or a show's name (参观中国-东盟博览会展馆).
		for _, p := range places {
			if p.m.Type == pipeline.Place && !s.tourEnds(v, p.m.End, hi) {
				return k
			}
		}
	}
	confidence := 0.8
	if n == 0 {
		// 来华 and what was done there, up to 的 or the clause's end: a visit
		// word names the kind of visit (来华正式访问的…, 来华出席峰会并进行国事
		// 访问的…).
		for e := end; e+2 < hi && v.text[e] != '的' && !strings.ContainsRune("，,。；;：:", v.text[e]); e++ {
			if m := s.words.Starting(dictionaries.FactVisit, v.text, e, hi); m > 1 && v.aligned(e, e+m) {
				verb, _ = s.words.Predicate(dictionaries.FactVisit, v.slice(e, e+m))
				end, confidence = e+m, 0.85
				break
			}
		}
	}
	s.addVisits(v, si, verb, places, k, end, confidence)
	return end
}

// addVisits adds a visit of every place to the visitor of the visit
// written from k to end, when there is one.
func (s *Stage) addVisits(v *view, si int, verb string, places []visitee, k, end int, confidence float64) {
	mt, how, ok := s.visitor(v, si, k, end)
	if !ok {
		return
	}
	for _, p := range places {
		s.addVisit(v, si, how, verb, mt, p, k, end, confidence)
	}
	// A visitor named after 同 or 与 went with the person before it (习近平同
	// 马克龙共同参观…): the visit is that person's too (|visitor:with).
	if c, ok := s.withAt(v, si, mt.a); ok && how == "" {
		if lead, ok := s.personBefore(v, si, c); ok && !v.meetsIn(lead.a.End, c) {
			for _, p := range places {
				s.addVisit(v, si, "|visitor:with", verb, lead, p, k, end, confidence)
			}
		}
	}
}

// visitor returns who made the visit written from k to end, and the rule
// suffix that says how they were found:
//
//   - (none): the person before it, as a meeting's (习近平对法国进行国事访问);
//   - visitor:modified: else the person the visit describes, after 的 and
//     maybe what else was done (来华进行国事访问的冈比亚总统巴罗, 来华出席论坛的
//     智利总统博里奇);
//   - visitor:after-occasion: a visit written as the occasion of what
//     follows, 在…之际, 前夕 or 期间, with no one before it: the person
//     opening the next clause (在对意大利进行国事访问前夕，国家主席习近平…);
//   - visitor:clause-before: a clause of one or two adverbs and verbs before
//     the visit (…抵达马德里，开始对西班牙进行国事访问): the visitor of the
//     visit in the clause before, in the same sentence.
func (s *Stage) visitor(v *view, si, k, end int) (meeting, string, bool) {
	hi := v.sents[si].End
	// Not past a meeting's verb that gse read as a noun (习近平在人民大会堂
	// 会见/n 来华…的客人): the host is no visitor.
	if mt, ok := s.personBefore(v, si, k); ok && !v.meetsIn(mt.a.End, k) {
		return mt, "", true
	}
	if j := v.topicStart(k, v.sents[si].Start); j >= 0 {
		// 李克强就进一步扩大开放到商务部、海关总署考察: what the visit was
		// about stands between the visitor and the going.
		if mt, ok := s.personBefore(v, si, j); ok && !v.meetsIn(mt.a.End, j) {
			return mt, "|visitor:topic", true
		}
	}
	if p, ok := s.personAfter(v, si, end); ok && strings.ContainsRune(v.slice(end, p.Start), '的') {
		return meeting{a: p}, "|visitor:modified", true
	}
	cs := v.clauseStart(v.sents[si].Start, k)
	if v.slice(cs, k) == "在" && s.words.Starting(dictionaries.FactOccasion, v.text, end, hi) > 0 {
		for e := end + 1; e < min(hi, end+4); e++ {
			if v.text[e] == '，' || v.text[e] == ',' {
				if p := s.personOpening(v, si, e+1); p != nil {
					return meeting{a: p}, "|visitor:after-occasion", true
				}
				break
			}
		}
		return meeting{}, "", false
	}
	if mt, ok := s.visitorBefore(v, si, cs, k); ok {
		return mt, "|visitor:clause-before", true
	}
	return meeting{}, "", false
}

// maxVisitTopic is how far, in runes, what a visit was about may run between
// 就 and the going.
const maxVisitTopic = 20

// topicStart returns where 就, a token of its own, opens what a visit at k
// was about (就进一步扩大开放|到商务部考察, 就农村改革|到安徽调研): the words
// between hold no punctuation, no verb of going and no person; else -1.
func (v *view) topicStart(k, lo int) int {
	for j := k - 1; j >= max(lo, k-maxVisitTopic); j-- {
		r := v.text[j]
		if strings.ContainsRune("，,。；;：:、", r) || v.endingAt(j+1, lo, pipeline.Person) != nil {
			return -1
		}
		if r == '就' {
			if t := v.tokenStarting(j); t != nil && t.End == j+1 && j+1 < k {
				return j
			}
			return -1
		}
	}
	return -1
}

// meetsIn reports whether a word of a meet or talk verb (view.meets)
// stands in [start, end).
func (v *view) meetsIn(start, end int) bool {
	for k := start; k < end; k++ {
		if t := v.tokenStarting(k); t != nil && t.End <= end && v.meets(t) {
			return true
		}
	}
	return false
}

// personOpening returns the PERSON mention that opens the clause at pos,
// maybe after a date and a title with whose it is (国家主席习近平,
// 中国国家主席习近平), or nil.
func (s *Stage) personOpening(v *view, si, pos int) *pipeline.Mention {
	hi := v.sents[si].End
	if m := v.timeStarting(pos, hi); m != nil {
		pos = m.End
	}
	if m := v.startingMention(pos, hi); m != nil && s.titleAt(v, m.End, hi) > m.End {
		pos = m.End
	}
	pos = s.titleAt(v, pos, hi)
	for _, m := range v.mentions(si, pipeline.Person) {
		if m.Start == pos {
			return m
		}
	}
	return nil
}

// visitorBefore returns the visitor and date of the last visit of sentence
// si before the clause [cs, k) when that clause is only one or two adverbs
// or verbs (开始, 随后): the visits go on with the same visitor.
func (s *Stage) visitorBefore(v *view, si, cs, k int) (meeting, bool) {
	words := 0
	for pos := cs; pos < k; words++ {
		t := v.tokenStarting(pos)
		if t == nil || t.End > k || t.End-t.Start > 2 || words == 2 || t.Pos != "v" && t.Pos != "d" {
			return meeting{}, false
		}
		pos = t.End
	}
	if words == 0 {
		return meeting{}, false
	}
	for i := len(v.facts) - 1; i >= 0; i-- {
		f := &v.facts[i]
		if f.Sentence != si || f.EvidenceEnd > cs || !strings.HasPrefix(f.Rule, "event:person-visits-place") || len(f.MentionIDs) == 0 {
			continue
		}
		mt := meeting{a: v.mentionOf(f.MentionIDs[0])}
		for _, id := range f.MentionIDs[1:] {
			if m := v.mentionOf(id); m != nil && m.Type == pipeline.Date {
				mt.date = m
			}
		}
		return mt, mt.a != nil && mt.a.Type == pipeline.Person // not a short form's visit, which cites no person (习主席)
	}
	return meeting{}, false
}

// addVisit adds the event of mt's person visiting p; its evidence runs from
// the visit or the person, whichever comes first, to the visit's end or
// the person's, and it takes its time as a meeting does.
func (s *Stage) addVisit(v *view, si int, how, verb string, mt meeting, p visitee, at, end int, confidence float64) {
	if v.truncated(mt.a) {
		return
	}
	f := newFact(Event, "event:person-visits-place"+how+mt.actor(), si, min(mt.a.Start, at), max(end, mt.a.End), confidence)
	f.Subject, f.Predicate, f.Object, f.Place = entity(mt.a), verb, p.name, p.name
	addMention(&f, mt.a)
	if p.m != nil {
		addMention(&f, p.m)
	}
	s.dateMeeting(v, si, &f, mt, at)
	v.add(f)
}

// innermost returns the last place of a chain that begins with m, each
// written right after the one before or after its 首都 (韩国首尔,
// 伊拉克首都巴格达): the place visited is the most precise one.
func (s *Stage) innermost(v *view, m *pipeline.Mention, hi int) *pipeline.Mention {
	for {
		pos := m.End
		if w := v.slice(pos, min(hi, pos+2)); w == "首都" || w == "首府" {
			pos += 2
		}
		next := v.longestAt(pos, hi, pipeline.Place, pipeline.Place)
		if next == nil || s.isCountry(next) {
			return m // 日|韩: a list of countries, no chain
		}
		m = next
	}
}

// countryPairAt reports whether a country's PLACE mention starts at pos
// that ends a list of countries written together: punctuation, 并, 等, a
// word of occasion or one naming the parties together after it (访问日韩，…;
// 访问日韩期间; 访问日韩两国), not a noun they describe (美中元首会晤, 日韩关系).
func (s *Stage) countryPairAt(v *view, pos, hi int) bool {
	m := v.longestAt(pos, hi, pipeline.Place, pipeline.Place)
	if !s.isCountry(m) {
		return false
	}
	e := m.End
	return e >= hi || strings.ContainsRune("，,。；;：:！？、并等", v.text[e]) || s.words.Starting(dictionaries.FactOccasion, v.text, e, hi) > 0 ||
		s.words.Starting(dictionaries.FactBoth, v.text, e, hi) > 0 // 访问日韩两国
}

// isCountry reports whether m names a country.
func (s *Stage) isCountry(m *pipeline.Mention) bool {
	return m != nil && s.countries.Lookup(entity(m)) != nil
}

// placeEnds reports whether a place visited ends at pos rather than opening
// a longer name: no noun of two runes or more follows it (远东|风采街), nor words before 的
// (中国|援建的尼雷尔国际会议中心), unless a word of touring or an errand does.
func (s *Stage) placeEnds(v *view, pos, hi int) bool {
	if pos >= hi {
		return true
	}
	if strings.ContainsRune("与同跟", v.text[pos]) {
		return false // 访问了韩国与日本存在争议的岛屿: the place opens a longer phrase
	}
	if v.text[pos] == '某' {
		return false // 来到空军某基地: a unit of the body, unnamed, was visited
	}
	if s.words.Starting(dictionaries.FactBoth, v.text, pos, hi) > 0 {
		return true // 访问日韩两国: what follows names the places together
	}
	if v.tokenEnding(pos) == nil && !s.countryPairAt(v, pos, hi) {
		return false // 访华和美|中元首会晤: inside a word, unless countries written together (日|韩)
	}
	// A one-rune noun is a time after the place (抵达王宫时/n, 抵达北京后/nr).
	if t := v.tokenStarting(pos); t != nil && strings.HasPrefix(t.Pos, "n") && t.End-t.Start > 1 {
		return false
	}
	if n := max(s.words.Starting(dictionaries.FactTour, v.text, pos, hi), s.words.Starting(dictionaries.FactErrand, v.text, pos, hi)); n > 0 && v.aligned(pos, pos+n) {
		return true // 到江苏考察的习近平: what was done there ends the place, whatever 的 follows
	}
	for j := pos; j < min(hi, pos+4); j++ {
		switch r := v.text[j]; {
		case r == '的' && j == pos && (j+1 >= hi || strings.ContainsRune("，,。；;！？", v.text[j+1])):
			return true // 是…后抵达万象的。: the 的 closing 是, no noun after it
		case r == '的':
			return false
		case isSpace(r) || strings.ContainsRune("，,。；;、：:！？（(", r):
			return true
		}
	}
	return true
}

// tourEnds reports whether a place a tour visits ends its phrase at pos:
// at punctuation, a list's joint, 等地 closing a list, or a word of
// occasion or 时 (考察广西时), or of touring or an errand, what was done
// there (来到河南考察时, 来到浙江调研, 来到顾家台村看望).
func (s *Stage) tourEnds(v *view, pos, hi int) bool {
	if pos >= hi || strings.ContainsRune("，,。；;：:！？、和及并时", v.text[pos]) || s.words.Starting(dictionaries.FactOccasion, v.text, pos, hi) > 0 {
		return true
	}
	if v.slice(pos, min(hi, pos+2)) == "等地" {
		return true // 来到成都、绵阳等地: the list ends
	}
	return v.tokenStarting(pos) != nil && (s.words.Starting(dictionaries.FactTour, v.text, pos, hi) > 0 || s.words.Starting(dictionaries.FactErrand, v.text, pos, hi) > 0)
}
