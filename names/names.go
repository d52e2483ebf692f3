// Package names decides whether two spellings name the same person, place or
// organisation: a transliteration-aware key that folds the ways Arabic,
// Persian, Turkish, Kurdish and Russian names are written in Latin letters,
// a string similarity for the final word, and guard rails against the merges
// that would embarrass an editor (Iran/Iraq, Syria/Syrian, Saud/Saudi).
package names

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// articles are the Arabic article and its assimilated forms, written before a
// name with a hyphen or a space ("al-Assad", "ad-Din", "az Zawr").
var articles = map[string]bool{"al": true, "el": true, "ul": true, "ad": true, "ed": true, "as": true, "es": true,
	"ash": true, "at": true, "ath": true, "az": true, "ez": true, "an": true, "ar": true, "er": true, "adh": true, "aš": true}

// particles stand between the parts of a name and carry no identity of their own.
var particles = map[string]bool{"bin": true, "ibn": true, "ben": true, "bint": true, "abu": true, "abd": true, "abdul": true,
	"de": true, "van": true, "von": true, "da": true, "di": true, "la": true, "le": true, "al": true, "el": true}

// Fold lower-cases a spelling and strips accents ("Erdoğan" -> "erdogan").
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 || s[i] == '\'' || s[i] == '`' {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s) // the common case: no accents to strip
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(foreignLetters.Replace(s)) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		switch r {
		case 'ı':
			r = 'i'
		case '’', '\'', 'ʿ', 'ʾ', '`':
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// foreignLetters are written as the English digraphs they stand for, before
// accents are stripped: "Nataša" is "Natasha", not "Natasa"; "Sejrø" is "Sejro".
var foreignLetters = strings.NewReplacer("š", "sh", "Š", "Sh", "č", "ch", "Č", "Ch", "ž", "zh", "Ž", "Zh",
	"ø", "o", "Ø", "O", "æ", "ae", "Æ", "Ae", "ß", "ss", "ł", "l", "Ł", "L", "đ", "d", "Đ", "D", "œ", "oe", "Œ", "Oe")

// Parts splits a name into its words, articles and hyphens removed: "Deir
// ez-Zor" -> [deir zor], "Bashar Al-Assad" -> [bashar assad].
func Parts(name string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(Fold(name), func(r rune) bool { return r == ' ' || r == '-' || r == '_' }) {
		if articles[w] || w == "" {
			continue
		}
		out = append(out, w)
	}
	return out
}

// joinCompounds writes the Arabic compound names one way, whether they come
// as one word or two: "Abd al-Rahman", "Abdul Rahman", "Abdulrahman" and
// "Abdurrahman" are "abdrahman"; "Abd Allah" and "Abdullah" are "abdlah";
// "Abu Bakr", "Abou Bakr", "Abi Bakr" and "Abubakr" are "abubakr". Same
// compares two spellings so when their parts do not pair up as written: a
// spelling that joins a compound and one that does not are one name.
func joinCompounds(parts []string) []string {
	out := parts[:0]
	for i := 0; i < len(parts); i++ {
		w := parts[i]
		next := ""
		if i+1 < len(parts) {
			next = parts[i+1]
		}
		switch {
		case (w == "abd" || abdForms[w]) && next != "":
			w = "abd" + dropArticle(next)
			i++
		case (w == "abu" || w == "abou" || w == "abo" || w == "abi") && next != "":
			w = "abu" + next
			i++
		case len(w) >= 7 && strings.HasPrefix(w, "abd") && strings.IndexByte("aeiou", w[3]) >= 0:
			w = "abd" + joinedRemainder(w[3:])
		case len(w) >= 7 && strings.HasPrefix(w, "abou"):
			w = "abu" + w[4:]
		}
		out = append(out, w)
	}
	return out
}

// dropArticle is the name after "Abd" without the article it may carry
// written on ("allah" -> "lah": Abd Allah is Abdullah).
func dropArticle(w string) string {
	if len(w) > 3 && (strings.HasPrefix(w, "al") || strings.HasPrefix(w, "el")) && w[2] == 'l' {
		return w[2:]
	}
	return w
}

// joinedRemainder is what follows "abd" in a compound written as one word,
// without the article's vowel and consonant: "ulrahman" and "urrahman" (the
// l assimilated to a sun letter) are "rahman", "ullah" is "lah", "elkader"
// is "kader".
func joinedRemainder(w string) string {
	w = w[1:] // the article's vowel
	if len(w) > 2 && w[0] == 'l' && (strings.IndexByte("aeiou", w[1]) < 0 || strings.HasPrefix(w[1:], "ou") && len(w) > 3 && strings.IndexByte("aeio", w[3]) >= 0) {
		return w[1:] // "lrahman", "llah"; "louadoud", the French ou for w
	}
	if len(w) > 2 && w[0] == w[1] && strings.IndexByte("tdrzsnl", w[0]) >= 0 {
		return w[1:] // "rrahman", "ssalam"
	}
	return w
}

// Skeleton is the consonant outline of one word with transliteration choices
// folded: th/s/t/ts, dh/z/d/dz, q/k/g/gh, kh/h, ph/f, sh/sch/ch, w/v, p/b
// (Arabic has no p), j/dj/zh, -ov/-off, doubled letters, and vowels after the
// first letter dropped (a leading vowel counts as one class, so Osman and
// Uthman agree; a v between a vowel and a consonant is a vowel, see
// semivowelV; the w of -awi and the French -aoui is a consonant). Two
// letters of one class that are not the same letter stay two ("Mastri" is
// not "Masiri").
func Skeleton(w string) string { return outline(w, nil) }

// outline is Skeleton; when slots is not nil it also records, for each
// place between consonants, which vowel classes are written there (see
// vowelClass), so two spellings with one skeleton can be compared vowel by
// vowel.
func outline(w string, slots *[]uint8) string {
	w = strings.TrimSuffix(w, "iy")
	for _, suf := range [][2]string{{"off", "ov"}, {"eff", "ev"}, {"iff", "iv"}} {
		if strings.HasSuffix(w, suf[0]) {
			w = w[:len(w)-3] + suf[1]
		}
	}
	var b strings.Builder
	last := byte(0)
	if slots != nil {
		*slots = append((*slots)[:0], 0)
	}
	cur, lastSrc := byte(0), byte(0) // the letter being read, and the one the last class came from
	emit := func(c byte) {
		same := c == last
		if same && (c == 'S' || c == 'D') && cur != lastSrc {
			same = false // "st" is two letters, "ss" and "ck" one
		}
		lastSrc = cur
		if !same {
			b.WriteByte(c)
			last = c
			if slots != nil {
				*slots = append(*slots, 0)
			}
		}
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		cur = c
		next := byte(0)
		if i+1 < len(w) {
			next = w[i+1]
		}
		isVowel := strings.IndexByte("aeiouy", c) >= 0
		switch {
		case i > 0 && w[i-1] == 'a' &&
			(c == 'w' && i+1 < len(w) && (w[i+1] == 'i' || w[i+1] == 'y') ||
				c == 'o' && i+2 < len(w) && w[i+1] == 'u' && (w[i+2] == 'i' || w[i+2] == 'y')):
			emit('W') // the w of the nisba -awi, -aoui: Hindawi is not Hindi, Malawi not Mali
			if c == 'o' {
				i++
			}
		case isVowel || c == 'w' && i > 0 || semivowelV(w, i) || c == 'h' && i > 0 && strings.IndexByte("aeiou", w[i-1]) >= 0 && (next == 0 || strings.IndexByte("aeiou", next) < 0) && !consonantY(w, i+1):
			if i == 0 {
				emit('V')
			} else {
				last = 0 // a vowel separates letters: "ISIS" keeps both s
				if slots != nil {
					class := vowelClass(c)
					if c == 'y' || c == 'w' {
						class |= glide
					}
					if c == 'e' && next == 'e' {
						class = vowelI // English ee is a long i (Saeed, Rasheed), never an a
						i++
					}
					(*slots)[len(*slots)-1] |= class
				}
			}
		case c == 't' && next == 'h', c == 't' && (next == 's' || next == 'z'):
			emit('S') // th; ts and tz are one sound (Stsiapan/Stepan, Kuznetsov)
			i++
		case c == 'd' && next == 'h', c == 'z' && next == 'h', c == 'd' && next == 'z':
			emit('D')
			i++
		case c == 'k' && next == 'h':
			emit('H')
			i++
		case c == 'g' && next == 'h':
			emit('K')
			i++
		case c == 's' && next == 'c' && i+2 < len(w) && w[i+2] == 'h':
			emit('X') // German sch: Schaefer/Shaffer
			i += 2
		case c == 's' && next == 'h':
			emit('X')
			i++
		case c == 'c' && next == 'h':
			emit('X') // French "ch" for Arabic sh (Bouchoucha/Bushusha); Russian ch is rare in news names
			i++
		case c == 'p' && next == 'h':
			emit('F')
			i++
		case c == 'd' && next == 'j':
			emit('J')
			i++
		case c == 'c' && strings.IndexByte("eiy", next) < 0:
			emit('K') // Victor/Viktor, Louca/Luka; "ce", "ci" are soft
		case c == 'x':
			emit('K') // Alexander/Aleksandr
			emit('S')
		case c == 't' || c == 's' || c == 'c':
			emit('S')
		case c == 'd' || c == 'z':
			emit('D')
		case c == 'q' && next == 'u' && i+2 < len(w) && strings.IndexByte("aeio", w[i+2]) >= 0:
			emit('K') // the u of qu before a vowel is no vowel: Aquino/Akeno
			i++
		case c == 'q' || c == 'k' || c == 'g':
			emit('K')
		case c == 'j':
			emit('J')
		case c == 'v' || c == 'w':
			emit('W')
		case c == 'f':
			emit('F')
		case c == 'p':
			emit('B') // Arabic has no p: Pompeo comes back from Arabic as Bombeo, Blount as Plonit
		case c >= 'a' && c <= 'z':
			emit(c - 'a' + 'A')
		}
	}
	return b.String()
}

// consonantY: the letter at i is a y before a vowel, a consonant (the y of
// Yahya, Zakariya): an h before it is a letter, not the silent final h
// after a vowel (Hamzah), so Yahya keeps its h as Yahia does.
func consonantY(w string, i int) bool {
	return i+1 < len(w) && w[i] == 'y' && strings.IndexByte("aeiou", w[i+1]) >= 0
}

// Vowel classes, as Arabic and Persian write their vowels: a (fatha, alif),
// i (kasra, ya) and u (damma, waw). An e is written for both a and i
// (Mohammed, Hussein), a w or an o for u.
const (
	vowelA uint8 = 1 << iota
	vowelI
	vowelU
	glide // a y or w among the vowels, which may be a consonant
)

func vowelClass(c byte) uint8 {
	switch c {
	case 'a':
		return vowelA
	case 'e':
		return vowelA | vowelI
	case 'i', 'y':
		return vowelI
	case 'o', 'u', 'w':
		return vowelU
	}
	return 0
}

// vowelsAgree: two spellings with one skeleton write no place between
// consonants with vowels of different classes, end in a vowel of one class,
// and do not move a vowel from one place to another. "Duran"/"Doron",
// "Raisa"/"Raisi", "Velia"/"Veli" and "Pardy"/"Prady" are two names;
// "Masood"/"Masud" and "Mohammed"/"Muhammad" are one. A place written with
// a vowel in one spelling and none in the other agrees (English spellings
// drop vowels Arabic ones keep), and so does a vowel before an r that ends
// a syllable before another consonant (Kirby/Corby: English r-coloured
// vowels, which machine translation from Chinese and Arabic writes any way);
// before a final r it counts (Bashir is not Bashar).
func vowelsAgree(a, b string) bool {
	var sa, sb []uint8
	skel := outline(a, &sa)
	if skel != outline(b, &sb) || len(sa) != len(sb) {
		return false
	}
	onlyA, onlyB := false, false
	for i := range sa {
		x, y := sa[i], sb[i]
		if i+1 < len(skel) && skel[i] == 'R' && sa[i+1] == 0 && sb[i+1] == 0 {
			continue // an r-coloured vowel: Kirby/Corby
		}
		if i == len(sa)-1 {
			x, y = finalVowel(a), finalVowel(b)
		}
		if x != 0 && y != 0 && (x&y&^glide == 0 || (x|y)&glide == 0 && x&^y != 0 && y&^x != 0) {
			return false
		}
		if i > 0 && i < len(sa)-1 {
			onlyA = onlyA || x != 0 && y == 0
			onlyB = onlyB || y != 0 && x == 0
		}
	}
	return !(onlyA && onlyB)
}

// semivowelV: a v between a vowel and a consonant is the Belarusian and
// Ukrainian short u (Paulichenka/Pavlichenko) and the Persian ow
// (Dovlatabadi/Dowlatabadi/Dolatabadi); Arabic has no v.
func semivowelV(w string, i int) bool {
	return w[i] == 'v' && i > 0 && i+1 < len(w) && strings.IndexByte("aeiou", w[i-1]) >= 0 &&
		strings.IndexByte("aeiouy", w[i+1]) < 0
}

// slavicVowels writes y for a j next to a vowel, not first (Mihajlovich,
// Vojvodina, Dikij, Biljana, Tjurin, Andrejevich, Tschatajev). Only in Slavic
// names: in Arabic ones the j is a consonant (Majdi is not Mahdi, Tourjuman
// is Tourjman).
func slavicVowels(w string) string {
	vowel := func(k int) bool { return k < len(w) && strings.IndexByte("aeiou", w[k]) >= 0 }
	b := []byte(w)
	for i := 1; i < len(w); i++ {
		if w[i] != 'j' || w[i-1] == 'j' || w[i-1] == 'd' || i+1 < len(w) && w[i+1] == 'j' {
			continue
		}
		if vowel(i-1) || vowel(i+1) {
			b[i] = 'y'
		}
	}
	return string(b)
}

// finalVowel is the class of the vowel a word ends in, a final h after a vowel
// not counted. A final e after a consonant or an i is an i or silent, never
// the Arabic final a (written -a, -ah, -eh): Nicola is not Nicole, Daniela
// not Danielle, Jeremie not Jeremiah, while Fatima and Fatemeh stay one name.
func finalVowel(w string) uint8 {
	n := len(w)
	if n >= 2 && w[n-1] == 'h' && vowelClass(w[n-2]) != 0 {
		n--
	}
	if n == 0 {
		return 0
	}
	if n == len(w) && n >= 2 && w[n-1] == 'e' && (vowelClass(w[n-2]) == 0 || w[n-2] == 'i') {
		return vowelI
	}
	return vowelClass(w[n-1])
}

// Key is the outline of a whole name, one skeleton per part.
func Key(name string) string {
	ps := Parts(name)
	for i, p := range ps {
		ps[i] = Skeleton(p)
	}
	return strings.Join(ps, " ")
}

// demonymEndings turn a place into its people or language: Syria/Syrian, Saud/Saudi.
var demonymEndings = []string{"i", "n", "an", "ian", "s", "es", "ese", "ish", "is", "y"}

// neverMerge holds the guard rails: one spelling is the other plus a demonym
// or plural ending, or the two differ in a letter that changes the country.
func neverMerge(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if strings.HasPrefix(b, a) {
		for _, e := range demonymEndings {
			if b == a+e && (a == "" || a[len(a)-1] != e[0]) { // "Herman"/"Hermann" doubles a letter
				return true
			}
		}
	}
	// Syria/Syrian style with a dropped final vowel: "Russia"/"Russian".
	if strings.HasSuffix(a, "a") && strings.HasPrefix(b, a[:len(a)-1]) && strings.HasSuffix(b, "an") && len(b) == len(a)+1 {
		return true
	}
	return false
}

// trimPlural drops an English plural s ("Syrians"), not the last of a double s ("Dreyfuss").
func trimPlural(w string) string {
	if strings.HasSuffix(w, "ss") {
		return w
	}
	return strings.TrimSuffix(w, "s")
}

// Similarity is the Jaro–Winkler similarity of two folded names.
func Similarity(a, b string) float64 {
	return jaroWinkler(strings.Join(Parts(a), " "), strings.Join(Parts(b), " "))
}

// Same reports whether two spellings are variants of one name: the same
// key, similar enough, and no guard rail between them. Spellings that differ
// only in case or in an article are the same name too (ArticleOnly tells).
//
// A name with š, č or ž is compared twice: with the letters read as the
// digraphs they stand for (Nataša / Natasha) and with their accents dropped
// (Vučić / Vucic, Šešelj / Seselj), as English copy often drops them.
func Same(a, b string) bool {
	if hasCaronLetter(a) || hasCaronLetter(b) {
		return same(a, b) || same(dropCarons.Replace(a), dropCarons.Replace(b))
	}
	return same(a, b)
}

// caronLetters are read as digraphs by Fold; dropCarons writes them as the
// bare letters instead.
const caronLetters = "šŠčČžŽ"

var dropCarons = strings.NewReplacer("š", "s", "Š", "S", "č", "c", "Č", "C", "ž", "z", "Ž", "Z")

func hasCaronLetter(s string) bool { return strings.ContainsAny(s, caronLetters) }

func same(a, b string) bool {
	fa, fb := strings.Join(Parts(a), " "), strings.Join(Parts(b), " ")
	if fa == "" || fb == "" {
		return strings.EqualFold(a, b) // only articles ("As", "AT"): no name to compare
	}
	if fa == fb {
		return true
	}
	if neverMerge(fa, fb) || neverMerge(Fold(a), Fold(b)) || neverMerge(trimPlural(fa), trimPlural(fb)) {
		return false
	}
	if IsAcronym(a) != IsAcronym(b) {
		return false // "SAA" is not "Thai"
	}
	if digits(a) != digits(b) {
		return false // "RM4" is not "RM8"
	}
	if IsAcronym(a) {
		// An acronym's letters are its words: "KCNA" is not "CNA", nor "ABI"
		// "API", nor "US" "OS". Only a vowel slipped in a longer one is a typo
		// of it (ISIS / ISUS): no transliteration folds its letters.
		return acronymTypo(acronymCore(a), acronymCore(b))
	}
	pa, pb := Parts(a), Parts(b)
	if len(pa) != len(pb) {
		// A compound written as one word in one spelling and two in the
		// other ("Abdulrahman" / "Abdul Rahman"); else a family name alone,
		// which is not a variant of a full name.
		if pa, pb = joinCompounds(pa), joinCompounds(pb); len(pa) != len(pb) {
			return false
		}
	}
	if len(strings.ReplaceAll(Key(a), " ", "")) < 2 {
		return false // too little of a name to tell two spellings from two names
	}
	// A one-word name is compared vowel by vowel too: it has no other word
	// to confirm it. An acronym's vowels are letters, not sounds (ISIS/ISUS
	// is a typo the check must still see).
	checkVowels := len(pa) == 1 && !IsAcronym(a)
	slavic := isSlavic(pa) && isSlavic(pb)
	total := 0.0
	for i := range pa {
		best := 0.0
		for _, x := range alternatives(pa[i], i, slavic) {
			for _, y := range alternatives(pb[i], i, slavic) {
				// vowelsAgree compares the skeletons itself.
				if sameEnding(x, y) && (checkVowels && vowelsAgree(x, y) || !checkVowels && Skeleton(x) == Skeleton(y)) {
					best = max(best, jaroWinkler(translit(x), translit(y)))
				}
			}
		}
		if best < partMin {
			return false
		}
		total += best
	}
	return total/float64(len(pa)) >= nameMin
}

// alternatives of a name part: itself; "muhammad" for its abbreviation Mohd; "abd" for the forms of "Abd al-"
// written as one word (Abdul, Abdel, Abdur: "Abd al-Hadi" is "Abdul Hadi");
// "th" read as dh, which is how Arabic dhal is often written (Ghathafi /
// Qadhafi); and, for a part after the first, the part without an article
// assimilated to a doubled sun letter ("Deir Ezzor" ~ "Deir ez-Zor") or
// written on to it ("Mohamed Alamin" ~ "Mohamad Al-Amin"); a name's first
// part keeps its letters ("Assad" is not "Sad", "Albert" not "Bert").
//
// In a Slavic name, an h may be the Ukrainian and Belarusian letter for the
// Russian g (Hryhoriy/Grigoriy, Oleh/Oleg, Bohatyrova/Bogatyrova) or the
// Russian kh (slavicKH), a j a vowel (slavicVowels), and a final -ou or -au
// the Belarusian -ov, -av (Barsukou/Barsukov); and the name may be written
// as German writes Russian (germanForm).
func alternatives(w string, index int, slavic bool) []string {
	out := []string{w}
	if slavic {
		if g := slavicG(w); g != w {
			out = append(out, g)
		}
		if sf := slavicForm(w); sf != w {
			out = append(out, sf, slavicG(sf))
		}
		if kh := slavicKH(w); kh != w {
			out = append(out, kh)
		}
		if gf := germanForm(w); gf != w {
			out = append(out, gf)
		}
	}
	if c := canonicalForm(w); c != w {
		out = append(out, c)
	}
	if strings.Contains(w, "th") {
		out = append(out, strings.ReplaceAll(w, "th", "dh"))
	}
	if d, ok := articleDropped(w, index); ok {
		out = append(out, d)
	}
	return out
}

// canonicalForm is "abd" for the one-word forms of "Abd al-" (Abdul, Abdel)
// and "muhammad" for its abbreviations (Mohd, the usual one in Malaysian and
// South Asian names); any other word is itself.
func canonicalForm(w string) string {
	switch {
	case abdForms[w]:
		return "abd"
	case w == "mohd" || w == "muhd" || w == "mhd":
		return "muhammad"
	case len(w) > 6 && w[len(w)-5] != 'l' && strings.HasSuffix(w, "llah") && strings.IndexByte("aeiou", w[len(w)-5]) >= 0:
		// The article's vowel in a name ending in Allah: Nasrallah and
		// Nasrullah, Hezbollah and Hizbullah, Zabihullah.
		return w[:len(w)-5] + "u" + w[len(w)-4:]
	case len(w) > 6 && strings.HasPrefix(w, "abd"):
		// The article's vowel in a name written as one word: Abdallah,
		// Abdellah and Abdullah; Abderrahman and Abdurrahman.
		k := 3
		for k < len(w) && strings.IndexByte("aeiou", w[k]) >= 0 {
			k++
		}
		if k > 3 && k < len(w)-2 {
			return "abdu" + w[k:]
		}
	}
	return w
}

// articleDropped is a part after the first without the article assimilated
// to its doubled sun letter ("Ezzor" -> "zor") or written on to it
// ("Alamin" -> "amin", "Elagha" -> "agha").
func articleDropped(w string, index int) (string, bool) {
	if index > 0 && len(w) >= 5 && strings.IndexByte("aeiu", w[0]) >= 0 && w[1] == w[2] && strings.IndexByte("tdrzsnl", w[1]) >= 0 {
		return w[2:], true
	}
	if index > 0 && len(w) >= 5 && (strings.HasPrefix(w, "al") || strings.HasPrefix(w, "el")) {
		return w[2:], true
	}
	return "", false
}

// slavicForm is w with the Slavic alternatives but h as g at once: j as y,
// a final -ou or -au as -ov, -av.
func slavicForm(w string) string {
	w = slavicVowels(w)
	if n := len(w); n > 3 && (strings.HasSuffix(w, "ou") || strings.HasSuffix(w, "au")) && vowelClass(w[n-3]) == 0 {
		w = w[:n-1] + "v"
	}
	return w
}

// BlockKeys are the keys under which a caller that groups many spellings
// compares them: two spellings that Same may call one name share a key
// (tested on the bench pairs). They are the name's Key; the Key with an
// article assimilated to the next part dropped ("Ezzor" ~ "Zor"); the Key of
// its canonical form (Abd for Abdul and Abdel, Muhammad for Mohd, dh for th;
// in a Slavic name j as y and -ou as -ov); and in a Slavic name that form
// with h as g, the name with h as kh, and that read as German transliteration;
// for a name with š, č or ž, the keys of it with the bare letters as well.
func BlockKeys(name string) []string {
	keys := nameKeys(name, nil)
	if hasCaronLetter(name) {
		keys = nameKeys(dropCarons.Replace(name), keys) // Same compares such names without the carons too
	}
	return keys
}

// nameKeys adds to keys those of a name, its parts as they are and with
// compounds joined.
func nameKeys(name string, keys []string) []string {
	ps := Parts(name)
	keys = blockKeys(ps, keys)
	if joined := joinCompounds(slices.Clone(ps)); !slices.Equal(joined, ps) {
		keys = blockKeys(joined, keys) // Same compares compounds joined when the parts do not pair up
	}
	return keys
}

// blockKeys adds to keys those of a name's parts.
func blockKeys(ps []string, keys []string) []string {
	slavic := isSlavic(ps)
	base := make([]string, len(ps))
	art := make([]string, len(ps))
	canon := make([]string, len(ps))
	hg := make([]string, len(ps))
	kh := make([]string, len(ps))
	de := make([]string, len(ps))
	for i, p := range ps {
		base[i] = Skeleton(p)
		art[i] = base[i]
		if d, ok := articleDropped(p, i); ok {
			art[i] = Skeleton(d)
		}
		c := canonicalForm(p)
		if c == p && slavic {
			c = slavicForm(p)
		}
		canon[i] = Skeleton(strings.ReplaceAll(c, "th", "dh"))
		hg[i], kh[i], de[i] = canon[i], canon[i], canon[i]
		if slavic {
			hg[i] = Skeleton(slavicG(c))
			kh[i] = Skeleton(slavicKH(p))
			de[i] = Skeleton(germanForm(slavicKH(p)))
		}
	}
	for _, k := range []string{strings.Join(base, " "), strings.Join(art, " "), strings.Join(canon, " "), strings.Join(hg, " "), strings.Join(kh, " "), strings.Join(de, " ")} {
		if !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	return keys
}

// slavicSuffixes end Slavic surnames and patronymics, in English and German
// transliteration (-ow, -ew, -itsch).
var slavicSuffixes = []string{"ovich", "evich", "ovych", "evych", "avich", "ovic", "evic", "wicz", "ivna", "ovna", "evna", "enko", "enka",
	"chuk", "yuk", "ov", "ova", "ev", "eva", "sky", "skyi", "skiy", "ski", "ska", "ow", "ew", "itsch"}

// isSlavic: some part of the name (not the first: a given name decides
// nothing) ends as Slavic surnames and patronymics do.
func isSlavic(parts []string) bool {
	if len(parts) == 0 {
		return false
	}
	for _, p := range parts[min(1, len(parts)-1):] {
		for _, s := range slavicSuffixes {
			if strings.HasSuffix(p, s) && len(p) > len(s)+2 {
				return true
			}
		}
	}
	return false
}

// slavicKH writes kh for each h that is a letter of its own: the Russian х,
// which English writes kh and other transliterations h (Khozhakhmedovich /
// Hozhahmedovich, Akhmed / Ahmed Chatayev). Without it an h after a vowel
// would be read as the Arabic silent h.
func slavicKH(w string) string {
	var b strings.Builder
	for i := 0; i < len(w); i++ {
		if ownH(w, i) {
			b.WriteString("kh")
			continue
		}
		b.WriteByte(w[i])
	}
	return b.String()
}

// germanForm reads a Russian name as German writes it: tsch for ch, sch for
// sh, ch for kh, w for v, j for y (Kalaschow/Kalashov, Tschatajev/Chatayev,
// Zachari/Zakhary, Rjauzow/Ryauzov).
func germanForm(w string) string {
	var b strings.Builder
	for i := 0; i < len(w); i++ {
		switch {
		case strings.HasPrefix(w[i:], "tsch"):
			b.WriteString("ch")
			i += 3
		case strings.HasPrefix(w[i:], "sch"):
			b.WriteString("sh")
			i += 2
		case strings.HasPrefix(w[i:], "ch"):
			b.WriteString("kh")
			i++
		case w[i] == 'w':
			b.WriteByte('v')
		case w[i] == 'j':
			b.WriteByte('y')
		default:
			b.WriteByte(w[i])
		}
	}
	return b.String()
}

// slavicG writes g for each h that is a letter of its own.
func slavicG(w string) string {
	b := []byte(w)
	for i := range b {
		if ownH(w, i) {
			b[i] = 'g'
		}
	}
	return string(b)
}

// ownH: w[i] is an h that is a letter of its own, not the second letter of
// kh, sh, ch, zh, th or gh.
func ownH(w string, i int) bool {
	return w[i] == 'h' && (i == 0 || strings.IndexByte("kscztg", w[i-1]) < 0)
}

// abdForms are "Abd al-" ("servant of the") written as one word.
var abdForms = map[string]bool{"abdul": true, "abdel": true, "abdal": true, "abdol": true, "abdoul": true,
	"abdur": true, "abdil": true}

// acronymCore is an acronym without its possessive or plural ending
// ("KMT's", "PRs", "TTYs").
func acronymCore(s string) string {
	s = TrimPossessive(s)
	if n := len(s); n > 2 && s[n-1] == 's' && s[n-2] >= 'A' && s[n-2] <= 'Z' {
		s = s[:n-1]
	}
	return s
}

// acronymTypo: two acronyms of four letters or more that differ in one
// letter, a vowel in both (ISIS / ISUS).
func acronymTypo(a, b string) bool {
	if len(a) != len(b) || len(a) < 4 {
		return false
	}
	diff := 0
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] {
			diff++
			if diff > 1 || strings.IndexByte("AEIOU", a[i]) < 0 || strings.IndexByte("AEIOU", b[i]) < 0 {
				return false
			}
		}
	}
	return diff == 1
}

// IsAcronym: two or more letters, all capitals ("ISIS", "SAA"), a possessive
// or plural ending aside ("KMT's", "PRs").
func IsAcronym(s string) bool {
	s = acronymCore(s)
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return letters >= 2
}

// TrimPossessive removes a possessive ending ("'s", "’s") when something is
// left before it: "KMT's" -> "KMT".
func TrimPossessive(s string) string {
	for _, end := range []string{"'s", "’s"} {
		if strings.HasSuffix(s, end) && len(s) > len(end) {
			return s[:len(s)-len(end)]
		}
	}
	return s
}

// sameEnding: both words are heard to end in a vowel, or both in a
// consonant (Ahmad is not Ahmadi), or one ends in a silent e.
func sameEnding(a, b string) bool {
	return endsInVowel(a) == endsInVowel(b) || silentE(a) || silentE(b)
}

// silentE: a final e after ck, tt, ll or ss is not heard (Piette/Piett,
// Fricke/Fric, Jannicke/Jannik), nor after a vowel and an n: the French
// spelling of Arabic names from the Maghreb (Amine/Amin,
// Tajeddine/Tajideen, Abderrahmane/Abderrahman, Nisrine/Nsrin).
func silentE(w string) bool {
	if n := len(w); n > 4 && strings.HasSuffix(w, "ne") && strings.IndexByte("aeiou", w[n-3]) >= 0 {
		return true
	}
	for _, end := range []string{"cke", "tte", "lle", "sse"} {
		if strings.HasSuffix(w, end) && len(w) > 4 {
			return true
		}
	}
	return false
}

// endsInVowel: a final h after a vowel is the Arabic ta marbuta
// (Hamzah/Hamza, Attiyah/Atiya), a final w after a vowel the English -ow, -ew
// (Harlow/Harlo, Pankow/Pankou); a final "che" is the French spelling of a
// final sh (Tantouche/Tantoush).
func endsInVowel(w string) bool {
	n := len(w)
	if n == 0 || strings.HasSuffix(w, "che") {
		return false
	}
	vowel := func(c byte) bool { return strings.IndexByte("aeiouy", c) >= 0 }
	if (w[n-1] == 'h' || w[n-1] == 'w') && n >= 3 && vowel(w[n-2]) {
		return true // ta marbuta; and English -ow, -ew (Harlow/Harlo, Pankow/Pankou)
	}
	return vowel(w[n-1])
}

// translit folds spelling choices but keeps vowels, for the similarity measure:
// th/s, dh/d, kh/h, gh/g/q/k, ph/f, doubled letters; and vowels by how
// Arabic and Persian vowels are written: o/u/ou/oo as u, e/ee/ai/ay/ei/ey
// as i (Solaimani/Sulemani, Raymi/Remi), a as a.
func translit(w string) string {
	w = translitReplacer.Replace(w)
	var b strings.Builder
	for i := 0; i < len(w); i++ {
		if i > 0 && w[i] == w[i-1] {
			continue
		}
		b.WriteByte(w[i])
	}
	return b.String()
}

var translitReplacer = strings.NewReplacer("th", "s", "dh", "d", "kh", "h", "gh", "k", "ch", "sh", "g", "k", "q", "k",
	"ou", "u", "oo", "u", "o", "u", "ee", "i", "ai", "i", "ay", "i", "ei", "i", "ey", "i", "e", "i",
	"ph", "f", "p", "b", "w", "v", "y", "i", "c", "k")

// VoicedPair finds the first pair of words in which two spellings differ by
// a voiced against a voiceless consonant that the skeleton folds (b/p, g/k/c/q):
// "Perry"/"Berry", "Gary"/"Cary". Transliteration makes such pairs of one
// name (Pompeo/Bombeo, Gaddafi/Qaddafi); English makes them two names, so a
// caller that knows English words can keep two established names apart.
func VoicedPair(a, b string) (x, y string, ok bool) {
	pa, pb := Parts(a), Parts(b)
	if len(pa) != len(pb) {
		return "", "", false
	}
	for i := range pa {
		ca, cb := consonants(pa[i]), consonants(pb[i])
		if len(ca) != len(cb) {
			continue
		}
		for k := range ca {
			if voiced(ca[k], cb[k]) {
				return pa[i], pb[i], true
			}
		}
	}
	return "", "", false
}

// consonants are a word's consonant letters, doubled letters once.
func consonants(w string) []byte {
	var out []byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c < 'a' || c > 'z' || vowelClass(c) != 0 || c == 'h' || len(out) > 0 && out[len(out)-1] == c {
			continue
		}
		out = append(out, c)
	}
	return out
}

func voiced(c, d byte) bool {
	pair := func(x, y byte) bool { return x == 'b' && y == 'p' || x == 'g' && strings.IndexByte("ckq", y) >= 0 }
	return pair(c, d) || pair(d, c)
}

// ArticleOnly reports whether two spellings differ only in case and articles ("Daesh"/"al-Daesh").
func ArticleOnly(a, b string) bool {
	return Fold(a) != Fold(b) && strings.Join(Parts(a), " ") == strings.Join(Parts(b), " ")
}

func jaroWinkler(a, b string) float64 {
	if a == b {
		return 1
	}
	ra, rb := []rune(a), []rune(b)
	la, lb := len(ra), len(rb)
	if la == 0 || lb == 0 {
		return 0
	}
	window := max(la, lb)/2 - 1
	if window < 0 {
		window = 0
	}
	ma := make([]bool, la)
	mb := make([]bool, lb)
	matches := 0
	for i := 0; i < la; i++ {
		lo, hi := max(0, i-window), min(lb, i+window+1)
		for j := lo; j < hi; j++ {
			if !mb[j] && ra[i] == rb[j] {
				ma[i], mb[j] = true, true
				matches++
				break
			}
		}
	}
	if matches == 0 {
		return 0
	}
	t, k := 0, 0
	for i := 0; i < la; i++ {
		if !ma[i] {
			continue
		}
		for !mb[k] {
			k++
		}
		if ra[i] != rb[k] {
			t++
		}
		k++
	}
	m := float64(matches)
	jaro := (m/float64(la) + m/float64(lb) + (m-float64(t)/2)/m) / 3
	prefix := 0
	for i := 0; i < min(4, la, lb) && ra[i] == rb[i]; i++ {
		prefix++
	}
	return jaro + float64(prefix)*0.1*(1-jaro)
}

// partMin is the least similarity of each pair of parts, nameMin of the
// parts on average. Measured on the bench sets (ANETAC and OFAC pairs),
// 0.75 / 0.85 kept more look-alike names apart than 0.75 / 0.8 for little
// recall; see the README's figures.
const partMin, nameMin = 0.75, 0.85

// digits are the digits of a spelling, in order.
func digits(s string) string {
	var b []byte
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			b = append(b, s[i])
		}
	}
	return string(b)
}
