package checks

import (
	"context"
	"fmt"
	"hash/maphash"
	"maps"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/copydesk/copydesk/document"
	"github.com/copydesk/copydesk/names"
	"github.com/copydesk/copydesk/rules"
)

// namesCheck finds one entity spelled two ways: within a document at once,
// and across all documents of a run in Finish. Mentions are capitalised token
// runs (titles stripped, common English words left out); two spellings are one
// name when names.Same says so or the gazetteer lists both. The preferred
// spelling is the gazetteer's canonical, else the most frequent one; when two
// spellings are equally frequent, each is reported with the other.
type namesCheck struct {
	gaz           map[string]*rules.Entry // folded spelling -> gazetteer entity
	variantOf     map[string]bool         // folded spelling is a listed variant (not canonical, not alias)
	aliasOf       map[string]bool         // folded spelling is an alias
	oneNameAlias  map[string]bool         // folded spelling is an alias of a one-name entity (Kiev): reported beside its canonical
	reportAliases bool
	houseStyle    bool // a gazetteer variant is a finding even when no other spelling occurs
	noCorpus      bool // streaming runs keep no mentions: memory stays flat, names are compared within documents only
	facts         *sharedFacts

	mu       sync.Mutex
	batches  [][]mention                // every mention of the run, one batch per document (or section), for Finish
	run      *entities                  // the run's spellings grouped into entities as documents are checked
	reported map[string]map[string]bool // doc path -> forms already reported within the document

	infos    *[formInfoSlots]atomic.Pointer[formInfo] // per spelling, folded form and block keys; see info
	infoSeed maphash.Seed
	scratch  sync.Pool // *namesScratch, one per worker at a time
}

type mention struct {
	base int // offset of the section of a large file the mention was found in (0 otherwise)
	path string
	form string
	span document.Span
	pos  document.Position
	num  int32 // the spelling's number among the entities it is grouped with (see entities)
}

func init() {
	Register(Family{ID: "names", Rules: []RuleInfo{
		{ID: "names.variant", Category: NameVariant, Severity: Warning, Fixable: true,
			Description: "One name spelled two ways in a document or across a run (\"Osman Al-Ghanmi\" / \"Othman al-Ghanemi\", \"ISIS\" / \"ISUS\")."},
		{ID: "names.alias", Category: NameVariant, Severity: Info, Fixable: true,
			Description: "An entity called by another of its names (ISIL for ISIS) where the house style wants one; only with report-aliases."},
	}, New: newNames})
}

func newNames(s *Setup) (Check, error) {
	facts, err := s.spellingCache()
	if err != nil {
		return nil, err
	}
	c := &namesCheck{facts: facts, gaz: map[string]*rules.Entry{}, variantOf: map[string]bool{}, aliasOf: map[string]bool{}, oneNameAlias: map[string]bool{},
		reportAliases: s.Config.ReportAliases, houseStyle: s.Config.HouseStyle, reported: map[string]map[string]bool{},
		infos: new([formInfoSlots]atomic.Pointer[formInfo]), infoSeed: maphash.MakeSeed()}
	for _, e := range s.Packs.ForRule("names.alias") {
		c.gaz[names.Fold(e.Canonical)] = e
		for _, v := range e.Variants {
			c.gaz[names.Fold(v)] = e
			c.variantOf[names.Fold(v)] = true
		}
		for _, a := range e.Aliases {
			c.gaz[names.Fold(a)] = e
			c.aliasOf[names.Fold(a)] = true
			c.oneNameAlias[names.Fold(a)] = e.OneName
		}
	}
	return c, nil
}

func (*namesCheck) ID() string { return "names" }

// formInfo is what the check needs to know about a spelling, computed once.
type formInfo struct {
	form string
	fold string
	keys []uint64 // hashes of its blockKeys: two spellings are compared when they share one
}

// formInfoSlots is the size of the spelling cache: 64K slots, 512 KB.
const formInfoSlots = 1 << 16

// info is a spelling's formInfo, from a direct-mapped cache that every
// worker reads and writes without a lock: one hash, one load and one string
// comparison, where a sync.Map cost a hash and a walk of its trie (3% of a
// run). A slot holds the last spelling that hashed to it, so the cache's
// memory is bounded however many spellings a run meets.
func (c *namesCheck) info(form string) *formInfo {
	slot := &c.infos[maphash.String(c.infoSeed, form)&(formInfoSlots-1)]
	if fi := slot.Load(); fi != nil && fi.form == form {
		return fi
	}
	// A clone: a streamed document's spellings are substrings of its text.
	fi := &formInfo{form: strings.Clone(form), fold: names.Fold(form)}
	for _, k := range names.BlockKeys(form) {
		// Two keys that hash alike only make two spellings compared that
		// need not be: names.Same still decides.
		fi.keys = append(fi.keys, maphash.String(c.infoSeed, k))
	}
	slot.Store(fi)
	return fi
}

// folded is names.Fold through the cache.
func (c *namesCheck) folded(form string) string { return c.info(form).fold }

// nameTitles are stripped from mentions: "Gen. Othman", "President Assad".
var nameTitles = map[string]bool{"gen": true, "general": true, "president": true, "minister": true, "sheikh": true,
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "col": true, "colonel": true, "lt": true, "maj": true,
	"major": true, "capt": true, "captain": true, "sgt": true, "adm": true, "admiral": true, "king": true, "prince": true,
	"emir": true, "sultan": true, "ayatollah": true, "imam": true, "sen": true, "senator": true, "gov": true,
	"governor": true, "mayor": true, "judge": true, "brig": true, "marshal": true, "commander": true, "chief": true,
	"staff": true, "army": true, "secretary": true, "spokesman": true, "spokeswoman": true, "sayyed": true, "sayyid": true,
	"haji": true, "hajj": true, "mullah": true, "lieutenant": true, "sergeant": true, "field": true, "premier": true}

var nameParticlesLower = map[string]bool{"al": true, "el": true, "bin": true, "ibn": true, "abu": true, "abd": true,
	"bint": true, "de": true, "van": true, "von": true, "da": true, "ez": true, "az": true, "ad": true, "as": true}

// extract appends the name mentions of a document to out.
func (c *namesCheck) extract(d *document.Document, out []mention) []mention {
	d.Expand() // a large file loaded for `copydesk names` is segmented whole
	t := d.Text
	f := spellingsOf(d, c.facts)
	for k, s := range d.Sentences {
		toks := d.SentenceTokens(k)
		for i := 0; i < len(toks); {
			if !c.nameToken(f, t, toks, i, s.Start) {
				i++
				continue
			}
			j := i + 1
			for j < len(toks) && onlyHSpace(t[toks[j-1].End:toks[j].Start]) &&
				(c.nameToken(f, t, toks, j, s.Start) || particleBetween(t, toks, j)) {
				j++
			}
			c.addMention(d, f, toks[i:j], &out)
			i = j
		}
	}
	// Positions in one forward sweep: mentions come in text order.
	offs := make([]int, len(out))
	for i := range out {
		offs[i] = out[i].span.Start
	}
	for i, p := range d.Positions(offs) {
		out[i].pos = p
	}
	return out
}

func particleBetween(t string, toks []document.Token, j int) bool {
	return toks[j].Kind == document.Word && nameParticlesLower[t[toks[j].Start:toks[j].End]] &&
		j+1 < len(toks) && toks[j+1].Kind == document.Word && startsUpper(t[toks[j+1].Start:toks[j+1].End])
}

// nameToken: a capitalised Latin word or an acronym, not a sentence-initial
// common word, or an article glued to a capitalised name ("al-Ghanemi"). All
// but the sentence start is a fact of the spelling, worked out once a run.
func (c *namesCheck) nameToken(f *spellings, t string, toks []document.Token, i int, sentStart int) bool {
	tk := toks[i]
	if tk.Kind != document.Word || tk.Script != document.Latin {
		return false
	}
	fb := f.facts(tk.Word)
	if fb&factUpper == 0 {
		return fb&factParticleName != 0
	}
	w := t[tk.Start:tk.End]
	if tk.Start == sentStart && fb&factCommon != 0 && !names.IsAcronym(w) {
		return false // "The", "Both": a capital for the sentence, not a name
	}
	if len(w) <= 3 && englishArticleLike[w] {
		// Nor, anywhere, an English word that looks like an Arabic article
		// ("An ASCII table", "As CCM does" in a heading, where a name would
		// take it as an-, as-): the article written as a word of its own is
		// Al or El.
		return false
	}
	return true
}

// englishArticleLike are English words spelled as forms of the Arabic article.
var englishArticleLike = map[string]bool{"An": true, "As": true, "At": true}

// identifierLike: a word with a digit, a capital inside after two
// lower-case letters ("Int64", "IntFlag", "AbortSignal") or two capitals
// inside after lower-case letters ("KySkU") is a name from code or a
// garbled byte run, not a person's or a place's: spelling rules for names
// join IntFlag and UintFlag. A name's own inner capital stays a name: one
// letter before it (McDonald, DeSantis, LeBron) or Mac, Van, Von and Fitz
// (MacArthur); after a hyphen or an apostrophe it starts a part (al-Assad,
// O'Neill).
func identifierLike(w string) bool {
	run, inner := 0, 0 // lower-case letters just before; capitals after one
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= '0' && c <= '9':
			return true
		case c >= 'a' && c <= 'z':
			run++
		case c >= 'A' && c <= 'Z':
			if run > 0 {
				if inner++; inner > 1 || run >= 2 && !(run == i-1 && namePrefixes[w[:i]]) {
					return true
				}
			}
			run = 0
		default:
			run = 0
		}
	}
	return false
}

// namePrefixes carry a capital after them in names (MacArthur, VanDyke, FitzGerald).
var namePrefixes = map[string]bool{"Mac": true, "Van": true, "Von": true, "Fitz": true}

// particleName: w is a lower-case article glued to a capitalised name ("al-Ghanemi").
func particleName(w string) bool {
	if startsUpper(w) {
		return false
	}
	if i := particleHyphen(w); i > 0 && nameParticlesLower[w[:i]] && i+1 < len(w) {
		r2, _ := utf8.DecodeRuneInString(w[i+1:])
		return unicode.IsUpper(r2)
	}
	return false
}

// particleHyphen is the index of a hyphen among the first five bytes of w
// (after a particle: "al-", "bint-"), or -1.
func particleHyphen(w string) int {
	for i := 1; i < len(w) && i <= 4; i++ {
		if w[i] == '-' {
			return i
		}
	}
	return -1
}

// addMention strips titles and keeps the run if it looks like a proper name.
func (c *namesCheck) addMention(d *document.Document, f *spellings, toks []document.Token, out *[]mention) {
	t := d.Text
	// Keep what follows the last title word: "Army Chief of Staff Gen. Othman" -> "Othman …".
	start := 0
	for k, tk := range toks {
		if f.isTitle(tk.Word) {
			start = k + 1
		}
	}
	toks = toks[start:]
	for len(toks) > 0 && nameParticlesLower[t[toks[len(toks)-1].Start:toks[len(toks)-1].End]] {
		toks = toks[:len(toks)-1]
	}
	if len(toks) == 0 || len(toks) > 5 {
		return
	}
	span := document.Span{Start: toks[0].Start, End: toks[len(toks)-1].End}
	// A possessive is not part of the name: "Macau's" is Macau, and a fix of
	// "Macao's" keeps its 's.
	last := t[toks[len(toks)-1].Start:span.End]
	span.End -= len(last) - len(names.TrimPossessive(last))
	form := d.Slice(span)
	for k := 1; k < len(toks); k++ {
		if toks[k].Start-toks[k-1].End > 1 || toks[k].Start > toks[k-1].End && t[toks[k-1].End] != ' ' {
			form = strings.Join(strings.Fields(form), " ") // "Bashar  al-Assad", a tab, a no-break space
			break
		}
	} // else a substring of the text; Check keeps a copy for the corpus pass
	if hasCombiningAccent(form) {
		// A decomposed accent is one spelling with its composed twin, not a
		// variant of it: format.decomposed-accent reports the bytes.
		form = norm.NFC.String(form)
	}
	if utf8.RuneCountInString(form) < 2 {
		return
	}
	// Runs of common English words ("Security Council", "Leave") are not names to compare,
	// nor runs with a word from code (identifierLike; checked here, once a mention, not
	// once a capitalised word).
	common := true
	for _, tk := range toks {
		if identifierLike(t[tk.Start:tk.End]) {
			return
		}
	}
	for _, tk := range toks {
		w := t[tk.Start:tk.End]
		if names.IsAcronym(w) && len(w) >= 2 {
			common = false
			break
		}
		if !f.isCommon(tk.Word) {
			common = false
			break
		}
	}
	if common && !c.inGazetteer(f, toks, form) {
		return
	}
	*out = append(*out, mention{path: d.Path, form: form, span: span})
}

// inGazetteer: the gazetteer lists the mention form (made of toks). The
// answer for a one-word mention is a fact of its spelling, kept for the run:
// capitalised common words ("Party", "Council") are met in every document.
func (c *namesCheck) inGazetteer(f *spellings, toks []document.Token, form string) bool {
	if len(toks) != 1 {
		return c.gaz[c.folded(form)] != nil
	}
	id := toks[0].Word
	if b := f.known(id); b&gazKnown != 0 {
		return b&gazYes != 0
	}
	bits := uint16(gazKnown)
	if c.gaz[c.folded(form)] != nil {
		bits |= gazYes
	}
	f.learn(id, bits)
	return bits&gazYes != 0
}

// entities groups spellings into entities one spelling at a time: a new
// spelling is compared (names.Same) with the spellings that share a block
// key with it, and joined to the gazetteer's entity if the gazetteer lists
// it. The grouping is the connected components of those links, so it does
// not depend on the order spellings come in. Documents add their spellings
// as they are checked, in parallel, and the corpus pass only reads the
// result: clustering the run's spellings at the end had been a serial
// tenth of a two-core run.
type entities struct {
	index  map[string]int32 // spelling -> its number
	forms  []string
	parent []int32 // union-find
	blocks map[uint64][]int32
	gazIdx map[*rules.Entry]int32
}

func newEntities() *entities {
	return &entities{index: map[string]int32{}, blocks: map[uint64][]int32{}, gazIdx: map[*rules.Entry]int32{}}
}

// reset empties es for another document, keeping its memory: the blocks of
// the keys met so far keep their slices, up to scratchMax keys.
func (es *entities) reset() {
	clear(es.index)
	clear(es.forms) // no spelling kept alive
	es.forms, es.parent = es.forms[:0], es.parent[:0]
	if len(es.blocks) > scratchMax {
		es.blocks = map[uint64][]int32{}
	}
	for k, b := range es.blocks {
		es.blocks[k] = b[:0]
	}
	clear(es.gazIdx)
}

// add returns the number of a spelling, placing it among the entities if it is new.
func (es *entities) add(c *namesCheck, form string) int32 {
	if i, ok := es.index[form]; ok {
		return i
	}
	i := int32(len(es.forms))
	es.index[form] = i
	es.forms = append(es.forms, form)
	es.parent = append(es.parent, i)
	fi := c.info(form)
	for _, k := range fi.keys {
		for _, j := range es.blocks[k] {
			if es.find(i) != es.find(j) && c.sameSpelling(form, fi.fold, es.forms[j]) {
				es.union(i, j)
			}
		}
		es.blocks[k] = append(es.blocks[k], i)
	}
	if e := c.gaz[fi.fold]; e != nil {
		if j, ok := es.gazIdx[e]; ok {
			es.union(i, j)
		} else {
			es.gazIdx[e] = i
		}
	}
	return i
}

// sameSpelling is the check's decision that two spellings that share a block
// key are one name: names.Same, unless English knows both as two names or
// the gazetteer keeps them apart. fold is names.Fold(form).
func (c *namesCheck) sameSpelling(form, fold, other string) bool {
	return names.Same(form, other) && !c.twoEnglishNames(form, other) && !c.gazetteerApart(fold, other)
}

// NameMatcher returns the names check's decision for two spellings, as it
// joins them in one document or across a run: they share a block key and
// are one name by spelling (sameSpelling), or the gazetteer lists both under
// one entity. The evaluation measures this, not names.Same alone, which
// lacks the check's guards.
func NameMatcher(s *Setup) (func(a, b string) bool, error) {
	ch, err := newNames(s)
	if err != nil {
		return nil, err
	}
	c := ch.(*namesCheck)
	return func(a, b string) bool {
		fa, fb := c.info(a), c.info(b)
		if e := c.gaz[fa.fold]; e != nil && e == c.gaz[fb.fold] {
			return true
		}
		for _, k := range fa.keys {
			if slices.Contains(fb.keys, k) {
				return c.sameSpelling(a, fa.fold, b)
			}
		}
		return false
	}, nil
}

// twoEnglishNames: two spellings that differ by a voiced against a voiceless
// consonant (Parker/Barker, Gary/Cary) are two names when English knows both
// words as common ones. The fold is there for transliteration (Pompeo comes
// back from Arabic as Bombeo; Gaddafi and Qaddafi are one name, and English
// knows at most one spelling of it commonly).
//
// The same holds for any two one-word names English knows commonly: Kent
// and Kant, Korean and Koran, Lindsay and Lindsey, Malay and Mali. English
// spells a person or a place one way; two established spellings are two
// names far more often than one name transliterated two ways, and alone,
// without a first name or a surname to confirm them, nothing tells which.
// The gazetteer still joins the spellings it lists as one entity, and full
// names ("Mohammed Ali" / "Muhammad Ali") are left to names.Same: their
// other words confirm them.
func (c *namesCheck) twoEnglishNames(a, b string) bool {
	common := func(w string) bool {
		lv := c.facts.lex.Level(strings.ToUpper(w[:1]) + w[1:])
		return lv > 0 && lv <= commonLevel
	}
	if x, y, ok := names.VoicedPair(a, b); ok {
		return common(x) && common(y)
	}
	if a == "" || b == "" {
		return false
	}
	if names.IsAcronym(a) && names.IsAcronym(b) {
		// A word in capitals that English knows is a word shouted, not an
		// acronym a vowel can slip in: LONG is not LANG, LIVE not LOVE.
		return c.commonWord(a) || c.commonWord(b)
	}
	if strings.ContainsAny(a, " -") || strings.ContainsAny(b, " -") {
		// In a full name, a shared first name does not confirm the family
		// names: two that English knows commonly and that are spelled far
		// apart before any transliteration fold are two names ("Kevin
		// Smith" / "Kevin Thomas", th read as s; "Ryan Cole" / "Ryan
		// Kelly"), while Mohamed / Muhammad or Ismail / Ismael stay close.
		pa, pb := names.Parts(a), names.Parts(b)
		if len(pa) != len(pb) {
			return false
		}
		for i := range pa {
			if pa[i] != pb[i] && common(pa[i]) && common(pb[i]) && names.Similarity(pa[i], pb[i]) < englishPartMin {
				return true
			}
		}
		return false
	}
	return common(a) && common(b)
}

// englishPartMin is the Jaro–Winkler similarity, on the letters as
// written, below which two common English parts of a name are two names
// (Smith / Thomas 0.46, Cole / Kelly 0.48; Mohamed / Muhammad 0.80).
const englishPartMin = 0.75

// gazetteerApart: the gazetteer lists both spellings, or two words in the
// same place of them, under two entities (Mali and Malawi, Guinea and
// Guyana, "Shaanxi Province" and "Shanxi Province"): spelling alone never
// joins what the gazetteer keeps apart.
func (c *namesCheck) gazetteerApart(fold, other string) bool {
	if a, b := c.gaz[fold], c.gaz[c.folded(other)]; a != nil && b != nil {
		return a != b
	}
	pa, pb := names.Parts(fold), names.Parts(other)
	if len(pa) != len(pb) || len(pa) < 2 {
		return false
	}
	for i := range pa {
		if a, b := c.gaz[pa[i]], c.gaz[pb[i]]; a != nil && b != nil && a != b {
			return true
		}
	}
	return false
}

// commonWord: w in lower case, a possessive aside, is an English word
// ("Galaxy", "The"; not "Sergei", which English knows only as a name).
func (c *namesCheck) commonWord(w string) bool {
	lv := c.facts.lex.Level(strings.ToLower(names.TrimPossessive(w)))
	return lv > 0 && lv <= englishLevel
}

// commonLevel is the lexicon level (SCOWL's size) up to which a word is common English.
const commonLevel = 50

func (es *entities) find(i int32) int32 {
	for es.parent[i] != i {
		es.parent[i] = es.parent[es.parent[i]]
		i = es.parent[i]
	}
	return i
}

func (es *entities) union(a, b int32) { es.parent[es.find(a)] = es.find(b) }

// roots gives each spelling, by number, its entity's root.
func (es *entities) roots() []int {
	root := make([]int, len(es.forms))
	for i := range es.forms {
		root[i] = int(es.find(int32(i)))
	}
	return root
}

// group is one entity's spellings with their mentions.
type group struct {
	forms     map[string][]mention
	preferred string // "" when no spelling wins
	gazetteer *rules.Entry
	direct    map[[2]string]bool // joinsDirectly's answers: a spelling is asked about once per mention
}

func (c *namesCheck) groups(ms []mention) []*group { return c.multiGroups(c.buildGroups(ms, true)) }

// multiGroups keeps the groups with spellings that differ beyond letter
// case, or a spelling the house style makes a finding alone.
func (c *namesCheck) multiGroups(gs []*group) []*group {
	var multi []*group
	for _, g := range gs {
		if c.distinctSpellings(g) < 2 && !(c.houseStyle && c.listed(g, c.variantOf)) && !(c.reportAliases && c.listed(g, c.aliasOf)) {
			continue
		}
		multi = append(multi, g)
	}
	return multi
}

// listed: the group holds a spelling the gazetteer lists in set (variants or
// aliases); with house-style or report-aliases on, a finding even alone.
func (c *namesCheck) listed(g *group, set map[string]bool) bool {
	for f := range g.forms {
		if set[c.folded(f)] {
			return true
		}
	}
	return false
}

// distinctSpellings counts spellings that differ beyond letter case.
func (c *namesCheck) distinctSpellings(g *group) int {
	seen := map[string]bool{}
	for f := range g.forms {
		seen[strings.ToLower(f)] = true
	}
	return len(seen)
}

func (c *namesCheck) choosePreferred(g *group) {
	for f := range g.forms {
		if e := c.gaz[c.folded(f)]; e != nil {
			g.gazetteer = e
			g.preferred = e.Canonical
			return
		}
	}
	// Spellings that differ only in case are one spelling: "Al-Sudani" opens
	// a sentence where "al-Sudani" runs in it. They count together, and the
	// one written most stands for them, in lower case on a tie, since a
	// capital at a sentence's start is forced.
	counts := map[string]int{}
	for f, ms := range g.forms {
		counts[strings.ToLower(f)] += len(ms)
	}
	best, bestN, tie := "", 0, false
	for f, n := range counts {
		switch {
		case n > bestN:
			best, bestN, tie = f, n, false
		case n == bestN:
			tie = true
		}
	}
	if !tie {
		g.preferred = caseForm(g, best)
	}
}

// caseForm returns the spelling of g that stands for the spellings whose
// lower case is lower: the most written, then the one opening in lower
// case, then the first in order.
func caseForm(g *group, lower string) string {
	best := ""
	for f, ms := range g.forms {
		if strings.ToLower(f) != lower {
			continue
		}
		if best == "" {
			best = f
			continue
		}
		n, bn := len(ms), len(g.forms[best])
		if n > bn || n == bn && (startsLower(f) && !startsLower(best) || startsLower(f) == startsLower(best) && f < best) {
			best = f
		}
	}
	return best
}

// caseCount is how many mentions write form in any case.
func caseCount(g *group, form string) int {
	n := 0
	for f, ms := range g.forms {
		if strings.EqualFold(f, form) {
			n += len(ms)
		}
	}
	return n
}

// acceptable: a spelling that is not a finding in its group.
func (c *namesCheck) acceptable(g *group, form string) bool {
	if g.preferred != "" && strings.EqualFold(form, g.preferred) {
		return true
	}
	if g.gazetteer != nil {
		f := c.folded(form)
		if c.aliasOf[f] && !c.reportAliases {
			return true
		}
		if c.gaz[f] == g.gazetteer && !c.variantOf[f] && !c.aliasOf[f] {
			return true
		}
		// A spelling the gazetteer does not list but that is an accepted alias written differently only in case.
		for _, a := range g.gazetteer.Aliases {
			if strings.EqualFold(a, form) && !c.reportAliases {
				return true
			}
		}
	}
	return c.chainedOnly(g, form) || g.preferred == "" && !c.variantOfAny(g, form)
}

// mixesNames: g, the mentions of one document, names a one-name entity
// both by its canonical name (or a spelling of it) and by an alias: Kyiv
// and Kiev in one story. Across documents each may keep its own.
func (c *namesCheck) mixesNames(g *group) bool {
	if g.gazetteer == nil || !g.gazetteer.OneName || c.reportAliases {
		return false // with report-aliases every alias is a finding already
	}
	alias, other := false, false
	for f := range g.forms {
		if c.aliasOf[c.folded(f)] {
			alias = true
		} else {
			other = true
		}
	}
	return alias && other
}

// otherNameCue matches the words that give a name as another name of what
// the text calls otherwise, just before it: "formerly Swaziland", "also
// known as Burma", "(Kiev", "called Kharkov in Russian".
var otherNameCue = regexp.MustCompile(`(?i)(?:\(|formerly|previously|once|then|also known as|known as|also called|called|or|renamed from|renamed|old name|in Russian|Russian:|Russian name)\s*["“]?$`)

// givenAsOtherName: the mention at t[at] follows a cue that gives it as
// another name of the place, in the 40 bytes before it on its line.
func givenAsOtherName(t string, at int) bool {
	if at < 0 || at > len(t) {
		return false
	}
	from := max(0, at-40)
	if nl := strings.LastIndexByte(t[from:at], '\n'); nl >= 0 {
		from += nl + 1
	}
	return otherNameCue.MatchString(strings.TrimRight(t[from:at], " "))
}

// variantOfAny: with no preferred spelling, form is a variant only of the
// spellings it matches itself, other than its own in another case; one
// that matches none (LC in a group Lg ~ Lc ~ LC) is no finding.
func (c *namesCheck) variantOfAny(g *group, form string) bool {
	for f := range g.forms {
		if !strings.EqualFold(f, form) && c.joinsDirectly(g, form, f) {
			return true
		}
	}
	return false
}

// chainedOnly: the group has a preferred spelling and form is grouped with
// it only through other spellings, so it is no variant of it.
func (c *namesCheck) chainedOnly(g *group, form string) bool {
	return g.preferred != "" && !strings.EqualFold(form, g.preferred) && !c.joinsDirectly(g, form, g.preferred)
}

// joinsDirectly: form is a spelling of other itself, not only through
// spellings between them. A group is what union-find chains together
// (Paris ~ Pars ~ PRs, GCRYPT ~ … ~ Cripps), and a spelling is a variant
// only of those it matches: the gazetteer lists both under the group's
// entity (form against any spelling it lists, for the preferred one), or
// spelling joins them.
func (c *namesCheck) joinsDirectly(g *group, form, other string) bool {
	k := [2]string{form, other}
	if v, ok := g.direct[k]; ok {
		return v
	}
	if g.direct == nil {
		g.direct = map[[2]string]bool{}
	}
	v := c.matchesItself(g, form, other)
	g.direct[k] = v
	return v
}

func (c *namesCheck) matchesItself(g *group, form, other string) bool {
	fold := c.folded(form)
	if e := c.gaz[fold]; e != nil && e == g.gazetteer {
		return true
	}
	if c.sameSpelling(form, fold, other) {
		return true
	}
	if g.gazetteer == nil || other != g.preferred {
		return false
	}
	for _, listed := range slices.Concat(g.gazetteer.Variants, g.gazetteer.Aliases) {
		if c.sameSpelling(form, fold, listed) {
			return true
		}
	}
	return false
}

// namesScratch is what Check needs for one document and drops after it:
// recycled, its maps and slices are allocated once per worker rather than
// once per document (names had made 40% of a run's allocations).
type namesScratch struct {
	ms     []mention
	number map[string]int32 // the document's spellings, numbered
	forms  []string         // by number
	runNum []int32          // by number: the spelling's number among the run's entities
	first  map[uint64]int32 // candidates: block key -> the first spelling with it
	keep   []bool           // candidates: by number, the spelling is kept
	es     *entities        // the document's candidate spellings grouped
}

func newNamesScratch() *namesScratch {
	return &namesScratch{number: map[string]int32{}, first: map[uint64]int32{}, es: newEntities()}
}

// numberForms gives each mention of ms the number of its spelling among the
// document's (mention.num), and returns the spellings by number: what is
// worked out per spelling (the run's copy, block keys, the run's entity) is
// then worked out once per document, not once per mention.
func (sc *namesScratch) numberForms(ms []mention) []string {
	forms := sc.forms[:0]
	for i := range ms {
		n, ok := sc.number[ms[i].form]
		if !ok {
			n = int32(len(forms))
			sc.number[ms[i].form] = n
			forms = append(forms, ms[i].form)
		}
		ms[i].num = n
	}
	sc.forms = forms
	return forms
}

// scratchMax is the most spellings a recycled scratch keeps room for.
const scratchMax = 4096

func (c *namesCheck) Check(ctx context.Context, d *document.Document, emit func(Finding)) {
	sc, _ := c.scratch.Get().(*namesScratch)
	if sc == nil {
		sc = newNamesScratch()
	}
	ms := c.extract(d, sc.ms[:0])
	forms := sc.numberForms(ms)
	defer func() { // what is kept of ms past Check is copied
		clear(ms) // no document's text kept alive by the pool
		clear(sc.forms)
		sc.ms = ms[:0]
		if len(sc.number) > scratchMax { // a huge document's maps are not kept: maps never shrink
			*sc = *newNamesScratch()
		}
		clear(sc.number)
		clear(sc.first)
		sc.es.reset()
		c.scratch.Put(sc)
	}()
	if !c.noCorpus {
		c.intern(ms, forms) // kept for the corpus pass
	}
	reported := map[string]bool{}
	var gs []*group
	if cand := c.candidates(ms, forms, sc); cand != nil {
		gs = c.multiGroups(c.groupsWith(sc.es, cand, true))
	}
	for _, g := range gs {
		mixed := c.mixesNames(g)
		for form, occ := range g.forms {
			mixedAlias := mixed && c.oneNameAlias[c.folded(form)]
			if c.acceptable(g, form) && !mixedAlias {
				continue
			}
			// Article-only differences and the like count within a document.
			for _, m := range occ {
				if mixedAlias && c.acceptable(g, form) && givenAsOtherName(d.Text, m.span.Start) {
					continue // "Kyiv (Kiev in Russian)", "Eswatini, formerly Swaziland"
				}
				emit(c.finding(d.Path, m, form, g, d))
			}
			reported[form] = true
		}
	}
	c.surnameVariants(ms, reported, emit)
	if c.noCorpus {
		return
	}
	if d.Base > 0 || d.BaseLine > 0 { // a section of a large file: keep places in the file
		for i := range ms {
			ms[i].base = d.Base
			ms[i].span.Start += d.Base
			ms[i].span.End += d.Base
			ms[i].pos.Line += d.BaseLine
		}
	}
	var batch []mention
	if len(ms) > 0 {
		batch = slices.Clone(ms)
	}
	runNum := sc.runNum[:0]
	c.mu.Lock()
	if c.run == nil {
		c.run = newEntities()
	}
	for _, f := range forms {
		runNum = append(runNum, c.run.add(c, f))
	}
	sc.runNum = runNum
	for i := range batch {
		batch[i].num = runNum[batch[i].num]
	}
	if batch != nil {
		c.batches = append(c.batches, batch)
	}
	if c.reported[d.Path] == nil {
		c.reported[d.Path] = reported
	} else {
		for f := range reported { // the file's other sections
			c.reported[d.Path][f] = true
		}
	}
	c.mu.Unlock()
}

// surnameVariants reports a family name written alone ("Shoygu") in
// another spelling than the last word of a full name in the same document
// ("Sergei Shoigu"). The full name, written out at first mention, is the
// reference; the fix is a suggestion. Grouping keeps a name alone apart from
// full names (it cannot tell two people who share a family name), so the
// comparison is its own, and only within a document: "Assad" beside
// "Bashar al-Assad" differs by the article only and is no finding; a full
// name with a common English word ("Galaxy Macau", "Islamic State") is a
// place or a body, not a person; and a name alone written more often than
// the full names' spelling is the document's spelling.
func (c *namesCheck) surnameVariants(ms []mention, reported map[string]bool, emit func(Finding)) {
	type fullName struct {
		last string // the last word as written ("al-Assad")
		m    mention
	}
	// Cheap tests first: most documents have no name alone that could vary
	// from a full name's last word.
	// How often each spelling stands alone (and, below, ends a full name): a
	// name alone written more often than the full names' spelling is the
	// document's spelling, not a slip.
	uses := map[string]int{}
	unreported := false
	for _, m := range ms {
		if !strings.Contains(m.form, " ") {
			uses[c.folded(m.form)]++
			unreported = unreported || !reported[m.form]
		}
	}
	if !unreported {
		return
	}
	var fulls []fullName
	byKey := map[uint64][]int32{} // block key of a full name's last word -> the full names
	seen := map[string]bool{}
	for _, m := range ms {
		if !strings.Contains(m.form, " ") || seen[m.form] || names.IsAcronym(m.form) {
			continue
		}
		seen[m.form] = true
		words := strings.Fields(m.form)
		if slices.ContainsFunc(words, c.commonWord) {
			continue // "Galaxy Macau", "Islamic State": a place or a body, not a person's name
		}
		last := words[len(words)-1]
		if uses[names.Fold(names.TrimPossessive(last))] > 0 {
			// The family name also stands alone in this spelling: a name alone
			// spelled otherwise is grouped with it and reported there.
			continue
		}
		fulls = append(fulls, fullName{last: last, m: m})
		for _, k := range c.info(last).keys {
			byKey[k] = append(byKey[k], int32(len(fulls)-1))
		}
	}
	if len(fulls) == 0 {
		return
	}
	for _, f := range fulls {
		uses[names.Fold(names.TrimPossessive(f.last))]++
	}
	told := map[string]fullName{} // a name alone -> the full name it varies from; last: "" when none
	for _, m := range ms {
		alone := m.form
		if strings.Contains(alone, " ") || reported[alone] || names.IsAcronym(alone) || c.gaz[c.folded(alone)] != nil {
			continue
		}
		ref, ok := told[alone]
		if !ok {
			fi := c.info(alone)
		search:
			for _, k := range fi.keys {
				for _, j := range byKey[k] {
					f := fulls[j]
					if fi.fold != names.Fold(f.last) && !names.ArticleOnly(alone, f.last) && c.sameSpelling(alone, fi.fold, f.last) &&
						uses[fi.fold] <= uses[names.Fold(names.TrimPossessive(f.last))] {
						ref = f
						break search
					}
				}
			}
			told[alone] = ref
		}
		if ref.last == "" {
			continue
		}
		word := names.TrimPossessive(ref.last)
		emit(Finding{Rule: "names.variant", Category: NameVariant, Span: m.span, Confidence: 0.7,
			Message: fmt.Sprintf("%q is spelled %q in %q", alone, word, ref.m.form),
			Fixes:   []Fix{{Replacement: word}},
			Related: []Location{{Path: ref.m.path, Offset: ref.m.span.Start, Length: ref.m.span.Len(), Line: ref.m.pos.Line, Column: ref.m.pos.Column, Text: ref.m.form}}})
	}
}

// intern gives the spellings, and the mentions, the copy of each spelling
// the info cache keeps: nearly one copy of each spelling for the run, not
// one per mention, and no substring keeping a document's text alive in the
// corpus pass. A spelling evicted from the cache and met again gets a second
// copy; spellings are compared by their text, never by their copy. No lock:
// a run-wide map of copies was 2% of a run, most of it waiting for the lock
// on two cores.
func (c *namesCheck) intern(ms []mention, forms []string) {
	for j, f := range forms {
		forms[j] = c.info(f).form
	}
	for i := range ms {
		ms[i].form = forms[ms[i].num]
	}
}

// candidates is the cheap test before clustering a document. It keeps the
// mentions whose spelling shares a block key with another spelling of the
// document, or is in the gazetteer (which joins spellings that share nothing,
// "ISIL" / "Daesh"): only those can end up in a group of two spellings, so
// clustering them alone gives the groups the whole document would, for a
// fraction of the maps. It returns nil when no two spellings may vary (and
// no gazetteer spelling is a finding alone). forms are the document's
// spellings by number (see namesScratch.numberForms); sc.first comes empty.
func (c *namesCheck) candidates(ms []mention, forms []string, sc *namesScratch) []mention {
	keep := slices.Grow(sc.keep[:0], len(forms))[:len(forms)]
	clear(keep)
	sc.keep = keep
	vary := false
	for j, f := range forms {
		fi := c.info(f)
		if _, ok := c.gaz[fi.fold]; ok {
			keep[j] = true
			vary = vary || c.houseStyle || c.reportAliases || c.variantOf[fi.fold] || c.oneNameAlias[fi.fold]
		}
		for _, k := range fi.keys {
			if other, ok := sc.first[k]; !ok {
				sc.first[k] = int32(j)
			} else if int(other) != j {
				keep[other], keep[j] = true, true
				vary = true
			}
		}
	}
	if !vary {
		return nil
	}
	var out []mention
	for _, m := range ms {
		if keep[m.num] {
			out = append(out, m)
		}
	}
	return out
}

// maxRelated is how many places of the other spellings a finding lists.
const maxRelated = 5

func (c *namesCheck) finding(path string, m mention, form string, g *group, d *document.Document) Finding {
	var others []string
	var related []Location
	// Spellings in order, so the report is the same from run to run (Related
	// keeps the first maxRelated places; the rest are not even looked at, as
	// a name on every line of a large file has tens of thousands).
	listed := map[string]bool{} // the other spellings by lower case: "Al-Sudani" at a sentence's start is "al-Sudani"
	for _, f := range slices.Sorted(maps.Keys(g.forms)) {
		if strings.EqualFold(f, form) || g.preferred == "" && !c.joinsDirectly(g, form, f) {
			continue // with no preferred spelling, the ones form is a variant of
		}
		if lf := strings.ToLower(f); !listed[lf] {
			listed[lf] = true
			others = append(others, fmt.Sprintf("%q", caseForm(g, lf)))
		}
		for _, o := range g.forms[f][:min(len(g.forms[f]), maxRelated-len(related))] {
			related = append(related, Location{Path: o.path, Offset: o.span.Start, Length: o.span.Len(), Line: o.pos.Line, Column: o.pos.Column, Text: f})
		}
	}
	sort.Strings(others)
	if d != nil {
		for i := range related {
			if related[i].Path == d.Path {
				p := d.Position(related[i].Offset)
				related[i].Line, related[i].Column = p.Line, p.Column
			}
		}
	}
	rule := "names.variant"
	f := Finding{Rule: rule, Category: NameVariant, Span: m.span, Related: related, Confidence: 0.8}
	switch {
	case g.gazetteer != nil && c.oneNameAlias[c.folded(form)] && c.mixesNames(g):
		f.Rule = "names.alias"
		f.Message = fmt.Sprintf("%q and %q name one place in this document; the house style calls it %q", form, g.preferred, g.preferred)
		f.Fixes = []Fix{{Replacement: g.preferred, Safe: true}}
	case g.gazetteer != nil && c.aliasOf[c.folded(form)]:
		f.Rule = "names.alias"
		f.Message = fmt.Sprintf("%q is another name for %s; the house style calls it %q", form, g.preferred, g.preferred)
		f.Fixes = []Fix{{Replacement: g.preferred, Safe: true}}
	case g.gazetteer != nil:
		f.Message = fmt.Sprintf("%q: the house spelling is %q", form, g.preferred)
		f.Fixes = []Fix{{Replacement: g.preferred, Safe: true}}
		f.Confidence = 0.9
	case g.preferred != "":
		f.Message = fmt.Sprintf("%q is spelled %q elsewhere (%d times)", form, g.preferred, caseCount(g, g.preferred))
		f.Fixes = []Fix{{Replacement: g.preferred}}
	default:
		f.Message = fmt.Sprintf("%q is also spelled %s; pick one spelling", form, strings.Join(others, ", "))
		for _, o := range others {
			f.Fixes = append(f.Fixes, Fix{Replacement: strings.Trim(o, `"`)})
		}
	}
	return f
}

// Forget leaves a document out of the corpus pass: one found to be in
// another language (language.not-english) should not lend its spellings
// ("Paris" in a German page) to the entities of the English documents, nor
// count when the run picks its preferred spelling.
func (c *namesCheck) Forget(path string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.batches = slices.DeleteFunc(c.batches, func(b []mention) bool { return b[0].path == path })
	delete(c.reported, path)
}

// SetStreaming turns off the corpus pass (see noCorpus).
func (c *namesCheck) SetStreaming(on bool) { c.noCorpus = on }

// Finish compares spellings across documents: a document whose spelling of an
// entity differs from the other documents' gets a finding at each mention,
// unless the document was already told within itself.
func (c *namesCheck) Finish(emit func(path string, f Finding)) {
	c.mu.Lock()
	batches, reported, run := c.batches, c.reported, c.run
	// The next run starts afresh: what a document (or the sections of a large
	// file, which add to one entry) reported belongs to this run only.
	c.batches, c.reported, c.run = nil, map[string]map[string]bool{}, nil
	c.mu.Unlock()
	if run == nil {
		return // no document was checked
	}
	// Mentions in path order, and in text order within a path: a batch is
	// in text order, and a large file's sections are batches in the order
	// of their offsets. Sorting 46 batches, not 5,000 mentions, took a
	// quarter of the pass.
	slices.SortStableFunc(batches, func(a, b []mention) int {
		if a[0].path != b[0].path {
			return strings.Compare(a[0].path, b[0].path)
		}
		return a[0].base - b[0].base
	})
	type place struct {
		path string
		base int
	}
	for _, g := range c.multiGroups(c.groupsOf(batches, run.forms, run.roots(), true)) {
		docs := map[place]bool{} // documents, and sections of large files: each was checked on its own
		for _, occ := range g.forms {
			for _, m := range occ {
				docs[place{m.path, m.base}] = true
			}
		}
		if len(docs) < 2 {
			continue // within one document: Check has said it
		}
		for form, occ := range g.forms {
			if c.acceptable(g, form) {
				continue
			}
			// Across documents, a difference of articles alone ("Tanf"/"Al Tanf") is left to the gazetteer.
			if g.gazetteer == nil && g.preferred != "" && names.ArticleOnly(form, g.preferred) {
				continue
			}
			if g.gazetteer == nil && g.preferred == "" && c.onlyArticleDifferences(g) {
				continue
			}
			for _, m := range occ {
				if reported[m.path][form] {
					continue
				}
				emit(m.path, c.finding(m.path, m, form, g, nil))
			}
		}
	}
}

func (c *namesCheck) onlyArticleDifferences(g *group) bool {
	var first string
	for f := range g.forms {
		if first == "" {
			first = f
			continue
		}
		if !names.ArticleOnly(first, f) && !strings.EqualFold(first, f) {
			return false
		}
	}
	return true
}

// NameCluster is one entity as `copydesk names` prints it.
type NameCluster struct {
	Preferred string         `json:"preferred"` // canonical or most frequent spelling, "" on a tie
	Gazetteer bool           `json:"gazetteer"` // the gazetteer knows the entity
	Spellings []NameSpelling `json:"spellings"`
}

// NameSpelling is one spelling with its count and documents.
type NameSpelling struct {
	Text      string   `json:"text"`
	Count     int      `json:"count"`
	Documents []string `json:"documents"`
	// Chained: grouped with the preferred spelling only through another
	// (Greene ~ Gurin ~ Korean); not reported as its variant.
	Chained bool `json:"chained,omitempty"`
}

// NameClusters extracts the name mentions of every document walk yields and
// returns the entities spelled more than one way (all entities with all), most
// mentioned first.
func NameClusters(ctx context.Context, s *Setup, walk func(func(document.Item) error) error, all bool) ([]NameCluster, []error, error) {
	ch, err := newNames(s)
	if err != nil {
		return nil, nil, err
	}
	c := ch.(*namesCheck)
	sc := newNamesScratch()
	var ms []mention
	var inputErrs []error
	err = walk(func(it document.Item) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		if it.Err != nil {
			inputErrs = append(inputErrs, it.Err)
			return nil
		}
		dm := c.extract(it.Doc, nil)
		c.intern(dm, sc.numberForms(dm))
		clear(sc.number)
		ms = append(ms, dm...)
		return nil
	})
	if err != nil {
		return nil, inputErrs, err
	}
	gs := c.groups(ms)
	if all {
		gs = c.allGroups(ms)
	}
	var out []NameCluster
	for _, g := range gs {
		nc := NameCluster{Preferred: g.preferred, Gazetteer: g.gazetteer != nil}
		for f, occ := range g.forms {
			sp := NameSpelling{Text: f, Count: len(occ)}
			sp.Chained = c.chainedOnly(g, f) // no variant of the preferred one: the editor should see that
			seen := map[string]bool{}
			for _, m := range occ {
				if !seen[m.path] {
					seen[m.path] = true
					sp.Documents = append(sp.Documents, m.path)
				}
			}
			nc.Spellings = append(nc.Spellings, sp)
		}
		sort.Slice(nc.Spellings, func(i, j int) bool {
			if nc.Spellings[i].Count != nc.Spellings[j].Count {
				return nc.Spellings[i].Count > nc.Spellings[j].Count
			}
			return nc.Spellings[i].Text < nc.Spellings[j].Text
		})
		out = append(out, nc)
	}
	total := func(nc NameCluster) int {
		n := 0
		for _, s := range nc.Spellings {
			n += s.Count
		}
		return n
	}
	sort.SliceStable(out, func(i, j int) bool {
		if ti, tj := total(out[i]), total(out[j]); ti != tj {
			return ti > tj
		}
		return out[i].Spellings[0].Text < out[j].Spellings[0].Text
	})
	return out, inputErrs, nil
}

// allGroups is groups without the filter: every entity, one spelling or many.
func (c *namesCheck) allGroups(ms []mention) []*group { return c.buildGroups(ms, false) }

// buildGroups groups mentions by entity. With onlyCandidates, an entity
// spelled one way only is left out before its group is built (nearly all
// of them), unless the gazetteer's house style can make it a finding alone.
func (c *namesCheck) buildGroups(ms []mention, onlyCandidates bool) []*group {
	return c.groupsWith(newEntities(), ms, onlyCandidates)
}

// groupsWith is buildGroups with es, empty, to group the spellings.
func (c *namesCheck) groupsWith(es *entities, ms []mention, onlyCandidates bool) []*group {
	// Each distinct spelling gets a number, each mention its spelling's, so
	// what follows indexes slices instead of hashing spellings again.
	for k := range ms {
		ms[k].num = es.add(c, ms[k].form)
	}
	return c.groupsOf([][]mention{ms}, es.forms, es.roots(), onlyCandidates)
}

// groupsOf builds the groups of the mentions in batches, taken in order,
// whose spellings are numbered (mention.num) into forms, with root giving
// each spelling's entity.
func (c *namesCheck) groupsOf(batches [][]mention, forms []string, root []int, onlyCandidates bool) []*group {
	skip := make([]bool, len(forms)) // by root: an entity left out
	if onlyCandidates {
		size := make([]int32, len(forms))
		for _, r := range root {
			size[r]++
		}
		for i, f := range forms {
			if size[root[i]] > 1 {
				continue
			}
			fold := c.folded(f)
			if !(c.houseStyle && c.variantOf[fold]) && !(c.reportAliases && c.aliasOf[fold]) {
				skip[root[i]] = true
			}
		}
	}
	byRoot := make([]*group, len(forms))
	var out []*group
	for _, ms := range batches {
		for _, m := range ms {
			r := root[m.num]
			if skip[r] {
				continue
			}
			g := byRoot[r]
			if g == nil {
				g = &group{forms: map[string][]mention{}}
				byRoot[r] = g
				out = append(out, g)
			}
			g.forms[m.form] = append(g.forms[m.form], m)
		}
	}
	for _, g := range out {
		c.choosePreferred(g)
	}
	return out
}
