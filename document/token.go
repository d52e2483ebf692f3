package document

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// TokenKind classifies a token.
type TokenKind uint8

const (
	Word    TokenKind = iota // letters, with inner apostrophes and hyphens ("don't", "al-Daesh")
	Number                   // digits with inner separators ("2,500", "10:26", "3.5", "20th")
	Punct                    // one punctuation rune
	Symbol                   // one other rune ("$", "%", "©")
	URL                      // "https://…", "www.…", "twitter.com/…"
	Email                    // "name@example.org"
	Handle                   // "@name"
	Hashtag                  // "#tag"
)

var kindNames = [...]string{"word", "number", "punct", "symbol", "url", "email", "handle", "hashtag"}

func (k TokenKind) String() string { return kindNames[k] }

// Token is one token of the text; its text is Document.Text[Start:End].
type Token struct {
	Span
	Kind   TokenKind
	Script Script // script of the letters of a Word; Common otherwise
	Word   int32  // id of a Word's spelling (see Document.Word); NoWord for other kinds
}

// tlds are the endings that make "name.tld/…" a web address rather than two sentences.
var tlds = map[string]bool{"com": true, "org": true, "net": true, "gov": true, "edu": true, "io": true,
	"co": true, "uk": true, "ru": true, "sy": true, "iq": true, "ir": true, "info": true, "news": true,
	"tv": true, "me": true, "int": true, "mil": true, "eu": true, "de": true, "fr": true, "tr": true, "ly": true}

// tokenize splits text[from:] into tokens. It never allocates per token beyond the slice.
func tokenize(text string, from int, out []Token) []Token {
	i := from
	for i < len(text) {
		c := text[i]
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f' {
			i++
			continue
		}
		var n int
		if c >= 0x80 {
			var r rune
			r, n = utf8.DecodeRuneInString(text[i:])
			if isSpace(r) || (r == utf8.RuneError && n <= 1) {
				i += n
				continue
			}
		}
		// A chunk is a run of non-space runes; web addresses and e-mail
		// addresses are chunk-level. The chunk is tokenised in the same pass
		// that finds its end; the rare chunk that may hold an address ('@' or
		// '/' inside, or a start like "http", "www", "@", "#") is looked at
		// again as a whole, and its tokens replaced if it is one.
		before := len(out)
		var end int
		var addr bool
		out, end, addr = tokenizeChunk(text, i, out)
		if addr || chunkClass[c]&startsAddr != 0 {
			// An address may be set in brackets or quotes: "<https://fsf.org/>",
			// "(name@example.org)". The marks before it keep their tokens.
			lead := 0
			for lead < end-i-1 && addrOpener[text[i+lead]] {
				lead++
			}
			if k, l := specialChunk(text[i+lead : end]); l > 0 {
				out = append(out[:before+lead], Token{Span: Span{i + lead, i + lead + l}, Kind: k})
				i += lead + l
				continue
			}
			// A web address inside the chunk, after a mark: a Markdown link's
			// "](https://…)", "url=https://…". The tokens before it stay.
			if at := innerURL(text[i:end]); at > 0 {
				k := before
				for k < len(out) && out[k].End <= i+at {
					k++
				}
				out = out[:k]
				i += at
				continue // the address is the next chunk
			}
		}
		i = end
	}
	return out
}

// alnumASCII marks the ASCII letters and digits.
var alnumASCII = func() (t [256]bool) {
	for c := 0; c < 0x80; c++ {
		t[c] = isASCIIAlnum(byte(c))
	}
	return
}()

// addrOpener marks the marks an address may be set in: <…>, (…), […], "…", '…'.
var addrOpener = [256]bool{'<': true, '(': true, '[': true, '"': true, '\'': true}

// chunkClass marks the bytes the chunk scan stops or looks at.
var chunkClass = func() (t [256]uint8) {
	for _, c := range " \n\t\r\v\f" {
		t[c] |= asciiSpace
	}
	t['@'] |= inAddr | startsAddr
	t['/'] |= inAddr
	for _, c := range "#hwHW" {
		t[c] |= startsAddr
	}
	return
}()

const (
	asciiSpace = 1 << iota
	inAddr     // '@' or '/' inside a chunk: maybe an e-mail or web address
	startsAddr // a handle, a tag, "http…" or "www…" may start with it
)

// specialChunk recognises a URL, e-mail address, @handle or #tag at the start
// of a chunk and returns its kind and length (trailing punctuation excluded).
func specialChunk(c string) (TokenKind, int) {
	if c == "" {
		return 0, 0
	}
	if c[0] == '@' || c[0] == '#' {
		l := 1
		for l < len(c) && (isASCIIAlnum(c[l]) || c[l] == '_') {
			l++
		}
		if l > 1 && (l == len(c) || !isWordByte(c[l])) && isASCIILetter(c[1]) {
			if c[0] == '@' {
				return Handle, l
			}
			return Hashtag, l
		}
		return 0, 0
	}
	if !isASCIIAlnum(c[0]) {
		return 0, 0
	}
	if strings.HasPrefix(c, "http://") || strings.HasPrefix(c, "https://") || strings.HasPrefix(c, "www.") {
		return URL, trimTrailingPunct(c)
	}
	if at := strings.IndexByte(c, '@'); at > 0 {
		l := trimTrailingPunct(c)
		dot := strings.LastIndexByte(c[:l], '.')
		if dot > at+1 && dot < l-2 && asciiNoSpace(c[:l]) {
			return Email, l
		}
	}
	// name.tld/path
	if slash := strings.IndexByte(c, '/'); slash > 0 {
		host := c[:slash]
		if dot := strings.LastIndexByte(host, '.'); dot > 0 && tlds[strings.ToLower(host[dot+1:])] && asciiNoSpace(host) {
			return URL, trimTrailingPunct(c)
		}
	}
	return 0, 0
}

// innerURL is the offset in chunk c of a web address ("https://…", "www.…")
// that starts after a mark inside it, or 0; not after a hyphen or an
// apostrophe, which join it to the word before ("persistent-https://").
func innerURL(c string) int {
	for _, p := range [...]string{"https://", "http://", "www."} {
		if k := strings.Index(c, p); k > 0 && !isASCIIAlnum(c[k-1]) && c[k-1] != '-' && c[k-1] != '\'' {
			return k
		}
	}
	return 0
}

func asciiNoSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 || s[i] <= ' ' {
			return false
		}
	}
	return true
}

func trimTrailingPunct(c string) int {
	l := len(c)
	for l > 0 && strings.IndexByte(".,;:!?)]}>\"'", c[l-1]) >= 0 {
		l--
	}
	return l
}

func isASCIILetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }
func isASCIIAlnum(b byte) bool  { return isASCIILetter(b) || b >= '0' && b <= '9' }
func isWordByte(b byte) bool    { return isASCIIAlnum(b) || b >= 0x80 }

// tokenizeChunk splits the chunk at i (up to the next space or invalid
// byte) into words, numbers and punctuation; it returns the chunk's end and
// whether the chunk holds an '@' or a '/' (maybe an address).
func tokenizeChunk(text string, i int, out []Token) ([]Token, int, bool) {
	end := len(text)
	addr := false
	for i < end {
		c := text[i]
		if c < 0x80 {
			switch {
			case isASCIILetter(c):
				j, sc := scanWord(text, i, end)
				out = append(out, Token{Span: Span{i, j}, Kind: Word, Script: sc})
				i = j
			case c >= '0' && c <= '9':
				j := scanNumber(text, i, end)
				out = append(out, Token{Span: Span{i, j}, Kind: Number})
				i = j
			case chunkClass[c]&asciiSpace != 0:
				return out, i, addr
			case asciiPunct[c]:
				addr = addr || chunkClass[c]&inAddr != 0
				out = append(out, Token{Span: Span{i, i + 1}, Kind: Punct})
				i++
			default:
				out = append(out, Token{Span: Span{i, i + 1}, Kind: Symbol})
				i++
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case r == utf8.RuneError && n <= 1, isSpace(r):
			return out, i, addr
		case unicode.IsLetter(r):
			j, sc := scanWord(text, i, end)
			out = append(out, Token{Span: Span{i, j}, Kind: Word, Script: sc})
			i = j
		case unicode.IsDigit(r):
			j := scanNumber(text, i, end)
			out = append(out, Token{Span: Span{i, j}, Kind: Number})
			i = j
		case unicode.IsPunct(r):
			out = append(out, Token{Span: Span{i, i + n}, Kind: Punct})
			i += n
		default:
			out = append(out, Token{Span: Span{i, i + n}, Kind: Symbol})
			i += n
		}
	}
	return out, i, addr
}

// asciiPunct marks the ASCII characters unicode.IsPunct accepts.
var asciiPunct = func() (t [128]bool) {
	for c := 0; c < 128; c++ {
		t[c] = unicode.IsPunct(rune(c))
	}
	return
}()

// isInnerJoiner reports whether r may join two parts of one word: apostrophes and hyphens.
func isInnerJoiner(r rune) bool {
	return r == '\'' || r == '’' || r == '-' || r == '‑'
}

// scanWord reads a word starting at a letter: letters and marks of one script,
// digits, and apostrophes or hyphens that stand between two such characters.
func scanWord(text string, i, end int) (int, Script) {
	sc, j := Latin, i+1 // an ASCII letter: the common case
	if text[i] >= utf8.RuneSelf {
		r, n := utf8.DecodeRuneInString(text[i:end])
		sc, j = ScriptOf(r), i+n
	}
	for j < end {
		if sc == Latin { // the common case: ASCII letters and digits in a tight loop
			for j < end && alnumASCII[text[j]] {
				j++
			}
			if j == end {
				break
			}
		}
		c := text[j]
		if c < 0x80 {
			if isASCIILetter(c) {
				if sc != Latin {
					return j, sc
				}
				j++
				continue
			}
			if c >= '0' && c <= '9' {
				j++
				continue
			}
			if c != '\'' && c != '-' {
				return j, sc
			}
		}
		r, n := utf8.DecodeRuneInString(text[j:end])
		switch {
		case unicode.IsLetter(r):
			if s := ScriptOf(r); s != sc {
				return j, sc
			}
			j += n
		case unicode.IsMark(r) || unicode.IsDigit(r):
			j += n
		case isInnerJoiner(r):
			r2, _ := utf8.DecodeRuneInString(text[j+n : end])
			if j+n < end && unicode.IsLetter(r2) && ScriptOf(r2) == sc || (r == '-' && j+n < end && unicode.IsDigit(r2)) {
				j += n
				continue
			}
			return j, sc
		default:
			return j, sc
		}
	}
	return j, sc
}

// scanNumber reads digits with inner separators and a letter suffix ("20th", "1990s").
func scanNumber(text string, i, end int) int {
	j := i
	for j < end {
		r, n := utf8.DecodeRuneInString(text[j:end])
		if unicode.IsDigit(r) {
			j += n
			continue
		}
		if (r == ',' || r == '.' || r == ':') && j+n < end && text[j+n] >= '0' && text[j+n] <= '9' {
			j += n
			continue
		}
		break
	}
	for j < end && isASCIILetter(text[j]) {
		j++
	}
	return j
}

// isSpace reports whether r separates tokens: Unicode white space, including
// the no-break space, and the zero-width space.
func isSpace(r rune) bool {
	if r < 0x80 {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f'
	}
	return unicode.IsSpace(r) || r == '\u200B' || r == '\uFEFF'
}

// IsSpace is isSpace for checks: the runes that separate tokens.
func IsSpace(r rune) bool { return isSpace(r) }
