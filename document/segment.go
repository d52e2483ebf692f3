package document

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// segment fills lines, paragraphs, tokens, sentences and script runs. It runs once per document.
func (d *Document) segment() {
	d.segmentLines()
	d.segmentText()
}

// segmentLines fills the lines and their start offsets.
func (d *Document) segmentLines() {
	t := d.Text
	n := strings.Count(t, "\n") // vectorised: one allocation each, not a slice grown line by line
	d.Lines = make([]Span, 0, n+1)
	d.lineStarts = make([]int, 1, n+2)
	start := 0
	for {
		k := strings.IndexByte(t[start:], '\n') // vectorised: lines are found at memory speed
		if k < 0 {
			break
		}
		i := start + k
		end := i
		if end > start && t[end-1] == '\r' {
			end--
		}
		d.Lines = append(d.Lines, Span{start, end})
		start = i + 1
		d.lineStarts = append(d.lineStarts, start)
	}
	if start < len(t) || len(d.Lines) == 0 {
		end := len(t)
		if end > start && t[end-1] == '\r' {
			end--
		}
		d.Lines = append(d.Lines, Span{start, end})
	} else {
		// The text ends with a newline: the last line start points past the end; keep it so
		// Position works at len(Text), but there is no line to check there.
		d.Lines = append(d.Lines, Span{start, start})
	}
	if d.BOM > 0 && d.Lines[0].Start < d.BOM {
		d.Lines[0].Start = min(d.BOM, d.Lines[0].End)
	}
}

// segmentText fills paragraphs, tokens, word ids, sentences and script runs
// from the lines.
func (d *Document) segmentText() {
	t := d.Text
	// Paragraphs: maximal runs of non-blank lines.
	pstart := -1
	var pend int
	for _, l := range d.Lines {
		if IsBlank(t[l.Start:l.End]) {
			if pstart >= 0 {
				d.Paragraphs = append(d.Paragraphs, Span{pstart, pend})
				pstart = -1
			}
			continue
		}
		if pstart < 0 {
			pstart = l.Start
		}
		pend = l.End
	}
	if pstart >= 0 {
		d.Paragraphs = append(d.Paragraphs, Span{pstart, pend})
	}

	var sb *segBuffers
	if d.bufs != nil {
		sb = d.bufs.get()
		d.held = sb
	} else {
		sb = &segBuffers{}
	}
	d.Tokens = tokenize(t, d.BOM, reuse(sb.tokens, len(t)/5+1))
	d.Sentences, d.sentToks = sb.sentences[:0], sb.sentToks[:0]
	d.lineToks = lineTokens(d.Lines, d.Tokens, reuse(sb.lineToks, len(d.Lines)))
	d.internWords(sb)
	d.sentences()
	d.scriptRuns()
}

// lineTokens gives each line the range of its tokens (TokensIn's answer),
// in one sweep over lines and tokens together.
func lineTokens(lines []Span, toks []Token, out [][2]int32) [][2]int32 {
	k := 0
	for _, l := range lines {
		for k < len(toks) && toks[k].Start < l.Start {
			k++
		}
		hi := k
		for hi < len(toks) && toks[hi].Start < l.End {
			hi++
		}
		end := hi
		for end > k && toks[end-1].End > l.End {
			end--
		}
		out = append(out, [2]int32{int32(k), int32(end)})
		k = hi
	}
	return out
}

// IsBlank reports whether s holds only white space (no-break spaces included).
func IsBlank(s string) bool {
	for _, r := range s {
		if !isSpace(r) {
			return false
		}
	}
	return true
}

// abbreviations end with a full stop that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "lt": true, "col": true,
	"maj": true, "capt": true, "cpt": true, "sgt": true, "adm": true, "brig": true, "cmdr": true, "gov": true,
	"sen": true, "rep": true, "rev": true, "st": true, "jr": true, "sr": true, "no": true, "vs": true,
	"etc": true, "inc": true, "ltd": true, "co": true, "corp": true, "jan": true, "feb": true, "mar": true,
	"apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true,
	"dec": true, "u.s": true, "u.k": true, "u.n": true, "e.g": true, "i.e": true, "approx": true, "dept": true,
	"pres": true, "sheikh": false, "mt": true, "ft": true, "fig": true, "al": true,
}

// sentences splits each paragraph at sentence-final punctuation followed by a
// capitalised word, a digit or an opening quote, and at line breaks after a line
// that ends a sentence or has no punctuation at its end (headlines, bylines).
func (d *Document) sentences() {
	t := d.Text
	for _, p := range d.Paragraphs {
		lo, hi := d.tokenRange(p)
		toks, base := d.Tokens[lo:hi], int32(lo)
		s, first := p.Start, base
		for i, tk := range toks {
			if i+1 >= len(toks) {
				break
			}
			next := toks[i+1]
			if tk.Kind != Punct && (next.Start == tk.End || next.Start == tk.End+1 && t[tk.End] == ' ') {
				continue // a word or number and the next token on the same line: no boundary
			}
			gap := t[tk.End:next.Start]
			boundary := false
			if tk.Kind == Punct && isTerminal(t[tk.Start:tk.End]) && gap != "" {
				// Skip closing quotes/brackets glued to the terminal mark.
				if startsSentence(t, next) && !IsAbbreviation(t, toks, i) {
					boundary = true
				}
			} else if tk.Kind == Punct && isCloser(t[tk.Start:tk.End]) && gap != "" && i > 0 &&
				toks[i-1].End == tk.Start && toks[i-1].Kind == Punct && isTerminal(t[toks[i-1].Start:toks[i-1].End]) {
				boundary = startsSentence(t, next)
			} else if strings.IndexByte(gap, '\n') >= 0 {
				last := t[tk.Start:tk.End]
				if (tk.Kind != Punct || isTerminal(last) || isCloser(last)) && startsSentence(t, next) {
					boundary = true
				}
			}
			if boundary {
				d.Sentences = append(d.Sentences, Span{s, tk.End})
				d.sentToks = append(d.sentToks, [2]int32{first, base + int32(i) + 1})
				s, first = next.Start, base+int32(i)+1
			}
		}
		if s < p.End {
			d.Sentences = append(d.Sentences, Span{s, p.End})
			d.sentToks = append(d.sentToks, [2]int32{first, base + int32(len(toks))})
		}
	}
}

func isTerminal(s string) bool { return s == "." || s == "!" || s == "?" || s == "…" }
func isCloser(s string) bool {
	return s == "\"" || s == "”" || s == "’" || s == ")" || s == "]" || s == "»" || s == "'"
}

func startsSentence(t string, tk Token) bool {
	r, _ := utf8.DecodeRuneInString(t[tk.Start:])
	switch tk.Kind {
	case Word:
		return unicode.IsUpper(r) || tk.Script != Latin
	case Number:
		return true
	case Punct:
		return r == '"' || r == '“' || r == '‘' || r == '(' || r == '[' || r == '«' || r == '\'' || r == '-' || r == '–' || r == '—' || r == '•'
	}
	return true
}

// IsAbbreviation reports whether the full stop at toks[i] ends an abbreviation or an initial.
func IsAbbreviation(t string, toks []Token, i int) bool {
	if t[toks[i].Start:toks[i].End] != "." || i == 0 {
		return false
	}
	prev := toks[i-1]
	if prev.End != toks[i].Start || prev.Kind != Word {
		return false
	}
	w := t[prev.Start:prev.End]
	if utf8.RuneCountInString(w) == 1 && unicode.IsUpper([]rune(w)[0]) {
		return true // an initial: "J. Smith"
	}
	// "U.S." is tokenised U . S . : look one word further back.
	if i >= 3 && toks[i-2].Kind == Punct && t[toks[i-2].Start:toks[i-2].End] == "." && toks[i-2].Start == prev.Start-1 {
		w = t[toks[i-3].Start:toks[i-3].End] + "." + w
	}
	return abbreviations[strings.ToLower(w)]
}

// scriptRuns groups letters into runs of one script; see ScriptRun. Letters
// live almost only in word tokens, whose letters share one script (the
// tokenizer splits words where the script changes), so a word is handled
// whole; the few letters of other tokens (addresses, "20th") one by one.
func (d *Document) scriptRuns() {
	t := d.Text
	cur := ScriptRun{Script: Common}
	letter := func(sc Script, start, end int) {
		if sc != cur.Script {
			if cur.Script != Common {
				d.Scripts = append(d.Scripts, cur)
			}
			cur = ScriptRun{Span: Span{Start: start}, Script: sc}
		}
		cur.End = end
	}
	for _, tk := range d.Tokens {
		if tk.Kind == Word {
			letter(tk.Script, tk.Start, lastLetterEnd(t, tk.Span))
			continue
		}
		if tk.Kind == Punct && tk.End-tk.Start == 1 {
			continue
		}
		for i := tk.Start; i < tk.End; {
			r, n := utf8.DecodeRuneInString(t[i:tk.End])
			if sc := ScriptOf(r); sc != Common {
				letter(sc, i, i+n)
			}
			i += n
		}
	}
	if cur.Script != Common {
		d.Scripts = append(d.Scripts, cur)
	}
}

// lastLetterEnd is the end of the last letter of a word (a word may end in
// digits or combining marks, which belong to no script).
func lastLetterEnd(t string, s Span) int {
	if c := t[s.End-1]; c < 0x80 && (c|0x20 >= 'a' && c|0x20 <= 'z') {
		return s.End
	}
	for e := s.End; e > s.Start; {
		r, n := utf8.DecodeLastRuneInString(t[s.Start:e])
		if unicode.IsLetter(r) {
			return e
		}
		e -= n
	}
	return s.End
}
