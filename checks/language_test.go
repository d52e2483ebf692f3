package checks

import (
	"os"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/config"
	"github.com/copydesk/copydesk/rules"
)

func TestForeignScript(t *testing.T) {
	runRuleCases(t, "language.foreign-script", []ruleCase{
		{text: "Be the first.\n\nاترك تعليق\n\nNotify of", want: []string{"اترك تعليق"}},
		{text: "Putin (Владимир Путин) said", want: []string{"Владимир Путин"}},
		{text: "The value of π is 3.14 and 5 µm is small; café naïve", want: nil},
	})
}

func TestForeignSentence(t *testing.T) {
	runRuleCases(t, "language.foreign-sentence", []ruleCase{
		{text: "The minister arrived on Monday. Le gouvernement a annoncé une réforme des retraites hier soir. He left on Tuesday.",
			want: []string{"Le gouvernement a annoncé une réforme des retraites hier soir."}},
		{text: "Syrian President Bashar Assad held a meeting with Russian Defense Minister Sergei Shoigu on Tuesday.", want: nil},
		// A byline opening with a name: every lower-case word is English (MQM zh-en, once taken for Tagalog).
		{text: "Zhongxin financial reporter Xia Bin\nThe yuan rose on Monday.", want: nil},
		{text: "so I am this ... you are there ours ... not that ...", want: nil},
		{text: "Expo Marker\n\nAmon -Ra- DeArmond\n\nBrad Isherwood", want: nil},
		{text: "Notify of\n\nDIVAN SOLDIER 9 August 2017 10: 26", want: nil},
	})
}

func TestAllowedLanguage(t *testing.T) {
	packs, _ := rules.Load(nil)
	cfg := config.Default()
	cfg.Languages = []string{"fr"}
	e, err := NewEngine(&Setup{Config: cfg, Packs: packs}, []string{"language.*"})
	if err != nil {
		t.Fatal(err)
	}
	fs := findingsFor(t, e, "The minister arrived on Monday. Le gouvernement a annoncé une réforme des retraites hier soir.")
	if len(fs) != 0 {
		t.Errorf("French is allowed, got %v", fs)
	}
}

// TestNotEnglish: a document mostly in another language is one
// language.not-english finding naming it, without the findings of the checks
// that read English; a few foreign sentences in English copy stay findings
// of their own, and so does every sentence when the rule is off.
func TestNotEnglish(t *testing.T) {
	rows := langSample(t)
	doc := func(lang string, n int) string { return strings.Join(rows[lang][:n], "\n\n") + "\n" }
	all := testEngine(t, "*")
	for _, c := range []struct {
		lang, name string
	}{{"fr", "French"}, {"de", "German"}, {"ar", "Arabic"}, {"ru", "Russian"}} {
		fs := findingsFor(t, all, doc(c.lang, 8))
		var rules []string
		for _, f := range fs {
			if f.Category != Formatting && f.Category != Boilerplate {
				rules = append(rules, f.Rule)
			}
		}
		if len(rules) != 1 || rules[0] != "language.not-english" {
			t.Errorf("%s document: %v, want one language.not-english and no English checks", c.lang, rules)
			continue
		}
		for _, f := range fs {
			if f.Rule == "language.not-english" && (f.Lang != c.lang || !strings.Contains(f.Message, "in "+c.name+", not English")) {
				t.Errorf("%s document: %q (%s)", c.lang, f.Message, f.Lang)
			}
		}
	}
	english := "The minister arrived in Baghdad on Monday for talks with his Iraqi counterpart about the border.\n\n" +
		rows["fr"][0] + "\n\nThe two sides agreed to meet again next month in Damascus, officials said.\n\n" +
		"Both delegations described the talks as frank and useful, according to a joint statement.\n"
	var got []string
	for _, f := range findingsFor(t, all, english) {
		got = append(got, f.Rule)
	}
	if strings.Join(got, " ") != "language.foreign-sentence" {
		t.Errorf("English copy with one French sentence: %v", got)
	}
	if fs := findingsFor(t, testEngine(t, "language.foreign-sentence"), doc("fr", 8)); len(fs) < 4 {
		t.Errorf("with language.not-english off, a French document: %d findings, want one a sentence or so", len(fs))
	}
}

// langSample reads testdata/bench/langid-sample.tsv: sentences by language.
func langSample(t *testing.T) map[string][]string {
	t.Helper()
	b, err := os.ReadFile("../testdata/bench/langid-sample.tsv")
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string][]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n")[1:] {
		if lang, text, ok := strings.Cut(line, "\t"); ok {
			rows[lang] = append(rows[lang], text)
		}
	}
	return rows
}
