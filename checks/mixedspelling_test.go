package checks

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/config"
	"github.com/copydesk/copydesk/edit"
	"github.com/copydesk/copydesk/rules"
)

func TestMixedSpelling(t *testing.T) {
	runRuleCases(t, "typo.mixed-spelling", []ruleCase{
		// The document's majority decides; the other variety's words are findings.
		{text: "The defense ministry said its favorite color was red, but the colour of the flag changed.", want: []string{"colour"}},
		{text: "The defence ministry organised talks at the centre. Travellers were delayed. The ministry's defense budget rose.", want: []string{"defense"}},
		// -ise against -ize is a mix too; -ize with other British spellings is Oxford spelling, no mix.
		{text: "They organised the first talks and organized the second.", want: []string{"organized"}},
		{text: "The colour of the centre was organized by the neighbourhood.", want: nil},
		// One variety alone, names (capitalised inside a sentence) and sentence-initial capitals.
		{text: "The color of the center.", want: nil},
		{text: "The defence ministry met at Pearl Harbor with the World Health Organization and the Labor Party.", want: nil},
		{text: "The defence ministry met there. Defense officials said so. Its centre and its colour too.", want: []string{"Defense"}},
		// A curly apostrophe is an apostrophe.
		{text: "The centre’s colour and the neighbourhood, the color’s shade.", want: []string{"color’s"}},
	})
	e := testEngine(t, "typo.mixed-spelling")
	fs := findingsFor(t, e, "The defence ministry met there. Defense officials said so. Its centre and its colour too.")
	if len(fs) != 1 || len(fs[0].Fixes) != 1 || fs[0].Fixes[0].Replacement != "Defence" || fs[0].Fixes[0].Safe {
		t.Errorf("the majority's spelling, capital kept, as a suggestion: %+v", fs)
	}
	if len(fs) == 1 && !strings.Contains(fs[0].Message, "American spelling \"Defense\" in a document otherwise spelled British") {
		t.Errorf("message: %q", fs[0].Message)
	}
}

// TestMixedSpellingHouseStyle: with `spelling:` set, every word of another
// variety is a finding, even alone, and the house spelling is a safe fix.
func TestMixedSpellingHouseStyle(t *testing.T) {
	packs, _ := rules.Load(nil)
	for _, c := range []struct{ style, text, want, fixed string }{
		{"american", "The defence ministry and its centre.", "defence|centre", "The defense ministry and its center."},
		{"british", "They organized it at the center.", "organized|center", "They organised it at the centre."},
		{"british-ize", "They organised it at the center.", "organised|center", "They organized it at the centre."},
		{"british-ize", "They organized it at the centre.", "", ""},
	} {
		cfg, err := config.Parse("house.yaml", []byte("spelling: "+c.style+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		e, err := NewEngine(&Setup{Config: cfg, Packs: packs}, []string{"typo.mixed-spelling"})
		if err != nil {
			t.Fatal(err)
		}
		fs := findingsFor(t, e, c.text)
		var got []string
		var edits []edit.Edit
		for _, f := range fs {
			got = append(got, f.Text)
			if x, ok := f.SafeFix(); ok {
				edits = append(edits, edit.Edit{Start: f.Span.Start, End: f.Span.End, New: x.Replacement})
			}
		}
		text, _, _ := edit.Apply([]byte(c.text), edits)
		if strings.Join(got, "|") != c.want {
			t.Errorf("%s on %q: %q, want %q", c.style, c.text, got, c.want)
		}
		if c.fixed != "" && string(text) != c.fixed {
			t.Errorf("%s fix of %q: %q, want %q", c.style, c.text, text, c.fixed)
		}
	}
	if _, err := config.Parse("house.yaml", []byte("spelling: canadian\n")); err == nil || !strings.Contains(err.Error(), "want american, british or british-ize") {
		t.Errorf("an unknown spelling variety: %v", err)
	}
}
