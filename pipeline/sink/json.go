package sink

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"

	"github.com/zhfacts/zhfacts/pipeline"
)

// DocumentJSON is the shape `zhfacts extract` prints for one document. Names
// equal the Parquet column names; fields that are null in Parquet are left
// out, except doc_id, text, mentions and facts, which are always present.
// Times are local wall times in ISO 8601 without a zone.
type DocumentJSON struct {
	DocID          string        `json:"doc_id"`
	Source         string        `json:"source,omitempty"`
	Title          string        `json:"title,omitempty"`
	PublishedAt    string        `json:"published_at,omitempty"`
	Outlet         string        `json:"outlet,omitempty"`
	OriginalOutlet string        `json:"original_outlet,omitempty"`
	Category       string        `json:"category,omitempty"`
	URL            string        `json:"url,omitempty"`
	Encoding       string        `json:"encoding,omitempty"`
	Script         string        `json:"script,omitempty"`
	Text           string        `json:"text"`
	Mentions       []MentionJSON `json:"mentions"`
	Facts          []FactJSON    `json:"facts"`
	Errors         []ErrorJSON   `json:"errors,omitempty"`
}

// MentionJSON is one mention, with the columns of mentions.parquet except
// doc_id.
type MentionJSON struct {
	MentionID   int      `json:"mention_id"`
	Type        string   `json:"type"`
	Text        string   `json:"text"`
	Start       int      `json:"start"`
	End         int      `json:"end"`
	Sentence    *int     `json:"sentence,omitempty"`
	Normalized  string   `json:"normalized,omitempty"`
	Value       *float64 `json:"value,omitempty"`
	ValueMin    *float64 `json:"value_min,omitempty"`
	ValueMax    *float64 `json:"value_max,omitempty"`
	Currency    string   `json:"currency,omitempty"`
	Unit        string   `json:"unit,omitempty"`
	Qualifier   string   `json:"qualifier,omitempty"`
	DateStart   string   `json:"date_start,omitempty"`
	DateEnd     string   `json:"date_end,omitempty"`
	Granularity string   `json:"granularity,omitempty"`
	Relative    *bool    `json:"relative,omitempty"`
	Entity      string   `json:"entity,omitempty"`
	PlaceCode   string   `json:"place_code,omitempty"`
	Country     string   `json:"country,omitempty"`
	Parent      *int     `json:"parent,omitempty"`
	Stage       string   `json:"stage,omitempty"`
	Rule        string   `json:"rule,omitempty"`
	Confidence  float64  `json:"confidence"`
}

// FactJSON is one fact, with the columns of facts.parquet except doc_id.
type FactJSON struct {
	FactID        int      `json:"fact_id"`
	Kind          string   `json:"kind,omitempty"`
	Subject       string   `json:"subject,omitempty"`
	Predicate     string   `json:"predicate,omitempty"`
	Object        string   `json:"object,omitempty"`
	Value         *float64 `json:"value,omitempty"`
	ValueMin      *float64 `json:"value_min,omitempty"`
	ValueMax      *float64 `json:"value_max,omitempty"`
	Currency      string   `json:"currency,omitempty"`
	Unit          string   `json:"unit,omitempty"`
	Qualifier     string   `json:"qualifier,omitempty"`
	DateStart     string   `json:"date_start,omitempty"`
	DateEnd       string   `json:"date_end,omitempty"`
	Place         string   `json:"place,omitempty"`
	Sentence      *int     `json:"sentence,omitempty"`
	EvidenceStart int      `json:"evidence_start"`
	EvidenceEnd   int      `json:"evidence_end"`
	MentionIDs    []int    `json:"mention_ids"`
	Stage         string   `json:"stage,omitempty"`
	Rule          string   `json:"rule,omitempty"`
	Confidence    float64  `json:"confidence"`
}

// ErrorJSON is one pipeline.DocError, with the columns of errors.parquet
// that the document does not already carry.
type ErrorJSON struct {
	Stage    string `json:"stage"`
	Severity string `json:"severity"`
	Message  string `json:"message"`
	Offset   *int   `json:"offset,omitempty"`
}

// Document converts d to the extract JSON shape. Values that JSON cannot
// carry (NaN, ±Inf) are left out like nulls. Large integral values print
// without an exponent (870000000): encoding/json switches to exponent form
// only from 1e21, beyond any amount the extractors produce.
func Document(d *pipeline.Doc) DocumentJSON {
	out := DocumentJSON{
		DocID:          d.ID,
		Source:         d.Meta.Source,
		Title:          d.Meta.Title,
		PublishedAt:    localISO(d.Meta.PublishedAt),
		Outlet:         d.Meta.Outlet,
		OriginalOutlet: d.Meta.OriginalOutlet,
		Category:       d.Meta.Category,
		URL:            d.Meta.URL,
		Encoding:       d.Meta.Encoding,
		Script:         d.Meta.Script,
		Text:           d.Text,
		Mentions:       make([]MentionJSON, len(d.Mentions)),
		Facts:          make([]FactJSON, len(d.Facts)),
	}
	for i, m := range d.Mentions {
		out.Mentions[i] = MentionJSON{
			MentionID:   m.ID,
			Type:        m.Type,
			Text:        m.Text,
			Start:       m.Start,
			End:         m.End,
			Sentence:    sentenceIndex(m.Sentence),
			Normalized:  m.Normalized,
			Value:       finite(m.Value),
			ValueMin:    finite(m.ValueMin),
			ValueMax:    finite(m.ValueMax),
			Currency:    m.Currency,
			Unit:        m.Unit,
			Qualifier:   m.Qualifier,
			DateStart:   localISO(m.DateStart),
			DateEnd:     localISO(m.DateEnd),
			Granularity: m.Granularity,
			Relative:    m.Relative,
			Entity:      m.Entity,
			PlaceCode:   m.PlaceCode,
			Country:     m.Country,
			Parent:      m.Parent,
			Stage:       m.Stage,
			Rule:        m.Rule,
			Confidence:  m.Confidence,
		}
	}
	for i, f := range d.Facts {
		ids := f.MentionIDs
		if ids == nil {
			ids = []int{} // an empty list, as in Parquet, not null
		}
		out.Facts[i] = FactJSON{
			FactID:        f.ID,
			Kind:          f.Kind,
			Subject:       f.Subject,
			Predicate:     f.Predicate,
			Object:        f.Object,
			Value:         finite(f.Value),
			ValueMin:      finite(f.ValueMin),
			ValueMax:      finite(f.ValueMax),
			Currency:      f.Currency,
			Unit:          f.Unit,
			Qualifier:     f.Qualifier,
			DateStart:     localISO(f.DateStart),
			DateEnd:       localISO(f.DateEnd),
			Place:         f.Place,
			Sentence:      sentenceIndex(f.Sentence),
			EvidenceStart: f.EvidenceStart,
			EvidenceEnd:   f.EvidenceEnd,
			MentionIDs:    ids,
			Stage:         f.Stage,
			Rule:          f.Rule,
			Confidence:    f.Confidence,
		}
	}
	for _, e := range d.Errors {
		ej := ErrorJSON{Stage: e.Stage, Severity: e.Severity, Message: e.Message}
		if e.Offset >= 0 {
			off := e.Offset
			ej.Offset = &off
		}
		out.Errors = append(out.Errors, ej)
	}
	return out
}

// JSON writes one JSON object per document to a writer.
type JSON struct {
	bw  *bufio.Writer
	enc *json.Encoder
}

// NewJSON returns a sink writing to w in format "jsonl" (one compact object
// per line) or "json" (each document as an indented object followed by a
// newline). Close flushes but does not close w.
func NewJSON(w io.Writer, format string) (*JSON, error) {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false) // keep <, > and & in article text readable
	switch format {
	case "jsonl":
	case "json":
		enc.SetIndent("", "  ")
	default:
		return nil, fmt.Errorf("json sink: unknown format %q (want jsonl or json)", format)
	}
	return &JSON{bw: bw, enc: enc}, nil
}

// Write encodes d.
func (j *JSON) Write(d *pipeline.Doc) error {
	if err := j.enc.Encode(Document(d)); err != nil {
		return fmt.Errorf("document %s: %w", d.ID, err)
	}
	return nil
}

// Close flushes buffered output.
func (j *JSON) Close() error {
	if err := j.bw.Flush(); err != nil {
		return fmt.Errorf("json sink: %w", err)
	}
	return nil
}
