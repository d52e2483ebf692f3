package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/copydesk/copydesk/config"
)

const starterConfig = `# copydesk configuration. copydesk finds this file from the working directory upward;
# pass --config FILE to use another. Every key is optional.

# Main language of the documents.
language: en

# Fail the gate on findings at or above this severity: error, warning, info or none.
fail-on: error

# Fail the gate when a document scores below this (0-100). 0 turns it off.
min-score: 0

# Over a batch, let the run pass while at most this many documents fail the gate:
# a count (10) or a share of the documents checked (5%). 0: any failing document fails the run.
max-failing: 0

# Turn rules off or change their severity (off, error, warning, info).
# Globs match several rules. List them all with: copydesk rules
rules:
  format.double-space: off
  # mt.spacing: error
  # "typo.*": warning

# Extra rule packs (YAML), relative to this file. See rules/packs/ in copydesk's source for the format.
packs: []

# Words and /regular expressions/ that are never findings. Lower-case words accept
# any capitalisation; a word with capitals accepts exactly that spelling.
accept:
  # - Ghanemi
  # - /al-[A-Z][a-z]+/

# A file of accepted words, one per line.
# accept-file: accept.txt

# Files read when a directory is checked, and files skipped.
# include: ["*.txt", "*.md"]
# exclude: ["drafts/**"]

# Largest document read, and most findings listed per document.
# max-size: 64MB
# max-findings: 1000

# Other languages allowed in the documents (ISO 639-1), and how sure a foreign sentence must be.
# languages: [fr]
# language-threshold: 0.5

# Names: report a gazetteer variant even when no other spelling occurs, and other names of an entity.
# house-style: false
# report-aliases: false

# Spelling: hold every document to one variety (american, british for -ise, british-ize for Oxford -ize).
# Unset, a document is held to the variety most of its words use.
# spelling: american

# Abbreviations: hold every document to one form (dotted: U.S., U.N.; plain: US, UN).
# Unset, a document is held to the form most of its uses take.
# abbreviations: dotted

# Quotations: put a comma or full stop inside the closing quotation mark, as AP and Chicago do.
# Unset, nothing is reported (British and logical style place the mark by sense).
# quote-punctuation: american
`

func initCommand() *cli.Command {
	return &cli.Command{
		Name:  "init",
		Usage: "write a commented starter " + config.FileName + " in the current directory",
		Flags: []cli.Flag{&cli.BoolFlag{Name: "force", Usage: "overwrite an existing file"}},
		Action: func(c *cli.Context) error {
			flag := os.O_WRONLY | os.O_CREATE | os.O_EXCL
			if c.Bool("force") {
				flag = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
			}
			f, err := os.OpenFile(config.FileName, flag, 0o644)
			if errors.Is(err, fs.ErrExist) {
				return fail(exitUsage, "%s already exists; use --force to overwrite it", config.FileName)
			}
			if err != nil {
				return fail(exitUsage, "%v", err)
			}
			if _, err := f.WriteString(starterConfig); err != nil {
				f.Close()
				return fail(exitUsage, "%v", err)
			}
			if err := f.Close(); err != nil {
				return fail(exitUsage, "%v", err)
			}
			fmt.Fprintf(c.App.Writer, "wrote %s\n", config.FileName)
			return nil
		},
	}
}
