package eval

import (
	"bytes"
	"encoding/json"
	"math"
	"reflect"
	"strings"
	"testing"
)

type addCall struct {
	gold Sentence
	pred []Span
}

func TestScorer(t *testing.T) {
	withTime := map[string]string{"PER": "PERSON", "LOC": "PLACE", "ORG": "ORG", "TIME": "DATE"}
	tests := []struct {
		name    string
		types   map[string]string
		adds    []addCall
		strict  map[string][3]int // mention type → TP, FP, FN
		overall TypeScore         // strict, micro-averaged
		merged  TypeScore
	}{{
		name:  "perfect",
		types: NERTypes,
		adds: []addCall{{
			Sentence{ID: "1", Text: "张洁在成都工作。", Entities: []Span{{0, 2, "PER", "张洁"}, {3, 5, "LOC", "成都"}}},
			[]Span{{Start: 0, End: 2, Type: "PERSON"}, {Start: 3, End: 5, Type: "PLACE"}},
		}},
		strict:  map[string][3]int{"ORG": {0, 0, 0}, "PERSON": {1, 0, 0}, "PLACE": {1, 0, 0}},
		overall: TypeScore{TP: 2, Precision: 1, Recall: 1, F1: 1},
		merged:  TypeScore{TP: 2, Precision: 1, Recall: 1, F1: 1},
	}, {
		// ORG cut short, one person right, one spurious place; the DATE span
		// is not scored because TIME is not asked for, and the duplicate
		// PERSON prediction counts once.
		name:  "mixed",
		types: NERTypes,
		adds: []addCall{{
			Sentence{ID: "1", Text: "中国科学院成都生物研究所研究员孙庚说。", Entities: []Span{{0, 12, "ORG", "中国科学院成都生物研究所"}, {15, 17, "PER", "孙庚"}}},
			[]Span{{Start: 0, End: 5, Type: "ORG"}, {Start: 15, End: 17, Type: "PERSON"}, {Start: 15, End: 17, Type: "PERSON"}, {Start: 5, End: 7, Type: "PLACE"}, {Start: 0, End: 2, Type: "DATE"}},
		}},
		strict: map[string][3]int{"ORG": {0, 1, 1}, "PERSON": {1, 0, 0}, "PLACE": {0, 1, 0}},
		// P = 1/3, R = 1/2, F1 = 2·(1/6)/(5/6) = 0.4
		overall: TypeScore{TP: 1, FP: 2, FN: 1, Precision: 1.0 / 3, Recall: 0.5, F1: 0.4},
		merged:  TypeScore{TP: 1, FP: 2, FN: 1, Precision: 1.0 / 3, Recall: 0.5, F1: 0.4},
	}, {
		name:  "word-level dates merge",
		types: withTime,
		adds: []addCall{{
			Sentence{ID: "1", Text: "1997年12月29日", Entities: []Span{{0, 5, "TIME", "1997年"}, {5, 8, "TIME", "12月"}, {8, 11, "TIME", "29日"}}},
			[]Span{{Start: 0, End: 11, Type: "DATE"}},
		}},
		strict:  map[string][3]int{"DATE": {0, 1, 3}, "ORG": {0, 0, 0}, "PERSON": {0, 0, 0}, "PLACE": {0, 0, 0}},
		overall: TypeScore{FP: 1, FN: 3},
		merged:  TypeScore{TP: 1, Precision: 1, Recall: 1, F1: 1},
	}, {
		name:  "accumulates over sentences",
		types: NERTypes,
		adds: []addCall{
			{Sentence{ID: "1", Text: "张洁", Entities: []Span{{0, 2, "PER", "张洁"}}}, []Span{{Start: 0, End: 2, Type: "PERSON"}}},
			{Sentence{ID: "2", Text: "孙庚", Entities: []Span{{0, 2, "PER", "孙庚"}}}, nil},
			{Sentence{ID: "3", Text: "李明章", Entities: []Span{{0, 3, "PER", "李明章"}}}, []Span{{Start: 0, End: 3, Type: "PERSON"}}},
			{Sentence{ID: "4", Text: "成都", Entities: nil}, []Span{{Start: 0, End: 2, Type: "PERSON"}}},
		},
		strict: map[string][3]int{"ORG": {0, 0, 0}, "PERSON": {2, 1, 1}, "PLACE": {0, 0, 0}},
		// P = R = 2/3, so F1 = 2/3
		overall: TypeScore{TP: 2, FP: 1, FN: 1, Precision: 2.0 / 3, Recall: 2.0 / 3, F1: 2.0 / 3},
		merged:  TypeScore{TP: 2, FP: 1, FN: 1, Precision: 2.0 / 3, Recall: 2.0 / 3, F1: 2.0 / 3},
	}, {
		name:   "nothing at all",
		types:  NERTypes,
		adds:   []addCall{{Sentence{ID: "1", Text: "没有实体。"}, nil}},
		strict: map[string][3]int{"ORG": {0, 0, 0}, "PERSON": {0, 0, 0}, "PLACE": {0, 0, 0}},
	}, {
		name:    "only predictions",
		types:   NERTypes,
		adds:    []addCall{{Sentence{ID: "1", Text: "没有实体。"}, []Span{{Start: 0, End: 2, Type: "ORG"}}}},
		strict:  map[string][3]int{"ORG": {0, 1, 0}, "PERSON": {0, 0, 0}, "PLACE": {0, 0, 0}},
		overall: TypeScore{FP: 1},
		merged:  TypeScore{FP: 1},
	}, {
		name:    "only gold",
		types:   NERTypes,
		adds:    []addCall{{Sentence{ID: "1", Text: "张洁", Entities: []Span{{0, 2, "PER", "张洁"}}}, nil}},
		strict:  map[string][3]int{"ORG": {0, 0, 0}, "PERSON": {0, 0, 1}, "PLACE": {0, 0, 0}},
		overall: TypeScore{FN: 1},
		merged:  TypeScore{FN: 1},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := NewScorer(tt.types)
			for _, a := range tt.adds {
				s.Add(a.gold, a.pred)
			}
			r := s.Report(0)
			if r.Sentences != len(tt.adds) {
				t.Errorf("Sentences = %d, want %d", r.Sentences, len(tt.adds))
			}
			got := map[string][3]int{}
			for _, ts := range r.Types {
				got[ts.Type] = [3]int{ts.TP, ts.FP, ts.FN}
			}
			if !reflect.DeepEqual(got, tt.strict) {
				t.Errorf("strict TP/FP/FN per type = %v, want %v", got, tt.strict)
			}
			checkScore(t, "overall", r.Overall, tt.overall)
			checkScore(t, "merged overall", r.MergedOverall, tt.merged)
			if r.Errors != nil {
				t.Errorf("Report(0) returned errors: %v", r.Errors)
			}
		})
	}
}

func checkScore(t *testing.T, what string, got, want TypeScore) {
	t.Helper()
	const eps = 1e-12
	if got.TP != want.TP || got.FP != want.FP || got.FN != want.FN ||
		math.Abs(got.Precision-want.Precision) > eps || math.Abs(got.Recall-want.Recall) > eps || math.Abs(got.F1-want.F1) > eps {
		t.Errorf("%s = %+v, want %+v", what, got, want)
	}
}

func TestReportTypeNames(t *testing.T) {
	s := NewScorer(map[string]string{"PER": "PERSON", "NR": "PERSON", "LOC": "PLACE"})
	r := s.Report(0)
	var got []string
	for _, ts := range r.Types {
		got = append(got, ts.Type+"="+ts.Gold)
	}
	want := []string{"PERSON=NR+PER", "PLACE=LOC"}
	if !reflect.DeepEqual(got, want) || r.Overall.Type != "overall" || r.Overall.Gold != "LOC+NR+PER" {
		t.Errorf("types %v overall %s=%s, want %v overall=LOC+NR+PER", got, r.Overall.Type, r.Overall.Gold, want)
	}
}

func TestMergeAdjacent(t *testing.T) {
	const text = "1997年12月29日北京上海"
	tests := []struct {
		name string
		in   []Span
		want []Span
	}{
		{"chain of three", []Span{{8, 11, "DATE", ""}, {0, 5, "DATE", ""}, {5, 8, "DATE", ""}},
			[]Span{{0, 11, "DATE", "1997年12月29日"}}},
		{"types differ", []Span{{0, 5, "DATE", ""}, {5, 8, "PLACE", ""}},
			[]Span{{0, 5, "DATE", ""}, {5, 8, "PLACE", ""}}},
		{"gap of one", []Span{{11, 12, "PLACE", ""}, {13, 15, "PLACE", ""}},
			[]Span{{11, 12, "PLACE", ""}, {13, 15, "PLACE", ""}}},
		{"interleaved types", []Span{{11, 13, "PLACE", ""}, {0, 5, "DATE", ""}, {13, 15, "PLACE", ""}, {5, 8, "DATE", ""}},
			[]Span{{0, 8, "DATE", "1997年12月"}, {11, 15, "PLACE", "北京上海"}}},
		{"overlap ends a run", []Span{{0, 5, "DATE", ""}, {3, 8, "DATE", ""}, {8, 11, "DATE", ""}},
			[]Span{{0, 5, "DATE", ""}, {3, 11, "DATE", "7年12月29日"}}},
		{"empty", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := mergeAdjacent(tt.in, []rune(text))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("mergeAdjacent = %v, want %v", got, tt.want)
			}
		})
	}
}

// errorSentences produce one error of every kind, and the same miss twice.
var errorSentences = []addCall{
	{
		Sentence{ID: "1", Text: "张洁去了成都。", Entities: []Span{{0, 2, "PER", "张洁"}, {4, 6, "LOC", "成都"}}},
		[]Span{{Start: 4, End: 6, Type: "PLACE"}},
	},
	{
		Sentence{ID: "2", Text: "张洁和孙庚访问中美两国。", Entities: []Span{{0, 2, "PER", "张洁"}, {3, 5, "PER", "孙庚"}, {7, 8, "LOC", "中"}, {8, 9, "LOC", "美"}}},
		[]Span{{Start: 3, End: 6, Type: "PERSON"}, {Start: 7, End: 8, Type: "ORG"}, {Start: 8, End: 9, Type: "PLACE"}, {Start: 9, End: 11, Type: "PLACE"}},
	},
}

func errorReport(maxErrors int) Report {
	s := NewScorer(NERTypes)
	for _, a := range errorSentences {
		s.Add(a.gold, a.pred)
	}
	return s.Report(maxErrors)
}

func TestErrors(t *testing.T) {
	const s2 = "张洁和孙庚访问中美两国。"
	want := []ErrorExample{
		{SentenceID: "1", Text: "张洁去了成都。", Kind: Miss, Gold: &Span{0, 2, "PER", "张洁"}, Count: 2},
		{SentenceID: "2", Text: s2, Kind: WrongType, Gold: &Span{7, 8, "LOC", "中"}, Predicted: &Span{7, 8, "ORG", "中"}, Count: 1},
		{SentenceID: "2", Text: s2, Kind: Boundary, Gold: &Span{3, 5, "PER", "孙庚"}, Predicted: &Span{3, 6, "PERSON", "孙庚访"}, Count: 1},
		{SentenceID: "2", Text: s2, Kind: Spurious, Predicted: &Span{9, 11, "PLACE", "两国"}, Count: 1},
	}
	for _, n := range []int{10, 4, 2, 0, -1} {
		got := errorReport(n).Errors
		w := want[:max(0, min(n, len(want)))]
		if len(w) == 0 {
			w = nil
		}
		if !reflect.DeepEqual(got, w) {
			t.Errorf("Report(%d).Errors:\n got %s\nwant %s", n, dump(got), dump(w))
		}
	}

	r := errorReport(0)
	got := map[string][3]int{}
	for _, ts := range r.Types {
		got[ts.Type] = [3]int{ts.TP, ts.FP, ts.FN}
	}
	want3 := map[string][3]int{"ORG": {0, 1, 0}, "PERSON": {0, 1, 3}, "PLACE": {2, 1, 1}}
	if !reflect.DeepEqual(got, want3) {
		t.Errorf("strict TP/FP/FN = %v, want %v", got, want3)
	}
	// Merging joins gold 中|美 into 中美 and predicted 美|两国 into 美两国.
	for _, ts := range r.Merged {
		if ts.Type == "PLACE" && (ts.TP != 1 || ts.FP != 1 || ts.FN != 1) {
			t.Errorf("merged PLACE = %+v, want TP 1, FP 1, FN 1", ts)
		}
	}
}

func dump(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func TestWriteTable(t *testing.T) {
	var b bytes.Buffer
	if err := errorReport(3).WriteTable(&b); err != nil {
		t.Fatal(err)
	}
	want := `strict: start, end and type agree (2 sentences)
type     gold         precision  recall      f1      tp      fp      fn
ORG      ORG               0.00    0.00    0.00       0       1       0
PERSON   PER               0.00    0.00    0.00       0       1       3
PLACE    LOC              66.67   66.67   66.67       2       1       1
overall  LOC+ORG+PER      40.00   33.33   36.36       2       3       4

merged: adjacent spans of one type joined first
type     gold         precision  recall      f1      tp      fp      fn
ORG      ORG               0.00    0.00    0.00       0       1       0
PERSON   PER               0.00    0.00    0.00       0       1       3
PLACE    LOC              50.00   50.00   50.00       1       1       1
overall  LOC+ORG+PER      25.00   20.00   22.22       1       3       4

errors (strict), most frequent first
     2  miss        PER 张洁
        [1] 【张洁】去了成都。
     1  wrong-type  LOC 中 → ORG 中
        [2] 张洁和孙庚访问【中】美两国。
     1  boundary    PER 孙庚 → PERSON 孙庚访
        [2] 张洁和【孙庚】访问中美两国。
`
	if got := b.String(); got != want {
		t.Errorf("WriteTable:\n%s\nwant:\n%s", got, want)
	}
}

func TestExcerpt(t *testing.T) {
	text := strings.Repeat("一", 20) + "成都" + strings.Repeat("二", 20)
	tests := []struct {
		name string
		e    ErrorExample
		want string
	}{
		{"window both sides", ErrorExample{Text: text, Gold: &Span{20, 22, "LOC", "成都"}},
			"…" + strings.Repeat("一", 15) + "【成都】" + strings.Repeat("二", 15) + "…"},
		{"spurious marks the prediction", ErrorExample{Text: "我在成都", Predicted: &Span{2, 4, "PLACE", "成都"}},
			"我在【成都】"},
		{"prediction past the text", ErrorExample{Text: "我在成都", Predicted: &Span{3, 9, "PLACE", "都"}},
			"我在成【都】"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := excerpt(tt.e); got != tt.want {
				t.Errorf("excerpt = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestReportJSON(t *testing.T) {
	b, err := json.Marshal(errorReport(1))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"types", "overall", "merged", "merged_overall", "sentences", "errors"} {
		if _, ok := m[k]; !ok {
			t.Errorf("report JSON lacks %q: %s", k, b)
		}
	}
	ov := m["overall"].(map[string]any)
	for _, k := range []string{"type", "gold", "tp", "fp", "fn", "precision", "recall", "f1"} {
		if _, ok := ov[k]; !ok {
			t.Errorf("type score JSON lacks %q: %s", k, b)
		}
	}
	e := m["errors"].([]any)[0].(map[string]any)
	for _, k := range []string{"sentence_id", "text", "kind", "gold", "predicted", "count"} {
		if _, ok := e[k]; !ok {
			t.Errorf("error JSON lacks %q: %s", k, b)
		}
	}
}
