package checks

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/config"
	"github.com/copydesk/copydesk/edit"
	"github.com/copydesk/copydesk/rules"
)

func TestNBSP(t *testing.T) {
	runRuleCases(t, "format.nbsp", []ruleCase{
		{text: "Russian Defense Minister\u00a0Sergei Shoigu\u00a0on Tuesday.",
			want:  []string{"Minister\u00a0Sergei", "Shoigu\u00a0on"},
			fixed: "Russian Defense Minister Sergei Shoigu on Tuesday."},
		{text: "information \u00a0 about it", want: []string{"information \u00a0 about"}, fixed: "information about it"},
		{text: "Log\u00a0Out\u00a0/\u00a0 Change\u00a0)", want: []string{"Log\u00a0Out\u00a0/\u00a0 Change\u00a0)"}, fixed: "Log Out / Change )"},
		{text: "in Syria.\u00a0 \u00a0 \nNext", want: []string{"\u00a0 \u00a0 "}, fixed: "in Syria.\nNext"},
		{text: "It is 10\u00a0km away on 9\u00a0August.", want: nil},
		{text: "Plain text with plain spaces.", want: nil},
	})
}

func TestDoubleSpace(t *testing.T) {
	runRuleCases(t, "format.double-space", []ruleCase{
		{text: "one  two", want: []string{"  "}, fixed: "one two"},
		{text: "    indented line\ntrailing   \n", want: nil},
		{text: "col1\t  col2", want: nil},
	})
}

func TestControlChar(t *testing.T) {
	runRuleCases(t, "format.control-char", []ruleCase{
		{text: "zero\u200bwidth and soft\u00adhyphen", want: []string{"\u200b", "\u00ad"}, fixed: "zerowidth and softhyphen"},
		{text: "nul\x00byte", want: []string{"\x00"}, fixed: "nulbyte"},
		{text: "bidi \u202e\u202c override", want: []string{"\u202e\u202c"}},
		{text: "\ufeffBOM at the start is fine", want: nil},
		{text: "Persian می\u200cخواهم keeps its joiner", want: nil},
		{text: "lost \ufffd char", want: []string{"\ufffd"}},
	})
}

func TestMojibake(t *testing.T) {
	runRuleCases(t, "format.mojibake", []ruleCase{
		{text: "each otherâ€™s ears", want: []string{"â€™"}, fixed: "each other’s ears"},
		{text: "cafÃ© and Ã¼ber", want: []string{"Ã©", "Ã¼"}, fixed: "café and über"},
		{text: "â€œquotedâ€\u009d", want: []string{"â€œ", "â€\u009d"}, fixed: "“quoted”"},
		{text: "Ãlvaro, Âge, Ça va, São Paulo, Zürich", want: nil},
	})
}

func TestEncoding(t *testing.T) {
	runRuleCases(t, "format.invalid-utf8", []ruleCase{
		{text: "caf\xe9 au lait \xff\xfe", want: []string{"\xe9", "\xff\xfe"}},
		{text: "valid café", want: nil},
	})
	runRuleCases(t, "format.empty-document", []ruleCase{
		{text: "", want: []string{""}},
		{text: "  \n\u00a0\n 42 $", want: []string{""}},
		{text: "Words.", want: nil},
	})
}

func TestHTMLResidue(t *testing.T) {
	runRuleCases(t, "format.html-residue", []ruleCase{
		// Character references, once and twice encoded; a no-break space and an invisible soft hyphen.
		{text: "Tom &amp; Jerry: it&#8217;s late, she said&amp;#8217;s fine; Price:&nbsp;10; soft&shy;ware; &#x2014; done.",
			want:  []string{"&amp;", "&#8217;", "&amp;#8217;", "&nbsp;", "&shy;", "&#x2014;"},
			fixed: "Tom & Jerry: it’s late, she said’s fine; Price: 10; software; — done."},
		// Tags, a link whose attribute holds "&amp;", a comment and a script element are removed whole.
		{text: "<p>Officials said <b>nothing</b> new.</p> Read <a href=\"https://x.com/?a=1&amp;b=2\">more</a>.<!-- ad -->\n<script>var a = \"<b>\";</script>Next.",
			want:  []string{"<p>", "<b>", "</b>", "</p>", "<a href=\"https://x.com/?a=1&amp;b=2\">", "</a>", "<!-- ad -->", "<script>var a = \"<b>\";</script>"},
			fixed: "Officials said nothing new. Read more.\nNext."},
		// A block tag between two words was a line break: the space it needs is no safe fix.
		{text: "The army<br>withdrew. The army<br/> withdrew.", want: []string{"<br>", "<br/>"}, fixed: "The army<br>withdrew. The army withdrew."},
		// Not HTML: ampersands without a reference, names HTML does not know, arithmetic, titles in angle
		// brackets from Chinese, an attribute without a value, tags split over lines.
		{text: "AT&T and R&D; M&A deals; &ampx; and &foo; stay; if a<b and c>d; <Time> magazine and <Global Times>; <b bold>; <a\nhref=\"x\">.", want: nil},
		// WordPress shortcodes: tags removed, their words kept; an [embed] goes with its address.
		{text: "[caption id=\"attachment_4521\" align=\"aligncenter\"]Troops in Mosul[/caption] They left. [embed]https://youtu.be/abc[/embed] Then [gallery ids=\"1,2\"] and [code]x = 1[/code].",
			want:  []string{"[caption id=\"attachment_4521\" align=\"aligncenter\"]", "[/caption]", "[embed]https://youtu.be/abc[/embed]", "[gallery ids=\"1,2\"]", "[code]", "[/code]"},
			fixed: "Troops in Mosul They left.  Then  and x = 1."},
		// Not shortcodes: brackets in prose, names in capitals or unknown, attributes without a value, a tag over two lines.
		{text: "He said [sic] that [Caption] and [video footage] [edit] [gallery ids] [caption id=\"x\"\n]", want: nil},
	})
	runRuleCases(t, "format.html-page", []ruleCase{
		{text: "\ufeff  <!DOCTYPE html><html><body><p>Army chief visits</p></body></html>", want: []string{"<!DOCTYPE html>"}},
		{text: "<html lang=\"en\"><body>text</body></html>", want: []string{"<html lang=\"en\">"}},
		{text: "The <html> tag starts a page.", want: nil},
	})
}

// TestHTMLResidueBadPack: a user's markup entry with an id the check cannot
// read stops the run with an error naming the file and line.
func TestHTMLResidueBadPack(t *testing.T) {
	p := filepath.Join(t.TempDir(), "markup.yaml")
	if err := os.WriteFile(p, []byte("name: mine\nrule: format.html-residue\nentries:\n  - id: tags\n    words: [blink]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	packs, err := rules.Load([]string{p})
	if err != nil {
		t.Fatal(err)
	}
	_, err = NewEngine(&Setup{Config: config.Default(), Packs: packs}, []string{"format.html-residue"})
	if err == nil || !strings.Contains(err.Error(), "markup.yaml:4") || !strings.Contains(err.Error(), "inline, block, raw, shortcode or shortcode-raw") {
		t.Errorf("error %v, want one naming markup.yaml:4 and the ids allowed", err)
	}
}

func TestMixedQuotes(t *testing.T) {
	runRuleCases(t, "format.mixed-quotes", []ruleCase{
		// The majority style stays; the other's marks get their counterparts (opening after a space or a dash).
		{text: "He said “yes”, then “no” and \"maybe\"—\"fine\".", want: []string{"\"", "\"", "\"", "\""}},
		{text: "He said \"yes\", \"no\" and “maybe”.", want: []string{"“", "”"}},
		// One style, or an inch mark beside curly quotes, is no mix.
		{text: "He said “yes” and “no”.", want: nil},
		{text: "He said “yes”; he is 5'10\" tall.", want: nil},
	})
	var got []string
	for _, f := range findingsFor(t, testEngine(t, "format.mixed-quotes"), "He said “yes”, then “no” and \"maybe\"—\"fine\".") {
		got = append(got, f.Fixes[0].Replacement)
	}
	if strings.Join(got, " ") != "“ ” “ ”" {
		t.Errorf("counterparts %q, want opening and closing curly quotes", got)
	}
}

func TestNumberGrouping(t *testing.T) {
	runRuleCases(t, "format.number-grouping", []ruleCase{
		{text: "There are 250000 species, and ice over 100000 years old.", want: []string{"250000", "100000"}},
		{text: "The fund paid $1500000 and “40000” more (12345).", want: []string{"1500000", "40000", "12345"}},
		// Not: years and four digits, grouped numbers, decimals, identifiers, postcodes, codes and ranges.
		{text: "In 2024 it cost 5000 dollars; 250,000 people and 12345.67 points.", want: []string{"5000"}},
		// Four digits are grouped only as money: a currency after them or a sign before.
		{text: "A subsidy of 4500 yuan, $5150 in fees; 2024 saw 1500 cases; worth it in 2022 dollars.", want: []string{"4500", "5150"}},
		{text: "Case No. 12345, tel 5551234, flight 12345, #12345, 012345, Washington, DC 20500.", want: nil},
		{text: "ZIP 12345-6789, the A12345 model, 12345km, 1000000000 people, 12/12345.", want: nil},
		{text: "Certified to ISO 27001. Friedrichstraße 123, 10117 Berlin\n75008 Paris", want: nil},
	})
	if got := groupThousands("1500000"); got != "1,500,000" {
		t.Errorf("groupThousands = %q", got)
	}
}

func TestDoubleHyphen(t *testing.T) {
	runRuleCases(t, "format.double-hyphen", []ruleCase{
		{text: "BEIJING, Feb. 11 (Xinhua) -- The project--four theses.", want: []string{"--", "--"}},
		{text: `He said "no"--and left.`, want: []string{"--"}},
		// Not: command-line options, HTML comments, arrows, rules of hyphens, a dash at a line's end.
		{text: "Use --format json. <!-- note --> a---b x -->y\n----------\nwait --\n", want: nil},
	})
}

func TestHyphenDash(t *testing.T) {
	runRuleCases(t, "format.hyphen-dash", []ruleCase{
		{text: "LISA will see supermassive black holes-those that are heavy. The project-which began in 2015-is late.",
			want: []string{"-", "-"}},
		{text: `The "difference"-that is the point.`, want: []string{"-"}},
		// Not: compounds that end in such a word (hoped-for, know-it-all, thank-you, as-is), chains
		// (state-of-the-art), a short first word (forget-me-not), capitals, digits, links.
		{text: "A hoped-for recovery, a know-it-all, a thank-you note and an as-is sale.", want: nil},
		{text: "The state-of-the-art plant, the forget-me-not, Doctor-Who and the 1990s-the decade.", want: nil},
		{text: "See www.pay-the.com, /news/syria-the-war and @syria-the today.", want: nil},
		{text: strings.Repeat("abc-the,", 100), want: nil},
	})
}

func TestBareDay(t *testing.T) {
	runRuleCases(t, "format.bare-day", []ruleCase{
		{text: "North Korean media released a video on the 9th, showing Kim. (Comprehensive news on the 11th)", want: []string{"on the 9th", "on the 11th"}},
		{text: "He said in an interview on the 10th that prices rose. It has been closed since the 3rd.", want: []string{"on the 10th", "since the 3rd"}},
		// Not: an ordinal before a noun, a date with its month, an ordinal with the wrong suffix or past 31.
		{text: "A parade on the 75th anniversary; the 9th floor; from the 19th batch; on Feb. 9; on the 2th; on the 32nd.", want: nil},
		{text: "It ran from the 1st to the 3rd of March.", want: nil},
		// The paragraph named the month before: the reader resolves the day.
		{text: "BEIJING, Feb. 11 -- Officials said in an interview on the 10th that prices rose.\n\nA video came out on the 9th.", want: []string{"on the 9th"}},
		{text: "The Mayor said maybe it opens on the 9th.", want: []string{"on the 9th"}},
		// A part of the day dates it too ("8日晚"); not the rest of a phrase with "of the".
		{text: "A parade was held on the evening of the 8th. Talks ran through the night of the 3rd, and the end of the 9th.", want: []string{"evening of the 8th", "night of the 3rd"}},
		{text: "On the evening of the 8th anniversary gala.", want: nil},
	})
}

func TestDecimalComma(t *testing.T) {
	runRuleCases(t, "format.decimal-comma", []ruleCase{
		{text: "Aid of 2,5 million dollars, a rise of 3,7% and 1,25 billion rubles, 4,5 per cent.",
			want:  []string{"2,5", "3,7", "1,25", "4,5"},
			fixed: "Aid of 2.5 million dollars, a rise of 3.7% and 1.25 billion rubles, 4.5 per cent."},
		// Not: thousands separators, lists, a comma between two numbers in prose, other words after.
		{text: "It cost 2,500 million; items 1,2,3 million; in 2019, 5 million left; 3,5 people; 4,5 per day.", want: nil},
	})
}

func TestMixedAbbreviation(t *testing.T) {
	runRuleCases(t, "format.mixed-abbreviation", []ruleCase{
		// The majority form is kept; the dotted one wins a tie.
		{text: "The U.S. said so, U.S. troops stayed, and US officials agreed.", want: []string{"US"}},
		{text: "The US said so, US troops stayed, and U.S. officials agreed.", want: []string{"U.S."}},
		{text: "US troops stayed in the U.S.\n", want: []string{"US"}},
		// A plain form ending its sentence takes its full stop into the span: "U.S.", not "U.S..".
		{text: "The U.S. said so and U.S. troops stayed in the US.", want: []string{"US."}},
		{text: "US officials and UN staff met; the U.N. envoy and UN aid.", want: []string{"U.N."}},
		// Not: one form only, a currency, a line in capitals, a word inside another.
		{text: "The U.S. Senate and U.S. troops.", want: nil},
		{text: "It cost US$ 500, the U.S. said.\nLET US PRAY\nThe USSR and BUS fares.", want: nil},
	})
}

func TestMixedDateOrder(t *testing.T) {
	runRuleCases(t, "format.mixed-date-order", []ruleCase{
		// The majority order is kept; the year comes along.
		{text: "BEIJING, Feb. 11 (Xinhua) -- Since February 10, 2023, prices rose. The plan of 31 January 2023 is the base.",
			want: []string{"31 January 2023"}},
		{text: "On 9 February the talks began; by 11 February they ended. A deal followed on February 13th.",
			want: []string{"February 13th"}},
		// A tie keeps the first date's order; "31st of January" is day first.
		{text: "On the 31st of January and on February 2.", want: []string{"February 2"}},
		// Not: one order only, a month without a day, a number that is not a day, a distance.
		{text: "On 9 February and 11 February 2023, in June 2023, May 5.", want: []string{"May 5"}},
		{text: "In June 2023, 40 March marchers; March 5km race on 9 February.", want: nil},
		{text: "Feb. 11 and Feb 12; 10 Feb was quiet.", want: []string{"10 Feb"}},
		// A timestamp is the site's, not the writer's: comment headers do not outvote the article.
		{text: "On June 13 the chief met them.\n\nsiberalt 9 August 2017 10: 26\nJedi 9 August 2017, 10:38\nsoroKING 9 August 10:40", want: nil},
		{text: "Published 9 August 2017\nOn June 13 the chief met them.\nLast updated on 5 May 2021", want: nil},
		{text: "Updated\n9 August and 10 August, and on June 13 they met.", want: []string{"June 13"}}, // a stamp word ends at its line
	})
	e := testEngine(t, "format.mixed-date-order")
	for text, want := range map[string]string{
		"On 9 February, 11 February and on February 10, 2023.": "10 February 2023",
		"On February 9, February 11 and on 10 February 2023.":  "February 10, 2023",
		"On Feb. 9, Feb. 11 and on 10 Feb. again.":             "Feb. 10",
	} {
		fs := findingsFor(t, e, text)
		if len(fs) != 1 || fs[0].Fixes[0].Replacement != want || fs[0].Fixes[0].Safe {
			t.Errorf("%q: findings %+v, want one suggestion %q", text, fs, want)
		}
	}
	// The message gives the count, and on a tie says the first date decided.
	for text, want := range map[string]string{
		"On 9 February, 11 February and on February 10.": `"February 10" in a document that mostly writes dates day first (2 to 1); use one order`,
		"On February 2 and on the 31st of January.":      `"31st of January" in a document that writes its first date month first (1 to 1); use one order`,
	} {
		if fs := findingsFor(t, e, text); len(fs) != 1 || fs[0].Message != want {
			t.Errorf("%q: findings %+v, want the message %q", text, fs, want)
		}
	}
}

// TestAbbreviationsHouseStyle: with abbreviations set, every use of the other
// form is a finding, mixed or not, and its fix is safe unless a capital
// follows a dotted form whose full stop may end a sentence.
func TestAbbreviationsHouseStyle(t *testing.T) {
	packs, err := rules.Load(nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ house, text, msg, fixed string }{
		{"dotted", "US officials met UN staff in the US.\n",
			`"US" where the house style writes "U.S." (abbreviations: dotted)`, "U.S. officials met U.N. staff in the U.S.\n"},
		{"plain", "The U.S. Senate and U.N. staff met in the U.K.\n",
			`"U.S." where the house style writes "US" (abbreviations: plain)`, "The U.S. Senate and UN staff met in the UK.\n"},
	} {
		cfg := config.Default()
		cfg.Abbreviations = tc.house
		e, err := NewEngine(&Setup{Config: cfg, Packs: packs}, []string{"format.mixed-abbreviation"})
		if err != nil {
			t.Fatal(err)
		}
		fs := findingsFor(t, e, tc.text)
		if len(fs) != 3 || fs[0].Message != tc.msg {
			t.Errorf("%s: %d findings, first %q; want 3, first %q", tc.house, len(fs), fs[0].Message, tc.msg)
		}
		var edits []edit.Edit
		for _, f := range fs {
			if x, ok := f.SafeFix(); ok {
				edits = append(edits, edit.Edit{Start: f.Span.Start, End: f.Span.End, New: x.Replacement})
			}
		}
		if out, _, _ := edit.Apply([]byte(tc.text), edits); string(out) != tc.fixed {
			t.Errorf("%s: fixed %q, want %q", tc.house, out, tc.fixed)
		}
	}
	if _, err := config.Parse(".copydesk.yaml", []byte("abbreviations: dots\n")); err == nil || !strings.Contains(err.Error(), `abbreviations: "dots": want dotted (U.S.) or plain (US)`) {
		t.Errorf("bad setting: error %v", err)
	}
}

// TestHyphenDashPhrases: a phrase that opens an example or an addition after
// a hyphen is a dash's work; with its comma only where the pack says so.
func TestHyphenDashPhrases(t *testing.T) {
	runRuleCases(t, "format.hyphen-dash", []ruleCase{
		{text: "Income matters more-for example, in Britain. Drug addiction-as well as poverty. A message-such as this.",
			want: []string{"-", "-", "-"}},
		{text: "A hoped-for example of growth; a much-wished-for instance; a sought-after example.", want: nil},
	})
}

// TestQuotePunctuation: with quote-punctuation: american, a comma or full
// stop after a closing quotation mark moves inside it (a safe fix); a
// quotation ending with its own mark, an ellipsis, a mark running on into a
// word and unpaired quotes are left alone; without the setting nothing is
// reported.
func TestQuotePunctuation(t *testing.T) {
	packs, err := rules.Load(nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		house, text string
		want        []string // the spans found
		fixed       string
	}{
		{"american", `It set up a "technology alliance", he said, under the "Action Plan".` + "\n",
			[]string{`",`, `".`}, `It set up a "technology alliance," he said, under the "Action Plan."` + "\n"},
		{"american", "The “core”, as they call it, and the “chips”.\n",
			[]string{"”,", "”."}, "The “core,” as they call it, and the “chips.”\n"},
		// Left alone: its own mark, an ellipsis, a word after the mark, nothing quoted, an unpaired quote.
		{"american", `He asked "Why?". It said "wait"... The "file".txt and "" , then.` + "\n\n" + `An "unpaired" quote". And more.` + "\n", nil, ""},
		{"american", `A 12" pipe. The "word", and more.` + "\n", []string{`",`}, `A 12" pipe. The "word," and more.` + "\n"},
		{"", `It set up a "technology alliance", he said.` + "\n", nil, ""},
	} {
		cfg := config.Default()
		cfg.QuotePunctuation = tc.house
		e, err := NewEngine(&Setup{Config: cfg, Packs: packs}, []string{"format.quote-punctuation"})
		if err != nil {
			t.Fatal(err)
		}
		fs := findingsFor(t, e, tc.text)
		var got []string
		var edits []edit.Edit
		for _, f := range fs {
			got = append(got, tc.text[f.Span.Start:f.Span.End])
			if x, ok := f.SafeFix(); ok {
				edits = append(edits, edit.Edit{Start: f.Span.Start, End: f.Span.End, New: x.Replacement})
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: found %q, want %q", tc.text, got, tc.want)
			continue
		}
		if len(edits) > 0 {
			if out, _, _ := edit.Apply([]byte(tc.text), edits); string(out) != tc.fixed {
				t.Errorf("%q: fixed %q, want %q", tc.text, out, tc.fixed)
			}
		}
	}
	if _, err := config.Parse(".copydesk.yaml", []byte("quote-punctuation: british\n")); err == nil || !strings.Contains(err.Error(), `quote-punctuation: "british": want american`) {
		t.Errorf("bad setting: error %v", err)
	}
}

// TestMixedApostrophes: apostrophes between letters in both styles; the
// majority's is kept (curly on a tie) and the fix is safe; quotation marks
// at a word's edge and a document in one style are left alone.
func TestMixedApostrophes(t *testing.T) {
	runRuleCases(t, "format.mixed-apostrophes", []ruleCase{
		{text: "We don’t know. Iraq’s army can’t wait. It's late.", want: []string{"'"}, fixed: "We don’t know. Iraq’s army can’t wait. It’s late."},
		{text: "We don't know. Iraq's army can't wait. It’s late.", want: []string{"’"}, fixed: "We don't know. Iraq's army can't wait. It's late."},
		{text: "It's one. It’s two.", want: []string{"'"}, fixed: "It’s one. It’s two."},
		// Marks at a word's edge may be single quotation marks; one style alone is no finding.
		{text: "He said 'no’ and ’twas the students' turn. It’s fine.", want: nil},
		{text: "We don't know. Iraq's army can't wait.", want: nil},
	})
}

// TestDecomposedAccent: a word with a letter written as base letter and
// combining accent is one finding, fixed to its composed form; a precomposed
// word, a mark with no precomposed letter and a Greek letter of the same
// UTF-8 block are left alone.
func TestDecomposedAccent(t *testing.T) {
	runRuleCases(t, "format.decomposed-accent", []ruleCase{
		{text: "Felix Geisendo\u0308rfer met Erdog\u0306an, and Jose\u0301.", want: []string{"Geisendo\u0308rfer", "Erdog\u0306an", "Jose\u0301"},
			fixed: "Felix Geisendörfer met Erdoğan, and José."},
		{text: "Geisendörfer met Erdoğan in Niš; n\u0308 stays; Greek \u037b too.", want: nil},
	})
}

// TestHomoglyph: a Latin word with Cyrillic or Greek look-alike letters is
// one finding, fixed safely to the Latin letters; a Cyrillic or Greek word,
// a Greek symbol before a unit or a hyphen, and a letter with no Latin twin
// are left alone (the last reported without a fix).
func TestHomoglyph(t *testing.T) {
	runRuleCases(t, "format.homoglyph", []ruleCase{
		{text: "Officials in \u0421hina and Ukr\u0430ine met the \u0420resident and \u039fbama.", want: []string{"\u0421hina", "Ukr\u0430ine", "\u0420resident", "\u039fbama"},
			fixed: "Officials in China and Ukraine met the President and Obama."},
		{text: "Москва and Αθήνα; a 5 μm pore, an α-helix, β-blockers and Δx.", want: nil},
		{text: "The Bol\u0436oi theatre.", want: nil},
		// With a letter that has no Latin twin beside a look-alike, the word is reported without a fix.
		{text: "The Bol\u0448\u043ei theatre.", want: []string{"Bol\u0448\u043ei"}, fixed: "The Bol\u0448\u043ei theatre."},
	})
}

// TestSplitWord: a word a line break's hyphen cut in two is joined; a
// compound, a suspended hyphen and two words joined by chance stay.
func TestSplitWord(t *testing.T) {
	runRuleCases(t, "format.split-word", []ruleCase{
		{text: "The adminis- tration and the Presi- dent met.", want: []string{"adminis- tration", "Presi- dent"},
			fixed: "The administration and the President met."},
		// A piece that is a word on its own: reported, but the join is the editor's call.
		{text: "The govern- ment's plan and the inter- national community.", want: []string{"govern- ment's", "inter- national"},
			fixed: "The govern- ment's plan and the inter- national community."},
		{text: "approved by the adminis-\ntration on Monday", want: []string{"adminis-\ntration"}, fixed: "approved by the administration on Monday"},
		// After a hyphen that ends a line, a prefix is the writer's hyphen.
		{text: "a non-\nviolent protest and a co-\noperation deal", want: nil},
		{text: "a one- time payment, a well- being fund, pre- and post-war budgets, two- to three-day visits", want: nil},
		{text: "the long- term plan, the self- employed, a well- to-do family, a war- it was brutal", want: nil},
		{text: "the adminis-\n\ntration", want: nil}, // a paragraph break is no line break
		{text: "Adminis- Tration and 12- ment", want: nil},
	})
}

// TestEscapeResidue: the escapes of a JSON string in prose are decoded; a
// path, a regular expression and code keep their backslashes.
func TestEscapeResidue(t *testing.T) {
	runRuleCases(t, "format.escape-residue", []ruleCase{
		{text: `The government\u2019s plan was \"unacceptable\", he said.\nThe minister left.`,
			want:  []string{`\u2019`, `\"`, `\"`, `\n`},
			fixed: "The government’s plan was \"unacceptable\", he said.\nThe minister left."},
		{text: `See https:\/\/example.com\/news\/2016 and \ud83d\ude00 and\u00a0here.`,
			want:  []string{`https:\/\/example.com\/news\/2016`, `\ud83d\ude00`, `\u00a0`},
			fixed: "See https://example.com/news/2016 and \U0001F600 and\u00a0here."},
		{text: `He left.\n\nThe talks ended.\r\nMore later.\n\tThen 5.`, want: []string{`\n\n`, `\r\n`, `\n\t`},
			fixed: "He left.\n\nThe talks ended.\nMore later.\nThen 5."},
		// Paths, regular expressions, code strings and escaped backslashes stay.
		{text: `C:\new\folder, a\/b, /http[s]?:\/\/[\w\.-]+/i, printf("done.\n"), \\n and \\u2019`, want: nil},
		{text: `<a class=\"lien\" href=\"#\">x</a> and "value \"7"`, want: nil},
		{text: `a lone \"quote and \ud83d alone, \u0007 and \uzzzz`, want: nil},
		// A word skipped whole (a regular expression's slashes) does not hide the closing quotation mark.
		{text: `He said \"see a\w\/b\" then`, want: []string{`\"`, `\"`}, fixed: `He said "see a\w\/b" then`},
	})
}
