package reports

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/copydesk/copydesk/checks"
)

// JUnit XML, the form CI systems (GitLab, Jenkins, Azure) read: one test case
// per document, a failure per finding at or above the gate's severity, an
// error for an input that could not be read.
type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string         `xml:"name,attr"`
	Classname string         `xml:"classname,attr"`
	Failures  []junitFailure `xml:"failure"`
	Error     *junitFailure  `xml:"error"`
	SystemOut string         `xml:"system-out,omitempty"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

// WriteJUnit writes the run as JUnit XML.
func (run *Run) WriteJUnit(w io.Writer, results []checks.Result) error {
	s := junitSuite{Name: "copydesk"}
	for _, r := range results {
		c := junitCase{Name: r.Path, Classname: "copydesk"}
		if r.Err != nil {
			c.Error = &junitFailure{Message: errReason(r), Type: "input"}
			s.Errors++
		} else {
			for _, f := range r.Findings {
				if run.FailOn == 0 || f.Severity < run.FailOn || f.Category == checks.Meta && f.Rule != "meta.check-failed" {
					continue
				}
				c.Failures = append(c.Failures, junitFailure{Message: f.Message, Type: f.Rule,
					Text: fmt.Sprintf("%s:%d:%d: %s: %s [%s]\n%s", r.Path, f.Start.Line, f.Start.Column, f.Severity, f.Message, f.Rule, f.Text)})
			}
			if ok, why := run.Gate(r); ok && len(c.Failures) == 0 {
				c.Failures = append(c.Failures, junitFailure{Message: why, Type: "score", Text: fmt.Sprintf("score %d", Score(r))})
			}
			if len(c.Failures) > 0 {
				s.Failures++
			}
			c.SystemOut = fmt.Sprintf("score %d, %s", Score(r), Count(len(r.Findings), "finding"))
		}
		s.Tests++
		s.Cases = append(s.Cases, c)
	}
	out := junitSuites{Name: "copydesk", Tests: s.Tests, Failures: s.Failures, Errors: s.Errors, Suites: []junitSuite{s}}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(out); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// WriteJSONL writes one finding per line, with its document's path: for
// streaming into other tools.
func (run *Run) WriteJSONL(w io.Writer, results []checks.Result) error {
	for _, r := range results {
		if err := run.WriteJSONLResult(w, r); err != nil {
			return err
		}
	}
	return nil
}

// WriteJSONLResult writes one document's findings as JSON lines; an unreadable
// input is one line with its error.
func (run *Run) WriteJSONLResult(w io.Writer, r checks.Result) error {
	if r.Err != nil {
		return writeJSONLine(w, map[string]string{"path": r.Path, "error": errReason(r)})
	}
	for _, f := range r.Findings {
		jf := ToJSONFinding(f)
		jf.Path = r.Path
		if err := writeJSONLine(w, jf); err != nil {
			return err
		}
	}
	return nil
}

// WriteMarkdown writes a summary fit for a pull-request comment.
func (run *Run) WriteMarkdown(w io.Writer, results []checks.Result) error {
	s := run.summary(results)
	var b strings.Builder
	fmt.Fprintf(&b, "## copydesk: %s, %s\n\n", Count(s.Documents, "document"), Count(s.Findings, "finding"))
	if s.Failed > 0 {
		fmt.Fprintf(&b, "**%s.**\n\n", run.gateLine(s.Failed, s.Documents))
	}
	if len(s.ByCategory) > 0 {
		b.WriteString("| category | findings |\n|---|---:|\n")
		for _, k := range SortedKeys(s.ByCategory) {
			fmt.Fprintf(&b, "| %s | %d |\n", k, s.ByCategory[k])
		}
		b.WriteString("\n")
	}
	b.WriteString("| document | score | findings | first findings |\n|---|---:|---:|---|\n")
	for _, r := range results {
		if r.Err != nil {
			fmt.Fprintf(&b, "| `%s` | – | – | could not be read: %s |\n", mdCell(r.Path), mdCell(errReason(r)))
			continue
		}
		var first []string
		for i, f := range r.Findings {
			if i == 3 {
				first = append(first, fmt.Sprintf("… %d more", len(r.Findings)-3))
				break
			}
			first = append(first, fmt.Sprintf("L%d `%s` %s", f.Start.Line, f.Rule, mdCell(clipMD(f.Message, 70))))
		}
		fmt.Fprintf(&b, "| `%s` | %d | %d | %s |\n", mdCell(r.Path), Score(r), len(r.Findings), strings.Join(first, "<br>"))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func mdCell(s string) string {
	return strings.NewReplacer("|", "\\|", "\n", " ", "`", "'", "<", "&lt;", ">", "&gt;").Replace(s)
}

func clipMD(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
