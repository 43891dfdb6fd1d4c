package main

import (
	"archive/zip"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"

	"github.com/zhfacts/zhfacts/pipeline"
	"github.com/zhfacts/zhfacts/pipeline/sink"
)

// writeArchive creates a directory of inputs in every kind of trouble: a
// corrupt gzip between good files, a zip with a ../ entry, an oversize
// document, GB18030 and Big5 files, plus enough good documents to fill
// several parts.
func writeArchive(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "in")
	var rows strings.Builder
	for i := range 40 {
		fmt.Fprintf(&rows, `{"id": "r%02d", "title": "第%d条", "text": "北京市政府%d日在上海召开会议，张伟出席。"}`+"\n", i, i, i)
	}
	gz := func(s string) string {
		var b bytes.Buffer
		w := gzip.NewWriter(&b)
		w.Write([]byte(s))
		w.Close()
		return b.String()
	}
	var zb bytes.Buffer
	zw := zip.NewWriter(&zb)
	for _, name := range []string{"../escape.txt", "ok.txt"} {
		f, _ := zw.Create(name)
		f.Write([]byte("标题\n来源:新华网\n广州今天下雨。"))
	}
	zw.Close()
	gbk, _ := simplifiedchinese.GB18030.NewEncoder().String("标题\n来源:测试\n上海证券交易所今天发布公告。")
	big5, _ := traditionalchinese.Big5.NewEncoder().String("臺北市政府今天發表聲明，將與國際組織合作。")
	files := map[string]string{
		"a_rows.jsonl.gz":    gz(rows.String()),
		"b_corrupt.jsonl.gz": gz(rows.String())[:200],
		"c_evil.zip":         zb.String(),
		"d_gbk.txt":          gbk,
		"e_big5.txt":         big5,
		"f_huge.txt":         strings.Repeat("长", 2000),
		"g_array.json":       `[{"id": "j1", "text": "深圳。"}, {"id": "j2", "text": "天津。"}]`,
	}
	for name, body := range files {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// tableRows reads every part of a table in order, one string per row.
func tableRows(t *testing.T, dir, table string) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, table+"-*.parquet"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no %s parts in %s", table, dir)
	}
	var out []string
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		st, _ := f.Stat()
		pf, err := parquet.OpenFile(f, st.Size())
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		for _, rg := range pf.RowGroups() {
			rows := rg.Rows()
			buf := make([]parquet.Row, rg.NumRows())
			n, _ := rows.ReadRows(buf)
			for _, r := range buf[:n] {
				out = append(out, fmt.Sprint(r))
			}
			rows.Close()
		}
		f.Close()
	}
	return out
}

func readManifest(t *testing.T, dir string) manifest {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, manifestName))
	if err != nil {
		t.Fatal(err)
	}
	var m manifest
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func TestRunArchiveIsIndependentOfWorkers(t *testing.T) {
	in := writeArchive(t)
	base := t.TempDir()
	var first map[string][]byte
	for _, w := range []string{"1", "8"} {
		out := filepath.Join(base, "w"+w)
		code, stdout, stderr := run(t, "", "run", "--workers", w, "--part-rows", "25", "--max-doc-bytes", "1000", "--out", out, in)
		if code != exitOK {
			t.Fatalf("workers %s: exit %d: %s", w, code, stderr)
		}
		got := map[string][]byte{}
		entries, _ := os.ReadDir(out)
		for _, e := range entries {
			if strings.HasSuffix(e.Name(), ".parquet") {
				got[e.Name()], _ = os.ReadFile(filepath.Join(out, e.Name()))
			}
		}
		if len(got) < 8 {
			t.Errorf("workers %s: %d part files, want several parts of each table", w, len(got))
		}
		if first == nil {
			first = got
			docs := tableRows(t, out, sink.Documents)
			all := strings.Join(docs, "\n")
			for _, want := range []string{"b_corrupt.jsonl.gz", "c_evil.zip!../escape.txt", "f_huge.txt", "gb18030", "big5", "traditional", "g_array.json[1]"} {
				if !strings.Contains(all, want) {
					t.Errorf("no document row mentions %q", want)
				}
			}
			m := readManifest(t, out)
			if m.Status != statusComplete || m.Counts.Documents != len(docs) || int64(len(docs)) != m.Resume.Documents || len(m.Inputs) != 7 || m.Inputs[0].SHA256 == "" {
				t.Errorf("manifest: status %s, counts %+v, resume %d, inputs %+v", m.Status, m.Counts, m.Resume.Documents, m.Inputs)
			}
			if !strings.Contains(stdout, fmt.Sprintf("documents  %d (", len(docs))) {
				t.Errorf("summary %q", stdout)
			}
			continue
		}
		if len(got) != len(first) {
			t.Fatalf("workers %s wrote %d files, workers 1 wrote %d", w, len(got), len(first))
		}
		for name, b := range first {
			if !bytes.Equal(b, got[name]) {
				t.Errorf("%s differs between --workers 1 and --workers %s", name, w)
			}
		}
	}
}

func TestRunInterruptAndResume(t *testing.T) {
	in := writeArchive(t)
	base := t.TempDir()
	whole := filepath.Join(base, "whole")
	args := []string{"run", "--quiet", "--workers", "2", "--part-rows", "20", "--max-doc-bytes", "1000"}
	if code, _, stderr := run(t, "", append(args, "--out", whole, in)...); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}

	out := filepath.Join(base, "resumed")
	for _, n := range []int{7, 23} {
		stopAfter = n
		code, _, stderr := run(t, "", append(args, "--resume="+fmt.Sprint(n != 7), "--out", out, in)...)
		stopAfter = 0
		if code != exitFail || !strings.Contains(stderr, "interrupted after") {
			t.Fatalf("stop after %d: exit %d: %s", n, code, stderr)
		}
		m := readManifest(t, out)
		if m.Status != statusInterrupted || m.Resume.Documents < int64(n) || m.Counts.Documents != int(m.Resume.Documents) {
			t.Fatalf("after stopping: status %s, %d documents committed, counts %+v", m.Status, m.Resume.Documents, m.Counts)
		}
	}
	// What kill -9 leaves: temporary files and a part the manifest never
	// recorded.
	m := readManifest(t, out)
	stray := []string{".mentions-00099.parquet.tmp-1", "._manifest.json.tmp-1", sink.PartName(sink.Mentions, len(m.Resume.Parts))}
	for _, name := range stray {
		os.WriteFile(filepath.Join(out, name), []byte("junk"), 0o644)
	}

	if code, _, stderr := run(t, "", append(args, "--out", out, in)...); code != exitFail || !strings.Contains(stderr, "--resume") {
		t.Errorf("rerun without --resume: exit %d: %s", code, stderr)
	}
	code, stdout, stderr := run(t, "", "run", "--workers", "1", "--part-rows", "20", "--max-doc-bytes", "1000", "--resume", "--out", out, in)
	if code != exitOK {
		t.Fatalf("resume: exit %d: %s", code, stderr)
	}
	for _, tab := range []string{sink.Documents, sink.Mentions, sink.Facts, sink.Errors} {
		want, got := tableRows(t, whole, tab), tableRows(t, out, tab)
		if !slices.Equal(want, got) {
			t.Errorf("%s: resumed run has %d rows, uninterrupted %d, or they differ", tab, len(got), len(want))
		}
	}
	for _, name := range stray[:2] {
		if _, err := os.Stat(filepath.Join(out, name)); err == nil {
			t.Errorf("%s left behind", name)
		}
	}
	mw, mr := readManifest(t, whole), readManifest(t, out)
	if mr.Status != statusComplete || mr.Counts.Documents != mw.Counts.Documents || mr.Timings.Sessions != 3 ||
		fmt.Sprint(mr.Counts.Rows) != fmt.Sprint(mw.Counts.Rows) || fmt.Sprint(mr.Counts.Mentions) != fmt.Sprint(mw.Counts.Mentions) {
		t.Errorf("resumed manifest %+v\nwhole %+v", mr.Counts, mw.Counts)
	}
	if !strings.Contains(stdout, fmt.Sprintf("documents  %d (", mw.Counts.Documents)) {
		t.Errorf("summary after resume counts this session only: %q", stdout)
	}

	// A finished run is not resumed, and changed inputs are refused.
	if code, _, stderr := run(t, "", "run", "--resume", "--out", out, in); code != exitFail || !strings.Contains(stderr, "already complete") {
		t.Errorf("resume of a complete run: exit %d: %s", code, stderr)
	}
	stopAfter = 5
	run(t, "", append(args, "--overwrite", "--out", out, in)...)
	stopAfter = 0
	os.WriteFile(filepath.Join(in, "d_gbk.txt"), []byte("标题\n改了。"), 0o644)
	if code, _, stderr := run(t, "", append(args, "--resume", "--out", out, in)...); code != exitFail || !strings.Contains(stderr, "changed since") {
		t.Errorf("resume with a changed input: exit %d: %s", code, stderr)
	}
}

func TestRunFailOnErrorAndStdin(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	in := `{"id": "a", "text": "北京。"}` + "\nnot json\n"
	code, stdout, stderr := run(t, in, "run", "--fail-on-error", "--out", out, "-")
	if code != exitFail || !strings.Contains(stderr, "1 of 2 documents had errors") || !strings.Contains(stdout, "documents  2 (1 with errors") {
		t.Errorf("--fail-on-error: exit %d\n%s\n%s", code, stdout, stderr)
	}
	if rows := tableRows(t, out, sink.Documents); len(rows) != 2 {
		t.Errorf("--fail-on-error still writes every document: %d rows", len(rows))
	}
	code, _, stderr = run(t, "", "run", "--overwrite", "--out", out, filepath.Join(t.TempDir(), "*.jsonl"))
	if code != exitFail || !strings.Contains(stderr, "no file matches") {
		t.Errorf("empty glob: exit %d: %s", code, stderr)
	}
}

func TestProgressLog(t *testing.T) {
	var b bytes.Buffer
	read := int64(0)
	p := newProgress(&b, 1000, func() int64 { return read }, pipeline.Stats{Documents: 10, InputBytes: 1e6})
	p.interval = 0
	read = 250
	p.update(nil, pipeline.Stats{Documents: 5, Failed: 1, InputBytes: 2e6})
	line := b.String()
	for _, want := range []string{"msg=progress", "documents=15", "mb=3", "failed=1", "eta="} {
		if !strings.Contains(line, want) {
			t.Errorf("log line %q lacks %q", line, want)
		}
	}
	b.Reset()
	p.tty = true
	p.update(nil, pipeline.Stats{Documents: 6})
	if got := b.String(); !strings.HasPrefix(got, "\r16 documents") || !strings.Contains(got, "ETA") {
		t.Errorf("terminal line %q", got)
	}
}
