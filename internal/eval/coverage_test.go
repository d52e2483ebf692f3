package eval

import (
	"bytes"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/benchdata"
)

// TestMQMCoverage: a mark a finding overlaps is covered, one no finding
// touches is listed with its context, marks are counted by category, and a
// document's second segment is read at its own offset in the joined text.
func TestMQMCoverage(t *testing.T) {
	at := func(i int) *int { return &i }
	segs := []benchdata.Segment{
		{ID: "d1|1", Target: "The army moved.", Errors: []benchdata.SpanError{
			{Category: "Fluency/Grammar", Start: at(4), End: at(8)}, // "army": nothing wrong there
		}},
		{ID: "d1|2", Target: "They left the the city.", Errors: []benchdata.SpanError{
			{Category: "Fluency/Grammar", Start: at(10), End: at(17)}, // "the the": mt.repeated-word
			{Category: "Accuracy/Omission"},                           // no span: not counted
		}},
	}
	cov, err := MQMCoverage(segs, "mt.*")
	if err != nil {
		t.Fatal(err)
	}
	if len(cov) != 1 || cov[0].Category != "Fluency/Grammar" || cov[0].Marks != 2 || cov[0].Covered != 1 {
		t.Fatalf("coverage %+v, want one category with 2 marks, 1 covered", cov)
	}
	if want := "[army] …The army moved.…"; cov[0].Uncovered[want] != 1 {
		t.Errorf("uncovered %v, want %q", cov[0].Uncovered, want)
	}
	var b bytes.Buffer
	PrintCoverage(&b, cov, 5)
	if out := b.String(); !strings.Contains(out, "marks      2  covered      1 (0.50)") || !strings.Contains(out, "1 [army]") {
		t.Errorf("printed:\n%s", out)
	}
}

// TestJoinSegments: sentences join with a space, as one paragraph; a
// segment without closing punctuation is a headline and ends its line; the
// starts point at each segment in the joined text.
func TestJoinSegments(t *testing.T) {
	segs := []benchdata.Segment{
		{Target: "Chancellor dies today"},
		{Target: "He was 93."},
		{Target: "He said: \"It is over.\""},
		{Target: "Fine"},
	}
	text, starts := joinSegments(segs, []int{0, 1, 2, 3})
	if want := "Chancellor dies today\nHe was 93. He said: \"It is over.\" Fine"; text != want {
		t.Errorf("joined %q, want %q", text, want)
	}
	for n, s := range starts {
		if !strings.HasPrefix(text[s:], segs[n].Target) {
			t.Errorf("segment %d starts at %d: %q", n, s, text[s:])
		}
	}
}
