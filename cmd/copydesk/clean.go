package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"github.com/copydesk/copydesk/checks"
	"github.com/copydesk/copydesk/edit"
	"github.com/copydesk/copydesk/reports"
)

func cleanCommand() *cli.Command {
	return &cli.Command{
		Name:      "clean",
		Usage:     "print documents with their scrape residue (boilerplate findings) removed",
		ArgsUsage: "PATH...",
		Flags: append(inputFlags(),
			&cli.BoolFlag{Name: "diff", Usage: "show what would be removed as a unified diff"},
			&cli.BoolFlag{Name: "write", Aliases: []string{"w"}, Usage: "replace the files in place (atomically)"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write cleaned copies into `DIR` instead"},
		),
		Action: cleanAction,
	}
}

// residueSpans are the spans clean removes: every boilerplate finding.
func residueSpans(fs []checks.Finding) [][2]int {
	var out [][2]int
	for _, f := range fs {
		if f.Category == checks.Boilerplate {
			out = append(out, [2]int{f.Span.Start, f.Span.End})
		}
	}
	return out
}

func cleanAction(c *cli.Context) error {
	if !c.IsSet("rule") {
		c.Set("rule", "boilerplate.*")
	}
	s, err := loadSetup(c)
	if err != nil {
		return err
	}
	write, dir, diff := c.Bool("write"), c.String("output"), c.Bool("diff")
	if write && dir != "" {
		return fail(exitUsage, "--write and --output exclude each other")
	}
	results, err := s.engine.RunAll(c.Context, c.Int("jobs"), s.walk(c))
	if err != nil {
		return fail(exitUsage, "%v", err)
	}
	out, errOut := c.App.Writer, c.App.ErrWriter
	names := reportNames(results)
	problems := 0
	docs := 0
	for _, r := range results {
		if r.Err == nil {
			docs++
		}
	}
	for i, r := range results {
		if r.Err != nil {
			fmt.Fprintf(errOut, "%s: error: %s\n", r.Path, reports.ErrReason(r))
			problems++
			continue
		}
		edits := edit.Removal(r.Doc.Raw, residueSpans(r.Findings))
		cleaned, applied, _ := edit.Apply(r.Doc.Raw, edits)
		switch {
		case diff:
			if len(applied) > 0 {
				d, err := edit.Diff(r.Path, r.Doc.Raw, applied)
				if err != nil {
					return fail(exitUsage, "%s: %v", r.Path, err)
				}
				fmt.Fprint(out, d)
			}
		case write:
			if len(applied) == 0 {
				continue
			}
			if r.Path == "-" || r.Doc.Path != r.Path || isRecord(r.Path) {
				fmt.Fprintf(errOut, "%s: cannot rewrite standard input or a JSONL record in place; use --output\n", r.Path)
				problems++
				continue
			}
			if err := edit.WriteFile(r.Path, r.Doc.Raw, cleaned); err != nil {
				fmt.Fprintf(errOut, "error: %v\n", err)
				problems++
				continue
			}
			fmt.Fprintf(errOut, "%s: removed %d residue blocks\n", r.Path, len(applied))
		case dir != "":
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return fail(exitUsage, "%v", err)
			}
			if err := os.WriteFile(filepath.Join(dir, names[i]+".txt"), cleaned, 0o644); err != nil {
				return fail(exitUsage, "%v", err)
			}
		default:
			if docs > 1 {
				fmt.Fprintf(out, "==> %s <==\n", r.Path)
			}
			out.Write(cleaned)
			if docs > 1 && len(cleaned) > 0 && cleaned[len(cleaned)-1] != '\n' {
				fmt.Fprintln(out)
			}
		}
	}
	if problems > 0 {
		return fail(exitUsage, "%s could not be cleaned", reports.Count(problems, "input"))
	}
	return nil
}

func isRecord(path string) bool {
	_, err := os.Lstat(path)
	return err != nil
}
