package ner

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/zhfacts/zhfacts/pipeline"
)

// toyCorpus is a tiny training set with the regularities a tagger has to
// pick up: names before 说 and after titles, places after 在 and before 市,
// organizations ending in 大学 and 公司.
var toyCorpus = []struct {
	text  string
	spans []Span
}{
	{"张伟说他在成都工作", []Span{{0, 2, KindPER}, {5, 7, KindLOC}}},
	{"李娜说她在上海工作", []Span{{0, 2, KindPER}, {5, 7, KindLOC}}},
	{"王芳说她在北京工作", []Span{{0, 2, KindPER}, {5, 7, KindLOC}}},
	{"刘洋说他在深圳工作", []Span{{0, 2, KindPER}, {5, 7, KindLOC}}},
	{"部长陈静访问了四川大学", []Span{{2, 4, KindPER}, {7, 11, KindORG}}},
	{"部长赵磊访问了华为公司", []Span{{2, 4, KindPER}, {7, 11, KindORG}}},
	{"教授孙丽访问了清华大学", []Span{{2, 4, KindPER}, {7, 11, KindORG}}},
	{"教授周强访问了腾讯公司", []Span{{2, 4, KindPER}, {7, 11, KindORG}}},
	{"今天天气很好", nil},
	{"我们在开会", nil},
}

func toySentence(text string) Sentence { return Sentence{Text: []rune(text)} }

// trainToy trains on toyCorpus for a few epochs and returns the model.
func trainToy(t *testing.T) *Model {
	t.Helper()
	tr, err := NewTrainer("toy", 16)
	if err != nil {
		t.Fatal(err)
	}
	var examples []Example
	for _, c := range toyCorpus {
		ex, skipped := tr.Example(toySentence(c.text), c.spans)
		if skipped > 0 {
			t.Fatalf("%s: %d spans skipped", c.text, skipped)
		}
		examples = append(examples, ex)
	}
	rng := rand.New(rand.NewPCG(1, 1))
	for range 10 {
		tr.Epoch(examples, rng)
	}
	return tr.Model(0, examples)
}

// TestTrainToy checks that training learns the toy corpus and generalizes
// its patterns to names and places it has not seen.
func TestTrainToy(t *testing.T) {
	m := trainToy(t)
	for _, c := range toyCorpus {
		if got := m.Tag(toySentence(c.text)); !slices.Equal(got, c.spans) {
			t.Errorf("%s: got %v, want %v", c.text, got, c.spans)
		}
	}
	ev := m.Evaluate(nil)
	if ev.Overall != (Score{}) {
		t.Errorf("Evaluate(nil) = %+v", ev)
	}
	// Unseen names in a seen frame.
	if got, want := m.Tag(toySentence("王伟说他在成都工作")), []Span{{0, 2, KindPER}, {5, 7, KindLOC}}; !slices.Equal(got, want) {
		t.Errorf("unseen name: got %v, want %v", got, want)
	}
}

func TestModelRoundTrip(t *testing.T) {
	m := trainToy(t)
	var buf bytes.Buffer
	n, err := m.WriteTo(&buf)
	if err != nil || n != int64(buf.Len()) {
		t.Fatalf("WriteTo = %d, %v; wrote %d bytes", n, err, buf.Len())
	}
	data := buf.Bytes()
	got, err := ReadModel(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if got.Style != m.Style || got.bits != m.bits || got.marginScale != m.marginScale || got.trans != m.trans ||
		!slices.Equal(got.dir, m.dir) || !slices.Equal(got.rows, m.rows) {
		t.Fatal("model changed in a write and read")
	}
	if got.Rows() == 0 {
		t.Fatal("toy model has no weights")
	}

	bad := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "header"},
		{"magic", append([]byte("XXXXXX"), data[6:]...), "bad magic"},
		{"version", append(append([]byte("ZHFNER"), 1, 0), data[8:]...), "version 1, this build reads version 2"},
		{"truncated", data[:len(data)/2], ""},
		{"not gzip", append([]byte("ZHFNER\x02\x00"), "plain"...), "body"},
	}
	for _, b := range bad {
		if _, err := ReadModel(bytes.NewReader(b.data)); err == nil || !strings.Contains(err.Error(), b.want) {
			t.Errorf("%s: ReadModel error %v, want one containing %q", b.name, err, b.want)
		}
	}
}

// TestFeaturesDeterministic checks that a sentence's features do not depend
// on buffers left from earlier sentences or on the featurizer instance, and
// pins one feature row: changing the hashing without bumping featureVersion
// would silently break every committed model.
func TestFeaturesDeterministic(t *testing.T) {
	lex, err := defaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	f := newFeaturizer(lex, 20, rowsDir(20))
	s := Sentence{Text: []rune("部长张洁在成都会见了专家"), Words: []Word{{0, 2, "n"}, {2, 4, "nr"}, {4, 5, "p"}, {5, 7, "ns"}, {7, 9, "v"}, {9, 10, "ul"}, {10, 12, "n"}}}
	var a, b scratch
	f.extract(s, &a)
	first := slices.Clone(a.feats)
	f.extract(Sentence{Text: []rune("另一个更长的句子，用来弄脏缓冲区。")}, &a)
	f.extract(s, &a)
	g := newFeaturizer(lex, 20, rowsDir(20))
	g.extract(s, &b)
	if !slices.Equal(first, a.feats) || !slices.Equal(first, b.feats) {
		t.Fatal("features differ between runs")
	}
	if len(first) != len(s.Text)*numTemplates {
		t.Fatalf("%d features for %d characters", len(first), len(s.Text))
	}
	if got, want := featureVersion, 4; got != want {
		t.Fatalf("featureVersion %d: update the pinned row below with it", got)
	}
	if got, want := first[2*numTemplates+tU0], uint32(pinnedRow); got != want {
		t.Errorf("feature row of 张 is %d, pinned %d: the hashing changed, bump featureVersion and retrain", got, want)
	}
	// A character's unigram rows share its block, one slot per offset: 长
	// (character 1) is at +1 of 部 and at −1 of 张.
	at := func(i, tmpl int) uint32 { return first[i*numTemplates+tmpl] }
	if at(0, tU1p)&^(uniBlock-1) != at(2, tU1m)&^(uniBlock-1) || at(0, tU1p) == at(2, tU1m) {
		t.Errorf("unigram rows of 长: %d at +1, %d at −1, want one block", at(0, tU1p), at(2, tU1m))
	}
	// A word's rows share its block too: 张洁 is the current word of
	// characters 2 and 3 and the previous word of 在 (4).
	if at(2, tWordText)&^(wordBlock-1) != at(4, tPrevWord)&^(wordBlock-1) {
		t.Errorf("word rows of 张洁: %d and %d, want one block", at(2, tWordText), at(4, tPrevWord))
	}
	// Words are optional: without them every character is its own word.
	f.extract(Sentence{Text: s.Text}, &a)
	if len(a.feats) != len(first) {
		t.Fatal("feature count depends on words")
	}
}

// TestPosition checks the positions a character takes in its word.
func TestPosition(t *testing.T) {
	tests := []struct {
		begins, ends bool
		want         uint32
	}{
		{true, false, wB},
		{false, false, wM},
		{false, true, wE},
		{true, true, wS},
	}
	for _, tt := range tests {
		if got := position(tt.begins, tt.ends); got != tt.want {
			t.Errorf("position(%v, %v) = %d, want %d", tt.begins, tt.ends, got, tt.want)
		}
	}
}

// TestCharInfo checks that the unigram features extract reads from the
// featurizer's table, or computes beyond the Basic Multilingual Plane, are
// those of the character's block at each slot.
// TestPlaneTypes checks the types a model's table reads against charType,
// which asks Unicode's tables about each code point.
func TestPlaneTypes(t *testing.T) {
	types := planeTypes()
	for r := range rune(1 << 16) {
		if got, want := uint32(types[r]), charType(r); got != want {
			t.Errorf("planeTypes()[%U] = %d, charType gives %d", r, got, want)
		}
	}
}

func TestCharInfo(t *testing.T) {
	lex, err := defaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	f := newFeaturizer(lex, 20, rowsDir(20))
	for _, r := range []rune{0, '张', '。', 0xffff, 0x10000, '𠮷'} {
		s := Sentence{Text: []rune{'一', r, '二'}}
		var sc scratch
		f.extract(s, &sc)
		first := f.tab.block(hash1(seedUni, uint64(r)), uniBlock)
		for tmpl := tU2m; tmpl <= tU2p; tmpl++ {
			// The character is at offset 1 − i of character i, whose
			// template of that offset reads it.
			i := 1 - (tmpl - tU0)
			if i < 0 || i > 2 {
				continue
			}
			if got, want := sc.feats[i*numTemplates+tmpl], first+uint32(tmpl); got != want {
				t.Errorf("%U: template %d of character %d is row %d, want %d", r, tmpl, i, got, want)
			}
		}
	}
}

// TestSurRef checks that the tSurname blocks a scratch caches by POS tag
// are those hashed anew, for tags too long to cache, and once the cache
// is too full to keep more.
func TestSurRef(t *testing.T) {
	lex, err := defaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	f := newFeaturizer(lex, 20, rowsDir(20))
	tags := []string{"", "n", "nr", "ns", "eng", "nrfg", "abcdefg", "abcdefgh", "x"}
	for i := range 300 { // more tags than the cache holds
		tags = append(tags, fmt.Sprintf("t%d", i))
	}
	var sc scratch
	for range 2 { // filling the cache, then reading it
		for _, tag := range tags {
			for n := 1; n <= 6; n++ {
				want := f.tab.ref(f.tab.block(hash2(seedSurname, uint64(min(n, 4)), hashString(tag)), surBlock))
				if got := f.surRef(tag, n, &sc); got != want {
					t.Fatalf("surRef(%q, %d) = %v, want %v", tag, n, got, want)
				}
			}
			if short := shortTagKey(tag); (len(tag) <= 2) != (short != noTag) || short != noTag && short != tagKey(tag) {
				t.Fatalf("shortTagKey(%q) = %#x, tagKey %#x", tag, short, tagKey(tag))
			}
		}
	}
}

// TestWords checks the words a sentence's characters are split into, and
// each word's blocks against their definitions.
func TestWords(t *testing.T) {
	lex, err := defaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	f := newFeaturizer(lex, 20, rowsDir(20))
	s := Sentence{Text: []rune("部长张洁在成都市公安局会见了专家们"), Words: []Word{
		{0, 2, "n"}, {1, 3, "x"}, // overlaps the word before: left out
		{2, 4, "nr"}, {5, 8, "ns"}, {8, 11, "nt"}, {11, 30, "v"}, {12, 12, "u"}, // past the end, empty: left out
		{14, 16, "n"},
	}}
	want := []Word{{0, 2, "n"}, {2, 4, "nr"}, {4, 5, ""}, {5, 8, "ns"}, {8, 11, "nt"}, {11, 12, ""},
		{12, 13, ""}, {13, 14, ""}, {14, 16, "n"}, {16, 17, ""}}
	var sc scratch
	for range 2 { // the second time from the scratch and the cache of the first
		f.words(s, &sc)
		if len(sc.words) != len(want) {
			t.Fatalf("%d words, want %d", len(sc.words), len(want))
		}
		ref := func(h uint64, size uint32) blockRef { return f.tab.ref(f.tab.block(h, size)) }
		for k, w := range sc.words {
			wk := want[k]
			if w.start != wk.Start || w.end != wk.End {
				t.Fatalf("word %d is %d–%d, want %d–%d", k, w.start, w.end, wk.Start, wk.End)
			}
			rs := s.Text[w.start:w.end]
			prev, next := &f.none, &f.none
			if k > 0 {
				prev = &sc.words[k-1]
			}
			if k+1 < len(sc.words) {
				next = &sc.words[k+1]
			}
			switch {
			case w.textRef != ref(hash1(seedWord, hashRunes(rs)), wordBlock):
				t.Errorf("word %d (%s): text block", k, string(rs))
			case w.class != uint16(lex.suffixClass(rs, hashRunes(rs))):
				t.Errorf("word %d (%s): class %d", k, string(rs), w.class)
			case w.surRef != ref(hash2(seedSurname, uint64(min(len(rs), 4)), hashString(wk.Pos)), surBlock):
				t.Errorf("word %d (%s): surname block", k, string(rs))
			case w.prevRef != prev.textRef || w.nextRef != next.textRef:
				t.Errorf("word %d (%s): neighbours' blocks", k, string(rs))
			case w.classRef != f.classes[prev.class<<8|w.class<<4|next.class]:
				t.Errorf("word %d (%s): classes block", k, string(rs))
			}
		}
	}
	if c := sc.words[4].class; c&uint16(classOrgSuffix) == 0 {
		t.Errorf("公安局: class %d, want an organization suffix", c)
	}
}

const pinnedRow = 809418

// TestPackedRows checks that rows survive packing and that adding packed
// rows sums each tag's weights.
func TestPackedRows(t *testing.T) {
	lex, err := defaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	m := newModel("test", 8, lex)
	a := [NumTags]int8{1, -1, maxWeight, -maxWeight, 0, 7, -100, 2, 3, 4, 5, 6, -7}
	b := [NumTags]int8{-1, -1, maxWeight, -maxWeight, 9, -7, 100, 0, 0, 0, 0, 0, maxWeight}
	m.addRow(3, &a)
	m.addRow(5, &[NumTags]int8{}) // not stored
	m.addRow(200, &b)
	m.finish()
	if m.weights(3) != a || m.weights(200) != b || m.row(5) != nil || m.row(4) != nil || m.Rows() != 2 || m.rowAt(4) != 0 {
		t.Fatalf("rows read back wrong: %v %v", m.weights(3), m.weights(200))
	}
	// Summing numTemplates rows, the absent ones included, gives each tag's
	// total even at the extremes.
	var sum sums
	rows := []uint32{3, 200, 3, 5}
	for range numTemplates - len(rows) {
		rows = append(rows, 3)
	}
	for _, r := range rows {
		sum.add(&m.rows[m.rowAt(r)])
	}
	// The tagger sums the same rows its own way, from their packed indices.
	var feats []uint32
	for _, r := range rows {
		feats = append(feats, uint32(m.rowAt(r)))
	}
	var em [NumTags]int32
	m.emissions(feats, em[:])
	for k := range NumTags {
		if got, want := sum.tag(k, numTemplates), int32(numTemplates-2)*int32(a[k])+int32(b[k]); got != want {
			t.Errorf("tag %d: sum %d, want %d", k, got, want)
		}
		if em[k] != sum.tag(k, numTemplates) {
			t.Errorf("tag %d: emissions gives %d, tag %d", k, em[k], sum.tag(k, numTemplates))
		}
	}
}

// TestSumRows checks that sumRows, in assembly where there is one, writes
// the emissions sumRowsGo does, at the extremes of the weights too, and
// panics at a feature beyond the rows.
func TestSumRows(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	rows := make([][rowWords]uint64, 300)
	for i := range rows {
		var w [NumTags]int8
		for t := range w {
			switch i % 3 {
			case 0:
				w[t] = maxWeight
			case 1:
				w[t] = -maxWeight
			default:
				w[t] = int8(rng.IntN(2*maxWeight+1) - maxWeight)
			}
		}
		rows[i] = pack(&w)
	}
	for _, n := range []int{0, 1, 2, 7, 40} {
		feats := make([]uint32, n*numTemplates)
		for i := range feats {
			feats[i] = uint32(rng.IntN(len(rows)))
			if n == 2 {
				feats[i] = uint32(i / numTemplates) // rows at +maxWeight, then at −maxWeight
			}
		}
		got, want := make([]int32, n*NumTags+1), make([]int32, n*NumTags+1)
		got[n*NumTags], want[n*NumTags] = 77, 77 // past the characters: left as it is
		sumRows(rows, feats, got)
		sumRowsGo(rows, feats, want)
		if !slices.Equal(got, want) {
			t.Errorf("%d characters: sumRows gives %v, sumRowsGo %v", n, got, want)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("sumRows did not panic at a feature beyond the rows")
		}
	}()
	feats := make([]uint32, 2*numTemplates)
	feats[numTemplates+4] = uint32(len(rows))
	sumRows(rows, feats, make([]int32, 2*NumTags))
}

func TestLexicon(t *testing.T) {
	lx, err := defaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		word          string
		surname       uint32
		suffixClasses uint8
	}{
		{"张洁", 1, 0},
		{"欧阳修", 2, 0},
		{"成都市", 1, classPlaceSuffix}, // 成 is a surname too
		{"四川大学", 0, classOrgSuffix},
		{"部长", 0, classTitle},
		{"会见", 0, 0},
		{"𠮷", 0, 0}, // beyond the BMP: looked up, not found
	}
	for _, tt := range tests {
		rs := []rune(tt.word)
		if got := lx.surname(rs); got != tt.surname {
			t.Errorf("surname(%s) = %d, want %d", tt.word, got, tt.surname)
		}
		if got := lx.suffixClass(rs, hashRunes(rs)); got != tt.suffixClasses {
			t.Errorf("suffixClass(%s) = %b, want %b", tt.word, got, tt.suffixClasses)
		}
	}
	// A character alone is a surname by a bit (singleSurname) where it
	// was by a lookup.
	for r := rune(0); r < 1<<16; r++ {
		if !lx.firstOfSurname.Has(r) {
			continue
		}
		want := uint32(0)
		if lx.lookup([]rune{r})&classSurname != 0 {
			want = 1
		}
		if got := lx.surname([]rune{r}); got != want {
			t.Errorf("surname(%c) = %d, want %d", r, got, want)
		}
	}
	for _, bad := range []string{
		"word\tclass\n张\tnope\n",
		"word\tclass\n张\tsurname\n张\tsurname\n",
		"word\tclass\n张王李\tsurname\n",
		"word\tclass\n一二三四五六\torg_suffix\n",
		"word\tkind\n张\tsurname\n",
	} {
		if _, err := parseLexicon("bad.tsv", bad); err == nil {
			t.Errorf("parseLexicon(%q) succeeded", bad)
		}
	}
}

// TestSentences checks how a document is cut into decoding units and which
// tokens each unit keeps.
func TestSentences(t *testing.T) {
	d := &pipeline.Doc{
		Text:      "张洁说。\n\n成都很好",
		Sentences: []pipeline.Sentence{{Start: 0, End: 4}, {Start: 6, End: 10}},
		Tokens: []pipeline.Token{
			{Start: 0, End: 2, Text: "张洁", Pos: "nr"}, {Start: 2, End: 3, Text: "说", Pos: "v"},
			{Start: 6, End: 8, Text: "成都", Pos: "ns"}, {Start: 8, End: 10, Text: "很好", Pos: "a"},
		},
	}
	got := Sentences(d)
	if len(got) != 2 || string(got[1].Text) != "成都很好" || got[1].Start != 6 ||
		!slices.Equal(got[1].Words, []Word{{0, 2, "ns"}, {2, 4, "a"}}) || len(got[0].Words) != 2 {
		t.Fatalf("Sentences = %+v", got)
	}
	// Units that overlap each share the tokens inside them.
	over := &pipeline.Doc{
		Text:      "一二三四",
		Sentences: []pipeline.Sentence{{Start: 0, End: 3}, {Start: 1, End: 4}},
		Tokens:    []pipeline.Token{{Start: 0, End: 1}, {Start: 1, End: 2}, {Start: 2, End: 3}, {Start: 3, End: 4}},
	}
	if got := Sentences(over); len(got) != 2 || len(got[0].Words) != 3 || !slices.Equal(got[1].Words, []Word{{0, 1, ""}, {1, 2, ""}, {2, 3, ""}}) {
		t.Fatalf("Sentences of overlapping units = %+v", got)
	}
	d.Sentences = nil // lines instead
	got = Sentences(d)
	if len(got) != 2 || string(got[0].Text) != "张洁说。" || string(got[1].Text) != "成都很好" {
		t.Fatalf("Sentences by line = %+v", got)
	}
	// A Stage reuses the buffers of split from document to document: a
	// longer document in between must not leak into the next one.
	d.Sentences = []pipeline.Sentence{{Start: 0, End: 4}, {Start: 6, End: 10}}
	want := Sentences(d)
	long := &pipeline.Doc{Text: strings.Repeat("王芳说她在北京工作。\n", 20)}
	for i := range 20 {
		long.Tokens = append(long.Tokens, pipeline.Token{Start: 11 * i, End: 11*i + 2, Pos: "nr"})
	}
	var b units
	b.split(d)
	b.split(long)
	got = b.split(d)
	if len(got) != len(want) {
		t.Fatalf("split after reuse: %d units, want %d", len(got), len(want))
	}
	for i := range got {
		if got[i].Start != want[i].Start || string(got[i].Text) != string(want[i].Text) || !slices.Equal(got[i].Words, want[i].Words) {
			t.Errorf("split after reuse: unit %d is %+v, want %+v", i, got[i], want[i])
		}
	}
}

// TestModelFeatures checks that an embedded model's featurizer gives, for
// every feature, the index of the packed row that the training featurizer's
// row has.
func TestModelFeatures(t *testing.T) {
	lex, err := defaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	sentences := []Sentence{
		{Text: []rune("部长张洁在成都会见了专家"), Words: []Word{{0, 2, "n"}, {2, 4, "nr"}, {4, 5, "p"}, {5, 7, "ns"}, {7, 9, "v"}, {9, 10, "ul"}, {10, 12, "n"}}},
		{Text: []rune("四川省自然资源科学研究院与新西兰皇家植物与食品研究院")},
		{Text: []rune("欧阳修说, 2018年 OK")},
	}
	for _, style := range Styles {
		m, err := EmbeddedModel(style)
		if err != nil {
			t.Fatal(err)
		}
		rows := newFeaturizer(lex, m.Bits(), rowsDir(m.Bits()))
		for _, s := range sentences {
			var a, b scratch
			m.feat.extract(s, &a)
			rows.extract(s, &b)
			if want := m.packed(b.feats); !slices.Equal(a.feats, want) {
				t.Errorf("%s: %s: features %v, want %v", style, string(s.Text), a.feats, want)
			}
		}
	}
}
