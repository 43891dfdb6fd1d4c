package sink

import (
	"time"

	"github.com/zhfacts/zhfacts/pipeline"
)

func ptr[T any](v T) *T { return &v }

func wall(s string) *time.Time {
	t, err := time.Parse("2006-01-02 15:04:05", s)
	if err != nil {
		panic(err)
	}
	return &t
}

// testDocs returns two documents: the first fills every column, the second
// leaves every optional column null and failed at its source.
func testDocs() []*pipeline.Doc {
	full := &pipeline.Doc{
		ID: "news.jsonl:1",
		Meta: pipeline.Meta{
			Title:          "华为投资",
			PublishedAt:    wall("2024-06-04 02:56:00"),
			Outlet:         "新华网",
			OriginalOutlet: "人民日报",
			Category:       "财经",
			URL:            "https://example.com/a?x=1&y=<2>",
			Source:         "news.jsonl:1",
			Encoding:       "gb18030",
			Script:         "simplified",
		},
		Text:      "去年华为投资8.7亿元人民币。",
		Sentences: []pipeline.Sentence{{Start: 0, End: 15}},
		Mentions: []pipeline.Mention{
			{
				ID: 0, Type: pipeline.Date, Text: "去年", Start: 0, End: 2, Sentence: 0,
				Normalized: "2023", DateStart: wall("2023-01-01 00:00:00"), DateEnd: wall("2024-01-01 00:00:00"),
				Granularity: "year", Relative: ptr(true), Stage: "dates", Rule: "relative-year", Confidence: 0.9,
			},
			{
				ID: 2, Type: pipeline.Org, Text: "华为", Start: 2, End: 4, Sentence: 0,
				Entity: "华为技术有限公司", Country: "CN", PlaceCode: "440300", Relative: ptr(false),
				Stage: "orgs", Rule: "dictionary", Confidence: 1,
			},
			{
				ID: 1, Type: pipeline.Money, Text: "8.7亿元人民币", Start: 6, End: 14, Sentence: 0,
				Normalized: "870000000 CNY", Value: ptr(870000000.0), ValueMin: ptr(8.6e8), ValueMax: ptr(8.8e8),
				Currency: "CNY", Unit: "元", Qualifier: "exact", Stage: "money", Rule: "number+unit+currency", Confidence: 0.95,
			},
		},
		Facts: []pipeline.Fact{{
			ID: 0, Kind: "spend", Subject: "华为技术有限公司", Predicate: "投资", Object: "项目",
			Value: ptr(870000000.0), ValueMin: ptr(860000000.0), ValueMax: ptr(880000000.0),
			Currency: "CNY", Unit: "元", Qualifier: "range",
			DateStart: wall("2023-01-01 00:00:00"), DateEnd: wall("2024-01-01 00:00:00"), Place: "深圳",
			Sentence: 0, EvidenceStart: 0, EvidenceEnd: 15, MentionIDs: []int{0, 2, 1},
			Stage: "facts", Rule: "org-invests-money", Confidence: 0.7,
		}},
		Errors: []pipeline.DocError{
			{Stage: "cleanup", Severity: pipeline.SeverityWarning, Message: "dropped boilerplate", Offset: 14},
			{Stage: "people", Severity: pipeline.SeverityError, Message: "panic: boom", Offset: -1},
			{Stage: "places", Severity: pipeline.SeverityError, Message: "gazetteer missing", Offset: 3},
		},
	}
	bare := &pipeline.Doc{
		ID: "seed/001.txt",
		Mentions: []pipeline.Mention{
			{ID: 0, Type: pipeline.Number, Text: "3", Start: 0, End: 1, Sentence: -1},
		},
		Facts: []pipeline.Fact{
			{ID: 0, Kind: "role", Sentence: -1},
		},
		Errors: []pipeline.DocError{
			{Stage: "source", Severity: pipeline.SeverityError, Message: "seed/001.txt: not UTF-8 or GB18030", Offset: -1},
		},
	}
	return []*pipeline.Doc{full, bare}
}
