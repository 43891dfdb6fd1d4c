package facts

import (
	"slices"
	"strings"
	"testing"
)

// TestSubjectPlaces runs place:subject and place:org on corpus sentences:
// every amount, statistic, change and share of the text, with its place.
func TestSubjectPlaces(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     []string
	}{
		// A subject word stands for a country: the country is the place.
		{"前7个月，我国交通固定资产投资超2万亿元。", []string{"MONEY:超2万亿元|2000000000000|CNY"},
			[]string{"amount:word-phrase-predicate-money|place:subject|中国|投资|交通固定资产|2000000000000 CNY||中国"}},
		// A coded place mention is the place under its full name, for the
		// change that takes the amount's subject too.
		{"今年前11个月，广西外贸进出口总额6664.5亿元，同比增长8.3%。", []string{"PLACE:广西|广西壮族自治区|450000|CN", "MONEY:6664.5亿元|666450000000|CNY", "PERCENT:8.3%|8.3|%"},
			[]string{"amount:name-phrase-predicate-money|place:subject|广西壮族自治区|进出口额|外贸|666450000000 CNY||广西壮族自治区",
				"change:after-amount|place:subject|广西壮族自治区|同比增长|外贸进出口额|8.3 %||广西壮族自治区"}},
		{"2024年，深圳市进出口额首次突破4万亿元。", []string{"DATE:2024年|2024-01-01|2025-01-01", "PLACE:深圳市|广东省深圳市|440300|CN", "MONEY:4万亿元|4000000000000|CNY"},
			[]string{"amount:place-predicate-money|place:subject|广东省深圳市|进出口额||4000000000000 CNY|2024-01-01|广东省深圳市"}},
		// A state's body is where its country is; a local firm where its
		// city is.
		{"今天（7月4日），财政部会同农业农村部下达中央财政农业生产防灾救灾资金5.46亿元。", []string{"DATE:今天|2024-07-04|2024-07-05", "ORG:财政部|中华人民共和国财政部", "ORG:农业农村部|中华人民共和国农业农村部", "MONEY:5.46亿元|546000000|CNY"},
			[]string{"amount:org-verb-object-money|place:org|中华人民共和国财政部|下达|中央财政农业生产防灾救灾资金|546000000 CNY|2024-07-04|中国"}},
		{"太原市浩兴科贸有限公司捐赠了3380元。", []string{"ORG:太原市浩兴科贸有限公司", "MONEY:3380元|3380|CNY"},
			[]string{"amount:org-predicate-money|place:org|太原市浩兴科贸有限公司|捐赠||3380 CNY||山西省太原市"}},
		// A company or bank named for its country acts anywhere: no place.
		{"目前，农发行已投放小麦收购贷款413.32亿元，支持企业收购小麦。", []string{"ORG:农发行|中国农业发展银行", "MONEY:413.32亿元|41332000000|CNY"},
			[]string{"amount:org-adverbial-predicate-money|中国农业发展银行|贷款||41332000000 CNY"}},
		// A place after 在 is where the money went, and stays so.
		{"他在北京投资300万元。", []string{"PLACE:北京|北京市|110000|CN", "MONEY:300万元|3000000|CNY"},
			[]string{"amount:predicate-money||投资||3000000 CNY||北京市"}},
	}
	s := newStage(t)
	for _, tt := range tests {
		d := prepared(t, tt.text)
		addMentions(t, d, tt.mentions)
		if err := s.Process(d); err != nil {
			t.Fatalf("%q: %v", tt.text, err)
		}
		checkFacts(t, d)
		var got []string
		for _, f := range d.Facts {
			if f.Kind != Role && f.Kind != Event && !strings.HasPrefix(f.Rule, "statistic") {
				got = append(got, format(f))
			}
		}
		slices.Sort(got)
		if want := slices.Sorted(slices.Values(tt.want)); !slices.Equal(got, want) {
			t.Errorf("%q\n got %q\nwant %q", tt.text, got, want)
		}
	}
}
