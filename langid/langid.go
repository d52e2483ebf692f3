// Package langid names the language of a span of text with lingua-go, loading
// only the models a question needs, once per process. Callers ask about spans
// that cheap tests already marked as foreign: a run of Arabic letters is asked
// only among the languages written in Arabic script; a Latin-script sentence
// only among the configured Latin-script candidates.
package langid

import (
	"sort"
	"strings"
	"sync"

	"github.com/pemistahl/lingua-go"

	"github.com/copydesk/copydesk/document"
)

// Result is the answer for one span.
type Result struct {
	Code       string  // ISO 639-1, "" when unsure
	Name       string  // English name ("Arabic"), or the script's name when unsure ("Arabic-script")
	Confidence float64 // lingua's confidence for the top language, 1 when the script decides alone
}

// scriptLanguages are the candidates for each non-Latin script. A script with
// one candidate needs no model (lingua refuses fewer than two languages anyway).
var scriptLanguages = map[document.Script][]lingua.Language{
	document.Arabic:     {lingua.Arabic, lingua.Persian, lingua.Urdu},
	document.Cyrillic:   {lingua.Russian, lingua.Ukrainian, lingua.Bulgarian, lingua.Serbian, lingua.Macedonian, lingua.Belarusian, lingua.Kazakh, lingua.Mongolian},
	document.Devanagari: {lingua.Hindi, lingua.Marathi},
	document.Hebrew:     {lingua.Hebrew},
	document.Greek:      {lingua.Greek},
	document.Han:        {lingua.Chinese, lingua.Japanese},
	document.Hiragana:   {lingua.Japanese},
	document.Katakana:   {lingua.Japanese},
	document.Hangul:     {lingua.Korean},
	document.Thai:       {lingua.Thai},
	document.Armenian:   {lingua.Armenian},
	document.Georgian:   {lingua.Georgian},
	document.Bengali:    {lingua.Bengali},
	document.Tamil:      {lingua.Tamil},
}

// DefaultLatin are the Latin-script languages most common in web news, asked
// about sentences that fail the English prefilter.
var DefaultLatin = []string{"en", "fr", "de", "es", "pt", "it", "nl", "tr", "id", "ms", "pl", "ro", "sv", "da", "nb",
	"cs", "sk", "hr", "bs", "hu", "fi", "sw", "so", "az", "ca", "sl", "sq", "tl", "vi", "la"}

// Identifier answers questions; it is safe for concurrent use and shares
// detectors between all its users.
type Identifier struct {
	latin []lingua.Language
}

// New makes an identifier whose Latin-script candidates are the ISO 639-1 codes
// given (English is always among them).
func New(latinCodes []string) *Identifier {
	seen := map[lingua.Language]bool{lingua.English: true}
	id := &Identifier{latin: []lingua.Language{lingua.English}}
	for _, c := range latinCodes {
		l := lingua.GetLanguageFromIsoCode639_1(lingua.GetIsoCode639_1FromValue(strings.ToUpper(c)))
		if l != lingua.Unknown && !seen[l] {
			seen[l] = true
			id.latin = append(id.latin, l)
		}
	}
	sort.Slice(id.latin, func(i, j int) bool { return id.latin[i] < id.latin[j] })
	return id
}

// detectors are built once per set of languages, for the whole process:
// lingua keeps decoded models in process-wide maps anyway.
var (
	mu        sync.Mutex
	detectors = map[string]*lazyDetector{}
)

type lazyDetector struct {
	once  sync.Once
	langs []lingua.Language
	d     lingua.LanguageDetector
}

func detectorFor(langs []lingua.Language) lingua.LanguageDetector {
	key := ""
	for _, l := range langs {
		key += l.String() + ","
	}
	mu.Lock()
	ld, ok := detectors[key]
	if !ok {
		ld = &lazyDetector{langs: langs}
		detectors[key] = ld
	}
	mu.Unlock()
	ld.once.Do(func() {
		// Preloading under the Once decodes each model exactly once, even when
		// several workers ask their first question at the same moment.
		ld.d = lingua.NewLanguageDetectorBuilder().FromLanguages(ld.langs...).WithLowAccuracyMode().WithPreloadedLanguageModels().Build()
	})
	return ld.d
}

// Loaded reports how many detectors have been built so far (for tests and benchmarks).
func Loaded() int {
	mu.Lock()
	defer mu.Unlock()
	n := 0
	for _, ld := range detectors {
		if ld.d != nil {
			n++
		}
	}
	return n
}

// Script names the language of text written in a non-Latin script.
func (id *Identifier) Script(s document.Script, text string) Result {
	cands := scriptLanguages[s]
	switch len(cands) {
	case 0:
		return Result{Name: s.String() + "-script", Confidence: 1}
	case 1:
		return Result{Code: strings.ToLower(cands[0].IsoCode639_1().String()), Name: cands[0].String(), Confidence: 1}
	}
	return top(detectorFor(cands), text, s.String()+"-script", 0.5)
}

// Latin names the language of a Latin-script sentence among the candidates.
func (id *Identifier) Latin(text string) Result {
	return top(detectorFor(id.latin), text, "", 0)
}

// closeKin are standard languages so alike that a sentence often cannot tell
// them apart; a near-tie inside one group is named as the pair.
var closeKin = map[lingua.Language]int{
	lingua.Bosnian: 1, lingua.Croatian: 1, lingua.Serbian: 1,
	lingua.Indonesian: 2, lingua.Malay: 2,
	lingua.Bokmal: 3, lingua.Nynorsk: 3, lingua.Danish: 3,
	lingua.Czech: 4, lingua.Slovak: 4,
	lingua.Spanish: 5, lingua.Catalan: 5,
}

// top returns the most confident language when it clearly leads: near-ties can
// flip between runs (lingua sums probabilities in map order), so they count as
// unsure. When the runner-up is close kin of the winner with a real share of the
// confidence ("Bosnian or Croatian"), the pair is the answer: lingua cannot
// tell such standards apart on one sentence, and saying so is more honest.
func top(d lingua.LanguageDetector, text, unsure string, minConf float64) Result {
	vals := d.ComputeLanguageConfidenceValues(text)
	if len(vals) == 0 {
		return Result{Name: unsure}
	}
	first := vals[0]
	if len(vals) > 1 {
		second := vals[1]
		g1, ok1 := closeKin[first.Language()]
		g2, ok2 := closeKin[second.Language()]
		kin := ok1 && ok2 && g1 == g2
		switch {
		case kin && second.Value() >= 0.1:
			// fall through to name the pair below
		case first.Value()-second.Value() < 0.05:
			return Result{Name: unsure, Confidence: first.Value()}
		default:
			goto single
		}
		a, b := first.Language(), second.Language()
		if b < a {
			a, b = b, a // stable order whatever the near-tie said
		}
		return Result{Code: strings.ToLower(a.IsoCode639_1().String()), Name: a.String() + " or " + b.String(),
			Confidence: first.Value() + second.Value()}
	}
single:
	if first.Value() < minConf {
		return Result{Name: unsure, Confidence: first.Value()}
	}
	l := first.Language()
	return Result{Code: strings.ToLower(l.IsoCode639_1().String()), Name: l.String(), Confidence: first.Value()}
}
