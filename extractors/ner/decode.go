package ner

import "math"

// startTags are the tags that may begin a sentence or follow closedTags;
// closedTags are the tags after which a new span (or O) may begin.
var startTags, closedTags = func() (start, closed [1 + 2*numKinds]Tag) {
	start[0], closed[0] = O, O
	for k := range numKinds {
		start[1+2*k], start[2+2*k] = tagOf(k, posB), tagOf(k, posS)
		closed[1+2*k], closed[2+2*k] = tagOf(k, posE), tagOf(k, posS)
	}
	return start, closed
}()

// startIndex gives the position of each tag in startTags, −1 for the tags
// not in it.
var startIndex = func() (index [NumTags]int8) {
	for t := range index {
		index[t] = -1
	}
	for j, t := range startTags {
		index[t] = int8(j)
	}
	return index
}()

// Tags by kind and position, as constants, so that the decoding steps
// index their fixed-size arrays at constant positions, without bounds
// checks.
const (
	perB, perI, perE, perS = Tag(1 + KindPER*numPos + posB), perB + 1, perB + 2, perB + 3
	locB, locI, locE, locS = Tag(1 + KindLOC*numPos + posB), locB + 1, locB + 2, locB + 3
	orgB, orgI, orgE, orgS = Tag(1 + KindORG*numPos + posB), orgB + 1, orgB + 2, orgB + 3
)

// lattice holds transition scores laid out for the decoding loops, which
// follow the BIOES grammar instead of testing every pair of tags: a span or
// O starts only after O, E or S, and I and E continue only B or I of their
// kind.
type lattice struct {
	trans *[NumTags][NumTags]int32
	// open[j][k] is the transition from closedTags[k] to startTags[j], and
	// closeTo[k][j] the same transition for the backward pass.
	open, closeTo [len(startTags)][len(closedTags)]int32
	// cont[k] holds the transitions within a span of kind k, from B and I
	// to I and E: {B→I, B→E, I→I, I→E}.
	cont [numKinds][4]int32
	// openGap is how far ahead of every other closed tag's score O's must
	// be for O to be the best predecessor of every start tag: the largest
	// open[j][k] − open[j][0]. closeGap is the same for the backward pass,
	// from O's score at the next character over the other start tags'.
	openGap, closeGap int32
	// fromO[t] is the transition from O to t, and for the tags that cannot
	// follow O low enough that no predecessor score added to it reaches a
	// reachable score: the backtrace tests O as t's predecessor with one
	// sum, without asking whether t can follow O. It has a place for every
	// value of a Tag, so that reading it needs no bounds test.
	fromO [1 << 8]int32
}

// newLattice lays out trans, which must not change while the lattice is
// in use.
func newLattice(trans *[NumTags][NumTags]int32) lattice {
	l := lattice{trans: trans}
	for j, t := range startTags {
		for k, p := range closedTags {
			l.open[j][k] = trans[p][t]
			l.closeTo[k][j] = trans[p][t]
		}
	}
	for k := range numKinds {
		tb, ti, te := tagOf(k, posB), tagOf(k, posI), tagOf(k, posE)
		l.cont[k] = [4]int32{trans[tb][ti], trans[tb][te], trans[ti][ti], trans[ti][te]}
	}
	for t := range l.fromO {
		l.fromO[t] = 2 * negInf32
		if t < NumTags && startIndex[t] >= 0 {
			l.fromO[t] = l.open[startIndex[t]][0]
		}
	}
	l.openGap, l.closeGap = math.MinInt32, math.MinInt32
	for j := range l.open {
		for k := 1; k < len(closedTags); k++ {
			l.openGap = max(l.openGap, l.open[j][k]-l.open[j][0])
			l.closeGap = max(l.closeGap, l.closeTo[j][k]-l.closeTo[j][0])
		}
	}
	return l
}

// viterbi writes to tags the best well-formed tag sequence for the emission
// scores em (n × NumTags) under the transition scores of l, using alpha
// (n × NumTags) as work space; on return alpha holds the forward scores.
// The sentence is treated as if O tags stood before and after it, so
// transitions from and to O score its start and end.
//
// The forward pass keeps only maxima, without branches; the backtrace
// recovers each predecessor from alpha, which costs one step per character
// instead of a back-pointer per tag and character.
func viterbi(em []int32, l *lattice, tags []Tag, alpha []int32) {
	n := len(tags)
	if n == 0 {
		return
	}
	trans := l.trans
	a0 := (*[NumTags]int32)(alpha)
	for t := range Tag(NumTags) {
		a0[t] = negInf32
		if allowedStart[t] {
			a0[t] = em[t] + trans[O][t]
		}
	}
	l.forward(alpha[:n*NumTags], em[:n*NumTags])
	last := (*[NumTags]int32)(alpha[(n-1)*NumTags:])
	best, arg := int32(negInf32), O
	for _, t := range closedTags {
		if v := last[t] + trans[t][O]; v > best {
			best, arg = v, t
		}
	}
	tags[n-1] = arg
	// row is where character i's scores start in alpha and em.
	for i, row := n-1, (n-1)*NumTags; i > 0; i, row = i-1, row-NumTags {
		t := tags[i]
		best := alpha[row+int(t)] - em[row+int(t)]
		// Most often O precedes, the first candidate bestBefore tries: that
		// test is here, without a call, reading only O's score before.
		if alpha[row-NumTags]+l.fromO[t] == best {
			tags[i-1] = O
			continue
		}
		tags[i-1] = l.bestBefore((*[NumTags]int32)(alpha[row-NumTags:row]), best, t)
	}
}

// forward computes the forward scores in alpha of every character after the
// first from those of the character before and the emission scores em, of
// the same length. It loops over the characters itself: a call for each
// would cost a fifth of its work.
func (l *lattice) forward(alpha, em []int32) {
	// The slices advance a character a step, so that the array views need
	// no bounds checks beyond the loop's test.
	for len(alpha) >= 2*NumTags && len(em) >= 2*NumTags {
		prev := (*[NumTags]int32)(alpha)
		cur := (*[NumTags]int32)(alpha[NumTags:])
		e := (*[NumTags]int32)(em[NumTags:])
		alpha, em = alpha[NumTags:], em[NumTags:]
		// Outside names O's score is usually so far ahead that it is the
		// best predecessor of every start tag; the sums from the other
		// closed tags then need not be formed (only the maxima matter
		// here, not which predecessor reaches them).
		if prev[O]-max(prev[perE], prev[perS], prev[locE], prev[locS], prev[orgE], prev[orgS]) >= l.openGap {
			o := &l.open
			cur[O] = prev[O] + o[0][0] + e[O]
			cur[perB] = prev[O] + o[1][0] + e[perB]
			cur[perS] = prev[O] + o[2][0] + e[perS]
			cur[locB] = prev[O] + o[3][0] + e[locB]
			cur[locS] = prev[O] + o[4][0] + e[locS]
			cur[orgB] = prev[O] + o[5][0] + e[orgB]
			cur[orgS] = prev[O] + o[6][0] + e[orgS]
		} else {
			// Every closed predecessor of every start tag, here rather
			// than in a call.
			o := &l.open
			cur[O] = maxClosed(prev, &o[0]) + e[O]
			cur[perB] = maxClosed(prev, &o[1]) + e[perB]
			cur[perS] = maxClosed(prev, &o[2]) + e[perS]
			cur[locB] = maxClosed(prev, &o[3]) + e[locB]
			cur[locS] = maxClosed(prev, &o[4]) + e[locS]
			cur[orgB] = maxClosed(prev, &o[5]) + e[orgB]
			cur[orgS] = maxClosed(prev, &o[6]) + e[orgS]
		}
		c := &l.cont
		cur[perI] = max(prev[perB]+c[KindPER][0], prev[perI]+c[KindPER][2]) + e[perI]
		cur[perE] = max(prev[perB]+c[KindPER][1], prev[perI]+c[KindPER][3]) + e[perE]
		cur[locI] = max(prev[locB]+c[KindLOC][0], prev[locI]+c[KindLOC][2]) + e[locI]
		cur[locE] = max(prev[locB]+c[KindLOC][1], prev[locI]+c[KindLOC][3]) + e[locE]
		cur[orgI] = max(prev[orgB]+c[KindORG][0], prev[orgI]+c[KindORG][2]) + e[orgI]
		cur[orgE] = max(prev[orgB]+c[KindORG][1], prev[orgI]+c[KindORG][3]) + e[orgE]
	}
}

// bestBefore returns the tag before t on the best path, given the forward
// scores prev of the previous character and the best score best of a path
// to t without t's emission, which the forward pass took as the maximum
// over t's predecessors. Ties go to the first candidate in the order of
// closedTags, and to B over I. A span or O mostly follows O, so the search
// for the predecessor that reaches best usually ends at the first.
func (l *lattice) bestBefore(prev *[NumTags]int32, best int32, t Tag) Tag {
	if j := startIndex[t]; j >= 0 {
		open := &l.open[j]
		for k, p := range closedTags {
			if prev[p]+open[k] == best {
				return p
			}
		}
		return O // not reached: best is one of the sums
	}
	k := t.Kind()
	tb, ti := tagOf(k, posB), tagOf(k, posI)
	trans := l.trans
	if prev[tb]+trans[tb][t] >= prev[ti]+trans[ti][t] {
		return tb
	}
	return ti
}

// maxClosed returns the largest s[closedTags[k]] + b[k], read from s
// rather than from a copy (which the compiler would make in memory), in a
// tree of maxima rather than a chain, so that the processor can work on
// several at once.
func maxClosed(s *[NumTags]int32, b *[len(closedTags)]int32) int32 {
	return max(max(s[O]+b[0], s[perE]+b[1]), max(s[perS]+b[2], s[locE]+b[3]),
		max(s[locS]+b[4], s[orgE]+b[5]), s[orgS]+b[6])
}

// negInf32 is low enough never to win and high enough not to overflow when a
// few scores are added to it.
const negInf32 = math.MinInt32 / 4

// noRival is the margin of a character whose tag has no alternative.
const noRival = math.MaxInt32 / 4

// margins writes to margin[i], for every character i that tags puts in a
// span, how much the best sequence outscores the best sequence that gives
// character i a different tag: the max-marginal margin, from the forward
// scores alpha left by viterbi and a backward pass through beta
// (n × NumTags). Entries for characters tagged O are left as they were:
// only spans need a confidence, and the backward pass stops at the first
// span, tags[first] (see firstTagged).
//
// beta[i][t] is the best score of the characters from i on given tag t at
// i, i's emission included, so that the backward pass, like the forward
// one, adds each character's emissions once rather than once for each
// transition into it; a sum of alpha and beta counts the emission twice
// and subtracts it once.
func margins(em []int32, l *lattice, tags []Tag, first int, alpha, beta, margin []int32) {
	n := len(tags)
	if first >= n {
		return
	}
	last := (*[NumTags]int32)(beta[(n-1)*NumTags:])
	e := (*[NumTags]int32)(em[(n-1)*NumTags:])
	for t := range Tag(NumTags) {
		last[t] = negInf32 + e[t]
		if allowedEnd[t] {
			last[t] = l.trans[t][O] + e[t]
		}
	}
	l.backward(beta[first*NumTags:n*NumTags], em[first*NumTags:n*NumTags])
	for i := first; i < n; i++ {
		if tags[i] == O {
			continue
		}
		a, b := (*[NumTags]int32)(alpha[i*NumTags:]), (*[NumTags]int32)(beta[i*NumTags:])
		e := (*[NumTags]int32)(em[i*NumTags:])
		chosen, other := bestOther(a, b, e, tags[i])
		// Sums that include an impossible tag stay near 2 × negInf32, far
		// below any reachable score.
		if other <= negInf32/2 {
			margin[i] = noRival
		} else {
			margin[i] = max(chosen-other, 0)
		}
	}
}

// bestOther returns the max-marginal score a[t] + b[t] − e[t] of tag
// chosen and the largest of the other tags'. The sums are written out and
// their maximum taken in a tree rather than in a loop and a chain: the loop's
// counter and the chain's dependencies cost more than the sums.
func bestOther(a, b, e *[NumTags]int32, chosen Tag) (int32, int32) {
	var s [NumTags]int32
	s[0] = a[0] + b[0] - e[0]
	s[1] = a[1] + b[1] - e[1]
	s[2] = a[2] + b[2] - e[2]
	s[3] = a[3] + b[3] - e[3]
	s[4] = a[4] + b[4] - e[4]
	s[5] = a[5] + b[5] - e[5]
	s[6] = a[6] + b[6] - e[6]
	s[7] = a[7] + b[7] - e[7]
	s[8] = a[8] + b[8] - e[8]
	s[9] = a[9] + b[9] - e[9]
	s[10] = a[10] + b[10] - e[10]
	s[11] = a[11] + b[11] - e[11]
	s[12] = a[12] + b[12] - e[12]
	c := s[chosen]
	s[chosen] = 2 * negInf32
	return c, max(max(max(s[0], s[1]), max(s[2], s[3])), max(max(s[4], s[5]), max(s[6], s[7])),
		max(max(s[8], s[9]), max(s[10], s[11])), s[12])
}

// firstTagged returns the index of the first tag of tags other than O, or
// len(tags) when there is none.
func firstTagged(tags []Tag) int {
	for i, t := range tags {
		if t != O {
			return i
		}
	}
	return len(tags)
}

// backward computes the backward scores in beta of every character before
// the last from those of the character after and the emission scores em,
// of the same length, looping over the characters itself as forward does.
func (l *lattice) backward(beta, em []int32) {
	for i := len(beta) - 2*NumTags; i >= 0 && i+2*NumTags <= len(em); i -= NumTags {
		next := (*[NumTags]int32)(beta[i+NumTags : i+2*NumTags])
		cur := (*[NumTags]int32)(beta[i : i+NumTags])
		e := (*[NumTags]int32)(em[i : i+NumTags])
		// As in forward: O at the next character is usually the best
		// successor of every closed tag.
		if next[O]-max(next[perB], next[perS], next[locB], next[locS], next[orgB], next[orgS]) >= l.closeGap {
			c := &l.closeTo
			cur[O] = next[O] + c[0][0] + e[O]
			cur[perE] = next[O] + c[1][0] + e[perE]
			cur[perS] = next[O] + c[2][0] + e[perS]
			cur[locE] = next[O] + c[3][0] + e[locE]
			cur[locS] = next[O] + c[4][0] + e[locS]
			cur[orgE] = next[O] + c[5][0] + e[orgE]
			cur[orgS] = next[O] + c[6][0] + e[orgS]
		} else {
			c := &l.closeTo
			cur[O] = maxStart(next, &c[0]) + e[O]
			cur[perE] = maxStart(next, &c[1]) + e[perE]
			cur[perS] = maxStart(next, &c[2]) + e[perS]
			cur[locE] = maxStart(next, &c[3]) + e[locE]
			cur[locS] = maxStart(next, &c[4]) + e[locS]
			cur[orgE] = maxStart(next, &c[5]) + e[orgE]
			cur[orgS] = maxStart(next, &c[6]) + e[orgS]
		}
		c := &l.cont
		cur[perB] = max(c[KindPER][0]+next[perI], c[KindPER][1]+next[perE]) + e[perB]
		cur[perI] = max(c[KindPER][2]+next[perI], c[KindPER][3]+next[perE]) + e[perI]
		cur[locB] = max(c[KindLOC][0]+next[locI], c[KindLOC][1]+next[locE]) + e[locB]
		cur[locI] = max(c[KindLOC][2]+next[locI], c[KindLOC][3]+next[locE]) + e[locI]
		cur[orgB] = max(c[KindORG][0]+next[orgI], c[KindORG][1]+next[orgE]) + e[orgB]
		cur[orgI] = max(c[KindORG][2]+next[orgI], c[KindORG][3]+next[orgE]) + e[orgI]
	}
}

// maxStart returns the largest s[startTags[k]] + b[k], as maxClosed does.
func maxStart(s *[NumTags]int32, b *[len(startTags)]int32) int32 {
	return max(max(s[O]+b[0], s[perB]+b[1]), max(s[perS]+b[2], s[locB]+b[3]),
		max(s[locS]+b[4], s[orgB]+b[5]), s[orgS]+b[6])
}
