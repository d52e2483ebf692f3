package reports

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/checks"
	"github.com/copydesk/copydesk/document"
)

func TestScore(t *testing.T) {
	words := func(n int) *document.Document {
		return document.New("x", "x", []byte(strings.Repeat("word ", n)))
	}
	warn := checks.Finding{Severity: checks.Warning, Confidence: 1, Category: checks.MTArtefact}
	meta := checks.Finding{Severity: checks.Error, Confidence: 1, Category: checks.Meta}
	cases := []struct {
		doc  *document.Document
		fs   []checks.Finding
		want int
	}{
		{words(100), nil, 100},
		{words(100), []checks.Finding{warn}, 82},
		{words(3000), []checks.Finding{warn}, 99},
		{words(10), []checks.Finding{warn}, 82}, // short documents count as 100 words
		{words(100), []checks.Finding{meta}, 100},
		{words(3000), []checks.Finding{{Rule: "language.not-english", Severity: checks.Error, Confidence: 0.9, Category: checks.MixedLanguage}}, 0},
	}
	for i, c := range cases {
		if got := Score(checks.Result{Doc: c.doc, Findings: c.fs}); got != c.want {
			t.Errorf("case %d: score %d, want %d", i, got, c.want)
		}
	}
}

func TestGate(t *testing.T) {
	d := document.New("x", "x", []byte(strings.Repeat("word ", 100)))
	r := checks.Result{Doc: d, Findings: []checks.Finding{{Severity: checks.Warning, Confidence: 1}}}
	for _, c := range []struct {
		run  Run
		fail bool
	}{
		{Run{FailOn: checks.Error}, false},
		{Run{FailOn: checks.Warning}, true},
		{Run{FailOn: 0}, false},
		{Run{MinScore: 90}, true},
		{Run{MinScore: 80}, false},
	} {
		if got, _ := c.run.Gate(r); got != c.fail {
			t.Errorf("%+v: fail %v, want %v", c.run, got, c.fail)
		}
	}
}

// TestSummaryCountsUnknownWordOnce: the same unknown word three times in a
// document is three findings but one in the summary.
func TestSummaryCountsUnknownWordOnce(t *testing.T) {
	d := document.New("x", "x", []byte("frontns frontns frontns sence"))
	w := checks.Finding{Rule: "typo.unknown-word", Category: checks.Typo, Severity: checks.Warning, Text: "frontns"}
	m := checks.Finding{Rule: "typo.misspelling", Category: checks.Typo, Severity: checks.Warning, Text: "sence"}
	run := &Run{}
	s := run.summary([]checks.Result{{Doc: d, Findings: []checks.Finding{w, w, w, m}}})
	if s.Findings != 2 || s.ByRule["typo.unknown-word"] != 1 || s.ByCategory["typo"] != 2 {
		t.Errorf("summary %+v", s)
	}
}

// WriteJSON streams documents one by one; its bytes are those of encoding the
// whole report at once, for no, one and several documents.
func TestWriteJSONStreamsTheSameBytes(t *testing.T) {
	doc := func(p, text string) checks.Result {
		d := document.New(p, p, []byte(text))
		return checks.Result{Path: p, ID: p, Doc: d, Findings: []checks.Finding{{Rule: "mt.placeholder", Severity: checks.Error,
			Confidence: 0.9, Category: checks.MTArtefact, Span: document.Span{Start: 0, End: 2}, Text: text[:2], Message: "<b> & \"x\""}}}
	}
	for _, results := range [][]checks.Result{
		nil,
		{doc("a.txt", "%s <b>&</b>")},
		{doc("a.txt", "%s one"), {Path: "gone.txt", Err: errors.New("no such file")}, doc("b.txt", "{0} two")},
		func() (many []checks.Result) { // more than one chunk of documents encoded at once
			for i := 0; i < 600; i++ {
				many = append(many, doc(fmt.Sprintf("d%03d.txt", i), "%s text"))
			}
			return
		}(),
	} {
		run := &Run{}
		var got bytes.Buffer
		if err := run.WriteJSON(&got, results); err != nil {
			t.Fatal(err)
		}
		rep := jsonReport{Tool: jsonTool{Name: "copydesk", Version: Version}, Documents: []jsonDoc{}}
		for _, r := range results {
			if r.Err == nil {
				rep.Documents = append(rep.Documents, run.jsonDoc(r))
			}
		}
		rep.Summary = run.reportSummary(results)
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(rep); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("%d documents: streamed JSON differs:\n%s\nwant:\n%s", len(results), got.String(), want.String())
		}
	}
}

func TestCountAgrees(t *testing.T) {
	for _, c := range []struct {
		n          int
		noun, want string
	}{
		{0, "document", "0 documents"},
		{1, "document", "1 document"},
		{2, "finding", "2 findings"},
		{1, "safe fix", "1 safe fix"},
		{3, "safe fix", "3 safe fixes"},
	} {
		if got := Count(c.n, c.noun); got != c.want {
			t.Errorf("Count(%d, %q) = %q, want %q", c.n, c.noun, got, c.want)
		}
	}
	for n, want := range []string{"0 documents fail the gate", "1 document fails the gate", "2 documents fail the gate"} {
		if got := failLine(n); got != want {
			t.Errorf("failLine(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestCorpusStats: scores spread over their ranges, the lowest documents
// first, unknown words ranked by the documents they occur in, unreadable
// inputs left out.
func TestCorpusStats(t *testing.T) {
	word := func(w string) checks.Finding {
		return checks.Finding{Rule: "typo.unknown-word", Category: checks.Typo, Severity: checks.Warning, Confidence: 1, Text: w}
	}
	doc := func(p string, fs ...checks.Finding) checks.Result {
		return checks.Result{Path: p, ID: p, Doc: document.New(p, p, []byte(strings.Repeat("word ", 100))), Findings: fs}
	}
	results := []checks.Result{
		doc("clean.txt"),
		doc("one.txt", word("thge"), word("thge"), word("thge")),
		doc("two.txt", word("thge"), word("acount")),
		{Path: "gone.txt", Err: errors.New("no such file")},
	}
	st := (&Run{}).corpusStats(results)
	if st.Scores.Median != Score(results[2]) || st.Scores.Bins["90-100"] != 1 || len(st.Scores.Bins) != 10 {
		t.Errorf("scores %+v (scores %d %d %d)", st.Scores, Score(results[0]), Score(results[1]), Score(results[2]))
	}
	if len(st.Lowest) != 3 || st.Lowest[0].Path != "one.txt" || st.Lowest[2].Path != "clean.txt" {
		t.Errorf("lowest %+v", st.Lowest)
	}
	want := []unknownWord{{Word: "thge", Documents: 2, Count: 4}, {Word: "acount", Documents: 1, Count: 1}}
	if !reflect.DeepEqual(st.Unknown, want) {
		t.Errorf("unknown words %+v, want %+v", st.Unknown, want)
	}
}
