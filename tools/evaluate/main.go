// Command evaluate measures copydesk against the full benchmark sets in
// ../shared/bench (or any folder given with -bench) and prints the figures.
//
//	go run ./tools/evaluate -set spelling
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/copydesk/copydesk/config"
	"github.com/copydesk/copydesk/internal/benchdata"
	"github.com/copydesk/copydesk/internal/eval"
	"github.com/copydesk/copydesk/lexicon"
	"github.com/copydesk/copydesk/names"
)

func main() {
	bench := flag.String("bench", "../shared/bench", "folder of the benchmark sets")
	set := flag.String("set", "spelling", "which evaluation: spelling, mqm, mqm-coverage, langid or names")
	sample := flag.Int("sample", 15, "errors listed per source")
	configPath := flag.String("config", "", "a .copydesk.yaml to check under (mqm): measures a house setting")
	flag.Parse()
	var cfg *config.Config
	if *configPath != "" {
		var err error
		if cfg, err = config.Load(*configPath); err != nil {
			fail(err)
		}
	}
	switch *set {
	case "spelling":
		pairs, err := eval.ReadPairs(filepath.Join(*bench, "spelling", "pairs.tsv"))
		if err != nil {
			fail(err)
		}
		lex, err := lexicon.English()
		if err != nil {
			fail(err)
		}
		stats, err := eval.Spelling(pairs, lex.Known)
		if err != nil {
			fail(err)
		}
		eval.PrintSpelling(os.Stdout, stats, *sample)
	case "mqm":
		segs, err := benchdata.ReadSegments(filepath.Join(*bench, "mqm-zhen", "segments.jsonl"))
		if err != nil {
			fail(err)
		}
		for _, prefix := range []string{"mt.", "typo.", "format.", "boilerplate."} {
			stats, clean, err := eval.MQM(segs, prefix, cfg)
			if err != nil {
				fail(err)
			}
			eval.PrintMQM(os.Stdout, stats, clean, *sample > 0)
		}
	case "mqm-coverage":
		// Which rater-marked spans no finding of any rule covers, by
		// category: where a new rule could come from.
		segs, err := benchdata.ReadSegments(filepath.Join(*bench, "mqm-zhen", "segments.jsonl"))
		if err != nil {
			fail(err)
		}
		cov, err := eval.MQMCoverage(segs, "*")
		if err != nil {
			fail(err)
		}
		eval.PrintCoverage(os.Stdout, cov, *sample)
	case "langid":
		foreign, err := eval.ReadLangSentences(filepath.Join(*bench, "langid", "sentences.tsv"))
		if err != nil {
			fail(err)
		}
		segs, err := benchdata.ReadSegments(filepath.Join(*bench, "mqm-zhen", "segments.jsonl"))
		if err != nil {
			fail(err)
		}
		var english []string
		for _, s := range segs {
			english = append(english, s.Target)
		}
		st, err := eval.MixedLanguage(foreign, english)
		if err != nil {
			fail(err)
		}
		eval.PrintLang(os.Stdout, st, *sample > 0)
		docs, err := eval.WholeDocuments(foreign, english, 8)
		if err != nil {
			fail(err)
		}
		eval.PrintDocs(os.Stdout, docs)
	case "names":
		check, err := eval.CheckMatcher()
		if err != nil {
			fail(err)
		}
		// The check's decision is what copydesk does; names.Same alone shows
		// what its guards (English names, the gazetteer) change.
		matchers := []struct {
			label string
			same  eval.Matcher
		}{{"names check", check}, {"names.Same alone", names.Same}}
		pairs, err := eval.ReadNamePairs(filepath.Join(*bench, "names", "pairs.tsv"))
		if err != nil {
			fail(err)
		}
		labels, err := eval.ReadPairLabels(filepath.Join(benchdata.Root(), "testdata", "bench", "names-anetac-merges.tsv"))
		if err != nil {
			fail(err)
		}
		positives, err := eval.ReadPairLabels(filepath.Join(benchdata.Root(), "testdata", "bench", "names-anetac-positives.tsv"))
		if err != nil {
			fail(err)
		}
		ofac, err := eval.OFACPairs(filepath.Join(*bench, "names", "variants.tsv"), 5000)
		if err != nil {
			fail(err)
		}
		other, err := eval.OFACOtherPairs(filepath.Join(*bench, "names", "variants.tsv"))
		if err != nil {
			fail(err)
		}
		for _, m := range matchers {
			fmt.Printf("== %s\n", m.label)
			eval.PrintNames(os.Stdout, "ANETAC pairs", eval.Names(pairs, m.same, *sample))
			eval.PrintMergeReview(os.Stdout, "ANETAC pairs", eval.ReviewMerges(pairs, m.same, labels))
			eval.PrintSameReview(os.Stdout, "ANETAC pairs", eval.ReviewSame(pairs, m.same, positives))
			eval.PrintNames(os.Stdout, "OFAC persons", eval.Names(ofac, m.same, *sample))
			eval.PrintNames(os.Stdout, "OFAC persons, other aliases (word count or initials differ)", eval.Names(other, m.same, *sample))
			cl, err := eval.OFACClusters(filepath.Join(*bench, "names", "variants.tsv"), m.same, *sample)
			if err != nil {
				fail(err)
			}
			eval.PrintClusters(os.Stdout, "OFAC persons", cl)
		}
	default:
		fail(fmt.Errorf("unknown set %q", *set))
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "evaluate:", err)
	os.Exit(1)
}
