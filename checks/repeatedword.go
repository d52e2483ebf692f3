package checks

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/document"
	"github.com/copydesk/copydesk/lexicon"
	"github.com/copydesk/copydesk/names"
)

// repeatedWordCheck finds a word or title written twice in a row on one line
// ("the the", "Gen. Gen."), a typical slip of machine translation and of
// editing. Doubles English allows ("had had", "bye bye") come from the
// repetition pack; numbers, names and scientific names ("Gorilla gorilla",
// "Panthera leo leo") are left alone.
type repeatedWordCheck struct {
	allowed map[string]bool // lower-case words that may stand twice
	titles  map[string]bool // lower-case titles that, capitalised, are flagged when doubled
}

func init() {
	Register(Family{ID: "mt.repeated-word", Rules: []RuleInfo{{ID: "mt.repeated-word", Category: MTArtefact, Severity: Warning,
		Description: "The same word or title twice in a row (\"the the\", \"Gen. Gen.\").", Fixable: true}},
		New: newRepeatedWord})
}

func newRepeatedWord(s *Setup) (Check, error) {
	titles := func(id string) bool { return id == "titles" }
	return &repeatedWordCheck{
		allowed: s.packWords("mt.repeated-word", func(id string) bool { return !titles(id) }),
		titles:  s.packWords("mt.repeated-word", titles),
	}, nil
}

func (*repeatedWordCheck) ID() string { return "mt.repeated-word" }

func (c *repeatedWordCheck) Check(ctx context.Context, d *document.Document, emit func(Finding)) {
	t := d.Text
	toks := d.Tokens
	for i := 0; i < len(toks); i++ {
		a := toks[i]
		if a.Kind != document.Word {
			continue
		}
		aEnd := a.End
		dotted := i+1 < len(toks) && toks[i+1].Kind == document.Punct && toks[i+1].Start == a.End && t[a.End] == '.'
		j := i + 1
		if dotted {
			aEnd = toks[i+1].End
			j = i + 2
		}
		// The same spelling, or one of equal length that may differ in case,
		// before the costlier tests (only the Kelvin sign and the long s fold
		// to a letter of another length).
		if j >= len(toks) || toks[j].Kind != document.Word || (toks[j].Word != a.Word && toks[j].Len() != a.Len()) {
			continue
		}
		b := toks[j]
		wa, wb := t[a.Start:a.End], t[b.Start:b.End]
		if b.Word != a.Word && (!strings.EqualFold(wa, wb) || names.IsAcronym(wa) != names.IsAcronym(wb)) || !onlyHSpace(t[aEnd:b.Start]) {
			continue // "at AT&T", "the WHO who": an acronym is another word
		}
		bEnd := b.End
		if dotted {
			if j+1 >= len(toks) || t[toks[j+1].Start:toks[j+1].End] != "." || toks[j+1].Start != b.End {
				continue
			}
			bEnd = toks[j+1].End
		}
		lw := strings.ToLower(wa)
		if c.allowed[lw] {
			continue
		}
		first, _ := utf8.DecodeRuneInString(wa)
		firstB, _ := utf8.DecodeRuneInString(wb)
		capitalised := unicode.IsUpper(first) && unicode.IsUpper(firstB)
		if capitalised && !dotted && !c.titles[lw] && !(names.IsAcronym(wa) && hasLowerOnLine(d, a.Start)) {
			continue // "Sirhan Sirhan", "Duran Duran": names may double; "ISIS ISIS" in a line of prose is a slip
		}
		if !dotted {
			if k, ok := c.scientificName(d, i, j); ok {
				i = k
				continue
			}
		}
		kind := "word"
		if dotted || c.titles[lw] {
			kind = "title"
		}
		keep := t[a.Start:aEnd]
		// A loop ("the the the the", machine translation stuck on a word) is
		// one finding, and its fix leaves one copy.
		times, last := 2, j
		if dotted {
			last = j + 1
		}
		for {
			k := last + 1
			if k >= len(toks) || toks[k].Kind != document.Word || !strings.EqualFold(t[toks[k].Start:toks[k].End], wa) || !onlyHSpace(t[toks[last].End:toks[k].Start]) {
				break
			}
			if dotted {
				if k+1 >= len(toks) || t[toks[k+1].Start:toks[k+1].End] != "." || toks[k+1].Start != toks[k].End {
					break
				}
				k++
			}
			times, last, bEnd = times+1, k, toks[k].End
		}
		msg := fmt.Sprintf("Repeated %s %q", kind, keep)
		if times > 2 {
			msg = fmt.Sprintf("%s %q written %d times in a row", strings.ToUpper(kind[:1])+kind[1:], keep, times)
		}
		emit(Finding{Rule: "mt.repeated-word", Category: MTArtefact, Span: document.Span{Start: a.Start, End: bEnd}, Confidence: 0.95,
			Message: msg, Fixes: []Fix{{Replacement: keep, Safe: true}}})
		i = last
	}
}

// scientificName: the repeat at tokens i and j belongs to a Linnaean name,
// which repeats words by design, and deleting one is no safe fix:
//   - a trinomial, the word three times ("Gorilla gorilla gorilla");
//   - a tautonym, a capitalised genus and the same word in lower case, after
//     a parenthesis ("(Bison bison)") or, when the word is no English word
//     up to englishLevel, after a word, a comma or a full stop ("fox, Vulpes
//     vulpes", "Vulpes vulpes hunts."); an English word repeated so at the start
//     of a sentence or a quotation is a slip ("Talks talks"), and so is "the
//     Syrian syrian army";
//   - an epithet repeated after a capitalised genus ("Panthera leo leo"),
//     the word not common English.
//
// A function word never is. It returns the name's last token, so the check
// goes on after it.
func (c *repeatedWordCheck) scientificName(d *document.Document, i, j int) (int, bool) {
	t, toks := d.Text, d.Tokens
	a, b := toks[i], toks[j]
	wb := t[b.Start:b.End]
	if inLowered(englishFunctionWords, wb) || !startsLower(wb) {
		return 0, false
	}
	// The lexicon is read only here, for the rare repeat that may be a name:
	// a run of mt.* rules alone does not load it.
	lex, err := lexicon.English()
	if err != nil {
		return 0, false
	}
	if !startsLower(t[a.Start:a.End]) {
		// A third time, in lower case: a trinomial.
		if k := j + 1; k < len(toks) && toks[k].Kind == document.Word && toks[k].Word == b.Word && onlyHSpace(t[b.End:toks[k].Start]) {
			return k, true
		}
		lv := lex.LevelLower(strings.ToLower(wb))
		english := lv > 0 && lv <= englishLevel
		if i == 0 {
			return j, !english // "Vulpes vulpes hunts." opening the text
		}
		prev := t[toks[i-1].Start:toks[i-1].End]
		return j, prev == "(" || !english && (toks[i-1].Kind == document.Word || prev == "," || prev == "." || prev == "\n")
	}
	if i > 0 {
		g := toks[i-1]
		lv := lex.LevelFoldASCII(wb)
		common := lv > 0 && lv <= commonLevel
		if g.Kind == document.Word && !startsLower(t[g.Start:g.End]) && onlyHSpace(t[g.End:a.Start]) && !common {
			return j, true
		}
	}
	return 0, false
}

// hasLowerOnLine: the line holding byte at has a lower-case letter, so it is
// prose rather than a line in capitals ("WALLA WALLA", a headline), where
// any doubled word may be a name.
func hasLowerOnLine(d *document.Document, at int) bool {
	for _, r := range d.Slice(d.Lines[d.LineOf(at)]) {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// englishLevel is the SCOWL level up to which a word, in any case, is English rather than Latin.
const englishLevel = 60

// onlyHSpace reports whether s is one or more spaces on one line.
func onlyHSpace(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !isHSpace(r) {
			return false
		}
	}
	return true
}
