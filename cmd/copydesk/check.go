package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/copydesk/copydesk/baseline"
	"github.com/copydesk/copydesk/checks"
	"github.com/copydesk/copydesk/config"
	"github.com/copydesk/copydesk/document"
	"github.com/copydesk/copydesk/gitdiff"
	"github.com/copydesk/copydesk/reports"
)

// formats maps each --format value to its file extension in --report-dir.
var formats = map[string]string{"text": "txt", "json": "json", "jsonl": "jsonl", "sarif": "sarif", "junit": "xml",
	"markdown": "md", "html": "html", "rdjson": "rdjson", "github": "github.txt", "summary": "summary.txt"}

func checkCommand() *cli.Command {
	return &cli.Command{
		Name:      "check",
		Aliases:   []string{"lint"},
		Usage:     "check documents and report findings",
		ArgsUsage: "PATH... (files, directories, JSONL files, or - for standard input)",
		Flags: append(inputFlags(),
			&cli.StringSliceFlag{Name: "format", Aliases: []string{"f"}, Usage: "report format: text, json, jsonl, sarif, junit, markdown, html, rdjson, github, or summary (the corpus figures without the findings) (repeatable with --report-dir)"},
			&cli.StringFlag{Name: "report-dir", Usage: "write one report per document and an index into `DIR`"},
			&cli.StringFlag{Name: "fail-on", Usage: "fail the gate on findings at or above: error, warning, info or none (default error)"},
			&cli.IntFlag{Name: "min-score", Usage: "fail the gate when a document scores below `N` (0-100)"},
			&cli.StringFlag{Name: "max-failing", Usage: "let the run pass while at most `N` documents, or a share such as 5%, fail the gate (default 0)"},
			&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "text format: findings only, no source lines or summary"},
			&cli.BoolFlag{Name: "no-color", Usage: "never colour the text report"},
			&cli.BoolFlag{Name: "list-unknown", Usage: "print the unknown words of the corpus with their counts (to grow the accept-list), not a report"},
			&cli.BoolFlag{Name: "stream", Usage: "write each document's findings as soon as it is checked, in constant memory (jsonl, text or github; names compared within documents only). On by default for jsonl; --stream=false compares names across documents"},
			&cli.StringFlag{Name: "baseline", Usage: "report and gate only findings not recorded in this baseline `FILE`"},
			&cli.StringFlag{Name: "write-baseline", Usage: "record the current findings in `FILE` (then --baseline FILE reports only new ones)"},
			&cli.StringFlag{Name: "changed-since", Usage: "check only files changed since the git `REF` (working tree included)"},
			&cli.BoolFlag{Name: "changed-lines", Usage: "with --changed-since: report only findings on changed lines"},
		),
		Action: checkAction,
	}
}

func checkAction(c *cli.Context) error {
	s, err := loadSetup(c)
	if err != nil {
		return err
	}
	fmts := c.StringSlice("format")
	if len(fmts) == 0 {
		fmts = []string{"text"}
	}
	for _, f := range fmts {
		if _, ok := formats[f]; !ok {
			return fail(exitUsage, "--format %q: want one of %s", f, strings.Join(slices.Sorted(maps.Keys(formats)), ", "))
		}
	}
	dir := c.String("report-dir")
	if dir == "" && len(fmts) > 1 {
		return fail(exitUsage, "several --format values need --report-dir")
	}
	run := &reports.Run{Language: s.cfg.Language, FailOn: checks.Error}
	failOn := s.cfg.FailOn
	if c.IsSet("fail-on") {
		failOn = c.String("fail-on")
	}
	if failOn != "" {
		if run.FailOn, err = checks.ParseSeverity(failOn); err != nil {
			return fail(exitUsage, "--fail-on: %v", err)
		}
	}
	if s.cfg.MinScore != nil {
		run.MinScore = *s.cfg.MinScore
	}
	if c.IsSet("min-score") {
		run.MinScore = c.Int("min-score")
	}
	if run.MinScore < 0 || run.MinScore > 100 {
		return fail(exitUsage, "--min-score %d: want 0 to 100", run.MinScore)
	}
	maxFailing := s.cfg.MaxFailing
	if c.IsSet("max-failing") {
		maxFailing = c.String("max-failing")
	}
	if maxFailing != "" {
		if run.MaxFailing, err = config.ParseAllowance(maxFailing); err != nil {
			return fail(exitUsage, "--max-failing %v", err)
		}
	}

	walk := s.walk(c)
	var changes *gitdiff.Changes
	if ref := c.String("changed-since"); ref != "" {
		if changes, err = gitdiff.Since(".", ref); err != nil {
			return fail(exitUsage, "--changed-since: %v", err)
		}
		inner := walk
		walk = func(fn func(document.Item) error) error {
			return inner(func(it document.Item) error {
				if !changes.Changed(sourcePath(it.Path)) {
					return nil
				}
				return fn(it)
			})
		}
	} else if c.Bool("changed-lines") {
		return fail(exitUsage, "--changed-lines needs --changed-since REF")
	}
	var base *baseline.Baseline
	if p := c.String("baseline"); p != "" {
		if base, err = baseline.Load(p); err != nil {
			return fail(exitUsage, "%v", err)
		}
	}
	// JSONL to standard output streams by itself: one record in, its findings out.
	autoStream := !c.IsSet("stream") && len(fmts) == 1 && fmts[0] == "jsonl" && dir == "" && base == nil &&
		c.String("write-baseline") == "" && !c.Bool("list-unknown")
	if c.Bool("stream") || autoStream {
		if dir != "" || (fmts[0] != "jsonl" && fmts[0] != "text" && fmts[0] != "github") || base != nil || c.String("write-baseline") != "" || c.Bool("list-unknown") {
			return fail(exitUsage, "--stream writes jsonl, text or github to standard output, without --report-dir, baselines or --list-unknown")
		}
		return streamCheck(c, s, run, walk, fmts[0])
	}
	prog := newProgress(c.App.ErrWriter, c.Bool("quiet"))
	results, runErr := s.engine.RunAllProgress(c.Context, c.Int("jobs"), walk, prog.add)
	prog.done()
	if changes != nil && c.Bool("changed-lines") {
		for i := range results {
			r := &results[i]
			kept := r.Findings[:0]
			for _, f := range r.Findings {
				if f.Category == checks.Meta || changedSpan(changes, sourcePath(r.Path), f) {
					kept = append(kept, f)
				}
			}
			r.Findings = kept
		}
	}
	if p := c.String("write-baseline"); p != "" {
		if err := baseline.Write(p, results); err != nil {
			return fail(exitUsage, "%v", err)
		}
	}
	if base != nil {
		base.Filter(results)
	}
	if runErr != nil {
		if !errors.Is(runErr, context.Canceled) {
			return fail(exitUsage, "%v", runErr)
		}
		run.Interrupted = true
	}
	run.Results = results
	out := c.App.Writer
	if c.Bool("list-unknown") {
		return listUnknown(out, results)
	}
	topts := reports.TextOptions{Color: useColor(out, c.Bool("no-color")), Quiet: c.Bool("quiet")}
	if dir != "" {
		if err := writeReportDir(run, dir, fmts); err != nil {
			return fail(exitUsage, "%v", err)
		}
		if !topts.Quiet {
			run.WriteTextSummary(out, results)
			fmt.Fprintf(out, "reports written to %s\n", dir)
		}
	} else if err := writeFormat(run, out, fmts[0], results, topts); err != nil {
		return fail(exitUsage, "writing report: %v", err)
	}
	return gateExit(run, results, c.App.ErrWriter)
}

func writeFormat(run *reports.Run, w io.Writer, format string, results []checks.Result, o reports.TextOptions) error {
	switch format {
	case "json":
		return run.WriteJSON(w, results)
	case "jsonl":
		return run.WriteJSONL(w, results)
	case "sarif":
		return run.WriteSARIF(w, results)
	case "junit":
		return run.WriteJUnit(w, results)
	case "markdown":
		return run.WriteMarkdown(w, results)
	case "html":
		return run.WriteHTMLIndex(w, results, nil)
	case "rdjson":
		return run.WriteRDJSON(w, results)
	case "github":
		return run.WriteGitHub(w, results)
	case "summary":
		return run.WriteSummary(w, results)
	default:
		for _, r := range results {
			if err := run.WriteTextResult(w, r, o); err != nil {
				return err
			}
		}
		if o.Quiet {
			return nil
		}
		return run.WriteTextSummary(w, results)
	}
}

// gateExit turns the run into an exit code: unreadable inputs win (2), then the gate (1).
func gateExit(run *reports.Run, results []checks.Result, stderr io.Writer) error {
	inputErrors := 0
	for _, r := range results {
		if r.Err != nil {
			inputErrors++
		}
	}
	switch {
	case run.Interrupted:
		return fail(exitUsage, "interrupted; reports cover the documents finished before the interruption")
	case inputErrors > 0:
		return fail(exitUsage, "%s could not be read (listed above)", reports.Count(inputErrors, "input"))
	case run.RunFails(results):
		return &exitError{code: exitGate}
	}
	return nil
}

var unsafeName = regexp.MustCompile(`[^A-Za-z0-9._-]+`)

// reportNames gives each document a file name inside the report folder: its id
// made safe (no separators, no "..") and unique.
func reportNames(results []checks.Result) map[int]string {
	used := map[string]bool{"index": true}
	names := map[int]string{}
	for i, r := range results {
		if r.Err != nil {
			continue
		}
		base := unsafeName.ReplaceAllString(r.ID, "_")
		base = strings.Trim(base, "._")
		if base == "" {
			base = "document"
		}
		name := base
		for n := 2; used[strings.ToLower(name)]; n++ {
			name = fmt.Sprintf("%s-%d", base, n)
		}
		used[strings.ToLower(name)] = true
		names[i] = name
	}
	return names
}

func writeReportDir(run *reports.Run, dir string, fmts []string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("report dir: %w", err)
	}
	names := reportNames(run.Results)
	for _, f := range fmts {
		ext := formats[f]
		links := map[int]string{}
		for i, r := range run.Results {
			if f == "summary" {
				break // the run's figures only: a document's summary says less than its report
			}
			name, ok := names[i]
			if !ok {
				continue
			}
			links[i] = name + "." + ext
			var b bytes.Buffer
			var err error
			if f == "html" {
				err = run.WriteHTMLDocument(&b, r, "index.html")
			} else {
				err = writeFormat(run, &b, f, []checks.Result{r}, reports.TextOptions{})
			}
			if err != nil {
				return err
			}
			if err := os.WriteFile(filepath.Join(dir, name+"."+ext), b.Bytes(), 0o644); err != nil {
				return fmt.Errorf("report dir: %w", err)
			}
		}
		var b bytes.Buffer
		var err error
		if f == "html" {
			err = run.WriteHTMLIndex(&b, run.Results, links)
		} else {
			err = writeFormat(run, &b, f, run.Results, reports.TextOptions{Quiet: false})
		}
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, "index."+ext), b.Bytes(), 0o644); err != nil {
			return fmt.Errorf("report dir: %w", err)
		}
	}
	return nil
}

// listUnknown prints "count<TAB>word<TAB>documents" for every unknown word, most frequent first.
func listUnknown(w io.Writer, results []checks.Result) error {
	type entry struct {
		word      string
		count     int
		documents int
	}
	byWord := map[string]*entry{}
	for _, r := range results {
		seen := map[string]bool{}
		for _, f := range r.Findings {
			if f.Rule != "typo.unknown-word" {
				continue
			}
			e := byWord[f.Text]
			if e == nil {
				e = &entry{word: f.Text}
				byWord[f.Text] = e
			}
			e.count++
			if !seen[f.Text] {
				seen[f.Text] = true
				e.documents++
			}
		}
	}
	list := make([]*entry, 0, len(byWord))
	for _, e := range byWord {
		list = append(list, e)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	for _, e := range list {
		if _, err := fmt.Fprintf(w, "%d\t%s\t%d\n", e.count, e.word, e.documents); err != nil {
			return err
		}
	}
	return nil
}

// sourcePath is the file behind a document path: "batch.jsonl#id" -> "batch.jsonl".
func sourcePath(p string) string {
	if i := strings.LastIndexByte(p, '#'); i > 0 {
		if _, err := os.Stat(p); err != nil {
			return p[:i]
		}
	}
	return p
}

func changedSpan(c *gitdiff.Changes, path string, f checks.Finding) bool {
	for l := f.Start.Line; l <= max(f.Start.Line, f.End.Line); l++ {
		if c.LineChanged(path, l) {
			return true
		}
	}
	return false
}

// streamCheck writes findings document by document and keeps nothing: a
// worker for xargs -P, GNU parallel, Spark's pipe() or a streaming step.
func streamCheck(c *cli.Context, s *setup, run *reports.Run, walk func(func(document.Item) error) error, format string) error {
	s.engine.Streaming()
	out := bufio.NewWriterSize(c.App.Writer, 64<<10)
	defer out.Flush()
	topts := reports.TextOptions{Color: useColor(c.App.Writer, c.Bool("no-color")), Quiet: c.Bool("quiet")}
	inputErrors, failed, docs := 0, 0, 0
	_, err := s.engine.Run(c.Context, c.Int("jobs"), walk, func(r checks.Result) error {
		if r.Err != nil {
			inputErrors++
		} else {
			docs++
			if f, _ := run.Gate(r); f {
				failed++
			}
		}
		var werr error
		switch format {
		case "jsonl":
			werr = run.WriteJSONLResult(out, r)
		case "github":
			werr = run.WriteGitHub(out, []checks.Result{r})
		default:
			werr = run.WriteTextResult(out, r, topts)
		}
		if werr != nil {
			return werr
		}
		if docs%64 == 0 {
			return out.Flush() // findings reach the reader while the run goes on
		}
		return nil
	})
	if ferr := out.Flush(); ferr != nil && err == nil {
		err = ferr
	}
	switch {
	case errors.Is(err, context.Canceled):
		return fail(exitUsage, "interrupted after %s", reports.Count(docs, "document"))
	case err != nil:
		return fail(exitUsage, "%v", err)
	case inputErrors > 0:
		return fail(exitUsage, "%s could not be read", reports.Count(inputErrors, "input"))
	case !run.MaxFailing.Allows(failed, docs):
		return &exitError{code: exitGate}
	}
	return nil
}
