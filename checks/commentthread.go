package checks

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/document"
)

// commentThreadCheck finds the reader-comment section appended to an article
// from its shape, and reports it as one finding from the first comment header
// to the end of the document. Headers are lines such as "DIVAN SOLDIER 9 August
// 2017 10: 26" (a name and a timestamp), "2. soroKING" (a numbered reply) or a
// bare commenter name ("Brad Isherwood") followed by informal text. A thread
// needs several headers after at least two paragraphs of article body.
type commentThreadCheck struct{}

func init() {
	Register(Family{ID: "boilerplate.comment-thread", Rules: []RuleInfo{{ID: "boilerplate.comment-thread", Category: Boilerplate,
		Severity: Warning, Fixable: true,
		Description: "The reader-comment thread appended to the article (commenter names, timestamps, replies), as one finding."}},
		New: func(*Setup) (Check, error) { return commentThreadCheck{}, nil }})
}

func (commentThreadCheck) ID() string { return "boilerplate.comment-thread" }

const month = `(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`

var (
	// A commenter header with a timestamp: up to five name tokens, then a date and/or time.
	stampedHeader = regexp.MustCompile(`^(?:\d{1,3}\.\s+)?[^\s.,!?]+(?:\s+[^\s,!?]+){0,4}?\s+(?:on\s+)?(?:` +
		`\d{1,2}\s+` + month + `,?\s+\d{4}|` + month + `\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})` +
		`(?:,?\s+(?:at\s+)?\d{1,2}\s?:\s?\d{2}(?:\s?[ap]\.?m\.?)?)?(?:\s+(?:says|said|wrote))?:?$`)
	numberedReply = regexp.MustCompile(`^\d{1,3}\.\s+\S{2,30}$`)
	// The action line under a comment in social plugins: "Like · Reply · 2h".
	socialFooter = regexp.MustCompile(`^(?:Like|Reply|Share|Report)(?:\s*[·•|]\s*(?:Like|Reply|Share|Report|Edit|Delete|\d+\s*[smhdwy]|\d+\s*(?:min|mins|minutes?|hours?|days?|weeks?)(?:\s+ago)?))+$`)
	informal     = regexp.MustCompile(`(?i)(?:^|\s)(?:lol|lmao|imo|imho|i|im|ill|isnt|dont|cant|wont|didnt|u|ur|ha ha|haha)(?:\s|[.,!?]|$)|[!?]{2,}|\.{4,}|: ?\)|;\)|:-\)|\bbitch\b|\bsucks\b`)
)

// nameParticles are lower-case words allowed inside a commenter's name.
var nameParticles = map[string]bool{"al": true, "el": true, "de": true, "van": true, "von": true, "da": true, "bin": true, "ibn": true, "le": true, "la": true}

// bareName: 1–4 tokens, each a capitalised word or a handle, no sentence punctuation.
func bareName(d *document.Document, line int) bool {
	toks := d.LineTokens(line)
	words := 0
	for _, t := range toks {
		s := d.Text[t.Start:t.End]
		switch t.Kind {
		case document.Word:
			r, _ := utf8.DecodeRuneInString(s)
			if !unicode.IsUpper(r) && !nameParticles[s] && !hasInnerUpper(s) {
				return false
			}
			if functionWords[strings.ToLower(s)] {
				return false
			}
			words++
		case document.Punct:
			if s != "-" && s != "_" && s != "'" {
				return false
			}
		case document.Handle:
			words++
		default:
			return false
		}
	}
	return words >= 1 && words <= 4
}

func hasInnerUpper(s string) bool {
	for i, r := range s {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// functionWords are frequent English words that never appear in a commenter's name.
var functionWords = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "and": true, "or": true, "to": true, "in": true, "on": true,
	"for": true, "with": true, "by": true, "at": true, "from": true, "is": true, "are": true, "was": true,
	"be": true, "this": true, "that": true, "it": true, "as": true, "not": true, "but": true, "we": true,
	"you": true, "he": true, "she": true, "they": true, "i": true, "my": true, "our": true, "your": true,
	"his": true, "her": true, "their": true, "its": true, "will": true, "has": true, "have": true, "had": true,
	"if": true, "no": true, "yes": true, "do": true, "does": true, "what": true, "who": true, "how": true,
	"why": true, "when": true, "where": true, "all": true, "new": true, "more": true, "about": true, "up": true,
}

type header struct {
	line    int
	stamped bool
}

func (commentThreadCheck) Check(ctx context.Context, d *document.Document, emit func(Finding)) {
	lines := d.Lines
	// Non-blank lines, and where the article body has had two real paragraphs.
	var nb []int
	bodyParas, bodyEnd := 0, -1
	for i, l := range lines {
		if document.IsBlank(d.Slice(l)) {
			continue
		}
		nb = append(nb, i)
		if bodyParas < 2 && len(d.LineTokens(i)) >= 20 {
			bodyParas++
			if bodyParas == 2 {
				bodyEnd = i
			}
		}
	}
	if bodyEnd < 0 {
		return
	}
	var hs []header
	var footers []int
	for k, i := range nb {
		if i <= bodyEnd {
			continue
		}
		s := strings.TrimSpace(d.Slice(lines[i]))
		if len(s) > 90 {
			continue // headers are short; most article lines are not
		}
		switch {
		case len(s) <= 60 && socialFooter.MatchString(s):
			footers = append(footers, i)
		case maybeStamped(s) && stampedHeader.MatchString(s):
			hs = append(hs, header{i, true})
		case len(s) <= 40 && s[0] >= '0' && s[0] <= '9' && numberedReply.MatchString(s):
			hs = append(hs, header{i, false})
		case len(s) <= 40 && bareName(d, i) && k+1 < len(nb) &&
			utf8.RuneCountInString(d.Slice(lines[nb[k+1]])) > 2*utf8.RuneCountInString(s) && !bareName(d, nb[k+1]):
			hs = append(hs, header{i, false})
		}
	}
	if len(hs) == 0 {
		return
	}
	// A comment whose action line carries its age ("Like · Reply · 2h") is
	// as good as a stamped one: its name is the header a few lines above.
	for _, f := range footers {
		for k := len(hs) - 1; k >= 0; k-- {
			if hs[k].line < f {
				if f-hs[k].line <= 6 {
					hs[k].stamped = true
				}
				break
			}
		}
	}
	stamped := 0
	for _, h := range hs {
		if h.stamped {
			stamped++
		}
	}
	if stamped > 0 {
		stamped = max(stamped, len(footers)) // each action line is a comment, whatever its name line looks like
	}
	start := hs[0].line
	if stamped > 0 {
		// A thread with timestamps starts at its first stamped header (or a numbered reply just before it).
		for _, h := range hs {
			if h.stamped {
				start = h.line
				break
			}
		}
	}
	region := document.Span{Start: lines[start].Start, End: trimEnd(d, len(d.Text))}
	informalHits := len(informal.FindAllStringIndex(d.Slice(region), 20))
	conf := 0.0
	switch {
	case stamped >= 2:
		conf = 0.95
	case stamped == 1 && len(hs) >= 2:
		conf = 0.85
	case len(hs) >= 3 && informalHits >= 2:
		conf = 0.75
	case len(hs) >= 2 && informalHits >= 4:
		conf = 0.7
	default:
		return
	}
	n := 0
	for _, h := range hs {
		if h.line >= start {
			n++
		}
	}
	n = max(n, len(footers))
	plural := "s"
	if n == 1 {
		plural = ""
	}
	emit(Finding{Rule: "boilerplate.comment-thread", Category: Boilerplate, Span: region, Confidence: conf,
		Message: fmt.Sprintf("Reader-comment thread appended to the article (%d comment%s, from %q)", n, plural, clip(d.Slice(trimLine(d, lines[start])), 40)),
		Fixes:   []Fix{{Replacement: "", Safe: true}}})
}

func trimEnd(d *document.Document, e int) int {
	for e > 0 {
		r, n := utf8.DecodeLastRuneInString(d.Text[:e])
		if !document.IsSpace(r) {
			break
		}
		e -= n
	}
	return e
}

// maybeStamped is a cheap test before the timestamp expression: a header holds
// a four-digit year or a clock time.
func maybeStamped(s string) bool {
	digits := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			digits++
			if digits >= 4 {
				return true
			}
		} else if s[i] == ':' && digits > 0 {
			return true
		} else {
			digits = 0
		}
	}
	return false
}
