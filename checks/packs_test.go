package checks

import (
	"testing"

	"github.com/copydesk/copydesk/rules"
)

// TestPackExamples runs every fire/pass example written in the embedded packs:
// an entry's fire examples must produce a finding of its rule, its pass
// examples must not.
func TestPackExamples(t *testing.T) {
	set, err := rules.Load(nil)
	if err != nil {
		t.Fatal(err)
	}
	engines := map[string]*Engine{}
	n := 0
	for _, p := range set.Packs {
		for _, e := range p.Entries {
			eng, ok := engines[e.Rule]
			if !ok {
				eng = testEngine(t, e.Rule)
				engines[e.Rule] = eng
			}
			for _, ex := range e.Fire {
				n++
				if !hasRule(findingsFor(t, eng, ex), e.Rule) {
					t.Errorf("%s (%s): fire example not flagged: %q", e.Source, e.ID, ex)
				}
			}
			for _, ex := range e.Pass {
				n++
				if hasRule(findingsFor(t, eng, ex), e.Rule) {
					t.Errorf("%s (%s): pass example flagged: %q", e.Source, e.ID, ex)
				}
			}
		}
	}
	if n < 40 {
		t.Errorf("only %d pack examples ran", n)
	}
}

func hasRule(fs []Finding, rule string) bool {
	for _, f := range fs {
		if f.Rule == rule {
			return true
		}
	}
	return false
}
