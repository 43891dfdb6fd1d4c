package source

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/dictionaries"
	"github.com/zhfacts/zhfacts/pipeline"
)

const seedPath = "../../../shared/seed/000_00125cfe2e1e68d7.txt"

func TestParseArticleSeed(t *testing.T) {
	data, err := os.ReadFile(seedPath)
	if err != nil {
		t.Skipf("seed article not available: %v", err)
	}
	d := ParseArticle(seedPath, data, Options{})
	if len(d.Errors) > 0 {
		t.Fatalf("errors: %+v", d.Errors)
	}
	want := pipeline.Meta{
		Title:          "技术成果扬帆出海 科技合作多点开花",
		Outlet:         "每日看点快看",
		OriginalOutlet: "成都日报",
		Category:       "科技",
		Source:         seedPath,
		Encoding:       EncodingUTF8,
		Script:         ScriptSimplified,
	}
	got := d.Meta
	got.PublishedAt = nil
	if got != want {
		t.Errorf("Meta = %+v\nwant %+v", got, want)
	}
	if p := d.Meta.PublishedAt; p == nil || !p.Equal(time.Date(2024, 6, 4, 2, 56, 0, 0, time.UTC)) || p.Location() != time.UTC {
		t.Errorf("PublishedAt = %v, want 2024-06-04 02:56:00 UTC", p)
	}
	if d.ID != DocID(seedPath) || len(d.ID) != 16 {
		t.Errorf("ID = %q, want DocID(source)", d.ID)
	}
	if d.InputBytes != len(data) {
		t.Errorf("InputBytes = %d, want %d", d.InputBytes, len(data))
	}
	lines := strings.Split(d.Text, "\n")
	if lines[0] != "成都加快推进科技创新开放合作" || lines[1] != "中国—新西兰猕猴桃“一带一路”联合实验室" {
		t.Errorf("body starts %q, want the kicker then the caption", lines[:2])
	}
	if last := lines[len(lines)-1]; last != "成都日报锦观新闻记者 黄雪松 文/图" {
		t.Errorf("body ends %q", last)
	}
	for _, bad := range []string{"以上内容为资讯信息快照", "快照生成时间", "信息原文地址", "北方工业大学", "更多关于", "我的订阅", "技术成果扬帆出海", "来源:", "\n\n"} {
		if strings.Contains(d.Text, bad) {
			t.Errorf("body contains %q", bad)
		}
	}
	for _, line := range lines {
		if line != strings.TrimSpace(line) || line == "" {
			t.Errorf("body line %q is not trimmed or is empty", line)
		}
	}
}

func TestParseArticleHeaders(t *testing.T) {
	shanghai := func(s string) *time.Time {
		t, err := time.Parse(time.DateTime, s)
		if err != nil {
			panic(err)
		}
		return &t
	}
	tests := []struct {
		name                                   string
		in                                     string
		title, category, outlet, original, pub string
		body                                   string
	}{
		{
			name:  "one line, half-width colons",
			in:    "标题甲\n类别:科技 发布时间:2024-06-04 02:56:00 来源:每日看点快看\n正文。",
			title: "标题甲", category: "科技", outlet: "每日看点快看", pub: "2024-06-04 02:56:00", body: "正文。",
		},
		{
			name:  "full-width colons, NBSP and ideographic spaces",
			in:    "标题甲\n类别：科技\u00a0发布时间：2024-06-04 02:56\u3000来源：新华网\n\n本文转自：人民日报\n正文。",
			title: "标题甲", category: "科技", outlet: "新华网", original: "人民日报", pub: "2024-06-04 02:56:00", body: "正文。",
		},
		{
			name:  "fields on separate lines, blank lines between",
			in:    "\n\n标题乙\n\n来源: 央视新闻\n\n发布时间 : 2024/6/4 9:05\n\n第一段。\n\n\n第二段。\n",
			title: "标题乙", outlet: "央视新闻", pub: "2024-06-04 09:05:00", body: "第一段。\n第二段。",
		},
		{
			name:  "fields missing",
			in:    "标题丙\n来源:新华社\n正文。",
			title: "标题丙", outlet: "新华社", body: "正文。",
		},
		{
			name:  "unlabeled time before labeled fields",
			in:    "标题丁\n2024-06-04 10:00 来源:新华网\n正文。",
			title: "标题丁", outlet: "新华网", pub: "2024-06-04 10:00:00", body: "正文。",
		},
		{
			name:  "site name before the title",
			in:    "• 首页\n某某新闻网\n标题戊\n日期：2024年6月4日\n正文。",
			title: "标题戊", pub: "2024-06-04 00:00:00", body: "正文。",
		},
		{
			name:  "explicit title field, headline repeats dropped",
			in:    "标题:技术成果扬帆出海　科技合作多点开花\n作者:黄雪松\n技术成果扬帆出海 科技合作多点开花\n正文。",
			title: "技术成果扬帆出海　科技合作多点开花", body: "正文。",
		},
		{
			name:  "no header: short first line is the title and stays in the body",
			in:    "  成都加快推进科技创新  \r\n\r\n正文第一段。\r\n正文第二段。\r\n",
			title: "成都加快推进科技创新", body: "成都加快推进科技创新\n正文第一段。\n正文第二段。",
		},
		{
			name: "no header: a first line ending a sentence is not a title",
			in:   "今天天气很好。\n正文。",
			body: "今天天气很好。\n正文。",
		},
		{
			name: "no header: a single line is not a title",
			in:   "只有一行",
			body: "只有一行",
		},
		{
			name: "trailing credit is not a header",
			in:   "新华社北京6月4日电，会议召开。\n来源：新华网\n",
			body: "新华社北京6月4日电，会议召开。\n来源：新华网",
		},
		{
			name:  "header too far down is body",
			in:    "一\n二\n三\n四\n来源:新华网\n正文。",
			title: "一", body: "一\n二\n三\n四\n来源:新华网\n正文。",
		},
		{
			name:  "label inside a word is not a label",
			in:    "数据来源:国家统计局\n正文。",
			title: "数据来源:国家统计局", body: "数据来源:国家统计局\n正文。",
		},
		{
			name:  "old Mac line ends",
			in:    "标题己\r来源:新华网\r正文。",
			title: "标题己", outlet: "新华网", body: "正文。",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := ParseArticle("a.txt", []byte(tt.in), Options{})
			if d.Failed() {
				t.Fatalf("errors: %+v", d.Errors)
			}
			m := d.Meta
			if m.Title != tt.title || m.Category != tt.category || m.Outlet != tt.outlet || m.OriginalOutlet != tt.original {
				t.Errorf("title, category, outlet, original = %q, %q, %q, %q; want %q, %q, %q, %q",
					m.Title, m.Category, m.Outlet, m.OriginalOutlet, tt.title, tt.category, tt.outlet, tt.original)
			}
			var wantPub *time.Time
			if tt.pub != "" {
				wantPub = shanghai(tt.pub)
			}
			if (m.PublishedAt == nil) != (wantPub == nil) || (wantPub != nil && !m.PublishedAt.Equal(*wantPub)) {
				t.Errorf("PublishedAt = %v, want %v", m.PublishedAt, wantPub)
			}
			if d.Text != tt.body {
				t.Errorf("Text = %q, want %q", d.Text, tt.body)
			}
		})
	}
}

// TestHeaderFieldExamples reads every header label's example from
// boilerplate.tsv as a header: adding a label adds its test.
func TestHeaderFieldExamples(t *testing.T) {
	b, err := dictionaries.LoadBoilerplate()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range b.Rules() {
		if r.Action != dictionaries.HeaderField {
			continue
		}
		d := ParseArticle("a.txt", []byte("标题\n"+r.Example+"\n正文。"), Options{})
		value := strings.TrimLeft(strings.TrimPrefix(r.Example, r.Pattern), " :：")
		var got string
		switch r.Field {
		case dictionaries.FieldTitle:
			got = d.Meta.Title
		case dictionaries.FieldCategory:
			got = d.Meta.Category
		case dictionaries.FieldOutlet:
			got = d.Meta.Outlet
		case dictionaries.FieldOriginalOutlet:
			got = d.Meta.OriginalOutlet
		case dictionaries.FieldPublishedAt:
			if d.Meta.PublishedAt == nil {
				t.Errorf("boilerplate.tsv:%d: %q: no PublishedAt (errors %+v)", r.Line, r.Example, d.Errors)
			}
			got = value
		case dictionaries.FieldIgnore:
			got = value
		}
		if got != value || d.Text != "正文。" {
			t.Errorf("boilerplate.tsv:%d: %q read as field %q = %q, body %q", r.Line, r.Example, r.Field, got, d.Text)
		}
	}
}

func TestParseArticleBoilerplate(t *testing.T) {
	in := strings.Join([]string{
		"• 我的订阅",
		"  • 科技",
		"标题",
		"发布时间:2024-06-04 02:56:00",
		"正文第一段。",
		"• 要闻",
		"标题",
		"正文第二段。",
		"(责任编辑:王一)",
		"更多关于科技的资讯:",
		"正文第三段。",
		"以上内容为资讯信息快照,由td.fyun.cc爬虫进行采集并收录",
		"相关文章一",
		"2023-05-19 14:40:00",
	}, "\n")
	d := ParseArticle("a.txt", []byte(in), Options{})
	if want := "正文第一段。\n正文第二段。\n正文第三段。"; d.Text != want {
		t.Errorf("Text = %q, want %q", d.Text, want)
	}
}

func TestParseArticleProblems(t *testing.T) {
	tests := []struct {
		name     string
		in       []byte
		opts     Options
		severity string // of the first error
		msg      string
	}{
		{"empty file", nil, Options{}, pipeline.SeverityError, "a.txt: empty document"},
		{"white space only", []byte(" \n\u3000\r\n"), Options{}, pipeline.SeverityError, "a.txt: empty document"},
		{"too large", []byte("标题\n正文。"), Options{MaxDocBytes: 8}, pipeline.SeverityError, "a.txt: document of 16 bytes exceeds the 8-byte limit"},
		{"binary", []byte("\x00\x01\x02"), Options{}, pipeline.SeverityError, "a.txt: not text: NUL byte at offset 0"},
		{"header only", []byte("标题\n来源:新华网"), Options{}, pipeline.SeverityWarning, "a.txt: no body text"},
		{"bad time", []byte("标题\n发布时间:昨天\n正文。"), Options{}, pipeline.SeverityWarning, `a.txt: header 发布时间: unrecognized time "昨天"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := ParseArticle("a.txt", tt.in, tt.opts)
			if len(d.Errors) == 0 {
				t.Fatal("no error recorded")
			}
			e := d.Errors[0]
			if e.Stage != Stage || e.Severity != tt.severity || e.Message != tt.msg || e.Offset != -1 {
				t.Errorf("error = %+v, want %s %q", e, tt.severity, tt.msg)
			}
			if d.ID != DocID("a.txt") || d.Meta.Source != "a.txt" || d.InputBytes != len(tt.in) {
				t.Errorf("ID, Source, InputBytes = %q, %q, %d", d.ID, d.Meta.Source, d.InputBytes)
			}
		})
	}
}

func TestParseArticleGB18030(t *testing.T) {
	in := gb18030(t, "标题\n类别：科技 来源：成都日报\n正文。")
	d := ParseArticle("gbk.txt", in, Options{})
	if d.Failed() || d.Meta.Outlet != "成都日报" || d.Text != "正文。" {
		t.Fatalf("got %+v", d)
	}
	if len(d.Errors) != 0 || d.Meta.Encoding != EncodingGB18030 || d.Meta.Script != ScriptSimplified {
		t.Errorf("errors = %+v, encoding %q, script %q; want none, gb18030, simplified", d.Errors, d.Meta.Encoding, d.Meta.Script)
	}
}

func TestParseArticleAnchor(t *testing.T) {
	at := time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)
	opts := Options{PublishedAt: &at, Location: time.UTC}
	d := ParseArticle("a.txt", []byte("标题\n正文。"), opts)
	if d.Meta.PublishedAt == nil || !d.Meta.PublishedAt.Equal(at) {
		t.Errorf("PublishedAt = %v, want the anchor %v", d.Meta.PublishedAt, at)
	}
	d = ParseArticle("a.txt", []byte("标题\n发布时间:2024-06-04T02:56:00+08:00\n正文。"), opts)
	if want := time.Date(2024, 6, 3, 18, 56, 0, 0, time.UTC); d.Meta.PublishedAt == nil || !d.Meta.PublishedAt.Equal(want) {
		t.Errorf("PublishedAt = %v, want the document's own %v in Location UTC", d.Meta.PublishedAt, want)
	}
}

func FuzzParseArticle(f *testing.F) {
	if data, err := os.ReadFile(seedPath); err == nil {
		f.Add(data)
	}
	f.Add([]byte("标题\n类别:科技 发布时间:2024-06-04 02:56:00 来源:每日看点快看\n本文转自:成都日报\n正文。\n以上内容为资讯信息快照"))
	f.Add([]byte("\xef\xbb\xbf• 我的订阅\r\n标题\r\n2024-06-04 来源：新华网\r\n"))
	f.Add([]byte("\xb1\xea\xcc\xe2\n\xc0\xb4\xd4\xb4:\xd0\xc2\xbb\xaa\n"))
	f.Add([]byte(""))
	f.Fuzz(func(t *testing.T, data []byte) {
		d := ParseArticle("fuzz.txt", data, Options{MaxDocBytes: 1 << 16})
		if !utf8.ValidString(d.Text) || !utf8.ValidString(d.Meta.Title) {
			t.Fatalf("invalid UTF-8 out: %q", d.Text)
		}
		if d.Failed() {
			if d.Text != "" {
				t.Fatalf("failed document with text %q", d.Text)
			}
			return
		}
		if strings.Contains(d.Text, "\n\n") || d.Text != strings.TrimFunc(d.Text, isSpace) {
			t.Fatalf("body not normalized: %q", d.Text)
		}
		if p := d.Meta.PublishedAt; p != nil && p.Location() != time.UTC {
			t.Fatalf("PublishedAt location %v", p.Location())
		}
	})
}

func TestParseArticleFromDisk(t *testing.T) {
	// The name is the Source as given, even when relative.
	dir := t.TempDir()
	path := filepath.Join(dir, "x.txt")
	if err := os.WriteFile(path, []byte("标题\n正文。"), 0o644); err != nil {
		t.Fatal(err)
	}
	src, err := Open([]string{path}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	d, err := src.Next()
	if err != nil || d.Meta.Source != path || d.ID != DocID(path) || d.Meta.Title != "标题" {
		t.Fatalf("Next = %+v, %v", d, err)
	}
}
