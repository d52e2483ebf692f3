package config

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Allowance is how many documents of a run may fail the gate before the run
// does: a count ("10") or a share of the documents checked ("5%"). A CI gate
// over a batch of scraped text can accept a few bad documents and still
// reject a batch that is bad as a whole. The zero value allows none.
type Allowance struct {
	Count   int
	Percent float64 // used when the allowance was given as a share
	Share   bool
}

// ParseAllowance reads "N" or "P%".
func ParseAllowance(s string) (Allowance, error) {
	s = strings.TrimSpace(s)
	if p, ok := strings.CutSuffix(s, "%"); ok {
		v, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil || v < 0 || v > 100 || math.IsNaN(v) {
			return Allowance{}, fmt.Errorf("%q: want a count of documents (10) or a share from 0%% to 100%% (5%%)", s)
		}
		return Allowance{Percent: v, Share: true}, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return Allowance{}, fmt.Errorf("%q: want a count of documents (10) or a share from 0%% to 100%% (5%%)", s)
	}
	return Allowance{Count: n}, nil
}

// Allows reports whether failed documents of total stay within the allowance.
func (a Allowance) Allows(failed, total int) bool {
	if a.Share {
		return float64(failed) <= a.Percent/100*float64(total)
	}
	return failed <= a.Count
}

// String is the allowance as it was written.
func (a Allowance) String() string {
	if a.Share {
		return strconv.FormatFloat(a.Percent, 'f', -1, 64) + "%"
	}
	return strconv.Itoa(a.Count)
}
