package checks

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/document"
)

// foreignPunctCheck finds punctuation, digits and spaces of another writing
// system in English copy, which machine translation and copying from the
// source leave behind: the Arabic comma, semicolon and question mark
// ("army، the"), Arabic-Indic and Persian digits ("٢٠٢٣"), CJK punctuation
// ("said，the", "。", "、", "《Global Times》"), full-width letters, digits
// and spaces ("Ｑ３", "２０２３", "　"), and guillemets and low quotes
// ("«Military Review»", „so"). These characters belong to no script
// of their own (or to Arabic only as digits), so language.foreign-script does
// not see them. Next to letters of the foreign script they are part of a
// foreign span that rule reports, and are left alone here.
type foreignPunctCheck struct{}

func init() {
	Register(Family{ID: "mt.foreign-punctuation", Rules: []RuleInfo{{ID: "mt.foreign-punctuation", Category: MTArtefact, Severity: Warning, Fixable: true,
		Description: "Punctuation, digits or spaces of another writing system in English text: Arabic \"،\" \"؛\" \"؟\" and digits \"٢٠٢٣\", CJK \"，\" \"。\" \"《》\", full-width \"Ｑ３\", guillemets \"«»\"."}},
		New: func(*Setup) (Check, error) { return foreignPunctCheck{}, nil }})
}

func (foreignPunctCheck) ID() string { return "mt.foreign-punctuation" }

// foreignKind names what a character is, for the message; its English
// equivalent and whether writing it is a safe fix come from englishFor.
type foreignKind uint8

const (
	notForeign foreignKind = iota
	arabicPunct
	arabicDigits
	cjkPunct
	cjkBrackets // book-title marks and corner quotes: quotes or italics are the house's call
	fullWidthPunct
	fullWidthAlnum
	ideographicSpace
	foreignQuotes // « » „: which English quotes they become is the editor's call
)

var foreignKindNames = [...]string{"", "Arabic punctuation", "Arabic-Indic digits", "CJK punctuation", "CJK quotation marks",
	"Full-width punctuation", "Full-width letters or digits", "Ideographic space", "Foreign quotation marks"}

// cjkEnglish maps CJK punctuation outside the full-width block.
var cjkEnglish = map[rune]string{'、': ",", '。': ".", '「': "“", '」': "”", '『': "‘", '』': "’", '《': "“", '》': "”",
	'〈': "‘", '〉': "’", '【': "[", '】': "]", '〔': "(", '〕': ")"}

// europeanQuotes are the quotation marks of Russian, French and German
// sources (and of Arabic ones, which borrow the guillemets).
var europeanQuotes = map[rune]string{'«': "“", '»': "”", '‹': "‘", '›': "’", '„': "“"}

// englishFor returns the English for a character of another writing system.
func englishFor(r rune) (string, foreignKind) {
	switch {
	case r == '،' || r == '٬':
		return ",", arabicPunct
	case r == '؛':
		return ";", arabicPunct
	case r == '؟':
		return "?", arabicPunct
	case r == '٪':
		return "%", arabicPunct
	case r == '٫' || r == '۔':
		return ".", arabicPunct
	case r >= '٠' && r <= '٩':
		return string('0' + r - '٠'), arabicDigits
	case r >= '۰' && r <= '۹':
		return string('0' + r - '۰'), arabicDigits
	case r >= 0xFF01 && r <= 0xFF5E: // the full-width forms of ASCII
		if a := r - 0xFEE0; wordRune(a) {
			return string(a), fullWidthAlnum
		}
		return string(r - 0xFEE0), fullWidthPunct
	case r == 0x3000:
		return " ", ideographicSpace
	}
	if s, ok := europeanQuotes[r]; ok {
		return s, foreignQuotes
	}
	if s, ok := cjkEnglish[r]; ok {
		if strings.ContainsAny(s, "“”‘’") {
			return s, cjkBrackets
		}
		return s, cjkPunct
	}
	return "", notForeign
}

// foreignContext is how far, in bytes, the check looks on each side of a run
// for a letter that tells whether the run belongs to foreign text.
const foreignContext = 24

func (foreignPunctCheck) Check(ctx context.Context, d *document.Document, emit func(Finding)) {
	t := d.Text
	guillemets := guillemetLine{t: t, end: -1}
	for i := nextNonASCII(t, 0); i < len(t); i = nextNonASCII(t, i) {
		r, n := utf8.DecodeRuneInString(t[i:])
		eng, kind := englishFor(r)
		if kind == notForeign {
			i += n
			continue
		}
		// The run of such characters, as one finding.
		s, e := i, i+n
		var repl strings.Builder
		repl.WriteString(eng)
		safe := kind != cjkBrackets && kind != foreignQuotes
		for e < len(t) {
			r2, n2 := utf8.DecodeRuneInString(t[e:])
			eng2, kind2 := englishFor(r2)
			if kind2 == notForeign {
				break
			}
			repl.WriteString(eng2)
			safe = safe && kind2 != cjkBrackets && kind2 != foreignQuotes
			e += n2
		}
		i = e
		if foreignNeighbour(t, s, e) {
			continue // part of a foreign span: language.foreign-script's
		}
		if kind == foreignQuotes && e-s == n && guillemets.separator(s, e) {
			continue // "Home » World": a separator, not a quotation mark
		}
		before, _ := utf8.DecodeLastRuneInString(t[:s])
		after, _ := utf8.DecodeRuneInString(t[e:])
		fix := spacedEnglish(repl.String(), s > 0 && wordRune(before), e < len(t) && (unicode.IsLetter(after) || strings.ContainsRune("“‘(\"[", after)))
		if strings.Trim(t[s:e], "\u3000") == "" && (s == 0 || t[s-1] == '\n') {
			fix = "" // a Chinese paragraph indent
		}
		shown := fmt.Sprintf("%q", strings.TrimSpace(fix))
		switch {
		case fix == "":
			shown = "nothing"
		case strings.TrimSpace(fix) == "":
			shown = "a space"
		}
		emit(Finding{Rule: "mt.foreign-punctuation", Category: MTArtefact, Span: document.Span{Start: s, End: e}, Confidence: 0.9,
			Message: fmt.Sprintf("%s %q in English text; write %s", foreignKindNames[kind], t[s:e], shown),
			Fixes:   []Fix{{Replacement: fix, Safe: safe}}})
	}
}

// spacedEnglish adds the spaces full-width punctuation carried in itself:
// after a comma, stop, colon or closing bracket that a letter or an opening
// quote follows (not a digit: "٣٫٥" is 3.5), and before an opening bracket
// that follows a word.
func spacedEnglish(s string, wordBefore, letterAfter bool) string {
	if s == "" {
		return s
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	first, _ := utf8.DecodeRuneInString(s)
	if letterAfter && strings.ContainsRune(",.:;!?)]”’", last) {
		s += " "
	}
	if wordBefore && strings.ContainsRune("([“‘", first) {
		s = " " + s
	}
	return s
}

// foreignNeighbour: the nearest letter before s or after e, within
// foreignContext bytes on the line, is a letter of another script than Latin.
func foreignNeighbour(t string, s, e int) bool {
	for k := s; k > 0 && s-k < foreignContext; {
		r, n := utf8.DecodeLastRuneInString(t[:k])
		if r == '\n' {
			break
		}
		if unicode.IsLetter(r) {
			if !unicode.Is(unicode.Latin, r) {
				return true
			}
			break
		}
		k -= n
	}
	for k := e; k < len(t) && k-e < foreignContext; {
		r, n := utf8.DecodeRuneInString(t[k:])
		if r == '\n' {
			break
		}
		if unicode.IsLetter(r) {
			return !unicode.Is(unicode.Latin, r)
		}
		k += n
	}
	return false
}

func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// guillemetLine answers, for the guillemets of one text, whether each is a
// separator: set apart, with white space or a line edge on both sides, and
// without a partner on its line ("Home » World » Middle East", "Read more »",
// "« Previous"), not a quotation mark. (French sets its quotes apart too,
// "« Non »", but in pairs.) It keeps the bounds of the last line asked about
// and where its first « and last » are, so a line is scanned once however
// many guillemets it holds.
type guillemetLine struct {
	t                    string
	start, end           int // the line's bounds; end < start before the first question
	firstLeft, lastRight int // offsets of its first « and last », -1 if none
}

func (g *guillemetLine) separator(s, e int) bool {
	t := g.t
	edge := func(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }
	if !(s == 0 || edge(t[s-1])) || !(e == len(t) || edge(t[e])) {
		return false
	}
	if s < g.start || s > g.end {
		g.start = strings.LastIndexByte(t[:s], '\n') + 1
		g.end = len(t)
		if k := strings.IndexByte(t[s:], '\n'); k >= 0 {
			g.end = s + k
		}
		line := t[g.start:g.end]
		g.firstLeft, g.lastRight = strings.Index(line, "«"), strings.LastIndex(line, "»")
		if g.firstLeft >= 0 {
			g.firstLeft += g.start
		}
		if g.lastRight >= 0 {
			g.lastRight += g.start
		}
	}
	if t[s:e] == "»" {
		return g.firstLeft < 0 || g.firstLeft > s
	}
	return g.lastRight < e
}
