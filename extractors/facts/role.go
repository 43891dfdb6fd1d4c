package facts

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/dictionaries"
	"github.com/zhfacts/zhfacts/pipeline"
)

var roleRule = &rule{
	name:    "role",
	kind:    Role,
	pattern: "[org|place] [原|前] [副] title [space] PERSON, and org title、org title PERSON; org party-group-title、title PERSON and place title PERSON、title PERSON share the holder; PERSON appoint-verb [org|place] [新|第N任] title; [place] PERSON [前] state-title",
	find:    (*Stage).roles,
	examples: []example{
		{"对于天府国际技术转移中心国际部部长张洁来说", []string{"PERSON:张洁", "ORG:国际部"},
			[]string{"role:suffix-org-title-person|张洁|部长|天府国际技术转移中心国际部"}},
		{"对于天府国际技术转移中心国际部部长张洁来说", []string{"PERSON:张洁", "ORG:天府国际技术转移中心国际部"},
			[]string{"role:org-title-person|张洁|部长|天府国际技术转移中心国际部"}},
		// A newspaper's ORG holds its book title without the marks.
		{"《俄罗斯报》社长涅戈伊察说", []string{"ORG:俄罗斯报", "PERSON:涅戈伊察"},
			[]string{"role:org-title-person|涅戈伊察|社长|俄罗斯报"}},
		{"他说，《哈萨克斯坦真理报》总编辑马尔德巴耶夫表示", []string{"ORG:哈萨克斯坦真理报", "PERSON:马尔德巴耶夫"},
			[]string{"role:org-title-person|马尔德巴耶夫|总编辑|哈萨克斯坦真理报"}},
		{"8月13日晚，部分暴徒围殴《环球时报》记者付国豪", []string{"ORG:环球时报", "PERSON:付国豪"},
			[]string{"role:org-title-person|付国豪|记者|环球时报"}},
		// A tagger span that begins with a suffix word (中心) is the tail of
		// the name, which the suffix reads whole.
		{"对于天府国际技术转移中心国际部部长张洁来说", []string{"PERSON:张洁", "ORG:中心国际部"},
			[]string{"role:suffix-org-title-person|张洁|部长|天府国际技术转移中心国际部"}},
		// A body written bare, which aliases read as China's, is a foreign
		// holder's own state's: the full name the document gives the same
		// post, or the name as written.
		{"财政部长斯莫特里赫说。以色列财政部长斯莫特里赫表示。商务部长卢特尼克说。外交部长王毅说。",
			[]string{"ORG:财政部|中华人民共和国财政部", "PERSON:斯莫特里赫", "PLACE:以色列|以色列||IL", "ORG:以色列财政部", "PERSON:斯莫特里赫",
				"ORG:商务部|中华人民共和国商务部", "PERSON:卢特尼克", "ORG:外交部|中华人民共和国外交部", "PERSON:王毅"},
			[]string{
				"role:org-title-person|斯莫特里赫|部长|以色列财政部",
				"role:org-title-person|holder:foreign|holder:document|斯莫特里赫|部长|以色列财政部",
				"role:org-title-person|holder:foreign|卢特尼克|部长|商务部",
				"role:org-title-person|王毅|部长|中华人民共和国外交部",
			}},
		// A tagger span that runs into all of the title but its last
		// character leaves the body before the title.
		{"槟城州首席部长曹观友表示。",
			[]string{"ORG:槟城州首席部", "PERSON:曹观友"},
			[]string{"role:org-title-person|曹观友|首席部长|槟城州"}},
		// Or into its first, after a body's name.
		{"驻韩美军第8军司令官托马斯·汪达尔出席。", []string{"ORG:驻韩美军第8军司", "PERSON:托马斯·汪达尔"},
			[]string{"role:org-title-person|托马斯·汪达尔|司令官|驻韩美军第8军"}},
		// An organization's post after 的, and 分管 as 负责.
		{"江苏雪豹日化有限公司的董事长童渝表示。中央宣传部分管日常工作的副部长王晓晖说。",
			[]string{"ORG:江苏雪豹日化有限公司", "PERSON:童渝", "ORG:中央宣传部", "PERSON:王晓晖"},
			[]string{"role:org-title-person|童渝|董事长|江苏雪豹日化有限公司", "role:org-title-person|王晓晖|副部长|中央宣传部"}},
		// Or a person's, who is served.
		{"特朗普的律师朱利安尼表示。", []string{"PERSON:特朗普", "PERSON:朱利安尼"},
			[]string{"role:person-title-person|朱利安尼|律师|特朗普"}},
		// Two posts of one kind listed for one person share the body the
		// first names; an academy's title does not pass to 教授.
		{"大会主席团常务主席、执行主席王晨主持。中国科学院院士、教授王某表示。",
			[]string{"ORG:大会主席团", "PERSON:王晨", "ORG:中国科学院", "PERSON:王某"},
			[]string{"role:shared-org-title-person|王晨|执行主席|大会主席团", "role:org-title-list|王晨|常务主席|大会主席团",
				"role:title-person|王某|教授", "role:org-title-list|王某|院士|中国科学院"}},
		// One space may stand between the body and the title.
		{"交通银行 首席经济学家连平表示。", []string{"ORG:交通银行", "PERSON:连平"},
			[]string{"role:org-title-person|连平|首席经济学家|交通银行"}},
		// What the post is in charge of stands between body and title.
		{"联合国负责人道主义事务的副秘书长马丁·格里菲思4日再次呼吁。",
			[]string{"ORG:联合国", "PERSON:马丁·格里菲思"},
			[]string{"role:org-title-person|马丁·格里菲思|副秘书长|联合国"}},
		// 兼 joins two posts.
		{"国务委员兼国务院秘书长吴政隆出席。", []string{"ORG:国务院", "PERSON:吴政隆"},
			[]string{"role:org-title-person|吴政隆|秘书长|国务院"}},
		{"中国科学院成都生物研究所研究员孙庚告诉记者。", []string{"PERSON:孙庚", "ORG:中国科学院", "PLACE:成都"},
			[]string{"role:suffix-org-title-person|孙庚|研究员|中国科学院成都生物研究所"}},
		{"“我们希望。”四川省自然资源科学研究院研究员、中国—新西兰猕猴桃“一带一路”联合实验室原主任李明章说,从成都出发。",
			[]string{"PERSON:李明章", "ORG:四川省自然资源科学研究院", "PLACE:中国", "PLACE:新西兰"},
			[]string{
				"role:suffix-org-title-person|李明章|原主任|中国—新西兰猕猴桃“一带一路”联合实验室",
				"role:org-title-list|李明章|研究员|四川省自然资源科学研究院",
			}},
		{"成都先后引进中国科协海智特聘专家、日本工程院院士任福继和德国国家工程院院士雷宪章等高层次海外人才。",
			[]string{"PERSON:任福继", "PERSON:雷宪章", "ORG:中国科协|中国科学技术协会", "PLACE:日本", "PLACE:德国"},
			[]string{
				"role:suffix-org-title-person|任福继|院士|日本工程院",
				"role:suffix-org-title-person|雷宪章|院士|德国国家工程院",
			}},
		{"成都日报锦观新闻记者 黄雪松 文/图", []string{"PERSON:黄雪松"},
			[]string{"role:outlet-title-person|黄雪松|记者|成都日报"}},
		{"记者张三报道。", []string{"PERSON:张三"}, []string{"role:title-person|张三|记者"}},
		// An outlet that names itself (本台, 本报) names no outlet; one
		// named before 驻 and where its reporter is posted does.
		{"本台记者 王璐璐：这里是一处安置点。光明日报驻东京记者马玉安报道。本台驻大马士革记者王薇薇说。",
			[]string{"PERSON:王璐璐", "ORG:光明日报", "PLACE:东京", "PERSON:马玉安", "PLACE:大马士革", "PERSON:王薇薇"},
			[]string{"role:house-title-person|王璐璐|记者", "role:outlet-title-person|马玉安|记者|光明日报", "role:house-title-person|王薇薇|记者"}},
		// A byline after the outlet's 报道 that opens the paragraph.
		// A byline right after the dateline, inside 据…; 讯 ends a dateline too.
		{"（据新华社北京8月10日电 记者于荣）",
			[]string{"ORG:新华社|新华通讯社", "PLACE:北京|北京市", "DATE:8月10日|2024-08-10|2024-08-11", "PERSON:于荣"},
			[]string{"role:dateline-title-person|于荣|记者|新华通讯社||2024-08-10"}},
		{"四川新闻网北京7月30日讯（记者 张燕） 京城。",
			[]string{"ORG:四川新闻网", "PLACE:北京|北京市", "DATE:7月30日|2024-07-30|2024-07-31", "PERSON:张燕"},
			[]string{"role:dateline-title-person|张燕|记者|四川新闻网||2024-07-30"}},
		{"环球网报道 记者王逸 据外媒报道。", []string{"ORG:环球网", "PERSON:王逸"}, []string{"role:dateline-title-person|王逸|记者|环球网"}},
		// People listed bare after the holder share the title.
		{"（记者刘学、惠晓霜）", []string{"PERSON:刘学", "PERSON:惠晓霜"},
			[]string{"role:title-person|刘学|记者", "role:title-person|shared-title|惠晓霜|记者"}},
		{"国务院总理李强、外交部长王毅出席。", []string{"ORG:国务院", "PERSON:李强", "ORG:外交部|中华人民共和国外交部", "PERSON:王毅"},
			[]string{"role:org-title-person|李强|总理|国务院", "role:org-title-person|王毅|部长|中华人民共和国外交部"}},
		// A state's post with no known holder is the one foreign state the
		// sentence names before it.
		{"据南苏丹媒体报道，总统基尔将出席会议。", []string{"PLACE:南苏丹|南苏丹||SS", "PERSON:基尔"},
			[]string{"role:title-person|holder:sentence|基尔|总统|南苏丹"}},
		{"美国和英国表示，总统基尔将出席。", []string{"PLACE:美国|美国||US", "PLACE:英国|英国||GB", "PERSON:基尔"},
			[]string{"role:title-person|基尔|总统"}},
		// A byline after a dateline is the outlet's that opens it.
		{"新华社首尔12月15日电（记者陆睿）韩国政府表示。", []string{"ORG:新华社|新华通讯社", "PLACE:首尔", "DATE:12月15日|2024-12-15|2024-12-16", "PERSON:陆睿"},
			[]string{"role:dateline-title-person|陆睿|记者|新华通讯社||2024-12-15"}},
		{"本报华盛顿12月10日电（记者李博雅）美国表示。", []string{"PLACE:华盛顿", "DATE:12月10日|2024-12-10|2024-12-11", "PERSON:李博雅"},
			[]string{"role:title-person|李博雅|记者|||2024-12-10"}},
		// The run before the title is no organization and no clause start:
		// 特聘 is not a title and 成都引进… is no name, so nothing is said.
		{"成都引进特聘专家王五。", []string{"PERSON:王五", "PLACE:成都"}, nil},
		// A verb followed by a name ends the run: the organization is 四川大学,
		// not 成都引进四川大学.
		{"成都引进四川大学教授赵六。", []string{"PERSON:赵六", "PLACE:成都", "PLACE:四川"},
			[]string{"role:suffix-org-title-person|赵六|教授|四川大学"}},
		// A meeting verb ends the run even where gse tags it a noun (会见/n),
		// and so does a person's name, even one gse joins to the next word
		// (范明|政和).
		{"赵乐际在北京分别会见印度尼西亚总统普拉博沃。", []string{"PERSON:赵乐际", "PERSON:普拉博沃", "PLACE:北京", "PLACE:印度尼西亚"},
			[]string{"role:place-title-person|普拉博沃|总统|印度尼西亚"}},
		{"会见了越南总理范明政和越南祖国阵线中央委员会主席杜文战。",
			[]string{"PERSON:范明政", "PERSON:杜文战", "PLACE:越南", "ORG:越南祖国阵线中央委员会"},
			[]string{
				"role:place-title-person|范明政|总理|越南",
				"role:org-title-person|杜文战|主席|越南祖国阵线中央委员会",
			}},
		// Titles joined by 、, one a post in the organization's party group,
		// share the organization.
		{"教育部党组书记、部长怀进鹏出席。", []string{"ORG:教育部", "PERSON:怀进鹏"},
			[]string{
				"role:shared-org-title-person|怀进鹏|部长|教育部",
				"role:org-title-list|怀进鹏|党组书记|教育部",
			}},
		// A state's post before a person known to serve one state.
		{"总统普京表示。", []string{"PERSON:普京"}, []string{"role:title-person|holder:known-person|普京|总统|俄罗斯"}},
		{"前总统特朗普表示。", []string{"PERSON:特朗普"}, []string{"role:title-person|holder:known-person|特朗普|前总统|美国"}},
		// A deputy's state post is the state's too.
		{"美国国务卿鲁比奥与副国务卿兰道出席。", []string{"PLACE:美国|美国||US", "PERSON:鲁比奥", "PERSON:兰道"},
			[]string{"role:place-title-person|鲁比奥|国务卿|美国", "role:title-person|holder:sentence|兰道|副国务卿|美国"}},
		// A state post written bare is the state of the party its holder
		// leads.
		{"张德江会见了老挝人民革命党中央总书记、国家主席朱马里。", []string{"PERSON:张德江", "ORG:老挝人民革命党中央", "PERSON:朱马里"},
			[]string{"role:org-title-list|朱马里|总书记|老挝人民革命党中央", "role:title-person|holder:document|朱马里|国家主席|老挝"}},
		// A bare post of a division listed after one with its division is
		// that division's.
		{"习近平在河北省委书记周本顺、省长张庆伟陪同下考察。", []string{"PERSON:习近平", "ORG:河北省委", "PERSON:周本顺", "PERSON:张庆伟"},
			[]string{"role:org-title-person|周本顺|书记|河北省委", "role:title-person|holder:listed|张庆伟|省长|河北省"}},
		{"北京市委书记郭金龙、省长王安顺出席。", []string{"ORG:北京市委", "PERSON:郭金龙", "PERSON:王安顺"},
			[]string{"role:org-title-person|郭金龙|书记|北京市委", "role:title-person|王安顺|省长"}},
		{"蒙古人民党主席、政府总理奥云额尔登出席。", []string{"ORG:蒙古人民党", "PERSON:奥云额尔登"},
			[]string{"role:title-person|holder:document|奥云额尔登|总理|蒙古", "role:org-title-list|奥云额尔登|主席|蒙古人民党"}},
		// A title right after a verb or a preposition opens its object: no
		// body before it; not the state that acts on the holder.
		{"并要求总统朴槿惠下台。各界向总统穆尔西宣誓就职。", []string{"PERSON:朴槿惠", "PERSON:穆尔西"},
			[]string{"role:title-person|holder:known-person|朴槿惠|总统|韩国", "role:title-person|holder:known-person|穆尔西|总统|埃及"}},
		{"在圣彼得堡会见总统普京。议会通过了总统杜特尔特的提议。", []string{"PLACE:圣彼得堡", "PERSON:普京", "PERSON:杜特尔特"},
			[]string{"role:title-person|holder:known-person|普京|总统|俄罗斯", "role:title-person|holder:known-person|杜特尔特|总统|菲律宾"}},
		{"政府敦促瑞士重审总统扎尔达里腐败案。", []string{"PLACE:瑞士|瑞士||CH", "PERSON:扎尔达里"},
			[]string{"role:title-person|扎尔达里|总统"}},
		{"美国助理国务卿纽兰表示。", []string{"PLACE:美国|美国||US", "PERSON:纽兰"},
			[]string{"role:place-title-person|纽兰|助理国务卿|美国"}},
		// A word standing for a country holds a state's post.
		{"网球女单，我国选手王蔷击败队友。", []string{"PERSON:王蔷"}, []string{"role:place-title-person|holder:subject-word|王蔷|选手|中国"}},
		// A common noun opening the clause refers to a body named
		// elsewhere: the post is said bare.
		{"大会执行主席王东明、王儒林在主席台就座。", []string{"PERSON:王东明", "PERSON:王儒林"},
			[]string{"role:title-person|王东明|执行主席", "role:title-person|shared-title|王儒林|执行主席"}},
		{"神舟十五号航天员费俊龙、邓清明出舱。", []string{"PERSON:费俊龙", "PERSON:邓清明"},
			[]string{"role:title-person|费俊龙|航天员", "role:title-person|shared-title|邓清明|航天员"}},
		// Only a state's post: 记者 says nothing of a state.
		{"记者莫言表示。", []string{"PERSON:莫言"}, []string{"role:title-person|莫言|记者"}},
		// Not otherwise: the state's title is not the party's; a bare state
		// post of one holding the party's is that state's.
		{"中共中央总书记、国家主席习近平发表讲话。", []string{"ORG:中共中央", "PERSON:习近平"},
			[]string{
				"role:title-person|holder:document|习近平|国家主席|中国",
				"role:org-title-list|习近平|总书记|中共中央",
			}},
		// A state's post said bare inside a list goes on to the posts
		// listed before it, and reads its state from them.
		{"中共中央总书记、国家主席、中央军委主席习近平发表讲话。", []string{"ORG:中共中央", "ORG:中央军委|中华人民共和国中央军事委员会", "PERSON:习近平"},
			[]string{
				"role:org-title-person|习近平|主席|中华人民共和国中央军事委员会",
				"role:title-list|holder:document|习近平|国家主席|中国",
				"role:org-title-list|习近平|总书记|中共中央",
			}},
		{"会见沙特王储兼副首相、国防大臣萨勒曼。", []string{"PLACE:沙特|沙特阿拉伯||SA", "PERSON:萨勒曼"},
			[]string{
				"role:title-person|萨勒曼|国防大臣",
				"role:title-list|holder:document|萨勒曼|副首相|沙特阿拉伯",
				"role:org-title-list|萨勒曼|王储|沙特阿拉伯",
			}},
		// Not a bare post that opens the holder's posts, after no 、 or 兼;
		// there the holder before's state post, written again, gives a bare
		// body the aliases read as China's that state (|holder:listed-parallel).
		{"老挝党中央政治局委员、副总理宋赛，副总理兼财政部部长宋迪参加。", []string{"ORG:老挝党中央政治局", "PERSON:宋赛", "ORG:财政部|中华人民共和国财政部", "PERSON:宋迪"},
			[]string{
				"role:title-person|holder:document|宋赛|副总理|老挝",
				"role:org-title-list|宋赛|委员|老挝党中央政治局",
				"role:org-title-person|holder:listed-parallel|宋迪|部长|老挝财政部",
			}},
		{"国务院总理李强，副总理兼财政部部长刘昆出席。", []string{"ORG:国务院", "PERSON:李强", "ORG:财政部|中华人民共和国财政部", "PERSON:刘昆"},
			[]string{"role:org-title-person|李强|总理|国务院", "role:org-title-person|刘昆|部长|中华人民共和国财政部"}},
		// A clause read into the body's name (fact_words.tsv kind clause):
		// the body is what follows it, if a body's name.
		{"最高法院认为国家问责局局长博哈里涉嫌藐视法庭。", []string{"ORG:最高法院", "PERSON:博哈里"},
			[]string{"role:suffix-org-title-person|博哈里|局长|国家问责局"}},
		{"温家宝总理陪同人员国务院副总理王岐山抵达。", []string{"PERSON:温家宝", "ORG:国务院", "PERSON:王岐山"},
			[]string{"role:org-title-person|王岐山|副总理|国务院", "role:person-title|holder:known-person|温家宝|总理|中国"}},
		{"贺国强同研究所所长乔恩·迈克尔·戴维斯交谈。", []string{"ORG:贺国强同研究所", "PERSON:乔恩·迈克尔·戴维斯"}, nil},
		// Also a word of two characters or more that opens the run.
		{"当天宣布任命看守政府总理哈里里。", []string{"PERSON:哈里里"},
			[]string{"role:suffix-org-title-person|哈里里|总理|看守政府"}},
		// A post whose body is not read keeps the posts listed before it.
		{"会见古巴国务委员会主席兼部长会议主席迪亚斯-卡内尔。", []string{"ORG:古巴国务委员会", "PERSON:迪亚斯-卡内尔"},
			[]string{"role:org-title-list|迪亚斯-卡内尔|主席|古巴国务委员会"}},
		// Not a post after 为, which is the one's before it.
		{"任命柳仁村为文体部长官、前对策委员金杏为女性部长官。", []string{"PERSON:柳仁村", "ORG:文体部", "PERSON:金杏", "ORG:女性部"},
			[]string{"role:appointed-org-title-person|柳仁村|长官|文体部"}},
		// A bare central body listed after a foreign party's is that party's.
		{"越南共产党中央政治局委员、中央书记处书记阮仲义访华。", []string{"ORG:越南共产党中央政治局", "ORG:中央书记处|中共中央书记处", "PERSON:阮仲义"},
			[]string{"role:org-title-person|holder:listed-party|阮仲义|书记|越南共产党中央书记处", "role:org-title-list|阮仲义|委员|越南共产党中央政治局"}},
		// So it is after the party's short name, and in the list of the next
		// holder, who holds a post of the same body; not in that of a holder
		// with no such post.
		{"会见越共中央政治局委员、中央书记处书记吴文裕。", []string{"ORG:越共中央政治局", "ORG:中央书记处|中共中央书记处", "PERSON:吴文裕"},
			[]string{"role:org-title-person|holder:listed-party|吴文裕|书记|越共中央书记处", "role:org-title-list|吴文裕|委员|越共中央政治局"}},
		{"有朝鲜劳动党中央政治局委员、国际部部长李洙墉，中央政治局委员、外务相李勇浩等。",
			[]string{"ORG:朝鲜劳动党中央政治局", "ORG:国际部", "PERSON:李洙墉", "ORG:中央政治局|朝鲜劳动党中央政治局", "ORG:中央政治局|中共中央政治局", "PERSON:李勇浩"},
			[]string{"role:org-title-person|holder:listed-unit|李洙墉|部长|朝鲜劳动党中央国际部", "role:org-title-list|李洙墉|委员|朝鲜劳动党中央政治局",
				"role:title-person|李勇浩|外务相", "role:org-title-list|holder:listed-party|李勇浩|委员|朝鲜劳动党中央政治局"}},
		{"会见越共中央总书记阮富仲，中央书记处书记蔡奇参加。", []string{"ORG:越共中央|越南共产党中央委员会", "PERSON:阮富仲", "ORG:中央书记处|中共中央书记处", "PERSON:蔡奇"},
			[]string{"role:org-title-person|阮富仲|总书记|越南共产党中央委员会", "role:org-title-person|蔡奇|书记|中共中央书记处"}},
		// So is a bare body the aliases read as China's, listed after the
		// party's central body: the party's state's, or the party's.
		{"会见越共中央政治局委员、外交部部长范平明。", []string{"ORG:越共中央政治局", "ORG:外交部|中华人民共和国外交部", "PERSON:范平明"},
			[]string{"role:org-title-person|holder:listed-foreign|范平明|部长|越南外交部", "role:org-title-list|范平明|委员|越共中央政治局"}},
		{"会见越共中央政治局委员、中组部部长张氏梅。", []string{"ORG:越共中央政治局", "ORG:中组部|中共中央组织部", "PERSON:张氏梅"},
			[]string{"role:org-title-person|holder:listed-foreign|张氏梅|部长|越共中组部", "role:org-title-list|张氏梅|委员|越共中央政治局"}},
		// So in a list that goes on past a bare state post; 人革党 is the
		// short name of 老挝人民革命党 (org_aliases.tsv).
		{"会见越共中央政治局委员、副总理、外交部部长范平明。", []string{"ORG:越共中央政治局", "ORG:外交部|中华人民共和国外交部", "PERSON:范平明"},
			[]string{
				"role:org-title-person|holder:listed-foreign|范平明|部长|越南外交部",
				"role:title-list|holder:document|范平明|副总理|越南",
				"role:org-title-list|范平明|委员|越共中央政治局",
			}},
		{"会见人革党中央政治局委员、副总理兼中联部部长、外交部部长通伦。", []string{"ORG:人革党中央政治局", "ORG:中联部|中共中央对外联络部", "ORG:外交部|中华人民共和国外交部", "PERSON:通伦"},
			[]string{
				"role:org-title-person|holder:listed-foreign|通伦|部长|老挝外交部",
				"role:org-title-list|holder:listed-foreign|通伦|部长|人革党中联部",
				"role:title-list|holder:known-person|通伦|副总理|老挝",
				"role:org-title-list|通伦|委员|人革党中央政治局",
			}},
		// 常务 is part of the post, and the list before it is read.
		{"会见越共中央政治局委员、中央书记处常务书记、中组部部长张氏梅。", []string{"ORG:越共中央政治局", "ORG:中央书记处|中共中央书记处", "ORG:中组部|中共中央组织部", "PERSON:张氏梅"},
			[]string{"role:org-title-person|holder:listed-foreign|张氏梅|部长|越共中组部", "role:org-title-list|holder:listed-party|张氏梅|常务书记|越共中央书记处",
				"role:org-title-list|张氏梅|委员|越共中央政治局"}},
		// A bare national post reads the state from the party's bodies.
		{"老挝党中央政治局委员、中央书记处常务书记、国家副主席潘坎出席。", []string{"ORG:老挝党中央政治局", "ORG:中央书记处|中共中央书记处", "PERSON:潘坎"},
			[]string{"role:title-person|holder:document|潘坎|国家副主席|老挝", "role:org-title-list|holder:listed-party|潘坎|常务书记|老挝党中央书记处",
				"role:org-title-list|潘坎|委员|老挝党中央政治局"}},
		// A foreign party's leader is not China's: 通伦 is known to serve Laos.
		{"老挝人民革命党中央总书记、国家主席通伦出席。", []string{"ORG:老挝人民革命党中央", "PERSON:通伦"},
			[]string{
				"role:title-person|holder:known-person|通伦|国家主席|老挝",
				"role:org-title-list|通伦|总书记|老挝人民革命党中央",
			}},
		// People listed after one another share their country's state titles,
		// not a city's.
		{"杜尚别市长鲁斯塔姆、外长穆赫里丁出席。", []string{"PLACE:杜尚别", "PERSON:鲁斯塔姆", "PERSON:穆赫里丁"},
			[]string{"role:place-title-person|鲁斯塔姆|市长|杜尚别", "role:title-person|穆赫里丁|外长"}},
		{"埃及总统塞西、总理马德布利出席。", []string{"PLACE:埃及", "PERSON:塞西", "PERSON:马德布利"},
			[]string{
				"role:place-title-person|塞西|总统|埃及",
				"role:shared-place-title-person|马德布利|总理|埃及",
			}},
		// Adverbs and prepositions end the run whatever gse tags them (向/zg).
		{"代表团向全国政协主席王五致意。", []string{"ORG:全国政协|中国人民政治协商会议全国委员会", "PERSON:王五"},
			[]string{"role:org-title-person|王五|主席|中国人民政治协商会议全国委员会"}},
		// A post taken after an appointment verb, the holder before the
		// title, ordinals dropped.
		{"王东明当选为中华全国总工会主席。", []string{"PERSON:王东明", "ORG:中华全国总工会"},
			[]string{"role:appointed-org-title-person|王东明|主席|中华全国总工会"}},
		{"普拉博沃当选为印尼第八任总统。", []string{"PERSON:普拉博沃", "PLACE:印尼|印度尼西亚"},
			[]string{"role:appointed-place-title-person|普拉博沃|总统|印度尼西亚"}},
		{"姚期智担任首任院长。", []string{"PERSON:姚期智"}, []string{"role:appointed-title|姚期智|院长"}},
		// A state's post taken, written bare, is the state's as a post held;
		// a word of tenure (现任, 时任, 候任, 首任) stands between body and title.
		{"纳米比亚现任副总统恩代特瓦当选总统。", []string{"PLACE:纳米比亚|纳米比亚||NA", "PERSON:恩代特瓦"},
			[]string{"role:appointed-title|holder:sentence|恩代特瓦|总统|纳米比亚", "role:place-title-person|恩代特瓦|副总统|纳米比亚"}},
		// A word of tenure before the body or the title is no part of the
		// post; one of a post held for a time or not yet (代理, 当选, 候任) is.
		{"乌克兰新任总统泽连斯基此前曾表示。时任韩国总统金大中与日本首相小渊惠三会谈。", []string{"PLACE:乌克兰|乌克兰||UA", "PERSON:泽连斯基", "PLACE:韩国|韩国||KR", "PERSON:金大中", "PLACE:日本|日本||JP", "PERSON:小渊惠三"},
			[]string{"role:place-title-person|泽连斯基|总统|乌克兰", "role:place-title-person|金大中|总统|韩国", "role:place-title-person|小渊惠三|首相|日本"}},
		// So is one inside the body's name read from the text.
		{"美国新任印太司令部司令帕帕罗表示。时任中国人民银行党委委员、副行长范一飞落马。",
			[]string{"PLACE:美国|美国||US", "PERSON:帕帕罗", "ORG:中国人民银行党委", "PERSON:范一飞"},
			[]string{"role:suffix-org-title-person|帕帕罗|司令|美国印太司令部", "role:shared-org-title-person|范一飞|副行长|中国人民银行",
				"role:org-title-list|范一飞|党委委员|中国人民银行"}},
		{"时任总统卢武铉是办理袭击案的律师。", []string{"PERSON:卢武铉"},
			[]string{"role:title-person|holder:known-person|卢武铉|总统|韩国"}},
		{"王岐山还分别会见新任副总统阿尔克明和时任副总统莫朗。", []string{"PERSON:王岐山", "PERSON:阿尔克明", "PERSON:莫朗"},
			[]string{"role:title-person|阿尔克明|副总统", "role:title-person|莫朗|副总统"}},
		{"美国当选总统特朗普表示。库尔斯克州代理州长斯米尔诺夫在会议上说。", []string{"PLACE:美国|美国||US", "PERSON:特朗普", "PLACE:库尔斯克州", "PERSON:斯米尔诺夫"},
			[]string{"role:place-title-person|特朗普|当选总统|美国", "role:place-title-person|斯米尔诺夫|代理州长|库尔斯克州"}},
		// 代 before a title is acting in the post, unless it counts a
		// generation.
		{"伊朗代外长巴盖里表示。他是中国第五代领导人李四。", []string{"PLACE:伊朗|伊朗||IR", "PERSON:巴盖里", "PLACE:中国|中国||CN", "PERSON:李四"},
			[]string{"role:place-title-person|巴盖里|代外长|伊朗"}},
		// A country and its principal's office the tagger read as one place.
		{"菲律宾总统府发言人陈显达说。", []string{"PLACE:菲律宾总统府", "PERSON:陈显达"},
			[]string{"role:principal-place-title-person|陈显达|总统府发言人|菲律宾"}},
		// A country inside what the post deals with is no body.
		{"美国国务院朝鲜人权问题特使罗伯特·金说。", []string{"ORG:美国国务院", "PLACE:朝鲜", "PERSON:罗伯特·金"},
			[]string{"role:topic-org-title-person|罗伯特·金|特使|美国国务院"}},
		// A council or a session named as a gathering, with a place or a
		// body in its name; not the gathering word alone.
		{"俄罗斯国家安全会议副主席梅德韦杰夫表示。大会执行主席王东明出席。", []string{"PLACE:俄罗斯", "PERSON:梅德韦杰夫", "PERSON:王东明"},
			[]string{"role:gathering-title-person|梅德韦杰夫|副主席|俄罗斯国家安全会议", "role:title-person|王东明|执行主席"}},
		// Also where the tagger cut the council's name inside the gathering word.
		{"会见印度尼西亚人民协商会议主席希达多。", []string{"ORG:印度尼西亚人民协商会", "PERSON:希达多"},
			[]string{"role:gathering-title-person|希达多|主席|印度尼西亚人民协商会议"}},
		// A body's post held for one country's side, and a body named in
		// quotation marks; not a quoted description.
		{"能源合作委员会中方主席王岐山出席。“胜利阵线”领导人乔拉尼宣称。“90后”医生胡娟说。",
			[]string{"ORG:能源合作委员会", "PLACE:中|中国||CN", "PERSON:王岐山", "PERSON:乔拉尼", "PERSON:胡娟"},
			[]string{"role:side-org-title-person|王岐山|中方主席|能源合作委员会", "role:quoted-org-title-person|乔拉尼|领导人|胜利阵线"}},
		// And a senior, a visiting or a contributing post's.
		{"九牧集团高级副总裁林晓伟表示。复旦大学客座教授王五说。司法部特别检察官米勒说。", []string{"ORG:九牧集团", "PERSON:林晓伟", "ORG:复旦大学", "PERSON:王五", "ORG:司法部", "PERSON:米勒"},
			[]string{"role:org-title-person|林晓伟|高级副总裁|九牧集团", "role:org-title-person|王五|客座教授|复旦大学", "role:org-title-person|米勒|特别检察官|司法部"}},
		{"韩正会见世界自然基金会全球总干事斯海特。", []string{"PERSON:韩正", "ORG:世界自然基金会", "PERSON:斯海特"},
			[]string{"role:org-title-person|斯海特|全球总干事|世界自然基金会"}},
		// 经 (through) ends the run before a body.
		{"会旗经国际奥委会主席巴赫交给下一届主办城市。", []string{"ORG:国际奥委会|国际奥林匹克委员会", "PERSON:巴赫"},
			[]string{"role:org-title-person|巴赫|主席|国际奥林匹克委员会"}},
		// So are an honorary mark and a shared post's.
		{"德国社会民主党联合主席克林贝尔访华。中国国民党荣誉主席吴伯雄出席。", []string{"ORG:德国社会民主党", "PERSON:克林贝尔", "ORG:中国国民党", "PERSON:吴伯雄"},
			[]string{"role:org-title-person|克林贝尔|联合主席|德国社会民主党", "role:org-title-person|吴伯雄|荣誉主席|中国国民党"}},
		// An ordinal is part of the post.
		{"厄瓜多尔国民代表大会第二副议长巴拉莱索说。", []string{"ORG:厄瓜多尔国民代表大会", "PERSON:巴拉莱索"},
			[]string{"role:org-title-person|巴拉莱索|第二副议长|厄瓜多尔国民代表大会"}},
		// What the post deals with stands between the body and the title.
		{"联合国也门问题特使马丁·格里菲思说。欧盟“脱欧”谈判首席代表巴尼耶说。",
			[]string{"ORG:联合国", "PLACE:也门", "PERSON:马丁·格里菲思", "ORG:欧盟|欧洲联盟", "PERSON:巴尼耶"},
			[]string{"role:topic-org-title-person|马丁·格里菲思|特使|联合国", "role:topic-org-title-person|巴尼耶|首席代表|欧洲联盟"}},
		// A country right before a state's title holds it when the run
		// before it is no name; not a place the run cut (巴布达 of 安提瓜和巴布达).
		{"向中国人民的老朋友——塔吉克斯坦总统拉赫蒙颁授勋章。安提瓜和巴布达总督莱克-塔克出席。",
			[]string{"PLACE:中国|中国||CN", "PLACE:塔吉克斯坦|塔吉克斯坦||TJ", "PERSON:拉赫蒙", "PLACE:巴布达", "PERSON:莱克-塔克"},
			[]string{"role:place-title-person|holder:adjacent|拉赫蒙|总统|塔吉克斯坦"}},
		// So it does after a word for a state that describes the country
		// (成员国, 主席国), even after a name.
		{"东盟轮值主席国新加坡总理李显龙致电。", []string{"ORG:东盟|东南亚国家联盟", "PLACE:新加坡|新加坡||SG", "PERSON:李显龙"},
			[]string{"role:place-title-person|holder:adjacent|李显龙|总理|新加坡"}},
		// A holder's name and 和 end the run: the title after is a second
		// holder's, a division's post the division of the one before.
		{"重庆市委书记陈敏尔和市长唐良智出席。总理武切维奇和外长久里奇等热情迎接。",
			[]string{"ORG:重庆市委", "PERSON:陈敏尔", "PERSON:唐良智", "PERSON:武切维奇", "PERSON:久里奇"},
			[]string{"role:org-title-person|陈敏尔|书记|重庆市委", "role:title-person|holder:listed|唐良智|市长|重庆市",
				"role:title-person|武切维奇|总理", "role:title-person|久里奇|外长"}},
		// A post another serves, or a portfolio, between the body and the
		// title is written into the predicate.
		{"美国总统国家安全事务助理博尔顿今天开始访问。联合国秘书长发言人迪雅里克说。日本防卫大臣中谷元表示。",
			[]string{"PLACE:美国|美国||US", "PERSON:博尔顿", "ORG:联合国", "PERSON:迪雅里克", "PLACE:日本|日本||JP", "PERSON:中谷元"},
			[]string{"role:principal-place-title-person|博尔顿|总统国家安全事务助理|美国", "role:principal-org-title-person|迪雅里克|秘书长发言人|联合国",
				"role:portfolio-place-title-person|中谷元|防卫大臣|日本"}},
		// A portfolio may be written in one word with its title, and after
		// 兼, where the post shares the body of the one before.
		{"德国副总理兼经济部长罗斯勒表示。", []string{"PLACE:德国|德国||DE", "PERSON:罗斯勒"},
			[]string{"role:org-title-list|罗斯勒|副总理|德国", "role:shared-org-title-person|罗斯勒|经济部长|德国"}},
		{"德国经济部长罗斯勒表示。", []string{"PLACE:德国|德国||DE", "PERSON:罗斯勒"},
			[]string{"role:portfolio-place-title-person|罗斯勒|经济部长|德国"}},
		{"内阁官房长官松野博一、财务大臣铃木俊一出席。", []string{"PERSON:松野博一", "PERSON:铃木俊一"},
			[]string{"role:title-person|松野博一|官房长官", "role:title-person|铃木俊一|财务大臣"}},
		// A state's government before its post: the post said bare, of the
		// holder's state; the titles listed before keep their bodies.
		{"新加坡人民行动党秘书长、政府总理李显龙在贺电中说。", []string{"ORG:新加坡人民行动党", "PERSON:李显龙"},
			[]string{"role:title-person|holder:known-person|李显龙|总理|新加坡", "role:org-title-list|李显龙|秘书长|新加坡人民行动党"}},
		{"美国前总统国家安全事务助理布热津斯基说。", []string{"PLACE:美国|美国||US", "PERSON:布热津斯基"},
			[]string{"role:principal-place-title-person|布热津斯基|前总统国家安全事务助理|美国"}},
		// Not a portfolio that only names the country dealt with: the post is
		// said bare with it, as what an envoy deals with is.
		{"外交大臣费萨尔亲王、中国事务大臣鲁梅延出席。叙利亚问题特使彼得森说。", []string{"PLACE:中国|中国||CN", "PERSON:鲁梅延", "PLACE:叙利亚|叙利亚||SY", "PERSON:彼得森"},
			[]string{"role:title-person|鲁梅延|中国事务大臣", "role:title-person|彼得森|叙利亚问题特使"}},
		// A former post opens a noun phrase: the words before are no body;
		// not the 前 of a time (三年前).
		{"还会见了前国务卿基辛格。南非政府为已故前总统曼德拉举行悼念活动。三年前总统特朗普宣布退出。",
			[]string{"PERSON:基辛格", "PLACE:南非|南非||ZA", "PERSON:曼德拉", "PERSON:特朗普"},
			[]string{"role:title-person|基辛格|前国务卿", "role:title-person|holder:sentence|曼德拉|前总统|南非"}},
		// The state may open an organization's name.
		{"马尔代夫最高法院先后发布裁决令，要求释放前总统纳希德", []string{"ORG:马尔代夫最高法院", "PERSON:纳希德"},
			[]string{"role:title-person|holder:sentence|纳希德|前总统|马尔代夫"}},
		// 常务副 and 执行 are part of the post.
		{"联合国常务副秘书长阿明娜说。南京大学国际关系学院执行院长朱锋分析称。",
			[]string{"ORG:联合国", "PERSON:阿明娜", "ORG:南京大学国际关系学院", "PERSON:朱锋"},
			[]string{"role:org-title-person|阿明娜|常务副秘书长|联合国", "role:org-title-person|朱锋|执行院长|南京大学国际关系学院"}},
		{"任命阴和俊为科学技术部部长；", []string{"PERSON:阴和俊", "ORG:科学技术部"},
			[]string{"role:appointed-org-title-person|阴和俊|部长|科学技术部"}},
		// A post held no more has the former mark.
		{"免去李盛霖的交通运输部部长职务。李克强不再担任国务院总理。", []string{"PERSON:李盛霖", "ORG:交通运输部", "PERSON:李克强", "ORG:国务院"},
			[]string{"role:dismissed-org-title-person|李盛霖|前部长|交通运输部", "role:dismissed-org-title-person|李克强|前总理|国务院"}},
		{"免去孟建柱兼任的公安部部长职务。", []string{"PERSON:孟建柱", "ORG:公安部"},
			[]string{"role:dismissed-org-title-person|孟建柱|前部长|公安部"}},
		// The title may begin inside the body's name.
		{"董军接替李尚福担任国防部长。", []string{"PERSON:董军", "PERSON:李尚福", "ORG:国防部"},
			[]string{"role:appointed-org-title-person|董军|部长|国防部"}},
		{"格拉西莫夫接替空天军总司令苏罗维金担任联合部队总指挥。", []string{"PERSON:格拉西莫夫", "ORG:空天军", "PERSON:苏罗维金", "ORG:联合部队"},
			[]string{"role:org-title-person|苏罗维金|总司令|空天军", "role:appointed-org-title-person|格拉西莫夫|总指挥|联合部队"}},
		{"冯德莱恩当选下届欧盟委员会主席。", []string{"PERSON:冯德莱恩", "ORG:欧盟委员会"},
			[]string{"role:appointed-org-title-person|冯德莱恩|主席|欧盟委员会"}},
		// Posts taken listed with 兼 or 、 are each read, the second after 兼
		// in the first's body when its run names none, a department in the
		// first's body (罗东川 → 最高人民法院审判委员会), an ordinal of the term
		// dropped; not another's post after 为.
		{"李子洲当选为省委常委兼组织部长。任命罗东川为最高人民法院副院长、审判委员会委员。", []string{"PERSON:李子洲", "ORG:省委", "PERSON:罗东川", "ORG:最高人民法院", "ORG:审判委员会"},
			[]string{"role:appointed-org-title-person|李子洲|常委|省委", "role:appointed-shared-org-title-person|李子洲|组织部长|省委",
				"role:appointed-org-title-person|罗东川|副院长|最高人民法院", "role:appointed-org-title-person|holder:listed-unit|罗东川|委员|最高人民法院审判委员会"}},
		{"任命陈思喜为第三任基本法委员会委员。任命尹宗华为外事委员会副主任、王民为港澳委员会副主任。", []string{"PERSON:陈思喜", "ORG:基本法委员会", "PERSON:尹宗华", "ORG:外事委员会"},
			[]string{"role:appointed-org-title-person|陈思喜|委员|基本法委员会", "role:appointed-org-title-person|尹宗华|副主任|外事委员会"}},
		// A department written bare after another post of the holder is that
		// post's body's; a body that ends in a department is read without it (中共中央政治局 → 中共中央).
		{"武汉市委原常委、组织部部长杨汉军说。中共中央政治局常委、书记处书记刘云山出席。",
			[]string{"ORG:武汉市委", "ORG:组织部", "PERSON:杨汉军", "ORG:中共中央政治局", "ORG:书记处", "PERSON:刘云山"},
			[]string{"role:org-title-person|holder:listed-unit|杨汉军|部长|武汉市委组织部", "role:org-title-list|杨汉军|原常委|武汉市委",
				"role:org-title-person|holder:listed-unit|刘云山|书记|中共中央书记处", "role:org-title-list|刘云山|常委|中共中央政治局"}},
		// People named in a clause after a meeting's, there with the host
		// (参加, 在座), hold no post of the guest's party or state; the host's
		// people after its own state do.
		{"王沪宁会见越共中央政治局委员、中央书记处书记陈国旺，中央书记处书记蔡奇参加会见。",
			[]string{"PERSON:王沪宁", "ORG:越共中央政治局|越南共产党中央委员会政治局", "ORG:中央书记处|中共中央书记处", "PERSON:陈国旺", "ORG:中央书记处|中共中央书记处", "PERSON:蔡奇"},
			[]string{"role:org-title-list|陈国旺|委员|越南共产党中央委员会政治局", "role:org-title-person|holder:listed-party|陈国旺|书记|越南共产党中央书记处",
				"role:org-title-person|蔡奇|书记|中共中央书记处"}},
		{"李强会见越南总理范明政，副总理何立峰在座。美国总统拜登会见王毅，副国务卿兰道在座。",
			[]string{"PERSON:李强", "PLACE:越南|越南||VN", "PERSON:范明政", "PERSON:何立峰", "PLACE:美国|美国||US", "PERSON:拜登", "PERSON:王毅", "PERSON:兰道"},
			[]string{"role:place-title-person|范明政|总理|越南", "role:title-person|何立峰|副总理",
				"role:place-title-person|拜登|总统|美国", "role:title-person|holder:sentence|兰道|副国务卿|美国"}},
		// The verb of kind present must follow the holder in its clause:
		// 陈国旺, named after the guest in a clause of his own, is a guest.
		{"王沪宁会见越共中央总书记阮富仲，中央书记处书记陈国旺，中央书记处书记蔡奇参加。",
			[]string{"PERSON:王沪宁", "ORG:越共中央|越南共产党中央委员会", "PERSON:阮富仲", "ORG:中央书记处|中共中央书记处", "PERSON:陈国旺", "ORG:中央书记处|中共中央书记处", "PERSON:蔡奇"},
			[]string{"role:org-title-person|阮富仲|总书记|越南共产党中央委员会", "role:org-title-person|holder:guest-party|陈国旺|书记|越南共产党中央书记处",
				"role:org-title-person|蔡奇|书记|中共中央书记处"}},
		// So are a later guest's, after the same meeting verb, when a guest
		// before holds a foreign party's post.
		{"分别会见老挝人革党中央总书记、国家主席本扬，政府总理通伦，中央书记处常务书记、国家副主席潘坎，并与中央纪委书记本通举行会谈。",
			[]string{"ORG:老挝人革党中央|老挝人民革命党中央委员会", "PERSON:本扬", "PERSON:通伦", "ORG:中央书记处|中共中央书记处", "PERSON:潘坎", "ORG:中央纪委|中共中央纪律检查委员会", "PERSON:本通"},
			[]string{"role:title-person|holder:document|本扬|国家主席|老挝", "role:org-title-list|本扬|总书记|老挝人民革命党中央委员会",
				"role:title-person|holder:known-person|通伦|总理|老挝",
				"role:title-person|holder:document|潘坎|国家副主席|老挝", "role:org-title-list|holder:guest-party|潘坎|常务书记|老挝人民革命党中央书记处",
				"role:org-title-person|holder:guest-party|本通|书记|老挝人民革命党中央纪委"}},
		// People each before a state's post, listed up to 等 and a country
		// or its side before 领导人, hold the post in that country; not a
		// party's post.
		{"我期待着同舒尤克总统、欧尔班总理等匈牙利领导人会晤。同普京总统等俄方领导人会谈。转达胡锦涛主席、习近平总书记等中国领导人的问候。",
			[]string{"PERSON:舒尤克", "PERSON:欧尔班", "PLACE:匈牙利|匈牙利||HU", "PERSON:普京", "PLACE:俄|俄罗斯||RU", "PERSON:胡锦涛", "PERSON:习近平", "PLACE:中国|中国||CN"},
			[]string{"role:person-title-list|舒尤克|总统|匈牙利", "role:person-title-list|欧尔班|总理|匈牙利", "role:person-title-list|普京|总统|俄罗斯",
				"role:person-title|胡锦涛|主席", "role:person-title|习近平|总书记"}},
		// A state's post right after its holder's name (rule role:person-title)
		// takes the country written right before the name, else the body
		// the document gives the same post, the state people_known.tsv
		// records, or the one foreign state the sentence names, unless
		// another person there holds a post of it; else it is said bare.
		{"普京总统表示。美国特朗普总统说。中共中央总书记习近平出席。习近平总书记号召全党。赵乐际委员长主持。",
			[]string{"PERSON:普京", "PLACE:美国|美国||US", "PERSON:特朗普", "ORG:中共中央|中国共产党中央委员会", "PERSON:习近平", "PERSON:习近平", "PERSON:赵乐际"},
			[]string{"role:person-title|holder:known-person|普京|总统|俄罗斯", "role:place-person-title|特朗普|总统|美国",
				"role:org-title-person|习近平|总书记|中国共产党中央委员会", "role:person-title|holder:document|习近平|总书记|中国共产党中央委员会",
				"role:person-title|赵乐际|委员长"}},
		{"据南苏丹媒体报道，基尔总统将出席。美国国务卿布林肯会见了马科斯总统。",
			[]string{"PLACE:南苏丹|南苏丹||SS", "PERSON:基尔", "PLACE:美国|美国||US", "PERSON:布林肯", "PERSON:马科斯"},
			[]string{"role:person-title|holder:sentence|基尔|总统|南苏丹", "role:place-title-person|布林肯|国务卿|美国", "role:person-title|马科斯|总统"}},
		// Any post but a byline's; an organization right before the name
		// is its body. A colon after the title labels the name after it,
		// if one follows (a film's credits), else the name's speech.
		{"中国工程院袁隆平院士说。张丽莉老师说。编剧：桑弧导演：许鞍华。习近平主席：同事们。载王帆主编：《国际关系经典名著导读》。",
			[]string{"ORG:中国工程院", "PERSON:袁隆平", "PERSON:张丽莉", "PERSON:桑弧", "PERSON:许鞍华", "PERSON:习近平", "PERSON:王帆"},
			[]string{"role:org-person-title|袁隆平|院士|中国工程院", "role:person-title|张丽莉|老师", "role:person-title|习近平|主席"}},
		// Not a post that serves the person named before it, one sought, nor
		// a thing's name.
		{"蓬佩奥以特朗普特使身份访朝。希拉里总统候选人说。英国“伊丽莎白女王”号航母。",
			[]string{"PERSON:蓬佩奥", "PERSON:特朗普", "PERSON:希拉里", "PLACE:英国|英国||GB", "PERSON:伊丽莎白"}, nil},
		// The tagger reads a deputy mark after a bare surname into a name
		// (李副|总理, a surname and a deputy's title): the "name" is no one's,
		// and the post after it is only the tail of the deputy's title.
		{"金墉十分赞同李副总理的提议。张常务副市长主持会议。", []string{"PERSON:金墉", "PERSON:李副", "PERSON:张常务"}, nil},
		// A division's post after a name is not the division the document
		// is about: the mayor of San José visiting Beijing.
		{"北京市欢迎来宾。北京市民很多。阿拉亚市长说。", []string{"PLACE:北京市|北京市|110000", "PLACE:北京市|北京市|110000", "PERSON:阿拉亚"}, []string{"role:person-title|阿拉亚|市长"}},
		// A topic word and the title's first character that end like a
		// body's name (事务|委, 谈判|大) leave the title a post of its own;
		// only a unit and its head (事务局|长) are a body.
		{"美国国家安全委员会印太事务协调员坎贝尔说。欧盟经济和金融事务委员莫斯科维奇说。“8·6广岛大行动实行委员会”事务局长宫原亮说。",
			[]string{"ORG:美国国家安全委员会", "PERSON:坎贝尔", "ORG:欧盟|欧洲联盟", "PERSON:莫斯科维奇", "ORG:8·6广岛大行动实行委员会", "PERSON:宫原亮"},
			[]string{"role:topic-org-title-person|坎贝尔|协调员|美国国家安全委员会", "role:topic-org-title-person|莫斯科维奇|委员|欧洲联盟"}},
		// A gathering word alone opening the object of a verb and 了 refers
		// to the gathering named elsewhere: the post is said bare.
		{"会议听取了大会副秘书长信春鹰作的说明。", []string{"PERSON:信春鹰"}, []string{"role:title-person|信春鹰|副秘书长"}},
		// A word gse tags no verb before a known body's name ends the run;
		// not a place gse reads, whose party the alias does not name.
		{"当国际奥委会主席罗格将五环旗交给他。沉痛悼念越共中央总书记阮富仲同志。朝党中央第一副部长金与正出席。",
			[]string{"ORG:国际奥委会|国际奥林匹克委员会", "PERSON:罗格", "ORG:越共中央|越南共产党中央委员会", "PERSON:阮富仲", "ORG:党中央|中国共产党中央委员会", "PERSON:金与正"},
			[]string{"role:org-title-person|罗格|主席|国际奥林匹克委员会", "role:org-title-person|阮富仲|总书记|越南共产党中央委员会"}},
		// A party's standing before its name is no part of the body; alone
		// it names none.
		{"最大在野党自民党党首安倍晋三说。反对党--工党领导人科尔宾说。会见反对党领袖李在明。南非总统、执政党非洲人国民大会主席拉马福萨说。",
			[]string{"ORG:自民党", "PERSON:安倍晋三", "ORG:工党", "PERSON:科尔宾", "PERSON:李在明", "PLACE:南非|南非||ZA", "ORG:非洲人国民大会", "PERSON:拉马福萨"},
			[]string{"role:org-title-person|安倍晋三|党首|自民党", "role:org-title-person|科尔宾|领导人|工党", "role:title-person|李在明|领袖",
				"role:org-title-person|拉马福萨|主席|非洲人国民大会", "role:org-title-list|拉马福萨|总统|南非"}},
		{"要求穆加贝辞去执政党主席兼第一书记职务。王五当选为反对党工党领袖。", []string{"PERSON:穆加贝", "PERSON:王五", "ORG:工党"},
			[]string{"role:dismissed-title|穆加贝|前主席", "role:dismissed-title|穆加贝|前第一书记", "role:appointed-org-title-person|王五|领袖|工党"}},
		// A former mark before a body's name after words that end no name
		// opens the post.
		{"信件的收件人为前中情局局长布伦南。", []string{"ORG:中情局", "PERSON:布伦南"},
			[]string{"role:org-title-person|布伦南|前局长|中情局"}},
		// A country or region holds a state title: 挪威首相.
		{"习近平会见来华正式访问的挪威首相斯特勒。", []string{"PERSON:习近平", "PERSON:斯特勒", "PLACE:挪威"},
			[]string{"role:place-title-person|斯特勒|首相|挪威"}},
		{"泰国前总理英拉今天出席听证会。", []string{"PERSON:英拉", "PLACE:泰国"},
			[]string{"role:place-title-person|英拉|前总理|泰国"}},
		// Places written together that nest name the last one.
		{"陕西省宁陕县副县长叶庆春出席。", []string{"PLACE:陕西省|陕西省|610000", "PLACE:宁陕县|陕西省安康市宁陕县|610923", "PERSON:叶庆春"},
			[]string{"role:place-title-person|叶庆春|副县长|陕西省安康市宁陕县"}},
		{"中共中央政治局常委、中央党的建设工作领导小组副组长李希出席。", []string{"ORG:中共中央政治局", "ORG:建设工作领导小组", "PERSON:李希"},
			[]string{"role:suffix-org-title-person|李希|副组长|中央党的建设工作领导小组", "role:org-title-list|李希|常委|中共中央政治局"}},
		{"黑龙江省委书记许勤出席。", []string{"ORG:黑龙江省委", "PERSON:许勤"},
			[]string{"role:org-title-person|许勤|书记|黑龙江省委"}},
		// A local head after the division's committee serves there.
		{"黑龙江省委副书记、省长梁惠玲出席。", []string{"ORG:黑龙江省委", "PERSON:梁惠玲"},
			[]string{"role:committee-place-title-person|梁惠玲|省长|黑龙江省", "role:org-title-list|梁惠玲|副书记|黑龙江省委"}},
		{"在军事政变中身亡的前总统阿连德", []string{"PERSON:阿连德"}, []string{"role:title-person|阿连德|前总统"}},
		// 兼 joins two posts in one body.
		// A former mark before the first post covers the one after 兼.
		{"新华社原副社长兼总编辑冯健说。", []string{"ORG:新华社|新华通讯社", "PERSON:冯健"},
			[]string{"role:shared-org-title-person|冯健|原总编辑|新华通讯社", "role:org-title-list|冯健|原副社长|新华通讯社"}},
		{"全国政协副主席兼秘书长王东峰出席。", []string{"ORG:全国政协|中国人民政治协商会议全国委员会", "PERSON:王东峰"},
			[]string{"role:shared-org-title-person|王东峰|秘书长|中国人民政治协商会议全国委员会", "role:org-title-list|王东峰|副主席|中国人民政治协商会议全国委员会"}},
		{"表示坚定支持行政长官林郑月娥。", []string{"PERSON:林郑月娥"}, []string{"role:title-person|林郑月娥|行政长官"}},
		// Titles of any length the table holds.
		{"科威特常驻联合国代表奥泰比说。", []string{"PLACE:科威特", "PERSON:奥泰比"},
			[]string{"role:place-title-person|奥泰比|常驻联合国代表|科威特"}},
		// Where an envoy serves is part of the post.
		{"新加坡驻华大使陈海泉出席。", []string{"PLACE:新加坡", "PLACE:华|中国", "PERSON:陈海泉"},
			[]string{"role:place-title-person|陈海泉|驻华大使|新加坡"}},
		// A title that begins with the body's last character.
		{"俄外交部长拉夫罗夫表示。", []string{"ORG:俄外交部|俄罗斯外交部", "PERSON:拉夫罗夫"},
			[]string{"role:org-title-person|拉夫罗夫|部长|俄罗斯外交部"}},
		{"公安部治安局局长刘绍武表示。", []string{"ORG:公安部治安局局", "PERSON:刘绍武"},
			[]string{"role:suffix-org-title-person|刘绍武|局长|公安部治安局"}},
		// A numeral and a classifier make a description, no name.
		{"普罗夫迪夫州一座炼油厂负责人迪米特罗夫说。", []string{"PERSON:迪米特罗夫"}, nil},
		// A former mark opening what the post deals with is the title's;
		// with no body before it the post is said bare, with what it deals
		// with. Not the 前 of a time.
		{"特朗普竞选团队前外交政策顾问帕帕佐普洛斯认罪。联合国前也门问题特使格里菲思说。他的前外交政策顾问弗林说。两年前也门问题特使格里菲思说。",
			[]string{"ORG:特朗普竞选团队", "PERSON:帕帕佐普洛斯", "ORG:联合国", "PLACE:也门", "PERSON:格里菲思", "PERSON:弗林", "DATE:两年前|2018-01-01|2018-12-31", "PLACE:也门", "PERSON:格里菲思"},
			[]string{"role:topic-org-title-person|帕帕佐普洛斯|前顾问|特朗普竞选团队", "role:topic-org-title-person|格里菲思|前特使|联合国",
				"role:title-person|弗林|前外交政策顾问"}},
		// A former mark, a word of its own inside the body before the title,
		// is the title's; not one inside a name, nor 原 before a body that is
		// no more.
		{"韩国前统一部长官李钟奭表示。美国前国防部副部长哈姆雷说。以色列前进党议会党团主席伊齐克说。湖南省原质量技术监督局局长欧阳彪。",
			[]string{"PLACE:韩国|韩国||KR", "ORG:统一部", "PERSON:李钟奭", "ORG:美国前国防部", "PERSON:哈姆雷", "ORG:以色列前进党议会党团", "PERSON:伊齐克", "ORG:湖南省原质量技术监督局", "PERSON:欧阳彪"},
			[]string{"role:suffix-org-title-person|李钟奭|前长官|韩国统一部", "role:org-title-person|哈姆雷|前副部长|美国国防部",
				"role:org-title-person|伊齐克|主席|以色列前进党议会党团", "role:org-title-person|欧阳彪|局长|湖南省原质量技术监督局"}},
		// A body's full name and its short name side by side name it once.
		{"巴勒斯坦伊斯兰抵抗运动哈马斯领导人哈尼亚遭暗杀。", []string{"ORG:巴勒斯坦伊斯兰抵抗运动", "ORG:哈马斯|巴勒斯坦伊斯兰抵抗运动", "PERSON:哈尼亚"},
			[]string{"role:org-title-person|哈尼亚|领导人|巴勒斯坦伊斯兰抵抗运动"}},
		// A body's name the tagger cut after its place, with no institution
		// suffix to read it whole, takes the place; not a side (韩方).
		{"会见缅甸国防军总司令敏昂莱。湖北省安陆市植保站站长周小贺说。韩方团长黄浚局表示。",
			[]string{"PLACE:缅甸|缅甸||MM", "ORG:国防军", "PERSON:敏昂莱", "PLACE:湖北省安陆市", "ORG:植保站", "PERSON:周小贺", "PLACE:韩|韩国||KR", "ORG:方", "PERSON:黄浚局"},
			[]string{"role:place-org-title-person|敏昂莱|总司令|缅甸国防军", "role:place-org-title-person|周小贺|站长|湖北省安陆市植保站"}},
		// The tagger's body after a former mark and a country takes both.
		{"美国前国防部长帕内塔表示。", []string{"PLACE:美国|美国||US", "ORG:国防部", "PERSON:帕内塔"},
			[]string{"role:org-title-person|holder:former-country|帕内塔|前部长|美国国防部"}},
		// A title and 兼 or 、 inside a run that a tagger's span let pass
		// end the posts listed before; the body is what follows.
		{"联合国副秘书长兼环境规划署执行主任索尔海姆说。", []string{"ORG:联合国", "ORG:兼环境规划署", "PERSON:索尔海姆"},
			[]string{"role:suffix-org-title-person|索尔海姆|执行主任|环境规划署", "role:org-title-list|索尔海姆|副秘书长|联合国"}},
		{"土库曼斯坦民族领袖、人民委员会主席别尔德穆哈梅多夫说。", []string{"ORG:土库曼斯坦民族领袖、人民委员会", "PERSON:别尔德穆哈梅多夫"},
			[]string{"role:suffix-org-title-person|别尔德穆哈梅多夫|主席|人民委员会"}},
		// A former post's mark before the holder is the title's.
		{"这是前哈佛大学教授傅高义撰写的。", []string{"ORG:哈佛大学", "PERSON:傅高义"},
			[]string{"role:org-title-person|傅高义|前教授|哈佛大学"}},
		{"南岗投资有限责任公司党委委员、原纪委书记左勇军接受审查。", []string{"ORG:南岗投资有限责任公司", "ORG:纪委", "PERSON:左勇军"},
			[]string{"role:org-title-person|左勇军|原书记|纪委", "role:org-title-list|左勇军|党委委员|南岗投资有限责任公司"}},
		// A word of the people led or of a quality before a title makes it
		// praise, no post; a body before it keeps the post.
		{"人民领袖习近平出席。农民运动领袖方志敏就义。真主党领袖纳斯鲁拉说。",
			[]string{"PERSON:习近平", "PERSON:方志敏", "ORG:真主党", "PERSON:纳斯鲁拉"},
			[]string{"role:org-title-person|纳斯鲁拉|领袖|真主党"}},
		// An idiom before a name is no part of it.
		{"“热烈欢迎中国共产党中央委员会总书记习近平同志”", []string{"ORG:中国共产党中央委员会", "PERSON:习近平"},
			[]string{"role:org-title-person|习近平|总书记|中国共产党中央委员会"}},
		// A place before a scholar's title is where, not whose.
		{"四川研究员李四说。", []string{"PERSON:李四", "PLACE:四川"}, nil},
		// 副 belongs to the title even when titles.tsv lacks the deputy form.
		{"中共中央政治局常委、国务院副总理、国务院西部地区开发领导小组副组长韩正出席。",
			[]string{"PERSON:韩正", "ORG:中共中央政治局", "ORG:国务院", "ORG:国务院西部地区开发领导小组"},
			[]string{
				"role:org-title-person|韩正|副组长|国务院西部地区开发领导小组",
				"role:org-title-list|韩正|副总理|国务院",
				"role:org-title-list|韩正|常委|中共中央政治局",
			}},
		// A name cut at its dot is only part of a name.
		{"同美国总统贝拉克・奥巴马举行会谈。", []string{"PERSON:贝拉克", "PLACE:美国"}, nil},
		// 联合国 is a name, not a suffix that refers to one (as 组织 does).
		{"联合国秘书长古特雷斯说。", []string{"ORG:联合国", "PERSON:古特雷斯"},
			[]string{"role:org-title-person|古特雷斯|秘书长|联合国"}},
		// A bare suffix refers to an organization named elsewhere.
		{"公司董事长周维民表示。", []string{"PERSON:周维民", "ORG:公司"}, []string{"role:title-person|周维民|董事长"}},
		// A surname alone is no name.
		{"通讯员 蒋一帆", []string{"PERSON: 蒋"}, nil},
		// The tagger's span may carry a space; the subject does not.
		{"（记者 马卓言）", []string{"PERSON: 马卓言| 马卓言"}, []string{"role:title-person|马卓言|记者"}},
		{"张洁和团队敏锐地察觉到", []string{"PERSON:张洁"}, nil},
		{"王女士说", []string{"PERSON:王"}, nil},
	},
}

// title returns the start of the longest title that ends at end and starts
// at or after lo, with the deputy mark (副) and the former mark (原, 前)
// before it included in the predicate. Forms of address (先生, 女士) follow names and are no titles here.
func (s *Stage) title(v *view, end, lo int) (start int, predicate, category string, ok bool) {
	// Each title tried ends with the character before end, which ends no
	// title at most places; within the loop, a title's first character
	// must begin one, before the table is read.
	if end <= lo || !s.titles.Ends(v.text[end-1]) {
		return 0, "", "", false
	}
	for n := min(s.titles.MaxLen(), end-lo); n >= 1; n-- {
		if !s.titles.Begins(v.text[end-n]) {
			continue
		}
		c, found := s.titles.CategoryOfRunes(v.text[end-n : end])
		if !found || c == "honorific" {
			continue
		}
		start, predicate = end-n, v.slice(end-n, end)
		if c == "diplomatic" {
			// 驻华大使, 驻日本大使: where the envoy serves is part of the post.
			if m := v.endingAt(start, lo, pipeline.Place); m != nil && m.Start-1 >= lo && v.text[m.Start-1] == '驻' {
				start = m.Start - 1
				predicate = v.slice(start, end)
			}
		}
		if d := s.words.Ending(dictionaries.FactDeputy, v.text, lo, start); d > 0 && !generation(v, lo, start-d, d) {
			start -= d
			predicate = v.slice(start, end)
		} else if d := s.words.Ending(dictionaries.FactDeputy, v.text, lo, start+1); v.text[start] == '副' && d > 1 {
			start += 1 - d // 常务|副部长: titles.tsv lists the deputy title whole
			predicate = v.slice(start, end)
		}
		if k := ordinalStart(v, lo, start); k < start {
			start = k // 第二副议长, 第一副部长: the ordinal is part of the post
			predicate = v.slice(start, end)
		}
		if f := s.words.Ending(dictionaries.FactFormer, v.text, lo, start); f > 0 {
			start -= f
			predicate = v.slice(start, end)
		}
		return start, predicate, c, true
	}
	return 0, "", "", false
}

// saidBare reports whether the title at ts, whose run of names before it
// starts at rs (ots where a word of tenure starts), names no body: the post
// is said without one.
//
//   - nothing before it but the clause's start, 兼, 的, a verb or a holder's
//     name and 和 (会见新任副总统阿尔克明; after 的 the words before describe
//     the holder: 在政变中身亡的前总统阿连德);
//   - a word of tenure before it (2018年9月19日时任总统文在寅);
//   - an organization's suffix alone (公司董事长), or one common noun that
//     opens the clause, referring to a body named elsewhere (大会执行主席王东明,
//     论坛主席唐家璇);
//   - a numbered name, a ship's or a mission's (神舟十五号航天员费俊龙);
//   - a verb or preposition right before it, whose object the titled person
//     is (要求总统朴槿惠下台, 介绍国家主席习近平…).
func (s *Stage) saidBare(v *view, lo, rs, ots, ts int, clean bool) bool {
	switch {
	case rs == ts && (clean || ts > lo && (v.text[ts-1] == '兼' || v.text[ts-1] == '的') || v.verbEnding(ts, lo) || v.afterHolder(ts, lo)):
		return true
	case ots < ts && s.words.Ending(dictionaries.FactTenure, v.text, lo, ts) > 0:
		return true
	case s.bare(v, rs, ts), clean && rs < ts && v.commonNoun(rs, ts):
		return true
	case rs > lo && rs < ts && v.text[rs-1] == '了' && v.verbEnding(rs, lo) && v.commonNoun(rs, ts) && s.words.Ending(dictionaries.FactGathering, v.text, rs, ts) == ts-rs:
		// 会议听取了大会副秘书长信春鹰作的说明: a gathering word alone opening
		// the object of a verb and 了 refers to the gathering named elsewhere.
		return true
	}
	return ots == ts && ts > lo && (v.text[ts-1] == '号' || v.verbEnding(ts, lo) && v.endingAt(ts, lo, pipeline.Org, pipeline.Place) == nil)
}

// generation reports whether the deputy mark of d runes at at is 代 counting
// a generation (新一代领导人, 第五代, 历代, 当代作家), not acting in a post
// (代省长, 伊朗代外长).
func generation(v *view, lo, at, d int) bool {
	if d != 1 || v.text[at] != '代' || at <= lo {
		return false
	}
	c := v.text[at-1]
	return isCJKNumeral(c) || c >= '0' && c <= '9' || strings.ContainsRune("一两几新这那每历上下老当现近古", c)
}

// roles finds, for every PERSON mention, the titles and organizations written
// right before it.
func (s *Stage) roles(v *view) {
	for si := range v.sents {
		lo := v.sents[si].Start
		for _, p := range v.mentions(si, pipeline.Person) {
			s.rolesOf(v, si, lo, p)
			s.appointed(v, si, p)
		}
	}
	s.leadersList(v)
	s.nameTitles(v)
	// A foreign party's bodies first: a bare national post (国家副主席) reads
	// the holder's state from the bodies listed with it.
	s.foreignParty(v)
	s.listedUnits(v)
	s.formerBeforeBody(v)
	s.bareRoles(v)
	s.parallelForeign(v)
	s.sharedTitles(v)
	foreignBodies(v)
}

// leadersList reads people each written before a state's post, listed
// with 、 or 和 up to 等 and a country, or its side, before a word of
// fact_words kind leaders (领导人, 方领导人), as holding the post in that
// country: 同舒尤克总统、欧尔班总理等匈牙利领导人 → 总统 and 总理 of 匈牙利
// (rule role:person-title-list). Where a title follows the
// name, nothing else reads it; the list says whose leaders they are.
func (s *Stage) leadersList(v *view) {
	for si := range v.sents {
		lo, hi := v.sents[si].Start, v.sents[si].End
		for _, c := range v.mentions(si, pipeline.Place) {
			if c.Country == "" || c.Start-1 <= lo || v.text[c.Start-1] != '等' {
				continue
			}
			n := s.words.Starting(dictionaries.FactLeaders, v.text, c.End, hi)
			if n == 0 {
				continue
			}
			e := c.End + n
			for at := c.Start - 1; at > lo; {
				ts, pred, cat, ok := s.title(v, at, lo)
				if !ok || !stateTitles[cat] || cat == "party" || cat == "sports" {
					break // 习近平总书记等中国领导人: the party's post, not the state's
				}
				p := v.endingAt(ts, lo, pipeline.Person)
				if p == nil {
					break
				}
				f := newFact(Role, "role:person-title-list", si, p.Start, e, 0.8)
				f.Subject, f.Predicate, f.Object = entity(p), pred, entity(c)
				addMention(&f, p)
				addMention(&f, c)
				v.add(f)
				at = p.Start - 1
				if at <= lo || v.text[at] != '、' && v.text[at] != '和' {
					break
				}
			}
		}
	}
}

// nameTitles reads a post written right after its holder's name (普京总统,
// 习近平总书记, 袁隆平院士: rule role:person-title), where no other post of
// the holder is read in the sentence; a byline's (编辑, 记者) is not. The
// title must end a word and no name may follow it (not 希拉里|总统候选人, nor
// the post of the next name). A country right before the name holds a
// state's post (美国特朗普总统 → 总统 of 美国, rule role:place-person-title),
// an organization there any post (中国工程院袁隆平院士, role:org-person-title);
// else the body is read as for a post written bare before the name
// (bareRoles), never from a country that holds another person's post in the
// sentence; nor a title after a deputy mark the tagger read into the name
// (deputyCut).
func (s *Stage) nameTitles(v *view) {
	for si := range v.sents {
		lo, hi := v.sents[si].Start, v.sents[si].End
		for _, p := range v.mentions(si, pipeline.Person) {
			if v.truncated(p) || v.hasRoleOf(si, p) {
				continue
			}
			te, pred, cat, ok := s.titleAfter(v, p.End, hi)
			if !ok || cat == "media" || te < hi && (v.tokenStarting(te) == nil || v.startingAny(te, pipeline.Person) != nil || s.labelsNext(v, te, hi)) ||
				s.deputyCut(v, p) || s.notHeld(v, p, te, hi) {
				continue
			}
			f := newFact(Role, "role:person-title", si, p.Start, te, 0.75)
			f.Subject, f.Predicate = entity(p), pred
			addMention(&f, p)
			if c := v.endingAt(p.Start, lo, pipeline.Place); c != nil && c.Country != "" && s.countries.Lookup(c.Text) != nil && stateTitles[cat] {
				f.Rule, f.Object, f.EvidenceStart = "role:place-person-title", entity(c), c.Start
				addMention(&f, c)
			} else if o := v.endingAt(p.Start, lo, pipeline.Org); o != nil {
				f.Rule, f.Object, f.EvidenceStart = "role:org-person-title", entity(o), o.Start
				addMention(&f, o)
			}
			v.add(f)
		}
	}
}

// deputyCut reports whether PERSON p ends with a deputy mark that the tagger
// cut from the title after it (李副|总理, 张常务|副市长): p is then a surname
// with the head of a deputy's title, no name, and the title no post of its own.
func (s *Stage) deputyCut(v *view, p *pipeline.Mention) bool {
	return s.words.Ending(dictionaries.FactDeputy, v.text, p.Start, p.End) > 0
}

// notHeld reports whether the title that follows person p up to te is no
// post p holds: one that serves p (特朗普特使, 尹锡悦律师), one that a
// word after it makes sought or part of another name (总统候选人, 哈立德国王
// 国际机场), or one quoted with the name, a thing's name (“伊丽莎白女王”号).
func (s *Stage) notHeld(v *view, p *pipeline.Mention, te, hi int) bool {
	if s.words.Ending(dictionaries.FactServing, v.text, p.End, te) > 0 {
		return true
	}
	if te < hi && p.Start > 0 && strings.ContainsRune("”」》", v.text[te]) && strings.ContainsRune("“「《", v.text[p.Start-1]) {
		return true
	}
	n := s.words.Starting(dictionaries.FactTitleTail, v.text, te, hi)
	return n > 0 && v.tokenEnding(te+n) != nil // not 号召
}

// labelsNext reports whether a colon at te, after a title, labels the name
// that follows it (导演：许鞍华 in a film's credits), not the name before
// (习近平主席：同事们 is his speech).
func (s *Stage) labelsNext(v *view, te, hi int) bool {
	if te >= hi || v.text[te] != '：' && v.text[te] != ':' {
		return false
	}
	at := te + 1
	if at < hi && isSpace(v.text[at]) {
		at++
	}
	return v.startingAny(at, pipeline.Person) != nil
}

// titleAfter returns the end of the longest title, maybe after a former
// mark (朴槿惠前总统), that starts at start and ends before hi, with the
// predicate and the title's category.
func (s *Stage) titleAfter(v *view, start, hi int) (end int, predicate, category string, ok bool) {
	ts := start + s.words.Starting(dictionaries.FactFormer, v.text, start, hi)
	te := s.titleAt(v, ts, hi)
	if te == ts {
		return 0, "", "", false
	}
	c, _ := s.titles.CategoryOfRunes(v.text[ts:te])
	return te, v.slice(start, te), c, true
}

// foreignParty gives a bare central body (中央书记处, 中央纪委, 中央) that the
// aliases read as China's party's, in a list of one holder's posts after a
// body of a foreign party, that party's: 越南共产党中央政治局委员、中央书记处
// 书记 → 书记 of 越南共产党中央书记处, 越共中央政治局委员、中央书记处书记 → 越共中央书记处,
// not 中共中央书记处 (rule |holder:listed-party). So it does in a list of
// holders one after another, each with its posts, after the first's foreign
// party: 朝鲜劳动党中央政治局委员…李洙墉，中央政治局委员、外务相李勇浩 → 委员 of
// 朝鲜劳动党中央政治局 (rule |holder:listed-party), where the holder before
// holds a post of the same body.
func (s *Stage) foreignParty(v *view) {
	const central = "中央"
	for i := range v.facts {
		f := &v.facts[i]
		if f.Kind != Role || !strings.HasPrefix(f.Object, "中国共产党") && !strings.HasPrefix(f.Object, "中共") && !strings.HasPrefix(f.Object, chinaPrefix) {
			continue
		}
		var body *pipeline.Mention
		for _, id := range f.MentionIDs {
			if m := v.mentionOf(id); m != nil && m.Type == pipeline.Org && strings.HasPrefix(m.Text, central) {
				body = m
			} else if m != nil && m.Type == pipeline.Org && !strings.HasPrefix(m.Text, "中国") && !strings.HasPrefix(m.Text, "中共") && !strings.HasPrefix(m.Text, "中华") {
				s.listedForeign(v, f, m)
			}
		}
		if body == nil {
			continue
		}
		listStart := f.EvidenceStart // where the holder's list of posts starts
		for j := range v.facts {
			if g := &v.facts[j]; g.Kind == Role && g.Sentence == f.Sentence && g.Subject == f.Subject && g.EvidenceEnd == f.EvidenceEnd {
				listStart = min(listStart, g.EvidenceStart)
			}
		}
		listed := false
		for j := range v.facts {
			g := &v.facts[j]
			if g.Kind != Role || g.Sentence != f.Sentence {
				continue
			}
			// The holder before, listed right before this one's posts,
			// holds a post of the same body of the foreign party: not a
			// second party's people after a foreign guest (会见越共中央总书记
			// 阮富仲，中央书记处书记蔡奇参加).
			parallel := g.Subject != f.Subject && g.EvidenceEnd == listStart-1 && listStart-1 >= 0 &&
				strings.ContainsRune("，、；", v.text[listStart-1]) && strings.HasSuffix(g.Object, body.Text) && !s.withHost(v, f, g.EvidenceStart)
			if g.Subject == f.Subject && g.EvidenceStart < body.Start || parallel {
				if k := strings.Index(g.Object, central); k > 0 && s.foreignPartyName(g.Object[:k]) {
					f.Object = g.Object[:k] + body.Text
					f.Rule += "|holder:listed-party"
					listed = true
					break
				}
				if g.Subject == f.Subject && s.openingCountry(g.Object) != nil {
					listed = true
					break
				}
			}
		}
		if !listed {
			s.guestParty(v, f, body)
		}
	}
}

// guestParty gives the bare central body of role f (body) the foreign
// party's whose central body a guest named before f's holder, after the
// same meeting verb, holds a post of: 分别会见老挝人革党中央总书记、国家主席
// 本扬，政府总理通伦，中央书记处常务书记、国家副主席潘坎 → 常务书记 of 老挝人民革命党
// 中央书记处, not 中共中央书记处 (rule |holder:guest-party); not a host's
// person there with the guest (withHost), nor one named after a second
// meeting verb, the guest of a meeting of its own.
func (s *Stage) guestParty(v *view, f *pipeline.Fact, body *pipeline.Mention) {
	const central = "中央"
	lo := v.sents[f.Sentence].Start
	for j := range v.facts {
		g := &v.facts[j]
		if g.Kind != Role || g.Sentence != f.Sentence || g.Subject == f.Subject || g.EvidenceEnd > f.EvidenceStart {
			continue
		}
		k := strings.Index(g.Object, central)
		if k <= 0 || !s.foreignPartyName(g.Object[:k]) || !s.meetsWithin(v, lo, g.EvidenceStart) ||
			s.meetsWithin(v, g.EvidenceEnd, f.EvidenceStart) || s.withHost(v, f, g.EvidenceStart) {
			continue
		}
		f.Object = g.Object[:k] + body.Text
		f.Rule += "|holder:guest-party"
		return
	}
}

// meetsWithin reports whether a verb of meeting or talks (fact_words kinds
// meet, talk) begins in [start, end).
func (s *Stage) meetsWithin(v *view, start, end int) bool {
	for k := start; k < end; k++ {
		if s.words.Starting(dictionaries.FactMeet, v.text, k, end) > 0 || s.words.Starting(dictionaries.FactTalk, v.text, k, end) > 0 {
			return true
		}
	}
	return false
}

// withHost reports whether the holder of role f is named in a clause after
// a meeting's whose guest is named at from, and is there with the host: a
// verb of kind present follows the holder, maybe after 等 or others listed,
// before its clause ends (会见越共中央总书记阮富仲，中央书记处书记蔡奇参加;
// 会见越南总理范明政，副总理何立峰在座). The guest's state or party is then
// no part of the holder's post.
func (s *Stage) withHost(v *view, f *pipeline.Fact, from int) bool {
	if f.Sentence < 0 || f.Sentence >= len(v.sents) {
		return false
	}
	lo, hi := v.sents[f.Sentence].Start, v.sents[f.Sentence].End
	if !s.meetsWithin(v, lo, from) || !slices.ContainsFunc(v.text[from:f.EvidenceStart], func(r rune) bool { return r == '，' || r == '；' }) {
		return false
	}
	for k := f.EvidenceEnd; k < hi; k++ {
		if v.text[k] == '，' || v.text[k] == '；' {
			return false // 会见…，中央书记处书记陈国旺，…蔡奇参加: the verb is a later holder's
		}
		if s.words.Starting(dictionaries.FactMeet, v.text, k, hi) > 0 || s.words.Starting(dictionaries.FactTalk, v.text, k, hi) > 0 {
			return false // 会见…，会见…: a meeting of its own
		}
		if s.words.Starting(dictionaries.FactPresent, v.text, k, hi) > 0 {
			return true
		}
	}
	return false
}

// foreignPartyName reports whether name, written before 中央, names a party
// of a state other than China: by the country its name opens with (越南共产党,
// 朝鲜劳动党) or its short name's full one (越共 → 越南共产党).
func (s *Stage) foreignPartyName(name string) bool {
	return s.partyCountry(name) != nil
}

// partyCountry returns the state other than China whose party name names,
// or nil.
func (s *Stage) partyCountry(name string) *dictionaries.Country {
	if full, ok := s.aliases.Canonical(name); ok {
		name = full
	}
	if c := s.openingCountry(name); c != nil && c.Code != "CN" {
		return c
	}
	return nil
}

// listedUnits gives a role whose body is a department written bare (fact_words.tsv
// kind department), listed with 、 or 兼 right after another post of the
// same holder, that post's body as its parent: 武汉市委原常委、组织部部长杨汉军
// → 武汉市委组织部, not a bare 组织部; a body before that ends in a department
// is read without it (中华全国总工会党组书记、书记处第一书记 → 中华全国总工会书记处).
// Rule |holder:listed-unit.
func (s *Stage) listedUnits(v *view) {
	for i := range v.facts {
		f := &v.facts[i]
		at := f.EvidenceStart - 1
		if f.Kind != Role || at < 0 || v.text[at] != '、' && v.text[at] != '兼' {
			continue
		}
		if _, ok := s.words.Predicate(dictionaries.FactDepartment, f.Object); !ok || !v.opensWithBody(f) {
			continue
		}
		for j := range v.facts {
			g := &v.facts[j]
			ps := at - utf8.RuneCountInString(g.Predicate)
			if j == i || g.Kind != Role || g.Sentence != f.Sentence || g.Subject != f.Subject || g.EvidenceEnd != f.EvidenceEnd ||
				g.Object == "" || ps < 0 || v.slice(ps, at) != g.Predicate {
				continue
			}
			f.Object = s.unitOf(g.Object, f.Object)
			f.Rule += "|holder:listed-unit"
			break
		}
	}
}

// unitOf returns the name of department dept of body, without a
// department body ends in (中华全国总工会党组 → 中华全国总工会书记处).
func (s *Stage) unitOf(body, dept string) string {
	parent := []rune(body)
	if n := s.words.Ending(dictionaries.FactDepartment, parent, 0, len(parent)); n > 0 && n < len(parent) {
		parent = parent[:len(parent)-n]
	}
	return string(parent) + dept
}

// opensWithBody reports whether role f's evidence opens with an ORG mention
// of f's that is its body as written.
func (v *view) opensWithBody(f *pipeline.Fact) bool {
	for _, id := range f.MentionIDs {
		if m := v.mentionOf(id); m != nil && m.Type == pipeline.Org && m.Start == f.EvidenceStart && m.Text == f.Object {
			return true
		}
	}
	return false
}

// listedForeign gives role f, whose bare body m (外交部, 中组部) the aliases
// read as China's, in a list of one holder's posts after a foreign party's
// central body, that party's state's (越共中央政治局委员、外交部部长范平明
// → 越南外交部) or, for a body the aliases read as China's party's, that
// party's (中组部 → 越共中组部): rule |holder:listed-foreign.
func (s *Stage) listedForeign(v *view, f *pipeline.Fact, m *pipeline.Mention) {
	const central = "中央"
	for j := range v.facts {
		g := &v.facts[j]
		if g.Kind != Role || g.Sentence != f.Sentence || g.Subject != f.Subject || g.EvidenceStart >= m.Start {
			continue
		}
		k := strings.Index(g.Object, central)
		if k <= 0 {
			continue
		}
		if c := s.partyCountry(g.Object[:k]); c != nil {
			if strings.HasPrefix(f.Object, chinaPrefix) {
				f.Object = c.Name + m.Text
			} else {
				f.Object = g.Object[:k] + m.Text
			}
			f.Rule += "|holder:listed-foreign"
			return
		}
	}
}

// parallelForeign gives a role whose bare body the aliases read as China's,
// after a state's post and 兼 or 、 that the holder listed right before holds
// of a state other than China (its state read by bareRoles), that state's:
// 老挝党中央政治局委员、副总理宋赛，副总理兼财政部部长宋迪 → 老挝财政部 (rule
// |holder:listed-parallel).
func (s *Stage) parallelForeign(v *view) {
	for i := range v.facts {
		f := &v.facts[i]
		if f.Kind != Role || !strings.HasPrefix(f.Object, chinaPrefix) {
			continue
		}
		for _, id := range f.MentionIDs {
			if m := v.mentionOf(id); m != nil && m.Type == pipeline.Org && m.Start == f.EvidenceStart && !strings.HasPrefix(m.Text, "中") {
				s.parallelBody(v, f, m)
			}
		}
	}
}

// parallelBody gives role f its bare body m's foreign state, where the post
// before m and 兼 or 、 is the one the holder listed right before holds of
// that state.
func (s *Stage) parallelBody(v *view, f *pipeline.Fact, m *pipeline.Mention) {
	at := f.EvidenceStart - 1
	if at <= 0 || v.text[at] != '兼' && v.text[at] != '、' {
		return
	}
	for j := range v.facts {
		g := &v.facts[j]
		if g.Kind != Role || g.Sentence != f.Sentence || g.Subject == f.Subject || g.Predicate == "" {
			continue
		}
		c := s.countries.Lookup(g.Object)
		ps := at - utf8.RuneCountInString(g.Predicate)
		if c == nil || c.Code == "CN" || ps < 1 || ps-1 != g.EvidenceEnd || !strings.ContainsRune("，、；", v.text[ps-1]) || v.slice(ps, at) != g.Predicate {
			continue
		}
		f.Object = c.Name + m.Text
		f.Rule += "|holder:listed-parallel"
		return
	}
}

// foreignBodies gives a foreign holder's bare body (|holder:foreign) the
// full name the document writes for the same person and post elsewhere:
// 财政部长斯莫特里赫 after 以色列财政部长斯莫特里赫 → 以色列财政部.
func foreignBodies(v *view) {
	for i := range v.facts {
		f := &v.facts[i]
		if f.Kind != Role || !strings.HasSuffix(f.Rule, "|holder:foreign") {
			continue
		}
		for j := range v.facts {
			g := &v.facts[j]
			if j != i && g.Kind == Role && g.Subject == f.Subject && g.Predicate == f.Predicate && g.Object != f.Object &&
				strings.HasSuffix(g.Object, f.Object) && !strings.HasPrefix(g.Object, chinaPrefix) {
				f.Object = g.Object
				f.Rule += "|holder:document"
				break
			}
		}
	}
}

// sharedTitles gives the people listed with 、 right after a role's holder
// the same role (记者刘学、惠晓霜 → both 记者; 国务院副总理刘鹤、何立峰): a person
// named bare after 、 shares the title written before the first (rule
// |shared-title). A person with a title of their own (…总理李强、外交部长王毅) is
// no bare name there.
func (s *Stage) sharedTitles(v *view) {
	for i, n := 0, len(v.facts); i < n; i++ {
		f := v.facts[i]
		if f.Kind != Role || f.Sentence < 0 || f.Sentence >= len(v.sents) {
			continue
		}
		si := f.Sentence
		// The last person by start that ends where the evidence does.
		var holder *pipeline.Mention
		for i := range v.endsAt(f.EvidenceEnd) {
			m := &v.d.Mentions[i]
			if m.Type == pipeline.Person && int(v.sentOf[i]) == si && entity(m) == f.Subject && (holder == nil || m.Start >= holder.Start) {
				holder = m
			}
		}
		first := holder // the role's own holder, whose mention the others' facts leave out
		for holder != nil && holder.End+1 < v.sents[si].End && v.text[holder.End] == '、' {
			next := v.startingAny(holder.End+1, pipeline.Person)
			if next == nil || v.hasRoleOf(si, next) {
				break
			}
			g := f
			g.MentionIDs = slices.DeleteFunc(slices.Clone(f.MentionIDs), func(id int) bool { return id == first.ID })
			g.Subject = entity(next)
			g.Rule = f.Rule + "|shared-title"
			g.EvidenceEnd = next.End
			addMention(&g, next)
			v.add(g)
			holder = next
		}
	}
}

// hasRoleOf reports whether a role fact of sentence si has person m as its
// holder.
func (v *view) hasRoleOf(si int, m *pipeline.Mention) bool {
	for i := range v.facts {
		if f := &v.facts[i]; f.Kind == Role && f.Sentence == si && slices.Contains(f.MentionIDs, m.ID) && f.Subject == entity(m) {
			return true
		}
	}
	return false
}

// bareRoles gives a role written without its body (role:title-person, or
// role:person-title with the title after the name) the body the document
// names for the same person: the same title with one (国家主席通伦 after
// 老挝国家主席通伦), or, for a state post that news writes bare
// (fact_words.tsv kind national: 国家主席), its state when the person
// holds a post of one of that state's bodies in the document (kind domestic:
// 中共中央总书记、国家主席习近平 → 国家主席 of 中国). The rule says
// |holder:document.
func (s *Stage) bareRoles(v *view) {
	others := roleSents{v: v}
	for i := range v.facts {
		f := &v.facts[i]
		if f.Kind != Role || f.Object != "" || !strings.HasPrefix(f.Rule, "role:title-person") && !strings.HasPrefix(f.Rule, "role:title-list") && !strings.HasPrefix(f.Rule, "role:appointed-title") && f.Rule != "role:person-title" {
			continue // 普拉博沃当选总统: a post taken, written bare, as a post held
		}
		holder, party := "", "" // party: the state of a body the holder serves
		state, national := s.words.Predicate(dictionaries.FactNational, f.Predicate)
		for j := range v.facts {
			g := &v.facts[j]
			if g.Kind != Role || g.Subject != f.Subject || g.Object == "" {
				continue
			}
			if g.Predicate == f.Predicate {
				holder = g.Object
				break
			}
			if national && holder == "" && s.domestic(g.Object) == state {
				holder = state
			} else if party == "" {
				// 老挝人民革命党中央委员会总书记、国家主席朱马里 → 老挝; 蒙古人民党主席、
				// 政府总理奥云额尔登 → 蒙古 (for a state post, below).
				party = s.countryOpening(g.Object)
			}
		}
		if holder != "" {
			f.Object = holder
			f.Rule += "|holder:document"
			continue
		}
		// 阿拉亚市长 addresses a mayor by the title: the division the
		// document is about need not be the one the name holds.
		if pred, body, how, start, ok := s.divisionPost(v, f); ok && f.Rule != "role:person-title" {
			f.Predicate, f.Object = pred, body
			f.Rule += how
			f.EvidenceStart = min(f.EvidenceStart, start)
			continue
		}
		// 总统普京, 国家主席习近平: a state's post before a person known to
		// serve one state is that state's.
		post := []rune(f.Predicate)
		if k := s.words.Starting(dictionaries.FactFormer, post, 0, len(post)); k > 0 {
			post = post[k:] // 前总统特朗普: a former post is the same state's
		}
		if k := s.words.Starting(dictionaries.FactDeputy, post, 0, len(post)); k > 0 && k < len(post) {
			post = post[k:] // 副外长阿拉格希: a deputy's post too
		}
		if n := len(post); n > 0 && s.words.Starting(dictionaries.FactStatePost, post, 0, n) == n {
			if c := s.countries.ByCode(s.known.Country(f.Subject)); c != nil {
				f.Object = c.Name
				f.Rule += "|holder:known-person"
			} else if party != "" {
				f.Object = party
				f.Rule += "|holder:document"
			} else if name, c := s.soleCountry(v, f.Sentence, f.EvidenceStart); c != nil && !s.withHost(v, f, c.Start) &&
				(f.Rule != "role:person-title" || !others.heldByOther(f, name)) {
				// 南苏丹新闻部长卢思当天表示，总统基尔…: the one state the
				// sentence has named before the post, maybe opening an
				// organization's name (马尔代夫最高法院).
				f.Object = name
				f.Rule += "|holder:sentence"
				addMention(f, c)
				f.EvidenceStart = min(f.EvidenceStart, c.Start)
			}
		}
	}
}

// roleSents lists a view's role facts by sentence for heldByOther, so that
// each question reads one sentence's facts, not the document's. It is built
// when first asked and keeps indices into v.facts: the bodies bareRoles
// gives after that are seen.
type roleSents struct {
	v      *view
	bySent map[int][]int
}

// heldByOther reports whether another person holds a post of body in role
// f's sentence: 美国国务卿布林肯会见马科斯总统 names 美国 for 布林肯, not for the
// president named after the meeting.
func (r *roleSents) heldByOther(f *pipeline.Fact, body string) bool {
	if r.bySent == nil {
		r.bySent = map[int][]int{}
		for i := range r.v.facts {
			if g := &r.v.facts[i]; g.Kind == Role {
				r.bySent[g.Sentence] = append(r.bySent[g.Sentence], i)
			}
		}
	}
	for _, i := range r.bySent[f.Sentence] {
		if g := &r.v.facts[i]; g.Subject != f.Subject && g.Object == body {
			return true
		}
	}
	return false
}

// countryOpening returns the country whose name opens an organization's
// name (老挝人民革命党中央委员会 → 老挝, 古巴共产党中央委员会 → 古巴), or "".
func (s *Stage) countryOpening(name string) string {
	if c := s.openingCountry(name); c != nil {
		return c.Name
	}
	return ""
}

// openingCountry returns the country whose name opens name and is not all
// of it, or nil.
func (s *Stage) openingCountry(name string) *dictionaries.Country {
	r := []rune(name)
	for n := min(len(r)-1, 8); n >= 2; n-- {
		if c := s.countries.Lookup(string(r[:n])); c != nil {
			return c
		}
	}
	return nil
}

// divisionPost reads a bare post of a Chinese division (省长, 市委书记, 副县长)
// as the post of the division the text means: that of the role listed
// right before it with 、 (河北省委书记周本顺、省长张庆伟 → 河北省; rule
// |holder:listed), else the province or prefecture the document is about
// (scopeName: 省委书记车俊 in a story about 浙江 → 浙江省委; |holder:document-division).
// A party committee's post names the committee: 省委书记 → 书记 of X省委.
// start is where the evidence of the division begins.
func (s *Stage) divisionPost(v *view, f *pipeline.Fact) (pred, body, how string, start int, ok bool) {
	post := []rune(f.Predicate)
	k := 0
	if len(post) > 1 && post[0] == '副' {
		k = 1 // 副省长
	}
	if len(post)-k < 2 || !strings.ContainsRune("省市县", post[k]) {
		return "", "", "", 0, false
	}
	level, committee := post[k], post[k+1] == '委'
	if !committee && !strings.ContainsRune("长", post[len(post)-1]) {
		return "", "", "", 0, false // 市民, 省会: no post of the division
	}
	div, start := "", f.EvidenceStart
	if c := f.EvidenceStart - 1; c > 0 && (v.text[c] == '、' || v.text[c] == '和') {
		for i := range v.facts {
			g := &v.facts[i]
			// Of the holder's posts, the division's: 中共中央政治局委员、重庆市委书记袁家军和市长 → 重庆市.
			if d := []rune(strings.TrimSuffix(g.Object, "委")); g.Kind == Role && g.Sentence == f.Sentence && g.EvidenceEnd == c && len(d) > 1 && d[len(d)-1] == level {
				div, how, start = string(d), "|holder:listed", g.EvidenceStart
			}
		}
	}
	if div == "" {
		scope := map[rune]string{'省': "全省", '市': "全市"}[level]
		if scope == "" {
			return "", "", "", 0, false
		}
		div, how = v.scopeName(scope, start), "|holder:document-division"
	}
	if r := []rune(div); len(r) < 2 || r[len(r)-1] != level {
		return "", "", "", 0, false // 北京市委书记…、省长: not the same level
	}
	if committee {
		return string(post[:k]) + string(post[k+2:]), div + "委", how, start, true
	}
	return f.Predicate, div, how, start, true
}

// soleCountry returns the country, and the mention naming it, of the first
// PLACE mention of a country other than China in sentence si before pos, or
// of an ORG whose name opens with one (马尔代夫最高法院), when that country is
// the only foreign one the sentence names there (by its name or a place of
// it); "" and nil otherwise.
func (s *Stage) soleCountry(v *view, si, pos int) (string, *pipeline.Mention) {
	if si < 0 || si >= len(v.sents) {
		return "", nil
	}
	var first *pipeline.Mention
	name, seen := "", ""
	for _, m := range v.mentions(si, pipeline.Place) {
		if m.End > pos || m.Country == "" || m.Country == "CN" || m.PlaceCode != "" {
			continue
		}
		if t := v.tokenStarting(m.End); t != nil && strings.HasPrefix(t.Pos, "v") && t.End == pos {
			return "", nil // 敦促瑞士重审总统扎尔达里: the country acts on the holder, who is another's
		}
		if seen != "" && m.Country != seen {
			return "", nil
		}
		seen = m.Country
		if first == nil && s.countries.Lookup(m.Text) != nil {
			first, name = m, entity(m)
		}
	}
	for _, m := range v.mentions(si, pipeline.Org) {
		c := s.openingCountry(m.Text)
		if m.End > pos || c == nil || c.Code == "CN" {
			continue
		}
		if seen != "" && c.Code != seen {
			return "", nil
		}
		seen = c.Code
		if first == nil || m.Start < first.Start {
			first, name = m, c.Name
		}
	}
	return name, first
}

// domestic returns the state whose body name begins name (中共中央 → 中国), or "".
func (s *Stage) domestic(name string) string {
	r := []rune(name)
	for n := len(r); n >= 1; n-- {
		if state, ok := s.words.Predicate(dictionaries.FactDomestic, string(r[:n])); ok {
			return state
		}
	}
	return ""
}

// appointed reads the post a person takes, after an appointment verb
// (fact_words.tsv kind appoint): PERSON 当选为|出任… [holder] [新|首任|第N任]
// title, the title ending its clause (王东明当选为中华全国总工会主席,
// 普拉博沃当选为印尼第八任总统 → 总统 of 印度尼西亚).
func (s *Stage) appointed(v *view, si int, p *pipeline.Mention) {
	if v.truncated(p) {
		return
	}
	hi := v.sents[si].End
	// A post held no more: 不再担任…, 免去李盛霖的…职务 (兼任的: a second post,
	// not an appointment).
	n, former := 0, false
	if s.words.Ending(dictionaries.FactDismiss, v.text, v.sents[si].Start, p.Start) > 0 {
		for _, w := range []string{"的", "兼任的"} {
			if e := p.End + utf8.RuneCountInString(w); e <= hi && v.slice(p.End, e) == w {
				n, former = e-p.End, true
				break
			}
		}
	}
	if n == 0 {
		n = s.words.Starting(dictionaries.FactAppoint, v.text, p.End, hi)
	}
	if n == 0 && p.End < hi && v.text[p.End] == '为' && p.Start-2 >= v.sents[si].Start && v.slice(p.Start-2, p.Start) == "任命" {
		n = 1 // 任命阴和俊为科学技术部部长: the post after 为
	}
	if n == 0 {
		if n = s.words.Starting(dictionaries.FactLeave, v.text, p.End, hi); n > 0 {
			former = true
		}
	}
	if n == 0 {
		return
	}
	start := p.End + n
	prev := "" // the body of the post listed before, which 兼 shares
posts:
	for e := start + 1; e <= min(hi, start+maxName+s.titles.MaxLen()); e++ {
		if e < hi && !endsPost(v.text[e]) && v.text[e] != '兼' && !(former && v.slice(e, min(e+2, hi)) == "职务") {
			continue
		}
		ts, pred, cat, ok := s.title(v, e, start)
		if !ok {
			continue
		}
		he := s.postModifiers(v, start, ts)
		hs := start
		for _, w := range []string{"下一届", "新一届", "下届", "本届"} {
			if v.slice(hs, min(hs+len([]rune(w)), he)) == w {
				hs += len([]rune(w)) // 下届欧盟委员会: the body, whichever term
				break
			}
		}
		if hs > start && hs >= he {
			return // 新一届总理: no body named
		}
		if k := ordinalEnd(v, hs, he); k < he && k > hs && v.text[k] == '任' {
			hs = k + 1 // 第三任全国人大常委会…委员会主任: the body, whichever term
		}
		hs = s.pastStanding(v, si, hs, he) // 辞去执政党主席: no body named
		if prev != "" && slices.Contains(v.text[hs:he], '为') {
			return // 尹宗华为…副主任、王民为…: another's post
		}
		f := newFact(Role, "role:appointed-title", si, p.Start, e, 0.75)
		var bodies []*pipeline.Mention
		if m := s.bodyAcross(v, si, ts, e); m != nil && m.Start == hs && he == ts {
			// 担任国防部|长: the title begins inside the body's name, as for
			// a title before its holder (俄外交部长).
			f = newFact(Role, "role:appointed-org-title-person", si, p.Start, e, 0.8)
			f.Object, bodies = entity(m), []*pipeline.Mention{m}
		} else if o, ok := s.owner(v, si, hs, he, cat); ok && hs < he {
			f = newFact(Role, "role:appointed-"+ownerRules[o.how][len("role:"):], si, p.Start, e, 0.8)
			f.Object, bodies = o.name, o.mentions
			if _, dept := s.words.Predicate(dictionaries.FactDepartment, o.name); dept && prev != "" {
				// 最高人民法院副院长、审判委员会委员: the court's.
				f.Object = s.unitOf(prev, o.name)
				f.Rule += "|holder:listed-unit"
			}
		} else if prev != "" && v.text[start-1] == '兼' {
			// 省委常委兼组织部长, 执政党主席兼第一书记: the second post's run
			// names no body; it is part of the post, held in the body of the
			// first.
			f = newFact(Role, "role:appointed-shared-org-title-person", si, p.Start, e, 0.75)
			f.Object, pred = prev, v.slice(hs, ts)+pred
		} else if hs < he {
			return // words before the title that name no holder: no post read
		}
		holder := p
		if k := s.succeeds(v, si, p); k >= 0 {
			// 董军接替李尚福担任国防部长: the post is the successor's.
			if q := v.endingAt(k, v.sents[si].Start, pipeline.Person); q != nil {
				holder = q
				f.EvidenceStart = q.Start
			}
		}
		f.Subject, f.Predicate = entity(holder), pred
		if former {
			f.Predicate = "前" + pred
			f.Rule = "role:dismissed-" + strings.TrimPrefix(f.Rule, "role:appointed-")
		}
		if len(bodies) == 1 {
			s.foreignBody(v, holder, bodies[0], &f)
		}
		for _, m := range bodies {
			addMention(&f, m)
		}
		addMention(&f, holder)
		v.add(f)
		// 当选为省委常委兼组织部长, 担任省委常委、秘书长: the posts listed
		// after 兼 or 、 are taken too, up to another person's name.
		if e+1 < hi && (v.text[e] == '兼' || v.text[e] == '、') && v.startingAny(e+1, pipeline.Person) == nil {
			start, prev = e+1, f.Object
			e = start
			continue posts
		}
		return
	}
}

// succeeds returns where 接替 starts before person p in its clause, with
// only p's titles and body between (董军接替李尚福, 格拉西莫夫接替俄空天军总司令
// 苏罗维金担任…总指挥: the post taken is the successor's), or -1.
func (s *Stage) succeeds(v *view, si int, p *pipeline.Mention) int {
	lo := v.sents[si].Start
	for j := p.Start; j-2 >= lo && p.Start-j <= maxName; j-- {
		if v.slice(j-2, j) == "接替" {
			return j - 2
		}
		if r := v.text[j-1]; unicode.IsPunct(r) || unicode.IsSpace(r) || v.endingAt(j, lo, pipeline.Person) != nil && j < p.Start {
			return -1 // 李尚福，接替…: another clause's, or another person's
		}
	}
	return -1
}

// postModifiers returns where the holder before a title at ts ends, once
// the words that only qualify the post are dropped: 新, 首任, 下一任,
// 第八任 (印尼第八任总统 → 印尼).
func (s *Stage) postModifiers(v *view, start, ts int) int {
	e := ts
	if e > start && v.text[e-1] == '新' {
		e--
	}
	if e > start && v.text[e-1] == '任' {
		k := e - 1
		for k > start && (isCJKNumeral(v.text[k-1]) || unicode.IsDigit(v.text[k-1])) {
			k--
		}
		switch {
		case k > start && v.text[k-1] == '第':
			e = k - 1
		case k > start && (v.text[k-1] == '首' || v.text[k-1] == '下' || v.text[k-1] == '一'):
			e = k - 1
			if e > start && v.text[e] == '一' && v.text[e-1] == '下' {
				e-- // 下一任
			}
		}
	}
	return e
}

// ordinalStart returns where an ordinal (第一, 第二) ending at end starts, or
// end: 厄瓜多尔国民代表大会第二副议长 → 第二副议长.
func ordinalStart(v *view, lo, end int) int {
	k := end
	for k > lo && isCJKNumeral(v.text[k-1]) && end-k < 2 {
		k--
	}
	if k < end && k > lo && v.text[k-1] == '第' {
		return k - 1
	}
	return end
}

// ordinalEnd returns where an ordinal (第三) starting at start ends, before
// end, or start.
func ordinalEnd(v *view, start, end int) int {
	k := start + 1
	for k < end && isCJKNumeral(v.text[k]) {
		k++
	}
	if start < end && v.text[start] == '第' && k > start+1 {
		return k
	}
	return start
}

// endsPost reports whether r may follow a post's title: a punctuation mark
// or a word that joins the next clause (并, 和, 、).
func endsPost(r rune) bool {
	return unicode.IsPunct(r) || unicode.IsSpace(r) || strings.ContainsRune("并和及与后至一", r)
}

// isCJKNumeral reports whether r is a Chinese numeral of an ordinal (第八任).
func isCJKNumeral(r rune) bool {
	return strings.ContainsRune("一二三四五六七八九十百零〇两", r)
}

func (s *Stage) rolesOf(v *view, si, lo int, p *pipeline.Mention) {
	if v.truncated(p) {
		return
	}
	end := p.Start
	if end > lo && isSpace(v.text[end-1]) {
		end-- // 记者 黄雪松
	}
	ts, pred, cat, ok := s.title(v, end, lo)
	if !ok || s.words.Ending(dictionaries.FactPraise, v.text, lo, ts) > 0 {
		// 人民领袖习近平, 农民运动领袖方志敏: the title is praise, no post.
		return
	}
	fs, former := s.topicFormer(v, lo, ts, pred)
	if m := s.bodyAcross(v, si, ts, end); m != nil {
		// The title begins inside the body's name: 俄外交部|长 → 部长 of
		// 俄外交部; 黑龙江省委|书记 (省委书记) → 书记 of 黑龙江省委.
		if rest, _ := s.titles.Category(v.slice(m.End, end)); rest != "" && m.End < end {
			pred = v.slice(m.End, end)
		}
		o := org{name: entity(m), start: m.Start, mentions: []*pipeline.Mention{m}, how: "org-mention"}
		if m.End-ts >= 2 && ts-m.Start >= 2 && end-m.End == 1 ||
			m.End-ts == 1 && end-m.End >= 2 && pred == v.slice(ts, end) && s.suffixes.EndsLikeOne(v.slice(m.Start, ts)) {
			// 槟城州首席部|长: the tagger ran the body into all of the title
			// but its last character, or into its first where what stands
			// before the title is a body's name (驻韩美军第8军司|令官); the
			// body is what stands before the title (not 陕西省委|书记, a body
			// and its post, nor 俄外交部|长).
			o.name = v.slice(m.Start, ts)
		}
		s.addRole(v, si, p, pred, o, ownerRules[o.how], ownerConfidence[o.how], ts)
		s.listBefore(v, si, lo, p, m.Start-1)
		return
	}
	ots := s.tenureStart(v, lo, ts) // 美国时任|总统奥巴马: the body before the tenure's word
	if ots-1 > lo && isSpace(v.text[ots-1]) && v.endingAt(ots-1, lo, pipeline.Org, pipeline.Place) != nil {
		ots-- // 交通银行 首席经济学家连平: one space between the body and the title
	}
	rs, clean := v.runBack(ots, lo)
	// A title and 兼 or 、 inside the run end the posts listed before: the
	// body is what follows (联合国副秘书长兼环境规划署执行主任 → 环境规划署,
	// where the tagger's span 兼环境规划署 let the run pass them).
	for k := ots - 1; k > rs; k-- {
		if c := v.text[k]; c == '兼' || c == '、' {
			if _, _, _, ok := s.title(v, k, rs); ok {
				rs, clean = k+1, false
				break
			}
		}
	}
	// A former mark, a token of its own, right before a body's name and
	// after words that end no name, opens the post: the words before are
	// the clause's (收件人为前中情局局长布伦南 → 前局长 of 中情局, not of
	// 收件人为中情局), as after a verb.
	for k := rs + 1; k < ots; k++ {
		if n := s.words.Starting(dictionaries.FactFormer, v.text, k, ots); n > 0 && k+n < ots && v.tokenStarting(k) != nil &&
			v.startsMention(k+n) && v.endingAt(k, lo, pipeline.Org, pipeline.Place, pipeline.Person) == nil {
			rs, clean = k, false
			break
		}
	}
	listEnd := -1 // where titles listed before end, when a former mark moved
	// A mark of a former post before the holder is the title's:
	// 前哈佛大学教授 → 前教授 of 哈佛大学.
	if n := s.words.Starting(dictionaries.FactFormer, v.text, rs, ts); n > 0 && rs+n < ts && v.startsMention(rs+n) {
		if former := v.slice(rs, rs+n); !strings.HasPrefix(pred, former) {
			pred = former + pred
		}
		listEnd = rs - 1
		rs += n
	}
	// A word of tenure before the body is no part of it: 时任韩国总统李明博.
	if n := s.words.Starting(dictionaries.FactTenure, v.text, rs, ots); n > 0 && rs+n < ots && v.startsMention(rs+n) {
		rs += n
	}
	// A party's standing before its name (fact_words.tsv kind standing:
	// 执政党, 反对党) describes it: the body is the name after it (最大在野党
	// 自民党党首 → 自民党, 反对党--工党 → 工党); written alone it names none
	// (在野党党首李在明 → 党首).
	if e := s.pastStanding(v, si, rs, ots); e > rs {
		if listEnd < 0 {
			listEnd = rs - 1 // 南非总统、执政党非洲人国民大会主席: the list goes on before
		}
		rs, clean = e, e == ots
	}
	o, isOrg := s.owner(v, si, rs, ots, cat)
	if !isOrg && rs == ots {
		o, isOrg = s.inCharge(v, si, lo, ots, cat)
	}
	if !isOrg {
		if o, isOrg = s.onTopic(v, si, lo, ots, cat); isOrg {
			pred = former + pred // 特朗普竞选团队前外交政策顾问 → 前顾问
		}
	}
	if !isOrg && rs < ots {
		if o2, pre, ok := s.principalOwner(v, si, rs, ots); ok {
			o, isOrg, pred = o2, true, pre+pred
		} else if o2, pre, ok := s.portfolioOwner(v, si, rs, ots, pred); ok {
			o, isOrg, pred = o2, true, pre+pred
		}
	}
	if o2, side, ok := s.sideOwner(v, si, lo, ots, cat); !isOrg && ok {
		o, isOrg, pred = o2, true, side+pred
	}
	if o2, ok := quotedOwner(v, si, lo, ots, cat); !isOrg && ok {
		// The run stops at the closing mark: 《俄罗斯报》社长 reads the ORG inside.
		o, isOrg = o2, true
	}
	if !isOrg && rs < ots {
		o, isOrg = s.gatheringOwner(v, si, rs, ots, cat)
	}
	if !isOrg && rs < ots && stateTitles[cat] {
		o, isOrg = s.adjacentPlace(v, si, rs, ots)
	}
	if !isOrg && stateTitles[cat] {
		o, isOrg = s.subjectCountry(v, lo, ots)
	}
	if m := v.endingAt(ots, lo, pipeline.Org); !isOrg && m != nil && rs < m.Start && len(v.inside(si, rs, m.Start)) == 0 &&
		(entity(m) != m.Text || strings.Contains(m.Rule, "org-alias")) && v.tokenStarting(m.Start) != nil {
		// 当/zg 国际奥委会主席罗格, 悼念/n 越共中央总书记阮富仲, 赠送给/n 联合国秘书长:
		// a word gse tags no verb ran the run past a known body's name; the
		// body is the ORG mention. Not after a place gse reads (朝/ns 党中央:
		// the party is that country's, not the one the alias reads).
		if t := v.tokenEnding(m.Start); t == nil || t.Pos != "ns" {
			o, isOrg = org{name: entity(m), start: m.Start, mentions: []*pipeline.Mention{m}, how: "org-mention"}, true
		}
	}
	if m := v.endingAt(ots-1, lo, pipeline.Org); !isOrg && rs == ots && ots-1 > lo && v.text[ots-1] == '的' && m != nil {
		// 江苏雪豹日化有限公司的董事长童渝: an organization's post after 的.
		o, isOrg = org{name: entity(m), start: m.Start, mentions: []*pipeline.Mention{m}, how: "org-mention"}, true
	}
	if m := v.endingAt(ots-1, lo, pipeline.Person); !isOrg && rs == ots && ots-1 > lo && v.text[ots-1] == '的' && m != nil && m != p {
		// 特朗普的律师朱利安尼: the post serves the person named before 的.
		o, isOrg = org{name: entity(m), start: m.Start, mentions: []*pipeline.Mention{m}, how: "person"}, true
	}
	if !isOrg && rs < ts && ots == ts && (clean || rs > lo && (v.text[rs-1] == '兼' || v.text[rs-1] == '、')) && ts-rs <= maxPortfolio &&
		s.isPortfolio(pred) && v.portfolioWords(rs, ts, ts+utf8.RuneCountInString(pred)) {
		// 德国副总理兼经济部长罗斯勒, 内阁官房长官松野博一、财务大臣铃木俊一: a
		// portfolio that opens a clause or follows 兼 or 、 is the title's; the
		// body is the one of the title before, or the holder's state.
		pred, ts = v.slice(rs, ts)+pred, rs
	}
	// 新加坡人民行动党秘书长、政府总理李显龙: the state's government, whose
	// post is said bare and takes its state (bareRoles); a list ends before it.
	cabinet := !isOrg && stateTitles[cat] && rs < ts && s.words.Starting(dictionaries.FactCabinet, v.text, rs, ts) == ts-rs
	switch {
	case isOrg:
		o.name, pred = s.innerFormer(v, o, ots, pred)
		s.addRole(v, si, p, pred, o, ownerRules[o.how], ownerConfidence[o.how], ts)
	case cat == "media" && s.words.Ending(dictionaries.FactHouse, v.text, lo, ts) > 0:
		// 本报记者 张晓玉: the outlet names itself (the run stops at 本报, a pronoun).
		s.houseRole(v, si, p, pred, ts-s.words.Ending(dictionaries.FactHouse, v.text, lo, ts))
		return
	case cat == "media" && rs < ts:
		// A byline: the outlet is the longest start of the run that is a
		// media name (成都日报 in 成都日报锦观新闻记者).
		for e := ts - 1; e > rs; e-- {
			if _, kind, ok := s.suffixes.Match(v.slice(rs, e)); ok && kind == "media" {
				s.addRole(v, si, p, pred, org{name: v.slice(rs, e), start: rs, mentions: v.inside(si, rs, e)},
					"role:outlet-title-person", 0.85, ts)
				return
			}
		}
		for k := max(lo+1, rs-1); k < ts; k++ {
			// 光明日报驻东京记者马玉安: the outlet, then where its reporter
			// is posted (the run stops at 驻, a verb).
			if n := s.words.Ending(dictionaries.FactHouse, v.text, lo, k); v.text[k] == '驻' && n > 0 {
				s.houseRole(v, si, p, pred, k-n) // 本台驻大马士革记者王薇薇
				return
			}
			if m := v.endingAt(k, lo, pipeline.Org); v.text[k] == '驻' && m != nil {
				s.addRole(v, si, p, pred, org{name: entity(m), start: m.Start, mentions: []*pipeline.Mention{m}},
					"role:outlet-title-person", 0.85, ts)
				return
			}
		}
		if s.words.Starting(dictionaries.FactHouse, v.text, rs, ts) > 0 {
			s.houseRole(v, si, p, pred, rs) // 本报特约通讯员韩光
		}
		return
	case cat == "media" && rs == ts && s.datelineOutlet(v, si, ts) != nil:
		// A byline after a dateline: 新华社首尔12月15日电（记者陆睿）.
		o := s.datelineOutlet(v, si, ts)
		s.addRole(v, si, p, pred, *o, "role:dateline-title-person", 0.85, ts)
		return
	case cat == "media" && rs == ts && s.reportOutlet(v, ts) != nil:
		// A byline after the outlet's 报道 that opens the paragraph: 环球网报道 记者王逸.
		o := s.reportOutlet(v, ts)
		s.addRole(v, si, p, pred, *o, "role:dateline-title-person", 0.85, ts)
		return
	case cabinet || s.saidBare(v, lo, rs, ots, ts, clean):
		// After 的 the words before describe the holder (在政变中身亡的前总统阿连德):
		// the post is said, its body is not.
		if o, ok := s.sharedOwner(v, si, lo, p, ts, pred, cat); ok {
			s.listBefore(v, si, lo, p, o.start-1)
			return
		}
		f := newFact(Role, "role:title-person", si, ts, p.End, 0.8)
		f.Subject, f.Predicate = entity(p), pred
		addMention(&f, p)
		v.add(f)
		// 中共中央总书记、国家主席习近平: the titles before still have theirs.
		if cabinet {
			s.listBefore(v, si, lo, p, rs-1)
		} else {
			s.listBefore(v, si, lo, p, ts-1)
		}
		return
	case fs >= 0 && !isOrg && rs >= fs && rs <= fs+utf8.RuneCountInString(former):
		// 、前贸易谈判代表巴尔舍夫斯基: a former post that opens with what it
		// deals with, no body before it, is said bare with that.
		f := newFact(Role, "role:title-person", si, fs, p.End, 0.8)
		f.Subject, f.Predicate = entity(p), v.slice(fs, ts)+pred
		addMention(&f, p)
		v.add(f)
		return
	case !isOrg && clean && rs < ts && ts-rs <= maxTopic && topicPosts[cat] && s.topicOnly(v, si, rs, ts):
		// 叙利亚问题特使安南: what the post deals with opens the clause and no
		// body is written; the post is said bare with it, and the posts
		// listed before keep theirs.
		f := newFact(Role, "role:title-person", si, rs, p.End, 0.75)
		f.Subject, f.Predicate = entity(p), v.slice(rs, ts)+pred
		addMention(&f, p)
		v.add(f)
		s.listBefore(v, si, lo, p, rs-1)
		return
	case rs <= ts && s.formerOpens(v, ts):
		// 还会见了前国务卿基辛格, 南非政府为已故前总统曼德拉: a former post
		// opens a noun phrase; the words before are no body.
		f := newFact(Role, "role:title-person", si, ts, p.End, 0.8)
		f.Subject, f.Predicate = entity(p), pred
		addMention(&f, p)
		v.add(f)
		return
	default:
		// 古巴国务委员会主席兼部长会议主席迪亚斯-卡内尔: the last post's body
		// is not read, the posts listed before it keep theirs.
		if rs > lo && (v.text[rs-1] == '兼' || v.text[rs-1] == '、') {
			s.listBefore(v, si, lo, p, rs-1)
		}
		return
	}
	at := o.start - 1
	if listEnd >= 0 && o.start == rs {
		at = listEnd
	}
	s.listBefore(v, si, lo, p, at)
}

// pastStanding returns where the body's name in [start, end) begins past
// a party's standing that opens it (fact_words.tsv kind standing: 最大在野党,
// 反对党--), or start; end where the standing is all of it.
func (s *Stage) pastStanding(v *view, si, start, end int) int {
	for e := end; e > start; e-- {
		if n := s.words.Ending(dictionaries.FactStanding, v.text, start, e); n > 0 && len(v.inside(si, start, e)) == 0 && v.orgAcross(si, e, end) == nil {
			for e < end && isDash(v.text[e]) {
				e++
			}
			return e
		}
	}
	return start
}

// formerBeforeBody gives a post whose body is an ORG mention the tagger
// read after a former mark and a country (美国|前|国防部长帕内塔) the mark and
// the country: 前部长 of 美国国防部, as innerFormer does where the tagger's
// span holds them (美国前国防部副部长).
func (s *Stage) formerBeforeBody(v *view) {
	for i := range v.facts {
		f := &v.facts[i]
		if f.Kind != Role || f.Object == "" || f.Sentence < 0 || !v.opensWithBody(f) ||
			s.words.Starting(dictionaries.FactFormer, []rune(f.Predicate), 0, len([]rune(f.Predicate))) > 0 {
			continue
		}
		t := v.tokenEnding(f.EvidenceStart)
		if t == nil || t.Pos != "f" || s.words.Starting(dictionaries.FactFormer, v.text, t.Start, t.End) != t.End-t.Start {
			continue
		}
		c := v.endingAt(t.Start, v.sents[f.Sentence].Start, pipeline.Place)
		if c == nil || !s.isCountry(c) {
			continue
		}
		f.Object, f.Predicate = entity(c)+f.Object, v.slice(t.Start, t.End)+f.Predicate
		f.EvidenceStart = c.Start
		f.MentionIDs = append(f.MentionIDs, c.ID)
		f.Rule += "|holder:former-country"
	}
}

// innerFormer moves a former mark written inside the body read before the
// title at ts, a word of its own that the tagger reads as a localizer (前/f),
// to the title: 韩国前统一部长官 → 前长官 of 韩国统一部, 美国前国防部副部长 → 前副部长
// of 美国国防部. Not a mark that is part of a name (以色列前进党), nor 原 before
// a body, which says the body is no more (湖南省原质量技术监督局).
func (s *Stage) innerFormer(v *view, o org, ots int, pred string) (string, string) {
	if s.words.Starting(dictionaries.FactFormer, []rune(pred), 0, len([]rune(pred))) > 0 {
		return o.name, pred
	}
	for j := o.start + 1; j < ots; j++ {
		t := v.tokenHolding(j)
		if t == nil || t.Start != j || t.Pos != "f" || s.words.Starting(dictionaries.FactFormer, v.text, j, t.End) != t.End-j {
			continue
		}
		mark := v.slice(j, t.End)
		if head := v.slice(o.start, j); strings.HasPrefix(o.name, head+mark) {
			return head + o.name[len(head)+len(mark):], mark + pred
		}
		return o.name, pred
	}
	return o.name, pred
}

// topicFormer returns where a former mark starts that opens what the post
// at ts deals with (前外交政策顾问, 前贸易谈判代表: fact_words kind topic ends
// it), and the mark; -1 and "" where the title has its mark or none is
// written there.
func (s *Stage) topicFormer(v *view, lo, ts int, pred string) (int, string) {
	n := s.words.Ending(dictionaries.FactTopic, v.text, lo, ts)
	if n == 0 || s.words.Starting(dictionaries.FactFormer, []rune(pred), 0, len([]rune(pred))) > 0 {
		return -1, ""
	}
	for j := ts - n - 1; j >= max(lo, ts-n-maxTopic); j-- {
		if m := v.endingAt(j+1, lo, pipeline.Place); m != nil && m.Start > lo {
			j = m.Start // 前也门问题特使: the country is what the post deals with
			continue
		}
		if r := v.text[j]; unicode.IsPunct(r) || unicode.IsSpace(r) || r == '的' || v.endingAt(j+1, lo, pipeline.Org, pipeline.Person) != nil {
			break
		}
		if k := s.words.Starting(dictionaries.FactFormer, v.text, j, ts-n); k > 0 && s.formerOpens(v, j) {
			return j, v.slice(j, j+k)
		}
	}
	return -1, ""
}

// topicPosts are the categories of posts a topic may name alone: an
// envoy's or a minister's, not an expert's (美国朝鲜问题专家 describes one).
var topicPosts = map[string]bool{"diplomatic": true, "government": true}

// topicOnly reports whether r[rs:ts] is what a post deals with and no body
// (叙利亚问题, 总统气候问题): it ends in a word of kind topic, holds no ORG, and
// a country opening it is the topic itself, right before the topic word —
// in 英国“脱欧”事务 the country is the body.
func (s *Stage) topicOnly(v *view, si, rs, ts int) bool {
	n := s.words.Ending(dictionaries.FactTopic, v.text, rs, ts)
	if n == 0 || n >= ts-rs || v.endingAt(ts, v.sents[si].Start, pipeline.Org, pipeline.Person) != nil {
		return false
	}
	for _, m := range v.inside(si, rs, ts) {
		if m.Type == pipeline.Org || m.Start == rs && s.isCountry(m) && m.End != ts-n {
			return false
		}
	}
	return true
}

// formerOpens reports whether the title that starts at ts opens with a
// former mark written there that is a word of its own: not the 前 of 两年前 (a
// DATE, or a token that starts before ts).
func (s *Stage) formerOpens(v *view, ts int) bool {
	if s.words.Starting(dictionaries.FactFormer, v.text, ts, len(v.text)) == 0 {
		return false // 前美国国务院代理助理国务卿: the mark opens the run, not the title
	}
	if ts > 0 && (v.endingAt(ts, 0, pipeline.Date) != nil || v.endingAt(ts+1, 0, pipeline.Date) != nil) {
		return false // 三年前|总统特朗普: 前 ends a time
	}
	if t := v.tokenEnding(ts); t != nil && (strings.HasPrefix(t.Pos, "t") || strings.HasPrefix(t.Pos, "m") || strings.HasPrefix(t.Pos, "q")) {
		return false // 几天|前: a time, or a count, before it
	}
	t := v.tokenHolding(ts)
	return t == nil || t.Start == ts
}

// afterHolder reports whether 和 right before pos follows a person's name:
// the title after it is a second holder's (重庆市委书记陈敏尔和市长唐良智,
// 总理武切维奇和外长久里奇), not part of a name.
func (v *view) afterHolder(pos, lo int) bool {
	return pos-1 > lo && v.text[pos-1] == '和' && v.endingAt(pos-1, lo, pipeline.Person) != nil
}

// houseRole adds the role of a byline whose outlet names itself from start
// (本台记者王璐璐, 本报特约通讯员韩光): the title, no outlet (rule
// role:house-title-person).
func (s *Stage) houseRole(v *view, si int, p *pipeline.Mention, pred string, start int) {
	f := newFact(Role, "role:house-title-person", si, start, p.End, 0.8)
	f.Subject, f.Predicate = entity(p), pred
	addMention(&f, p)
	v.add(f)
}

// listBefore reads a list of roles before one name, each ending at a 、 or
// 兼 at position at: org title、org title PERSON.
func (s *Stage) listBefore(v *view, si, lo int, p *pipeline.Mention, at int) {
	for range 4 {
		if at <= lo || v.text[at] != '、' && v.text[at] != '兼' {
			return
		}
		ts, pred, cat, ok := s.title(v, at, lo)
		if !ok {
			return
		}
		rs, _ := v.runBack(ts, lo)
		o, ok := s.owner(v, si, rs, ts, cat)
		if !ok && s.listedBare(v, lo, rs, ts, cat) {
			// 越共中央政治局委员、副总理、外交部部长范平明: a state's post said
			// bare in the middle of the list, its state read later (bareRoles);
			// the list goes on before it.
			f := newFact(Role, "role:title-list", si, ts, p.End, 0.8)
			f.Subject, f.Predicate = entity(p), pred
			addMention(&f, p)
			v.add(f)
			at = rs - 1
			continue
		}
		if !ok || o.start-1 > lo && v.text[o.start-1] == '为' && v.endingAt(o.start-1, lo, pipeline.Person) != nil {
			return // 任命柳仁村为文体部长官、金杏为…: the post of the one before 为
		}
		s.addRole(v, si, p, pred, o, "role:org-title-list", 0.85, ts)
		at = o.start - 1
	}
}

// listedBare reports whether the title at [ts, …) of category cat, whose
// run [rs, ts) names no body, is a state's post said bare (副总理, 政府总理)
// between 、 or 兼 and the posts listed before it.
func (s *Stage) listedBare(v *view, lo, rs, ts int, cat string) bool {
	if !stateTitles[cat] || rs <= lo+1 || v.text[rs-1] != '、' && v.text[rs-1] != '兼' {
		return false
	}
	return rs == ts || s.words.Starting(dictionaries.FactCabinet, v.text, rs, ts) == ts-rs
}

// sharedOwner reads the holder of a title written without one, after 、,
// from what stands before: the organization of a title before it when one
// of the two is a post in the organization's party group (教育部党组书记、
// 部长怀进鹏 → 部长 and 党组书记 of 教育部; 国务院总理、党组书记李强), or,
// for a state title, the place of the person listed before (埃及总统塞西、
// 总理马德布利 → 总理 of 埃及, when the place is a country). It adds the roles and returns the holder,
// whose start is where a list of earlier roles would end.
func (s *Stage) sharedOwner(v *view, si, lo int, p *pipeline.Mention, ts int, pred, cat string) (org, bool) {
	at := ts - 1
	if at <= lo || v.text[at] != '、' && v.text[at] != '兼' && !v.afterHolder(ts, lo) {
		return org{}, false
	}
	concurrent := v.text[at] == '兼' // 全国政协副主席兼秘书长: both posts in one body
	if prev := v.endingAt(at, lo, pipeline.Person); prev != nil {
		if !stateTitles[cat] {
			return org{}, false
		}
		for i := len(v.facts) - 1; i >= 0; i-- {
			f := &v.facts[i]
			// Only a country's: 杜尚别市长鲁斯塔姆、外长… is no city's minister.
			if f.Kind == Role && strings.HasPrefix(f.Rule, ownerRules["place"]) && f.EvidenceEnd == at && s.countries.Lookup(f.Object) != nil {
				// The evidence runs from the place: 埃及总统塞西、总理马德布利.
				g := newFact(Role, "role:shared-place-title-person", si, f.EvidenceStart, p.End, 0.8)
				g.Subject, g.Predicate, g.Object = entity(p), pred, f.Object
				addMention(&g, p)
				// addRole adds the person first, then the place's mentions.
				g.MentionIDs = append(g.MentionIDs, f.MentionIDs[1:]...)
				v.add(g)
				return org{start: ts}, true // no list before another's name
			}
		}
		return org{}, false
	}
	ts2, pred2, cat2, ok := s.title(v, at, lo)
	if !ok {
		return org{}, false
	}
	if place, ok := s.committeePlace(v, si, lo, ts2, pred); ok {
		// 黑龙江省委副书记、省长梁惠玲: the governor of the province whose
		// committee the first title names.
		s.addRole(v, si, p, pred, place, "role:committee-place-title-person", 0.8, ts)
		return org{start: ts}, true
	}
	if !partyGroup(pred) && !partyGroup(pred2) && !concurrent && !sameKindOfPost(pred, cat, pred2, cat2) {
		return org{}, false
	}
	rs2, _ := v.runBack(ts2, lo)
	o, ok := s.owner(v, si, rs2, ts2, cat2)
	if !ok {
		return org{}, false
	}
	if k := s.words.Starting(dictionaries.FactFormer, []rune(pred2), 0, len([]rune(pred2))); concurrent && k > 0 && s.words.Starting(dictionaries.FactFormer, []rune(pred), 0, len([]rune(pred))) == 0 {
		pred = string([]rune(pred2)[:k]) + pred // 新华社原副社长兼总编辑: both posts held no more
	}
	s.addRole(v, si, p, pred, o, "role:shared-org-title-person", 0.8, ts)
	s.addRole(v, si, p, pred2, o, "role:org-title-list", 0.85, ts2)
	return o, true
}

// committeeHeads maps the head of a local government to the party
// committee of the same division: 省长 serves where the 省委 sits.
var committeeHeads = map[string]string{"省长": "省委", "市长": "市委", "县长": "县委", "区长": "区委", "州长": "州委"}

// committeePlace reads, for a local head's title pred listed after a title
// that begins at ts2 and whose holder is a division's party committee
// (黑龙江省委副书记、省长), the division: the committee's name without 委
// (黑龙江省).
func (s *Stage) committeePlace(v *view, si, lo, ts2 int, pred string) (org, bool) {
	committee, ok := committeeHeads[strings.TrimPrefix(strings.TrimPrefix(pred, "代"), "副")]
	if !ok {
		return org{}, false
	}
	m := v.endingAt(ts2, lo, pipeline.Org)
	if m == nil {
		m = v.orgAcross(si, ts2, ts2+2)
	}
	if m == nil || !strings.HasSuffix(m.Text, committee) || len([]rune(m.Text)) < 4 {
		return org{}, false
	}
	name := strings.TrimSuffix(m.Text, "委")
	return org{name: name, start: m.Start, mentions: []*pipeline.Mention{m}, how: "place"}, true
}

// partyGroup reports whether a title is a post in an organization's party
// group or committee (党组书记, 原党组成员, 党委委员).
// sameKindOfPost reports whether two titles listed for one person are posts
// of one body when the second names none: a company's (董事长、总经理) or two
// of the same kind (大会主席团常务主席、执行主席) — not 中国科学院院士、教授.
func sameKindOfPost(a, catA, b, catB string) bool {
	if catA != catB {
		return false
	}
	if catA == "business" {
		return true
	}
	ra, rb := []rune(a), []rune(b)
	return catA != "academic" && len(ra) > 1 && len(rb) > 1 && ra[len(ra)-1] == rb[len(rb)-1] && ra[len(ra)-2] == rb[len(rb)-2]
}

func partyGroup(title string) bool {
	return strings.Contains(title, "党组") || strings.Contains(title, "党委")
}

// datelineOutlet reads the outlet of a byline in brackets right after a
// dateline that opens the line (新华社首尔12月15日电（记者陆睿）, 人民网平壤10月8日
// 电（记者王莉）): the ORG mention or the media name by suffix that opens it,
// or nil (本报, 本台: "this paper" names no outlet).
func (s *Stage) datelineOutlet(v *view, si, ts int) *org {
	b := ts
	for b > 0 && isSpace(v.text[b-1]) {
		b--
	}
	if b == 0 {
		return nil
	}
	e := b // （据新华社北京8月10日电 记者于荣）: the byline right after the dateline
	if v.text[b-1] == '（' || v.text[b-1] == '(' {
		e = b - 1
		for e > 0 && isSpace(v.text[e-1]) {
			e--
		}
	}
	ls := max(v.paragraphStart(e), v.sents[si].Start)
	for ls < e && (v.text[ls] == '（' || v.text[ls] == '(' || v.text[ls] == '据' || isSpace(v.text[ls])) {
		ls++
	}
	// 电 ends a dateline, as do 讯 and 消息 (四川新闻网北京7月30日讯).
	de := e - 1
	if e >= 2 && v.slice(e-2, e) == "消息" {
		de = e - 2
	} else if e == 0 || v.text[e-1] != '电' && v.text[e-1] != '讯' {
		return nil
	}
	if e-ls > maxDateline || v.endingAt(de, ls, pipeline.Date) == nil {
		return nil
	}
	m := v.startingMention(ls, e)
	for k := ls + 2; k < e; k++ { // the shortest: 新华网 of 新华网联合国…电
		if _, kind, ok := s.suffixes.Match(v.slice(ls, k)); ok && kind == "media" && v.text[ls] != '本' &&
			(m != nil && k < m.End || len(v.inside(si, ls, k)) == 0) {
			return &org{name: v.slice(ls, k), start: ls}
		}
	}
	if m != nil && m.Type == pipeline.Org {
		return &org{name: entity(m), start: ls, mentions: []*pipeline.Mention{m}}
	}
	return nil
}

// reportOutlet returns the outlet that opens the paragraph before a byline
// at ts as "outlet报道" (环球网报道 记者王逸, 环球时报报道 记者…), or nil.
func (s *Stage) reportOutlet(v *view, ts int) *org {
	b := ts
	for b > 0 && isSpace(v.text[b-1]) {
		b--
	}
	if b < 2 || v.slice(b-2, b) != "报道" {
		return nil
	}
	e, ls := b-2, v.paragraphStart(b-2)
	for ls < e && (isSpace(v.text[ls]) || unicode.IsPunct(v.text[ls])) {
		ls++ // 【环球时报报道
	}
	if e-ls < 2 || e-ls > maxDateline {
		return nil
	}
	if m := v.startingMention(ls, e); m != nil && m.End == e && m.Type == pipeline.Org {
		return &org{name: entity(m), start: ls, mentions: []*pipeline.Mention{m}} // 环球网
	}
	if _, kind, ok := s.suffixes.Match(v.slice(ls, e)); ok && kind == "media" && v.text[ls] != '本' {
		return &org{name: v.slice(ls, e), start: ls}
	}
	return nil
}

// maxDateline is the longest dateline read before a byline, in runes
// (新华社联合国12月15日电).
const maxDateline = 30

// ownerRules names the rule of a role by how its organization was read.
var ownerRules = map[string]string{
	"org-mention": "role:org-title-person",
	"org-suffix":  "role:suffix-org-title-person",
	"place":       "role:place-title-person",
	"place-org":   "role:place-org-title-person",
	"person":      "role:person-title-person",
	// Read past words between the body and the title.
	"adjacent-place":        "role:place-title-person|holder:adjacent",
	"topic-org-mention":     "role:topic-org-title-person",
	"topic-org-suffix":      "role:topic-org-title-person",
	"topic-place":           "role:topic-place-title-person",
	"principal-place":       "role:principal-place-title-person",
	"principal-org-mention": "role:principal-org-title-person",
	"portfolio-place":       "role:portfolio-place-title-person",
	"subject-place":         "role:place-title-person|holder:subject-word",
	"side-org-mention":      "role:side-org-title-person",
	"side-org-suffix":       "role:side-org-title-person",
	"quoted":                "role:quoted-org-title-person",
	"gathering":             "role:gathering-title-person",
}

// ownerConfidence is the confidence of a role by how its organization was
// read: a tagged ORG is surer than a name found by its suffix.
var ownerConfidence = map[string]float64{"org-mention": 0.9, "org-suffix": 0.85, "place": 0.85, "place-org": 0.85, "person": 0.8,
	"adjacent-place": 0.8, "topic-org-mention": 0.8, "topic-org-suffix": 0.75, "topic-place": 0.75,
	"principal-place": 0.8, "principal-org-mention": 0.8, "portfolio-place": 0.8, "subject-place": 0.8,
	"side-org-mention": 0.8, "side-org-suffix": 0.75, "quoted": 0.75, "gathering": 0.75}

// bare reports whether [start, end) is an organization suffix alone (公司,
// 研究所): a reference to an organization named elsewhere, not its name.
// The role is still said, without its organization. A state body written as
// its suffix (国务院) is the country's own and is a name.
func (s *Stage) bare(v *view, start, end int) bool {
	if start >= end {
		return false
	}
	name := v.slice(start, end)
	suffix, kind, ok := s.suffixes.Match("的" + name) // Match wants a name before the suffix
	return ok && suffix == name && !stateTitles[kind]
}

// stateTitles are the title categories a country or region holds: 挪威首相,
// 泰国前总理, 成都市长, and athletes' (中国选手). A place before a scholar's title (四川研究员) is
// where, not whose, and makes no role.
var stateTitles = map[string]bool{
	"government": true, "party": true, "legislature": true, "judicial": true, "military": true, "diplomatic": true,
	"sports": true, // 中国选手崔宸曦: the country an athlete competes for
}

// verbEnding reports whether a verb or preposition token ends at pos, or
// a verb of meeting whatever gse tags it (会见/n), maybe with the aspect
// particle 了 after it: a title after it opens the object (坚定支持行政长官林郑月娥,
// 向总统穆尔西, 在圣彼得堡会见总统普京, 通过了总统杜特尔特的提议).
func (v *view) verbEnding(pos, lo int) bool {
	t := v.tokenEnding(pos)
	if t != nil && t.Text == "了" && t.Start > lo {
		t = v.tokenEnding(t.Start)
	}
	return t != nil && t.Start >= lo && (strings.HasPrefix(t.Pos, "v") || t.Pos == "p" || t.Pos == "zg" && prepositions[t.Text] || v.meets(t))
}

// prepositions are the one-character prepositions gse may tag zg (向/zg 总统穆尔西).
var prepositions = map[string]bool{"向": true, "对": true, "给": true, "为": true, "与": true, "同": true, "跟": true, "和": true}

// bodyAcross returns the ORG mention that a title at [ts, end) begins
// inside (俄外交部|长), when its name ends like an institution's (not
// 植保站原|站长, 联合总|书记) and the tagger did not run it one character on
// (治安局局|长), or nil.
func (s *Stage) bodyAcross(v *view, si, ts, end int) *pipeline.Mention {
	if m := v.orgAcross(si, ts, end); m != nil && v.text[ts-1] != v.text[ts] && s.suffixes.EndsLikeOne(m.Text) {
		return m
	}
	return nil
}

// orgAcross returns the ORG mention of sentence si that begins before pos
// and ends after it, at or before end: a title that begins at pos and ends
// at end shares its characters.
func (v *view) orgAcross(si, pos, end int) *pipeline.Mention {
	var first *pipeline.Mention
	for e := pos + 1; e <= end; e++ {
		for i := range v.endsAt(e) {
			m := &v.d.Mentions[i]
			if m.Type == pipeline.Org && m.Start < pos && int(v.sentOf[i]) == si && (first == nil || m.Start < first.Start) {
				first = m
			}
		}
	}
	return first
}

// owner reads [start, end) before a title of category cat as the holder of
// the post: an organization, or for a state title, places written together.
func (s *Stage) owner(v *view, si, start, end int, cat string) (org, bool) {
	if s.bare(v, start, end) {
		return org{}, false
	}
	if k := s.clauseEnd(v, start, end); k > start {
		// 贺国强同研究所所长, 最高法院认为国家问责局局长: a clause the tagger or
		// the run read into the name; the body is what follows it.
		if s.bare(v, k, end) {
			return org{}, false
		}
		return s.orgName(v, si, k, end)
	}
	if o, ok := s.orgName(v, si, start, end); ok {
		return o, true
	}
	if o, ok := placeOrg(v, start, end); ok {
		return o, true
	}
	if !stateTitles[cat] || start >= end {
		return org{}, false
	}
	if o, ok := s.partyName(v, si, start, end); ok && o.how == "place" {
		return o, true
	}
	return org{}, false
}

// placeOrg reads [start, end) as places written together and an ORG
// mention after them that ends at end, a body whose name the tagger cut
// after its place: 缅甸|国防军总司令 → 缅甸国防军, 黎巴嫩|国民议会议长 →
// 黎巴嫩国民议会, where no institution suffix reads the whole.
func placeOrg(v *view, start, end int) (org, bool) {
	m := v.endingAt(end, start, pipeline.Org)
	if m == nil || m.Start <= start || m.End-m.Start < 2 {
		return org{}, false // 韩|方团长: a side, no body
	}
	ps := v.placesIn(start, m.Start)
	if len(ps) == 0 {
		return org{}, false
	}
	return org{name: v.slice(start, end), start: start, mentions: append(ps, m), how: "place-org"}, true
}

// clauseEnd returns where the last word of kind clause (fact_words.tsv: 同,
// 认为, 陪同人员) inside [start, end), after its first character and whole
// tokens (not the 同 of 同仁医院), ends, or start.
func (s *Stage) clauseEnd(v *view, start, end int) int {
	k := start
	for pos := start; pos < end; {
		t := v.tokenStarting(pos)
		if t == nil || t.End > end {
			break
		}
		// A word of two characters or more opening the run makes a clause
		// too (任命看守政府总理 → 看守政府); 同 there opens a name (同仁医院).
		if n := s.words.Starting(dictionaries.FactClause, v.text, t.Start, end); (t.Start > start || n > 1) && n > 0 {
			if e := v.tokenEnding(t.Start + n); e != nil && e.End == t.Start+n {
				k = t.Start + n
			}
		}
		pos = t.End
	}
	return k
}

func (s *Stage) addRole(v *view, si int, p *pipeline.Mention, pred string, o org, rule string, conf float64, ts int) {
	f := newFact(Role, rule, si, min(o.start, ts), p.End, conf)
	f.Subject, f.Predicate, f.Object = entity(p), pred, s.withoutTenure(v, o)
	if len(o.mentions) == 1 {
		s.foreignBody(v, p, o.mentions[0], &f)
	}
	addMention(&f, p)
	for _, m := range o.mentions {
		addMention(&f, m)
	}
	v.add(f)
}

// withoutTenure returns the name of body o, read as written, without a
// word of tenure (fact_words kind tenure) it holds as a token of its own:
// the word says when the post is held, not which body (美国|新任|印太司令部 →
// 美国印太司令部, 时任|中国人民银行党委委员 → 中国人民银行).
func (s *Stage) withoutTenure(v *view, o org) string {
	end := o.start + utf8.RuneCountInString(o.name)
	if end > len(v.text) || v.slice(o.start, end) != o.name {
		return o.name
	}
	for j := o.start; j < end; j++ {
		if t := v.tokenStarting(j); t != nil && t.End < end && s.words.Starting(dictionaries.FactTenure, v.text, j, t.End) == t.End-j {
			return v.slice(o.start, j) + v.slice(t.End, end)
		}
	}
	return o.name
}

// foreignBody makes the object of role f, the body m that the document's
// aliases read as China's (财政部 → 中华人民共和国财政部) but written bare, the
// foreign holder p's own state's (财政部长斯莫特里赫, 库尔希德出任外交部长) in a
// document that names a foreign state.
func (s *Stage) foreignBody(v *view, p, m *pipeline.Mention, f *pipeline.Fact) {
	if !s.foreignHolder(entity(p)) || !v.namesForeignState() ||
		!strings.HasPrefix(f.Object, chinaPrefix) || strings.HasPrefix(m.Text, chinaPrefix) || strings.HasPrefix(m.Text, "中国") {
		return
	}
	f.Object = m.Text
	if c := s.countries.ByCode(s.known.Country(entity(p))); c != nil {
		f.Object = c.Name + m.Text
	}
	f.Rule += "|holder:foreign"
}

// namesForeignState reports whether the document names a state other than
// China: without one, a holder whose name merely looks foreign (鄂竟平, a
// rare surname) keeps the body the aliases read.
func (v *view) namesForeignState() bool {
	for i := range v.d.Mentions {
		if m := &v.d.Mentions[i]; m.Type == pipeline.Place && m.Country != "" && m.Country != "CN" {
			return true
		}
	}
	return false
}

// tenureStart returns where a word of tenure before the title at ts starts
// (fact_words kind tenure: 现任, 时任, 新任, and the new or numbered terms
// postModifiers reads: 第31任), or ts: the body stands before it.
func (s *Stage) tenureStart(v *view, lo, ts int) int {
	if n := s.words.Ending(dictionaries.FactTenure, v.text, lo, ts); n > 0 {
		return ts - n
	}
	return s.postModifiers(v, lo, ts)
}

// adjacentPlace reads the places written right before a state's title at
// ts, opening with a country, as its holder when the run before them is no name (中国人民的老朋友——塔吉克斯坦
// 总统拉赫蒙, 访美的韩国总统朴槿惠, 同意大利总理孔特: gse's 同意 runs into the
// place): rule role:place-title-person|holder:adjacent.
func (s *Stage) adjacentPlace(v *view, si, rs, ts int) (org, bool) {
	start := ts
	for start > rs {
		m := v.endingAt(start, rs, pipeline.Place)
		if m == nil {
			break
		}
		start = m.Start
	}
	if start == ts || start == rs || strings.ContainsRune("和与及", v.text[start-1]) {
		return org{}, false // 安提瓜和巴布达总督: the run cut a country's name
	}
	if m := v.startingMention(start, ts); m == nil || m.Type != pipeline.Place || s.countries.Lookup(m.Text) == nil {
		return org{}, false // 曲阜市大西庄村: a village the tagger cut
	}
	// A word for a state right before the country (成员国, 主席国, 东道国)
	// describes the country, which opens a phrase of its own: 东盟轮值主席国
	// 新加坡总理李显龙.
	apposed := v.text[start-1] == '国' && v.endingAt(start, rs, pipeline.Place) == nil
	for _, m := range v.inside(si, rs, start) {
		if m.Type == pipeline.Org && !apposed {
			return org{}, false // 美国大豆协会国际项目中国首席代表: the body's post in the place
		}
	}
	o, ok := s.partyName(v, si, start, ts)
	if !ok || o.how != "place" {
		return org{}, false
	}
	o.how = "adjacent-place"
	return o, true
}

// commonNoun reports whether [start, end) is one common noun (gse's n or nz:
// 党和国家/nz 领导人) that no mention covers.
func (v *view) commonNoun(start, end int) bool {
	t := v.tokenStarting(start)
	return t != nil && t.End == end && (t.Pos == "n" || t.Pos == "nz") && !v.startsMention(start) && v.timeStarting(start, end) == nil
}

// subjectCountry reads a word standing for a country (fact_words kind
// subject: 我国 → 中国) right before a state's post as its holder: 我国选手王蔷
// (gse tags 我国 a pronoun, which ends a run of names).
func (s *Stage) subjectCountry(v *view, lo, ts int) (org, bool) {
	n := s.words.Ending(dictionaries.FactSubject, v.text, lo, ts)
	if n == 0 {
		return org{}, false
	}
	name, _ := s.words.Predicate(dictionaries.FactSubject, v.slice(ts-n, ts))
	if s.countries.Lookup(name) == nil {
		return org{}, false // 全国, 中央财政: no state's name
	}
	return org{name: name, start: ts - n, how: "subject-place"}, true
}

// principalOwner reads a run that ends in a post another serves (fact_words
// kind principal) after its body: 美国总统|国家安全事务助理, 土耳其总统府|发言人,
// 联合国秘书长|发言人 → the body, and the principal's post, which the
// predicate opens with (rule role:principal-place-title-person,
// role:principal-org-title-person).
func (s *Stage) principalOwner(v *view, si, rs, ts int) (org, string, bool) {
	n := s.words.Ending(dictionaries.FactPrincipal, v.text, rs, ts)
	if n == 0 || ts-n <= rs {
		return org{}, "", false
	}
	// 美国前总统国家安全事务助理: a former mark before the principal, a word
	// of its own, is the post's.
	if t := v.tokenEnding(ts - n); t != nil && t.Pos == "f" && t.Start > rs && s.words.Starting(dictionaries.FactFormer, v.text, t.Start, t.End) == t.End-t.Start {
		n += t.End - t.Start
	}
	o, ok := s.owner(v, si, rs, ts-n, "government")
	if c := s.countries.Lookup(v.slice(rs, ts-n)); !ok && c != nil {
		// 菲律宾总统府|发言人: the tagger's one mention holds the country and
		// the office, whose country the nested stage names only later.
		o, ok = org{name: c.Name, start: rs, mentions: v.inside(si, rs, ts), how: "place"}, true
	}
	if !ok || o.how != "place" && o.how != "org-mention" {
		return org{}, "", false
	}
	o.how = "principal-" + o.how
	return o, v.slice(ts-n, ts), true
}

// maxPortfolio is the longest portfolio, in runes, read before a
// minister's title: 外交与国际合作.
const maxPortfolio = 8

// portfolioOwner reads a run that is a country and a portfolio before a
// minister's title (fact_words kind portfolio, after a deputy mark): 日本防卫|大臣,
// 英国环境|大臣, 沙特国防|副大臣 → the country, and the portfolio, which the
// predicate opens with (rule role:portfolio-place-title-person). The
// portfolio holds no mention, no digit and no function word.
func (s *Stage) portfolioOwner(v *view, si, rs, ts int, pred string) (org, string, bool) {
	if !s.isPortfolio(pred) {
		return org{}, "", false
	}
	m := v.startingMention(rs, ts)
	if m == nil || m.Type != pipeline.Place || s.countries.Lookup(m.Text) == nil || ts-m.End < 2 || ts-m.End > maxPortfolio ||
		s.words.Starting(dictionaries.FactTopic, v.text, m.End, ts) > 0 {
		return org{}, "", false // 中国事务大臣鲁梅延: the country is what the post deals with
	}
	if !v.portfolioWords(m.End, ts, ts+utf8.RuneCountInString(pred)) {
		return org{}, "", false
	}
	return org{name: entity(m), start: rs, mentions: []*pipeline.Mention{m}, how: "portfolio-place"}, v.slice(m.End, ts), true
}

// isPortfolio reports whether title pred, without a deputy mark, may have a
// portfolio before it (fact_words kind portfolio: 部长, 大臣, 总理).
func (s *Stage) isPortfolio(pred string) bool {
	post := []rune(pred)
	if k := s.words.Starting(dictionaries.FactDeputy, post, 0, len(post)); k > 0 && k < len(post) {
		post = post[k:]
	}
	return s.words.Starting(dictionaries.FactPortfolio, post, 0, len(post)) == len(post)
}

// portfolioWords reports whether [from, ts) may be a portfolio before the
// title at ts that ends at end: words that are no mention, time, digit,
// function word or verb of meeting. The title's own word may hold the last of them
// (德国|经济部长, which gse reads as one word).
func (v *view) portfolioWords(from, ts, end int) bool {
	for pos := from; pos < ts; {
		t := v.tokenStarting(pos)
		if t == nil || t.End > ts && t.End != end || stops(t) || v.startsMention(pos) || v.timeStarting(pos, ts) != nil ||
			strings.HasPrefix(t.Pos, "v") && v.meets(t) {
			return false // 日本媒体近日援引防卫大臣: what the media did, no portfolio
		}
		pos = t.End
	}
	return true
}

// sideOwner reads a run that is a body and a country's side (an
// abbreviation and 方) before a title: 中俄能源合作委员会中方|主席 → the body,
// and the side, which the predicate opens with (中方主席; rule
// role:side-org-title-person).
func (s *Stage) sideOwner(v *view, si, lo, ts int, cat string) (org, string, bool) {
	if ts-lo < 4 || v.text[ts-1] != '方' {
		return org{}, "", false
	}
	if m := v.endingAt(ts-1, lo, pipeline.Place); m == nil || m.Start != ts-2 {
		return org{}, "", false
	}
	rs, _ := v.runBack(ts-2, lo)
	if suffix, _, ok := s.suffixes.Match("的" + v.slice(rs, ts-2)); ok && suffix == v.slice(rs, ts-2) {
		return org{}, "", false // 委员会俄方主席: a body named elsewhere
	}
	o, ok := s.owner(v, si, rs, ts-2, cat)
	if !ok || o.how != "org-mention" && o.how != "org-suffix" {
		return org{}, "", false
	}
	o.how = "side-" + o.how
	return o, v.slice(ts-2, ts), true
}

// gatheringTitles are the categories of posts a body or a session named
// as a gathering holds (主席, 秘书长).
var gatheringTitles = map[string]bool{"government": true, "legislature": true, "party": true, "diplomatic": true, "generic": true}

// gatheringOwner reads a run that ends in a word of a gathering (fact_words
// kind gathering: 会议, 论坛) and holds a place or an organization before
// it as the holder of the post after it: a council, or a session, that
// no organization suffix names (俄罗斯国家安全会议副主席梅德韦杰夫, 秘鲁部长会议
// 主席阿德里安森, 十三届全国人大一次会议副秘书长姜信治; rule
// role:gathering-title-person). The run holds no verb, digit or
// punctuation; a gathering word alone is no name (大会执行主席).
func (s *Stage) gatheringOwner(v *view, si, rs, ts int, cat string) (org, bool) {
	n := s.words.Ending(dictionaries.FactGathering, v.text, rs, ts)
	if !gatheringTitles[cat] || n == 0 || ts-n-rs < 2 || ts-rs > maxName {
		return org{}, false
	}
	ms := v.inside(si, rs, ts-n)
	if m := v.endingAt(ts-1, rs, pipeline.Org); m != nil && n >= 2 {
		// 印度尼西亚人民协商会|议主席: the tagger cut the council's name
		// inside the gathering word.
		ms = append(ms, m)
	}
	if len(ms) == 0 || !slices.ContainsFunc(ms, func(m *pipeline.Mention) bool { return m.Type == pipeline.Place || m.Type == pipeline.Org }) {
		return org{}, false
	}
	if slices.ContainsFunc(ms, func(m *pipeline.Mention) bool { return m.Type == pipeline.Place && v.text[m.End] == '方' }) {
		return org{}, false // 美方武官最高首脑美军…, 台湾方面两岸企业家峰会: a side's description
	}
	for pos := rs; pos < ts; pos++ {
		if r := v.text[pos]; unicode.IsPunct(r) || unicode.IsSpace(r) || unicode.IsDigit(r) {
			return org{}, false
		}
		if t := v.tokenStarting(pos); t != nil && t.End <= ts-n && (strings.HasPrefix(t.Pos, "v") && t.Pos != "vn" || stops(t)) {
			return org{}, false // 在会议上会见…: a clause, no name
		}
	}
	return org{name: v.slice(rs, ts), start: rs, mentions: v.inside(si, rs, ts), how: "gathering"}, true
}

// quotedTitles are the categories of posts a body named in quotation marks
// right before them holds: not a scholar's, a doctor's or an athlete's,
// whose quoted words describe the person (“90后”医生).
var quotedTitles = map[string]bool{
	"government": true, "party": true, "legislature": true, "judicial": true, "military": true,
	"diplomatic": true, "business": true, "media": true, "generic": true,
}

// quotedOwner reads a name in quotation marks that ends the run before a
// title as its body (“胜利阵线”领导人乔拉尼, 叙利亚反对派“全国联盟”主席哈提卜 →
// 全国联盟; rule role:quoted-org-title-person): the ORG mention that is
// the name, or the name as written. Not a name that opens with a digit
// (“00后”).
func quotedOwner(v *view, si, rs, ts int, cat string) (org, bool) {
	if !quotedTitles[cat] || ts-rs < 4 || v.text[ts-1] != '”' {
		return org{}, false
	}
	q := ts - 2
	for q >= rs && v.text[q] != '“' {
		if r := v.text[q]; r == '”' || unicode.IsPunct(r) && r != '·' && r != '-' || unicode.IsSpace(r) {
			return org{}, false
		}
		q--
	}
	if q < rs || ts-1-(q+1) < 2 || ts-1-(q+1) > maxName || unicode.IsDigit(v.text[q+1]) {
		return org{}, false
	}
	if m := v.exact(q+1, ts-1, pipeline.Org); m != nil {
		return org{name: entity(m), start: q, mentions: []*pipeline.Mention{m}, how: "quoted"}, true
	}
	return org{name: v.slice(q+1, ts-1), start: q, mentions: v.inside(si, q+1, ts-1), how: "quoted"}, true
}

// maxTopic is the longest phrase, in runes, of what a post deals with
// between its body and its title: 外交和安全政策, “脱欧”谈判.
const maxTopic = 12

// onTopic reads the body before a title that a phrase saying what the post
// deals with (ending in a word of fact_words kind topic) separates from it:
// 联合国也门问题特使 → 特使 of 联合国; 欧盟“脱欧”谈判首席代表 → 首席代表 of 欧盟
// (rule role:topic-org-title-person or role:topic-place-title-person). The
// phrase holds no punctuation but quotes; a place right before the topic
// word (也门) is what it deals with, not the body.
func (s *Stage) onTopic(v *view, si, lo, ts int, cat string) (org, bool) {
	n := s.words.Ending(dictionaries.FactTopic, v.text, lo, ts)
	if n == 0 || ts+1 < len(v.text) && v.text[ts+1] == '长' && s.suffixes.EndsLikeOne(v.slice(ts-n, ts+1)) {
		// 实行委员会”事务局长: 事务局 is a body and 长 its head; not 印太事务
		// 协调员, a post of its own.
		return org{}, false
	}
	for j := ts - n - 1; j > max(lo, ts-n-maxTopic); j-- {
		r := v.text[j]
		if r != '“' && r != '”' && (unicode.IsPunct(r) || unicode.IsSpace(r) || r == '的') {
			break
		}
		if t := v.tokenHolding(j); t != nil && (t.Text == "在" || v.meets(t)) {
			break // 在人民大会堂会见南非议会事务主席: the phrase is a clause's
		}
		m := v.endingAt(j, lo, pipeline.Org, pipeline.Place)
		if m == nil {
			continue
		}
		rs, _ := v.runBack(j, lo)
		o, ok := s.owner(v, si, rs, j, cat)
		if !ok && m.Type == pipeline.Place && m.Start > lo && v.endingAt(m.Start, lo, pipeline.Org, pipeline.Place) != nil {
			// 美国国务院朝鲜人权问题特使: the country is what the post deals
			// with, the body stands before it.
			j = m.Start + 1
			continue
		}
		if !ok {
			return org{}, false
		}
		o.how = "topic-" + o.how
		return o, true
	}
	return org{}, false
}

// maxCharge is the longest 负责…的 phrase, in runes, between a body and a
// title: 负责人道主义事务的.
const maxCharge = 14

// inCharge reads the body before a title that a phrase saying what the post
// is in charge of separates from it: 联合国负责人道主义事务的副秘书长 →
// 副秘书长 of 联合国 (also 分管…的).
func (s *Stage) inCharge(v *view, si, lo, ts int, cat string) (org, bool) {
	if ts-1 <= lo || v.text[ts-1] != '的' {
		return org{}, false
	}
	for j := ts - 3; j >= max(lo, ts-maxCharge); j-- {
		if v.text[j] == '，' || v.text[j] == ',' || v.text[j] == '。' {
			break
		}
		if w := v.slice(j, j+2); w != "负责" && w != "分管" {
			continue
		}
		if rs, _ := v.runBack(j, lo); rs < j {
			return s.owner(v, si, rs, j, cat)
		}
		break
	}
	return org{}, false
}

// chinaPrefix opens the full names of China's state bodies, which the
// organization aliases give bare names such as 财政部.
const chinaPrefix = "中华人民共和国"

// foreignHolder reports whether a person's name is no Chinese name: a known
// person serving another state, or a name written with a middle dot, of
// more than four characters, of four without a compound surname, or of three
// not opening with a Chinese surname (斯莫特里赫, 科隆纳). Two characters are
// too few to tell (耶伦, but 洪磊). A Chinese name with a surname
// surnames.tsv lacks reads as foreign too; that only leaves a bare body
// unresolved.
func (s *Stage) foreignHolder(name string) bool {
	if c := s.known.Country(name); c != "" {
		return c != "CN"
	}
	if s.known.Has(name) {
		return false
	}
	n := utf8.RuneCountInString(name)
	if strings.ContainsRune(name, '·') || n > 4 || n < 2 {
		return n >= 2
	}
	sur, ok := s.surnames.Of(name)
	return n == 3 && !ok || n == 4 && utf8.RuneCountInString(sur) < 2
}

// dateRoles gives each role its sentence's time, when the sentence has one
// for the holder (a role is what the text says held then): a DATE in the
// holder's clause before the holder or right after the name (国务院总理
// 李克强14日在乌兰巴托会见…), else one the sentence or an earlier clause
// opens with (2023年3月11日，李强当选为国务院总理), by the same rules as
// other facts. A date further on in the clause is another matter's (…表示
// 要在2035年前…), and an earlier sentence's may be (in a paragraph on
// 2019年6月 a report, 美国国务卿布林肯正在… of 2022). The publication time
// is never used: news names people by the posts they held in the past too
// (周恩来总理), so a role with no time in its sentence has none. Nor does a
// former post (前总统, 原司令员), former when the text was written, not at
// its sentence's time, unless a dismissal made it so then.
func (v *view) dateRoles() {
	for i := range v.facts {
		f := &v.facts[i]
		if f.Kind != Role || f.DateStart != nil {
			continue
		}
		// A former post is former when the text is written, not at the
		// sentence's time (2016年，前总统奥朗德执政时期): only a dismissal dates
		// when it became so.
		if pred := []rune(f.Predicate); v.words.Starting(dictionaries.FactFormer, pred, 0, len(pred)) > 0 && !strings.HasPrefix(f.Rule, "role:dismissed") {
			continue
		}
		var holder *pipeline.Mention
		for _, id := range f.MentionIDs {
			if m := v.mentionOf(id); m != nil && m.Type == pipeline.Person && entity(m) == f.Subject {
				holder = m
				break
			}
		}
		if holder == nil {
			continue
		}
		d, context := v.dateFor(f.Sentence, holder.End)
		if d == nil || context || d.Start > holder.End+1 {
			continue
		}
		setDate(f, d, false)
	}
}
