package dictionaries

import (
	"strings"
	"testing"
)

func TestFactWords(t *testing.T) {
	w, err := LoadFactWords()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		kind       FactKind
		word, want string
	}{
		{FactAmount, "营收", "营业收入"},
		{FactAmount, "支持经费", "支持经费"},
		{FactStatistic, "互动交流", "互动交流"},
		{FactEvent, "共同建设", "共建"},
		{FactFormer, "原", "-"},
		{FactDeputy, "副", "-"},
		{FactLight, "实现", "-"},
		{FactMeet, "会见", "会见"},
		{FactTalk, "举行会谈", "会谈"},
		{FactSpend, "出口", "出口"},
		{FactSubject, "我国", "中国"},
		{FactAnaphor, "该公司", "-"},
	} {
		if got, ok := w.Predicate(tt.kind, tt.word); !ok || got != tt.want {
			t.Errorf("Predicate(%s, %s) = %q, %v; want %q", tt.kind, tt.word, got, ok, tt.want)
		}
	}
	// 会见 takes its object after it; after A同B only talk words end the meeting.
	if _, ok := w.Predicate(FactTalk, "会见"); ok {
		t.Error("会见 is a talk word; it is only a meet and event word")
	}
	if _, ok := w.Predicate(FactEvent, "营收"); ok {
		t.Error("营收 is an event word; it is only an amount word")
	}
	text := []rune("园区已累计引进企业825家")
	// 累计引进 is not a word; the longest statistic word ending before 企业 is 引进.
	if n := w.Ending(FactStatistic, text, 0, 7); n != 2 {
		t.Errorf("Ending(statistic, ..., 7) = %d, want 2", n)
	}
	if n := w.Ending(FactStatistic, text, 6, 7); n != 0 {
		t.Errorf("Ending with lo past the word's start = %d, want 0", n)
	}
	if n := w.Starting(FactModifier, text, 3, len(text)); n != 2 {
		t.Errorf("Starting(modifier, ..., 3) = %d, want 2 (累计)", n)
	}
	if n := w.Starting(FactModifier, text, 3, 4); n != 0 {
		t.Errorf("Starting bounded by hi = %d, want 0", n)
	}
}

func TestParseFactWordsErrors(t *testing.T) {
	for _, tt := range []struct{ body, want string }{
		{"投资\tamount\t-", "needs a predicate"},
		{"原\tformer\t原", `takes predicate "-"`},
		{"投资\tverb\t投资", "unknown kind"},
		{"投资\tamount\t投资\n投资\tamount\t投资", "repeated"},
		{"\tfiller\t-", "empty word"},
	} {
		tab, err := ParseTSV("x.tsv", "word\tkind\tpredicate\n"+tt.body)
		if err != nil {
			t.Fatal(err)
		}
		_, err = ParseFactWords(tab)
		if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "x.tsv:") {
			t.Errorf("%q: error %v, want one naming x.tsv and containing %q", tt.body, err, tt.want)
		}
	}
}

// TestFactKinds checks that every kind has rows in fact_words.tsv, a name
// of its own, and that a number beyond the kinds finds none.
func TestFactKinds(t *testing.T) {
	w, err := LoadFactWords()
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for k := range numFactKinds {
		if w.kind(k) == nil {
			t.Errorf("kind %s has no words", k)
		}
		if name := k.String(); name == "" || names[name] {
			t.Errorf("kind %d has the name %q, empty or repeated", k, name)
		}
		names[k.String()] = true
	}
	if k := w.kind(numFactKinds); k != nil {
		t.Errorf("kind(%d) = %v, want nil", numFactKinds, k)
	}
}
