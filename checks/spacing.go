package checks

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/document"
)

// spacingCheck finds spacing that translation engines and careless pasting
// produce around punctuation: "10: 26" or "10 : 26" for 10:26, "US -Russian" for
// US-Russian, "self - replication" for self-replication, " .. " used as a
// separator, a space before a comma or full stop, a comma with no space
// after it, a mark typed twice (",,") or two where one belongs (".,"), and
// runs of "!" or "?". It walks the shared tokens once.
type spacingCheck struct {
	prefixes map[string]bool // prefixes that never stand alone ("self", "pre"): rules/packs/compounds.yaml
}

func init() {
	Register(Family{ID: "mt.spacing", Rules: []RuleInfo{{ID: "mt.spacing", Category: MTArtefact, Severity: Warning,
		Description: "Broken spacing and doubled punctuation: \"10: 26\", \"US -Russian\", \" .. \", \"word ,\", \"a,b\", \",,\", \".,\", \"!!!\".", Fixable: true}},
		New: func(s *Setup) (Check, error) {
			return spacingCheck{prefixes: boundPrefixes(s)}, nil
		}})
}

// boundPrefixes are the prefixes that never stand alone ("self", "pre",
// "inter"), from mt.spacing's pack entry; format.split-word reads them too.
func boundPrefixes(s *Setup) map[string]bool {
	return s.packWords("mt.spacing", func(id string) bool { return id == "bound-prefixes" })
}

func (spacingCheck) ID() string { return "mt.spacing" }

func (c spacingCheck) Check(ctx context.Context, d *document.Document, emit func(Finding)) {
	t := d.Text
	toks := d.Tokens
	tok := func(i int) string {
		if i < 0 || i >= len(toks) {
			return ""
		}
		return t[toks[i].Start:toks[i].End]
	}
	gap := func(i int) string { // text between token i and i+1
		if i < 0 || i+1 >= len(toks) {
			return "\n"
		}
		return t[toks[i].End:toks[i+1].Start]
	}
	report := func(s, e int, msg, repl string, safe bool, conf float64) {
		f := Finding{Rule: "mt.spacing", Category: MTArtefact, Span: document.Span{Start: s, End: e}, Message: msg, Confidence: conf}
		if repl != "\x00" {
			f.Fixes = []Fix{{Replacement: repl, Safe: safe}}
		}
		emit(f)
	}
	for i := 0; i < len(toks); i++ {
		k := toks[i]
		if k.Kind == document.Word {
			continue // every case below starts at a number or a punctuation mark
		}
		s := tok(i)
		switch {
		// "10: 26", "10 :26", "10 : 26": a clock time split at the colon.
		case k.Kind == document.Number && len(s) <= 2 && tok(i+1) == ":" && onlyHSpace(gap(i)+gap(i+1)) && // a space on one side or both
			i+2 < len(toks) && toks[i+2].Kind == document.Number && len(tok(i+2)) == 2 && validClock(s, tok(i+2)):
			where := "after"
			switch {
			case gap(i) != "" && gap(i+1) != "":
				where = "around"
			case gap(i) != "":
				where = "before"
			}
			report(k.Start, toks[i+2].End, fmt.Sprintf("Time written with a space %s the colon; write %s:%s", where, s, tok(i+2)),
				s+":"+tok(i+2), false, 0.85)
			i += 2
		// "self - replication": a prefix that never stands alone, spaced from its hyphen.
		case s == "-" && i > 0 && i+1 < len(toks) && toks[i-1].Kind == document.Word && toks[i+1].Kind == document.Word &&
			inLowered(c.prefixes, tok(i-1)) && onlyHSpace(gap(i-1)+gap(i)) && startsLower(tok(i+1)) &&
			!suspendingConjunction[tok(i+1)]: // a space on one side of the hyphen or both
			report(toks[i-1].Start, toks[i+1].End, fmt.Sprintf("Spaces around the hyphen of a compound; write %s-%s", tok(i-1), tok(i+1)),
				tok(i-1)+"-"+tok(i+1), true, 0.9)
			i++
		// "US -Russian": space before a hyphen that joins the next word.
		case s == "-" && i > 0 && toks[i-1].Kind == document.Word && onlyHSpace(gap(i-1)) && gap(i) == "" &&
			i+1 < len(toks) && toks[i+1].Kind == document.Word && !hyphenPairAhead(t, toks, i) && !commandOption(tok(i+1)):
			report(toks[i-1].Start, toks[i+1].End, fmt.Sprintf("Stray space before the hyphen; write %s-%s", tok(i-1), tok(i+1)),
				tok(i-1)+"-"+tok(i+1), false, 0.8)
			i++
		// " .. " used as a separator, or ".." closing a sentence.
		case s == "." && tok(i+1) == "." && gap(i) == "" && gap(i-1) != "" && (i+2 >= len(toks) || tok(i+2) != "." || gap(i+1) != ""):
			if i > 0 && tok(i-1) == "." && gap(i-1) == "" {
				continue // part of an ellipsis
			}
			end := toks[i+1].End
			if onlyHSpace(gap(i-1)) && onlyHSpace(gap(i+1)) {
				start := toks[i-1].End
				report(start, end+len(gap(i+1)), "Two full stops used as a separator; use a dash or a colon, or end the sentence",
					" – ", false, 0.8)
			}
			i++
		case s == "." && tok(i+1) == "." && gap(i) == "" && i > 0 && gap(i-1) == "" && toks[i-1].Kind == document.Word &&
			(i+2 >= len(toks) || tok(i+2) != "." || gap(i+1) != "") && (i < 2 || tok(i-2) != "."):
			report(k.Start, toks[i+1].End, "Two full stops; use one, or three for an ellipsis", ".", false, 0.7)
			i++
		// "army,, the", "met;; they": a mark typed twice; "ended., then": two marks where one belongs.
		case (s == "," || s == ";" || s == ":" || s == ".") && i > 0 && toks[i-1].Kind == document.Word && gap(i-1) == "" &&
			gap(i) == "" && strings.Contains(",;:", tok(i+1)) && tok(i+1) != "" && (s != "." || tok(i+1) != ".") &&
			(i+2 >= len(toks) || gap(i+1) != "" || toks[i+2].Kind != document.Word) &&
			!(s == "." && (document.IsAbbreviation(t, toks, i) || i >= 2 && tok(i-2) == "." && gap(i-2) == "")):
			// (an abbreviation's full stop before a comma is right: "Inc., said", "a.m., then", "U.S., Russia")
			if next := tok(i + 1); next == s {
				report(k.Start, toks[i+1].End, fmt.Sprintf("Doubled %q", s), s, true, 0.85)
			} else {
				f := Finding{Rule: "mt.spacing", Category: MTArtefact, Span: document.Span{Start: k.Start, End: toks[i+1].End}, Confidence: 0.75,
					Message: fmt.Sprintf("Two punctuation marks %q; keep one", s+next), Fixes: []Fix{{Replacement: s}, {Replacement: next}}}
				emit(f)
			}
			i++
		// "Really??", "Yes!!!": news copy uses one mark.
		case (s == "!" || s == "?") && i > 0 && toks[i-1].Kind == document.Word && gap(i-1) == "" && gap(i) == "" &&
			(tok(i+1) == "!" || tok(i+1) == "?"):
			j := i + 1
			for j+1 < len(toks) && gap(j) == "" && (tok(j+1) == "!" || tok(j+1) == "?") {
				j++
			}
			report(k.Start, toks[j].End, fmt.Sprintf("Repeated %q; news copy uses one mark", t[k.Start:toks[j].End]), s, false, 0.6)
			i = j
		// "word ," : space before closing punctuation.
		case (s == "," || s == ";" || s == "." || s == "?" || s == "!") && i > 0 && toks[i-1].Kind == document.Word &&
			onlyHSpace(gap(i-1)) && !strings.Contains(gap(i-1), "\t") && spaceBeforeIsError(s, tok(i+1), gap(i)):
			report(toks[i-1].Start, k.End, fmt.Sprintf("Space before %q", s), tok(i-1)+s, true, 0.85)
		// "ended.The ministry": a sentence run into the next without a space.
		case (s == "." || s == "!" || s == "?") && i > 0 && i+1 < len(toks) && toks[i-1].Kind == document.Word &&
			toks[i+1].Kind == document.Word && gap(i-1) == "" && gap(i) == "" && gluedSentence(tok(i-1), tok(i+1)) &&
			!document.IsAbbreviation(t, toks, i):
			report(toks[i-1].Start, toks[i+1].End, fmt.Sprintf("No space after %q between two sentences", s), tok(i-1)+s+" "+tok(i+1), true, 0.85)
			i++
		// "( in Baghdad )": a space inside a parenthesis, as engines carry over the
		// spacing of full-width brackets. An opening one must stand apart from the
		// word before it (not "f( x", not the ":(" of an emoticon).
		case s == "(" && (i == 0 || gap(i-1) != "") && onlyHSpace(gap(i)) && i+1 < len(toks) && toks[i+1].Kind == document.Word:
			report(k.Start, toks[i+1].End, "Space after the opening parenthesis", "("+tok(i+1), true, 0.8)
			i++
		case s == ")" && i > 0 && toks[i-1].Kind == document.Word && onlyHSpace(gap(i-1)) && parenOpenBefore(t, toks[i-1].Start):
			report(toks[i-1].Start, k.End, "Space before the closing parenthesis", tok(i-1)+")", true, 0.8)
		// "food,beer": no space after a comma between words.
		case s == "," && i > 0 && i+1 < len(toks) && toks[i-1].Kind == document.Word && toks[i+1].Kind == document.Word &&
			gap(i-1) == "" && gap(i) == "" && toks[i+1].Script == document.Latin:
			report(toks[i-1].Start, toks[i+1].End, "No space after the comma", tok(i-1)+", "+tok(i+1), true, 0.8)
		}
	}
}

// validClock reports whether h and m can be an hour and minutes.
func validClock(h, m string) bool {
	hv, mv := 0, 0
	for _, c := range h {
		hv = hv*10 + int(c-'0')
	}
	for _, c := range m {
		if c < '0' || c > '9' {
			return false
		}
		mv = mv*10 + int(c-'0')
	}
	for _, c := range h {
		if c < '0' || c > '9' {
			return false
		}
	}
	return hv <= 24 && mv <= 59
}

// hyphenPairAhead spots hyphens used as a pair of dashes around words: "-Ra-",
// "FabriPaint.Com -Based in Oregon, USA- Tri-Chem". The closing one follows a
// word without a space, within a few words and before the line ends; what the
// writer meant is a dash, so joining the first word to the hyphen would be wrong.
func hyphenPairAhead(t string, toks []document.Token, i int) bool {
	for j := i + 2; j < len(toks) && j <= i+12; j++ {
		if strings.ContainsRune(t[toks[j-1].End:toks[j].Start], '\n') {
			return false
		}
		if t[toks[j].Start:toks[j].End] == "-" && toks[j].Start == toks[j-1].End &&
			(j == i+2 || j+1 >= len(toks) || toks[j+1].Start > toks[j].End) {
			return true
		}
	}
	return false
}

// spaceBeforeIsError leaves alone ".5", ".com", ellipses and emoticons.
func spaceBeforeIsError(p, next, gapAfter string) bool {
	if p == "." && gapAfter == "" && next != "" && next != "\"" && next != "”" {
		return false // ".5", ".NET", "..."
	}
	if (p == "!" || p == "?") && (next == "!" || next == "?") {
		return false
	}
	return true
}

// gluedSentence: a word ending in a lower-case letter and a capitalised word
// in lower case after it ("ended" "The"), as two sentences run together are;
// not "ASP.NET", "U.S.", "node.js", "example.com" or "FabriPaint.Com".
func gluedSentence(before, after string) bool {
	if len(before) < 2 || len(after) < 2 {
		return false
	}
	last := before[len(before)-1]
	if last < 'a' || last > 'z' || after[0] < 'A' || after[0] > 'Z' || genericTLDs[strings.ToLower(after)] {
		return false // "FabriPaint.Com" is a site's name
	}
	for i := 1; i < len(after); i++ {
		if c := after[i]; (c < 'a' || c > 'z') && c != '\'' {
			return false
		}
	}
	return true
}

// commandOption: the word after a spaced hyphen is a command's short option
// ("git rebase -i", "ls -la"), one or two lower-case letters, not a word a
// stray space cut off ("US -Russian", "anti -war").
func commandOption(w string) bool {
	if len(w) > 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// suspendingConjunction: after "pre- " one of these means the hyphen is
// suspended, its compound's second part further on ("pre- and post-war",
// "self- or peer-assessed").
var suspendingConjunction = map[string]bool{"and": true, "or": true, "nor": true, "to": true, "but": true, "versus": true, "vs": true}

// startsLower: w begins with a lower-case letter.
func startsLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// parenOpenBefore: an opening parenthesis comes before i on its line, with
// no closing one after it (a frowning smiley's does not count), so the ")"
// at i closes a bracket of the text and is no list marker ("a )").
func parenOpenBefore(t string, i int) bool {
	for j := i - 1; j >= 0 && i-j <= 400; j-- {
		switch t[j] {
		case '\n':
			return false
		case ')':
			return false
		case '(':
			if j > 0 && strings.IndexByte(":;=-", t[j-1]) >= 0 {
				continue // a frowning smiley, ":(" or ":-("
			}
			return true
		}
	}
	return false
}
