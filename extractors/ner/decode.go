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
	for i := 1; i < n; i++ {
		l.forward((*[NumTags]int32)(alpha[(i-1)*NumTags:]), (*[NumTags]int32)(alpha[i*NumTags:]),
			(*[NumTags]int32)(em[i*NumTags:]))
	}
	last := (*[NumTags]int32)(alpha[(n-1)*NumTags:])
	best, arg := int32(negInf32), O
	for _, t := range closedTags {
		if v := last[t] + trans[t][O]; v > best {
			best, arg = v, t
		}
	}
	tags[n-1] = arg
	for i := n - 1; i > 0; i-- {
		tags[i-1] = l.bestBefore((*[NumTags]int32)(alpha[(i-1)*NumTags:]), alpha[i*NumTags+int(tags[i])]-em[i*NumTags+int(tags[i])], tags[i])
	}
}

// forward computes the forward scores cur of a character with emission
// scores e from those of the character before, prev.
func (l *lattice) forward(prev, cur, e *[NumTags]int32) {
	closed := closedScores(prev)
	cur[O] = max7(&closed, &l.open[0]) + e[O]
	cur[perB] = max7(&closed, &l.open[1]) + e[perB]
	cur[perS] = max7(&closed, &l.open[2]) + e[perS]
	cur[locB] = max7(&closed, &l.open[3]) + e[locB]
	cur[locS] = max7(&closed, &l.open[4]) + e[locS]
	cur[orgB] = max7(&closed, &l.open[5]) + e[orgB]
	cur[orgS] = max7(&closed, &l.open[6]) + e[orgS]
	c := &l.cont
	cur[perI] = max(prev[perB]+c[KindPER][0], prev[perI]+c[KindPER][2]) + e[perI]
	cur[perE] = max(prev[perB]+c[KindPER][1], prev[perI]+c[KindPER][3]) + e[perE]
	cur[locI] = max(prev[locB]+c[KindLOC][0], prev[locI]+c[KindLOC][2]) + e[locI]
	cur[locE] = max(prev[locB]+c[KindLOC][1], prev[locI]+c[KindLOC][3]) + e[locE]
	cur[orgI] = max(prev[orgB]+c[KindORG][0], prev[orgI]+c[KindORG][2]) + e[orgI]
	cur[orgE] = max(prev[orgB]+c[KindORG][1], prev[orgI]+c[KindORG][3]) + e[orgE]
}

// closedScores returns the scores in s of closedTags, in their order.
func closedScores(s *[NumTags]int32) [len(closedTags)]int32 {
	return [len(closedTags)]int32{s[O], s[perE], s[perS], s[locE], s[locS], s[orgE], s[orgS]}
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

// max7 returns the largest a[k] + b[k], in a tree of maxima rather than a
// chain, so that the processor can work on several at once.
func max7(a, b *[len(closedTags)]int32) int32 {
	return max(max(a[0]+b[0], a[1]+b[1]), max(a[2]+b[2], a[3]+b[3]),
		max(a[4]+b[4], a[5]+b[5]), a[6]+b[6])
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
// span.
func margins(em []int32, l *lattice, tags []Tag, alpha, beta, margin []int32) {
	n := len(tags)
	first := 0
	for first < n && tags[first] == O {
		first++
	}
	if first == n {
		return
	}
	last := (*[NumTags]int32)(beta[(n-1)*NumTags:])
	for t := range Tag(NumTags) {
		last[t] = negInf32
		if allowedEnd[t] {
			last[t] = l.trans[t][O]
		}
	}
	for i := n - 2; i >= first; i-- {
		l.backward((*[NumTags]int32)(beta[(i+1)*NumTags:]), (*[NumTags]int32)(beta[i*NumTags:]),
			(*[NumTags]int32)(em[(i+1)*NumTags:]))
	}
	for i := first; i < n; i++ {
		if tags[i] == O {
			continue
		}
		a, b := (*[NumTags]int32)(alpha[i*NumTags:]), (*[NumTags]int32)(beta[i*NumTags:])
		var sum [NumTags]int32
		for t := range sum {
			sum[t] = a[t] + b[t]
		}
		chosen := sum[tags[i]]
		sum[tags[i]] = 2 * negInf32
		other := sum[0]
		for _, v := range sum[1:] {
			other = max(other, v)
		}
		// Sums that include an impossible tag stay near 2 × negInf32, far
		// below any reachable score.
		if other <= negInf32/2 {
			margin[i] = noRival
		} else {
			margin[i] = max(chosen-other, 0)
		}
	}
}

// backward computes the backward scores cur of a character from those of
// the character after, next, whose emission scores are e.
func (l *lattice) backward(next, cur, e *[NumTags]int32) {
	// The score from the next character on, given each of startTags there.
	ahead := [len(startTags)]int32{e[O] + next[O], e[perB] + next[perB], e[perS] + next[perS],
		e[locB] + next[locB], e[locS] + next[locS], e[orgB] + next[orgB], e[orgS] + next[orgS]}
	cur[O] = max7(&l.closeTo[0], &ahead)
	cur[perE] = max7(&l.closeTo[1], &ahead)
	cur[perS] = max7(&l.closeTo[2], &ahead)
	cur[locE] = max7(&l.closeTo[3], &ahead)
	cur[locS] = max7(&l.closeTo[4], &ahead)
	cur[orgE] = max7(&l.closeTo[5], &ahead)
	cur[orgS] = max7(&l.closeTo[6], &ahead)
	c := &l.cont
	vi, ve := e[perI]+next[perI], e[perE]+next[perE]
	cur[perB] = max(c[KindPER][0]+vi, c[KindPER][1]+ve)
	cur[perI] = max(c[KindPER][2]+vi, c[KindPER][3]+ve)
	vi, ve = e[locI]+next[locI], e[locE]+next[locE]
	cur[locB] = max(c[KindLOC][0]+vi, c[KindLOC][1]+ve)
	cur[locI] = max(c[KindLOC][2]+vi, c[KindLOC][3]+ve)
	vi, ve = e[orgI]+next[orgI], e[orgE]+next[orgE]
	cur[orgB] = max(c[KindORG][0]+vi, c[KindORG][1]+ve)
	cur[orgI] = max(c[KindORG][2]+vi, c[KindORG][3]+ve)
}
