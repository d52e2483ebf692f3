package checks

import (
	"strings"
	"testing"
)

func TestRepeatedWord(t *testing.T) {
	runRuleCases(t, "mt.repeated-word", []ruleCase{
		{text: "the Army Chief of Staff Gen. Gen. Othman al-Ghanemi met", want: []string{"Gen. Gen."},
			fixed: "the Army Chief of Staff Gen. Othman al-Ghanemi met"},
		{text: "He said the the talks failed.", want: []string{"the the"}, fixed: "He said the talks failed."},
		{text: "The the talks failed.", want: []string{"The the"}},
		{text: "What he had had was gone; bye bye; that that is", want: nil},
		{text: "Jedi\n  Jedi 9 August", want: nil},
		{text: "Sirhan Sirhan and Duran Duran", want: nil},
		{text: "President President Assad", want: []string{"President President"}},
		{text: "in 2017 2017 and 5 5", want: nil},
	})
}

func TestSpacing(t *testing.T) {
	runRuleCases(t, "mt.spacing", []ruleCase{
		{text: "DIVAN SOLDIER 9 August 2017 10: 26", want: []string{"10: 26"}},
		{text: "at 10:26 and ratio 30: 75", want: nil},
		{text: "US -Russian Agreement", want: []string{"US -Russian"}},
		{text: "Amon -Ra- DeArmond and -5 degrees and a - b", want: nil},
		{text: "in a rare public visit .. Syrian delegation", want: []string{" .. "}},
		{text: "wait... and so on ....", want: nil},
		{text: "It ended..", want: []string{".."}},
		{text: "the talks , he said .", want: []string{"talks ,", "said ."}, fixed: "the talks, he said."},
		{text: "visit example .com or .5 mm", want: nil},
		{text: "Thai food,beer and 2,500 $", want: []string{"food,beer"}, fixed: "Thai food, beer and 2,500 $"},
	})
}

func TestPlaceholder(t *testing.T) {
	runRuleCases(t, "mt.placeholder", []ruleCase{
		{text: "Connecting to %s", want: []string{"%s"}},
		{text: "Hello {0}, welcome {{ name }} to ${city} at %1$s or %(x)s.", want: []string{"{0}", "{{ name }}", "${city}", "%1$s", "%(x)s"}},
		{text: "Growth was 5%, up from 4% in 2019; {braces} and 100%s", want: nil},
		// Two placeholders a space apart are both found; an escaped %%s and a word after % are not placeholders.
		{text: "%s %s, %%s and %sure", want: []string{"%s", "%s"}},
		{text: "{{ " + strings.Repeat("x", 100) + " }}", want: nil},
	})
}
