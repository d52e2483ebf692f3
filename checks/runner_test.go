package checks

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/copydesk/copydesk/document"
)

func seedItems(t testing.TB, copies int) []document.Item {
	t.Helper()
	paths, _ := filepath.Glob("../testdata/seeds/*.txt")
	if len(paths) != 5 {
		t.Fatalf("seeds: %v", paths)
	}
	var items []document.Item
	for c := 0; c < copies; c++ {
		for _, p := range paths {
			raw, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			name := fmt.Sprintf("%04d-%s", c, filepath.Base(p))
			items = append(items, document.Item{Path: name, Doc: document.New(name, name, raw)})
		}
	}
	return items
}

func walkItems(items []document.Item) func(func(document.Item) error) error {
	return func(fn func(document.Item) error) error {
		for _, it := range items {
			if err := fn(it); err != nil {
				return err
			}
		}
		return nil
	}
}

// TestRunDeterministic: eight workers and one worker give the same results, in the same order.
func TestRunDeterministic(t *testing.T) {
	items := seedItems(t, 40)
	e := testEngine(t)
	one, err := e.RunAll(context.Background(), 1, walkItems(items))
	if err != nil {
		t.Fatal(err)
	}
	eight, err := e.RunAll(context.Background(), 8, walkItems(items))
	if err != nil {
		t.Fatal(err)
	}
	if len(one) != len(items) || !reflect.DeepEqual(one, eight) {
		t.Fatalf("results differ between 1 and 8 workers (%d vs %d)", len(one), len(eight))
	}
	for i := 1; i < len(one); i++ {
		if one[i-1].Path > one[i].Path {
			t.Fatalf("results not sorted by path at %d", i)
		}
	}
}

func TestRunCancelled(t *testing.T) {
	items := seedItems(t, 50)
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	_, err := testEngine(t).Run(ctx, 2, walkItems(items), func(Result) error {
		n++
		if n == 10 {
			cancel()
		}
		return nil
	})
	if err == nil || n >= len(items) {
		t.Errorf("cancelled run: err %v after %d results", err, n)
	}
}

// panicCheck proves one broken check does not end the run.
type panicCheck struct{}

func (panicCheck) ID() string { return "panic" }
func (panicCheck) Check(context.Context, *document.Document, func(Finding)) {
	panic("boom")
}

func TestCheckPanicBecomesFinding(t *testing.T) {
	e := testEngine(t)
	e.checks = append(e.checks, panicCheck{})
	r := e.CheckDocument(context.Background(), document.New("x", "x", []byte("the the")))
	var rules []string
	for _, f := range r.Findings {
		rules = append(rules, f.Rule)
	}
	if !reflect.DeepEqual(rules, []string{"meta.check-failed", "mt.repeated-word"}) {
		t.Errorf("rules = %v", rules)
	}
}

func TestMaxFindings(t *testing.T) {
	e := testEngine(t, "mt.repeated-word")
	e.MaxFindings = 3
	text := ""
	for i := 0; i < 10; i++ {
		text += "the the\n"
	}
	r := e.CheckDocument(context.Background(), document.New("x", "x", []byte(text)))
	if len(r.Findings) != 4 || r.Truncated != 7 || r.Findings[3].Rule != "meta.truncated" {
		t.Errorf("findings %d truncated %d: %+v", len(r.Findings), r.Truncated, r.Findings)
	}
}

// slowCheck takes longer than the budget, so the checks after it are skipped.
type slowCheck struct{}

func (slowCheck) ID() string { return "slow" }
func (slowCheck) Check(ctx context.Context, _ *document.Document, _ func(Finding)) {
	<-ctx.Done()
}

func TestTimeBudget(t *testing.T) {
	e := testEngine(t, "mt.repeated-word")
	e.Budget = 50 * time.Millisecond
	e.checks = append([]Check{slowCheck{}}, e.checks...)
	r := e.CheckDocument(context.Background(), document.New("x", "x", []byte("the the")))
	if len(r.Findings) != 1 || r.Findings[0].Rule != "meta.truncated" || !strings.Contains(r.Findings[0].Message, "mt.repeated-word") {
		t.Errorf("findings: %+v", r.Findings)
	}
}

// TestOneFindingPerEdit: two rules proposing the same edit of the same span
// are one finding, of the more specific kind, safe if either rule said so;
// different edits of one span, or the same edit of another span, stay.
func TestOneFindingPerEdit(t *testing.T) {
	sp := document.Span{Start: 4, End: 12}
	fix := func(r string, safe bool) []Fix { return []Fix{{Replacement: r, Safe: safe}} }
	fs := sortFindings([]Finding{
		{Rule: "mt.calque", Category: MTArtefact, Span: sp, Fixes: fix("Daesh", true)},
		{Rule: "names.variant", Category: NameVariant, Span: sp, Fixes: fix("Daesh", false)},
		{Rule: "language.foreign-script", Category: MixedLanguage, Span: sp},
		{Rule: "boilerplate.phrase", Category: Boilerplate, Span: sp, Fixes: fix("", true)},
		{Rule: "mt.calque", Category: MTArtefact, Span: document.Span{Start: 20, End: 28}, Fixes: fix("Daesh", true)},
	})
	var got []string
	for _, f := range fs {
		got = append(got, fmt.Sprintf("%s@%d", f.Rule, f.Span.Start))
	}
	want := []string{"boilerplate.phrase@4", "language.foreign-script@4", "names.variant@4", "mt.calque@20"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	if !fs[2].Fixes[0].Safe {
		t.Error("the kept finding lost the safe edit the dropped one proposed")
	}
}

// TestMarkdownLiterals: in a .md file, code blocks, code spans, raw HTML and
// link destinations give no findings; the same text as .txt does, and prose
// around them still does.
func TestMarkdownLiterals(t *testing.T) {
	e := testEngine(t)
	src := "---\ntitle: \"Talks\"\ntags: [isis, iraq, tal-afar]\nauthor: jdoe\n---\n" +
		"# Talks\n\nThe [defence ministry](https://example.com/statement_x) said the countryisde was calm.\n\n" +
		"```\nfunc main() { fmt.Println(\"teh %s\") }\n```\n\nUse `teh  %s` here, <b>now</b>.\n"
	rules := func(path string) []string {
		var got []string
		for _, f := range e.CheckDocument(context.Background(), document.New(path, "x", []byte(src))).Findings {
			got = append(got, f.Rule+" "+f.Text)
		}
		return got
	}
	if got := rules("x.md"); strings.Join(got, "|") != "typo.unknown-word countryisde" {
		t.Errorf("as Markdown: %q", got)
	}
	if got := rules("x.txt"); len(got) < 4 {
		t.Errorf("as text, the code and markup should give findings: %q", got)
	}
}

// TestForeignDocumentLeftOutOfNames: a page in another language lends its
// spellings to no entity of the run; without the language verdict the same
// page does (the English page's "Osman Al-Ghanmi" is "also spelled" there).
func TestForeignDocumentLeftOutOfNames(t *testing.T) {
	en := "The Iraqi chief of staff, Osman Al-Ghanmi, met a Syrian delegation in Baghdad on Tuesday to discuss the border.\n"
	de := "Der irakische Generalstabschef Othman al-Ghanemi traf am Dienstag in Bagdad eine syrische Delegation. " +
		"Die beiden Seiten sprachen über die Grenze und die Zusammenarbeit der Armeen gegen den Terrorismus. " +
		"Ein weiteres Treffen soll im nächsten Monat in Damaskus stattfinden, sagten Beamte.\n"
	items := func() []document.Item {
		return []document.Item{{Path: "en.txt", Doc: document.New("en.txt", "en", []byte(en))}, {Path: "de.txt", Doc: document.New("de.txt", "de", []byte(de))}}
	}
	names := func(only ...string) []string {
		rs, err := testEngine(t, only...).RunAll(context.Background(), 2, walkItems(items()))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range rs {
			for _, f := range r.Findings {
				if strings.HasPrefix(f.Rule, "names.") {
					got = append(got, r.Path+" "+f.Text)
				}
			}
		}
		return got
	}
	if got := names("names.*"); len(got) == 0 {
		t.Fatalf("without the language verdict the two spellings should meet: %q", got)
	}
	if got := names("names.*", "language.*"); len(got) != 0 {
		t.Errorf("the German page's spelling joined the run: %q", got)
	}
}

// TestTyposInForeignText: a typo inside a reported foreign sentence goes,
// even one at the sentence's first word (sorted before the sentence, which
// ends later); a typo outside it stays.
func TestTyposInForeignText(t *testing.T) {
	fs := sortFindings([]Finding{
		{Rule: "language.foreign-sentence", Category: MixedLanguage, Span: document.Span{Start: 10, End: 60}},
		{Rule: "typo.unknown-word", Category: Typo, Span: document.Span{Start: 10, End: 18}},
		{Rule: "typo.unknown-word", Category: Typo, Span: document.Span{Start: 30, End: 35}},
		{Rule: "typo.unknown-word", Category: Typo, Span: document.Span{Start: 70, End: 75}},
		{Rule: "mt.untranslated", Category: MTArtefact, Span: document.Span{Start: 80, End: 88}},
		{Rule: "typo.unknown-word", Category: Typo, Span: document.Span{Start: 80, End: 88}},
	})
	var got []string
	for _, f := range dropTyposInForeignText(fs) {
		got = append(got, fmt.Sprintf("%s@%d", f.Rule, f.Span.Start))
	}
	if want := "language.foreign-sentence@10 typo.unknown-word@70 mt.untranslated@80"; strings.Join(got, " ") != want {
		t.Errorf("got %v, want %s", got, want)
	}
}

// TestInsideResidue: page furniture deleted whole (a comment form over several
// lines) keeps only its own finding; a single residue line keeps what is wrong
// in it, and errors and foreign text are reported wherever they are.
func TestInsideResidue(t *testing.T) {
	e := testEngine(t, "boilerplate.*", "mt.*", "format.*", "language.*")
	text := "The delegation met officials in Baghdad on Monday to discuss border security and trade.\n\n" +
		"  • Source ((TV))\n\n" +
		"Leave a Reply\n\nFill in your details below or click an icon to log in: Logo\n\n" +
		"You are commenting using your account. Log\u00a0Out\u00a0/\u00a0 Change\u00a0)\n\n" +
		"Twitter picture\n\nConnecting to %s\n"
	var got []string
	for _, f := range findingsFor(t, e, text) {
		got = append(got, f.Rule+":"+f.Text)
	}
	want := []string{
		"boilerplate.phrase:• Source ((TV))", "mt.unbalanced-quote:((TV))",
		"boilerplate.phrase:" + text[strings.Index(text, "Leave a Reply"):len(text)-1],
		"mt.placeholder:%s",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestTyposInsideMarkup: the letters of a character reference or a
// shortcode's attributes are no words to spell-check; the markup finding
// stands alone, and a typo next to it is still reported.
func TestTyposInsideMarkup(t *testing.T) {
	e := testEngine(t, "format.html-residue", "typo.*")
	text := "Residents returned home&nbsp;on Monday. [caption id=\"attachment_1\" align=\"aligncenter\"]Troops in Mosul[/caption] The countryisde was calm.\n"
	var got []string
	for _, f := range findingsFor(t, e, text) {
		got = append(got, f.Rule+":"+f.Text)
	}
	want := []string{"format.html-residue:&nbsp;", `format.html-residue:[caption id="attachment_1" align="aligncenter"]`,
		"format.html-residue:[/caption]", "typo.unknown-word:countryisde"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestTyposInsideHomoglyph: the Latin pieces of a word with look-alike
// letters ("hina" of "Сhina") are not reported as unknown words.
func TestTyposInsideHomoglyph(t *testing.T) {
	e := testEngine(t, "format.homoglyph", "typo.*")
	var got []string
	for _, f := range findingsFor(t, e, "Officials in \u0421hina and Ukr\u0430ine met.\n") {
		got = append(got, f.Rule+":"+f.Text)
	}
	if want := "format.homoglyph:\u0421hina format.homoglyph:Ukr\u0430ine"; strings.Join(got, " ") != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
