package entities

import (
	"strings"

	"github.com/zhfacts/zhfacts/pipeline"
)

// minRun is the shortest run of province abbreviations abbrevRuns reads:
// two characters are as often a word or a name (苏青, 秦晋, 新港). 江浙 is
// the exception: 江 abbreviates 江苏 only there.
const minRun = 3

// abbrevRuns reads a run of three or more province abbreviations (苏浙皖,
// 沪苏浙皖, 云贵川, 港澳台) as one place per character, as MSRA marks them,
// whatever the tagger made of it: it takes 苏浙皖 for a person's name (苏 is
// a surname), 云贵川 for one place, and misses 沪苏浙皖. 江 before 浙 (江浙,
// 江浙沪) is 江苏. People's Daily marks no abbreviation, so the pku style
// only drops what the tagger made of the run. A run inside a longer name is
// left (晋冀鲁豫边区, 全国政协台港澳侨联络委员会), and so is one holding a
// division's name (辽宁黑山: 辽宁).
func (s *Stage) abbrevRuns(d *pipeline.Doc, st *docState) {
	start, pos := 0, 0 // code points: the run's start, the reading position
	jiang := false     // the run starts with 江 of 江浙
	for i, r := range d.Text {
		if s.provinces.has(r) {
			pos++
			continue
		}
		if r == '江' && strings.HasPrefix(d.Text[i+len("江"):], "浙") {
			s.endRun(d, st, start, pos, jiang)
			start, jiang = pos, true
			pos++
			continue
		}
		s.endRun(d, st, start, pos, jiang)
		pos++
		start, jiang = pos, false
	}
	s.endRun(d, st, start, pos, jiang)
}

// endRun reads the run of abbreviations at start..end, if it is one; jiang
// says it starts with 江 of 江浙.
func (s *Stage) endRun(d *pipeline.Doc, st *docState, start, end int, jiang bool) {
	if end-start < 2 {
		return
	}
	// A word may begin with the last abbreviation (港澳|青年, 京津冀|新一代)
	// or end with the first.
	for end > start && insideToken(d.Tokens, end) {
		end--
	}
	for start < end && insideToken(d.Tokens, start) {
		start++
		jiang = false
	}
	if end-start < minRun && !(jiang && end-start >= 2) || !s.runAlone(d, start, end) {
		return
	}
	have := make([]bool, end-start) // characters the tagger already read as places
	d.Mentions = deleteIf(d.Mentions, func(m pipeline.Mention) bool {
		if !isEntity(m.Type) || m.Start < start || m.End > end {
			return false
		}
		if m.Type == pipeline.Place && m.End == m.Start+1 && s.spotAbbrevs {
			have[m.Start-start] = true
			return false
		}
		return true
	})
	if !s.spotAbbrevs {
		return
	}
	for k := start; k < end; k++ {
		if have[k-start] {
			continue
		}
		id := d.AddMention(pipeline.Mention{Type: pipeline.Place, Start: k, End: k + 1, Stage: Name, Rule: "abbrev-run", Confidence: gazetteerConfidence})
		if jiang && k == start {
			st.div[id] = s.abbrevs.Lookup("苏")
		}
	}
}

// insideToken reports whether code point off lies inside a gse token, past
// its first character.
func insideToken(toks []pipeline.Token, off int) bool {
	i := tokenAt(toks, off)
	return i >= 0 && toks[i].Start < off
}

// deleteIf is slices.DeleteFunc for mentions.
func deleteIf(ms []pipeline.Mention, del func(pipeline.Mention) bool) []pipeline.Mention {
	kept := ms[:0]
	for _, m := range ms {
		if !del(m) {
			kept = append(kept, m)
		}
	}
	return kept
}

// runAlone reports whether the abbreviations at start..end stand alone: no
// name reaches outside them and no two of them spell a division's name.
func (s *Stage) runAlone(d *pipeline.Doc, start, end int) bool {
	for _, m := range d.Mentions {
		if isEntity(m.Type) && m.Start < end && m.End > start && (m.Start < start || m.End > end) {
			return false
		}
	}
	for k := start; k+2 <= end; k++ {
		if pair := d.Slice(k, k+2); pair != "江浙" && (len(s.divs.Lookup(pair)) > 0 || len(s.divs.LookupFull(pair)) > 0) {
			return false
		}
	}
	return true
}

// hanSet is a set of characters of the CJK Unified Ideographs block, one
// bit each: abbrevRuns asks it of every character of a document.
type hanSet [(hanLast - hanFirst + 64) / 64]uint64

const hanFirst, hanLast = 0x4e00, 0x9fff

func (h *hanSet) add(r rune) {
	if r >= hanFirst && r <= hanLast {
		h[(r-hanFirst)/64] |= 1 << ((r - hanFirst) % 64)
	}
}

func (h *hanSet) has(r rune) bool {
	return r >= hanFirst && r <= hanLast && h[(r-hanFirst)/64]&(1<<((r-hanFirst)%64)) != 0
}
