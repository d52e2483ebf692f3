package checks

import (
	"context"
	"testing"

	"github.com/copydesk/copydesk/document"
)

func TestScareQuotes(t *testing.T) {
	runRuleCases(t, "mt.scare-quotes", []ruleCase{
		// Terms quoted as Chinese and Arabic news quote them, straight or curly.
		{text: `Buyers can compare few prices, so the "threshold" is still high.`, want: []string{`"threshold"`}},
		{text: "It is not easy for buyers to “defend their rights” in court.", want: []string{"“defend their rights”"}},
		{text: `The chip makers want to "get rid of" China, and a "post-90s" girl agreed.`, want: []string{`"get rid of"`, `"post-90s"`}},
		// Someone's words: the sentence reports speech, or a colon or a comma introduces the quotation.
		{text: `The ministry said the talks were "constructive" and would go on.`, want: nil},
		{text: `According to the report, the move was "unacceptable" to both sides.`, want: nil},
		{text: `Her answer was short: "never again" and nothing more.`, want: nil},
		{text: `He paused, "perhaps" and left it at that.`, want: nil},
		// A term named: after "called", "so-called", "slogan" and the like.
		{text: `The so-called "grey zone" tactics worry Taipei.`, want: nil},
		{text: `They chanted the slogan "no war" in the square.`, want: nil},
		// Not a term: a name or title (capitalised), a quotation of five words or more, a sentence
		// inside the marks, a quotation opening its sentence.
		{text: `He works for the "Information" column of the paper.`, want: nil},
		{text: `Officials hope to "bring the two sides much closer" soon.`, want: nil},
		{text: `The sign on the door reads nothing but "closed." Then it opened.`, want: nil},
		{text: `"threshold" is a word we hear often.`, want: nil},
		// Not a term either: a command, an option, a path; a definition.
		{text: `Type "git add -u" or "cd /tmp" and then "branches--" to see.`, want: nil},
		{text: `Here a "library" means a collection of functions.`, want: nil},
		// Marks that do not pair up: nothing can be told.
		{text: `The so-called "experts and the "threshold" is high.`, want: nil},
	})
}

// A reader's comment is struck whole or quoted as it is, never restyled:
// info notes inside a comment thread are dropped, its typos are kept.
func TestStyleNotesDroppedInCommentThreads(t *testing.T) {
	text := body + "    DIVAN SOLDIER 9 August 2017 10: 26\n" +
		"    At least while they are for us \"partners\" the opperation goes on.\n" +
		"    1. Jedi\n      Jedi 9 August 2017 10: 38\n      No, the next portion of noodles.\n"
	e := testEngine(t, "boilerplate.comment-thread", "mt.scare-quotes", "typo.*")
	r := e.CheckDocument(context.Background(), document.New("t.txt", "t", []byte(text)))
	var thread, scare, typo bool
	for _, f := range r.Findings {
		switch f.Rule {
		case "boilerplate.comment-thread":
			thread = true
		case "mt.scare-quotes":
			scare = true
		case "typo.misspelling", "typo.unknown-word":
			typo = true
		}
	}
	if !thread {
		t.Fatalf("the comment thread was not found: %v", r.Findings)
	}
	if scare || !typo {
		t.Errorf("inside the thread: scare quotes reported %v (want false), typo reported %v (want true)", scare, typo)
	}
	// Outside a thread the same sentence is flagged.
	r = e.CheckDocument(context.Background(), document.New("t.txt", "t", []byte("At least while they are for us \"partners\" the talks go on.\n")))
	if !hasRule(r.Findings, "mt.scare-quotes") {
		t.Error("scare quotes outside a comment thread not reported")
	}
}
