package money

import (
	"bytes"
	"io"
	"os"
	"strings"
	"testing"
)

// moneyFloor is just under the measured rate of EvalNorm on money.tsv; a
// drop below it is a regression.
const moneyFloor = 0.99

// TestEvalNorm scores Parse on ../shared/eval/norm/money.tsv (skipped when
// absent) and lists the report with -v.
func TestEvalNorm(t *testing.T) {
	f, err := os.Open("../../../shared/eval/norm/money.tsv")
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
	if rate < moneyFloor {
		t.Errorf("money suite %d/%d = %.1f%% is below the %.0f%% floor", rep.Passed, rep.Total, 100*rate, 100*moneyFloor)
	}
}

// TestEvalNormReport checks the scoring on a small suite.
func TestEvalNormReport(t *testing.T) {
	in := "source\tinput_text\texpected_value\tcurrency\tqualifier\tnote\n" +
		"a:x\t近300万元\t3000000\tCNY\tmax\t\n" +
		"a:x\t3至5万元\t30000..50000\t\trange\t\n" +
		"b:y\t5美元\t5\tEUR\texact\twrong currency on purpose\n" +
		"b:y\t没有\t1\t\texact\t\n"
	var out bytes.Buffer
	rep, err := EvalNorm(strings.NewReader(in), &out, true)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Total != 4 || rep.Passed != 2 || len(rep.Failures) != 2 || len(rep.Sources) != 2 || rep.Sources[0].Passed != 2 {
		t.Fatalf("report = %+v", rep)
	}
	if f := rep.Failures[0]; f.Input != "5美元" || f.Expected != "5 EUR exact" || f.Got != `"5美元"=5 USD exact` {
		t.Errorf("failure = %+v", f)
	}
	if f := rep.Failures[1]; f.Got != "nothing" {
		t.Errorf("failure = %+v", f)
	}
	if !strings.Contains(out.String(), "all rows: 2/4 = 50.0%") {
		t.Errorf("output lacks the summary:\n%s", out.String())
	}
	if _, err := EvalNorm(strings.NewReader("h\na\tb\tx\t\texact\n"), io.Discard, false); err == nil || !strings.Contains(err.Error(), "money.tsv:2") {
		t.Errorf("bad value: err = %v, want one naming money.tsv:2", err)
	}
}
