package checks

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/copydesk/copydesk/document"
)

// mixedDateOrderCheck finds a document that writes dates both day first and
// month first ("31 January" and "February 10"), as copy merged from British
// and American sources does, or an engine that renders the source's date one
// way in the dateline and another in the body. Style books choose one order
// (AP: Feb. 10; Reuters and the BBC: 10 February), and a reader should not
// meet both. The order most of the document's dates use is kept (on a tie,
// the first date's); each date in the other gets it as a suggestion.
type mixedDateOrderCheck struct{}

func init() {
	Register(Family{ID: "format.mixed-date-order", Rules: []RuleInfo{{ID: "format.mixed-date-order", Category: Formatting, Severity: Warning,
		Description: "Dates written both day first and month first in one document (\"31 January\" and \"February 10\"): the minority order, rewritten in the majority's.",
		Fixable:     true}},
		New: func(*Setup) (Check, error) { return mixedDateOrderCheck{}, nil }})
}

func (mixedDateOrderCheck) ID() string { return "format.mixed-date-order" }

// dateUse is one date with a day and a month: its span (the year included)
// and its parts as written.
type dateUse struct {
	span             document.Span
	dayFirst         bool
	day, month, year string // year "" when none follows
}

func (mixedDateOrderCheck) Check(ctx context.Context, d *document.Document, emit func(Finding)) {
	uses := dateUses(d)
	dayFirst := 0
	for _, u := range uses {
		if u.dayFirst {
			dayFirst++
		}
	}
	monthFirst := len(uses) - dayFirst
	if dayFirst == 0 || monthFirst == 0 {
		return
	}
	keepDayFirst := dayFirst > monthFirst || dayFirst == monthFirst && uses[0].dayFirst
	kept, other := monthFirst, dayFirst
	if keepDayFirst {
		kept, other = dayFirst, monthFirst
	}
	for _, u := range uses {
		if u.dayFirst == keepDayFirst {
			continue
		}
		repl, order := u.month+" "+u.day, "month first"
		if u.year != "" {
			repl += ", " + u.year
		}
		if keepDayFirst {
			repl, order = u.day+" "+u.month, "day first"
			if u.year != "" {
				repl += " " + u.year
			}
		}
		why := fmt.Sprintf("mostly writes dates %s (%d to %d)", order, kept, other)
		if kept == other {
			why = fmt.Sprintf("writes its first date %s (%d to %d)", order, kept, other)
		}
		emit(Finding{Rule: "format.mixed-date-order", Category: Formatting, Span: u.span, Confidence: 0.8,
			Message: fmt.Sprintf("%q in a document that %s; use one order", d.Text[u.span.Start:u.span.End], why),
			Fixes:   []Fix{{Replacement: repl}}})
	}
}

// dateUses finds "31 January", "31st of January", "10 Feb." and "February 10",
// "Feb. 11", with a year after them ("31 January 2023", "February 10, 2023"),
// but not a timestamp, which a site's software writes in its own order.
// It looks for the months among the document's distinct spellings first:
// a document without one costs no pass over its tokens, and one with them a
// pass that compares word numbers.
func dateUses(d *document.Document) []dateUse {
	var months []int32 // the spellings that are months
	for id := range int32(d.NumWords()) {
		if monthForm(d.Word(id)) != notMonth {
			months = append(months, id)
		}
	}
	if len(months) == 0 {
		return nil
	}
	t, toks := d.Text, d.Tokens
	word := func(i int) string { return t[toks[i].Start:toks[i].End] }
	spaced := func(a, b int) bool { return a >= 0 && b < len(toks) && t[toks[a].End:toks[b].Start] == " " }
	var out []dateUse
	for i := 0; i < len(toks); i++ {
		k := toks[i]
		if k.Kind != document.Word || !slices.Contains(months, k.Word) {
			continue
		}
		m, next := word(i), i+1
		if monthForm(m) == abbreviatedMonth && next < len(toks) && toks[next].Start == k.End && word(next) == "." {
			m, next = m+".", next+1 // "Feb."; "Beijing, 10 Feb (Xinhua)" has none
		}
		u := dateUse{month: m, span: document.Span{End: toks[next-1].End}} // its start: the first token, below
		first := i                                                         // the date's first token
		switch day := i - 1; {
		case spaced(day, i) && toks[day].Kind == document.Number && isDayNumber(word(day)):
			u.dayFirst, u.day, first = true, word(day), day
		case spaced(day, i) && word(day) == "of" && spaced(day-1, day) && isOrdinalDay(word(day-1)):
			u.dayFirst, u.day, first = true, word(day-1), day-1 // "31st of January"
		case spaced(next-1, next) && toks[next].Kind == document.Number && isDayNumber(word(next)):
			if next+1 < len(toks) && toks[next+1].Start == toks[next].End && toks[next+1].Kind != document.Punct {
				continue // "March 5km"
			}
			u.day, u.span.End = word(next), toks[next].End
			next++
		default:
			continue
		}
		// The year: "31 January 2023", "February 10, 2023".
		if y := next; u.dayFirst && spaced(y-1, y) && isYear(word(y)) {
			u.year, u.span.End = word(y), toks[y].End
			next++
		} else if y := next + 1; !u.dayFirst && y < len(toks) && word(next) == "," && toks[next].Start == toks[next-1].End && spaced(next, y) && isYear(word(y)) {
			u.year, u.span.End = word(y), toks[y].End
			next = y + 1
		}
		i = next - 1
		u.span.Start = toks[first].Start
		if timestamp(t, toks, next) || stamped(t, toks, first) {
			continue // "9 August 2017 10:26", "Last updated on 5 May 2021": the site's format, not the writer's
		}
		out = append(out, u)
	}
	return out
}

// stampWords introduce the date a site's software prints on a page or a comment.
var stampWords = map[string]bool{"published": true, "updated": true, "posted": true, "modified": true, "created": true}

// stamped: one of the three words before toks[i], the date's first, on its
// line, is a stamp word ("Published 9 August 2017", "Last updated on 5 May 2021").
func stamped(t string, toks []document.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if strings.IndexByte(t[toks[k].End:toks[k+1].Start], '\n') >= 0 {
			return false
		}
		if toks[k].Kind == document.Word && stampWords[strings.ToLower(t[toks[k].Start:toks[k].End])] {
			return true
		}
	}
	return false
}

// timestamp: toks[i], after an optional comma, is a clock time ("10:26",
// or "10: 26" as engines space it).
func timestamp(t string, toks []document.Token, i int) bool {
	if i < len(toks) && t[toks[i].Start:toks[i].End] == "," {
		i++
	}
	if i >= len(toks) || toks[i].Kind != document.Number {
		return false
	}
	k := toks[i]
	return strings.IndexByte(t[k.Start:k.End], ':') >= 0 || i+1 < len(toks) && toks[i+1].Start == k.End && t[k.End] == ':'
}

// isDayNumber: "9", "31", "9th", "31st" (a day of the month).
func isDayNumber(s string) bool {
	if n, err := strconv.Atoi(s); err == nil {
		return n >= 1 && n <= 31 && s[0] != '0'
	}
	return isOrdinalDay(s)
}

// isYear: four digits from 1000 to 2999.
func isYear(s string) bool {
	n, err := strconv.Atoi(s)
	return err == nil && len(s) == 4 && n >= 1000 && n < 3000
}

// monthForm tells a month's name ("February") from its abbreviation ("Feb",
// with or without its full stop; "May" is not abbreviated) and other words.
// It runs on every word of a document: most are turned away by their first
// letter or length, before any comparison.
func monthForm(w string) int {
	if len(w) < 3 || len(w) > 9 || w[0] < 'A' || w[0] > 'S' {
		return notMonth // lower case, or too short or long: most words
	}
	switch w {
	case "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December":
		return fullMonth
	case "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec":
		return abbreviatedMonth
	}
	return notMonth
}

const (
	notMonth = iota
	fullMonth
	abbreviatedMonth
)
