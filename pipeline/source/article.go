package source

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/dictionaries"
	"github.com/zhfacts/zhfacts/pipeline"
)

// Limits of the header heuristics.
const (
	// maxLeadLines is how many lines (a site name, the headline) may come
	// before the first header line.
	maxLeadLines = 3
	// maxLeadRunes is the longest line that can stand before the header; a
	// longer one is body text, so the "header" below it is a trailing credit.
	maxLeadRunes = 80
	// maxBareTitleRunes is the longest first line taken as the title of an
	// article without a header.
	maxBareTitleRunes = 40
)

// ParseArticle parses one seed-style article, the bytes of the file name:
//
//	menu    • 我的订阅
//	title   技术成果扬帆出海 科技合作多点开花
//	header  类别:科技 发布时间:2024-06-04 02:56:00 来源:每日看点快看
//	header  本文转自:成都日报
//	body    成都加快推进科技创新开放合作 …
//	footer  以上内容为资讯信息快照 … (cut to the end)
//
// Header labels and boilerplate are the rules of dictionaries/boilerplate.tsv.
// The header is one or more consecutive lines of "label:value" fields (colons
// half- or full-width, several fields to a line or one per line), starting
// within the first few lines; the line just before it is the title. The body
// is what follows, with boilerplate lines and lines repeating the title
// dropped, each line trimmed, blank lines removed and lines joined by "\n".
//
// A file without a header is all body (after the boilerplate rules); its first
// line doubles as the title when it is at most 40 characters long, is not the
// only line and does not end a sentence.
//
// The bytes may be UTF-8, UTF-16 with a byte order mark, or GB18030 (see
// Open). Source is name; ID is DocID(name). PublishedAt is read in
// opts.Location, and is opts.PublishedAt when the header has none.
// Problems become errors and warnings on the returned document.
func ParseArticle(name string, data []byte, opts Options) *pipeline.Doc {
	d := newDoc(name, len(data))
	if max := opts.maxDocBytes(); len(data) > max {
		d.AddError(Stage, pipeline.SeverityError, fmt.Sprintf("%s: document of %d bytes exceeds the %d-byte limit", name, len(data), max), -1)
		return d
	}
	text, enc, warnings, err := decode(data)
	d.Meta.Encoding = enc
	for _, w := range warnings {
		d.AddError(Stage, pipeline.SeverityWarning, name+": "+w, -1)
	}
	if err != nil {
		d.AddError(Stage, pipeline.SeverityError, fmt.Sprintf("%s: %v", name, err), -1)
		return d
	}
	rules, err := loadRules()
	if err != nil {
		d.AddError(Stage, pipeline.SeverityError, fmt.Sprintf("%s: %v", name, err), -1)
		return d
	}
	a := rules.parse(text)
	if a.empty {
		d.AddError(Stage, pipeline.SeverityError, name+": empty document", -1)
		return d
	}
	d.Text = a.body
	d.Meta.Script = Script(a.title + a.body)
	d.Meta.Title = a.title
	d.Meta.Category = a.fields[dictionaries.FieldCategory].value
	d.Meta.Outlet = a.fields[dictionaries.FieldOutlet].value
	d.Meta.OriginalOutlet = a.fields[dictionaries.FieldOriginalOutlet].value
	if f, ok := a.fields[dictionaries.FieldPublishedAt]; ok {
		t, err := ParseTime(f.value, opts.location())
		if err != nil {
			label := f.label
			if label == "" {
				label = "publication time"
			}
			d.AddError(Stage, pipeline.SeverityWarning, fmt.Sprintf("%s: header %s: %v", name, label, err), -1)
		} else {
			d.Meta.PublishedAt = &t
		}
	}
	if d.Text == "" {
		d.AddError(Stage, pipeline.SeverityWarning, name+": no body text", -1)
	}
	anchor(d, opts)
	return d
}

// articleRules is boilerplate.tsv compiled for article parsing.
type articleRules struct {
	boilerplate *dictionaries.Boilerplate
	fields      map[string]string // header label → field
	// labels finds "label:" at the start of a line or after white space.
	labels *regexp.Regexp
}

var loadRules = sync.OnceValues(func() (*articleRules, error) {
	b, err := dictionaries.LoadBoilerplate()
	if err != nil {
		return nil, err
	}
	return newArticleRules(b)
})

func newArticleRules(b *dictionaries.Boilerplate) (*articleRules, error) {
	fields := b.HeaderLabels()
	var alts []string
	for label := range fields {
		alts = append(alts, regexp.QuoteMeta(label))
	}
	// Go's alternation is leftmost-first: try longer labels first so that
	// 发布时间 is not read as 时间.
	slices.SortFunc(alts, func(x, y string) int {
		if c := len(y) - len(x); c != 0 {
			return c
		}
		return strings.Compare(x, y)
	})
	re, err := regexp.Compile(`(?:^|[\s\p{Z}|｜])(` + strings.Join(alts, "|") + `)[\s\p{Z}]*[:：]`)
	if err != nil {
		return nil, fmt.Errorf("header labels: %w", err)
	}
	return &articleRules{boilerplate: b, fields: fields, labels: re}, nil
}

// headerField is one "label:value" of a header line.
type headerField struct {
	label string // "" for an unlabeled publication time
	field string // dictionaries.Field*
	value string
}

// article is the parsed form of an article's text.
type article struct {
	title  string
	fields map[string]headerField // by field; the first occurrence wins
	body   string
	empty  bool // no text at all
}

// parse splits text into header and body.
func (r *articleRules) parse(text string) article {
	var lines []string
	// Old Mac files end lines with a bare CR; CRLF leaves blank lines, which
	// are dropped anyway.
	for line := range strings.Lines(strings.ReplaceAll(text, "\r", "\n")) {
		line = trimLine(line)
		if line == "" {
			continue
		}
		action, _ := r.boilerplate.LineAction(line)
		if action == dictionaries.CutRest {
			break
		}
		if action == dictionaries.DropLine {
			continue
		}
		lines = append(lines, line)
	}
	a := article{fields: map[string]headerField{}, empty: strings.TrimFunc(text, isSpace) == ""}

	start, end := r.findHeader(lines)
	if start < 0 {
		if len(lines) > 1 && isBareTitle(lines[0]) {
			a.title = lines[0]
		}
		a.body = strings.Join(lines, "\n")
		return a
	}
	if start > 0 {
		a.title = lines[start-1]
	}
	for _, line := range lines[start:end] {
		fields, _ := r.fieldLine(line)
		for _, f := range fields {
			if _, seen := a.fields[f.field]; !seen && f.value != "" {
				a.fields[f.field] = f
			}
		}
	}
	if f, ok := a.fields[dictionaries.FieldTitle]; ok {
		a.title = f.value
	}
	title := squeeze(a.title)
	body := slices.DeleteFunc(lines[end:], func(line string) bool { return squeeze(line) == title })
	a.body = strings.Join(body, "\n")
	return a
}

// findHeader returns the span of header lines, or -1, -1 when there is none.
// The first header line must come within maxLeadLines lines that read as a
// site name or headline (short, not ending a sentence); otherwise it is a
// credit such as a trailing 来源 line, and part of the body.
func (r *articleRules) findHeader(lines []string) (start, end int) {
	start = -1
	for i := 0; i < len(lines) && i <= maxLeadLines; i++ {
		if _, ok := r.fieldLine(lines[i]); ok {
			start = i
			break
		}
		if utf8.RuneCountInString(lines[i]) > maxLeadRunes || strings.HasSuffix(lines[i], "。") {
			break
		}
	}
	if start < 0 {
		return -1, -1
	}
	for end = start; end < len(lines); end++ {
		if _, ok := r.fieldLine(lines[end]); !ok {
			break
		}
	}
	return start, end
}

// fieldLine splits a header line into its fields. A header line starts with a
// label, or with an unlabeled publication time followed by labeled fields.
func (r *articleRules) fieldLine(line string) ([]headerField, bool) {
	ms := r.labels.FindAllStringSubmatchIndex(line, -1)
	if ms == nil {
		return nil, false
	}
	var fields []headerField
	if lead := trimLine(line[:ms[0][0]]); lead != "" {
		if _, err := ParseTime(lead, nil); err != nil {
			return nil, false
		}
		fields = append(fields, headerField{field: dictionaries.FieldPublishedAt, value: lead})
	}
	for i, m := range ms {
		end := len(line)
		if i+1 < len(ms) {
			end = ms[i+1][0]
		}
		label := line[m[2]:m[3]]
		fields = append(fields, headerField{label: label, field: r.fields[label], value: trimLine(line[m[1]:end])})
	}
	return fields, true
}

// isBareTitle reports whether the first line of a headerless article reads
// as a headline: short and not the end of a sentence.
func isBareTitle(line string) bool {
	if utf8.RuneCountInString(line) > maxBareTitleRunes {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	return !strings.ContainsRune("。！？!?；;…，,：:", last)
}

func isSpace(r rune) bool {
	// U+FEFF and U+200B are invisible leftovers of concatenated files and
	// web pages; unicode.IsSpace does not cover them.
	return unicode.IsSpace(r) || r == '\uFEFF' || r == '\u200B'
}

func trimLine(s string) string { return strings.TrimFunc(s, isSpace) }

// squeeze removes all white space, so that a headline repeated with other
// spacing still compares equal.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if isSpace(r) {
			return -1
		}
		return r
	}, s)
}
