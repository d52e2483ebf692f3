package document

import "unicode"

// Script is the writing system of a letter. Only scripts that matter to an
// English-copy linter get their own value; the rest are Other.
type Script uint8

const (
	Common Script = iota // digits, punctuation, spaces, symbols: no script of their own
	Latin
	Arabic
	Cyrillic
	Greek
	Hebrew
	Han
	Hiragana
	Katakana
	Hangul
	Devanagari
	Bengali
	Thai
	Armenian
	Georgian
	Ethiopic
	Tamil
	OtherScript
)

var scriptNames = [...]string{"Common", "Latin", "Arabic", "Cyrillic", "Greek", "Hebrew", "Han", "Hiragana",
	"Katakana", "Hangul", "Devanagari", "Bengali", "Thai", "Armenian", "Georgian", "Ethiopic", "Tamil", "Other"}

func (s Script) String() string {
	if int(s) < len(scriptNames) {
		return scriptNames[s]
	}
	return "Other"
}

var scriptTables = []struct {
	s Script
	t *unicode.RangeTable
}{
	{Latin, unicode.Latin}, {Arabic, unicode.Arabic}, {Cyrillic, unicode.Cyrillic}, {Greek, unicode.Greek},
	{Hebrew, unicode.Hebrew}, {Han, unicode.Han}, {Hiragana, unicode.Hiragana}, {Katakana, unicode.Katakana},
	{Hangul, unicode.Hangul}, {Devanagari, unicode.Devanagari}, {Bengali, unicode.Bengali}, {Thai, unicode.Thai},
	{Armenian, unicode.Armenian}, {Georgian, unicode.Georgian}, {Ethiopic, unicode.Ethiopic}, {Tamil, unicode.Tamil},
}

// ScriptOf returns the script of r; non-letters (and marks) are Common.
func ScriptOf(r rune) Script {
	if r < 0x80 {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
			return Latin
		}
		return Common
	}
	if !unicode.IsLetter(r) {
		return Common
	}
	if r < 0x250 { // Latin-1 supplement and Latin Extended-A/B letters
		return Latin
	}
	for _, st := range scriptTables {
		if unicode.Is(st.t, r) {
			return st.s
		}
	}
	return OtherScript
}

// ScriptRun is a stretch of text whose letters all belong to one script. It
// starts at its first letter and ends after its last; spaces, digits and
// punctuation between two letters of the same script belong to the run.
type ScriptRun struct {
	Span
	Script Script
}
