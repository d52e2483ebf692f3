package reports

import (
	"io"
	"path/filepath"

	"github.com/owenrumney/go-sarif/v2/sarif"

	"github.com/copydesk/copydesk/checks"
)

// sarifLevel maps severities to SARIF levels.
func sarifLevel(s checks.Severity) string {
	switch s {
	case checks.Error:
		return "error"
	case checks.Warning:
		return "warning"
	}
	return "note"
}

// WriteSARIF writes SARIF 2.1.0 as GitHub code scanning ingests it: every rule
// with its help text, results with line/column and byte regions, safe fixes as
// replacements, and partial fingerprints that survive edits elsewhere.
func (run *Run) WriteSARIF(w io.Writer, results []checks.Result) error {
	rep, err := sarif.New(sarif.Version210, true)
	if err != nil {
		return err
	}
	driver := sarif.NewDriver("copydesk").WithVersion(Version).WithInformationURI("https://github.com/copydesk/copydesk")
	index := map[string]int{}
	for i, r := range checks.AllRules() {
		index[r.ID] = i
		rule := sarif.NewRule(r.ID).WithName(r.ID).WithDescription(r.Description).
			WithTextHelp(r.Description + " Category: " + string(r.Category) + ". " + scoreNote).
			WithDefaultConfiguration(sarif.NewReportingConfiguration().WithLevel(sarifLevel(r.Severity))).
			WithProperties(sarif.Properties{"category": string(r.Category), "fixable": r.Fixable})
		driver.Rules = append(driver.Rules, rule)
	}
	srun := sarif.NewRun(*sarif.NewTool(driver))
	srun.ColumnKind = "unicodeCodePoints"
	for _, r := range results {
		if r.Err != nil {
			inv := srun.AddInvocation(false)
			inv.WithExecutionSuccess(false)
			inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications,
				sarif.NewNotification().WithLevel("error").WithTextMessage(r.Err.Error()))
			continue
		}
		uri := filepath.ToSlash(r.Path)
		for _, f := range r.Findings {
			region := sarif.NewRegion().WithStartLine(f.Start.Line).WithStartColumn(f.Start.Column).
				WithEndLine(f.End.Line).WithEndColumn(f.End.Column).
				WithByteOffset(f.Span.Start).WithByteLength(f.Span.Len()).
				WithSnippet(sarif.NewArtifactContent().WithText(f.Text))
			loc := sarif.NewLocationWithPhysicalLocation(sarif.NewPhysicalLocation().
				WithArtifactLocation(sarif.NewSimpleArtifactLocation(uri)).WithRegion(region))
			res := sarif.NewRuleResult(f.Rule).WithLevel(sarifLevel(f.Severity)).WithMessage(sarif.NewTextMessage(f.Message)).
				WithLocations([]*sarif.Location{loc}).
				WithPartialFingerPrints(map[string]interface{}{"copydesk/v1": Fingerprint(r, f)})
			if i, ok := index[f.Rule]; ok {
				res.WithRuleIndex(i)
			}
			for _, rel := range f.Related {
				rr := sarif.NewRegion().WithStartLine(max(1, rel.Line)).WithStartColumn(max(1, rel.Column)).
					WithByteOffset(rel.Offset).WithByteLength(rel.Length)
				res.AddRelatedLocation(sarif.NewLocationWithPhysicalLocation(sarif.NewPhysicalLocation().
					WithArtifactLocation(sarif.NewSimpleArtifactLocation(filepath.ToSlash(rel.Path))).WithRegion(rr)).
					WithMessage(sarif.NewTextMessage(rel.Text)))
			}
			if fix, ok := f.SafeFix(); ok {
				del := sarif.NewRegion().WithByteOffset(f.Span.Start).WithByteLength(f.Span.Len())
				change := sarif.NewArtifactChange(sarif.NewSimpleArtifactLocation(uri)).
					WithReplacement(sarif.NewReplacement(del).WithInsertedContent(sarif.NewArtifactContent().WithText(fix.Replacement)))
				res.AddFix(sarif.NewFix().WithDescriptionText("copydesk fix").WithArtifactChanges([]*sarif.ArtifactChange{change}))
			}
			srun.AddResult(res)
		}
	}
	rep.AddRun(srun)
	return rep.PrettyWrite(w)
}

const scoreNote = "See `copydesk rules` for every rule and the score formula."
