package checks

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/golangci/misspell"

	"github.com/copydesk/copydesk/config"
	"github.com/copydesk/copydesk/lexicon"
	"github.com/copydesk/copydesk/rules"
)

func TestMisspelling(t *testing.T) {
	runRuleCases(t, "typo.misspelling", []ruleCase{
		{text: "a ship to the Phillipines where", want: []string{"Phillipines"}, fixed: "a ship to the Philippines where"},
		{text: "makes sence, THE ACCOMODATION", want: []string{"sence", "ACCOMODATION"}, fixed: "makes sense, THE ACCOMMODATION"},
		{text: "a well-recieved plan by the millitary", want: []string{"recieved", "millitary"}},
		{text: "The Philippines and the military received it.", want: nil},
		{text: "The video was broadcasted on the 9th.", want: []string{"broadcasted"}, fixed: "The video was broadcast on the 9th."},
	})
}

func TestUnknownWord(t *testing.T) {
	e := testEngine(t, "typo.unknown-word")
	cases := []struct {
		text string
		want string // "word=first suggestion|…"
	}{
		{"developments in Mosul and other frontns, including Syria.", "frontns=fronts"},
		{"the battle against ISIS in Deir Ezzor city and its countryisde.", "countryisde=countryside"},
		{"launched own opperation against ISIS", "opperation=operation"},
		{"the waters and conytibuting to increase of sand storms", "conytibuting=contributing"},
		{"its position isnt primarily from Jordan/Iraqbut route", "isnt=isn't|Iraqbut=Iraq but"},
		{"he said ofthe talks", "ofthe=of the"},
		// A common name in lower case gets its capitals, even in a sentence full of them (no foreign
		// text), unless a word one slip away is as likely; a rare name is a typo's look-alike.
		{"the army of iraq and syria met in baghdad with russian officers on monday, nato said", "iraq=Iraq|syria=Syria|baghdad=Baghdad|russian=Russian|monday=Monday|nato=NATO"},
		{"the handel broke near Saudi rabia", "handel=handle|rabia=rabid"},
		// A later part of a compound is a name too; the first part may be a combining form.
		{"post-pleistocene marshes and anti-american protests", "pleistocene=Pleistocene|american=American"},

		// Names, acronyms, foreign sentences, URLs, handles and accepted compounds stay quiet.
		{"Valery Gerasimov and Joseph Dunford met Shoigu and Ghanemi; ISIS, SAA and PMU agreed.", ""},
		{"see https://example.com/weirdpath or @someuser #hashtagword and me@example.org", ""},
		{"the report on chinanews.com and on examplesite.org said so", ""},
		{"le gouvernement a annoncé une réforme des retraites aujourd'hui", ""},
		{"de-escalation, counter-terrorism, Syrian-Iraqi, reconfigurability, well-known, the army's, don’t", ""},
		{"andrological tests by an andrologist", ""}, // from andrology, which SCOWL knows
		{"Arum maculatum grows there", ""},
		// A subspecies repeats or extends the species; a genus English does not know takes any epithet.
		{"a sea potato, Echinacea japonicus, and Echinacea japonicus japonicus, and Panthera leo leo", ""},
		{"siberalt\nsiberalt 9 August 2017 10: 45\nIn addition to that", ""},
		// Loanwords keep their accents in English; a typo in one is still a typo.
		{"a naïve plan, her résumé, the façade of an élite unit and a coöperative", ""},
		{"a naïive plan, the façcade", "naïive=naive|façcade=facade"},
	}
	for _, c := range cases {
		var got []string
		for _, f := range findingsFor(t, e, c.text) {
			first := ""
			if len(f.Fixes) > 0 {
				first = f.Fixes[0].Replacement
			}
			got = append(got, f.Text+"="+first)
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("%q:\n got %q\nwant %q", c.text, strings.Join(got, "|"), c.want)
		}
	}
}

// TestUnknownWordNeverSafe: a guess at a misspelling is never applied by
// itself; the capitals of a common name written in lower case are.
// TestMisspellingKind: a pack entry that is no misspelling says what it is.
func TestMisspellingKind(t *testing.T) {
	fs := findingsFor(t, testEngine(t, "typo.misspelling"), "It was broadcasted, and the millitary agreed.")
	var got []string
	for _, f := range fs {
		got = append(got, f.Message)
	}
	want := []string{`Nonstandard past tense "broadcasted"; write "broadcast"`, `Misspelling "millitary"; write "military"`}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestUnknownWordNeverSafe(t *testing.T) {
	e := testEngine(t, "typo.unknown-word")
	for _, f := range findingsFor(t, e, "the countryisde and isnt, the handel and iraq, the eco-environment") {
		_, safe := f.SafeFix()
		if safe != (f.Text == "iraq") {
			t.Errorf("%q: safe fix %v", f.Text, safe)
		}
		if f.Text == "eco" && len(f.Fixes) > 0 && strings.EqualFold(f.Fixes[0].Replacement, "eco") {
			t.Errorf("%q: a name suggested for a part of a compound", f.Text)
		}
	}
}

// TestAcceptList: accepted words (plain, case-sensitive when written with
// capitals, or /regexp/) are never typo findings; others still are.
func TestAcceptList(t *testing.T) {
	if fs := findingsFor(t, testEngine(t, "typo.*"), "the frontns and wadix"); len(fs) != 2 {
		t.Fatalf("without an accept-list: %d findings", len(fs))
	}
	cfg, err := config.Parse("accept.yaml", []byte("accept: [frontns, '/wad[a-z]x/', Sence]\n"))
	if err != nil {
		t.Fatal(err)
	}
	packs, _ := rules.Load(nil)
	e, err := NewEngine(&Setup{Config: cfg, Packs: packs}, []string{"typo.*"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range findingsFor(t, e, "the frontns, Frontns and wadix; but sence and Sence") {
		got = append(got, f.Text)
	}
	if strings.Join(got, "|") != "sence" {
		t.Errorf("findings with the accept-list: %q, want only the lower-case sence (Sence is accepted exactly)", got)
	}
}

// TestTyposPack: the pack adds only what misspell lacks, and its corrections are words.
func TestTyposPack(t *testing.T) {
	set, err := rules.Load(nil)
	if err != nil {
		t.Fatal(err)
	}
	inMisspell := map[string]bool{}
	for i := 0; i+1 < len(misspell.DictMain); i += 2 {
		inMisspell[misspell.DictMain[i]] = true
	}
	lex, _ := lexicon.English()
	entries := set.ForRule("typo.misspelling")
	if len(entries) < 15 {
		t.Fatalf("only %d entries", len(entries))
	}
	for _, e := range entries {
		for _, p := range e.Phrases {
			if inMisspell[p] {
				t.Errorf("%s: %q is in misspell's list already", e.Source, p)
			}
			if lex.Known(p) {
				t.Errorf("%s: %q is an English word", e.Source, p)
			}
		}
		if !lex.Known(e.Suggest[0]) {
			t.Errorf("%s: correction %q is not in the word list", e.Source, e.Suggest[0])
		}
	}
}

func TestInLowered(t *testing.T) {
	m := map[string]bool{"the": true, "gen": true, "don't": true, strings.Repeat("a", 70): true}
	for _, c := range []struct {
		w    string
		want bool
	}{{"The", true}, {"THE", true}, {"the", true}, {"Gen", true}, {"Them", false}, {"Don’t", true}, {"DON'T", true},
		{strings.Repeat("A", 70), true}, {"", false}} {
		if got := inLowered(m, c.w); got != c.want {
			t.Errorf("inLowered(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}

// TestGlueWordsFitMaxGlueWord: glued() only tries splits that put a glue word
// of at most maxGlueWord letters on one side; a longer glue word would never
// be tried.
func TestGlueWordsFitMaxGlueWord(t *testing.T) {
	for w := range glueWords {
		if len(w) > maxGlueWord {
			t.Errorf("glue word %q is longer than maxGlueWord (%d)", w, maxGlueWord)
		}
	}
}

// TestAAn: the article agrees with the sound of the next word, number or
// acronym; what may be read either way is let go.
func TestAAn(t *testing.T) {
	runRuleCases(t, "typo.a-an", []ruleCase{
		{text: "It was used as a arena. An book, an unique case and an European envoy. A apple fell.",
			want: []string{"a arena", "An book", "an unique", "an European", "A apple"}},
		{text: "a hour, a honest man, a 8-year-old, a 11th round, a 1820s house, an 110-page report",
			want: []string{"a hour", "a honest", "a 8", "a 11th", "a 1820s", "an 110"}},
		{text: "an UN official, a FBI agent, a NGO, a ISIS fighter, an UAE envoy, an NATO summit, a x-ray, an U-turn, a mRNA vaccine, a X509 key",
			want: []string{"an UN", "a FBI", "a NGO", "a ISIS", "an UAE", "an NATO", "a x-ray", "an U-turn", "a mRNA", "a X509"}},
		{text: "an \"unique\" case", want: []string{"an \"unique"}},
		{text: "an U.S. envoy, a F.B.I. agent, a U.N. official, an M.A. degree, a J. Smith book", want: []string{"an U.S.", "a F.B.I."}},
		// Right, or read either way.
		{text: "a one-off, a unique, a European, a union, a useful, a Ukrainian, a Utah court, a uint8, a url, an hour, an honest man, an 8, an 18-year-old, an 11, a 110, a 1,100",
			want: nil},
		{text: "a Uyghur activist, an Uyghur activist, an historic day, a historic day, an herb, an SUV, a SUV, a SWAT team, a NATO summit, an FBI agent, an MP, a UN official, a US envoy, an EU envoy, an ISIS fighter, an mbox, a mbox, a sha1, a RMB 4,500 subsidy",
			want: nil},
		{text: "vitamin A and Plan A, points a and b, a or b, (a) first, il a un chien, a et b", want: nil},
	})
}

// TestAAnBadPack: a user's articles entry the check cannot read stops the
// run with an error naming the file, the line and what is wrong.
func TestAAnBadPack(t *testing.T) {
	for _, c := range []struct{ pack, want string }{
		{"  - id: mine\n    words: [uber]\n", "the id must be consonant-sound, vowel-sound, either-sound or word-acronyms"},
		{"  - id: vowel-sound\n    words: [\"u-\"]\n", `"u-": want a word's beginning of two ASCII letters or more`},
	} {
		p := filepath.Join(t.TempDir(), "articles.yaml")
		if err := os.WriteFile(p, []byte("name: mine\nrule: typo.a-an\nentries:\n"+c.pack), 0o644); err != nil {
			t.Fatal(err)
		}
		packs, err := rules.Load([]string{p})
		if err != nil {
			t.Fatal(err)
		}
		_, err = NewEngine(&Setup{Config: config.Default(), Packs: packs}, []string{"typo.a-an"})
		if err == nil || !strings.Contains(err.Error(), "articles.yaml:4") || !strings.Contains(err.Error(), c.want) {
			t.Errorf("error %v, want one naming articles.yaml:4 and %q", err, c.want)
		}
	}
}
