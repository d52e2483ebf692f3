package eval

import (
	"testing"

	"github.com/copydesk/copydesk/internal/benchdata"
	"github.com/copydesk/copydesk/lexicon"
)

// fullSegments reads the full MQM set from ../shared, or skips the test.
func fullSegments(t *testing.T) []benchdata.Segment {
	t.Helper()
	p := benchdata.Shared("mqm-zhen/segments.jsonl")
	if p == "" {
		t.Skip("full mqm-zhen set not present")
	}
	segs, err := benchdata.ReadSegments(p)
	if err != nil {
		t.Fatal(err)
	}
	return segs
}

// spellingStats reads a pairs file and runs the typo rules over it.
func spellingStats(t *testing.T, path string) map[string]*SpellingStats {
	t.Helper()
	pairs, err := ReadPairs(path)
	if err != nil {
		t.Fatal(err)
	}
	lex, err := lexicon.English()
	if err != nil {
		t.Fatal(err)
	}
	stats, err := Spelling(pairs, lex.Known)
	if err != nil {
		t.Fatal(err)
	}
	return stats
}
