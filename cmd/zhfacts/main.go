// Command zhfacts turns archives of Chinese news into Parquet tables of
// mentions (people, organizations, places, money, dates…) and facts.
//
//	zhfacts run [flags] [INPUT...]      archives → Parquet directory
//	zhfacts extract [flags] [FILE|-]    documents → JSON on stdout
//	zhfacts eval --gold FILE [flags]    score extraction against gold spans
//
// The command only parses flags and wires sources, the pipeline and sinks;
// everything it does is available from Go through pipeline/ and extractors/.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

// Exit codes.
const (
	exitOK    = 0
	exitFail  = 1
	exitUsage = 2
)

// errUsage marks an error in how the command was called. The flag package
// has already printed its own errors, so those are quiet.
type errUsage struct {
	msg   string
	quiet bool
}

func (e errUsage) Error() string { return e.msg }

func usageErrorf(format string, args ...any) error {
	return errUsage{msg: fmt.Sprintf(format, args...)}
}

type command struct {
	name    string
	summary string
	run     func(args []string, stdin io.Reader, stdout, stderr io.Writer) error
}

var commands = []command{
	{"run", "process archives into a directory of Parquet tables", runCmd},
	{"extract", "print documents with their mentions and facts as JSON", extractCmd},
	{"eval", "score extraction against gold entity spans", evalCmd},
}

func main() {
	os.Exit(mainArgs(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func mainArgs(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		topUsage(stderr)
		return exitUsage
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		topUsage(stdout)
		return exitOK
	}
	for _, c := range commands {
		if c.name != args[0] {
			continue
		}
		err := c.run(args[1:], stdin, stdout, stderr)
		var u errUsage
		switch {
		case err == nil:
			return exitOK
		case errors.Is(err, flag.ErrHelp):
			return exitOK
		case errors.As(err, &u):
			if !u.quiet {
				fmt.Fprintf(stderr, "zhfacts %s: %s\nRun 'zhfacts %s --help' for usage.\n", c.name, u.msg, c.name)
			}
			return exitUsage
		default:
			fmt.Fprintf(stderr, "zhfacts %s: %v\n", c.name, err)
			return exitFail
		}
	}
	fmt.Fprintf(stderr, "zhfacts: unknown command %q\n", args[0])
	topUsage(stderr)
	return exitUsage
}

func topUsage(w io.Writer) {
	fmt.Fprintln(w, "zhfacts turns archives of Chinese news into tables of mentions and facts.")
	fmt.Fprintln(w, "\nUsage:\n  zhfacts COMMAND [flags] [args]\n\nCommands:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'zhfacts COMMAND --help' for a command's flags.")
}

// newFlags returns a flag set whose usage text names the command and its
// arguments.
func newFlags(name, args, about string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: zhfacts %s [flags] %s\n\n%s\n\nFlags:\n", name, args, about)
		printDefaults(fs)
	}
	return fs
}

// printDefaults lists flags the way the documentation writes them, --name.
func printDefaults(fs *flag.FlagSet) {
	fs.VisitAll(func(f *flag.Flag) {
		typ, usage := flag.UnquoteUsage(f)
		line := "  --" + f.Name
		if typ != "" {
			line += " " + typ
		}
		line += "\n    \t" + strings.ReplaceAll(usage, "\n", "\n    \t")
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" {
			if typ == "string" {
				line += fmt.Sprintf(" (default %q)", f.DefValue)
			} else {
				line += " (default " + f.DefValue + ")"
			}
		}
		fmt.Fprintln(fs.Output(), line)
	})
}

// parseInterspersed parses flags that may come before or after positional
// arguments (zhfacts extract FILE --format jsonl) and returns the positionals.
// A lone "-" is a positional argument (stdin); "--" ends flag parsing.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, errUsage{msg: err.Error(), quiet: true}
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}
