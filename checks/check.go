// Package checks holds the Check interface, the registry every check family
// joins at init, and the runner that checks documents in parallel. Each check
// family lives in its own file and reports Findings: a rule, a span of the
// original bytes, a message for a copy editor and, where safe, a fix.
package checks

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/copydesk/copydesk/config"
	"github.com/copydesk/copydesk/document"
	"github.com/copydesk/copydesk/rules"
)

// Category groups rules; reports group by it and gold files score by it.
type Category string

const (
	Typo          Category = "typo"
	MixedLanguage Category = "mixed-language"
	MTArtefact    Category = "mt-artefact"
	Boilerplate   Category = "boilerplate"
	NameVariant   Category = "name-variant"
	Formatting    Category = "formatting"
	Meta          Category = "meta" // about copydesk itself: suppressions, limits
)

// Severity orders findings for gates: error > warning > info.
type Severity int

const (
	Info Severity = iota + 1
	Warning
	Error
)

func (s Severity) String() string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	case Info:
		return "info"
	}
	return "none"
}

// ParseSeverity reads "error", "warning" or "info"; "none" and "off" give 0.
func ParseSeverity(s string) (Severity, error) {
	switch strings.ToLower(s) {
	case "error":
		return Error, nil
	case "warning", "warn":
		return Warning, nil
	case "info":
		return Info, nil
	case "none", "off":
		return 0, nil
	}
	return 0, fmt.Errorf("unknown severity %q (want error, warning, info or none)", s)
}

// Fix is one candidate replacement for a finding's span. Only a finding with
// exactly one fix, marked Safe, is applied by `copydesk fix`.
type Fix struct {
	Replacement string
	Safe        bool
}

// Location points at text elsewhere: another spelling, the first copy of a repeated line.
type Location struct {
	Path   string `json:"path"`
	Offset int    `json:"offset"`
	Length int    `json:"length"`
	Line   int    `json:"line"`
	Column int    `json:"column"`
	Text   string `json:"text"`
}

// Finding is one thing a copy editor would strike.
type Finding struct {
	Rule       string
	Category   Category
	Severity   Severity
	Span       document.Span
	Message    string
	Fixes      []Fix
	Confidence float64
	Related    []Location
	Lang       string // language.* findings: the ISO 639-1 code of the language found ("fr")

	// Filled by the runner.
	Start, End document.Position
	Text       string
}

// SafeFix returns the fix `copydesk fix` may apply, if any.
func (f *Finding) SafeFix() (Fix, bool) {
	if len(f.Fixes) == 1 && f.Fixes[0].Safe {
		return f.Fixes[0], true
	}
	return Fix{}, false
}

// Check is one family of rules run on each document. A check is built once
// from the setup and then used from many goroutines: Check keeps no state
// between calls beyond locals.
type Check interface {
	ID() string
	Check(ctx context.Context, d *document.Document, emit func(Finding))
}

// CorpusCheck is a check that also looks across documents. Check is called for
// every document (concurrently); Finish runs once, after all of them.
type CorpusCheck interface {
	Check
	Finish(emit func(path string, f Finding))
}

// RuleInfo describes a rule for `copydesk rules`, reports and configuration.
type RuleInfo struct {
	ID          string
	Category    Category
	Severity    Severity // default
	Description string
	Fixable     bool
}

// Setup is what a check is built from: the project configuration and the rule packs.
type Setup struct {
	Config *config.Config
	Packs  *rules.Set

	phrases *phraseSet   // the phrases of this engine's pack matchers, searched in one pass
	facts   *sharedFacts // what the checks know of each spelling met in a run
	ruleOn  func(id string) bool
}

// RuleOn reports whether a rule of the family being built is enabled, for a
// check whose rules depend on each other (true when no engine is building).
func (s *Setup) RuleOn(id string) bool {
	return s.ruleOn == nil || s.ruleOn(id)
}

// packWords gathers the words of a rule's pack entries, lower-cased, those
// of the entries keep selects by their id: a check that reads two lists from
// one pack (titles and allowed doubles, identifiers and currencies) calls it
// once for each.
func (s *Setup) packWords(rule string, keep func(id string) bool) map[string]bool {
	out := map[string]bool{}
	for _, e := range s.Packs.ForRule(rule) {
		if keep(e.ID) {
			for _, w := range e.Words {
				out[strings.ToLower(w)] = true
			}
		}
	}
	return out
}

// Family is a registered check family: its rules and its constructor.
type Family struct {
	ID    string
	Rules []RuleInfo
	New   func(s *Setup) (Check, error)
}

var registry = map[string]Family{}

// Register adds a family; called from init functions only.
func Register(f Family) {
	if _, dup := registry[f.ID]; dup {
		panic("checks: family registered twice: " + f.ID)
	}
	registry[f.ID] = f
}

// Families returns the registered families sorted by ID.
func Families() []Family {
	out := make([]Family, 0, len(registry))
	for _, f := range registry {
		out = append(out, f)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// AllRules returns every rule of every family, sorted by ID.
func AllRules() []RuleInfo {
	var out []RuleInfo
	for _, f := range registry {
		out = append(out, f.Rules...)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// LookupRule returns the description of a rule ID.
func LookupRule(id string) (RuleInfo, bool) {
	for _, f := range registry {
		for _, r := range f.Rules {
			if r.ID == id {
				return r, true
			}
		}
	}
	return RuleInfo{}, false
}
