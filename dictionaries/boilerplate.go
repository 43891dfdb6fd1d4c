package dictionaries

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// Boilerplate rule actions.
const (
	CutRest     = "cut_rest"     // drop the matching line and everything after it
	DropLine    = "drop_line"    // drop the matching line
	HeaderField = "header_field" // the pattern is a header label such as 来源
)

// Match kinds of boilerplate rules.
const (
	MatchPrefix = "prefix"
	MatchExact  = "exact"
	MatchRegex  = "regex"
	MatchLabel  = "label" // header_field rules only
)

// Header fields a header_field rule can fill.
const (
	FieldTitle          = "title"
	FieldCategory       = "category"
	FieldPublishedAt    = "published_at"
	FieldOutlet         = "outlet"
	FieldOriginalOutlet = "original_outlet"
	FieldIgnore         = "ignore" // recognized as header, value discarded
)

// BoilerplateRule is one row of boilerplate.tsv.
type BoilerplateRule struct {
	Action  string
	Match   string
	Pattern string
	Field   string // header_field rules only
	Example string // a line the rule recognizes
	Note    string
	Line    int // line in boilerplate.tsv, for messages

	re *regexp.Regexp
}

// Matches reports whether a line, already trimmed of surrounding whitespace,
// matches a cut_rest or drop_line rule. Header labels never match a line.
func (r *BoilerplateRule) Matches(line string) bool {
	switch r.Match {
	case MatchPrefix:
		return strings.HasPrefix(line, r.Pattern)
	case MatchExact:
		return line == r.Pattern
	case MatchRegex:
		return r.re.MatchString(line)
	}
	return false
}

// Boilerplate is the rule set that plain-text article sources use to find
// their header and drop site boilerplate.
type Boilerplate struct {
	rules  []*BoilerplateRule // all, in file order
	lines  []*BoilerplateRule // cut_rest and drop_line, in file order
	labels []*BoilerplateRule // header_field
}

// LineAction returns the action of the first line rule that matches line
// (CutRest or DropLine) and the rule, or "" and nil when the line is content.
func (b *Boilerplate) LineAction(line string) (string, *BoilerplateRule) {
	for _, r := range b.lines {
		if r.Matches(line) {
			return r.Action, r
		}
	}
	return "", nil
}

// Rules returns every rule in file order.
func (b *Boilerplate) Rules() []*BoilerplateRule { return slices.Clone(b.rules) }

// HeaderLabels maps each header label to the field it fills.
func (b *Boilerplate) HeaderLabels() map[string]string {
	m := make(map[string]string, len(b.labels))
	for _, r := range b.labels {
		m[r.Pattern] = r.Field
	}
	return m
}

// LoadBoilerplate loads the embedded boilerplate.tsv.
func LoadBoilerplate() (*Boilerplate, error) { return loadBoilerplate() }

var loadBoilerplate = shared("boilerplate.tsv", ParseBoilerplate)

// ParseBoilerplate checks and compiles a table with the columns of
// boilerplate.tsv. Errors name the file and line of the offending rule.
func ParseBoilerplate(t *Table) (*Boilerplate, error) {
	cols := map[string]int{}
	for _, name := range []string{"action", "match", "pattern", "field", "example", "note"} {
		i := t.Col(name)
		if i < 0 {
			return nil, fmt.Errorf("dictionaries: %s: missing column %q", t.Name, name)
		}
		cols[name] = i
	}
	b := &Boilerplate{}
	seenLabel := map[string]int{}
	for i, row := range t.Rows {
		r := &BoilerplateRule{
			Action:  row[cols["action"]],
			Match:   row[cols["match"]],
			Pattern: row[cols["pattern"]],
			Field:   row[cols["field"]],
			Example: row[cols["example"]],
			Note:    row[cols["note"]],
			Line:    t.Lines[i],
		}
		if err := r.compile(); err != nil {
			return nil, fmt.Errorf("dictionaries: %s:%d: %w", t.Name, r.Line, err)
		}
		b.rules = append(b.rules, r)
		if r.Action == HeaderField {
			if prev, ok := seenLabel[r.Pattern]; ok {
				return nil, fmt.Errorf("dictionaries: %s:%d: label %q already defined on line %d", t.Name, r.Line, r.Pattern, prev)
			}
			seenLabel[r.Pattern] = r.Line
			b.labels = append(b.labels, r)
		} else {
			b.lines = append(b.lines, r)
		}
	}
	return b, nil
}

// compile validates r and compiles its regular expression.
func (r *BoilerplateRule) compile() error {
	if r.Pattern == "" {
		return fmt.Errorf("empty pattern")
	}
	switch r.Action {
	case CutRest, DropLine:
		if r.Field != "-" {
			return fmt.Errorf("field %q on a %s rule, want \"-\"", r.Field, r.Action)
		}
		switch r.Match {
		case MatchPrefix, MatchExact:
		case MatchRegex:
			re, err := regexp.Compile(r.Pattern)
			if err != nil {
				return fmt.Errorf("pattern %q: %w", r.Pattern, err)
			}
			r.re = re
		default:
			return fmt.Errorf("unknown match %q for %s (want prefix, exact or regex)", r.Match, r.Action)
		}
		if !r.Matches(r.Example) {
			return fmt.Errorf("pattern %q does not match its example %q", r.Pattern, r.Example)
		}
	case HeaderField:
		if r.Match != MatchLabel {
			return fmt.Errorf("match %q on a header_field rule, want label", r.Match)
		}
		if strings.ContainsAny(r.Pattern, ":： \t") {
			return fmt.Errorf("label %q contains a colon or space", r.Pattern)
		}
		switch r.Field {
		case FieldTitle, FieldCategory, FieldPublishedAt, FieldOutlet, FieldOriginalOutlet, FieldIgnore:
		default:
			return fmt.Errorf("unknown header field %q", r.Field)
		}
		rest, ok := strings.CutPrefix(r.Example, r.Pattern)
		if rest = strings.TrimLeft(rest, " \t"); !ok || !(strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "：")) {
			return fmt.Errorf("example %q is not %q followed by a colon", r.Example, r.Pattern)
		}
	default:
		return fmt.Errorf("unknown action %q (want cut_rest, drop_line or header_field)", r.Action)
	}
	return nil
}
