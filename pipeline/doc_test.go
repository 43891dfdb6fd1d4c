package pipeline

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"
)

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
		{-1, 2, "成都"}, {9, 99, "😀x"}, // offsets outside the text are clamped
	}
	for _, tt := range slices {
		if got := d.Slice(tt.start, tt.end); got != tt.want {
			t.Errorf("Slice(%d,%d) = %q, want %q", tt.start, tt.end, got, tt.want)
		}
	}
	for r, want := range map[int]int{-1: 0, 0: 0, 2: 6, 3: 7, 10: 21, 11: 22, 99: 22} {
		if got := d.ByteOffset(r); got != want {
			t.Errorf("ByteOffset(%d) = %d, want %d", r, got, want)
		}
	}
	d.SetText("abc")
	if got := d.CharCount(); got != 3 {
		t.Errorf("after SetText CharCount = %d, want 3", got)
	}
	// An invalid byte counts as one code point, as utf8 decodes it.
	d.SetText("a\xff成b")
	if got, want := [3]int{d.CharCount(), d.RuneOffset(3), len(d.Slice(1, 3))}, [3]int{4, 2, 4}; got != want {
		t.Errorf("invalid UTF-8: CharCount, RuneOffset(3), len(Slice(1, 3)) = %v, want %v", got, want)
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
		// The spans gathered once answer as Claimed does.
		if got := d.SpansOf(c.types...).Overlaps(c.start, c.end); got != c.want {
			t.Errorf("SpansOf(%v).Overlaps(%d, %d) = %v, want %v", c.types, c.start, c.end, got, c.want)
		}
	}
}

func TestReadAsRestore(t *testing.T) {
	d := &Doc{Text: "臺灣東京"}
	if err := d.ReadAs("台湾"); err == nil {
		t.Error("ReadAs accepted a reading of another length")
	}
	if err := d.ReadAs("台湾东京"); err != nil {
		t.Fatal(err)
	}
	if d.Text != "台湾东京" || d.Slice(2, 4) != "东京" {
		t.Fatalf("Text = %q, Slice(2, 4) = %q", d.Text, d.Slice(2, 4))
	}
	d.Tokens = []Token{{Start: 0, End: 2, Text: "台湾", Pos: "ns"}}
	d.AddMention(Mention{Type: Place, Text: "东京", Start: 2, End: 4, Entity: "东京"})
	d.Restore()
	if d.Text != "臺灣東京" || d.Tokens[0].Text != "臺灣" {
		t.Errorf("after Restore: Text %q, token %q", d.Text, d.Tokens[0].Text)
	}
	if m := d.Mentions[0]; m.Text != "東京" || m.Entity != "东京" {
		t.Errorf("after Restore: mention text %q entity %q, want 東京 and 东京", m.Text, m.Entity)
	}
	d.Restore() // a second Restore changes nothing
	if d.Text != "臺灣東京" {
		t.Errorf("second Restore: Text %q", d.Text)
	}
}

// TestProcessRestores: the pipeline gives back the text as written after its
// last stage, whatever the stages read.
func TestProcessRestores(t *testing.T) {
	d := &Doc{Text: "東京"}
	p := New(stageFunc{"fold", func(d *Doc) error { return d.ReadAs("东京") }})
	p.Process(d)
	if d.Text != "東京" || len(d.Errors) != 0 {
		t.Errorf("Text %q, errors %v", d.Text, d.Errors)
	}
}

// stageFunc is a stage made of a name and a function.
type stageFunc struct {
	name string
	fn   func(*Doc) error
}

func (s stageFunc) Name() string         { return s.name }
func (s stageFunc) Process(d *Doc) error { return s.fn(d) }

// TestSortMentionsStable checks SortMentions against a stable sort by the
// same keys, on slices with repeated keys and IDs.
func TestSortMentionsStable(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	types := []string{Person, Place, Org}
	for n := range 60 {
		ms := make([]Mention, n)
		for i := range ms {
			start := rng.IntN(8)
			ms[i] = Mention{ID: rng.IntN(4), Start: start, End: start + rng.IntN(3), Type: types[rng.IntN(3)], Rule: strconv.Itoa(i)}
		}
		if n%3 == 0 {
			SortMentions(ms) // and sorted input
		}
		want := slices.Clone(ms)
		slices.SortStableFunc(want, func(a, b Mention) int {
			return cmp.Or(a.Start-b.Start, b.End-a.End, strings.Compare(a.Type, b.Type), a.ID-b.ID)
		})
		SortMentions(ms)
		if !slices.Equal(ms, want) {
			t.Fatalf("%d mentions:\n got %v\nwant %v", n, ms, want)
		}
	}
}

// FuzzDecode checks the code points and their byte offsets against a range
// loop; its seeds, which go test runs, cover valid and invalid text.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{"", "a", "中文", "A中b", "𠀀中", "é中", "\xe4\xb8", "中\xe4\xb8", "\xed\xa0\x80", "\xe0\x80\x80中",
		"\xff中\xfe", "中\xe4\xb8\xad\xad", "成都高新区8.7亿元", "\xf0\x9f\x98\x80x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want []int32
		var wantRunes []rune
		for i, r := range s {
			want = append(want, int32(i))
			wantRunes = append(wantRunes, r)
		}
		want = append(want, int32(len(s)))
		rs, got := decode(s)
		if !slices.Equal(got, want) {
			t.Fatalf("decode(%q) offsets = %v, want %v", s, got, want)
		}
		if !slices.Equal(rs, wantRunes) {
			t.Fatalf("decode(%q) code points = %q, want %q", s, rs, wantRunes)
		}
	})
}

// BenchmarkDecode decodes a Chinese news text into code points and offsets,
// which every document costs once.
func BenchmarkDecode(b *testing.B) {
	text := strings.Repeat("新华社北京6月4日电（记者张洁）国家主席习近平4日在人民大会堂会见来访的法国总统马克龙。Xi met Macron, 2024. ", 200)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		decode(text)
	}
}

// TestCountStarts compares countStarts, eight bytes at a time, with a count
// of the bytes one by one, on texts whose continuation bytes fall at every
// place of a word and past its end.
func TestCountStarts(t *testing.T) {
	for _, s := range []string{
		"", "a", "华", "abcdefgh", "华为投资8.7亿元", "华为\x80\x80\xbf投资", "\x80\x80\x80\x80\x80\x80\x80\x80\x80",
		"\xff\xfe\xc0\xe0\xf0\xf8\xfc\x7f\x40", "1234567华", "123456华", "12345678\x80", "😀😀😀x",
	} {
		want := 0
		for i := 0; i < len(s); i++ {
			if s[i]&0xC0 != 0x80 {
				want++
			}
		}
		if got := countStarts(s); got != want {
			t.Errorf("countStarts(%q) = %d, want %d", s, got, want)
		}
	}
}
