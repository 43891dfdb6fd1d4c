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
