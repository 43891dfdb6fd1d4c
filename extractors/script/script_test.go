package script

import (
	"testing"

	"github.com/zhfacts/zhfacts/pipeline"
)

func TestProcess(t *testing.T) {
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, script, text, read string
	}{
		{"traditional is read as simplified", pipeline.ScriptTraditional, "美國總統在東京會見臺灣代表", "美国总统在东京会见台湾代表"},
		{"mixed too", pipeline.ScriptMixed, "市長王建國說", "市长王建国说"},
		{"simplified is left alone, 乾隆 and all", pipeline.ScriptSimplified, "乾隆年间於某", "乾隆年间於某"},
		{"unknown is left alone", pipeline.ScriptUnknown, "東京", "東京"},
		{"outside the table: unchanged", pipeline.ScriptTraditional, "ABC 123，。", "ABC 123，。"},
	} {
		d := &pipeline.Doc{Text: c.text, Meta: pipeline.Meta{Script: c.script}}
		if err := s.Process(d); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if d.Text != c.read {
			t.Errorf("%s: stages read %q, want %q", c.name, d.Text, c.read)
		}
		d.Restore()
		if d.Text != c.text {
			t.Errorf("%s: restored %q, want %q", c.name, d.Text, c.text)
		}
	}
}

// FuzzProcess: whatever the text, the reading has as many code points, and
// Restore gives the text back as written.
func FuzzProcess(f *testing.F) {
	for _, s := range []string{"美國總統", "", "\xff東京\xa7", "ABC 臺灣 123", "乾隆"} {
		f.Add(s)
	}
	st, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := &pipeline.Doc{Text: text, Meta: pipeline.Meta{Script: pipeline.ScriptTraditional}}
		n := d.CharCount()
		if err := st.Process(d); err != nil {
			t.Fatalf("Process(%q): %v", text, err)
		}
		if d.CharCount() != n {
			t.Fatalf("%q read as %q: %d code points, want %d", text, d.Text, d.CharCount(), n)
		}
		d.Restore()
		if d.Text != text {
			t.Fatalf("restored %q, want %q", d.Text, text)
		}
	})
}
