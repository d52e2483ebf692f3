package main

import (
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/copydesk/copydesk/checks"
	"github.com/copydesk/copydesk/document"
	"github.com/copydesk/copydesk/edit"
	"github.com/copydesk/copydesk/reports"
)

func fixCommand() *cli.Command {
	return &cli.Command{
		Name:      "fix",
		Usage:     "apply the fixes marked safe; prints a diff unless --write",
		ArgsUsage: "PATH...",
		Flags: append(inputFlags(),
			&cli.BoolFlag{Name: "write", Aliases: []string{"w"}, Usage: "rewrite the files in place (atomically)"},
		),
		Action: fixAction,
	}
}

// safeEdits collects the fixes `copydesk fix` may apply: one candidate, marked
// safe. Deletions go through edit.Removal, as in clean, so a boilerplate line
// goes with its line break instead of leaving a blank line behind.
func safeEdits(raw []byte, fs []checks.Finding) []edit.Edit {
	var out []edit.Edit
	var deleted [][2]int
	for _, f := range fs {
		x, ok := f.SafeFix()
		switch {
		case !ok:
		case x.Replacement == "":
			deleted = append(deleted, [2]int{f.Span.Start, f.Span.End})
		default:
			out = append(out, edit.Edit{Start: f.Span.Start, End: f.Span.End, New: x.Replacement, Rule: f.Rule})
		}
	}
	return append(edit.Removal(raw, deleted), out...)
}

// maxFixPasses bounds converge: each pass can only apply what the one
// before had to leave, so a few suffice.
const maxFixPasses = 4

// converge applies the safe edits to a document's bytes, and when some
// were left out because they overlapped another (a space inside a
// quotation mark and the comma after it), checks the result again and
// applies what remains: `fix --write` leaves no safe fix behind for a
// second run. It returns the text and the number of fixes applied. The
// later passes check the one document alone; names across documents were
// fixed in the first.
func converge(c *cli.Context, s *setup, d *document.Document, edits []edit.Edit) ([]byte, int) {
	fixed, applied, skipped := edit.Apply(d.Raw, edits)
	n := len(applied)
	for pass := 1; skipped > 0 && pass < maxFixPasses; pass++ {
		r := s.engine.CheckDocument(c.Context, document.New(d.Path, d.ID, fixed))
		more := safeEdits(fixed, r.Findings)
		if len(more) == 0 {
			break
		}
		fixed, applied, skipped = edit.Apply(fixed, more)
		n += len(applied)
	}
	return fixed, n
}

func fixAction(c *cli.Context) error {
	s, err := loadSetup(c)
	if err != nil {
		return err
	}
	write := c.Bool("write")
	results, err := s.engine.RunAll(c.Context, c.Int("jobs"), s.walk(c))
	if err != nil {
		return fail(exitUsage, "%v", err)
	}
	out, errOut := c.App.Writer, c.App.ErrWriter
	problems, total := 0, 0
	for _, r := range results {
		if r.Err != nil {
			fmt.Fprintf(errOut, "%s: error: %s\n", r.Path, reports.ErrReason(r))
			problems++
			continue
		}
		edits := safeEdits(r.Doc.Raw, r.Findings)
		if len(edits) == 0 {
			continue
		}
		fixed, applied := converge(c, s, r.Doc, edits)
		total += applied
		if !write {
			fmt.Fprint(out, edit.DiffText(r.Path, r.Doc.Raw, fixed))
			continue
		}
		if r.Path == "-" || strings.Contains(r.Path, "#") {
			fmt.Fprintf(errOut, "%s: cannot rewrite standard input or a JSONL record in place; run without --write for a diff\n", r.Path)
			problems++
			continue
		}
		if err := edit.WriteFile(r.Path, r.Doc.Raw, fixed); err != nil {
			fmt.Fprintf(errOut, "error: %v\n", err)
			problems++
			continue
		}
		fmt.Fprintf(errOut, "%s: %s applied\n", r.Path, reports.Count(applied, "fix"))
	}
	if !write && total > 0 {
		fmt.Fprintf(errOut, "%s; run with --write to apply them\n", reports.Count(total, "safe fix"))
	}
	if problems > 0 {
		return fail(exitUsage, "%s could not be fixed", reports.Count(problems, "input"))
	}
	return nil
}
