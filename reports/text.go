package reports

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/rivo/uniseg"

	"github.com/copydesk/copydesk/checks"
	"github.com/copydesk/copydesk/document"
)

// TextOptions control the human-readable report.
type TextOptions struct {
	Color bool // ANSI colours; only on a terminal and never with NO_COLOR
	Quiet bool // findings only: no source lines, no summary
}

const (
	ansiReset = "\x1b[0m"
	ansiBold  = "\x1b[1m"
	ansiRed   = "\x1b[31m"
	ansiYel   = "\x1b[33m"
	ansiCyan  = "\x1b[36m"
	ansiDim   = "\x1b[2m"
)

func sevColor(s checks.Severity) string {
	switch s {
	case checks.Error:
		return ansiRed
	case checks.Warning:
		return ansiYel
	}
	return ansiCyan
}

// WriteTextResult writes one document's findings as
// "path:line:col: severity: message [rule]" followed by the line with the span underlined.
func (run *Run) WriteTextResult(w io.Writer, r checks.Result, o TextOptions) error {
	c := func(code, s string) string {
		if !o.Color {
			return s
		}
		return code + s + ansiReset
	}
	if r.Err != nil {
		_, err := fmt.Fprintf(w, "%s: %s %s\n", r.Path, c(ansiRed+ansiBold, "error:"), errReason(r))
		return err
	}
	for _, f := range r.Findings {
		head := fmt.Sprintf("%s:%d:%d: %s %s %s", r.Path, f.Start.Line, f.Start.Column,
			c(sevColor(f.Severity)+ansiBold, f.Severity.String()+":"), f.Message, c(ansiDim, "["+f.Rule+"]"))
		if len(f.Fixes) > 0 {
			var alts []string
			for _, x := range f.Fixes {
				if x.Replacement == "" {
					alts = append(alts, "delete it")
				} else {
					alts = append(alts, fmt.Sprintf("%q", x.Replacement))
				}
			}
			head += c(ansiDim, " (suggest "+strings.Join(alts, " or ")+")")
		}
		if _, err := fmt.Fprintln(w, head); err != nil {
			return err
		}
		if !o.Quiet {
			if _, err := io.WriteString(w, underline(r.Doc, f, o.Color)); err != nil {
				return err
			}
		}
	}
	if r.Truncated > 0 {
		fmt.Fprintf(w, "%s: %d more findings not listed (limit reached; see max-findings)\n", r.Path, r.Truncated)
	}
	return nil
}

// underline renders the finding's first line with carets under its span.
// Lines longer than 160 columns are cut around the span.
func underline(d *document.Document, f checks.Finding, color bool) string {
	li := d.LineOf(f.Span.Start)
	if li >= len(d.Lines) {
		return ""
	}
	line := d.Lines[li]
	s, e := f.Span.Start, min(f.Span.End, line.End)
	if s > line.End {
		return ""
	}
	from, to := line.Start, line.End
	const window = 70
	if to-from > 160 {
		from = max(line.Start, s-window)
		to = min(line.End, max(e, s)+window)
		for from > line.Start && !utf8.RuneStart(d.Text[from]) {
			from--
		}
		for to < line.End && !utf8.RuneStart(d.Text[to]) {
			to++
		}
	}
	pre := visible(d.Text[from:s])
	mid := visible(d.Text[s:max(s, e)])
	post := visible(d.Text[max(s, e):to])
	// Columns, not runes: a Chinese character takes two, a combining accent
	// none, so the carets stay under the span in a terminal.
	width := uniseg.StringWidth(mid)
	if width == 0 {
		width = 1
	}
	marks := strings.Repeat(" ", uniseg.StringWidth(pre)) + strings.Repeat("^", width)
	if color {
		mid = ansiBold + mid + ansiReset
		marks = ansiRed + marks + ansiReset
	}
	return "    " + pre + mid + post + "\n    " + marks + "\n"
}

// visible makes invisible characters show (tab as space, controls and no-break spaces as ·)
// so the caret line stays aligned.
func visible(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t':
			return ' '
		case r == '\u00A0' || r == '\u202F':
			return '·'
		case r < 0x20 || r == 0x7F || r >= 0x80 && r <= 0x9F || r >= 0x200B && r <= 0x200F || r >= 0x202A && r <= 0x202E || r >= 0x2060 && r <= 0x2069 || r == 0xFEFF || r == 0xAD:
			return '·'
		}
		return r
	}, strings.ToValidUTF8(s, "·"))
}

// WriteTextSummary ends the text report with one line of totals.
func (run *Run) WriteTextSummary(w io.Writer, results []checks.Result) error {
	s := run.summary(results)
	parts := []string{}
	for _, k := range SortedKeys(s.ByCategory) {
		parts = append(parts, fmt.Sprintf("%s %d", k, s.ByCategory[k]))
	}
	line := Count(s.Documents, "document") + ", " + Count(s.Findings, "finding")
	if len(parts) > 0 {
		line += " (" + strings.Join(parts, ", ") + ")"
	}
	if len(s.Errors) > 0 {
		line += ", " + Count(len(s.Errors), "input") + " could not be read"
	}
	if other := s.Documents - s.ByLanguage[run.Language]; other > 0 {
		var langs []string
		for _, k := range SortedKeys(s.ByLanguage) {
			if k != run.Language {
				langs = append(langs, fmt.Sprintf("%s %d", k, s.ByLanguage[k]))
			}
		}
		line += fmt.Sprintf(", %s in another language (%s)", Count(other, "document"), strings.Join(langs, ", "))
	}
	if s.Failed > 0 {
		line += "; " + run.gateLine(s.Failed, s.Documents)
	}
	_, err := fmt.Fprintln(w, line)
	return err
}
