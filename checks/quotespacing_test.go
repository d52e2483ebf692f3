package checks

import "testing"

func TestQuoteSpacing(t *testing.T) {
	runRuleCases(t, "mt.quote-spacing", []ruleCase{
		// Straight quotes, paired in order, with the spacing of the source language's marks.
		{text: `A statement said that:" the two sides discussed the withdrawal ", adding more.`,
			want:  []string{`that:" the`, `withdrawal "`},
			fixed: `A statement said that: "the two sides discussed the withdrawal", adding more.`},
		// No space outside a mark, where a word touches it.
		{text: `He said"we will win"and left, the "Titanic"'s crew too.`, want: []string{`said"`, `"and`},
			fixed: `He said "we will win" and left, the "Titanic"'s crew too.`},
		{text: "The so-called“experts”said no.", want: []string{"so-called“", "”said"}, fixed: "The so-called “experts” said no."},
		// Pairs taken in order that put a closing mark where an opening one stands: a mark was lost
		// earlier, and the spaces are outside the writer's marks, not inside.
		{text: `The so-called "experts and development. "Since 2013 the talks" went on, "she said.`, want: nil},
		{text: `He quoted John Donne: " No man is an island. "`, want: []string{`" No`, `island. "`},
			fixed: `He quoted John Donne: "No man is an island."`},
		// One word quoted: one finding for both spaces.
		{text: `He said " yes " and left.`, want: []string{`" yes "`}, fixed: `He said "yes" and left.`},
		{text: "Curly marks: “ the talks ” failed, and “ no ” was the answer.", want: []string{"“ the", "talks ”", "“ no ”"},
			fixed: "Curly marks: “the talks” failed, and “no” was the answer."},
		// Only the side with a space.
		{text: `The so-called " lower strata of society" worked.`, want: []string{`" lower`}},
		// Not: quotes set right; an odd number of straight marks (a mark is missing, the pairs
		// cannot be told); inch marks; nothing quoted; German and French marks (mt.foreign-punctuation's).
		{text: `He said "we will win" and "we will stay." Then he left.`, want: nil},
		{text: `He said "we will win and then " he left "at once.`, want: nil},
		{text: `A 12" pipe and a 5" screen, the "new" model.`, want: nil},
		{text: `The field was left blank: " ". Nobody noticed.`, want: nil},
		{text: "Er sagte „ ja “ und ging. Il a dit « non ».", want: nil},
		// Two quotations in one paragraph, each set right, with a space between them.
		{text: `Mechanisms such as the "Quartet Mechanism" "Indo-Pacific Economic Framework" and others.`, want: nil},
	})
}
