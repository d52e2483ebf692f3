package checks

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/document"
)

// hyphenDashCheck finds a hyphen standing for a dash: "black holes-those
// that are", "250000 species-at least". Engines render the Chinese "——" and
// scrapers flatten an em dash this way, and the reader takes the pair for a
// compound. A hyphen counts as a dash when a word of three letters or more
// stands before it and a word that opens a clause after it, a word no
// compound ends in (rules/packs/hyphendash.yaml), not followed by another
// hyphen (state-of-the-art); URLs, paths and handles are left alone.
type hyphenDashCheck struct {
	openers map[string]bool // one word ("those") or a phrase of up to three ("such as", "for example,")
	leads   map[string]bool // the first words of the phrases
}

// minDashLeft: the word before the hyphen has at least this many letters
// ("forget-me-not" is a compound).
const minDashLeft = 3

func init() {
	Register(Family{ID: "format.hyphen-dash", Rules: []RuleInfo{{ID: "format.hyphen-dash", Category: Formatting, Severity: Warning,
		Description: "A hyphen standing for a dash before a clause (\"black holes-those that\"), as engines render the Chinese \"——\"."}},
		New: newHyphenDash})
}

func newHyphenDash(s *Setup) (Check, error) {
	c := hyphenDashCheck{openers: s.packWords("format.hyphen-dash", func(string) bool { return true }), leads: map[string]bool{}}
	for w := range c.openers {
		if lead, _, ok := strings.Cut(w, " "); ok {
			c.leads[lead] = true
		}
	}
	return c, nil
}

func (hyphenDashCheck) ID() string { return "format.hyphen-dash" }

func (c hyphenDashCheck) Check(ctx context.Context, d *document.Document, emit func(Finding)) {
	t := d.Text
	for from := 0; ; {
		k := strings.IndexByte(t[from:], '-')
		if k < 0 {
			return
		}
		i := from + k
		from = i + 1
		right := wordAfterHyphen(t, i+1) // most hyphens join words no clause opens with: tried first
		if c.leads[right] {
			if p := c.phraseAfter(t, i+1+len(right), right); p != "" {
				right = p // "important-for example": compounds end in "for", not in "for example"
			}
		}
		if !c.openers[right] {
			continue
		}
		left := wordBeforeHyphen(t, i)
		if utf8.RuneCountInString(left) < minDashLeft || inLink(t, i) {
			continue
		}
		emit(Finding{Rule: "format.hyphen-dash", Category: Formatting, Span: document.Span{Start: i, End: i + 1}, Confidence: 0.75,
			Message: fmt.Sprintf("Hyphen between %q and %q where a dash belongs; write an em dash (—)", left, right),
			Fixes:   []Fix{{Replacement: "—"}}})
	}
}

// phraseAfter: the opening phrase of up to three words that first, the word
// after a hyphen, starts with the words from j ("for" + " example"), with
// its comma when the pack lists it so ("for example,"); "" when there is none.
func (c hyphenDashCheck) phraseAfter(t string, j int, first string) string {
	phrase := first
	for range 2 {
		if j >= len(t) || t[j] != ' ' {
			return ""
		}
		k := j + 1
		for k < len(t) && t[k] >= 'a' && t[k] <= 'z' {
			k++
		}
		if k == j+1 {
			return ""
		}
		phrase += t[j:k]
		j = k
		if c.openers[phrase] {
			return phrase
		}
		if j < len(t) && t[j] == ',' && c.openers[phrase+","] {
			return phrase + "," // "important-for example, Britain"; not "a hoped-for example of"
		}
	}
	return ""
}

// wordBeforeHyphen is the run of letters that ends at i, or at a closing
// quote just before i (`difference"-Chinanews`); "" when a digit or a
// hyphen is part of it.
func wordBeforeHyphen(t string, i int) string {
	end := i
	if r, n := utf8.DecodeLastRuneInString(t[:end]); r == '"' || r == '”' {
		end -= n
	}
	start := end
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(t[:start])
		if !unicode.IsLetter(r) {
			if unicode.IsDigit(r) || r == '-' || r == '_' {
				return ""
			}
			break
		}
		start -= n
	}
	return t[start:end]
}

// wordAfterHyphen is the lower-case word that starts at i, when a space or
// punctuation that ends a word follows it (not a hyphen, an apostrophe, or
// a full stop joined to more letters, as in a domain name).
func wordAfterHyphen(t string, i int) string {
	j := i
	for j < len(t) && t[j] >= 'a' && t[j] <= 'z' {
		j++
	}
	if j == i {
		return ""
	}
	if j < len(t) {
		switch c := t[j]; {
		case c == '-' || c == '\'' || c == '_' || c == '/' || c >= 0x80 && strings.HasPrefix(t[j:], "’"):
			return ""
		case isLetterAt(t, j): // more of the word: capitals, digits, letters outside ASCII
			return ""
		case c == '.' && j+1 < len(t) && isLetterAt(t, j+1):
			return ""
		}
	}
	return t[i:j]
}

// inLink: the run of text around i without spaces is a URL, a path, an
// address or a handle ("www.pay-the.com", "/news/syria-the-war"). A run
// longer than linkWindow on either side is no prose either, and the search
// stops there (a page on one line).
func inLink(t string, i int) bool {
	lo, hi := max(0, i-linkWindow), min(len(t), i+linkWindow)
	before := strings.LastIndexAny(t[lo:i], " \t\n")
	after := strings.IndexAny(t[i:hi], " \t\n")
	if before < 0 && lo > 0 || after < 0 && hi < len(t) {
		return true
	}
	end := hi
	if after >= 0 {
		end = i + after
	}
	chunk := t[lo+before+1 : end]
	return strings.ContainsAny(chunk, "/@_") || strings.Contains(chunk, "www.")
}

const linkWindow = 256
