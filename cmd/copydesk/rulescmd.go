package main

import (
	"encoding/json"
	"fmt"
	"text/tabwriter"

	"github.com/urfave/cli/v2"

	"github.com/copydesk/copydesk/checks"
)

const scoreHelp = `Score: each document gets 0-100.
  penalty = sum over findings of weight(severity) x confidence   (error 5, warning 2, info 0.5; meta rules 0)
  score   = round(100 x exp(-10 x penalty / max(words, 100)))
A document in another language (language.not-english) scores 0.
A gate fails on a finding at or above --fail-on (default error) or a score below --min-score.`

func rulesCommand() *cli.Command {
	return &cli.Command{
		Name:  "rules",
		Usage: "list every rule: ID, category, default severity, description",
		Flags: []cli.Flag{&cli.StringFlag{Name: "format", Value: "text", Usage: "text or json"}},
		Action: func(c *cli.Context) error {
			rs := checks.AllRules()
			if c.String("format") == "json" {
				type row struct {
					ID, Category, Severity, Description string
					Fixable                             bool
				}
				var out []row
				for _, r := range rs {
					out = append(out, row{r.ID, string(r.Category), r.Severity.String(), r.Description, r.Fixable})
				}
				enc := json.NewEncoder(c.App.Writer)
				enc.SetIndent("", "  ")
				return enc.Encode(out)
			}
			tw := tabwriter.NewWriter(c.App.Writer, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "RULE\tCATEGORY\tSEVERITY\tFIX\tDESCRIPTION")
			for _, r := range rs {
				fix := ""
				if r.Fixable {
					fix = "yes"
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", r.ID, r.Category, r.Severity, fix, r.Description)
			}
			tw.Flush()
			fmt.Fprintln(c.App.Writer)
			fmt.Fprintln(c.App.Writer, scoreHelp)
			return nil
		},
	}
}
