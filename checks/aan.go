package checks

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/document"
)

// aAnCheck finds "a" before a vowel sound and "an" before a consonant sound
// ("a arena", "an unique", "an US envoy", "a 8-year-old"), which translation
// engines and hurried editing leave. The sound is read from the next word's
// first letter, with the beginnings rules/packs/articles.yaml lists where the
// letter misleads ("unique", "hour", "one"); an acronym from how it is
// read (by its letters, "an FBI agent", or as a word, "a NATO summit"); a
// number from how it is said ("an 8", "an 11", "an 1820s"). Whatever is
// unsure is let go: a word starting with "h" after "an" ("an historic"), an
// acronym that might be either ("SUV"), "a" or "A" that is no article
// ("vitamin A", "a or b").
type aAnCheck struct {
	sound    map[string]sound // a word's beginning (lower case) -> how it sounds
	longest  int              // the longest beginning in sound, in bytes
	wordLike map[string]bool  // acronyms read as words (NATO)
	initials [26]bool         // the first letters of the beginnings in sound: only their words need the lookup
}

// sound is how a word's beginning is said: with a vowel, a consonant, or
// either, as speakers and style guides differ ("a Uyghur", "an Uyghur").
type sound int8

const (
	consonantSound sound = iota
	vowelSound
	eitherSound
)

// soundOf names the pack entries that list beginnings.
var soundOf = map[string]sound{"consonant-sound": consonantSound, "vowel-sound": vowelSound, "either-sound": eitherSound}

func init() {
	Register(Family{ID: "typo.a-an", Rules: []RuleInfo{{ID: "typo.a-an", Category: Typo, Severity: Warning,
		Description: "\"a\" before a vowel sound or \"an\" before a consonant sound (\"a arena\", \"an unique\", \"an US envoy\", \"a 8-year-old\").", Fixable: true}},
		New: newAAn})
}

// newAAn reads the pack's word lists; an entry of another kind, or a word
// that is not ASCII letters, is an error naming the entry.
func newAAn(s *Setup) (Check, error) {
	c := aAnCheck{sound: map[string]sound{}, wordLike: map[string]bool{}}
	for _, e := range s.Packs.ForRule("typo.a-an") {
		if _, ok := soundOf[e.ID]; !ok && e.ID != "word-acronyms" {
			return nil, fmt.Errorf("%s: typo.a-an entry %q: the id must be consonant-sound, vowel-sound, either-sound or word-acronyms", e.Source, e.ID)
		}
		for _, w := range e.Words {
			if len(w) < 2 || strings.IndexFunc(w, func(r rune) bool { return !(r < utf8.RuneSelf && unicode.IsLetter(r)) }) >= 0 {
				return nil, fmt.Errorf("%s (%s): %q: want a word's beginning of two ASCII letters or more", e.Source, e.ID, w)
			}
			if e.ID == "word-acronyms" {
				c.wordLike[w] = true
				continue
			}
			lw := strings.ToLower(w)
			c.sound[lw] = soundOf[e.ID]
			c.longest = max(c.longest, len(lw))
			c.initials[lw[0]-'a'] = true
		}
	}
	return c, nil
}

func (aAnCheck) ID() string { return "typo.a-an" }

// notAfterArticle are words that cannot follow an article: before them "a"
// is a letter or a label ("a or b", "points a and b").
var notAfterArticle = map[string]bool{"and": true, "or": true, "of": true, "is": true, "in": true, "on": true, "at": true,
	"as": true, "to": true, "it": true, "if": true, "an": true, "a": true, "are": true, "was": true, "were": true, "by": true,
	"for": true, "from": true, "with": true, "into": true, "onto": true, "our": true, "its": true, "his": true, "her": true,
	"their": true, "your": true, "my": true, "you": true, "he": true, "she": true, "we": true, "they": true, "i": true,
	"am": true, "also": true, "the": true, "be": true, "not": true, "nor": true, "but": true, "so": true, "than": true,
	// French, Spanish, Italian and Portuguese words after their "a" (has, to)
	"un": true, "une": true, "una": true, "uno": true, "et": true, "en": true, "es": true, "est": true, "el": true,
	"al": true, "ao": true, "os": true, "ya": true}

func (c aAnCheck) Check(ctx context.Context, d *document.Document, emit func(Finding)) {
	t := d.Text
	toks := d.Tokens
	for i := 0; i+1 < len(toks); i++ {
		k := toks[i]
		if k.Kind != document.Word || k.End-k.Start > 2 || t[k.Start] != 'a' && t[k.Start] != 'A' {
			continue
		}
		art := t[k.Start:k.End]
		if art != "a" && art != "an" && art != "A" && art != "An" || art[0] == 'A' && !sentenceOpens(t, k.Start) {
			continue // "vitamin A", "Plan A"
		}
		if i > 0 && toks[i-1].End == k.Start {
			continue // glued to what goes before ("(a)", "x.a")
		}
		j := i + 1
		if !onlyHSpace(t[k.End:toks[j].Start]) {
			continue
		}
		if q := t[toks[j].Start:toks[j].End]; toks[j].Kind == document.Punct && strings.Contains("\"“‘'", q) && j+1 < len(toks) && toks[j+1].Start == toks[j].End {
			j++ // an "unbiased" view: the article goes with the quoted word
		}
		next := toks[j]
		if next.Kind != document.Word && next.Kind != document.Number || next.Kind == document.Word && next.Script != document.Latin {
			continue
		}
		w := t[next.Start:next.End]
		if b := w[0]; next.Kind == document.Word && len(w) > 1 && isLowerASCII(b) && isLowerASCII(w[1]) && !c.initials[b-'a'] &&
			(len(art) == 1) != isVowelByte(b) && b != 'h' {
			continue // "a report", "an army": the letter decides, and agrees
		}
		vowel, sure := c.vowelSound(t, next, w)
		an := len(art) == 2
		if !sure || vowel == an {
			continue
		}
		want := "a"
		if vowel {
			want = "an"
		}
		if art[0] == 'A' {
			want = strings.ToUpper(want[:1]) + want[1:]
		}
		end := next.End
		for len(w) == 1 && dottedAbbreviation(t[end:]) {
			end += 2 // the whole of "U.S.", "F.B.I."
		}
		if end > next.End {
			end++
			w = t[next.Start:end]
		}
		span := document.Span{Start: k.Start, End: end}
		why := "begins with a consonant sound"
		if vowel {
			why = "begins with a vowel sound"
		}
		emit(Finding{Rule: "typo.a-an", Category: Typo, Span: span, Confidence: 0.8,
			Message: fmt.Sprintf("%q: write %q; %q %s", t[span.Start:span.End], want+t[k.End:end], w, why),
			Fixes:   []Fix{{Replacement: want + t[k.End:end]}}})
		i = j
	}
}

// vowelSound tells whether the word or number w (the token next) begins
// with a vowel sound, and whether that is sure enough to report.
func (c aAnCheck) vowelSound(t string, next document.Token, w string) (vowel, sure bool) {
	if next.Kind == document.Number {
		return numberVowel(w)
	}
	first, n := utf8.DecodeRuneInString(w)
	if len(w) == 1 && isUpperASCII(w[0]) && dottedAbbreviation(t[next.End:]) {
		return letterNameVowel(first), true // "a U.N. official", "an F.B.I. agent", read by its letters
	}
	if first >= utf8.RuneSelf || len(w) < 2 {
		return false, false // an accented or foreign letter, or a letter alone
	}
	var buf [24]byte // the word's first bytes in lower case, for the lookups: no allocation per article
	lw := buf[:min(len(w), len(buf))]
	lower := true
	for i := range lw {
		lw[i] = w[i]
		if isUpperASCII(w[i]) {
			lw[i] += 'a' - 'A'
		}
	}
	for i := 0; i < len(w) && lower; i++ {
		lower = !isUpperASCII(w[i])
	}
	if len(w) <= len(buf) && notAfterArticle[string(lw)] && (lower || len(w) > 2 && !isUpperASCII(w[1])) {
		return false, false // "a or b", "a un" (but "a ES module")
	}
	if w[n] == '-' || isUpperASCII(w[0]) && isDigitByte(w[1]) {
		return letterNameVowel(first), true // "an X-ray", "a U-turn", "an X509", "an S400"
	}
	if isUpperASCII(w[0]) && isUpperASCII(w[1]) {
		if rest := strings.TrimLeft(t[next.End:], " "); rest != "" && isDigitByte(rest[0]) {
			return false, false // a currency before its amount ("a RMB 4,500 subsidy"): said as the amount
		}
		return c.acronymVowel(w)
	}
	if isLowerASCII(w[0]) && isUpperASCII(w[1]) {
		return letterNameVowel(first), true // "an mRNA vaccine", "an iPhone"
	}
	if lower && (!strings.ContainsAny(w, "aeiou") || strings.ContainsAny(w, "0123456789") ||
		!isVowelByte(lw[0]) && !isVowelByte(lw[1]) && lw[1] != 'y' && !englishOnset[string(lw[:2])]) {
		return false, false // "mph", "sha1", "mbox", "lcov": read by their letters, or as what they stand for
	}
	for l := min(c.longest, len(lw)); l >= 2; l-- {
		if v, ok := c.sound[string(lw[:l])]; ok {
			return v == vowelSound, v != eitherSound
		}
	}
	switch lw[0] {
	case 'a', 'e', 'i', 'o', 'u':
		return true, true
	case 'h':
		return false, false // "an historic", "an herb": usage differs
	}
	return false, true
}

// acronymVowel reads an acronym in capitals by its letters or as a word.
func (c aAnCheck) acronymVowel(w string) (vowel, sure bool) {
	letters := strings.TrimRight(w, "s") // "NGOs"
	if letters == "" {
		letters = w
	}
	first := rune(letters[0])
	if c.wordLike[letters] {
		return strings.ContainsRune("AEIO", first), true
	}
	byLetters := len(letters) <= 2 || !strings.ContainsAny(letters, "AEIOU") ||
		len(letters) >= 2 && !isVowelByte(letters[0]) && !isVowelByte(letters[1]) && !englishOnset[strings.ToLower(letters[:2])]
	switch {
	case byLetters:
		return letterNameVowel(first), true
	case strings.ContainsRune("AEIO", first):
		return true, true // "an OPEC", "an ISIS fighter": a vowel either way
	case strings.ContainsRune("FHLMNRSX", first):
		return false, false // "SUV", "NAFTA": a vowel as a letter, a consonant as a word
	}
	return false, true // "a UAE", "a BBC": a consonant either way
}

// dottedAbbreviation: after a capital letter, rest goes on ".X." (the
// U.S., F.B.I.), so the letter opens an abbreviation read by its letters.
func dottedAbbreviation(rest string) bool {
	return len(rest) >= 3 && rest[0] == '.' && isUpperASCII(rest[1]) && rest[2] == '.'
}

// englishOnset are the two consonants an English word may open with.
var englishOnset = map[string]bool{"bl": true, "br": true, "ch": true, "cl": true, "cr": true, "dr": true, "dw": true,
	"fl": true, "fr": true, "gl": true, "gn": true, "gr": true, "kl": true, "kn": true, "kr": true, "ph": true, "pl": true,
	"pr": true, "ps": true, "sc": true, "sh": true, "sk": true, "sl": true, "sm": true, "sn": true, "sp": true,
	"st": true, "sw": true, "th": true, "tr": true, "tw": true, "wh": true, "wr": true, "rh": true, "sq": true,
	"kh": true, "zh": true, "dh": true, "bh": true, "gh": true, "ts": true, "sr": true, "vl": true, "pt": true, "mn": true}

// letterNameVowel: the letter's name begins with a vowel sound (ef, aitch, em, ex).
func letterNameVowel(r rune) bool { return strings.ContainsRune("AEFHILMNORSXaefhilmnorsx", r) }

// numberVowel: a number said with a vowel first: eight, eighty, 800; eleven
// and eighteen, alone or as hundreds (an 1820s house); not 110 or 1,100.
func numberVowel(w string) (vowel, sure bool) {
	lead := w
	for i := 0; i < len(w); i++ {
		if !isDigitByte(w[i]) {
			lead = w[:i]
			break
		}
	}
	switch {
	case lead == "":
		return false, false
	case lead[0] == '8':
		return true, true
	case strings.HasPrefix(lead, "11") || strings.HasPrefix(lead, "18"):
		return len(lead) == 2 || len(lead) == 4, true
	}
	return false, true
}

// sentenceOpens: the word at i opens a sentence, a line, or a clause after a
// colon ("He said: A apple"), which the shared sentence spans
// (sentenceStart) do not count as a start.
func sentenceOpens(t string, i int) bool {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(t[:i])
		switch {
		case r == '\n':
			return true
		case unicode.IsSpace(r) || strings.ContainsRune("\"“‘'(", r):
			i -= n
		default:
			return strings.ContainsRune(".!?:", r)
		}
	}
	return true
}

func isVowelByte(b byte) bool { return strings.IndexByte("AEIOUaeiou", b) >= 0 }

func isUpperASCII(b byte) bool { return b >= 'A' && b <= 'Z' }

func isLowerASCII(b byte) bool { return b >= 'a' && b <= 'z' }

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }
