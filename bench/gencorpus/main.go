// Command gencorpus builds a benchmark corpus of English machine-translated
// news: one file of about -size megabytes and a tree of -files small files,
// from the MQM sample in testdata/bench (and the full set in ../shared/bench
// when it is there), with real misspellings from the spelling sample
// injected at about one word in 300, so every tool has something to find.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"

	"github.com/copydesk/copydesk/internal/benchdata"
	"github.com/copydesk/copydesk/internal/eval"
)

func main() {
	size := flag.Int("size", 50, "size of the single file, in MB")
	files := flag.Int("files", 5000, "number of files in the tree")
	out := flag.String("out", "bench/out", "output folder")
	flag.Parse()
	segs, err := benchdata.SampleSegments()
	if p := benchdata.Shared("mqm-zhen/segments.jsonl"); p != "" {
		segs, err = benchdata.ReadSegments(p)
	}
	if err != nil {
		fail(err)
	}
	pairs, err := eval.ReadPairs(filepath.Join(benchdata.Root(), "testdata", "bench", "spelling-sample.tsv"))
	if err != nil {
		fail(err)
	}
	typo := map[string]string{}
	for _, p := range pairs {
		if !strings.Contains(p.Wrong+p.Right, " ") {
			typo[p.Right] = p.Wrong
		}
	}
	arts := benchdata.Articles(segs)
	rnd := rand.New(rand.NewSource(20261122))
	inject := func(a string) string {
		words := strings.Split(a, " ")
		for i, w := range words {
			if t, ok := typo[w]; ok && rnd.Intn(3) == 0 {
				words[i] = t
			}
		}
		return strings.Join(words, " ")
	}
	if err := os.MkdirAll(filepath.Join(*out, "tree"), 0o755); err != nil {
		fail(err)
	}
	f, err := os.Create(filepath.Join(*out, "corpus.txt"))
	if err != nil {
		fail(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	n := 0
	for i := 0; n < *size<<20; i++ {
		a := inject(arts[i%len(arts)]) + "\n"
		w.WriteString(a)
		n += len(a)
	}
	if err := w.Flush(); err != nil {
		fail(err)
	}
	f.Close()
	for i := 0; i < *files; i++ {
		a := inject(arts[i%len(arts)])
		if err := os.WriteFile(filepath.Join(*out, "tree", fmt.Sprintf("doc%05d.txt", i)), []byte(a), 0o644); err != nil {
			fail(err)
		}
	}
	fmt.Printf("corpus: %s/corpus.txt (%d MB), %s/tree (%d files)\n", *out, n>>20, *out, *files)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "gencorpus:", err)
	os.Exit(1)
}
