package dictionaries

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite name_chars.tsv from ../shared/train")

// trainFiles are the NER training sets name_chars.tsv is counted from.
var trainFiles = []string{"../../shared/train/msra_train.jsonl", "../../shared/train/pd98_train.jsonl"}

// nameCharsHeader opens name_chars.tsv.
const nameCharsHeader = `# How often each character begins, continues (neither first nor last) and ends a
# transliterated person's name in the NER training data (../shared/train: msra_train and
# pd98_train PER spans). A span is transliterated when it holds a name-joining dot (each part
# of two or more characters counts as a name: 贝拉克·奥巴马), when it is three characters and
# begins with no surname of surnames.tsv, or four or more and begins with no compound surname
# (马哈蒂尔). Characters seen fewer than three times are left out. Generated: run
#   go test ./dictionaries -run TestNameCharsFile -update
# to rewrite it; never edit by hand. The entities stage's rule person-edge reads it.
char	begin	inside	end
`

// countNameChars counts the characters of the transliterated PER spans of
// the training files.
func countNameChars(t *testing.T, sn *Surnames) map[rune]*[3]int {
	counts := map[rune]*[3]int{}
	add := func(r rune, k int) {
		if counts[r] == nil {
			counts[r] = new([3]int)
		}
		counts[r][k]++
	}
	for _, path := range trainFiles {
		f, err := os.Open(path)
		if err != nil {
			t.Skipf("no training data: %v", err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for sc.Scan() {
			var s struct {
				Entities []struct{ Type, Text string }
			}
			if err := json.Unmarshal(sc.Bytes(), &s); err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			for _, e := range s.Entities {
				if e.Type == "PER" {
					for _, part := range transliterated(e.Text, sn) {
						r := []rune(part)
						add(r[0], 0)
						for _, c := range r[1 : len(r)-1] {
							add(c, 1)
						}
						add(r[len(r)-1], 2)
					}
				}
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
	}
	return counts
}

// transliterated returns the parts of a PER span that are a transliterated
// name, or none.
func transliterated(name string, sn *Surnames) []string {
	if strings.ContainsAny(name, "·・•") {
		var parts []string
		for _, p := range strings.FieldsFunc(name, func(r rune) bool { return strings.ContainsRune("·・•", r) }) {
			if utf8.RuneCountInString(p) >= 2 {
				parts = append(parts, p)
			}
		}
		return parts
	}
	r := []rune(name)
	switch s, ok := sn.Of(name); {
	case len(r) == 3 && !ok, len(r) >= 4 && utf8.RuneCountInString(s) < 2:
		return []string{name}
	}
	return nil
}

// TestNameCharsFile checks that name_chars.tsv is what the training data
// gives, and rewrites it under -update.
func TestNameCharsFile(t *testing.T) {
	sn, err := LoadSurnames()
	if err != nil {
		t.Fatal(err)
	}
	counts := countNameChars(t, sn)
	var b strings.Builder
	b.WriteString(nameCharsHeader)
	chars := slices.Sorted(func(yield func(rune) bool) {
		for r := range counts {
			if !yield(r) {
				return
			}
		}
	})
	for _, r := range chars {
		if c := counts[r]; c[0]+c[1]+c[2] >= 3 {
			fmt.Fprintf(&b, "%c\t%d\t%d\t%d\n", r, c[0], c[1], c[2])
		}
	}
	if *update {
		if err := os.WriteFile("name_chars.tsv", []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	have, err := os.ReadFile("name_chars.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if string(have) != b.String() {
		t.Errorf("name_chars.tsv differs from the training data's counts: run go test ./dictionaries -run TestNameCharsFile -update")
	}
}

func TestNameChars(t *testing.T) {
	nc, err := LoadNameChars()
	if err != nil {
		t.Fatal(err)
	}
	// 克 ends and 尔 continues many names; 李 and 的 do neither.
	if nc.End('克') < 100 || nc.Inside('尔') < 100 || nc.Total('李') > 5 || nc.Total('的') > 0 {
		t.Errorf("counts: 克 ends %d, 尔 continues %d, 李 %d, 的 %d", nc.End('克'), nc.Inside('尔'), nc.Total('李'), nc.Total('的'))
	}
	for _, bad := range []string{"char\tbegin\tinside\tend\n克克\t1\t2\t3\n", "char\tbegin\tinside\tend\n克\t1\tx\t3\n", "char\tbegin\tinside\tend\n克\t1\t2\t3\n克\t1\t2\t3\n"} {
		tab, _ := ParseTSV("t.tsv", bad)
		if _, err := ParseNameChars(tab); err == nil {
			t.Errorf("ParseNameChars(%q) accepted", bad)
		}
	}
}
