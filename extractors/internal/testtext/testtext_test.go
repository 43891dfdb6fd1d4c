package testtext

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestTexts(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.jsonl.gz")
	var buf bytes.Buffer
	z := gzip.NewWriter(&buf)
	z.Write([]byte(`{"id":"1","text":"成都。"}` + "\n" + `{"id":"2","text":"北京。"}` + "\n" + `{"id":"3","text":"上海。"}` + "\n"))
	z.Close()
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	// Each text is 9 bytes: 10 bytes need two of them.
	got, err := Texts(path, 10)
	if err != nil || !slices.Equal(got, []string{"成都。", "北京。"}) {
		t.Errorf("Texts = %q, %v", got, err)
	}
	if _, err := Texts(filepath.Join(t.TempDir(), "absent.gz"), 10); err == nil {
		t.Error("no error for a missing corpus")
	}
}

func TestSeed(t *testing.T) {
	d := Seed(t)
	if d.Meta.Title != "技术成果扬帆出海 科技合作多点开花" || len(d.Sentences) < 40 || len(d.Tokens) != 0 {
		t.Errorf("Seed: title %q, %d sentences, %d tokens", d.Meta.Title, len(d.Sentences), len(d.Tokens))
	}
}
