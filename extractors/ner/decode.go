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

// viterbi writes to tags the best well-formed tag sequence for the emission
// scores em (n × NumTags) under transition scores trans, using alpha
// (n × NumTags) as work space; on return alpha holds the forward scores.
// The sentence is treated as if O tags stood before and after it, so
// transitions from and to O score its start and end. The loops follow the
// BIOES grammar instead of testing every pair of tags: a span or O starts
// only after O, E or S, and I and E continue only B or I of their kind.
//
// The forward pass keeps only maxima, without branches; the backtrace
// recovers each predecessor from alpha, which costs one step per character
// instead of a back-pointer per tag and character.
func viterbi(em []int32, trans *[NumTags][NumTags]int32, tags []Tag, alpha []int32) {
	n := len(tags)
	if n == 0 {
		return
	}
	a0 := (*[NumTags]int32)(alpha)
	for t := range Tag(NumTags) {
		a0[t] = negInf32
		if allowedStart[t] {
			a0[t] = em[t] + trans[O][t]
		}
	}
	// open[j][k] is the transition from closedTags[k] to startTags[j], laid
	// out so the inner loop runs over a fixed-size array.
	var open [len(startTags)][len(closedTags)]int32
	for j, t := range startTags {
		for k, p := range closedTags {
			open[j][k] = trans[p][t]
		}
	}
	for i := 1; i < n; i++ {
		prev := (*[NumTags]int32)(alpha[(i-1)*NumTags:])
		cur := (*[NumTags]int32)(alpha[i*NumTags:])
		e := (*[NumTags]int32)(em[i*NumTags:])
		var closed [len(closedTags)]int32
		for k, p := range closedTags {
			closed[k] = prev[p]
		}
		for j, t := range startTags {
			cur[t] = max7(&closed, &open[j]) + e[t]
		}
		for k := range numKinds {
			tb, ti, te := tagOf(k, posB), tagOf(k, posI), tagOf(k, posE)
			cur[ti] = max(prev[tb]+trans[tb][ti], prev[ti]+trans[ti][ti]) + e[ti]
			cur[te] = max(prev[tb]+trans[tb][te], prev[ti]+trans[ti][te]) + e[te]
		}
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
		tags[i-1] = bestBefore((*[NumTags]int32)(alpha[(i-1)*NumTags:]), trans, tags[i])
	}
}

// bestBefore returns the tag before t on the best path, given the forward
// scores prev of the previous character. Ties go to the first candidate in
// the order of closedTags, and to B over I.
func bestBefore(prev *[NumTags]int32, trans *[NumTags][NumTags]int32, t Tag) Tag {
	if allowedStart[t] {
		best, arg := int32(negInf32), O
		for _, p := range closedTags {
			if v := prev[p] + trans[p][t]; v > best {
				best, arg = v, p
			}
		}
		return arg
	}
	k := t.Kind()
	tb, ti := tagOf(k, posB), tagOf(k, posI)
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
func margins(em []int32, trans *[NumTags][NumTags]int32, tags []Tag, alpha, beta, margin []int32) {
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
			last[t] = trans[t][O]
		}
	}
	// close[k][j] is the transition from closedTags[k] to startTags[j].
	var closeTo [len(closedTags)][len(closedTags)]int32
	for k, t := range closedTags {
		for j, u := range startTags {
			closeTo[k][j] = trans[t][u]
		}
	}
	for i := n - 2; i >= first; i-- {
		cur, next := (*[NumTags]int32)(beta[i*NumTags:]), (*[NumTags]int32)(beta[(i+1)*NumTags:])
		emNext := (*[NumTags]int32)(em[(i+1)*NumTags:])
		var ahead [len(closedTags)]int32 // score from i+1 on, given startTags[j] there
		for j, u := range startTags {
			ahead[j] = emNext[u] + next[u]
		}
		for k, t := range closedTags {
			cur[t] = max7(&closeTo[k], &ahead)
		}
		for k := range numKinds {
			tb, ti, te := tagOf(k, posB), tagOf(k, posI), tagOf(k, posE)
			vi, ve := emNext[ti]+next[ti], emNext[te]+next[te]
			cur[tb] = max(trans[tb][ti]+vi, trans[tb][te]+ve)
			cur[ti] = max(trans[ti][ti]+vi, trans[ti][te]+ve)
		}
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
