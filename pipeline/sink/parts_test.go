package sink

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/zhfacts/zhfacts/pipeline"
)

func TestPartsRollAndCommit(t *testing.T) {
	dir := t.TempDir()
	// Each test document has three mentions, so two documents fill a part of
	// 4 rows.
	p, err := NewParts(dir, PartsOptions{PartRows: 4})
	if err != nil {
		t.Fatal(err)
	}
	var parts []Part
	for i := range 5 {
		d := testDocs()[0]
		d.ID = string(rune('a' + i))
		if err := p.Write(d); err != nil {
			t.Fatal(err)
		}
		if p.Full() {
			part, ok, err := p.Commit()
			if err != nil || !ok {
				t.Fatalf("Commit: %v, %v", ok, err)
			}
			parts = append(parts, part)
		}
	}
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
	if len(parts) != 2 || parts[0].Documents != 2 || parts[1].Index != 1 || parts[0].Rows[Mentions] != 6 {
		t.Errorf("parts = %+v", parts)
	}
	want := []string{}
	for i := range 3 {
		for _, tab := range Tables {
			want = append(want, PartName(tab, i))
		}
	}
	slices.Sort(want)
	if got := dirNames(t, dir); !slices.Equal(got, want) {
		t.Errorf("files %v, want %v", got, want)
	}
	var ids []string
	for i := range 3 {
		for _, r := range readRows[documentRow](t, filepath.Join(dir, PartName(Documents, i))) {
			ids = append(ids, r.DocID)
		}
	}
	if !slices.Equal(ids, []string{"a", "b", "c", "d", "e"}) {
		t.Errorf("documents across parts: %v", ids)
	}
	if c := p.Counts(); c[Documents] != 5 || c[Mentions] != 15 {
		t.Errorf("Counts() = %v", c)
	}
}

func TestPartsEmptyRunAndCleanup(t *testing.T) {
	dir := t.TempDir()
	p, err := NewParts(dir, PartsOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
	if got := dirNames(t, dir); len(got) != 4 || got[0] != "documents-00000.parquet" {
		t.Errorf("empty run left %v, want an empty part 0", got)
	}

	// A killed run: part 1 open under temporary names.
	p, err = NewParts(dir, PartsOptions{FirstPart: 1})
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Write(&pipeline.Doc{ID: "x", Text: "一"}); err != nil {
		t.Fatal(err)
	}
	if n := len(dirNames(t, dir)); n != 8 {
		t.Fatalf("%d files, want 4 parts and 4 temporary files", n)
	}
	removed, err := RemoveTemp(dir)
	if err != nil || len(removed) != 4 {
		t.Errorf("RemoveTemp = %v, %v", removed, err)
	}
	removed, err = RemoveParts(dir, 0)
	if err != nil || len(removed) != 4 || len(dirNames(t, dir)) != 0 {
		t.Errorf("RemoveParts = %v, %v; left %v", removed, err, dirNames(t, dir))
	}
}
