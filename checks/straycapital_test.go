package checks

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/config"
	"github.com/copydesk/copydesk/rules"
)

// TestStrayCapital: the span is the capitalised word, the fix lower-cases it
// (not safe: a lost full stop is the other reading), and only a word between
// lower-case words on one line is flagged.
func TestStrayCapital(t *testing.T) {
	e := testEngine(t, "mt.stray-capital")
	for _, tc := range []struct{ text, want string }{
		{"The government is cutting off All connections.", "All->all"},
		{"They toured the Old Town, And many large hotels.", "And->and"},
		{"Costs rose; The pressure on hospitals grew.", "The->the"},
		{"The firm sold stock The discount was large.", "The->the"},
		{"They read The Times daily.", ""},           // a title goes on in capitals
		{"He spoke to THE crowd.", ""},               // capitals throughout: emphasis, not a slip
		{"The talks ended\nThe army withdrew.", ""},  // a new line
		{"The hotels of Macau And the islands.", ""}, // after a name: a title may run on
		{"Prices rose,\tThe index fell.", ""},        // a tab aligns columns
		{"They were careful With the water and Of the rest.", "With->with|Of->of"},
	} {
		var got []string
		for _, f := range findingsFor(t, e, tc.text) {
			got = append(got, tc.text[f.Span.Start:f.Span.End]+"->"+f.Fixes[0].Replacement)
			if f.Fixes[0].Safe {
				t.Errorf("%q: fix marked safe", tc.text)
			}
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, g, tc.want)
		}
	}
}

// TestStrayCapitalLongWord: a user's pack with a word longer than the check
// looks up is an error naming the pack, not a word silently never flagged.
func TestStrayCapitalLongWord(t *testing.T) {
	p := filepath.Join(t.TempDir(), "house.yaml")
	pack := "name: house\nrule: mt.stray-capital\nentries:\n  - id: long\n    words: [notwithstanding-everything]\n"
	if err := os.WriteFile(p, []byte(pack), 0o644); err != nil {
		t.Fatal(err)
	}
	packs, err := rules.Load([]string{p})
	if err != nil {
		t.Fatal(err)
	}
	_, err = NewEngine(&Setup{Config: config.Default(), Packs: packs}, []string{"mt.stray-capital"})
	if err == nil || !strings.Contains(err.Error(), "house.yaml") || !strings.Contains(err.Error(), "notwithstanding-everything") {
		t.Errorf("error %v, want one naming house.yaml and the word", err)
	}
}
