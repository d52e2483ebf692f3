// Package scowl reads the word lists of SCOWL as Debian's "scowl" package
// installs them (/usr/share/dict/scowl/CATEGORY.SIZE, UTF-8, one word a line),
// for the generators of the embedded lexicon files (tools/genwords,
// tools/genvarieties).
package scowl

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Read calls fn for every word of a category's lists up to maxSize, with the
// size of the list it is in (a word may come once per list). Lines with
// spaces are not words and are skipped. A category without lists reads
// nothing (the Debian package has no american-contractions, for one).
func Read(dir, category string, maxSize int, fn func(word string, size int)) error {
	files, err := filepath.Glob(filepath.Join(dir, category+".*"))
	if err != nil {
		return fmt.Errorf("%s: %w", dir, err)
	}
	for _, f := range files {
		size, err := strconv.Atoi(strings.TrimPrefix(filepath.Ext(f), "."))
		if err != nil || size > maxSize {
			continue
		}
		if err := readList(f, size, fn); err != nil {
			return err
		}
	}
	return nil
}

func readList(path string, size int, fn func(string, int)) error {
	fh, err := os.Open(path)
	if err != nil {
		return err
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	for sc.Scan() {
		if w := strings.TrimSpace(sc.Text()); w != "" && !strings.ContainsAny(w, " \t") {
			fn(w, size)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
