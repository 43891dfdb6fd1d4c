package sink

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/pipeline"
)

// prepare returns what the Parquet tables need of d: its strings made valid
// UTF-8 (readers such as DuckDB refuse a whole file over one invalid string),
// the digest of its text and its error summary. None of it depends on the
// documents before d, so pipeline.Run has the workers prepare documents
// (pipeline.Preparer) and the writing goroutine, which no worker shares,
// only hands the values to the column writers.
func prepare(d *pipeline.Doc) *pendingDoc {
	summary, warnings := errorSummary(d)
	text := validText(d)
	sum := sha256.Sum256(bytesOf(text))
	meta := d.Meta
	makeValid(metaStrings(&meta))
	return &pendingDoc{
		id: validUTF8(d.ID), meta: meta, text: text, sha256: hex.EncodeToString(sum[:]),
		chars: d.CharCount(), summary: validUTF8(summary), warnings: warnings,
		mentions: validRows(d.Mentions, mentionStrings),
		facts:    validRows(d.Facts, factStrings),
		errors:   validRows(d.Errors, errorStrings),
	}
}

// validText returns d.Text made valid UTF-8 (validUTF8). The Doc's code
// points, which the stages have read (or CharCount decodes), are those a
// range loop yields, with U+FFFD for every invalid byte: a text without
// U+FFFD among them is valid, and looking for one in them costs a tenth
// of checking the bytes.
func validText(d *pipeline.Doc) string {
	if slices.Contains(d.Runes(), utf8.RuneError) {
		return validUTF8(d.Text)
	}
	return d.Text
}

// fields points at the strings of one row, in no particular order; the
// unused ones at the end are nil.
type fields [12]*string

// validRows returns rows with every string that stringsOf points at made
// valid UTF-8: rows itself when they all are, else a copy, so that a Doc's
// own slices are never written to.
func validRows[T any](rows []T, stringsOf func(*T) fields) []T {
	for i := range rows {
		if allValid(stringsOf(&rows[i])) {
			continue
		}
		rows = slices.Clone(rows)
		for j := i; j < len(rows); j++ {
			makeValid(stringsOf(&rows[j]))
		}
		break
	}
	return rows
}

// allValid reports whether the strings of f are valid UTF-8.
func allValid(f fields) bool {
	for _, s := range f {
		if s != nil && !isValidUTF8(*s) {
			return false
		}
	}
	return true
}

// makeValid makes the strings of f valid UTF-8.
func makeValid(f fields) {
	for _, s := range f {
		if s != nil {
			*s = validUTF8(*s)
		}
	}
}

func metaStrings(m *pipeline.Meta) fields {
	return fields{&m.Title, &m.Outlet, &m.OriginalOutlet, &m.Category, &m.URL, &m.Source, &m.Encoding, &m.Script}
}

func mentionStrings(m *pipeline.Mention) fields {
	return fields{&m.Type, &m.Text, &m.Normalized, &m.Currency, &m.Unit, &m.Qualifier, &m.Granularity, &m.Entity, &m.PlaceCode, &m.Country, &m.Stage, &m.Rule}
}

func factStrings(f *pipeline.Fact) fields {
	return fields{&f.Kind, &f.Subject, &f.Predicate, &f.Object, &f.Currency, &f.Unit, &f.Qualifier, &f.Place, &f.Stage, &f.Rule}
}

func errorStrings(e *pipeline.DocError) fields {
	return fields{&e.Stage, &e.Severity, &e.Message}
}
