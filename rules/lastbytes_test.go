package rules

import "testing"

func TestLastBytes(t *testing.T) {
	for _, c := range []struct {
		expr    string
		any     bool   // nil: a match may end with anything or be empty
		in, out string // bytes that must and must not be in the set
	}{
		{expr: `^(?:Home|Menu)$`, in: "eu", out: "EU.,"},
		{expr: `(?i)^(?:Home|Menu)$`, in: "eEuU", out: "."},
		{expr: `^(?:\d* ?Comments?)$`, in: "ts", out: ". "},
		{expr: `^(?:Advertisement\.?)$`, in: "t.", out: ","},
		{expr: `^(?:[$€£]\s?\d+)$`, in: "0123456789", out: "."},
		{expr: `^(?:Copyright \d{4}[^.]{0,80}\.?)$`, in: ".a0 ,\"\x99"},
		{expr: `^(?:Image caption.{0,300})$`, any: true},
		{expr: `^(?:x?)$`, any: true},
	} {
		checkByteSet(t, c.expr, lastBytes(c.expr), c.any, c.in, c.out)
	}
}
