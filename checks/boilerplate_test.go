package checks

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/document"
)

const body = "The Iraqi and Syrian officers discussed the establishment of a joint operation center for coordination between the two sides and the exchange of intelligence.\n\n" +
	"The head of the Syrian operations staff congratulated the Iraqi army on its latest achievements in Mosul, praising the capabilities of the Iraqi security forces.\n\n"

func TestBoilerplatePhrases(t *testing.T) {
	runRuleCases(t, "boilerplate.phrase", []ruleCase{
		{text: body + "Leave a Reply\n\nTwitter picture\n\nYou are commenting using your Twitter account. Log Out / Change )\n\nConnecting to %s",
			want:  []string{"Leave a Reply\n\nTwitter picture\n\nYou are commenting using your Twitter account. Log Out / Change )\n\nConnecting to %s"},
			fixed: body + ""},
		{text: body + "Photos used:\n\nSubscribe to our Telegram channel, regularly more news.\n",
			want: []string{"Photos used:", "Subscribe to our Telegram channel, regularly more news."}},
		{text: "He said they would leave a reply until Monday, and read more about it later.", want: nil},
		{text: "I guess these things will be out of use from now oncomment image", want: []string{"comment image"},
			fixed: "I guess these things will be out of use from now on"},
		{text: "  • Source ((TV))\n", want: []string{"• Source ((TV))"}},
	})
}

func TestBoilerplateWidget(t *testing.T) {
	runRuleCases(t, "boilerplate.widget", []ruleCase{
		{text: "0 $\n2,500 $\n5,000 $\n3,075 $\n\nHeadline here", want: []string{"0 $\n2,500 $\n5,000 $\n3,075 $"}},
		{text: "Headline\n2 hours ago\n", want: []string{"2 hours ago"}},
		{text: "The convoy left two hours ago, officials said.\nHe paid $5 for it.", want: nil},
	})
}

func TestCommentThread(t *testing.T) {
	thread := "    DIVAN SOLDIER 9 August 2017 10: 26\n    What is peace, friendship, chewing gum again?\n    1. Jedi\n      Jedi 9 August 2017 10: 38\n      No, the next portion of noodles.\n"
	named := "Expo Marker\n\nThe two countries are resisting the western oppression. Well done to both sides.\n\nBrad Isherwood\n\nHow many ISUS going to pack it in now lol\n\nAmon Ra\n\nim looking at what ill call the damming???\n"
	runRuleCases(t, "boilerplate.comment-thread", []ruleCase{
		{text: body + thread, want: []string{strings.TrimRight(thread, "\n")}, fixed: body + "\n"},
		{text: body + named, want: []string{strings.TrimRight(named, "\n")}},
		// Bylines and subheads in an article are not a thread.
		{text: "By John Smith\n\n" + body + "Background\n\nThe talks began in 2015 after the fall of Mosul, officials said on Monday.\n\nJohn Smith\n\nReporting by Jane Doe; editing by Tom Brown.\n", want: nil},
		// A thread needs article body before it.
		{text: thread, want: nil},
		// A social plugin's comments: a name, the comment and its action line with the comment's age.
		{text: body + "John Smith\nThis is a disgrace, nothing will change.\nLike · Reply · 2h\nAhmed Ali\nAgreed with John.\nLike · Reply · 1h\n",
			want: []string{"John Smith\nThis is a disgrace, nothing will change.\nLike · Reply · 2h\nAhmed Ali\nAgreed with John.\nLike · Reply · 1h"}},
	})
}

func TestDuplicateLine(t *testing.T) {
	runRuleCases(t, "boilerplate.duplicate-line", []ruleCase{
		{text: "in a rare public visit .. Syrian delegation in Baghdad\u00a0security\n\nIn a rare public visit .. Syrian delegation in Baghdad security\n2 hours ago",
			want: []string{"In a rare public visit .. Syrian delegation in Baghdad security"}},
		{text: "Twitter picture\nTwitter picture\nshort line\nshort line\n", want: nil},
		// Lines that share their first 64 characters are still told apart, and a
		// later copy of the second one is found.
		{text: strings.Repeat("The long opening of a line that many paragraphs share, ", 2) + "then one ending.\n" +
			strings.Repeat("The long opening of a line that many paragraphs share, ", 2) + "then another.\n" +
			strings.Repeat("The long opening of a line that many paragraphs share, ", 2) + "then another.\n",
			want: []string{strings.Repeat("The long opening of a line that many paragraphs share, ", 2) + "then another."}},
	})
}

func TestResidueLine(t *testing.T) {
	article := "The minister met his counterpart in Baghdad on Tuesday and the two sides discussed the border, officials said.\n\n"
	runRuleCases(t, "boilerplate.residue-line", []ruleCase{
		// The heading and the tag list are the pack's (boilerplate.phrase: link-list-headings, tag-lists);
		// the lines between are the classifier's.
		{text: article + "Related\nSyria news\nIraq border talks resume\nTags: Iraq, Syria, border\n",
			want: []string{"Syria news\nIraq border talks resume"}},
		{text: article + "Syria news\nIraq border talks resume\n", want: []string{"Syria news\nIraq border talks resume"}},
		// One short line is residue only under a heading of links: the agency's credit line after a
		// prompt stays, a link under "More on this story" goes.
		{text: article + "Follow us on Twitter @ReutersWorld\n\nReporting by Ahmed Rasheed; Editing by Toby Chopra\n", want: nil},
		{text: article + "More on this story\nIraq's long summer of discontent\n", want: []string{"Iraq's long summer of discontent"}},
		// Under such a heading, related titles go whatever their words, blank lines between them or not.
		{text: article + "Related News\n\nAl-Kadhimi receives a phone call from the Turkish president\n\nThe Iraqi army announces killing 5 ISIS elements in Kirkuk\n",
			want: []string{"Al-Kadhimi receives a phone call from the Turkish president\n\nThe Iraqi army announces killing 5 ISIS elements in Kirkuk"}},
		{text: article + "Read the full report at https://example.com/report\n", want: []string{"Read the full report at https://example.com/report"}},
		// One short line alone, a headline before the body, and prose after it are not residue.
		{text: article + "Reuters\n", want: nil},
		{text: "Syria And Iraq Agree To Boost Cooperation\nBaghdad Talks\n\n" + article, want: nil},
		{text: article + "He added that the talks would resume next week in Damascus, and that both sides were hopeful.\n", want: nil},
		// The pack's lines are the pack's findings.
		{text: article + "Leave a Reply\nTwitter picture\n", want: nil},
		// A list in the body, with a sentence of the article after it (ten words are a sentence), is the article's.
		{text: article + "The measures include:\n\n- higher subsidies for farmers\n- new flood barriers\n\n" +
			"The finance minister said the reserve fund would cover it.\n", want: nil},
		// Three short lines in a row after the article are related headlines, function words or not;
		// a list the article's last sentence introduces is not.
		{text: article + "What the rules mean for you\nHow to apply for the subsidy\nFlood map of the north\n",
			want: []string{"What the rules mean for you\nHow to apply for the subsidy\nFlood map of the north"}},
		{text: article + "The ministry listed the measures that will take effect next year:\n\n- higher subsidies for farmers\n" +
			"- a fund for the schools\n- tax relief for the small firms\n", want: nil},
	})
}

func TestFoldedLine(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"In a rare  visit", "in a rare\u00a0visit", true},
		{"  In a rare visit ", "In a rare visit", true},
		{"In a rare\tvisit", "In a rare visit", true},
		{"In a rare visit", "In a rare visits", false},
		{"In a rare visit", "In a rarevisit", false},
		{"ÉTAT", "état", true},
		{"“A rare visit”", "\"a rare visit\"", true},
		{"Naïve — ÇA", "naïve — ça", true},
		{"", "   ", true},
	} {
		fa, fb := folded(c.a), folded(c.b)
		if got := fa == fb; got != c.want {
			t.Errorf("%q folds to %q, %q to %q: same = %v, want %v", c.a, fa, c.b, fb, got, c.want)
		}
	}
}

// folded is the folded form of a document's first line, trimmed.
func folded(text string) string {
	d := document.New("t.txt", "t", []byte(text))
	return foldedLine(d.Fold(), trimLine(d, d.Lines[0]))
}

// clip agrees with its plain definition: spaces squeezed, then at most n
// characters and an ellipsis when something was cut.
func TestClip(t *testing.T) {
	plain := func(s string, n int) string {
		s = strings.Join(strings.Fields(s), " ")
		if r := []rune(s); len(r) > n {
			return string(r[:n]) + "…"
		}
		return s
	}
	for _, s := range []string{"", "abc", "abc ", " abc def ", "abc\u00a0 def", "héllo wörld and more", "a  b  c  d", strings.Repeat("word ", 500)} {
		for n := 0; n <= 12; n++ {
			if got, want := clip(s, n), plain(s, n); got != want {
				t.Errorf("clip(%q, %d) = %q, want %q", s, n, got, want)
			}
		}
	}
}
