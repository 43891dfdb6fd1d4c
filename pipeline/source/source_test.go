package source

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zhfacts/zhfacts/pipeline"
)

// writeFiles creates files (path → content) under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func sources(docs []*pipeline.Doc) []string {
	var s []string
	for _, d := range docs {
		s = append(s, d.Meta.Source)
	}
	return s
}

func TestOpenWalkOrder(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"b.txt":           "标题\n正文。",
		"a/2.jsonl":       `{"text": "一"}` + "\n" + `{"text": "二"}` + "\n",
		"a/10.txt":        "标题\n正文。",
		"a/.hidden.txt":   "不读",
		".git/config":     "不读",
		"c/d.json":        ` {"text": "json 行"}` + "\n",
		"c/e.json":        `["不是 JSONL"]`,
		"c/f.ndjson":      `{"text": "三"}`,
		"0 single.txt":    "只有一行",
		"z/empty.txt":     "",
		"z/y/deep.jsonl":  `{"text": "深"}`,
		"z/y/.skip.jsonl": `{"text": "不读"}`,
	})
	extra := filepath.Join(dir, "b.txt")
	src, err := Open([]string{dir, extra}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	docs := readAll(t, src)
	j := func(p string) string { return filepath.Join(dir, p) }
	want := []string{
		j("0 single.txt"),
		j("a/10.txt"),
		j("a/2.jsonl") + ":1",
		j("a/2.jsonl") + ":2",
		j("b.txt"),
		j("c/d.json") + ":1",
		j("c/e.json") + "[0]",
		j("c/f.ndjson") + ":1",
		j("z/empty.txt"),
		j("z/y/deep.jsonl") + ":1",
		extra,
	}
	if got := sources(docs); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("sources:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, d := range docs {
		if strings.Contains(d.Text, "不读") {
			t.Errorf("%s: hidden file read", d.Meta.Source)
		}
		failed := d.Failed()
		if wantFail := strings.HasSuffix(d.Meta.Source, "empty.txt") || strings.HasSuffix(d.Meta.Source, "e.json[0]"); failed != wantFail {
			t.Errorf("%s: Failed() = %v: %+v", d.Meta.Source, failed, d.Errors)
		}
	}
}

func TestOpenMissing(t *testing.T) {
	_, err := Open([]string{filepath.Join(t.TempDir(), "nope.txt")}, Options{})
	if !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), "nope.txt") {
		t.Errorf("Open(missing) error = %v, want a not-exist error naming the path", err)
	}
}

func TestOpenUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads any file")
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": "标题\n正文。", "b.jsonl": `{"text": "一"}`})
	for _, name := range []string{"a.txt", "b.jsonl"} {
		if err := os.Chmod(filepath.Join(dir, name), 0); err != nil {
			t.Fatal(err)
		}
	}
	src, err := Open([]string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	docs := readAll(t, src)
	if len(docs) != 2 || !docs[0].Failed() || !docs[1].Failed() {
		t.Fatalf("docs = %+v, want two error rows", docs)
	}
	if msg := docs[0].Errors[0].Message; !strings.Contains(msg, "permission denied") {
		t.Errorf("message %q", msg)
	}
}

// TestOpenDanglingLink covers a file in a directory that cannot be opened,
// even when the tests run as root.
func TestOpenDanglingLink(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"b.txt": "标题\n正文。"})
	if err := os.Symlink(filepath.Join(dir, "gone.txt"), filepath.Join(dir, "a.txt")); err != nil {
		t.Skipf("no symlinks: %v", err)
	}
	src, err := Open([]string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	docs := readAll(t, src)
	if len(docs) != 2 || !docs[0].Failed() || docs[1].Failed() {
		t.Fatalf("docs = %+v, want an error row then b.txt", docs)
	}
	if msg := docs[0].Errors[0].Message; !strings.Contains(msg, "a.txt") || !strings.Contains(msg, "no such file") {
		t.Errorf("message %q", msg)
	}
}

func TestOpenStdin(t *testing.T) {
	tests := []struct {
		in   string
		want []string // sources
	}{
		{"\n  " + `{"text": "一"}` + "\n" + `{"text": "二"}`, []string{"stdin:2", "stdin:3"}},
		{"\xef\xbb\xbf" + `{"text": "一"}`, []string{"stdin:1"}},
		{"标题\n来源:新华网\n正文。", []string{"stdin"}},
	}
	for _, tt := range tests {
		src, err := Open([]string{"-"}, Options{Stdin: strings.NewReader(tt.in)})
		if err != nil {
			t.Fatal(err)
		}
		docs := readAll(t, src)
		if got := sources(docs); strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("stdin %q: sources %q, want %q", tt.in, got, tt.want)
		}
		for _, d := range docs {
			if d.Failed() {
				t.Errorf("%s: %+v", d.Meta.Source, d.Errors)
			}
		}
	}
}

func TestOpenGzip(t *testing.T) {
	dir := t.TempDir()
	gz := func(s string) string {
		var b bytes.Buffer
		w := gzip.NewWriter(&b)
		w.Write([]byte(s))
		w.Close()
		return b.String()
	}
	writeFiles(t, dir, map[string]string{
		"a.jsonl.gz": gz(`{"id": "x", "text": "一"}` + "\n" + `{"id": "y", "text": "二"}`),
		"b.txt.gz":   gz("标题\n来源:新华网\n正文。"),
		"c.txt.gz":   "this is not gzip data at all",
		"d.txt.gz":   gz(strings.Repeat("长", 100)),
	})
	src, err := Open([]string{dir}, Options{MaxDocBytes: 100})
	if err != nil {
		t.Fatal(err)
	}
	docs := readAll(t, src)
	if len(docs) != 5 {
		t.Fatalf("%d docs: %q", len(docs), sources(docs))
	}
	if docs[0].ID != "x" || docs[1].ID != "y" || docs[2].Meta.Outlet != "新华网" || docs[2].Text != "正文。" {
		t.Errorf("gzip contents misread: %+v %+v %+v", docs[0], docs[1], docs[2])
	}
	if !docs[3].Failed() || !strings.Contains(docs[3].Errors[0].Message, "gzip: invalid header") {
		t.Errorf("bad gzip: %+v", docs[3].Errors)
	}
	if !docs[4].Failed() || !strings.Contains(docs[4].Errors[0].Message, "exceeds the 100-byte limit") {
		t.Errorf("large gzip article: %+v", docs[4].Errors)
	}
}

// TestOpenHugeSingleLine feeds a 50 MB one-line file, as JSONL and as an
// article: each becomes an error row without being read into memory whole.
func TestOpenHugeSingleLine(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 100 MB")
	}
	dir := t.TempDir()
	const size = 50 << 20
	line := bytes.Repeat([]byte("x"), size)
	copy(line, `{"text": "`)
	for _, name := range []string{"huge.jsonl", "huge.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), line, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	writeFiles(t, dir, map[string]string{"ok.jsonl": `{"text": "一"}`})
	src, err := Open([]string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	docs := readAll(t, src)
	if len(docs) != 3 {
		t.Fatalf("%d docs: %q", len(docs), sources(docs))
	}
	wantMsgs := []string{
		filepath.Join(dir, "huge.jsonl") + ":1: line of 52428800 bytes exceeds the 4194304-byte document limit",
		filepath.Join(dir, "huge.txt") + ": document of 52428800 bytes exceeds the 4194304-byte limit",
	}
	for i, want := range wantMsgs {
		if e := docs[i].Errors; len(e) != 1 || e[0].Message != want || e[0].Severity != pipeline.SeverityError {
			t.Errorf("doc %d errors = %+v, want %q", i, e, want)
		}
	}
	if docs[2].Failed() || docs[2].Text != "一" {
		t.Errorf("file after the huge ones: %+v", docs[2])
	}
}
