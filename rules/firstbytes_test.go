package rules

import "testing"

func TestFirstBytes(t *testing.T) {
	for _, c := range []struct {
		expr     string
		any      bool   // nil: a match may start anywhere or be empty
		in, out  string // bytes that must and must not be in the set
		highByte bool   // bytes beyond ASCII are in the set
	}{
		{expr: `^(?:Home|Menu)$`, in: "HM", out: "hmAx0 "},
		{expr: `(?i)^(?:Home|Menu)$`, in: "HhMm", out: "Aa0"},
		{expr: `^(?:\d* ?Comments?)$`, in: "0123456789 C", out: "cAx"},
		{expr: `^(?:[$€£]\s?\d+)$`, in: "$", out: "0a", highByte: true},
		{expr: `(?i)^(?:keep)$`, in: "kK", highByte: true}, // k folds to the Kelvin sign
		{expr: `^(?:(Photo )?(Source|Via))$`, in: "PSV", out: "ps"},
		{expr: `^(?:.*ago)$`, any: true},
		{expr: `^(?:x?)$`, any: true},
	} {
		s := firstBytes(c.expr)
		if !checkByteSet(t, c.expr, s, c.any, c.in, c.out) || c.any {
			continue
		}
		if s.Has(0xE2) != c.highByte {
			t.Errorf("%s: high bytes in set = %v, want %v", c.expr, s.Has(0xE2), c.highByte)
		}
	}
}

// checkByteSet reports where s differs from what a test wants: nil when any
// is set, else a set holding every byte of in and none of out. It returns
// false when s is nil or not as wanted in that respect.
func checkByteSet(t *testing.T, expr string, s *ByteSet, any bool, in, out string) bool {
	t.Helper()
	if any != (s == nil) {
		t.Errorf("%s: got any = %v, want %v", expr, s == nil, any)
		return false
	}
	if s == nil {
		return true
	}
	for i := 0; i < len(in); i++ {
		if !s.Has(in[i]) {
			t.Errorf("%s: %q missing", expr, in[i])
		}
	}
	for i := 0; i < len(out); i++ {
		if s.Has(out[i]) {
			t.Errorf("%s: %q in the set", expr, out[i])
		}
	}
	return true
}
