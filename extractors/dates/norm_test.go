package dates

import (
	"io"
	"os"
	"path/filepath"
	"testing"
)

// normDir is ../shared/eval/norm from the repository root.
var normDir = filepath.Join("..", "..", "..", "shared", "eval", "norm")

// Floors just under the measured rates (see the package report); a drop
// below them is a regression.
const (
	floorAll  = 0.62
	floorCore = 0.75
)

func TestEvalNorm(t *testing.T) {
	tf, err := os.Open(filepath.Join(normDir, "time.tsv"))
	if err != nil {
		t.Skipf("norm suite absent: %v", err)
	}
	defer tf.Close()
	df, err := os.Open(filepath.Join(normDir, "duration.tsv"))
	if err != nil {
		t.Skipf("norm suite absent: %v", err)
	}
	defer df.Close()
	var out io.Writer = io.Discard
	if testing.Verbose() {
		out = os.Stdout
	}
	rep, err := EvalNorm(tf, df, out, testing.Verbose(), nil)
	if err != nil {
		t.Fatal(err)
	}
	all := float64(rep.Passed) / float64(rep.Total)
	core := float64(rep.CorePassed) / float64(rep.Core)
	t.Logf("all %.3f core %.3f", all, core)
	if all < floorAll || core < floorCore {
		t.Errorf("norm rates all %.3f core %.3f fell below the floors %.3f %.3f", all, core, floorAll, floorCore)
	}
}

// TestParseUnitShortYear: a suite's year of fewer than four digits is read
// as that year, not refused.
func TestParseUnitShortYear(t *testing.T) {
	for s, want := range map[string]string{"367-01-01": "0367-01-01", "789": "0789-01-01", "2023-11": "2023-11-01", "..": ""} {
		tm, _, ok := parseUnit(s)
		got := ""
		if ok {
			got = tm.Format("2006-01-02")
		}
		if got != want {
			t.Errorf("parseUnit(%q) = %q, want %q", s, got, want)
		}
	}
}
