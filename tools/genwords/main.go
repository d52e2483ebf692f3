// Command genwords builds lexicon/en.words.zst, the English word list copydesk
// embeds, from SCOWL as Debian's "scowl" package installs it
// (/usr/share/dict/scowl). Run it through `go generate ./lexicon`.
//
// Output: zstd of lines "word<TAB>level", sorted by word; level is the SCOWL
// size (10 = the most common words … 80 = rare but real). Level 95 (obscure
// words, archaic spellings and common misspellings such as "sence" and "isnt")
// is left out on purpose: accepting it would hide real typos.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"sort"

	"github.com/klauspost/compress/zstd"

	"github.com/copydesk/copydesk/internal/scowl"
)

// categories of SCOWL lists taken: every English spelling variety copy may use
// (American, British with -ise and -ize, Canadian, Australian, common variants),
// contractions, capitalised words, proper names and abbreviations.
var categories = []string{
	"english-words", "american-words", "british-words", "british_z-words", "canadian-words", "australian-words",
	"variant_1-words", "english-contractions", "american-contractions", "british-contractions",
	"variant_1-contractions", "english-upper", "american-upper", "british-upper", "canadian-upper",
	"australian-upper", "variant_1-upper", "english-proper-names", "american-proper-names", "british-proper-names",
	"canadian-proper-names", "australian-proper-names", "english-abbreviations", "american-abbreviations",
	"british-abbreviations", "special-roman-numerals",
}

const maxLevel = 80

func main() {
	dir := flag.String("scowl", "/usr/share/dict/scowl", "SCOWL final/ folder")
	out := flag.String("out", "en.words.zst", "output file")
	flag.Parse()
	if _, err := os.Stat(*dir); err != nil {
		fmt.Fprintf(os.Stderr, "genwords: %v\ninstall SCOWL first: apt-get install scowl\n", err)
		os.Exit(1)
	}
	level := map[string]int{}
	for _, cat := range categories {
		err := scowl.Read(*dir, cat, maxLevel, func(w string, lv int) {
			if old, ok := level[w]; !ok || lv < old {
				level[w] = lv
			}
		})
		if err != nil {
			fmt.Fprintln(os.Stderr, "genwords:", err)
			os.Exit(1)
		}
	}
	words := make([]string, 0, len(level))
	for w := range level {
		words = append(words, w)
	}
	sort.Strings(words)
	f, err := os.Create(*out)
	if err != nil {
		fmt.Fprintln(os.Stderr, "genwords:", err)
		os.Exit(1)
	}
	zw, err := zstd.NewWriter(f, zstd.WithEncoderLevel(zstd.SpeedBestCompression))
	if err != nil {
		fmt.Fprintln(os.Stderr, "genwords:", err)
		os.Exit(1)
	}
	bw := bufio.NewWriter(zw)
	for _, w := range words {
		fmt.Fprintf(bw, "%s\t%d\n", w, level[w])
	}
	if err := bw.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "genwords:", err)
		os.Exit(1)
	}
	zw.Close()
	if err := f.Close(); err != nil {
		fmt.Fprintln(os.Stderr, "genwords:", err)
		os.Exit(1)
	}
	fmt.Printf("genwords: %d words written to %s\n", len(words), *out)
}
