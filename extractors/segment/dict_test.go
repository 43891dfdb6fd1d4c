package segment

import (
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/go-ego/gse"
	"github.com/zhfacts/zhfacts/extractors/internal/testtext"
	"github.com/zhfacts/zhfacts/extractors/segment/gsedict"
)

// gseWords is what gse's own Segment gives for text, as the stage keeps
// it: byte spans and tags, without the words that are only white space.
func gseWords(seg *gse.Segmenter, text string) []string {
	var out []string
	for _, s := range seg.Segment([]byte(text)) {
		if strings.TrimFunc(s.Token().Text(), unicode.IsSpace) == "" {
			continue
		}
		out = append(out, fmt.Sprintf("%d-%d/%s", s.Start(), s.End(), s.Token().Pos()))
	}
	return out
}

// dictWords is what the stage makes of text, which must be valid UTF-8, in
// gseWords' terms: the words of the path search finds, as spans keeps them.
func dictWords(d *Dict, b *buffer, text string) []string {
	d.search(b, text, []rune(text))
	var out []string
	for _, w := range b.spans(d, nil, 0, 0) {
		out = append(out, fmt.Sprintf("%d-%d/%s", w.bstart, w.bend, d.tags[w.word]))
	}
	return out
}

// gseAndDict returns gse and the compiled dictionary without the words the
// stage cuts in two, which gse keeps whole.
func gseAndDict(tb testing.TB) (*gse.Segmenter, *Dict) {
	tb.Helper()
	seg, err := gsedict.Segmenter()
	if err != nil {
		tb.Fatal(err)
	}
	return seg, unsplit(tb)
}

// unsplit returns the compiled dictionary without the words the stage cuts
// in two: as gse segments.
func unsplit(tb testing.TB) *Dict {
	tb.Helper()
	d, err := Dictionary()
	if err != nil {
		tb.Fatal(err)
	}
	plain := *d
	plain.splits, plain.split = nil, nil
	return &plain
}

// diff returns "" when Dict and gse segment text alike, else where they part.
func diff(seg *gse.Segmenter, d *Dict, b *buffer, text string) string {
	want, got := gseWords(seg, text), dictWords(d, b, text)
	for i := range max(len(want), len(got)) {
		var w, g string
		if i < len(want) {
			w = want[i]
		}
		if i < len(got) {
			g = got[i]
		}
		if w != g {
			return fmt.Sprintf("word %d: gse %s, Dict %s", i, w, g)
		}
	}
	return ""
}

func TestDictMatchesGse(t *testing.T) {
	seg, d := gseAndDict(t)
	var b buffer
	for _, text := range []string{
		"部长张洁在成都会见了中国科学院的专家。",
		"ITER 总部\n",
		"规模8.7亿元，iPhone15和A股、T恤、B超、3D打印、ＡＢＣ１２３",
		"CCTV-1报道：GDP同比增长5.2%，Ⅷ届，²，Über 中国",
		"ÀÉ 中国 日本語カタカナ 한국어",
		"\u3000\u200b\t",
		"a",
		"中",
	} {
		if msg := diff(seg, d, &b, text); msg != "" {
			t.Errorf("%q: %s", text, msg)
		}
	}
}

// TestDictMatchesGseOnCorpus compares every line of the first 20 MB of the
// news corpus; it skips when the corpus is absent.
func TestDictMatchesGseOnCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	seg, d := gseAndDict(t)
	var b buffer
	lines, bad := 0, 0
	for _, text := range testtext.Corpus(t, 20e6) {
		for line := range strings.Lines(text) {
			lines++
			if msg := diff(seg, d, &b, line); msg != "" {
				bad++
				if bad <= 5 {
					t.Errorf("%q: %s", line, msg)
				}
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d lines segmented differently", bad, lines)
	}
}

func FuzzDictMatchesGse(f *testing.F) {
	for _, s := range []string{"", "部长张洁在成都。", "ITER 总部\n  规模8.7亿元", "ÀÉ 中国 日本語カタカナ", "１２３ＡＢＣ", "A股T恤"} {
		f.Add(s)
	}
	seg, d := gseAndDict(f)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			t.Skip("Dict matches gse on valid UTF-8 only")
		}
		var b buffer
		if msg := diff(seg, d, &b, text); msg != "" {
			t.Errorf("%q: %s", text, msg)
		}
	})
}

// TestSplit compares buffer.split, which decodes most characters itself,
// with decoding by ranging over the text, on valid and invalid UTF-8 and
// on every character of the Basic Multilingual Plane.
func TestSplit(t *testing.T) {
	_, d := gseAndDict(t)
	var b buffer
	var bmp strings.Builder
	for r := rune(0); r < 0x10000; r++ {
		bmp.WriteRune(r)
	}
	for _, text := range []string{
		bmp.String(),
		"",
		"部长张洁在成都。",
		"ITER 总部\n  规模8.7亿元",
		"ÀÉ über 中国 日本語カタカナ 한국어",
		"１２３ＡＢＣ A股T恤 ²Ⅷ",
		"𠀀𪚥 emoji 😀",
		"\xe0\x80\x80 overlong, \xed\xa0\x80 surrogate, \xef\xbf\xbf last",
		"\xe4\xb8 cut, \xe4\xb8", "\xe4", "\xff\xfe", "a\x80b", "\xc3", "中\xe4\xb8\xad\xe4",
	} {
		b.split(d, text, []rune(text))
		var codes []uint32
		var offs []int32
		inRun := false
		for i, r := range text {
			size := utf8.RuneLen(r) // 3 for an invalid byte
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			alnum := size <= 2 && isAlnum(r)
			if len(codes) > 0 && (!alnum || !inRun) {
				codes[len(codes)-1] |= unitEnd
			}
			inRun = alnum
			code := uint32(d.code(r))
			if unicode.IsSpace(r) {
				code |= space
			}
			if alnum {
				code |= runPart
			}
			codes = append(codes, code)
			offs = append(offs, int32(i))
		}
		if len(codes) > 0 {
			codes[len(codes)-1] |= unitEnd
		}
		offs = append(offs, int32(len(text)))
		if !slices.Equal(b.codes, codes) || !slices.Equal(b.offs, offs) {
			for i := range min(len(codes), len(b.codes)) {
				if b.codes[i] != codes[i] {
					t.Errorf("split(%.40q…): code %d %#x, want %#x", text, i, b.codes[i], codes[i])
					break
				}
			}
			t.Errorf("split(%.40q…): got %d codes and offsets %v, want %d and %v", text, len(b.codes), b.offs[:min(len(b.offs), 20)], len(codes), offs[:min(len(offs), 20)])
		}
	}
}

// benchLines runs segment over every line of the first megabyte of the
// corpus, reporting MB/s of text.
func benchLines(b *testing.B, segment func(line string)) {
	texts := testtext.Corpus(b, 1e6)
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, t := range texts {
			for line := range strings.Lines(t) {
				segment(line)
			}
		}
	}
}

func BenchmarkDictSegment(b *testing.B) {
	_, d := gseAndDict(b)
	var buf buffer
	var spans []span
	benchLines(b, func(line string) {
		d.search(&buf, line, []rune(line))
		spans = buf.spans(d, spans[:0], 0, 0)
	})
}

func BenchmarkGseSegment(b *testing.B) {
	seg, _ := gseAndDict(b)
	benchLines(b, func(line string) { seg.Segment([]byte(line)) })
}

// TestDictHoldsEveryWord walks every word of gse's dictionary through the
// double array: each ends at a slot that carries the first token's path
// length and tag, and no other slot carries a word.
func TestDictHoldsEveryWord(t *testing.T) {
	seg, d := gseAndDict(t)
	logTotal := float32(math.Log2(seg.Dict.TotalFreq()))
	seen := map[string]bool{}
	for i := range seg.Dict.Tokens {
		tok := &seg.Dict.Tokens[i]
		text := tok.Text()
		if seen[text] {
			continue
		}
		seen[text] = true
		var n uint32
		for _, r := range text {
			c := d.code(r)
			i := d.slots[n].base() + uint32(c)
			if c == 0 || i >= uint32(len(d.slots)) || d.slots[i].check() != n {
				t.Fatalf("%q: no step by %q", text, r)
			}
			n = i
		}
		w := d.slots[n].word()
		if w == 0 || d.dists[w] != logTotal-float32(math.Log2(tok.Freq())) || d.tags[w] != tok.Pos() {
			t.Fatalf("%q: word %d (%v, %s), want dist of frequency %v and tag %s", text, w, d.dists[w], d.tags[w], tok.Freq(), tok.Pos())
		}
	}
	words := 0
	for _, s := range d.slots {
		if s.word() != 0 {
			words++
		}
	}
	if words != len(seen) {
		t.Errorf("%d slots carry a word, want %d", words, len(seen))
	}
}

func TestSortKeys(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var codes []uint16
	var keys []key
	for range 5000 {
		k := key{start: int32(len(codes)), index: int32(len(keys))}
		for range 1 + rng.IntN(7) {
			codes = append(codes, uint16(1+rng.IntN(3)*rng.IntN(40000)))
		}
		k.end = int32(len(codes))
		for j := range int32(4) {
			k.prefix <<= 16
			if k.start+j < k.end {
				k.prefix |= uint64(codes[k.start+j])
			}
		}
		keys = append(keys, k)
		if rng.IntN(4) == 0 { // the same text again
			k.index = int32(len(keys))
			keys = append(keys, k)
		}
	}
	want := slices.Clone(keys)
	slices.SortFunc(want, func(a, b key) int {
		return cmp.Or(slices.Compare(codes[a.start:a.end], codes[b.start:b.end]), cmp.Compare(a.index, b.index))
	})
	got := sortKeys(keys, codes)
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("key %d: %v %v, want %v %v", i, got[i], codes[got[i].start:got[i].end], want[i], codes[want[i].start:want[i].end])
		}
	}
}

func TestPlacer(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	var b placer
	owner := map[int]int{}
	for n := range 3000 {
		var children []uint16
		for range 1 + rng.IntN(1+rng.IntN(200)) {
			children = append(children, uint16(1+rng.IntN(1+rng.IntN(20000))))
		}
		slices.Sort(children)
		children = slices.Compact(children)
		base := b.place(children)
		if base < 0 {
			t.Fatalf("node %d: base %d", n, base)
		}
		for _, c := range children {
			s := base + int(c)
			if m, ok := owner[s]; ok {
				t.Fatalf("node %d: slot %d already taken by node %d", n, s, m)
			}
			owner[s] = n
			if b.takenFrom(s)&1 == 0 || s >= b.size {
				t.Fatalf("node %d: slot %d not marked taken", n, s)
			}
		}
	}
	for i := range b.full * 64 {
		if _, ok := owner[i]; !ok {
			t.Fatalf("slot %d free below full (%d words)", i, b.full)
		}
	}
}
