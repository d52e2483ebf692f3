package eval

import (
	"testing"

	"github.com/copydesk/copydesk/internal/benchdata"
)

// checkMQM applies the acceptance rule of the MT checks: precision >= 0.7 for
// every mt.* rule that fires at least 20 times, and no rule on more than 1% of
// the error-free segments.
func checkMQM(t *testing.T, segs []benchdata.Segment) {
	stats, clean, err := MQM(segs, "mt.", nil)
	if err != nil {
		t.Fatal(err)
	}
	PrintMQM(testWriter{t}, stats, clean, true)
	for _, s := range stats {
		if s.Findings >= 20 && s.Precision() < 0.7 {
			t.Errorf("%s: precision %.3f over %d findings", s.Rule, s.Precision(), s.Findings)
		}
		if s.CleanSegmentsHit*100 > clean {
			t.Errorf("%s: fires on %d of %d error-free segments", s.Rule, s.CleanSegmentsHit, clean)
		}
	}
}

func TestMQMSample(t *testing.T) {
	segs, err := benchdata.SampleSegments()
	if err != nil {
		t.Fatal(err)
	}
	checkMQM(t, segs)
}

func TestMQMFull(t *testing.T) {
	checkMQM(t, fullSegments(t))
}
