package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/zhfacts/zhfacts/eval"
	"github.com/zhfacts/zhfacts/extractors/ner"
)

func TestSplitSpans(t *testing.T) {
	units := []ner.Sentence{{Start: 0, Text: []rune("张洁说。")}, {Start: 5, Text: []rune("成都很好")}}
	ents := []eval.Span{
		{Start: 0, End: 2, Type: "PER"},
		{Start: 5, End: 7, Type: "LOC"},
		{Start: 2, End: 6, Type: "ORG"},  // crosses the boundary: dropped
		{Start: 7, End: 9, Type: "TIME"}, // not tagged
	}
	got := splitSpans(units, ents)
	want := [][]ner.Span{{{Start: 0, End: 2, Kind: ner.KindPER}}, {{Start: 0, End: 2, Kind: ner.KindLOC}}}
	if len(got) != 2 || !slices.Equal(got[0], want[0]) || !slices.Equal(got[1], want[1]) {
		t.Fatalf("splitSpans = %v, want %v", got, want)
	}
}

// TestRun trains on a small file and checks that the written model loads
// and tags what it was trained on.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	train := filepath.Join(dir, "train.jsonl")
	var lines []string
	for range 10 {
		lines = append(lines,
			`{"id": 1, "text": "张伟说他在成都工作。", "entities": [{"start": 0, "end": 2, "type": "PER", "text": "张伟"}, {"start": 5, "end": 7, "type": "LOC", "text": "成都"}]}`,
			`{"id": 2, "text": "李娜访问了四川大学。", "entities": [{"start": 0, "end": 2, "type": "PER", "text": "李娜"}, {"start": 5, "end": 9, "type": "ORG", "text": "四川大学"}]}`)
	}
	if err := os.WriteFile(train, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "toy.model")
	var stdout, stderr bytes.Buffer
	err := run([]string{"--train", train, "--style", "toy", "--epochs", "3", "--bits", "16", "--dev-every", "4", "--prune-sweep", "0,5", "--out", out}, &stdout, &stderr)
	if err != nil {
		t.Fatalf("run: %v\n%s", err, stderr.String())
	}
	for _, want := range []string{"epoch  3:", "prune   5:", "wrote " + out} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, stdout.String())
		}
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := ner.ReadModel(f)
	if err != nil {
		t.Fatal(err)
	}
	got := m.Tag(ner.Sentence{Text: []rune("张伟说他在成都工作。")})
	want := []ner.Span{{Start: 0, End: 2, Kind: ner.KindPER}, {Start: 5, End: 7, Kind: ner.KindLOC}}
	if m.Style != "toy" || !slices.Equal(got, want) {
		t.Errorf("model %q tags %v, want %v", m.Style, got, want)
	}

	for _, args := range [][]string{
		{"--out", out},
		{"--train", train},
		{"--train", train, "--out", out, "--dev-every", "1"},
		{"--train", filepath.Join(dir, "missing.jsonl"), "--out", out},
		{"--train", train, "--out", out, "--bits", "40"},
	} {
		if err := run(args, &stdout, &stderr); err == nil {
			t.Errorf("run(%q) succeeded", args)
		}
	}
}
