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
		Usage:     "print documents with their scrape residue removed (boilerplate findings; HTML tags and entities as a browser shows them)",
		ArgsUsage: "PATH...",
		Flags: append(inputFlags(),
			&cli.BoolFlag{Name: "diff", Usage: "show what would be removed as a unified diff"},
			&cli.BoolFlag{Name: "write", Aliases: []string{"w"}, Usage: "replace the files in place (atomically)"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write cleaned copies into `DIR` instead"},
		),
		Action: cleanAction,
	}
}

// residueEdits are what clean changes: every boilerplate finding is removed
// (their fixes are safe deletions), and HTML residue becomes what a browser
// showed (the rule's safe fix: a tag removed, "&amp;" written "&"). They are
// fix's safe edits of those findings, so removals that leave a line empty
// take the line in both commands alike.
func residueEdits(raw []byte, fs []checks.Finding) []edit.Edit {
	var residue []checks.Finding
	for _, f := range fs {
		if f.Category == checks.Boilerplate || f.Rule == "format.html-residue" {
			residue = append(residue, f)
		}
	}
	return safeEdits(raw, residue)
}

func cleanAction(c *cli.Context) error {
	if !c.IsSet("rule") {
		c.Set("rule", "boilerplate.*")
		c.Set("rule", "format.html-residue")
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
		cleaned, applied, _ := edit.Apply(r.Doc.Raw, residueEdits(r.Doc.Raw, r.Findings))
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
			fmt.Fprintf(errOut, "%s: cleaned %s\n", r.Path, reports.Count(len(applied), "residue block"))
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
