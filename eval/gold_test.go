package eval

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestReadGold(t *testing.T) {
	in := `{"id": 0, "text": "李顺生", "entities": [{"start": 0, "end": 3, "type": "PER", "label": "PER", "text": "李顺生"}]}

{"id": "s-2", "text": "中美两国", "entities": [{"start": 0, "end": 1, "type": "LOC", "text": "中"}, {"start": 1, "end": 2, "type": "LOC", "text": "美"}]}` + "\r\n" +
		`{"text": "没有实体。", "entities": []}
{"id": 12345678901234567890, "text": "𠮷野家在东京", "entities": [{"start": 4, "end": 6, "type": "LOC", "text": "东京"}]}`
	got, err := ReadGold(strings.NewReader(in), "x.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	want := []Sentence{
		{ID: "0", Text: "李顺生", Entities: []Span{{0, 3, "PER", "李顺生"}}},
		{ID: "s-2", Text: "中美两国", Entities: []Span{{0, 1, "LOC", "中"}, {1, 2, "LOC", "美"}}},
		{ID: "4", Text: "没有实体。", Entities: []Span{}},
		{ID: "12345678901234567890", Text: "𠮷野家在东京", Entities: []Span{{4, 6, "LOC", "东京"}}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ReadGold:\n got %+v\nwant %+v", got, want)
	}
}

func TestReadGoldErrors(t *testing.T) {
	good := `{"id": 1, "text": "张洁", "entities": []}` + "\n"
	tests := []struct {
		name, line, want string
	}{
		{"bad json", `{"id": 2, "text": "张洁"`, "g.jsonl:2: unexpected end of JSON input"},
		{"not an object", `[1, 2]`, "g.jsonl:2: json: cannot unmarshal array"},
		{"no text", `{"id": 2, "entities": []}`, `g.jsonl:2: no "text" field`},
		{"id of wrong kind", `{"id": true, "text": "张洁"}`, "g.jsonl:2: id true: want a string or a number"},
		{"text mismatch", `{"id": 2, "text": "张洁在成都", "entities": [{"start": 3, "end": 5, "type": "LOC", "text": "在成"}]}`,
			`g.jsonl:2: entity 0: text[3:5] is "成都", entity text is "在成"`},
		{"byte offsets", `{"id": 2, "text": "张洁在成都", "entities": [{"start": 9, "end": 15, "type": "LOC", "text": "成都"}]}`,
			"g.jsonl:2: entity 0: span [9,15) outside text of 5 characters"},
		{"empty span", `{"id": 2, "text": "张洁", "entities": [{"start": 1, "end": 1, "type": "PER", "text": ""}]}`,
			"g.jsonl:2: entity 0: span [1,1) outside text"},
		{"negative start", `{"id": 2, "text": "张洁", "entities": [{"start": -1, "end": 1, "type": "PER", "text": "张"}]}`,
			"g.jsonl:2: entity 0: span [-1,1) outside text"},
		{"missing end", `{"id": 2, "text": "张洁", "entities": [{"start": 0, "type": "PER", "text": "张"}]}`,
			"g.jsonl:2: entity 0: missing start or end"},
		{"missing type", `{"id": 2, "text": "张洁", "entities": [{"start": 0, "end": 2, "text": "张洁"}]}`,
			"g.jsonl:2: entity 0: missing type"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadGold(strings.NewReader(good+tt.line+"\n"+good), "g.jsonl")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error = %v, want it to contain %q", err, tt.want)
			}
			if len(got) != 1 {
				t.Errorf("got %d sentences before the error, want 1", len(got))
			}
		})
	}
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("disk on fire") }

func TestReadGoldReadError(t *testing.T) {
	_, err := ReadGold(failingReader{}, "g.jsonl")
	if err == nil || err.Error() != "g.jsonl:1: disk on fire" {
		t.Errorf("error = %v, want g.jsonl:1: disk on fire", err)
	}
}

// TestBenchmarkFiles checks the reader against the counts published in
// ../shared/eval/ner/README.md, and that gold scored against itself is perfect
// both strictly and merged.
func TestBenchmarkFiles(t *testing.T) {
	tests := []struct {
		file      string
		sentences int
		entities  map[string]int
	}{
		{"pd98_test.jsonl", 4570, map[string]int{"PER": 2126, "LOC": 1876, "ORG": 1395, "TIME": 1987}},
		{"cpd_example_test.jsonl", 4636, map[string]int{"PER": 1864, "LOC": 3658, "ORG": 2185}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			f, err := os.Open(filepath.Join("..", "..", "shared", "eval", "ner", tt.file))
			if errors.Is(err, os.ErrNotExist) {
				t.Skip("../shared/eval/ner is absent")
			}
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			sents, err := ReadGold(f, tt.file)
			if err != nil {
				t.Fatal(err)
			}
			if len(sents) != tt.sentences {
				t.Errorf("%d sentences, want %d", len(sents), tt.sentences)
			}
			got := map[string]int{}
			types := map[string]string{"PER": "PERSON", "LOC": "PLACE", "ORG": "ORG", "TIME": "DATE"}
			sc := NewScorer(types)
			for _, s := range sents {
				pred := make([]Span, len(s.Entities))
				for i, e := range s.Entities {
					got[e.Type]++
					pred[i] = Span{Start: e.Start, End: e.End, Type: types[e.Type]}
				}
				sc.Add(s, pred)
			}
			if !reflect.DeepEqual(got, tt.entities) {
				t.Errorf("entities per type %v, want %v", got, tt.entities)
			}
			r := sc.Report(5)
			total := 0
			for _, n := range tt.entities {
				total += n
			}
			if o := r.Overall; o.TP != total || o.FP != 0 || o.FN != 0 || o.F1 != 1 {
				t.Errorf("gold against itself: %+v, want %d true positives and F1 1", o, total)
			}
			if o := r.MergedOverall; o.FP != 0 || o.FN != 0 || o.F1 != 1 {
				t.Errorf("merged gold against itself: %+v, want F1 1", o)
			}
			if len(r.Errors) != 0 {
				t.Errorf("gold against itself has errors: %+v", r.Errors)
			}
		})
	}
}

func FuzzReadGold(f *testing.F) {
	f.Add(`{"id": 0, "text": "李顺生", "entities": [{"start": 0, "end": 3, "type": "PER", "label": "PER", "text": "李顺生"}]}`)
	f.Add(`{"id": "a", "text": "中美两国", "entities": [{"start": 0, "end": 1, "type": "LOC", "text": "中"}, {"start": 1, "end": 2, "type": "LOC", "text": "美"}]}` + "\n\n")
	f.Add(`{"text": "1997年12月29日", "entities": [{"start": 0, "end": 5, "type": "TIME", "text": "1997年"}, {"start": 5, "end": 8, "type": "TIME", "text": "12月"}]}`)
	f.Add(`{"id": 1.5e3, "text": "\u00e9\ud800x", "entities": [{"start": 0, "end": 1, "type": "X", "text": "é"}]}`)
	f.Add("{\"id\": null, \"text\": \"\xff\xfe\", \"entities\": null}\r\n{}")
	f.Add(`{"id": 2, "text": "张洁", "entities": [{"start": 1, "end": 9, "type": "PER", "text": "洁"}]}`)
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := ReadGold(strings.NewReader(in), "fuzz.jsonl")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.jsonl:") {
				t.Errorf("error %q does not name the file", err)
			}
			return
		}
		types := map[string]string{}
		for _, s := range sents {
			for _, e := range s.Entities {
				types[e.Type] = e.Type
			}
		}
		sc := NewScorer(types)
		for _, s := range sents {
			runes := []rune(s.Text)
			for _, e := range s.Entities {
				if e.Start < 0 || e.Start >= e.End || e.End > len(runes) || string(runes[e.Start:e.End]) != e.Text {
					t.Fatalf("sentence %s: entity %+v does not slice %q", s.ID, e, s.Text)
				}
				if !utf8.ValidString(e.Text) || e.Type == "" {
					t.Fatalf("sentence %s: bad entity %+v", s.ID, e)
				}
			}
			sc.Add(s, s.Entities)
		}
		r := sc.Report(3)
		if r.Overall.FP != 0 || r.Overall.FN != 0 || r.MergedOverall.FP != 0 || r.MergedOverall.FN != 0 {
			t.Fatalf("gold scored against itself: %+v / %+v", r.Overall, r.MergedOverall)
		}
	})
}
