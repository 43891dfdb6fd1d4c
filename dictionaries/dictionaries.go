// Package dictionaries embeds zhfacts' word lists, gazetteers and rule tables
// and loads them. Each LoadX parses its file once per process and returns
// the same value to every caller: treat it as read-only. Every file is UTF-8 TSV with one header row; lines starting
// with # and blank lines are comments.
package dictionaries

import (
	"embed"
	"fmt"
	"strings"
	"sync"
)

//go:embed *.tsv
var files embed.FS

// Table is a parsed TSV file: a header and rows of the same width.
type Table struct {
	Name   string
	Header []string
	Rows   [][]string
	Lines  []int // 1-based source line of each row, for error messages
}

// Col returns the index of the named column, or -1.
func (t *Table) Col(name string) int {
	for i, h := range t.Header {
		if h == name {
			return i
		}
	}
	return -1
}

// shared returns a loader that parses the embedded file name with parse on
// its first call and hands every later caller the same value, so stages that
// use one word list share one copy, read-only.
func shared[T any](name string, parse func(*Table) (T, error)) func() (T, error) {
	return sync.OnceValues(func() (T, error) {
		t, err := Load(name)
		if err != nil {
			var zero T
			return zero, err
		}
		return parse(t)
	})
}

// Load reads and parses the embedded file name.
func Load(name string) (*Table, error) {
	data, err := files.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("dictionaries: %w", err)
	}
	return ParseTSV(name, string(data))
}

// ParseTSV parses TSV text in the dictionaries' format. A row whose width
// differs from the header's is an error naming the file and line.
func ParseTSV(name, text string) (*Table, error) {
	t := &Table{Name: name}
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimSuffix(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if t.Header == nil {
			t.Header = fields
			continue
		}
		if len(fields) != len(t.Header) {
			return nil, fmt.Errorf("dictionaries: %s:%d: %d fields, header has %d", name, i+1, len(fields), len(t.Header))
		}
		t.Rows = append(t.Rows, fields)
		t.Lines = append(t.Lines, i+1)
	}
	if t.Header == nil {
		return nil, fmt.Errorf("dictionaries: %s: no header row", name)
	}
	return t, nil
}
