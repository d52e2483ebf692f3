package checks

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/document"
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
		// An acronym doubled in prose is a slip; in a line in capitals it may be a name.
		{text: "They pursued the remnants of ISIS ISIS militants.", want: []string{"ISIS ISIS"}, fixed: "They pursued the remnants of ISIS militants."},
		{text: "WALLA WALLA WINS THE TITLE", want: nil},
		{text: "President President Assad", want: []string{"President President"}},
		{text: "in 2017 2017 and 5 5", want: nil},
		// An acronym beside the same word in lower case is two words.
		{text: "They met at AT&T offices. The US us both. The IT it works. The WHO who said so.", want: nil},
		// A loop is one finding, and its fix leaves one copy.
		{text: "He said the the the the talks failed. Gen. Gen. Gen. Smith came.", want: []string{"the the the the", "Gen. Gen. Gen."},
			fixed: "He said the talks failed. Gen. Smith came."},
		// Scientific names repeat words by design; a slip at a sentence start, a function word or a
		// common English word after a name is still one.
		{text: "The gorilla (Gorilla gorilla gorilla) and the lion Panthera leo leo. The red fox, Vulpes vulpes, hunts. Bison bison bison roamed. The bison (Bison bison) grazed.", want: nil},
		{text: "Vulpes vulpes hunts at night. The talks went on.", want: nil},
		{text: "Talks talks failed. He met Smith the the day after. The Syrian syrian army. A Gorilla gorilla ate.",
			want: []string{"Talks talks", "the the", "Syrian syrian", "Gorilla gorilla"}},
	})
}

func TestRepeatedPhrase(t *testing.T) {
	runRuleCases(t, "mt.repeated-phrase", []ruleCase{
		{text: "Kim Hye-jae is seen sitting in the middle of the table in the middle of the table, but also.",
			want: []string{"in the middle of the table in the middle of the table"}},
		{text: "They strengthen the cooperation strengthen the cooperation strengthen the cooperation now.",
			want: []string{"strengthen the cooperation strengthen the cooperation strengthen the cooperation"}},
		// Lists and emphasis set copies apart with punctuation; function words alone repeat nothing.
		{text: "The angles are minus 120 degrees, minus 120 degrees, 0 degrees. Do not worry, do not worry.", want: nil},
		{text: "It is what it is what it is. At the same time. At the same time, it rained.", want: nil},
		// A long phrase three times or more with commas between: an engine's loop, not a list.
		{text: "The video shows the history of the people who lived in the country, the history of the people who lived in the country, the history of the people who lived in the country.",
			want: []string{"the history of the people who lived in the country, the history of the people who lived in the country, the history of the people who lived in the country"}},
		{text: "It said one two three four five, one two three four five, one two three four five, one two three four five, six.",
			want: []string{"one two three four five, one two three four five, one two three four five, one two three four five"}},
		// Not: a phrase ending in a function word, twice: the second copy starts a phrase of its own.
		{text: "Compare the file with the file with the same name; update branches and tags with branches and tags with the same name.", want: nil},
		// Not: two copies, four words, copies on separate lines.
		{text: "We will fight them on the beaches, we will fight them on the beaches. We shall not pass, we shall not pass, we shall not pass.", want: nil},
		{text: "the history of the old country,\nthe history of the old country,\nthe history of the old country", want: nil},
	})
	fs := findingsFor(t, testEngine(t, "mt.repeated-phrase"), "sitting in the middle of the table in the middle of the table today")
	if len(fs) != 1 || len(fs[0].Fixes) != 1 || fs[0].Fixes[0].Replacement != "in the middle of the table" || fs[0].Fixes[0].Safe {
		t.Errorf("the fix keeps one copy, as a suggestion: %+v", fs)
	}
}

func TestStraySlash(t *testing.T) {
	runRuleCases(t, "mt.stray-slash", []ruleCase{
		{text: "Twilight News Iraqi Defense Ministry / said on Wednesday that a delegation met", want: []string{"Ministry / said"}},
		{text: "online media representatives and bloggers / netizens from travel visited Macau", want: []string{"bloggers / netizens"}},
		// Separators, not prose: a credit, a breadcrumb, slashes without spaces, numbers.
		{text: "Photo: Reuters / Ammar Awad", want: nil},
		{text: "Home / News / World / Middle East / Iraq and Syria agree to boost cooperation", want: nil},
		{text: "The hotline is open 24/7 and the talks and/or the visit will take 3 / 4 of the time", want: nil},
		{text: "Iraqi Defense Ministry /\nsaid on Wednesday that a high-level delegation of Syria held talks", want: nil},
	})
}

func TestSpacing(t *testing.T) {
	runRuleCases(t, "mt.spacing", []ruleCase{
		{text: "DIVAN SOLDIER 9 August 2017 10: 26", want: []string{"10: 26"}},
		{text: "at 10:26 and ratio 30: 75", want: nil},
		// Spaces before or around the colon split a time too; a score or ratio past a clock's range is none.
		{text: "began at 10 :26 and ended at 11 : 40 after 9 : 75 minutes", want: []string{"10 :26", "11 : 40"}},
		// Spaces inside parentheses, fixed safely; not a call's brackets, a smiley or a list marker.
		{text: "The minister said so ( in Baghdad ) on Monday.", want: []string{"( in", "Baghdad )"}, fixed: "The minister said so (in Baghdad) on Monday."},
		{text: "Call f( x) now :( sad. Options: a ) first, b ) second.", want: nil},
		{text: "US -Russian Agreement", want: []string{"US -Russian"}},
		// A stray space before a short word is still one; a command's short option is not.
		{text: "The anti -war march; run git rebase -i or ls -la first.", want: []string{"anti -war"}},
		// A prefix that never stands alone, spaced from its hyphen on either side: a compound, joined safely.
		{text: "Some self - replication, the pre- tax gap and co -evolved forms.", want: []string{"self - replication", "pre- tax", "co -evolved"},
			fixed: "Some self-replication, the pre-tax gap and co-evolved forms."},
		// A suspended hyphen: the compound's second part comes later.
		{text: "To pre- or post- process the pre- and post-image lines.", want: nil},
		{text: "Amon -Ra- DeArmond and -5 degrees and a - b", want: nil},
		// Hyphens used as a pair of dashes around several words; a hyphen inside
		// a later compound does not close the pair.
		{text: "FabriPaint.Com -Based in Oregon, USA- Tri-Chem Product Support", want: nil},
		{text: "US -Russian talks on Tri-Chem products", want: []string{"US -Russian"}},
		{text: "US -Russian talks end\nhere- there", want: []string{"US -Russian"}},
		{text: "in a rare public visit .. Syrian delegation", want: []string{" .. "}},
		{text: "wait... and so on ....", want: nil},
		{text: "It ended..", want: []string{".."}},
		{text: "the talks , he said .", want: []string{"talks ,", "said ."}, fixed: "the talks, he said."},
		{text: "visit example .com or .5 mm", want: nil},
		{text: "Thai food,beer and 2,500 $", want: []string{"food,beer"}, fixed: "Thai food, beer and 2,500 $"},
		// Two sentences run together; not domains, initials, abbreviations or ASP.NET.
		{text: "The talks ended.The ministry said so.It was late. Really?Yes.", want: []string{"ended.The", "so.It", "Really?Yes"},
			fixed: "The talks ended. The ministry said so. It was late. Really? Yes."},
		{text: "Visit example.com, the U.S. said. Use ASP.NET and node.js, e.g. this, 3.5 and Mr.Smith.", want: nil},
		// A mark typed twice, two marks where one belongs, runs of "!" and "?".
		{text: "The army,, the police met;; they agreed. The talks ended., then. Really?? Yes!!!",
			want: []string{",,", ";;", ".,", "??", "!!!"}, fixed: "The army, the police met; they agreed. The talks ended., then. Really?? Yes!!!"},
		// Not: an abbreviation's full stop before a comma, "::" inside a word, a ratio.
		{text: "At 10 a.m., Acme Inc., the U.S., and J., too; see std::vector; ratio 1:2, fine.", want: nil},
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
		// A CMS slot; not a doubled percent sign.
		{text: "Residents returned. %%SUBSCRIBE_BOX%% The mayor said 50%% of homes; %%d.", want: []string{"%%SUBSCRIBE_BOX%%"}},
	})
}

// TestCalqueWindow: a bounded pattern run on the window around its trigger
// finds what it finds in the whole sentence, on random sentences of pieces
// that put words, punctuation and letters beyond ASCII next to the trigger.
func TestCalqueWindow(t *testing.T) {
	exprs := []string{`(?i)\b(?:many|some|Chinese) netizens\b`, `(?i)\bnetizens (?:said|say)\b`, `\b\w{1,3} netizens\w?`}
	bound := []int{16, 13, 13} // their longest matches in these texts, in bytes: tight, so the window's ends fall on words
	pieces := []string{"netizens", " ", "many", "some", "said", "x", "é", ".", "-", "Chinese", "_", "9", "mañy"}
	rng := rand.New(rand.NewPCG(5, 6))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.IntN(30); k >= 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := b.String()
		for x, expr := range exprs {
			re := regexp.MustCompile(expr)
			firstEnd, lastStart := -1, -1
			for i := 0; ; {
				k := strings.Index(text[i:], "netizens")
				if k < 0 {
					break
				}
				if firstEnd < 0 {
					firstEnd = i + k + len("netizens")
				}
				lastStart, i = i+k, i+k+1
			}
			if firstEnd < 0 {
				continue
			}
			s := document.Span{Start: 0, End: len(text)}
			w := window(text, s, firstEnd, lastStart, bound[x])
			var got, want []string
			for _, m := range re.FindAllStringIndex(text[w.Start:w.End], -1) {
				got = append(got, fmt.Sprint(w.Start+m[0], w.Start+m[1]))
			}
			for _, m := range re.FindAllStringIndex(text, -1) {
				want = append(want, fmt.Sprint(m[0], m[1]))
			}
			if strings.Join(got, ",") != strings.Join(want, ",") {
				t.Fatalf("%q in %q: window %v finds %v, the sentence %v", expr, text, w, got, want)
			}
		}
	}
}

func TestForeignPunctuation(t *testing.T) {
	runRuleCases(t, "mt.foreign-punctuation", []ruleCase{
		{text: "The army، the police met؛ they agreed؟ The minister said，the talks went well。He added：“We are ready（for now）.”",
			want:  []string{"،", "؛", "؟", "，", "。", "：", "（", "）"},
			fixed: "The army, the police met; they agreed? The minister said, the talks went well. He added: “We are ready (for now).”"},
		{text: "Prices rose 5％ in Ｑ３ of ２０２３, and ٥٪ in ٢٠٢٢ (٣٫٥ million).", want: []string{"％", "Ｑ３", "２０２３", "٥٪", "٢٠٢٢", "٣٫٥"},
			fixed: "Prices rose 5% in Q3 of 2023, and 5% in 2022 (3.5 million)."},
		// Book-title marks become quotes only by the editor's hand; a Chinese paragraph indent goes.
		{text: "As 《Global Times》 reported.\n\u3000\u3000The second paragraph.", want: []string{"《", "》", "\u3000\u3000"},
			fixed: "As 《Global Times》 reported.\nThe second paragraph."},
		// Guillemets and low quotes of Russian, French and German sources: a suggestion.
		{text: "The site «Military Review» wrote so.", want: []string{"«", "»"}, fixed: "The site «Military Review» wrote so."},
		// A guillemet set apart without its partner is a menu separator; French quotes set apart come in pairs.
		{text: "Home » World » Middle East\nRead more »\n« Previous", want: nil},
		{text: "« Non » said the minister.", want: []string{"«", "»"}},
		// Inside foreign text the punctuation is the foreign text's (language.foreign-script reports it).
		{text: "The post read 芳芳一人食，很好。 The comment read اترك تعليق، شكرا. Plain text, plain digits 2023.", want: nil},
	})
}

// TestAttributionDash: the dash Russian puts between a quotation and its
// attribution goes; a dash that opens an aside after a quotation stays.
func TestAttributionDash(t *testing.T) {
	runRuleCases(t, "mt.attribution-dash", []ruleCase{
		{text: "\"The enemy suffers losses,\" - Shoigu said. \"Yes.\" \u2014 said the minister of defence.",
			want:  []string{" - ", ".\" \u2014 "},
			fixed: "\"The enemy suffers losses,\" Shoigu said. \"Yes,\" said the minister of defence."},
		{text: "\u201cIt is over!\u201d \u2013 the president of the country told reporters.", want: []string{" \u2013 "}},
		{text: "\"Dune\" - the film - opened. \"No,\" - and then he left. He said: \"no\" - a firm answer. \"Go,\" - he left. Later he said it.", want: nil},
	})
}
