package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

func TestUsageAndExitCodes(t *testing.T) {
	tests := []struct {
		args []string
		code int
		want string // substring of stdout+stderr
	}{
		{nil, exitUsage, "Commands:"},
		{[]string{"--help"}, exitOK, "zhfacts COMMAND"},
		{[]string{"frobnicate"}, exitUsage, `unknown command "frobnicate"`},
		{[]string{"run", "--help"}, exitOK, "Usage: zhfacts run"},
		{[]string{"extract", "-h"}, exitOK, "Usage: zhfacts extract"},
		{[]string{"eval", "--help"}, exitOK, "--show-errors"},
		{[]string{"extract", "--format", "xml"}, exitUsage, "--format must be json or jsonl"},
		{[]string{"extract", "--bogus"}, exitUsage, "flag provided but not defined: -bogus"},
		{[]string{"extract", "--style", "ontonotes"}, exitUsage, "--style must be one of msra, pku"},
		{[]string{"eval"}, exitUsage, "--gold or --norm is required"},
		{[]string{"eval", "--norm", "does/not/exist"}, exitFail, "does/not/exist/numeral.tsv"},
		{[]string{"run", "--disable", "nope", "--out", "unused"}, exitUsage, "no such stage: nope"},
		{[]string{"run", "--published-at", "yesterday-ish"}, exitUsage, "--published-at"},
		{[]string{"run", "--out", "unused", "does/not/exist.txt"}, exitFail, "does/not/exist.txt"},
	}
	for _, tt := range tests {
		code, out, errs := run(t, "", tt.args...)
		if code != tt.code || !strings.Contains(out+errs, tt.want) {
			t.Errorf("zhfacts %s: exit %d, output %q; want exit %d containing %q", strings.Join(tt.args, " "), code, out+errs, tt.code, tt.want)
		}
	}
}

// TestExtractJSONLFromStdin checks the DESIGN.md JSON shape and that a broken
// line becomes a document with an error instead of stopping the run.
func TestExtractJSONLFromStdin(t *testing.T) {
	in := `{"id": "a1", "title": "测试", "published_at": "2024-06-04 02:56:00", "text": "成都市政府昨天在北京召开会议。"}
{"id": "a2", "text": 
{"id": 3, "content": "上海。"}
`
	code, out, errs := run(t, in, "extract", "--format", "jsonl", "-")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 {
		t.Fatalf("got %d documents, want 3:\n%s", len(lines), out)
	}
	var docs []map[string]any
	for _, l := range lines {
		var d map[string]any
		if err := json.Unmarshal([]byte(l), &d); err != nil {
			t.Fatalf("bad JSON line %q: %v", l, err)
		}
		docs = append(docs, d)
	}
	first := docs[0]
	if first["doc_id"] != "a1" || first["published_at"] != "2024-06-04T02:56:00" || first["text"] != "成都市政府昨天在北京召开会议。" {
		t.Errorf("first document = %v", first)
	}
	if _, ok := first["mentions"].([]any); !ok {
		t.Errorf("mentions is not a list: %v", first["mentions"])
	}
	if _, ok := first["facts"].([]any); !ok {
		t.Errorf("facts is not a list: %v", first["facts"])
	}
	errList, _ := docs[1]["errors"].([]any)
	if len(errList) == 0 || !strings.Contains(lines[1], "stdin:2") {
		t.Errorf("malformed line 2 did not become an error document: %s", lines[1])
	}
	if docs[2]["doc_id"] != "3" || docs[2]["text"] != "上海。" {
		t.Errorf("third document = %v", docs[2])
	}
	if !strings.Contains(errs, "1 of 3 documents had errors") {
		t.Errorf("stderr = %q", errs)
	}
}

// TestExtractNumbers checks that --numbers adds NUMBER mentions for bare
// numerals and that they are absent without it.
func TestExtractNumbers(t *testing.T) {
	in := `{"id": "n", "text": "项目编号是2931,已进入第三轮评审。"}` + "\n"
	for _, numbers := range []bool{false, true} {
		args := []string{"extract", "--format", "jsonl"}
		if numbers {
			args = append(args, "--numbers")
		}
		code, out, errs := run(t, in, append(args, "-")...)
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, errs)
		}
		has := strings.Contains(out, `"type":"NUMBER","text":"2931"`)
		if has != numbers {
			t.Errorf("--numbers=%v: NUMBER 2931 present = %v in %s", numbers, has, out)
		}
	}
}

var summaryDocs = regexp.MustCompile(`documents\s+(\d+) \((\d+) with errors`)

func runSummary(t *testing.T, args ...string) (docs, failed int, out string) {
	t.Helper()
	code, out, errs := run(t, "", args...)
	if code != exitOK {
		t.Fatalf("zhfacts %s: exit %d: %s", strings.Join(args, " "), code, errs)
	}
	m := summaryDocs.FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no summary in %q", out)
	}
	docs, _ = strconv.Atoi(m[1])
	failed, _ = strconv.Atoi(m[2])
	return docs, failed, out
}

// TestRunSampleIsIndependentOfWorkers runs the bundled sample with 1 and 4
// workers and compares every table byte for byte.
func TestRunSampleIsIndependentOfWorkers(t *testing.T) {
	t.Chdir(repoRoot)
	dir := t.TempDir()
	tables := []string{"documents", "mentions", "facts", "errors"}
	var first map[string][]byte
	for _, w := range []string{"1", "4"} {
		out := filepath.Join(dir, "w"+w)
		docs, failed, _ := runSummary(t, "run", "--quiet=false", "--workers", w, "--out", out)
		if docs < 6 || failed != 0 {
			t.Fatalf("workers %s: %d documents, %d failed", w, docs, failed)
		}
		got := map[string][]byte{}
		for _, tab := range tables {
			b, err := os.ReadFile(filepath.Join(out, tab+"-00000.parquet"))
			if err != nil {
				t.Fatal(err)
			}
			got[tab] = b
		}
		if first == nil {
			first = got
			continue
		}
		for _, tab := range tables {
			if !bytes.Equal(first[tab], got[tab]) {
				t.Errorf("%s.parquet differs between --workers 1 and --workers %s", tab, w)
			}
		}
	}
}

// TestRunBadInputsBecomeErrorRows feeds a directory of broken inputs: every
// document must come out as a row, and the run must succeed.
func TestRunBadInputsBecomeErrorRows(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	if err := os.Mkdir(in, 0o755); err != nil {
		t.Fatal(err)
	}
	gbk, err := simplifiedchinese.GB18030.NewEncoder().String("类别:财经 发布时间:2024-01-02 10:00:00 来源:测试\n\n上海证券交易所今天发布公告。\n")
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"a_empty.txt":     "",
		"b_gbk.txt":       gbk,
		"c_broken.jsonl":  "{\"id\":\"ok\",\"text\":\"北京。\"}\nnot json\n{\"id\":\"ok2\",\"text\":\"天津。\"}\n",
		"d_good.txt":      "标题\n\n类别:科技 发布时间:2024-06-04 02:56:00 来源:测试\n\n成都今天下雨。\n",
		"e_huge.jsonl":    `{"id":"huge","text":"` + strings.Repeat("长", 50<<20/3) + `"}` + "\n",
		"f_huge_line.txt": strings.Repeat("x", 50<<20),
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(in, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	docs, failed, out := runSummary(t, "run", "--out", filepath.Join(dir, "out"), in)
	// empty, gbk, 3 JSONL lines, good, huge JSONL line, huge file.
	if docs != 8 {
		t.Errorf("documents = %d, want 8\n%s", docs, out)
	}
	// empty file, "not json", the huge line and the huge file.
	if failed != 4 {
		t.Errorf("documents with errors = %d, want 4\n%s", failed, out)
	}
}

// TestEvalNorm scores the dates stage on the shared normalization suites
// when they are present.
func TestEvalNorm(t *testing.T) {
	dir := filepath.Join(repoRoot, "../shared/eval/norm")
	if _, err := os.Stat(filepath.Join(dir, "time.tsv")); err != nil {
		t.Skip("shared evaluation data not present")
	}
	code, out, errs := run(t, "", "eval", "--json", "--norm", dir)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	type score struct{ Total, Passed int }
	var r struct {
		Numeral, Money, Dates score
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("%v in %s", err, out)
	}
	for name, s := range map[string]score{"numeral": r.Numeral, "money": r.Money, "dates": r.Dates} {
		if s.Total < 80 || s.Passed == 0 || s.Passed > s.Total {
			t.Errorf("%s: %d of %d passed", name, s.Passed, s.Total)
		}
	}
}

// TestEvalPD98 scores the pipeline on the People's Daily test set when the
// shared evaluation data is present.
func TestEvalPD98(t *testing.T) {
	gold := filepath.Join(repoRoot, "../shared/eval/ner/pd98_test.jsonl")
	if _, err := os.Stat(gold); err != nil {
		t.Skip("shared evaluation data not present")
	}
	code, out, errs := run(t, "", "eval", "--json", "--style", "pku", "--gold", gold)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var r struct {
		Sentences int `json:"sentences"`
		Overall   struct {
			F1 float64 `json:"f1"`
		} `json:"overall"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("%v in %s", err, out)
	}
	// The pku-style tagger scores 0.905 strict F1; a drop below 0.88 is a regression.
	if r.Sentences != 4570 || r.Overall.F1 < 0.88 || r.Overall.F1 > 1 {
		t.Errorf("sentences %d, overall F1 %.3f", r.Sentences, r.Overall.F1)
	}
}
