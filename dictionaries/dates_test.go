package dictionaries

import (
	"reflect"
	"strings"
	"testing"
)

func TestHolidaysLoad(t *testing.T) {
	hs, err := LoadHolidays()
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]Holiday{}
	for _, h := range hs {
		byName[h.Name] = h
	}
	for name, want := range map[string]Holiday{
		"春节":    {Name: "春节", Calendar: CalendarLunar, Month: 1, Day: 1, Days: 1},
		"除夕":    {Name: "除夕", Calendar: CalendarLunar, Month: 1, Day: 1, Offset: -1, Days: 1},
		"清明节":   {Name: "清明节", Calendar: CalendarTerm, Term: "清明", Days: 1},
		"五一":    {Name: "五一", Calendar: CalendarSolar, Month: 5, Day: 1, Context: true, Days: 1},
		"斋月":    {Name: "斋月", Calendar: CalendarIslamic, Month: 9, Day: 1},
		"大斋期":   {Name: "大斋期", Calendar: CalendarEaster, Offset: -46, Days: 46},
		"逾越节":   {Name: "逾越节", Calendar: CalendarHebrew, Month: 1, Day: 15, Days: 7},
		"普珥节":   {Name: "普珥节", Calendar: CalendarHebrew, Month: 12, Day: 14, Days: 1},
		"圣殿被毁日": {Name: "圣殿被毁日", Calendar: CalendarHebrew, Month: 5, Day: 9, Days: 1, Moves: []Move{{Weekday: 6, Days: 1}}},
		"以色列独立日": {Name: "以色列独立日", Calendar: CalendarHebrew, Month: 2, Day: 5, Days: 1,
			Moves: []Move{{Weekday: 5, Days: -1, From: 1949}, {Weekday: 6, Days: -2, From: 1949}, {Weekday: 1, Days: 1, From: 2004}}},
	} {
		if got := byName[name]; !reflect.DeepEqual(got, want) {
			t.Errorf("%s = %+v, want %+v", name, got, want)
		}
	}
}

func TestParseHolidaysErrors(t *testing.T) {
	const head = "name\tcalendar\tmonth\tday\tnth\toffset\tterm\tmoves\tcontext\tdays\n"
	for _, body := range []string{
		"x\tsolar\t13\t1\t0\t0\t\t\t0\t1\n",
		"x\tlunar\t1\t31\t0\t0\t\t\t0\t1\n",
		"x\tislamic\t12\t31\t0\t0\t\t\t0\t1\n",
		"x\tterm\t0\t0\t0\t0\t春节\t\t0\t1\n",
		"x\tmoon\t1\t1\t0\t0\t\t\t0\t1\n",
		"x\tsolar\t1\t1\t0\t0\t\t\t2\t1\n",
		"x\tsolar\t1\t1\t0\t0\t\t\t0\t1\nx\tsolar\t1\t2\t0\t0\t\t\t0\t1\n",
		"x\tweekday\t5\t7\t0\t0\t\t\t0\t1\n",
		// To the month's end only on the Islamic calendar; never backwards.
		"x\tsolar\t1\t1\t0\t0\t\t\t0\t0\n",
		"x\tislamic\t9\t1\t0\t0\t\t\t0\t-1\n",
		"x\thebrew\t9\t1\t0\t0\t\t\t0\t0\n",
		// Adar II is written 12; no month 13.
		"x\thebrew\t13\t14\t0\t0\t\t\t0\t1\n",
		"x\thebrew\t5\t31\t0\t0\t\t\t0\t1\n",
		// Moves: weekday:days[:from], each weekday once, some days.
		"x\thebrew\t5\t9\t0\t0\t\t6\t0\t1\n",
		"x\thebrew\t5\t9\t0\t0\t\t8:1\t0\t1\n",
		"x\thebrew\t5\t9\t0\t0\t\t6:0\t0\t1\n",
		"x\thebrew\t5\t9\t0\t0\t\t6:1,6:2\t0\t1\n",
		"x\thebrew\t5\t9\t0\t0\t\t6:1:x\t0\t1\n",
		"x\thebrew\t5\t9\t0\t0\t\t6:1:1949:2\t0\t1\n",
	} {
		tab, err := ParseTSV("h.tsv", head+body)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := ParseHolidays(tab); err == nil || !strings.Contains(err.Error(), "h.tsv:") {
			t.Errorf("%q: error %v, want one naming the line", body, err)
		}
	}
}

func TestDateWordsLoad(t *testing.T) {
	dw, err := LoadDateWords()
	if err != nil {
		t.Fatal(err)
	}
	if dw.Fold['號'] != '号' || dw.Fold['週'] != '周' {
		t.Errorf("folds 號→%q 週→%q", dw.Fold['號'], dw.Fold['週'])
	}
	want := map[string][]int{"year\t去年": {-1}, "daypart\t下午": {12, 18, 1, 0}, "monthpart\t下旬": {21, 31}, "reign\t民国": {1912}, "daypart\t晚": {18, 24, 1, 0}, "daypart\t白天": {6, 18, 0, 1}, "verbto\t得到": {0}, "unbroken\t表现": {0}, "season\t冬季": {12, 3}, "event\t成立": {0}}
	for _, w := range dw.Words {
		if n, ok := want[w.Kind+"\t"+w.Word]; ok {
			if len(n) != len(w.N) || n[0] != w.N[0] {
				t.Errorf("%s %s = %v, want %v", w.Kind, w.Word, w.N, n)
			}
			delete(want, w.Kind+"\t"+w.Word)
		}
	}
	if len(want) > 0 {
		t.Errorf("missing %v", want)
	}
}

func TestParseDateWordsErrors(t *testing.T) {
	for _, body := range []string{
		"fold\t號\thao\n",
		"year\t去年\tx\n",
		"daypart\t下午\t18 12 1 0\n",
		"dayref\t今晚\t0 黄昏\n",
		"anaphor\t当晚\t0 0 黄昏\n",
		"daypart\t晚上\t18 24 1 0\nanaphor\t当年晚\t2 0 晚上\n",
		"era\t公元\t0\n",
		"year\t去年\t-1\nyear\t去年\t-1\n",
		"verbto\t得到了\t0\n",
		"verbto\t到\t0\n",
		"verbto\t回到\t1\n",
		"unbroken\t表\t0\n",
		"event\t成\t0\n",
		"event\t成立\t1\n",
		"season\t冬季\t12 13\n",
	} {
		tab, err := ParseTSV("w.tsv", "kind\tword\tvalue\n"+body)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := ParseDateWords(tab); err == nil || !strings.Contains(err.Error(), "w.tsv") {
			t.Errorf("%q: error %v, want one naming the file", body, err)
		}
	}
}
