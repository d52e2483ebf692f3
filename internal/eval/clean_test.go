package eval

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/benchdata"
)

// TestCleanSegmentsFalseAlarms: on machine translations that the raters marked
// error-free, typo rules may fire at most once per 200 segments and no other
// rule on more than 1% of them (documents are checked whole, see MQM).
func TestCleanSegmentsFalseAlarms(t *testing.T) {
	segs, err := benchdata.SampleSegments()
	if err != nil {
		t.Fatal(err)
	}
	falseAlarms(t, segs, 30)
}

// TestCleanSegmentsFalseAlarmsFull: the same on the full set, when ../shared is there.
func TestCleanSegmentsFalseAlarmsFull(t *testing.T) {
	falseAlarms(t, fullSegments(t), 400)
}

func falseAlarms(t *testing.T, segs []benchdata.Segment, minClean int) {
	stats, clean, err := MQM(segs, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	if clean < minClean {
		t.Fatalf("only %d clean segments", clean)
	}
	typos := 0
	for _, s := range stats {
		t.Logf("%-26s %3d findings on %d of %d clean segments", s.Rule, s.OnClean, s.CleanSegmentsHit, clean)
		if strings.HasPrefix(s.Rule, "typo.") {
			typos += s.OnClean
		} else if s.CleanSegmentsHit*100 > clean {
			t.Errorf("%s fires on %d of %d clean segments", s.Rule, s.CleanSegmentsHit, clean)
		}
	}
	if typos*200 > clean {
		t.Errorf("%d typo findings on %d clean segments", typos, clean)
	}
}
