package rules

import (
	"regexp"
	"strings"
	"testing"
)

func TestMaxMatchLen(t *testing.T) {
	for _, c := range []struct {
		expr string
		want int
	}{
		{`\bnetizens\b`, 8},
		{`\b(?:many|some|Chinese) netizens\b`, 16},
		{`(?i)\bsome netizens\b`, 15}, // s may be ſ (two bytes), k the Kelvin sign: none here but s
		{`(?i)k`, 3},
		{`[a-z]{0,3}x?`, 4},
		{`[\w ]{0,20}`, 20},
		{`é|ab`, 2},
		{`[a-zé]`, 2},
		{`\b[a-z]+ wa\b`, -1},
		{`x*`, -1},
		{`^abc`, -1},
		{`abc$`, -1},
		{`(?P<x>ab){2,}`, -1},
	} {
		if got := maxMatchLen(c.expr); got != c.want {
			t.Errorf("maxMatchLen(%q) = %d, want %d", c.expr, got, c.want)
		}
	}
}

// TestMaxMatchLenBoundsMatches: on texts made to match, no match is longer
// than the bound, case folded or not.
func TestMaxMatchLenBoundsMatches(t *testing.T) {
	texts := []string{"SOME NETIZENS", "ſome netizens", "Chinese netizens said", "KKK", "\u212a\u212a", "abab", "aé", "word wa the"}
	for _, expr := range []string{`(?i)\b(?:many|some|Chinese) netizens\b`, `(?i)k{1,3}`, `(?i)(?:ab){1,2}`, `(?i)[a-zé]{2}`} {
		bound := maxMatchLen(expr)
		re := regexp.MustCompile(expr)
		for _, text := range texts {
			for _, m := range re.FindAllString(text, -1) {
				if len(m) > bound {
					t.Errorf("%q matches %q (%d bytes) in %q, over its bound %d", expr, m, len(m), strings.TrimSpace(text), bound)
				}
			}
		}
	}
}
