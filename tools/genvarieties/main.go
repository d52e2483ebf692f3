// Command genvarieties builds lexicon/varieties.zst, the table of words that
// American and British English spell differently, from SCOWL as Debian's
// "scowl" package installs it (/usr/share/dict/scowl). Run it through
// `go generate ./lexicon`.
//
// SCOWL lists, besides the words all varieties share, the words only one
// variety spells so: american-words ("color", "organize"), british-words
// (British with -ise: "colour", "organise") and british_z-words (British with
// -ize, Oxford spelling: "colour", "organize"). A word's mask says which of
// the three spell it so. A word is kept only when a counterpart of another
// variety is found by the spelling changes that tell the varieties apart
// (our/or, ise/ize, yse/yze, tre/ter, ll/l, ogue/og, ae/e, ence/ense,
// dgement/dgment, ...; at most two at once: "colourise"/"colorize"), so
// a word SCOWL files under one variety for another reason ("flyers") is never
// taken for a spelling variant.
//
// Output: zstd of lines "word<TAB>mask<TAB>counterpart,counterpart...", sorted
// by word, up to SCOWL size 70 (see maxLevel).
package main

import (
	"flag"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/klauspost/compress/zstd"

	"github.com/copydesk/copydesk/internal/scowl"
)

// The varieties, as mask bits (lexicon.American, lexicon.BritishISE, lexicon.BritishIZE).
const (
	american   = 1
	britishISE = 2
	britishIZE = 4
)

// maxLevel is the rarest SCOWL size read: rarer words (size 80) pair by
// chance ("forme" with "formae").
const maxLevel = 70

// change is one spelling difference between the varieties, tried both ways:
// from is replaced by to where at least before letters precede it and, for
// a final change, only an ending in finalEndings follows it.
type change struct {
	from, to string
	before   int
	final    bool
}

var changes = []change{
	{from: "our", to: "or", before: 2},                  // colour, favourite, neighbourhood
	{from: "is", to: "iz", before: 2},                   // organise, organisation, realising
	{from: "ys", to: "yz", before: 2},                   // analyse, paralysing
	{from: "re", to: "er", before: 3, final: true},      // centre, theatres, fibre
	{from: "red", to: "ered", before: 3, final: true},   // centred
	{from: "ring", to: "ering", before: 3, final: true}, // centring
	{from: "ll", to: "l", before: 1},                    // travelled, counsellor, enrol
	{from: "ogue", to: "og", before: 2, final: true},    // catalogue, dialogues
	{from: "ae", to: "e", before: 0},                    // anaemia, encyclopaedia (not the Latin plural -ae: see variants)
	{from: "oe", to: "e", before: 0},                    // oedema, manoeuvre
	{from: "ence", to: "ense", before: 2},               // defence, offences
	{from: "dgement", to: "dgment", before: 1},          // judgement, acknowledgement
	{from: "ey", to: "ay", before: 2},                   // grey
	{from: "ough", to: "ow", before: 2},                 // plough
	{from: "ould", to: "old", before: 1},                // mould, smoulder
	{from: "oult", to: "olt", before: 1},                // moult
	{from: "ium", to: "um", before: 4},                  // aluminium
	{from: "amme", to: "am", before: 3},                 // programme
	{from: "sc", to: "sk", before: 0},                   // sceptic
	{from: "eing", to: "ing", before: 2},                // ageing
	{from: "xion", to: "ction", before: 2},              // connexion
	{from: "tt", to: "t", before: 2},                    // carburettor
	{from: "pp", to: "p", before: 2},                    // worshipped
}

// finalEndings may follow a final change: centre, centres, centre's.
var finalEndings = map[string]bool{"": true, "s": true, "'s": true, "s'": true}

func main() {
	dir := flag.String("scowl", "/usr/share/dict/scowl", "SCOWL final/ folder")
	out := flag.String("out", "varieties.zst", "output file")
	flag.Parse()
	mask := map[string]int{}
	for _, c := range []struct {
		cat string
		bit int
	}{{"american-words", american}, {"british-words", britishISE}, {"british_z-words", britishIZE}} {
		if err := scowl.Read(*dir, c.cat, maxLevel, func(w string, _ int) { mask[w] |= c.bit }); err != nil {
			fmt.Fprintln(os.Stderr, "genvarieties:", err)
			os.Exit(1)
		}
	}
	var lines []string
	for w, m := range mask {
		if m == american|britishISE|britishIZE {
			continue // every variety spells it so ("OK's"): no variant
		}
		cs := counterparts(w, mask)
		if len(cs) == 0 {
			continue
		}
		lines = append(lines, w+"\t"+strconv.Itoa(m)+"\t"+strings.Join(cs, ","))
	}
	if len(lines) == 0 {
		fmt.Fprintln(os.Stderr, "genvarieties: no words read from", *dir)
		os.Exit(1)
	}
	sort.Strings(lines)
	enc, _ := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedBestCompression))
	data := enc.EncodeAll([]byte(strings.Join(lines, "\n")+"\n"), nil)
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "genvarieties:", err)
		os.Exit(1)
	}
	fmt.Printf("%d words with a counterpart of another variety, %d bytes\n", len(lines), len(data))
}

// counterparts are the spellings of w in another variety: one change away,
// or two when none is one away, known to SCOWL with a mask w's does not cover.
func counterparts(w string, mask map[string]int) []string {
	keep := func(c string, set map[string]bool) {
		if m, ok := mask[c]; ok && c != w && m&mask[w] != mask[w] {
			set[c] = true
		}
	}
	found := map[string]bool{}
	one := variants(w)
	for _, c := range one {
		keep(c, found)
	}
	if len(found) == 0 {
		for _, c := range one {
			for _, c2 := range variants(c) {
				keep(c2, found)
			}
		}
	}
	out := make([]string, 0, len(found))
	for c := range found {
		out = append(out, c)
	}
	sort.Strings(out)
	return out
}

// variants applies each change, both ways, at each place it fits.
func variants(w string) []string {
	var out []string
	for _, ch := range changes {
		for _, d := range [][2]string{{ch.from, ch.to}, {ch.to, ch.from}} {
			for i := 0; ; {
				k := strings.Index(w[i:], d[0])
				if k < 0 {
					break
				}
				k += i
				i = k + 1
				rest := w[k+len(d[0]):]
				if k < ch.before || ch.final && !finalEndings[rest] {
					continue
				}
				if (d[0] == "ae" || d[0] == "oe") && rest == "" || (d[1] == "ae" || d[1] == "oe") && rest == "" {
					continue // the Latin plural (formae, fossae) is no spelling variant
				}
				out = append(out, w[:k]+d[1]+rest)
			}
		}
	}
	return out
}
