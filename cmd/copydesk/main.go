// Command copydesk lints English news copy that was scraped from the web or
// machine-translated: typos, foreign fragments, translation artefacts, scrape
// residue and name variants, with a report for every document.
//
// Exit codes: 0 the gate passed, 1 the gate failed, 2 usage, configuration or input errors.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"

	"github.com/urfave/cli/v2"

	"github.com/copydesk/copydesk/reports"
)

// Exit codes.
const (
	exitOK    = 0
	exitGate  = 1
	exitUsage = 2
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if os.Getenv("GOMEMLIMIT") == "" {
		// The collector lets garbage grow to the size of the live heap before it
		// runs; on a 50 MB file that doubled peak memory for nothing. A soft
		// limit makes it run sooner near the limit (never using more than half
		// the CPU for it); GOMEMLIMIT overrides it.
		debug.SetMemoryLimit(defaultMemoryLimit)
	}
	stopProfiles := startProfiles(os.Stderr)
	code := run(ctx, os.Args, os.Stdin, os.Stdout, os.Stderr)
	stopProfiles()
	os.Exit(code)
}

// defaultMemoryLimit is the soft memory limit of a run (see main).
const defaultMemoryLimit = 320 << 20

// exitError carries an exit code out of a command.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

func fail(code int, format string, args ...any) error {
	return &exitError{code: code, msg: fmt.Sprintf(format, args...)}
}

// run is main without the process: tests call it with their own streams.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	app := &cli.App{
		Name:            "copydesk",
		Usage:           "lint English news copy that was scraped or machine-translated",
		Version:         reports.Version,
		Reader:          stdin,
		Writer:          stdout,
		ErrWriter:       stderr,
		HideHelpCommand: true,
		Commands: []*cli.Command{
			checkCommand(),
			fixCommand(),
			cleanCommand(),
			namesCommand(),
			rulesCommand(),
			initCommand(),
			versionCommand(),
		},
		ExitErrHandler: func(*cli.Context, error) {}, // run decides the exit code
	}
	err := app.RunContext(ctx, args)
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.msg != "" {
			fmt.Fprintln(stderr, "copydesk:", ee.msg)
		}
		return ee.code
	}
	fmt.Fprintln(stderr, "copydesk:", err)
	return exitUsage
}

func versionCommand() *cli.Command {
	return &cli.Command{
		Name:  "version",
		Usage: "print copydesk's version",
		Action: func(c *cli.Context) error {
			fmt.Fprintln(c.App.Writer, "copydesk", reports.Version)
			return nil
		},
	}
}
