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
		if c.any {
			if s != nil {
				t.Errorf("%s: got a set, want any", c.expr)
			}
			continue
		}
		if s == nil {
			t.Errorf("%s: got any, want a set", c.expr)
			continue
		}
		for i := 0; i < len(c.in); i++ {
			if !s.Has(c.in[i]) {
				t.Errorf("%s: %q missing", c.expr, c.in[i])
			}
		}
		for i := 0; i < len(c.out); i++ {
			if s.Has(c.out[i]) {
				t.Errorf("%s: %q in the set", c.expr, c.out[i])
			}
		}
		if s.Has(0xE2) != c.highByte {
			t.Errorf("%s: high bytes in set = %v, want %v", c.expr, s.Has(0xE2), c.highByte)
		}
	}
}
