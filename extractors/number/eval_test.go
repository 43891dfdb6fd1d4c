package number

import (
	"bytes"
	"io"
	"os"
	"strings"
	"testing"
)

// numeralFloor is just under the measured rate of EvalNorm on numeral.tsv
// (417/419); a drop below it is a regression.
const numeralFloor = 0.99

// TestEvalNorm scores Parse on ../shared/eval/norm/numeral.tsv (skipped when
// absent) and lists the report with -v.
func TestEvalNorm(t *testing.T) {
	f, err := os.Open("../../../shared/eval/norm/numeral.tsv")
	if err != nil {
		t.Skip("shared evaluation data not present")
	}
	defer f.Close()
	var out io.Writer = io.Discard
	if testing.Verbose() {
		out = os.Stdout
	}
	rep, err := EvalNorm(f, out, testing.Verbose())
	if err != nil {
		t.Fatal(err)
	}
	rate := float64(rep.Passed) / float64(rep.Total)
	if rate < numeralFloor {
		t.Errorf("numeral suite %d/%d = %.1f%% is below the %.0f%% floor", rep.Passed, rep.Total, 100*rate, 100*numeralFloor)
	}
	if rep.RejectsPassed != rep.Rejects {
		t.Errorf("%d of %d rows that expect no number were accepted", rep.Rejects-rep.RejectsPassed, rep.Rejects)
	}
}

// TestEvalNormReport checks the scoring on a small suite.
func TestEvalNormReport(t *testing.T) {
	in := "source\tinput\texpected_number\tnote\n" +
		"a:x\t三百五\t350\t\n" +
		"a:x\t一个\t1\t\n" +
		"b:y\t两万\t3\twrong on purpose\n" +
		"b:y\t负\tERROR\t\n" +
		"b:y\t五\tERROR\t\n"
	var out bytes.Buffer
	rep, err := EvalNorm(strings.NewReader(in), &out, true)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Total != 3 || rep.Passed != 2 || rep.Rejects != 2 || rep.RejectsPassed != 1 || len(rep.Failures) != 2 || len(rep.Sources) != 2 {
		t.Fatalf("report = %+v", rep)
	}
	if s := rep.Sources[1]; s.Source != "b:y" || s.Rows != 1 || s.Passed != 0 {
		t.Errorf("source b = %+v", s)
	}
	if f := rep.Failures[0]; f.Input != "两万" || f.Got != "20000" || f.Expected != "3" {
		t.Errorf("failure = %+v", f)
	}
	if !strings.Contains(out.String(), `FAIL numeral b:y: "五" want ERROR got 5`) {
		t.Errorf("output lacks the failure line:\n%s", out.String())
	}
	if _, err := EvalNorm(strings.NewReader("h\nonly\n"), io.Discard, false); err == nil || !strings.Contains(err.Error(), "numeral.tsv:2") {
		t.Errorf("short row: err = %v, want one naming numeral.tsv:2", err)
	}
}
