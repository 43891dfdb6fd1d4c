// Package eval scores extracted entity spans against gold annotations.
//
// Gold files hold one sentence per line as JSON:
//
//	{"id": 17, "text": "…", "entities": [{"start": 3, "end": 5, "type": "PER", "label": "PER", "text": "张洁"}]}
//
// with Unicode code-point offsets, end exclusive (the layout of ../shared/eval/ner).
// A Scorer compares predicted spans with the gold spans of each sentence, both
// strictly (start, end and type must all agree) and after merging adjacent spans
// of one type, which forgives annotations that split 1997年|12月|29日 into words.
package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
)

// Sentence is one gold sentence and its entity spans.
type Sentence struct {
	// ID is the sentence's id as written in the file: a JSON number keeps its
	// literal digits, a string is used as is. A line without an id gets its
	// line number, so error examples can always point back into the file.
	ID       string `json:"id"`
	Text     string `json:"text"`
	Entities []Span `json:"entities"`
}

// Span is a typed span of a sentence's text in code points, end exclusive.
// Gold spans carry gold types (PER, LOC, ORG, TIME); predicted spans carry
// mention types (PERSON, PLACE, ORG, DATE).
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`
	Text  string `json:"text"`
}

// goldLine is the wire form of a line; pointers tell a missing field from a zero.
type goldLine struct {
	ID       json.RawMessage `json:"id"`
	Text     *string         `json:"text"`
	Entities []goldEntity    `json:"entities"`
}

type goldEntity struct {
	Start *int   `json:"start"`
	End   *int   `json:"end"`
	Type  string `json:"type"`
	Text  string `json:"text"`
}

// ReadGold reads gold sentences from r, one JSON object per line; blank lines
// are skipped. name is used in errors, which read "name:line: problem". Every
// entity must have a type and offsets that slice its own text out of the
// sentence text.
func ReadGold(r io.Reader, name string) ([]Sentence, error) {
	br := bufio.NewReader(r)
	var out []Sentence
	for line := 1; ; line++ {
		// ReadBytes rather than a Scanner: a sentence line has no length limit.
		b, err := br.ReadBytes('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return out, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		if trimmed := bytes.TrimSpace(b); len(trimmed) > 0 {
			s, perr := parseGoldLine(trimmed, line)
			if perr != nil {
				return out, fmt.Errorf("%s:%d: %w", name, line, perr)
			}
			out = append(out, s)
		}
		if err != nil {
			return out, nil
		}
	}
}

func parseGoldLine(b []byte, line int) (Sentence, error) {
	var g goldLine
	if err := json.Unmarshal(b, &g); err != nil {
		return Sentence{}, err
	}
	if g.Text == nil {
		return Sentence{}, errors.New(`no "text" field`)
	}
	id, err := parseID(g.ID, line)
	if err != nil {
		return Sentence{}, err
	}
	s := Sentence{ID: id, Text: *g.Text, Entities: make([]Span, 0, len(g.Entities))}
	runes := []rune(s.Text)
	for i, e := range g.Entities {
		if e.Start == nil || e.End == nil {
			return Sentence{}, fmt.Errorf("entity %d: missing start or end", i)
		}
		if e.Type == "" {
			return Sentence{}, fmt.Errorf("entity %d: missing type", i)
		}
		start, end := *e.Start, *e.End
		if start < 0 || start >= end || end > len(runes) {
			return Sentence{}, fmt.Errorf("entity %d: span [%d,%d) outside text of %d characters", i, start, end, len(runes))
		}
		if got := string(runes[start:end]); got != e.Text {
			return Sentence{}, fmt.Errorf("entity %d: text[%d:%d] is %q, entity text is %q", i, start, end, got, e.Text)
		}
		s.Entities = append(s.Entities, Span{Start: start, End: end, Type: e.Type, Text: e.Text})
	}
	return s, nil
}

// parseID accepts a JSON string or number and falls back to the line number.
func parseID(raw json.RawMessage, line int) (string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return strconv.Itoa(line), nil
	}
	if raw[0] == '"' {
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", fmt.Errorf("id: %w", err)
		}
		return s, nil
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err != nil {
		return "", fmt.Errorf("id %s: want a string or a number", raw)
	}
	return n.String(), nil
}
