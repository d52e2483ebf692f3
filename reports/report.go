// Package reports scores documents and writes results as text, JSON and the
// other formats. It takes []checks.Result and never looks inside the checks.
package reports

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/copydesk/copydesk/checks"
	"github.com/copydesk/copydesk/config"
)

// Version is copydesk's version, printed in reports; set at build time with -ldflags "-X".
var Version = "0.1.0"

// Run is everything a report needs about one run.
type Run struct {
	Results     []checks.Result
	Language    string
	FailOn      checks.Severity // 0: the gate never fails on findings
	MinScore    int
	MaxFailing  config.Allowance // documents that may fail the gate before the run does
	Interrupted bool
}

// Weights of a finding by severity, for the score.
var severityWeight = map[checks.Severity]float64{checks.Error: 5, checks.Warning: 2, checks.Info: 0.5}

// Score rates a document from 0 to 100:
//
//	penalty = Σ weight(severity) × confidence   (error 5, warning 2, info 0.5)
//	score   = round(100 × exp(−10 × penalty / max(words, 100)))
//
// so the score falls with the density of findings, not their raw count: one
// warning costs about 18 points in a 100-word note and under 1 point in a
// 3,000-word feature. Meta findings (about copydesk itself) cost nothing. A
// document in another language (language.not-english) scores 0.
func Score(r checks.Result) int {
	if r.Doc == nil {
		return 0
	}
	penalty := 0.0
	for _, f := range r.Findings {
		if f.Category == checks.Meta {
			continue
		}
		if f.Rule == checks.NotEnglish {
			return 0 // not English copy at all: nothing of it can be published as it is
		}
		penalty += severityWeight[f.Severity] * f.Confidence
	}
	words := float64(max(r.Doc.WordCount(), 100))
	return int(math.Round(100 * math.Exp(-10*penalty/words)))
}

// Gate says whether a result fails the run's gate, and why.
func (run *Run) Gate(r checks.Result) (bool, string) {
	if r.Err != nil {
		return false, ""
	}
	if run.FailOn > 0 {
		for _, f := range r.Findings {
			if f.Severity >= run.FailOn && f.Category != checks.Meta || f.Rule == "meta.check-failed" && run.FailOn > 0 {
				return true, "finding at or above " + run.FailOn.String()
			}
		}
	}
	if run.MinScore > 0 && Score(r) < run.MinScore {
		return true, "score below the minimum"
	}
	return false, ""
}

// Counts tallies findings by a key.
func Counts(fs []checks.Finding, key func(checks.Finding) string) map[string]int {
	m := map[string]int{}
	for _, f := range fs {
		m[key(f)]++
	}
	return m
}

// SortedKeys returns a map's keys in order.
func SortedKeys(m map[string]int) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// Count writes n with its noun, singular for one ("1 document", "3 findings", "2 fixes").
func Count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	for _, e := range []string{"s", "x", "sh", "ch"} {
		if strings.HasSuffix(noun, e) {
			return fmt.Sprintf("%d %ses", n, noun)
		}
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// failLine says how many documents fail the gate, verb agreeing.
func failLine(n int) string {
	if n == 1 {
		return "1 document fails the gate"
	}
	return fmt.Sprintf("%d documents fail the gate", n)
}

// gateLine is failLine with the run's verdict when some documents may fail
// ("3 documents fail the gate, within the 5% allowed").
func (run *Run) gateLine(failed, total int) string {
	line := failLine(failed)
	if run.MaxFailing == (config.Allowance{}) {
		return line
	}
	if run.MaxFailing.Allows(failed, total) {
		return line + ", within the " + run.MaxFailing.String() + " allowed"
	}
	return line + ", more than the " + run.MaxFailing.String() + " allowed"
}

// RunFails reports whether the run as a whole fails its gate: more documents
// fail than --max-failing allows (by default, any).
func (run *Run) RunFails(results []checks.Result) bool {
	failed, total := 0, 0
	for _, r := range results {
		if r.Err != nil {
			continue
		}
		total++
		if f, _ := run.Gate(r); f {
			failed++
		}
	}
	return !run.MaxFailing.Allows(failed, total)
}
