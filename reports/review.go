package reports

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/copydesk/copydesk/checks"
)

// rdjson is reviewdog's Diagnostic Format (JSON), for review bots.
type rdPosition struct {
	Line   int `json:"line"`
	Column int `json:"column"`
}

type rdRange struct {
	Start rdPosition `json:"start"`
	End   rdPosition `json:"end"`
}

type rdLocation struct {
	Path  string  `json:"path"`
	Range rdRange `json:"range"`
}

type rdSuggestion struct {
	Range rdRange `json:"range"`
	Text  string  `json:"text"`
}

type rdDiagnostic struct {
	Message        string         `json:"message"`
	Location       rdLocation     `json:"location"`
	Severity       string         `json:"severity"`
	Code           map[string]any `json:"code"`
	Suggestions    []rdSuggestion `json:"suggestions,omitempty"`
	OriginalOutput string         `json:"original_output,omitempty"`
}

type rdResult struct {
	Source      map[string]string `json:"source"`
	Severity    string            `json:"severity,omitempty"`
	Diagnostics []rdDiagnostic    `json:"diagnostics"`
}

func rdSeverity(s checks.Severity) string {
	switch s {
	case checks.Error:
		return "ERROR"
	case checks.Warning:
		return "WARNING"
	}
	return "INFO"
}

// WriteRDJSON writes reviewdog's rdjson: `copydesk check --format rdjson | reviewdog -f=rdjson -reporter=github-pr-review`.
func (run *Run) WriteRDJSON(w io.Writer, results []checks.Result) error {
	out := rdResult{Source: map[string]string{"name": "copydesk", "url": "https://github.com/copydesk/copydesk"}, Diagnostics: []rdDiagnostic{}}
	for _, r := range results {
		if r.Err != nil {
			continue
		}
		for _, f := range r.Findings {
			rg := rdRange{Start: rdPosition{f.Start.Line, f.Start.Column}, End: rdPosition{f.End.Line, f.End.Column}}
			d := rdDiagnostic{Message: f.Message, Severity: rdSeverity(f.Severity),
				Location: rdLocation{Path: filepath.ToSlash(r.Path), Range: rg},
				Code:     map[string]any{"value": f.Rule}}
			if x, ok := f.SafeFix(); ok {
				d.Suggestions = []rdSuggestion{{Range: rg, Text: x.Replacement}}
			}
			out.Diagnostics = append(out.Diagnostics, d)
		}
	}
	return writeJSONLine(w, out)
}

// WriteGitHub writes GitHub Actions workflow commands, which become
// annotations on the pull request's lines.
func (run *Run) WriteGitHub(w io.Writer, results []checks.Result) error {
	for _, r := range results {
		if r.Err != nil {
			if _, err := fmt.Fprintf(w, "::error file=%s,title=copydesk::%s\n", ghProperty(r.Path), ghData(errReason(r))); err != nil {
				return err
			}
			continue
		}
		for _, f := range r.Findings {
			level := "notice"
			switch f.Severity {
			case checks.Error:
				level = "error"
			case checks.Warning:
				level = "warning"
			}
			msg := f.Message
			if x, ok := f.SafeFix(); ok {
				if x.Replacement == "" {
					msg += " (fix: delete it)"
				} else {
					msg += fmt.Sprintf(" (fix: %q)", x.Replacement)
				}
			}
			if _, err := fmt.Fprintf(w, "::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n", level,
				ghProperty(r.Path), f.Start.Line, f.Start.Column, f.End.Line, f.End.Column, ghProperty(f.Rule), ghData(msg)); err != nil {
				return err
			}
		}
	}
	return nil
}

// ghData and ghProperty escape workflow-command values as the runner expects.
func ghData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func ghProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
