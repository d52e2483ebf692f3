package main

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/copydesk/copydesk/checks"
	"github.com/copydesk/copydesk/reports"
	"github.com/copydesk/copydesk/rules"
)

func namesCommand() *cli.Command {
	return &cli.Command{
		Name:      "names",
		Usage:     "print the entities of a corpus spelled more than one way (to review and extend the gazetteer)",
		ArgsUsage: "PATH...",
		Flags: append(inputFlags(),
			&cli.StringFlag{Name: "format", Value: "text", Usage: "text or json"},
			&cli.BoolFlag{Name: "all", Usage: "every entity, also those spelled one way"},
		),
		Action: func(c *cli.Context) error {
			s, err := loadSetup(c)
			if err != nil {
				return err
			}
			var userPacks []string
			for _, p := range s.cfg.Packs {
				userPacks = append(userPacks, s.cfg.Resolve(p))
			}
			packs, err := rules.Load(userPacks)
			if err != nil {
				return fail(exitUsage, "%v", err)
			}
			clusters, inputErrs, err := checks.NameClusters(c.Context, &checks.Setup{Config: s.cfg, Packs: packs}, s.walk(c), c.Bool("all"))
			if err != nil {
				return fail(exitUsage, "%v", err)
			}
			for _, e := range inputErrs {
				fmt.Fprintf(c.App.ErrWriter, "error: %v\n", e)
			}
			w := c.App.Writer
			if c.String("format") == "json" {
				if clusters == nil {
					clusters = []checks.NameCluster{}
				}
				enc := json.NewEncoder(w)
				enc.SetIndent("", "  ")
				enc.SetEscapeHTML(false)
				if err := enc.Encode(clusters); err != nil {
					return err
				}
			} else {
				for _, nc := range clusters {
					head := nc.Preferred
					if head == "" {
						head = "(no preferred spelling: equally frequent)"
					}
					if nc.Gazetteer {
						head += "  [gazetteer]"
					}
					fmt.Fprintln(w, head)
					for _, sp := range nc.Spellings {
						fmt.Fprintf(w, "  %-40s %4d  %s\n", sp.Text, sp.Count, listDocuments(sp.Documents))
						if sp.Chained {
							fmt.Fprintf(w, "    (grouped through another spelling; not a variant of %q)\n", nc.Preferred)
						}
					}
				}
			}
			if len(inputErrs) > 0 {
				return fail(exitUsage, "%s could not be read", reports.Count(len(inputErrs), "input"))
			}
			return nil
		},
	}
}

// shownDocuments is how many documents a spelling's line names; the JSON
// output lists them all.
const shownDocuments = 3

// listDocuments names a spelling's first documents and counts the rest, so a
// spelling met in hundreds of documents stays one readable line.
func listDocuments(docs []string) string {
	if len(docs) <= shownDocuments {
		return strings.Join(docs, ", ")
	}
	return fmt.Sprintf("%s and %d more", strings.Join(docs[:shownDocuments], ", "), len(docs)-shownDocuments)
}
