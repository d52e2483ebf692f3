package eval

import (
	"context"
	"testing"

	"github.com/copydesk/copydesk/document"
	"github.com/copydesk/copydesk/internal/benchdata"
)

// TestCleanSegmentsFalseAlarms: on machine translations that three professional
// raters marked error-free, typo rules may fire at most once per 200 segments,
// and the formatting, boilerplate and MT rules not at all.
func TestCleanSegmentsFalseAlarms(t *testing.T) {
	segs, err := benchdata.SampleSegments()
	if err != nil {
		t.Fatal(err)
	}
	falseAlarms(t, segs, 30)
}

// TestCleanSegmentsFalseAlarmsFull: the same on the full set, when ../shared is there.
func TestCleanSegmentsFalseAlarmsFull(t *testing.T) {
	p := benchdata.Shared("mqm-zhen/segments.jsonl")
	if p == "" {
		t.Skip("full mqm-zhen set not present")
	}
	segs, err := benchdata.ReadSegments(p)
	if err != nil {
		t.Fatal(err)
	}
	falseAlarms(t, segs, 400)
}

func falseAlarms(t *testing.T, segs []benchdata.Segment, minClean int) {
	e, err := Engine()
	if err != nil {
		t.Fatal(err)
	}
	clean, typos, other := 0, 0, 0
	for _, s := range segs {
		if !s.Clean() {
			continue
		}
		clean++
		r := e.CheckDocument(context.Background(), document.New(s.ID, s.ID, []byte(s.Target)))
		for _, f := range r.Findings {
			if f.Rule == "format.empty-document" {
				continue // a segment is not a document: an empty translation is the raters' business
			}
			t.Logf("%s: %s %q %s", s.ID, f.Rule, f.Text, f.Message)
			if f.Category == "typo" {
				typos++
			} else {
				other++
			}
		}
	}
	t.Logf("%d clean segments: %d typo findings, %d others", clean, typos, other)
	if clean < minClean {
		t.Fatalf("only %d clean segments in the sample", clean)
	}
	if typos*200 > clean || other > 0 {
		t.Errorf("%d typo and %d other findings on %d clean segments", typos, other, clean)
	}
}
