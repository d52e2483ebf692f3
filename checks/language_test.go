package checks

import (
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
