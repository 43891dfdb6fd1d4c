package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"time"

	"github.com/zhfacts/zhfacts/pipeline"
	"github.com/zhfacts/zhfacts/pipeline/sink"
	"github.com/zhfacts/zhfacts/pipeline/source"
)

// manifestName is the run manifest in an output directory.
const manifestName = "_manifest.json"

// Run states recorded in the manifest.
const (
	statusRunning     = "running"     // in progress, or killed without a chance to say so
	statusInterrupted = "interrupted" // stopped by a signal; --resume continues it
	statusFailed      = "failed"      // the run itself failed; --resume continues it
	statusComplete    = "complete"
)

// manifest is _manifest.json: what a run read, with which settings and
// tool, what it wrote, and how far it got, so --resume can continue it.
type manifest struct {
	Version int           `json:"version"`
	Status  string        `json:"status"`
	Error   string        `json:"error,omitempty"`
	Tool    toolInfo      `json:"tool"`
	Config  runConfig     `json:"config"`
	Inputs  []inputRecord `json:"inputs"`
	Counts  countsRecord  `json:"counts"`
	Timings timings       `json:"timings"`
	Resume  resumeState   `json:"resume"`
}

type toolInfo struct {
	Module    string   `json:"module"`
	Version   string   `json:"version"`
	Go        string   `json:"go"`
	Revision  string   `json:"vcs_revision,omitempty"`
	Time      string   `json:"vcs_time,omitempty"`
	Modified  bool     `json:"vcs_modified,omitempty"`
	GOOS      string   `json:"goos"`
	GOARCH    string   `json:"goarch"`
	NumCPU    int      `json:"num_cpu"`
	Hostname  string   `json:"hostname,omitempty"`
	Arguments []string `json:"arguments"`
}

// runConfig is the configuration that shapes the output. A resumed run
// must use the same, or its rows would not match the committed ones.
type runConfig struct {
	Stages      []string      `json:"stages"`
	MaxDocBytes int           `json:"max_doc_bytes"`
	MaxRatio    int           `json:"max_ratio"`
	PublishedAt string        `json:"published_at,omitempty"`
	Fields      source.Fields `json:"fields"`
	Include     []string      `json:"include,omitempty"`
	Exclude     []string      `json:"exclude,omitempty"`
	// Not compared on resume: they do not change any row.
	Workers   int   `json:"workers"`
	PartRows  int64 `json:"part_rows"`
	PartBytes int64 `json:"part_bytes"`
}

// sameOutput reports whether a and b produce the same rows.
func (a runConfig) sameOutput(b runConfig) bool {
	return slices.Equal(a.Stages, b.Stages) && a.MaxDocBytes == b.MaxDocBytes && a.MaxRatio == b.MaxRatio &&
		a.PublishedAt == b.PublishedAt && a.Fields == b.Fields &&
		slices.Equal(a.Include, b.Include) && slices.Equal(a.Exclude, b.Exclude)
}

type inputRecord struct {
	Path    string    `json:"path"`
	Size    int64     `json:"size"`
	ModTime time.Time `json:"mtime"`
	SHA256  string    `json:"sha256,omitempty"`
}

// countsRecord is the totals over the committed documents.
type countsRecord struct {
	Documents  int              `json:"documents"`
	Failed     int              `json:"failed"`
	Warnings   int              `json:"warnings"`
	Mentions   map[string]int   `json:"mentions"` // by type, nested names included
	Nested     int              `json:"nested_mentions"`
	Facts      int              `json:"facts"`
	InputBytes int64            `json:"input_bytes"`
	Chars      int64            `json:"chars"`
	Rows       map[string]int64 `json:"rows"` // by table
}

type timings struct {
	StartedAt  time.Time  `json:"started_at"`
	UpdatedAt  time.Time  `json:"updated_at"`
	FinishedAt *time.Time `json:"finished_at,omitempty"`
	// ElapsedSeconds sums the wall time of every session of the run.
	ElapsedSeconds float64 `json:"elapsed_seconds"`
	Sessions       int     `json:"sessions"`
}

// resumeState is what --resume continues from: the documents (in input
// order) and the parts committed so far.
type resumeState struct {
	Documents int64       `json:"documents"`
	Parts     []sink.Part `json:"parts"`
}

func newToolInfo(args []string) toolInfo {
	t := toolInfo{Version: "(devel)", Go: runtime.Version(), GOOS: runtime.GOOS, GOARCH: runtime.GOARCH,
		NumCPU: runtime.NumCPU(), Arguments: args}
	t.Hostname, _ = os.Hostname()
	if bi, ok := debug.ReadBuildInfo(); ok {
		t.Module, t.Go = bi.Main.Path, bi.GoVersion
		if bi.Main.Version != "" {
			t.Version = bi.Main.Version
		}
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				t.Revision = s.Value
			case "vcs.time":
				t.Time = s.Value
			case "vcs.modified":
				t.Modified = s.Value == "true"
			}
		}
	}
	return t
}

func inputRecords(in []source.Input) []inputRecord {
	out := make([]inputRecord, len(in))
	for i, x := range in {
		out[i] = inputRecord{Path: x.Path, Size: x.Size, ModTime: x.ModTime, SHA256: x.SHA256}
	}
	return out
}

// checkInputs returns an error unless the inputs are those the manifest
// recorded, by path, size and modification time.
func (m *manifest) checkInputs(in []source.Input) error {
	if len(in) != len(m.Inputs) {
		return fmt.Errorf("cannot resume: the run read %d input files, now there are %d", len(m.Inputs), len(in))
	}
	for i, x := range in {
		r := m.Inputs[i]
		switch {
		case x.Path == "-":
			return fmt.Errorf("cannot resume a run that reads standard input")
		case x.Path != r.Path:
			return fmt.Errorf("cannot resume: input %d is %s, the run read %s", i+1, x.Path, r.Path)
		case x.Size != r.Size || !x.ModTime.Equal(r.ModTime):
			return fmt.Errorf("cannot resume: %s changed since the run read it (size %d → %d, modified %s → %s)",
				x.Path, r.Size, x.Size, r.ModTime.Format(time.RFC3339), x.ModTime.Format(time.RFC3339))
		}
	}
	return nil
}

// stats returns the committed totals as pipeline.Stats.
func (c countsRecord) stats(elapsed time.Duration) pipeline.Stats {
	s := pipeline.Stats{Documents: c.Documents, Failed: c.Failed, Warnings: c.Warnings, Mentions: map[string]int{}, Nested: c.Nested,
		Facts: c.Facts, InputBytes: c.InputBytes, Chars: c.Chars, Elapsed: elapsed}
	for t, n := range c.Mentions {
		s.Mentions[t] = n
	}
	return s
}

func countsOf(s pipeline.Stats, parts []sink.Part) countsRecord {
	c := countsRecord{Documents: s.Documents, Failed: s.Failed, Warnings: s.Warnings, Mentions: map[string]int{}, Nested: s.Nested,
		Facts: s.Facts, InputBytes: s.InputBytes, Chars: s.Chars, Rows: map[string]int64{}}
	for t, n := range s.Mentions {
		c.Mentions[t] = n
	}
	for _, t := range sink.Tables {
		c.Rows[t] = 0
	}
	for _, p := range parts {
		for t, n := range p.Rows {
			c.Rows[t] += n
		}
	}
	return c
}

// loadManifest reads dir's manifest; it returns nil and no error when
// there is none.
func loadManifest(dir string) (*manifest, error) {
	path := filepath.Join(dir, manifestName)
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var m manifest
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if m.Version != 1 {
		return nil, fmt.Errorf("%s: manifest version %d, want 1", path, m.Version)
	}
	return &m, nil
}

// save writes the manifest atomically: to a temporary file, synced, then
// renamed over the old one, so a crash leaves the old or the new manifest.
func (m *manifest) save(dir string) error {
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	tmp := filepath.Join(dir, fmt.Sprintf(".%s.tmp-%d", manifestName, os.Getpid()))
	f, err := os.Create(tmp)
	if err != nil {
		return fmt.Errorf("writing manifest: %w", err)
	}
	_, err = f.Write(append(data, '\n'))
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, filepath.Join(dir, manifestName))
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("writing manifest: %w", err)
	}
	return nil
}

// checkpointSink writes documents into parts and, each time a part is
// committed, records it in the manifest with the totals so far.
type checkpointSink struct {
	parts *sink.Parts
	m     *manifest
	dir   string
	src   *source.Reader
	// total counts every committed or written document of the run, over
	// all its sessions.
	total       pipeline.Stats
	prevElapsed time.Duration
	start       time.Time
}

// Write implements pipeline.Sink.
func (c *checkpointSink) Write(d *pipeline.Doc) error {
	return c.WritePrepared(d, c.Prepare(d))
}

// Prepare implements pipeline.Preparer.
func (c *checkpointSink) Prepare(d *pipeline.Doc) any { return c.parts.Prepare(d) }

// WritePrepared implements pipeline.Preparer.
func (c *checkpointSink) WritePrepared(d *pipeline.Doc, prepared any) error {
	if err := c.parts.WritePrepared(d, prepared); err != nil {
		return err
	}
	c.total.Add(d)
	if c.parts.Full() {
		return c.checkpoint(statusRunning, "")
	}
	return nil
}

// checkpoint commits the current part and records the run's state.
func (c *checkpointSink) checkpoint(status, msg string) error {
	part, ok, err := c.parts.Commit()
	if err != nil {
		return err
	}
	if ok {
		c.m.Resume.Parts = append(c.m.Resume.Parts, part)
		c.m.Resume.Documents += part.Documents
	}
	return c.record(status, msg)
}

// record saves the manifest with the given status and the current totals.
func (c *checkpointSink) record(status, msg string) error {
	now := time.Now()
	c.m.Status, c.m.Error = status, msg
	c.m.Inputs = inputRecords(c.src.Inputs())
	c.m.Counts = countsOf(c.total, c.m.Resume.Parts)
	c.m.Timings.UpdatedAt = now.UTC()
	c.m.Timings.ElapsedSeconds = (c.prevElapsed + now.Sub(c.start)).Seconds()
	if status == statusComplete {
		t := now.UTC()
		c.m.Timings.FinishedAt = &t
	}
	return c.m.save(c.dir)
}

// Close implements pipeline.Sink: it commits the last part and marks the
// run complete.
func (c *checkpointSink) Close() error {
	part, ok, err := c.parts.Finish()
	if err != nil {
		return err
	}
	if ok {
		c.m.Resume.Parts = append(c.m.Resume.Parts, part)
		c.m.Resume.Documents += part.Documents
	}
	return c.record(statusComplete, "")
}

// Abort removes the part being written, keeping the committed ones for
// --resume, and records why the run stopped.
func (c *checkpointSink) Abort(status string, cause error) error {
	return errors.Join(c.parts.Abort(), c.record(status, cause.Error()))
}
