package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/golden/*.golden.jsonl")

// repoRoot is where the bundled sample lives relative to this package.
const repoRoot = "../.."

func run(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = mainArgs(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// TestGolden runs `zhfacts extract --format jsonl` on every golden article and
// compares the output with NAME.golden.jsonl; -update rewrites the files.
func TestGolden(t *testing.T) {
	inputs, err := filepath.Glob(filepath.Join(repoRoot, "testdata/golden/*.txt"))
	if err != nil || len(inputs) < 6 {
		t.Fatalf("want at least 6 golden articles, found %d (%v)", len(inputs), err)
	}
	for _, in := range inputs {
		name := strings.TrimSuffix(filepath.Base(in), ".txt")
		t.Run(name, func(t *testing.T) {
			// Run from the repository root so the recorded source path is stable.
			t.Chdir(repoRoot)
			rel := filepath.Join("testdata/golden", name+".txt")
			code, got, stderr := run(t, "", "extract", "--format", "jsonl", "--workers", "1", rel)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			golden := filepath.Join("testdata/golden", name+".golden.jsonl")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./cmd/zhfacts -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("extract output differs from %s; run go test ./cmd/zhfacts -update and review the diff\n%s", golden, firstDiff(string(want), got))
			}
		})
	}
}

// firstDiff shows the first differing line of two outputs.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(w), len(g)); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			for j := 0; j < min(len(wl), len(gl)); j++ {
				if wl[j] != gl[j] {
					lo := max(0, j-120)
					return "line " + strconv.Itoa(i+1) + ":\nwant …" + clip(wl[lo:], 300) + "\ngot  …" + clip(gl[lo:], 300)
				}
			}
			return "line " + strconv.Itoa(i+1) + ":\nwant " + clip(wl, 300) + "\ngot  " + clip(gl, 300)
		}
	}
	return ""
}

func clip(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}
