package checks

import (
	"context"
	"fmt"

	"github.com/copydesk/copydesk/document"
)

// repeatedPhraseCheck finds a phrase of several words written twice or more
// in a row with nothing but spaces between the copies ("sitting in the middle
// of the table in the middle of the table"): the loop a greedy translation
// engine falls into, which mt.repeated-word sees only for one word. Copies
// set apart by punctuation are left alone, because lists and emphasis repeat
// phrases that way ("minus 120 degrees, minus 120 degrees, 0 degrees"; "do
// not worry, do not worry"), except a phrase of five words or more written
// three times or more with commas between ("the history of the people who
// lived in the country, the history of the people who lived in the country,
// …"): no speaker repeats that much word for word, and engines do.
type repeatedPhraseCheck struct{}

func init() {
	Register(Family{ID: "mt.repeated-phrase", Rules: []RuleInfo{{ID: "mt.repeated-phrase", Category: MTArtefact, Severity: Warning,
		Description: "A phrase of three words or more repeated straight after itself (\"in the middle of the table in the middle of the table\"), or of five or more three times with commas between: a translation engine's loop."}},
		New: func(*Setup) (Check, error) { return repeatedPhraseCheck{}, nil }})
}

func (repeatedPhraseCheck) ID() string { return "mt.repeated-phrase" }

// Phrases of minPhraseWords to maxPhraseWords words are compared; copies
// set apart by commas need minCommaWords words and minCommaCopies copies.
const (
	minPhraseWords = 3
	maxPhraseWords = 10
	minCommaWords  = 5
	minCommaCopies = 3
)

func (repeatedPhraseCheck) Check(ctx context.Context, d *document.Document, emit func(Finding)) {
	t := d.Text
	toks := d.Tokens
	word := func(i int) string { return t[toks[i].Start:toks[i].End] }
	// spaced: tokens i to j-1 are words with nothing but spaces between them.
	spaced := func(i, j int) bool {
		for k := i; k < j; k++ {
			if toks[k].Kind != document.Word || k > i && !onlyHSpace(t[toks[k-1].End:toks[k].Start]) {
				return false
			}
		}
		return true
	}
	// A loop repeats the spelling of its first word n words on: each word
	// asks where its spelling last stood (and the time before, for a phrase
	// that holds a word twice), which costs one array read a word.
	last := make([][2]int32, d.NumWords()) // 1 + the two latest indexes of each spelling, 0 for none
	done := 0                              // tokens before this are in a reported loop
	for j := 0; j < len(toks); j++ {
		if toks[j].Kind == document.Punct && t[toks[j].Start] == ',' && j >= done {
			if i, words, copies := commaLoop(t, toks, j, done, spaced); copies > 0 && !allFunctionWords(word, i, words) {
				one := t[toks[i].Start:toks[i+words-1].End]
				end := i + (copies-1)*(words+1) + words // after the last copy's words
				emit(Finding{Rule: "mt.repeated-phrase", Category: MTArtefact, Span: document.Span{Start: toks[i].Start, End: toks[end-1].End},
					Confidence: 0.8, Message: fmt.Sprintf("Phrase repeated %s with commas between: %q; keep one", timesWord(copies), clip(one, 60)),
					Fixes: []Fix{{Replacement: one}}})
				done = end
			}
			continue
		}
		if toks[j].Kind != document.Word {
			continue
		}
		id := toks[j].Word
		prev := last[id]
		last[id] = [2]int32{int32(j + 1), prev[0]}
		for _, p1 := range prev {
			i := int(p1) - 1
			n := j - i
			if p1 == 0 || i < done || n < minPhraseWords || n > maxPhraseWords || i+2*n > len(toks) {
				continue
			}
			if !samePhrase(toks, i, j, n) || !spaced(i, i+2*n) || allFunctionWords(word, i, n) {
				continue
			}
			copies := 2
			for i+(copies+1)*n <= len(toks) && samePhrase(toks, i, i+copies*n, n) && spaced(i+copies*n-1, i+(copies+1)*n) {
				copies++
			}
			if copies == 2 && inLowered(englishFunctionWords, word(i+n-1)) {
				continue // "compare the file with the file with the same name": the second copy starts a phrase of its own
			}
			// The finding spans every copy; its suggestion is one of them.
			one := t[toks[i].Start:toks[i+n-1].End]
			emit(Finding{Rule: "mt.repeated-phrase", Category: MTArtefact, Span: document.Span{Start: toks[i].Start, End: toks[i+copies*n-1].End},
				Confidence: 0.8, Message: fmt.Sprintf("Phrase repeated %s: %q; keep one", timesWord(copies), clip(one, 60)),
				Fixes: []Fix{{Replacement: one}}})
			done = i + copies*n
			break
		}
	}
}

// commaLoop: the comma at c ends the first copy of a phrase of
// minCommaWords to maxPhraseWords words, written at least minCommaCopies
// times with a comma and spaces between copies. It returns where the first
// copy starts, its words and the copies (0: none). The phrase is the words
// before the comma, so a word the phrase holds twice does not hide the loop.
func commaLoop(t string, toks []document.Token, c, done int, spaced func(i, j int) bool) (start, words, copies int) {
	comma := func(k int) bool { return k < len(toks) && toks[k].Kind == document.Punct && t[toks[k].Start] == ',' }
	if c+1 >= len(toks) || toks[c+1].Kind != document.Word {
		return 0, 0, 0
	}
	for w := minCommaWords; w <= maxPhraseWords; w++ {
		i := c - w
		// The word after the comma must be the copy's first: one comparison
		// turns away nearly every comma before the costlier tests.
		if i < done || c+w >= len(toks) || toks[i].Word != toks[c+1].Word || toks[i].Kind != document.Word ||
			!spaced(i, c) || toks[i+w-1].End != toks[c].Start {
			continue
		}
		n := 1
		for s := c + 1; s+w <= len(toks) && onlyHSpace(t[toks[s-1].End:toks[s].Start]) && samePhrase(toks, i, s, w) && spaced(s, s+w); s += w + 1 {
			n++
			if !comma(s + w) {
				break
			}
		}
		if n >= minCommaCopies {
			return i, w, n
		}
	}
	return 0, 0, 0
}

// samePhrase: the n words at a and at b are spelled alike.
func samePhrase(toks []document.Token, a, b, n int) bool {
	for k := 0; k < n; k++ {
		if toks[a+k].Word != toks[b+k].Word {
			return false
		}
	}
	return true
}

// allFunctionWords: the phrase has no word of its own ("of the of the"
// repeats nothing a reader would miss, and names such loops poorly).
func allFunctionWords(word func(int) string, i, n int) bool {
	for k := 0; k < n; k++ {
		if !inLowered(englishFunctionWords, word(i+k)) {
			return false
		}
	}
	return true
}

func timesWord(n int) string {
	switch n {
	case 2:
		return "twice"
	case 3:
		return "three times"
	}
	return fmt.Sprintf("%d times", n)
}
