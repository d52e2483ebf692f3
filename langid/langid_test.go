package langid_test

import (
	"context"
	"testing"

	"github.com/copydesk/copydesk/checks"
	"github.com/copydesk/copydesk/config"
	"github.com/copydesk/copydesk/document"
	"github.com/copydesk/copydesk/internal/benchdata"
	"github.com/copydesk/copydesk/langid"
	"github.com/copydesk/copydesk/rules"
)

// TestEnglishLoadsNoModel: checking plain English news with every rule on
// builds no language detector; Arabic text builds exactly one.
func TestEnglishLoadsNoModel(t *testing.T) {
	packs, _ := rules.Load(nil)
	e, err := checks.NewEngine(&checks.Setup{Config: config.Default(), Packs: packs}, nil)
	if err != nil {
		t.Fatal(err)
	}
	segs, err := benchdata.SampleSegments()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range benchdata.Articles(segs) {
		e.CheckDocument(context.Background(), document.New("a", "a", []byte(a)))
	}
	if n := langid.Loaded(); n != 0 {
		t.Fatalf("%d detectors loaded for plain English", n)
	}
	r := e.CheckDocument(context.Background(), document.New("b", "b", []byte("Comments below.\n\nاترك تعليق\n")))
	if n := langid.Loaded(); n != 1 {
		t.Errorf("%d detectors loaded for one Arabic fragment, want 1", n)
	}
	found := false
	for _, f := range r.Findings {
		if f.Rule == "language.foreign-script" && f.Message == `Arabic text in an English document: "اترك تعليق"` {
			found = true
		}
	}
	if !found {
		t.Errorf("Arabic fragment not reported: %+v", r.Findings)
	}
}

func TestScriptNaming(t *testing.T) {
	id := langid.New(nil)
	for _, c := range []struct {
		s    document.Script
		text string
		want string
	}{
		{document.Arabic, "اترك تعليق", "Arabic"},
		{document.Arabic, "این یک جمله فارسی است که برای آزمایش نوشته شده است", "Persian"},
		{document.Cyrillic, "Министерство обороны России сообщило об этом во вторник", "Russian"},
		{document.Hebrew, "שלום", "Hebrew"},
		{document.Hangul, "안녕하세요", "Korean"},
	} {
		if got := id.Script(c.s, c.text); got.Name != c.want {
			t.Errorf("%s %q: got %+v, want %s", c.s, c.text, got, c.want)
		}
	}
}
