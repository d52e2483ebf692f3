package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// TestCleanSeeds compares `copydesk clean` on each seed with a copy checked by
// hand (testdata/clean/), and proves that only flagged residue and white space go.
func TestCleanSeeds(t *testing.T) {
	repoRoot(t)
	seeds, _ := filepath.Glob("testdata/seeds/*.txt")
	for _, p := range seeds {
		code, out, errOut := copydesk(t, "", "clean", p)
		if code != 0 {
			t.Fatalf("%s: exit %d %s", p, code, errOut)
		}
		want, err := os.ReadFile(filepath.Join("testdata", "clean", filepath.Base(p)))
		if err != nil {
			t.Fatal(err)
		}
		if out != string(want) {
			t.Errorf("%s: cleaned text differs from testdata/clean:\n%s", p, firstDiff(string(want), out))
		}
		orig, _ := os.ReadFile(p)
		_, r, _ := checkJSON(t, "--rule", "boilerplate.*", p)
		if err := onlyResidueRemoved(string(orig), out, r); err != nil {
			t.Errorf("%s: %v", p, err)
		}
	}
}

// assertOnlyResidueRemoved walks the original and the cleaned text together:
// every non-space character missing from the cleaned text must lie in a boilerplate finding.
func onlyResidueRemoved(orig, cleaned string, r report) error {
	var spans [][2]int
	for _, f := range r.Documents[0].Findings {
		spans = append(spans, [2]int{f.Offset, f.Offset + f.Length})
	}
	inSpan := func(i int) bool {
		for _, s := range spans {
			if i >= s[0] && i < s[1] {
				return true
			}
		}
		return false
	}
	// deletable[i]: byte i of the original may go (flagged, or white space).
	deletable := make([]bool, len(orig)+1)
	for i, r := range orig {
		ok := unicode.IsSpace(r) || r == '\u00a0' || inSpan(i)
		for k := 0; k < len(string(r)); k++ {
			deletable[i+k] = ok
		}
	}
	// can[i][j]: orig[i:] becomes cleaned[j:] by deleting only deletable bytes.
	n, m := len(orig), len(cleaned)
	can := make([][]bool, n+1)
	for i := range can {
		can[i] = make([]bool, m+1)
	}
	can[n][m] = true
	for i := n - 1; i >= 0; i-- {
		can[i][m] = deletable[i] && can[i+1][m]
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			can[i][j] = (deletable[i] && can[i+1][j]) || (orig[i] == cleaned[j] && can[i+1][j+1])
		}
	}
	if !can[0][0] {
		return errors.New("the cleaned text is not the original minus flagged residue and white space")
	}
	return nil
}

// TestCleanScrapedPage: news pages as scraped (testdata/scraped: a wire
// service's and a broadcaster's layouts) come out as their article, byline
// and credit line, one blank line between paragraphs however many residue
// blocks stood between them; no menu separator is taken for a quotation mark.
func TestCleanScrapedPage(t *testing.T) {
	repoRoot(t)
	for _, name := range []string{"wire-page", "broadcaster-page"} {
		page := "testdata/scraped/" + name + ".txt"
		code, out, errOut := copydesk(t, "", "clean", page)
		if code != 0 {
			t.Fatalf("%s: exit %d %s", page, code, errOut)
		}
		want, err := os.ReadFile("testdata/scraped/" + name + ".clean.txt")
		if err != nil {
			t.Fatal(err)
		}
		if out != string(want) {
			t.Errorf("cleaned %s differs from %s.clean.txt:\n%s", page, name, firstDiff(string(want), out))
		}
		if code, out, _ := copydesk(t, "", "check", "-q", "--rule", "mt.*", page); code != 0 || strings.Contains(out, "»") {
			t.Errorf("%s: the breadcrumb's separators taken for quotation marks:\n%s", page, out)
		}
	}
}

func TestOnlyResidueRemovedCanFail(t *testing.T) {
	r := report{Documents: []reportDoc{{Findings: []reportFinding{{Offset: 0, Length: 5}}}}}
	if err := onlyResidueRemoved("Junk keep this", "keep this", r); err != nil {
		t.Errorf("flagged removal rejected: %v", err)
	}
	if err := onlyResidueRemoved("Junk keep this", "Junk keep", r); err == nil {
		t.Error("removing unflagged text was accepted")
	}
}

func TestCleanWriteAndOutput(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "a.txt")
	body := "The officers discussed the establishment of a joint operation center for coordination between the two sides today.\n\n" +
		"The head of the Syrian operations staff congratulated the Iraqi army on its latest achievements in Mosul yesterday.\n"
	// The form ends the text: the blank line before it goes too.
	writeFile(t, doc, []byte(body+"\nLeave a Reply\n\nConnecting to %s\n"), 0o600)
	out := filepath.Join(dir, "out")
	if code, _, errOut := copydesk(t, "", "clean", "--output", out, doc); code != 0 {
		t.Fatalf("exit %d %s", code, errOut)
	}
	if b, _ := os.ReadFile(filepath.Join(out, "a.txt")); string(b) != body {
		t.Errorf("--output copy = %q", b)
	}
	if code, out, _ := copydesk(t, "", "clean", "--diff", doc); code != 0 || !strings.Contains(out, "-Leave a Reply") {
		t.Errorf("--diff: %d %q", code, out)
	}
	if code, _, errOut := copydesk(t, "", "clean", "--write", doc); code != 0 {
		t.Fatalf("--write: exit %d %s", code, errOut)
	}
	b, _ := os.ReadFile(doc)
	st, _ := os.Stat(doc)
	if string(b) != body || st.Mode().Perm() != 0o600 {
		t.Errorf("--write: %q mode %v", b, st.Mode())
	}
}

// TestCleanHTMLResidue: clean also turns HTML residue into what a browser
// showed (a tag on a line of its own goes with its line), and leaves a block
// tag between two words, whose fix is not safe, for the editor.
func TestCleanHTMLResidue(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "a.txt")
	writeFile(t, doc, []byte("Title\n<p>\nBody text &amp; more, it&#8217;s <b>bold</b>.</p>\nThe army<br>withdrew.\n"), 0o644)
	code, out, errOut := copydesk(t, "", "clean", doc)
	if want := "Title\nBody text & more, it’s bold.\nThe army<br>withdrew.\n"; code != 0 || out != want {
		t.Errorf("exit %d %s\ngot  %q\nwant %q", code, errOut, out, want)
	}
}
