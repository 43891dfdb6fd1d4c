package dictionaries

import (
	"strings"
	"testing"
)

// TestBoilerplateConsistent loads the embedded rules: every row parses, every
// action, match kind and field is known, every regex compiles and every rule
// recognizes its own example (all checked by ParseBoilerplate).
func TestBoilerplateConsistent(t *testing.T) {
	b, err := LoadBoilerplate()
	if err != nil {
		t.Fatal(err)
	}
	rules := b.Rules()
	if len(rules) == 0 {
		t.Fatal("boilerplate.tsv has no rules")
	}
	actions := map[string]int{}
	for _, r := range rules {
		actions[r.Action]++
		if r.Note == "" {
			t.Errorf("boilerplate.tsv:%d: rule %q has no note", r.Line, r.Pattern)
		}
		if r.Action == HeaderField {
			continue
		}
		// A line rule's example must reach that rule: an earlier rule that
		// swallows it would make the row dead.
		if _, first := b.LineAction(r.Example); first != r {
			t.Errorf("boilerplate.tsv:%d: example %q is decided by %+v, not this rule", r.Line, r.Example, first)
		}
	}
	for _, a := range []string{CutRest, DropLine, HeaderField} {
		if actions[a] == 0 {
			t.Errorf("no %s rules", a)
		}
	}
}

func TestBoilerplateLineAction(t *testing.T) {
	b, err := LoadBoilerplate()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		line string
		want string
	}{
		{"• 我的订阅", DropLine},
		{"•\u00a0科技", DropLine},
		{"更多关于科技的资讯:", DropLine},
		{"以上内容为资讯信息快照,由td.fyun.cc爬虫进行采集并收录", CutRest},
		{"信息原文地址:", CutRest},
		{"成都加快推进科技创新开放合作", ""},
		{"• 这是一条很长的正文列表项，内容超过了菜单的长度限制。", ""},
		{"北方·扬帆科技创新大会开幕", ""},
		{"来源:每日看点快看", ""}, // header labels are not line rules
	}
	for _, tt := range tests {
		if got, _ := b.LineAction(tt.line); got != tt.want {
			t.Errorf("LineAction(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
	labels := b.HeaderLabels()
	for label, field := range map[string]string{"来源": FieldOutlet, "本文转自": FieldOriginalOutlet, "发布时间": FieldPublishedAt, "类别": FieldCategory} {
		if labels[label] != field {
			t.Errorf("HeaderLabels()[%q] = %q, want %q", label, labels[label], field)
		}
	}
}

func TestParseBoilerplateErrors(t *testing.T) {
	const header = "action\tmatch\tpattern\tfield\texample\tnote\n"
	tests := []struct {
		name, row, want string
	}{
		{"unknown action", "drop\tprefix\tx\t-\tx\tn", "unknown action"},
		{"unknown match", "drop_line\tsuffix\tx\t-\tx\tn", "unknown match"},
		{"bad regex", "drop_line\tregex\t(\t-\t(\tn", "missing closing )"},
		{"example not matched", "cut_rest\tprefix\t快照\t-\t正文\tn", "does not match its example"},
		{"field on line rule", "drop_line\texact\tx\toutlet\tx\tn", "field \"outlet\""},
		{"label match kind", "header_field\tprefix\t来源\toutlet\t来源:x\tn", "want label"},
		{"unknown field", "header_field\tlabel\t来源\tauthor\t来源:x\tn", "unknown header field"},
		{"label with colon", "header_field\tlabel\t来源:\toutlet\t来源::x\tn", "contains a colon"},
		{"label example", "header_field\tlabel\t来源\toutlet\t来源 新华社\tn", "followed by a colon"},
		{"empty pattern", "drop_line\texact\t\t-\t\tn", "empty pattern"},
		{"duplicate label", "header_field\tlabel\t来源\toutlet\t来源:x\tn\nheader_field\tlabel\t来源\toutlet\t来源:y\tn", "already defined on line 2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tab, err := ParseTSV("test.tsv", header+tt.row+"\n")
			if err != nil {
				t.Fatal(err)
			}
			_, err = ParseBoilerplate(tab)
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "test.tsv:") {
				t.Errorf("ParseBoilerplate error = %v, want one naming test.tsv and containing %q", err, tt.want)
			}
		})
	}
	tab, err := ParseTSV("test.tsv", "action\tmatch\tpattern\n")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ParseBoilerplate(tab); err == nil || !strings.Contains(err.Error(), "missing column") {
		t.Errorf("ParseBoilerplate without columns: error = %v, want missing column", err)
	}
}
