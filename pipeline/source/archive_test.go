package source

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/klauspost/compress/zstd"
	"github.com/ulikunitz/xz"

	"github.com/zhfacts/zhfacts/pipeline"
)

// compress returns data compressed in the format of ext (".gz", ".zst",
// ".bz2", ".xz"); bzip2 needs the bzip2 program, as Go has no encoder.
func compress(t testing.TB, ext string, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	switch ext {
	case ".gz":
		w := gzip.NewWriter(&b)
		w.Write(data)
		w.Close()
	case ".zst":
		w, err := zstd.NewWriter(&b)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(data)
		w.Close()
	case ".xz":
		w, err := xz.NewWriter(&b)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(data)
		w.Close()
	case ".bz2":
		cmd := exec.Command("bzip2", "-c")
		cmd.Stdin = bytes.NewReader(data)
		out, err := cmd.Output()
		if err != nil {
			t.Skipf("no bzip2 program to make a fixture: %v", err)
		}
		return out
	default:
		t.Fatalf("unknown compression %q", ext)
	}
	return b.Bytes()
}

// entry is one file of a test archive.
type entry struct {
	name string
	data []byte
	dir  bool
}

func makeTar(t testing.TB, entries []entry) []byte {
	t.Helper()
	var b bytes.Buffer
	w := tar.NewWriter(&b)
	for _, e := range entries {
		hdr := &tar.Header{Name: e.name, Mode: 0o644, Size: int64(len(e.data)), Typeflag: tar.TypeReg}
		if e.dir {
			hdr = &tar.Header{Name: e.name, Mode: 0o755, Typeflag: tar.TypeDir}
		}
		if err := w.WriteHeader(hdr); err != nil {
			t.Fatal(err)
		}
		w.Write(e.data)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func makeZip(t testing.TB, entries []entry) []byte {
	t.Helper()
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	for _, e := range entries {
		name := e.name
		if e.dir {
			name = strings.TrimSuffix(name, "/") + "/"
		}
		f, err := w.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate})
		if err != nil {
			t.Fatal(err)
		}
		f.Write(e.data)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// The documents of the format tests: one article, two JSONL rows and two
// JSON array elements.
var (
	articleTxt = []byte("标题一\n来源:新华网\n北京今天召开会议。")
	rowsJSONL  = []byte(`{"id": "j1", "text": "上海。"}` + "\n" + `{"id": "j2", "text": "天津。"}` + "\n")
	rowsJSON   = []byte(`[{"id": "a1", "text": "广州。"}, {"id": "a2", "text": "深圳。", "title": "题"}]`)
)

// docSummary is what the format tests compare: where a document came from
// and what it holds.
func docSummary(d *pipeline.Doc) string {
	status := "ok"
	if d.Failed() {
		status = "error"
	}
	return fmt.Sprintf("%s|%s|%s|%s", d.Meta.Source, d.ID, d.Text, status)
}

func summaries(docs []*pipeline.Doc) string {
	var s []string
	for _, d := range docs {
		s = append(s, docSummary(d))
	}
	return strings.Join(s, "\n")
}

// wantDocs is the summary of the three test files read from label, which
// ends in "!" for an archive and "/" for a directory, each file name ending
// in ext.
func wantDocs(label, ext string) string {
	a, b, c := label+"a.txt"+ext, label+"b.jsonl"+ext, label+"c.json"+ext
	return strings.Join([]string{
		a + "|" + DocID(a) + "|北京今天召开会议。|ok",
		b + ":1|j1|上海。|ok",
		b + ":2|j2|天津。|ok",
		c + "[0]|a1|广州。|ok",
		c + "[1]|a2|深圳。|ok",
	}, "\n")
}

func TestOpenFormatsAndCompressions(t *testing.T) {
	files := []entry{{"a.txt", articleTxt, false}, {"b.jsonl", rowsJSONL, false}, {"c.json", rowsJSON, false}}
	withDir := append([]entry{{"d", nil, true}}, prefixed("d/", files)...)
	compressions := []string{"", ".gz", ".zst", ".bz2", ".xz"}
	for _, ext := range compressions {
		t.Run("plain"+ext, func(t *testing.T) {
			dir := t.TempDir()
			for _, f := range files {
				data := f.data
				if ext != "" {
					data = compress(t, ext, data)
				}
				writeFiles(t, dir, map[string]string{f.name + ext: string(data)})
			}
			docs := readAll(t, mustOpen(t, []string{dir}, Options{}))
			want := wantDocs(dir+"/", ext)
			if got := summaries(docs); got != want {
				t.Errorf("got\n%s\nwant\n%s", got, want)
			}
		})
	}
	archives := map[string]func(t *testing.T) []byte{
		".tar":     func(t *testing.T) []byte { return makeTar(t, withDir) },
		".tar.gz":  func(t *testing.T) []byte { return compress(t, ".gz", makeTar(t, withDir)) },
		".tgz":     func(t *testing.T) []byte { return compress(t, ".gz", makeTar(t, withDir)) },
		".tar.zst": func(t *testing.T) []byte { return compress(t, ".zst", makeTar(t, withDir)) },
		".tar.bz2": func(t *testing.T) []byte { return compress(t, ".bz2", makeTar(t, withDir)) },
		".tar.xz":  func(t *testing.T) []byte { return compress(t, ".xz", makeTar(t, withDir)) },
		".zip":     func(t *testing.T) []byte { return makeZip(t, withDir) },
	}
	for ext, make := range archives {
		t.Run("archive"+ext, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "news"+ext)
			data := make(t)
			if err := os.WriteFile(path, data, 0o644); err != nil {
				t.Fatal(err)
			}
			r := mustOpen(t, []string{path}, Options{})
			docs := readAll(t, r)
			if got, want := summaries(docs), wantDocs(path+"!d/", ""); got != want {
				t.Errorf("got\n%s\nwant\n%s", got, want)
			}
			sum := sha256.Sum256(data)
			in := r.Inputs()
			if len(in) != 1 || in[0].SHA256 != hex.EncodeToString(sum[:]) || in[0].Size != int64(len(data)) {
				t.Errorf("Inputs() = %+v, want size %d and sha256 %x", in, len(data), sum)
			}
			if n := r.BytesRead(); n != int64(len(data)) {
				t.Errorf("BytesRead() = %d, want %d", n, len(data))
			}
		})
	}
}

func prefixed(prefix string, es []entry) []entry {
	out := make([]entry, len(es))
	for i, e := range es {
		out[i] = entry{prefix + e.name, e.data, e.dir}
	}
	return out
}

func mustOpen(t testing.TB, paths []string, opts Options) *Reader {
	t.Helper()
	r, err := Open(paths, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	return r
}

// TestOpenCorruptGzipInDirectory checks that a corrupt file in the middle of
// a directory becomes an error row naming it, and the files after it are read.
func TestOpenCorruptGzipInDirectory(t *testing.T) {
	dir := t.TempDir()
	good := compress(t, ".gz", rowsJSONL)
	truncated := good[:len(good)-12]
	corrupt := append([]byte(nil), good...)
	corrupt[len(corrupt)/2] ^= 0xFF
	writeFiles(t, dir, map[string]string{
		"1.jsonl.gz": string(good),
		"2.jsonl.gz": "not gzip",
		"3.jsonl.gz": string(truncated),
		"4.txt.gz":   string(corrupt[:len(corrupt)-8]),
		"5.jsonl.gz": string(good),
	})
	docs := readAll(t, mustOpen(t, []string{dir}, Options{}))
	var last *pipeline.Doc
	errs := map[string]string{}
	for _, d := range docs {
		if d.Failed() {
			errs[filepath.Base(strings.SplitN(d.Meta.Source, ":", 2)[0])] = d.Errors[0].Message
		}
		last = d
	}
	for _, name := range []string{"2.jsonl.gz", "3.jsonl.gz", "4.txt.gz"} {
		if msg, ok := errs[name]; !ok || !strings.Contains(msg, name) {
			t.Errorf("%s: error %q, want one naming the file (errors: %v)", name, msg, errs)
		}
	}
	if last == nil || !strings.HasSuffix(last.Meta.Source, "5.jsonl.gz:2") || last.Failed() {
		t.Errorf("last document %+v, want 5.jsonl.gz:2 read", last)
	}
}

func TestOpenUnsafeArchiveEntries(t *testing.T) {
	entries := []entry{
		{"../evil.txt", articleTxt, false},
		{"/etc/passwd.txt", articleTxt, false},
		{`..\win.txt`, articleTxt, false},
		{"C:/x.txt", articleTxt, false},
		{".hidden.txt", articleTxt, false},
		{"__MACOSX/._a.txt", articleTxt, false},
		{"ok/../../up.txt", articleTxt, false},
		{"fine.txt", articleTxt, false},
	}
	for _, kind := range []string{".zip", ".tar"} {
		path := filepath.Join(t.TempDir(), "evil"+kind)
		data := makeZip(t, entries)
		if kind == ".tar" {
			data = makeTar(t, entries)
		}
		os.WriteFile(path, data, 0o644)
		docs := readAll(t, mustOpen(t, []string{path}, Options{}))
		var got []string
		for _, d := range docs {
			got = append(got, strings.TrimPrefix(d.Meta.Source, path+"!")+" "+fmt.Sprint(d.Failed()))
			if d.Failed() && !strings.Contains(d.Errors[0].Message, "entry not read") {
				t.Errorf("%s: %s", d.Meta.Source, d.Errors[0].Message)
			}
		}
		want := []string{"../evil.txt true", "/etc/passwd.txt true", `..\win.txt true`, "C:/x.txt true", "ok/../../up.txt true", "fine.txt false"}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%s: got %q\nwant %q", kind, got, want)
		}
	}
}

func TestOpenOversizeAndBombs(t *testing.T) {
	const max = 1000
	// Text that does not compress well, so only the size limit applies.
	big := []byte("标题\n")
	for x := uint32(1); len(big) < 3000; x = x*1103515245 + 12345 {
		big = append(big, 'a'+byte(x>>16)%26)
	}
	bomb := []byte(strings.Repeat("\n", 1<<20)) // 1 MB that compresses to ~1 KB
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.tar":      string(makeTar(t, []entry{{"big.txt", big, false}, {"small.txt", articleTxt, false}})),
		"b.zip":      string(makeZip(t, []entry{{"big.txt", big, false}, {"bomb.jsonl", bomb, false}, {"small.txt", articleTxt, false}})),
		"c.jsonl.gz": string(compress(t, ".gz", bomb)),
		"d.json":     `[{"text": "` + strings.Repeat("长", 2000) + `"}, {"text": "不读"}]`,
		"e.json":     `[{"text": "短"}, {"text": "` + strings.Repeat("x", 500) + `"}]`,
		"f.json":     `[{"text": "` + strings.Repeat("x", 100<<10) + `"}, {"text": "不读"}]`,
	})
	docs := readAll(t, mustOpen(t, []string{dir}, Options{MaxDocBytes: max}))
	want := []struct{ source, msg string }{
		{"a.tar!big.txt", "exceeds the 1000-byte limit"},
		{"a.tar!small.txt", ""},
		{"b.zip!big.txt", "exceeds the 1000-byte limit"},
		{"b.zip!bomb.jsonl", "ratio limit"},
		{"b.zip!small.txt", ""},
		{"c.jsonl.gz:131073", "ratio limit"}, // after 131072 empty lines
		{"d.json[0]", "element of 6012 bytes exceeds the 1000-byte document limit"},
		{"d.json[1]", ""},
		{"e.json[0]", ""},
		{"e.json[1]", ""},
		{"f.json[0]", "exceeds the 1000-byte document limit; the rest of the array is not read"},
	}
	if len(docs) != len(want) {
		t.Fatalf("got %d docs:\n%s", len(docs), summaries(docs))
	}
	for i, w := range want {
		d := docs[i]
		if got := strings.TrimPrefix(d.Meta.Source, dir+"/"); got != w.source {
			t.Errorf("doc %d: source %q, want %q", i, got, w.source)
		}
		if w.msg == "" {
			if d.Failed() {
				t.Errorf("%s: %+v", d.Meta.Source, d.Errors)
			}
			continue
		}
		if !d.Failed() || !strings.Contains(d.Errors[0].Message, w.msg) {
			t.Errorf("%s: errors %+v, want %q", d.Meta.Source, d.Errors, w.msg)
		}
	}
}

func TestOpenLegacyEncodings(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a_gbk.txt":   string(gb18030(t, "标题\n来源:新华网\n"+zhSimplified)),
		"b_big5.txt":  string(big5(t, zhTraditional)),
		"c_big5.json": string(big5(t, `[{"text": "`+zhTraditional+`"}, {"text": "許功蓋"}]`)),
		"d_gbk.jsonl": string(gb18030(t, `{"text": "`+zhSimplified+`"}`+"\n")),
	})
	docs := readAll(t, mustOpen(t, []string{dir}, Options{}))
	want := []struct{ text, enc, script string }{
		{zhSimplified, EncodingGB18030, ScriptSimplified},
		{zhTraditional, EncodingBig5, ScriptTraditional},
		{zhTraditional, EncodingBig5, ScriptTraditional},
		{"許功蓋", EncodingBig5, ScriptUnknown}, // each has a 0x5C trail byte in Big5
		{zhSimplified, EncodingGB18030, ScriptSimplified},
	}
	if len(docs) != len(want) {
		t.Fatalf("got %d docs:\n%s", len(docs), summaries(docs))
	}
	for i, w := range want {
		d := docs[i]
		if d.Failed() || d.Text != w.text || d.Meta.Encoding != w.enc || d.Meta.Script != w.script {
			t.Errorf("%s: text %q, encoding %q, script %q, errors %+v; want %q, %q, %q", d.Meta.Source, d.Text, d.Meta.Encoding, d.Meta.Script, d.Errors, w.text, w.enc, w.script)
		}
	}
}

func TestOpenGlobsAndFilters(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"2024/01/a.jsonl":     `{"text": "一"}`,
		"2024/01/b.txt":       "标题\n正文。",
		"2024/02/c.jsonl":     `{"text": "二"}`,
		"2024/skip/d.jsonl":   `{"text": "三"}`,
		"2023/e.jsonl":        `{"text": "四"}`,
		"2023/notes.md":       "不读",
		"2024/01/f.jsonl.bak": `{"text": "不读"}`,
	})
	rel := func(docs []*pipeline.Doc) string {
		var s []string
		for _, d := range docs {
			s = append(s, strings.TrimPrefix(d.Meta.Source, dir+"/"))
		}
		return strings.Join(s, ",")
	}
	tests := []struct {
		paths            []string
		include, exclude []string
		want             string
	}{
		{[]string{dir}, []string{"*.jsonl"}, []string{"skip"}, "2023/e.jsonl:1,2024/01/a.jsonl:1,2024/02/c.jsonl:1"},
		{[]string{dir}, []string{"2024/*/*"}, []string{"*.bak", "*.md"}, "2024/01/a.jsonl:1,2024/01/b.txt,2024/02/c.jsonl:1,2024/skip/d.jsonl:1"},
		{[]string{filepath.Join(dir, "2024/0?/*.jsonl")}, nil, nil, "2024/01/a.jsonl:1,2024/02/c.jsonl:1"},
		{[]string{filepath.Join(dir, "202[3]")}, nil, []string{"*.md"}, "2023/e.jsonl:1"},
	}
	for _, tt := range tests {
		docs := readAll(t, mustOpen(t, tt.paths, Options{Include: tt.include, Exclude: tt.exclude}))
		if got := rel(docs); got != tt.want {
			t.Errorf("Open(%q, include %q, exclude %q) = %s\nwant %s", tt.paths, tt.include, tt.exclude, got, tt.want)
		}
	}
	if _, err := Open([]string{filepath.Join(dir, "*.nothing")}, Options{}); err == nil || !strings.Contains(err.Error(), "no file matches") {
		t.Errorf("glob matching nothing: %v", err)
	}
	if _, err := Open([]string{dir}, Options{Include: []string{"["}}); err == nil {
		t.Error("bad pattern accepted")
	}
}

func TestOpenStdinCompressed(t *testing.T) {
	for _, ext := range []string{".gz", ".zst", ".xz", ".bz2"} {
		in := compress(t, ext, rowsJSONL)
		r := mustOpen(t, []string{"-"}, Options{Stdin: bytes.NewReader(in)})
		docs := readAll(t, r)
		if got := summaries(docs); got != "stdin:1|j1|上海。|ok\nstdin:2|j2|天津。|ok" {
			t.Errorf("stdin%s: %s", ext, got)
		}
		sum := sha256.Sum256(in)
		if got := r.Inputs()[0].SHA256; got != hex.EncodeToString(sum[:]) {
			t.Errorf("stdin%s sha256 %s", ext, got)
		}
	}
	r := mustOpen(t, []string{"-"}, Options{Stdin: bytes.NewReader(rowsJSON)})
	if got := summaries(readAll(t, r)); got != "stdin[0]|a1|广州。|ok\nstdin[1]|a2|深圳。|ok" {
		t.Errorf("stdin JSON array: %s", got)
	}
}

func TestOpenJSONArrayErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{`[]`, ""},
		{"\xef\xbb\xbf" + ` [ {"text": "一"} ] `, "f.json[0]|" + DocID("f.json[0]") + "|一|ok"},
		{`[{"text": "一"}, 3, {"text": "二"}]`, "f.json[0]|" + DocID("f.json[0]") + "|一|ok\nf.json[1]|" + DocID("f.json[1]") + "||error\nf.json[2]|" + DocID("f.json[2]") + "|二|ok"},
		{`[{"text": "一"}, {"text": `, "f.json[0]|" + DocID("f.json[0]") + "|一|ok\nf.json[1]|" + DocID("f.json[1]") + "||error"},
		{`[{"text": "一"}`, "f.json[0]|" + DocID("f.json[0]") + "|一|ok\nf.json|" + DocID("f.json") + "||error"},
		{`[}`, "f.json|" + DocID("f.json") + "||error"},
	}
	for _, tt := range tests {
		dir := t.TempDir()
		writeFiles(t, dir, map[string]string{"f.json": tt.in})
		t.Chdir(dir)
		docs := readAll(t, mustOpen(t, []string{"f.json"}, Options{}))
		if got := summaries(docs); got != tt.want {
			t.Errorf("%q:\n got %s\nwant %s", tt.in, got, tt.want)
		}
	}
}

// FuzzOpenArchive reads arbitrary bytes as each container format: whatever
// the bytes, reading ends, every document is located inside the file, and
// none is both empty and without an error.
func FuzzOpenArchive(f *testing.F) {
	files := []entry{{"a.txt", articleTxt, false}, {"b.jsonl", rowsJSONL, false}, {"c.json", rowsJSON, false}}
	f.Add(makeTar(f, files), uint8(0))
	f.Add(makeZip(f, files), uint8(1))
	f.Add(compress(f, ".gz", rowsJSONL), uint8(2))
	f.Add(compress(f, ".gz", makeTar(f, files)), uint8(3))
	f.Add(rowsJSON, uint8(4))
	f.Add(compress(f, ".zst", rowsJSONL), uint8(5))
	f.Add(compress(f, ".xz", rowsJSONL), uint8(6))
	names := []string{"x.tar", "x.zip", "x.jsonl.gz", "x.tgz", "x.json", "x.jsonl.zst", "x.txt.xz"}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte, kind uint8) {
		path := filepath.Join(dir, names[int(kind)%len(names)])
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		r, err := Open([]string{path}, Options{MaxDocBytes: 4096})
		if err != nil {
			t.Fatal(err)
		}
		defer r.Close()
		for n := 0; ; n++ {
			d, err := r.Next()
			if err != nil {
				break
			}
			if n > 100000 {
				t.Fatal("no end to the documents")
			}
			if !strings.HasPrefix(d.Meta.Source, path) {
				t.Fatalf("source %q outside %s", d.Meta.Source, path)
			}
			if d.Text == "" && len(d.Errors) == 0 {
				t.Fatalf("%s: empty document without an error", d.Meta.Source)
			}
		}
	})
}
