package checks

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/copydesk/copydesk/document"
)

// bareDayCheck finds a day of the month given without its month: "released
// a video on the 9th", "(Comprehensive news on the 11th)". Chinese and
// Japanese news date events by the day alone ("9日", "8日晚"), and engines
// translate it word for word; English news names the month ("on Feb. 9"). It is a
// locale convention, as MQM raters class it, so a formatting note rather
// than a translation error. Only an
// ordinal after "on", "since", "from", "until", "by the" or "the evening of
// the" (any part of the day) that ends a clause
// (a comma, a full stop, a bracket, "that") counts, so "on the 75th
// anniversary", "the 9th floor" and "the 19th batch" are left alone; and
// only when the paragraph has not named a month before it ("Feb. 11 ... on
// the 10th" is the reader's to resolve).
type bareDayCheck struct{}

func init() {
	Register(Family{ID: "format.bare-day", Rules: []RuleInfo{{ID: "format.bare-day", Category: Formatting, Severity: Info,
		Description: "A day of the month without its month (\"on the 9th\"), as engines translate a Chinese or Japanese date."}},
		New: func(*Setup) (Check, error) { return bareDayCheck{}, nil }})
}

func (bareDayCheck) ID() string { return "format.bare-day" }

// dayPrepositions introduce a date: "on the 9th", "since the 3rd".
var dayPrepositions = map[string]bool{"on": true, "since": true, "from": true, "until": true, "till": true, "by": true}

func (bareDayCheck) Check(ctx context.Context, d *document.Document, emit func(Finding)) {
	t, toks := d.Text, d.Tokens
	para, month := -2, -1 // the paragraph last looked at, and where it first names a month (-1: nowhere)
	for i := 2; i < len(toks); i++ {
		k := toks[i]
		if k.Kind != document.Number || k.Len() < 3 || k.Len() > 4 || !isOrdinalDay(t[k.Start:k.End]) {
			continue
		}
		the, prep := toks[i-1], toks[i-2]
		if the.Kind != document.Word || !strings.EqualFold(t[the.Start:the.End], "the") || prep.Kind != document.Word {
			continue
		}
		switch p := strings.ToLower(t[prep.Start:prep.End]); {
		case dayPrepositions[p]:
		case p == "of" && afterDayPart(t, toks, i-2):
			prep = toks[i-3] // "the evening of the 8th": the finding covers the part of the day
		default:
			continue
		}
		if i+1 < len(toks) && !endsClause(t, toks[i+1]) {
			continue // "on the 75th anniversary"
		}
		if p := d.ParagraphOf(prep.Start); p != para || p < 0 {
			para, month = p, -1
			if p >= 0 {
				ps := d.Paragraphs[p]
				if month = firstMonth(t[ps.Start:ps.End]); month >= 0 {
					month += ps.Start
				}
			}
		}
		if month >= 0 && month < prep.Start {
			continue // "February 11 ... on the 10th": the paragraph gave the month
		}
		emit(Finding{Rule: "format.bare-day", Category: Formatting, Span: document.Span{Start: prep.Start, End: k.End}, Confidence: 0.7,
			Message: fmt.Sprintf("Day of the month without its month: %q; name the month (\"on Feb. %s\")", t[prep.Start:k.End], ordinalNumber(t[k.Start:k.End]))})
	}
}

// dayParts date an event by its day's part: "on the evening of the 8th" is
// Chinese "8日晚" word for word.
var dayParts = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true, "dawn": true, "noon": true}

// afterDayPart: toks[of] ("of") follows a part of the day ("the evening of").
func afterDayPart(t string, toks []document.Token, of int) bool {
	if of < 1 {
		return false
	}
	k := toks[of-1]
	return k.Kind == document.Word && dayParts[strings.ToLower(t[k.Start:k.End])]
}

// months are the month names and AP's abbreviations of them.
var months = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September",
	"October", "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec."}

// firstMonth is where s first names a month (-1: nowhere): a bare day after
// it in the paragraph is the reader's to resolve, as English writers leave
// it too. Each paragraph is searched once, so a long one costs no more.
func firstMonth(s string) int {
	first := -1
	for _, m := range months {
		for from := 0; ; {
			i := strings.Index(s[from:], m)
			if i < 0 || first >= 0 && from+i >= first {
				break
			}
			i += from
			if (i == 0 || !isLetterAt(s, i-1)) && (i+len(m) == len(s) || !isLetterAt(s, i+len(m))) {
				first = i // a word of its own: not the "May" of "Mayor"
				break
			}
			from = i + len(m)
		}
	}
	return first
}

// isOrdinalDay: s is "1st" to "31st" with the suffix its number takes.
func isOrdinalDay(s string) bool {
	n := ordinalNumber(s)
	day, err := strconv.Atoi(n)
	if err != nil || day < 1 || day > 31 || len(n) != len(s)-2 {
		return false
	}
	suffix := "th"
	if day < 11 || day > 13 {
		switch day % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return strings.EqualFold(s[len(n):], suffix)
}

// ordinalNumber is the digits an ordinal starts with ("9th" -> "9").
func ordinalNumber(s string) string {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return s[:i]
}

// endsClause: the token after a date ends its clause or opens a "that" clause.
func endsClause(t string, k document.Token) bool {
	w := t[k.Start:k.End]
	if k.Kind == document.Punct {
		return strings.Contains(",.;:)", w) || w == "”" || w == "\""
	}
	return k.Kind == document.Word && strings.EqualFold(w, "that")
}
