package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"
)

type sliceSource struct {
	docs []*Doc
	err  error // returned after the docs instead of io.EOF
}

func (s *sliceSource) Next() (*Doc, error) {
	if len(s.docs) == 0 {
		if s.err != nil {
			return nil, s.err
		}
		return nil, io.EOF
	}
	d := s.docs[0]
	s.docs = s.docs[1:]
	return d, nil
}

type collectSink struct {
	ids    []string
	failAt int // fail on this write (1-based); 0 never
}

func (c *collectSink) Write(d *Doc) error {
	if c.failAt > 0 && len(c.ids)+1 == c.failAt {
		return errors.New("disk full")
	}
	c.ids = append(c.ids, d.ID+":"+d.Text)
	return nil
}

func (c *collectSink) Close() error { return nil }

// upper is a stage whose cost varies by document, so workers finish out of order.
type upper struct{}

func (upper) Name() string { return "upper" }
func (upper) Process(d *Doc) error {
	time.Sleep(time.Duration(d.ID[len(d.ID)-1]%7) * 20 * time.Microsecond)
	d.SetText(strings.ToUpper(d.Text) + "0")
	return nil
}

type failing struct{ panics bool }

func (failing) Name() string { return "failing" }
func (f failing) Process(d *Doc) error {
	if f.panics {
		panic("boom")
	}
	return errors.New("rule exploded")
}

func docs(n int) []*Doc {
	out := make([]*Doc, n)
	for i := range out {
		out[i] = &Doc{ID: fmt.Sprintf("d%03d", i), Text: fmt.Sprintf("t%d", i), InputBytes: 2}
	}
	return out
}

func TestRunKeepsInputOrderForAnyWorkerCount(t *testing.T) {
	var want []string
	for _, workers := range []int{1, 2, 4, 8} {
		for _, batch := range []int{1, 7, 0} {
			sink := &collectSink{}
			stats, err := Run(context.Background(), &sliceSource{docs: docs(200)}, New(upper{}), sink, Options{Workers: workers, BatchBytes: batch})
			if err != nil {
				t.Fatal(err)
			}
			if stats.Documents != 200 || stats.InputBytes != 400 {
				t.Errorf("workers=%d batch=%d: stats = %+v", workers, batch, stats)
			}
			if want == nil {
				want = sink.ids
				if want[0] != "d000:T00" || want[199] != "d199:T1990" {
					t.Fatalf("unexpected output %q … %q", want[0], want[199])
				}
				continue
			}
			if !reflect.DeepEqual(sink.ids, want) {
				t.Errorf("workers=%d batch=%d: output differs from workers=1 batch=1", workers, batch)
			}
		}
	}
}

// preparingSink is a Preparer that records which goroutine prepared each
// document: Prepare runs on the workers, after the stages.
type preparingSink struct {
	collectSink
	writer  int64 // goroutine of the first WritePrepared
	onOther int   // documents prepared on a goroutine other than writer
	direct  int   // documents written through Write
}

func (c *preparingSink) Prepare(d *Doc) any {
	return [2]any{goroutineID(), d.ID + ":" + d.Text}
}

func (c *preparingSink) WritePrepared(d *Doc, prepared any) error {
	p := prepared.([2]any)
	if c.writer == 0 {
		c.writer = goroutineID()
	}
	if p[0].(int64) != c.writer {
		c.onOther++
	}
	c.ids = append(c.ids, p[1].(string))
	return nil
}

func (c *preparingSink) Write(d *Doc) error {
	c.direct++
	return c.collectSink.Write(d)
}

// goroutineID returns the calling goroutine's id, from its stack header.
func goroutineID() int64 {
	buf := make([]byte, 64)
	buf = buf[:runtime.Stack(buf, false)]
	var id int64
	fmt.Sscanf(string(buf), "goroutine %d ", &id)
	return id
}

func TestRunPreparesOnWorkers(t *testing.T) {
	plain := &collectSink{}
	if _, err := Run(context.Background(), &sliceSource{docs: docs(50)}, New(upper{}), plain, Options{Workers: 1}); err != nil {
		t.Fatal(err)
	}
	for _, workers := range []int{1, 4} {
		sink := &preparingSink{}
		if _, err := Run(context.Background(), &sliceSource{docs: docs(50)}, New(upper{}), sink, Options{Workers: workers, BatchBytes: 7}); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(sink.ids, plain.ids) {
			t.Errorf("workers=%d: prepared output %q…, want %q… (the stages' output, in order)", workers, sink.ids[:3], plain.ids[:3])
		}
		if sink.direct != 0 || sink.onOther != 50 {
			t.Errorf("workers=%d: %d documents written through Write, %d of 50 prepared off the writing goroutine", workers, sink.direct, sink.onOther)
		}
	}
}

// picky fails on one document only.
type picky struct{ id string }

func (picky) Name() string { return "picky" }
func (p picky) Process(d *Doc) error {
	if d.ID == p.id {
		return errors.New("rule exploded")
	}
	d.SetText(d.Text + "p")
	return nil
}

func TestProcessBatchKeepsDocumentsApart(t *testing.T) {
	ds := docs(4)
	ds[2].AddError("source", SeverityError, "malformed JSON", -1)
	New(picky{id: "d001"}, upper{}).ProcessBatch(ds)
	got := []string{ds[0].Text, ds[1].Text, ds[2].Text, ds[3].Text}
	// d001 loses only the failing stage's output; d002 failed at its source
	// and is left as it came.
	want := []string{"T0P0", "T10", "t2", "T3P0"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("texts = %q, want %q", got, want)
	}
	if len(ds[0].Errors) != 0 || len(ds[1].Errors) != 1 || ds[1].Errors[0].Stage != "picky" || len(ds[2].Errors) != 1 {
		t.Errorf("errors = %v / %v / %v", ds[0].Errors, ds[1].Errors, ds[2].Errors)
	}
}

func TestRunStageErrorsBecomeDocErrors(t *testing.T) {
	for _, panics := range []bool{false, true} {
		sink := &collectSink{}
		ds := docs(3)
		stats, err := Run(context.Background(), &sliceSource{docs: ds}, New(failing{panics}, upper{}), sink, Options{Workers: 2})
		if err != nil {
			t.Fatal(err)
		}
		if stats.Documents != 3 || stats.Failed != 3 {
			t.Errorf("panics=%v: stats = %+v", panics, stats)
		}
		e := ds[0].Errors[0]
		if e.Stage != "failing" || e.Severity != SeverityError {
			t.Errorf("panics=%v: error = %+v", panics, e)
		}
		if panics && !strings.HasPrefix(e.Message, "panic: boom") {
			t.Errorf("panic message = %q", e.Message)
		}
		// Later stages still ran.
		if ds[0].Text != "T00" {
			t.Errorf("panics=%v: later stage did not run: %q", panics, ds[0].Text)
		}
	}
}

func TestRunSkipsStagesForSourceErrors(t *testing.T) {
	bad := &Doc{ID: "bad", Text: "x"}
	bad.AddError("source", SeverityError, "malformed JSON", -1)
	sink := &collectSink{}
	stats, err := Run(context.Background(), &sliceSource{docs: []*Doc{bad}}, New(upper{}), sink, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if bad.Text != "x" || stats.Failed != 1 || len(sink.ids) != 1 {
		t.Errorf("source error doc: text %q, stats %+v, written %v", bad.Text, stats, sink.ids)
	}
}

func TestRunReportsSinkAndSourceErrors(t *testing.T) {
	sink := &collectSink{failAt: 5}
	_, err := Run(context.Background(), &sliceSource{docs: docs(100)}, New(upper{}), sink, Options{Workers: 3, BatchBytes: 4})
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("sink failure: err = %v", err)
	}
	if len(sink.ids) != 4 {
		t.Errorf("wrote %d docs before failing, want 4", len(sink.ids))
	}

	src := &sliceSource{docs: docs(3), err: errors.New("input vanished")}
	sink = &collectSink{}
	_, err = Run(context.Background(), src, New(), sink, Options{Workers: 2})
	if err == nil || !strings.Contains(err.Error(), "input vanished") || len(sink.ids) != 3 {
		t.Errorf("source failure: err = %v, wrote %d", err, len(sink.ids))
	}
}

func TestRunStopsOnCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	sink := &collectSink{}
	n := 0
	_, err := Run(ctx, &sliceSource{docs: docs(1000)}, New(upper{}), sink, Options{Workers: 2, BatchBytes: 8, OnDocument: func(*Doc, Stats) {
		n++
		if n == 10 {
			cancel()
		}
	}})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	if len(sink.ids) != 10 {
		t.Errorf("wrote %d docs after cancelling at 10", len(sink.ids))
	}
	// What was written is a prefix of the input: nothing skipped.
	for i, id := range sink.ids {
		if !strings.HasPrefix(id, fmt.Sprintf("d%03d:", i)) {
			t.Fatalf("output %d is %q: not a prefix of the input", i, id)
		}
	}
}

func TestWithout(t *testing.T) {
	p := New(upper{}, failing{})
	q, err := p.Without("failing")
	if err != nil || !reflect.DeepEqual(q.Names(), []string{"upper"}) {
		t.Errorf("Without(failing) = %v, %v", q.Names(), err)
	}
	if _, err := p.Without("nope"); err == nil || !strings.Contains(err.Error(), "no such stage: nope") {
		t.Errorf("Without(nope) err = %v", err)
	}
}

// TestStatsAdd counts documents, mentions by type, nested names and facts.
func TestStatsAdd(t *testing.T) {
	var s Stats
	parent := 0
	d := &Doc{Text: "日本工程院院士", Mentions: []Mention{
		{ID: 0, Type: Org, Start: 0, End: 5},
		{ID: 1, Type: Place, Start: 0, End: 2, Parent: &parent},
	}, Facts: []Fact{{ID: 0, Kind: "role"}}}
	s.Add(d)
	s.Add(&Doc{Text: "无"})
	if s.Documents != 2 || s.Mentions[Org] != 1 || s.Mentions[Place] != 1 || s.Nested != 1 || s.Facts != 1 || s.Chars != 8 {
		t.Errorf("Stats = %+v", s)
	}
}

// TestStatsAddManyTypes counts the mentions of a document with more types
// than Add keeps local counters for, each type several times and out of
// order, against a plain count.
func TestStatsAddManyTypes(t *testing.T) {
	d := &Doc{Text: "文"}
	want := map[string]int{}
	for i := range 100 {
		typ := fmt.Sprintf("T%d", i*7%13)
		d.Mentions = append(d.Mentions, Mention{ID: i, Type: typ})
		want[typ]++
	}
	var s Stats
	s.Add(d)
	s.Add(d)
	for typ, n := range want {
		if s.Mentions[typ] != 2*n {
			t.Errorf("Mentions[%s] = %d, want %d", typ, s.Mentions[typ], 2*n)
		}
	}
	if len(s.Mentions) != len(want) {
		t.Errorf("%d types counted, want %d", len(s.Mentions), len(want))
	}
}

// TestProcessBatchCompletesDeferred checks that ProcessBatch completes
// deferred documents before any stage, and leaves those their completion
// failed to the sink untouched.
func TestProcessBatchCompletesDeferred(t *testing.T) {
	good, bad := &Doc{ID: "a"}, &Doc{ID: "b"}
	good.Defer(func(d *Doc) { d.SetText("t") })
	bad.Defer(func(d *Doc) { d.AddError("source", SeverityError, "invalid JSON", -1) })
	New(upper{}).ProcessBatch([]*Doc{good, bad})
	if good.Text != "T0" {
		t.Errorf("deferred text after the stage = %q, want T0", good.Text)
	}
	if bad.Text != "" || len(bad.Errors) != 1 {
		t.Errorf("failed completion: text %q, errors %+v; want no stage run and its one error", bad.Text, bad.Errors)
	}
}
