package pipeline

import "testing"

func TestRuneOffsetAndSlice(t *testing.T) {
	d := &Doc{Text: "成都a8.7亿元\n😀x"}
	tests := []struct {
		byteOff, runeOff int
	}{
		{0, 0}, {1, 0}, {3, 1}, {6, 2}, {7, 3}, {8, 4}, {10, 6}, {13, 7}, {16, 8}, {17, 9}, {21, 10}, {22, 11}, {99, 11},
	}
	for _, tt := range tests {
		if got := d.RuneOffset(tt.byteOff); got != tt.runeOff {
			t.Errorf("RuneOffset(%d) = %d, want %d", tt.byteOff, got, tt.runeOff)
		}
	}
	if got := d.CharCount(); got != 11 {
		t.Errorf("CharCount = %d, want 11", got)
	}
	slices := []struct {
		start, end int
		want       string
	}{
		{0, 2, "成都"}, {3, 8, "8.7亿元"}, {9, 11, "😀x"}, {11, 11, ""},
	}
	for _, tt := range slices {
		if got := d.Slice(tt.start, tt.end); got != tt.want {
			t.Errorf("Slice(%d,%d) = %q, want %q", tt.start, tt.end, got, tt.want)
		}
	}
	d.SetText("abc")
	if got := d.CharCount(); got != 3 {
		t.Errorf("after SetText CharCount = %d, want 3", got)
	}
}

func TestAddMentionAssignsIDsAndSentence(t *testing.T) {
	d := &Doc{Text: "张洁在成都。孙庚在北京。", Sentences: []Sentence{{0, 6}, {6, 12}}}
	a := d.AddMention(Mention{Type: Place, Start: 9, End: 11})
	b := d.AddMention(Mention{Type: Person, Start: 0, End: 2})
	if a != 0 || b != 1 {
		t.Fatalf("ids = %d, %d; want 0, 1", a, b)
	}
	SortMentions(d.Mentions)
	got := d.Mentions
	if got[0].Text != "张洁" || got[0].ID != 1 || got[0].Sentence != 0 {
		t.Errorf("first mention = %+v", got[0])
	}
	if got[1].Text != "北京" || got[1].ID != 0 || got[1].Sentence != 1 {
		t.Errorf("second mention = %+v", got[1])
	}
}

func TestSentenceAt(t *testing.T) {
	d := &Doc{Sentences: []Sentence{{0, 3}, {4, 8}, {8, 10}}}
	for off, want := range map[int]int{0: 0, 2: 0, 3: -1, 4: 1, 7: 1, 8: 2, 9: 2, 10: -1} {
		if got := d.SentenceAt(off); got != want {
			t.Errorf("SentenceAt(%d) = %d, want %d", off, got, want)
		}
	}
}

func TestClaimed(t *testing.T) {
	d := &Doc{Text: "2023年投资8.7亿元"}
	d.AddMention(Mention{Type: Date, Start: 0, End: 5})
	d.AddMention(Mention{Type: Money, Start: 7, End: 12})
	for _, c := range []struct {
		start, end int
		types      []string
		want       bool
	}{
		{0, 4, nil, true},
		{0, 4, []string{Money}, false},
		{0, 4, []string{Money, Date}, true},
		{5, 7, nil, false}, // 投资 lies between the mentions
		{11, 13, []string{Money}, true},
	} {
		if got := d.Claimed(c.start, c.end, c.types...); got != c.want {
			t.Errorf("Claimed(%d, %d, %v) = %v, want %v", c.start, c.end, c.types, got, c.want)
		}
	}
}
