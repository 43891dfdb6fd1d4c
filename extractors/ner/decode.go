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

type score interface{ ~int32 | ~float32 }

// viterbi writes to tags the best well-formed tag sequence for the emission
// scores em (n × NumTags) under transition scores trans, using alpha and bp
// (n × NumTags each) as work space; on return alpha holds the forward
// scores. The sentence is treated as if O tags stood before and after it, so
// transitions from and to O score its start and end. The loops follow the
// BIOES grammar instead of testing every pair of tags: a span or O starts
// only after O, E or S, and I and E continue only B or I of their kind.
func viterbi[S score](em []S, trans *[NumTags][NumTags]S, negInf S, tags []Tag, alpha []S, bp []Tag) {
	n := len(tags)
	if n == 0 {
		return
	}
	a0 := (*[NumTags]S)(alpha)
	for t := range Tag(NumTags) {
		a0[t] = negInf
		if allowedStart[t] {
			a0[t] = em[t] + trans[O][t]
		}
	}
	// open[j][k] is the transition from closedTags[k] to startTags[j], laid
	// out so the inner loop runs over a fixed-size array.
	var open [len(startTags)][len(closedTags)]S
	for j, t := range startTags {
		for k, p := range closedTags {
			open[j][k] = trans[p][t]
		}
	}
	for i := 1; i < n; i++ {
		prev := (*[NumTags]S)(alpha[(i-1)*NumTags:])
		cur := (*[NumTags]S)(alpha[i*NumTags:])
		e := (*[NumTags]S)(em[i*NumTags:])
		b := (*[NumTags]Tag)(bp[i*NumTags:])
		var closed [len(closedTags)]S
		for k, p := range closedTags {
			closed[k] = prev[p]
		}
		for j, t := range startTags {
			best, arg := negInf, 0
			for k, v := range closed {
				if v += open[j][k]; v > best {
					best, arg = v, k
				}
			}
			cur[t], b[t] = best+e[t], closedTags[arg]
		}
		for k := range numKinds {
			tb, ti := tagOf(k, posB), tagOf(k, posI)
			for _, t := range [2]Tag{ti, tagOf(k, posE)} {
				vb, vi := prev[tb]+trans[tb][t], prev[ti]+trans[ti][t]
				if vb >= vi {
					cur[t], b[t] = vb+e[t], tb
				} else {
					cur[t], b[t] = vi+e[t], ti
				}
			}
		}
	}
	last := (*[NumTags]S)(alpha[(n-1)*NumTags:])
	best, arg := negInf, O
	for _, t := range closedTags {
		if v := last[t] + trans[t][O]; v > best {
			best, arg = v, t
		}
	}
	tags[n-1] = arg
	for i := n - 1; i > 0; i-- {
		tags[i-1] = bp[i*NumTags+int(tags[i])]
	}
}

// negInf32 is low enough never to win and high enough not to overflow when a
// few scores are added to it.
const negInf32 = math.MinInt32 / 4

// margins writes to margin[i] how much the best sequence outscores the best
// sequence that gives character i a different tag: the max-marginal margin,
// from the forward scores alpha left by viterbi and a backward pass through
// beta (n × NumTags).
func margins(em []int32, trans *[NumTags][NumTags]int32, tags []Tag, alpha, beta, margin []int32) {
	n := len(tags)
	if n == 0 {
		return
	}
	last := (*[NumTags]int32)(beta[(n-1)*NumTags:])
	for t := range Tag(NumTags) {
		last[t] = negInf32
		if allowedEnd[t] {
			last[t] = trans[t][O]
		}
	}
	for i := n - 2; i >= 0; i-- {
		cur, next := (*[NumTags]int32)(beta[i*NumTags:]), (*[NumTags]int32)(beta[(i+1)*NumTags:])
		emNext := (*[NumTags]int32)(em[(i+1)*NumTags:])
		var ahead [NumTags]int32 // score from i+1 on, given its tag
		for u := range ahead {
			ahead[u] = emNext[u] + next[u]
		}
		for _, t := range closedTags {
			best := int32(negInf32)
			for _, u := range startTags {
				best = max(best, trans[t][u]+ahead[u])
			}
			cur[t] = best
		}
		for k := range numKinds {
			ti, te := tagOf(k, posI), tagOf(k, posE)
			for _, t := range [2]Tag{tagOf(k, posB), ti} {
				cur[t] = max(trans[t][ti]+ahead[ti], trans[t][te]+ahead[te])
			}
		}
	}
	for i := range n {
		a, b := alpha[i*NumTags:(i+1)*NumTags], beta[i*NumTags:(i+1)*NumTags]
		chosen := a[tags[i]] + b[tags[i]]
		other := int32(negInf32)
		for t := range Tag(NumTags) {
			if t != tags[i] && a[t] > negInf32/2 && b[t] > negInf32/2 {
				other = max(other, a[t]+b[t])
			}
		}
		margin[i] = max(chosen-other, 0)
		if other == negInf32 {
			margin[i] = math.MaxInt32 / 4
		}
	}
}
