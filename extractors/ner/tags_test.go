package ner

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// parseTags reads "B-PER E-PER O" into tags.
func parseTags(t *testing.T, s string) []Tag {
	t.Helper()
	var tags []Tag
	for _, f := range strings.Fields(s) {
		found := false
		for tg := Tag(0); tg < NumTags; tg++ {
			if tg.String() == f {
				tags, found = append(tags, tg), true
			}
		}
		if !found {
			t.Fatalf("no tag %q", f)
		}
	}
	return tags
}

func TestEncode(t *testing.T) {
	tests := []struct {
		n       int
		spans   []Span
		want    string
		skipped int
	}{
		{0, nil, "", 0},
		{3, nil, "O O O", 0},
		{5, []Span{{0, 2, KindPER}, {3, 4, KindLOC}}, "B-PER E-PER O S-LOC O", 0},
		{4, []Span{{0, 4, KindORG}}, "B-ORG I-ORG I-ORG E-ORG", 0},
		{4, []Span{{0, 3, KindORG}, {1, 2, KindLOC}}, "B-ORG I-ORG E-ORG O", 1}, // nested
		{2, []Span{{1, 3, KindPER}, {1, 1, KindPER}, {0, 1, 7}}, "O O", 3},      // outside, empty, bad kind
	}
	for _, tt := range tests {
		got, skipped := Encode(tt.n, tt.spans)
		if !slices.Equal(got, parseTags(t, tt.want)) || skipped != tt.skipped {
			t.Errorf("Encode(%d, %v) = %v, %d skipped; want %s, %d", tt.n, tt.spans, got, skipped, tt.want, tt.skipped)
		}
	}
}

func TestDecode(t *testing.T) {
	tests := []struct {
		tags string
		want []Span
	}{
		{"", nil},
		{"O O", nil},
		{"B-PER E-PER O S-LOC", []Span{{0, 2, KindPER}, {3, 4, KindLOC}}},
		{"B-ORG I-ORG I-ORG E-ORG", []Span{{0, 4, KindORG}}},
		// Repairs of sequences Viterbi never produces.
		{"I-PER E-PER", []Span{{0, 2, KindPER}}},                        // no B
		{"B-PER O", []Span{{0, 1, KindPER}}},                            // no E
		{"B-PER B-LOC E-LOC", []Span{{0, 1, KindPER}, {1, 3, KindLOC}}}, // B cut short
		{"B-PER I-LOC E-LOC", []Span{{0, 1, KindPER}, {1, 3, KindLOC}}}, // kind changes inside
		{"E-ORG", []Span{{0, 1, KindORG}}},
		{"B-LOC I-LOC", []Span{{0, 2, KindLOC}}}, // runs off the end
		{"S-PER I-PER", []Span{{0, 1, KindPER}, {1, 2, KindPER}}},
		{"O O B-ORG E-ORG O", []Span{{2, 4, KindORG}}},
	}
	for _, tt := range tests {
		tags := parseTags(t, tt.tags)
		if got := Decode(tags); !slices.Equal(got, tt.want) {
			t.Errorf("Decode(%s) = %v, want %v", tt.tags, got, tt.want)
		}
		// The tagger reads from the first tag other than O.
		if got := appendSpans(nil, tags, firstTagged(tags)); !slices.Equal(got, tt.want) {
			t.Errorf("appendSpans(%s) from its first tag = %v, want %v", tt.tags, got, tt.want)
		}
	}
}

func TestFirstTagged(t *testing.T) {
	tests := []struct {
		tags string
		want int
	}{
		{"", 0},
		{"O O", 2},
		{"S-PER", 0},
		{"O O I-LOC O", 2},
	}
	for _, tt := range tests {
		if got := firstTagged(parseTags(t, tt.tags)); got != tt.want {
			t.Errorf("firstTagged(%s) = %d, want %d", tt.tags, got, tt.want)
		}
	}
}

// TestEncodeDecodeRoundTrip checks that spans survive encoding for random
// non-overlapping span sets.
func TestEncodeDecodeRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 1000 {
		n := rng.IntN(30)
		var spans []Span
		for at := 0; at < n; {
			at += rng.IntN(4)
			l := 1 + rng.IntN(5)
			if at+l > n {
				break
			}
			spans = append(spans, Span{at, at + l, rng.IntN(numKinds)})
			at += l
		}
		tags, skipped := Encode(n, spans)
		if got := Decode(tags); skipped != 0 || !slices.Equal(got, spans) {
			t.Fatalf("Decode(Encode(%v)) = %v (%d skipped)", spans, got, skipped)
		}
	}
}

// TestViterbiWellFormed decodes random scores and checks that every
// sequence obeys the BIOES grammar, so Decode never has to repair it.
func TestViterbiWellFormed(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	var trans [NumTags][NumTags]int32
	for a := range NumTags {
		for b := range NumTags {
			trans[a][b] = int32(rng.IntN(200) - 100)
		}
	}
	for range 500 {
		n := 1 + rng.IntN(20)
		em := make([]int32, n*NumTags)
		for i := range em {
			em[i] = int32(rng.IntN(1000) - 500)
		}
		tags := make([]Tag, n)
		alpha, beta, margin := make([]int32, n*NumTags), make([]int32, n*NumTags), make([]int32, n)
		lat := newLattice(&trans)
		viterbi(em, &lat, tags, alpha)
		margins(em, &lat, tags, firstTagged(tags), alpha, beta, margin)
		if !allowedStart[tags[0]] || !allowedEnd[tags[n-1]] {
			t.Fatalf("%v starts or ends badly", tags)
		}
		for i := 1; i < n; i++ {
			if !allowed[tags[i-1]][tags[i]] {
				t.Fatalf("%v: %v may not follow %v", tags, tags[i], tags[i-1])
			}
		}
		re, _ := Encode(n, Decode(tags))
		if !slices.Equal(re, tags) {
			t.Fatalf("%v does not survive Decode and Encode: %v", tags, re)
		}
		for i, m := range margin {
			if m < 0 {
				t.Fatalf("negative margin %d at %d", m, i)
			}
		}
	}
}

// TestViterbiBest checks Viterbi against brute force on short sequences.
func TestViterbiBest(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	var trans [NumTags][NumTags]int32
	for a := range NumTags {
		for b := range NumTags {
			trans[a][b] = int32(rng.IntN(200) - 100)
		}
	}
	score := func(em []int32, tags []Tag) int32 {
		s, prev := int32(0), O
		for i, tg := range tags {
			s += trans[prev][tg] + em[i*NumTags+int(tg)]
			prev = tg
		}
		return s + trans[prev][O]
	}
	for range 200 {
		n := 1 + rng.IntN(3)
		em := make([]int32, n*NumTags)
		for i := range em {
			em[i] = int32(rng.IntN(1000) - 500)
		}
		best := int32(negInf32)
		seq := make([]Tag, n)
		type scored struct {
			tags  []Tag
			score int32
		}
		var all []scored
		var walk func(i int, prev Tag)
		walk = func(i int, prev Tag) {
			if i == n {
				if allowedEnd[prev] {
					best = max(best, score(em, seq))
					all = append(all, scored{slices.Clone(seq), score(em, seq)})
				}
				return
			}
			for tg := range Tag(NumTags) {
				if allowed[prev][tg] {
					seq[i] = tg
					walk(i+1, tg)
				}
			}
		}
		walk(0, O)
		tags := make([]Tag, n)
		lat := newLattice(&trans)
		viterbi(em, &lat, tags, make([]int32, n*NumTags))
		if got := score(em, tags); got != best {
			t.Fatalf("viterbi scores %d (%v), brute force %d", got, tags, best)
		}
		// Margins of span characters against the best sequence that tags
		// the character otherwise.
		alpha := make([]int32, n*NumTags)
		viterbi(em, &lat, tags, alpha)
		margin := make([]int32, n)
		margins(em, &lat, tags, firstTagged(tags), alpha, make([]int32, n*NumTags), margin)
		for i, tg := range tags {
			if tg == O {
				continue
			}
			rival := int32(negInf32)
			for _, s := range all {
				if s.tags[i] != tg {
					rival = max(rival, s.score)
				}
			}
			want := int32(noRival)
			if rival > negInf32 {
				want = best - rival
			}
			if margin[i] != want {
				t.Fatalf("%v: margin at %d is %d, brute force %d", tags, i, margin[i], want)
			}
		}
	}
}

func TestTrimSpace(t *testing.T) {
	text := []rune(" 宇都宫 说")
	for _, c := range []struct{ in, want Span }{
		{Span{Start: 0, End: 4, Kind: KindPER}, Span{Start: 1, End: 4, Kind: KindPER}},
		{Span{Start: 1, End: 5, Kind: KindPER}, Span{Start: 1, End: 4, Kind: KindPER}},
		{Span{Start: 1, End: 4, Kind: KindLOC}, Span{Start: 1, End: 4, Kind: KindLOC}},
		{Span{Start: 4, End: 5}, Span{Start: 5, End: 5}},
	} {
		if got := trimSpace(text, c.in); got != c.want {
			t.Errorf("trimSpace(%+v) = %+v, want %+v", c.in, got, c.want)
		}
	}
}

// TestIsSpace checks isSpace against unicode.IsSpace for every code point.
func TestIsSpace(t *testing.T) {
	for r := range rune(unicode.MaxRune + 1) {
		if isSpace(r) != unicode.IsSpace(r) {
			t.Errorf("isSpace(%U) = %v", r, isSpace(r))
		}
	}
}
