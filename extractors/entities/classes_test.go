package entities

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/zhfacts/zhfacts/pipeline"
)

// charTokens returns d's text cut into tokens of one character each, all
// tagged pos.
func charTokens(text, pos string) []pipeline.Token {
	var toks []pipeline.Token
	for i, r := range []rune(text) {
		toks = append(toks, pipeline.Token{Text: string(r), Start: i, End: i + 1, Pos: pos})
	}
	return toks
}

func TestNextOf(t *testing.T) {
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name  string
		text  string
		class tokenClass
		want  []int // the tokens nextOf visits from 0
	}{
		{"none", "今天天气很好", closesQuote, nil},
		{"one", "他说“好”了", closesQuote, []int{4}},
		{"first and last", "等一等", marksList, []int{0, 2}},
		// Across the words of the marks, 64 tokens each.
		{"far", strings.Repeat("的", 63) + "（" + strings.Repeat("的", 70) + "（", opensBracket, []int{63, 134}},
		{"word end", strings.Repeat("的", 127) + "（", opensBracket, []int{127}},
	} {
		d := s.newDoc(&pipeline.Doc{Text: c.text, Tokens: charTokens(c.text, "x")})
		var got []int
		for i := d.nextOf(0, c.class); i < len(d.Tokens); i = d.nextOf(i+1, c.class) {
			got = append(got, i)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: visited %v, want %v", c.name, got, c.want)
		}
		if n := len(d.Tokens); d.nextOf(n, c.class) != n || d.nextOf(n+5, c.class) != n {
			t.Errorf("%s: nextOf past the end is not %d", c.name, n)
		}
		d.release()
	}
}

func TestClassifyTokens(t *testing.T) {
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	// 总统 拜 登: a known person's name after a title, cut by gse.
	text := "总统拜登在北京"
	d := s.newDoc(&pipeline.Doc{Text: text, Tokens: []pipeline.Token{
		{Text: "总统", Start: 0, End: 2, Pos: "n"},
		{Text: "拜", Start: 2, End: 3, Pos: "v"},
		{Text: "登在", Start: 3, End: 5, Pos: "v"},
		{Text: "北京", Start: 5, End: 7, Pos: "ns"},
	}})
	defer d.release()
	if got, want := string(d.first), "总拜登北"; got != want {
		t.Errorf("first = %q, want %q", got, want)
	}
	for _, c := range []struct {
		tok        int
		has, hasnt tokenClass
	}{
		{0, beforeFollow | mayName, namedWord},
		{1, startsKnown, 0},
		{3, namedWord | mayName, 0},
		{3, 0, beforeFollow},
	} {
		if got := d.classes[c.tok]; got&c.has != c.has || got&c.hasnt != 0 {
			t.Errorf("token %d (%s): classes %b, want %b set and %b clear", c.tok, d.Tokens[c.tok].Text, got, c.has, c.hasnt)
		}
	}
}

// TestBeforeFollowAcrossWords checks the class a token takes from the
// next one where the two lie in different words of the scan.
func TestBeforeFollowAcrossWords(t *testing.T) {
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	toks := charTokens("，，，，，，，", "w") // tokens 0 to 6
	toks = append(toks,
		pipeline.Token{Text: "总统", Start: 7, End: 9, Pos: "n"}, // token 7 ends the first word
		pipeline.Token{Text: "拜", Start: 9, End: 10, Pos: "v"}, // token 8 begins the second
		pipeline.Token{Text: "登在", Start: 10, End: 12, Pos: "v"})
	d := s.newDoc(&pipeline.Doc{Text: "，，，，，，，总统拜登在", Tokens: toks})
	defer d.release()
	if d.classes[7]&beforeFollow == 0 {
		t.Errorf("token 7 (总统) classes %b, want beforeFollow", d.classes[7])
	}
	if got := d.nextOf(0, mayName); got != 7 {
		t.Errorf("nextOf(0, mayName) = %d, want 7", got)
	}
}

func TestIndexCodePoints(t *testing.T) {
	tok := func(start, end int) pipeline.Token { return pipeline.Token{Start: start, End: end} }
	for _, c := range []struct {
		name string
		toks []pipeline.Token
		want []int32
	}{
		{"none", nil, []int32{}},
		{"side by side", []pipeline.Token{tok(0, 2), tok(2, 3), tok(3, 5)}, []int32{0, 0, 1, 2, 2}},
		{"gaps", []pipeline.Token{tok(1, 2), tok(4, 6)}, []int32{-1, 0, -1, -1, 1, 1}},
		{"empty token", []pipeline.Token{tok(0, 1), tok(1, 1), tok(1, 3)}, []int32{0, 2, 2}},
	} {
		idx := make([]int32, 0)
		if n := len(c.toks); n > 0 {
			idx = make([]int32, c.toks[n-1].End)
		}
		indexCodePoints(idx, c.toks)
		if !slices.Equal(idx, c.want) {
			t.Errorf("%s: %v, want %v", c.name, idx, c.want)
		}
	}
}

// TestCharSet checks that each character set answers as strings.ContainsRune
// over its characters does, for every code point and for runes no code
// point has.
func TestCharSet(t *testing.T) {
	for _, chars := range []string{placeOpeners, "南北东西", "-－‐", quoteBreaks, attributeEnds} {
		c := newCharSet(chars)
		for r := rune(-1); r <= 0x110000; r++ {
			if got, want := c.has(r), strings.ContainsRune(chars, r); got != want {
				t.Fatalf("newCharSet(%q).has(%U) = %v, want %v", chars, r, got, want)
			}
		}
	}
	breaks := newCharSet(quoteBreaks)
	for _, text := range []string{"基地", "基地，组织", "今日俄罗斯", "a b", "", "𠮷野家", "\uFFFD"} {
		if got, want := breaks.anyIn([]rune(text)), strings.ContainsAny(text, quoteBreaks); got != want {
			t.Errorf("anyIn(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestHasSpace checks hasSpace against strings.ContainsFunc with
// unicode.IsSpace over every code point, alone and between Han characters,
// and over bytes that are no UTF-8.
func TestHasSpace(t *testing.T) {
	check := func(text string) {
		if got, want := hasSpace(text), strings.ContainsFunc(text, unicode.IsSpace); got != want {
			t.Fatalf("hasSpace(%q) = %v, want %v", text, got, want)
		}
	}
	for r := rune(0); r <= 0x10FFFF; r++ {
		check(string(r))
		check("张" + string(r) + "洁")
	}
	for _, text := range []string{"", "\xe3", "\xe3\x80", "\xe3\x80\x80", "\xc2\xa0", "\xc2", "张\xe2\x80", "\x80\xe3\x80\x80"} {
		check(text)
	}
}

// TestPackScan checks that packScan puts the low byte of each token's
// classes at the token's byte of the scan, for tokens filling no word, one,
// and some and part of the next.
func TestPackScan(t *testing.T) {
	for n := range 20 {
		classes := make([]tokenClass, n)
		for i := range classes {
			classes[i] = tokenClass(i*37+11) | beforeFollow
		}
		scan := make([]uint64, (n+7)/8)
		for i := range scan {
			scan[i] = ^uint64(0) // packScan need not be given a cleared scan
		}
		packScan(scan, classes)
		for i, c := range classes {
			if got := byte(scan[i/8] >> (8 * (i % 8))); got != byte(c) {
				t.Errorf("%d tokens: token %d packed as %#x, want %#x", n, i, got, byte(c))
			}
		}
		if k := n % 8; k > 0 && scan[n/8]>>(8*k) != 0 {
			t.Errorf("%d tokens: bits set past the last token", n)
		}
	}
}

// TestStrongNames checks that get, which turns names away on their last
// bytes, finds every strong name, and none for texts that end no name.
func TestStrongNames(t *testing.T) {
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for name, kind := range s.strong.kind {
		if got := s.strong.get(name); got != kind {
			t.Errorf("get(%s) = %d, want %d", name, got, kind)
		}
	}
	for _, text := range []string{"", "平", "我们", "平壤的"} {
		if got := s.strong.get(text); got != 0 {
			t.Errorf("get(%q) = %d, want 0", text, got)
		}
	}
}
