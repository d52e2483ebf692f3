package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFixDiffThenWrite(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "doc.txt")
	orig := "Chief of Staff Gen. Gen. Othman met\u00a0on Tuesday at 10: 26 in Baghdad.\nUntouched line, with  two spaces.\n"
	writeFile(t, doc, []byte(orig), 0o640)

	code, out, errOut := copydesk(t, "", "fix", doc)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "-Chief of Staff Gen. Gen. Othman") || !strings.Contains(out, "+Chief of Staff Gen. Othman met on Tuesday at 10: 26 in Baghdad.") {
		t.Errorf("diff:\n%s", out)
	}
	if b, _ := os.ReadFile(doc); string(b) != orig {
		t.Fatal("fix without --write changed the file")
	}

	code, _, errOut = copydesk(t, "", "fix", "--write", "--rule", "mt.*", doc)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	b, _ := os.ReadFile(doc)
	want := "Chief of Staff Gen. Othman met\u00a0on Tuesday at 10: 26 in Baghdad.\nUntouched line, with  two spaces.\n"
	if string(b) != want {
		t.Errorf("after fix --write --rule mt.*:\n got %q\nwant %q", b, want)
	}
	st, _ := os.Stat(doc)
	if st.Mode().Perm() != 0o640 {
		t.Errorf("permissions changed to %v", st.Mode().Perm())
	}
	leftovers, _ := filepath.Glob(filepath.Join(dir, ".*"))
	if len(leftovers) != 0 {
		t.Errorf("temporary files left behind: %v", leftovers)
	}
}

// TestFixRemovesResidueLines: a boilerplate line removed by fix goes with its
// line break, as clean removes it, instead of leaving a blank line.
func TestFixRemovesResidueLines(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "doc.txt")
	writeFile(t, doc, []byte("Talks in Baghdad\n\nThe two armies met on Tuesday.\nSubscribe to our Telegram channel\n\nThey agreed to meet again.\n"), 0o644)
	if code, _, errOut := copydesk(t, "", "fix", "--write", "--rule", "boilerplate.*", doc); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	b, _ := os.ReadFile(doc)
	if want := "Talks in Baghdad\n\nThe two armies met on Tuesday.\n\nThey agreed to meet again.\n"; string(b) != want {
		t.Errorf("after fix --write:\n got %q\nwant %q", b, want)
	}
}

// TestFixConverges: safe fixes that overlap (a space inside a closing
// quotation mark and, under quote-punctuation: american, the full stop
// after it) are applied in passes, so one fix --write leaves none behind,
// and the diff shows the final text.
func TestFixConverges(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "doc.txt")
	writeFile(t, doc, []byte("He backed the \" action plan \". Then the \"x\", and \"y\".\n"), 0o644)
	cfg := filepath.Join(dir, ".copydesk.yaml")
	writeFile(t, cfg, []byte("quote-punctuation: american\n"), 0o644)
	want := "He backed the \"action plan.\" Then the \"x,\" and \"y.\"\n"
	code, out, errOut := copydesk(t, "", "fix", "--config", cfg, doc)
	if code != 0 || !strings.Contains(out, "+"+want) {
		t.Fatalf("exit %d, diff:\n%s%s", code, out, errOut)
	}
	if code, _, errOut = copydesk(t, "", "fix", "--write", "--config", cfg, doc); code != 0 || !strings.Contains(errOut, "5 fixes applied") {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if b, _ := os.ReadFile(doc); string(b) != want {
		t.Errorf("after fix --write:\n got %q\nwant %q", b, want)
	}
	if code, out, errOut = copydesk(t, "", "fix", "--config", cfg, doc); code != 0 || out != "" {
		t.Errorf("a second fix found more: exit %d, diff %q, %s", code, out, errOut)
	}
}

func TestFixRefusesSymlink(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "real.txt")
	writeFile(t, target, []byte("the the end\n"), 0o644)
	link := filepath.Join(dir, "link.txt")
	if err := os.Symlink(target, link); err != nil {
		t.Skip(err)
	}
	code, _, errOut := copydesk(t, "", "fix", "--write", link)
	if code != 2 || !strings.Contains(errOut, "is a symbolic link; refusing to replace it") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	if b, _ := os.ReadFile(target); string(b) != "the the end\n" {
		t.Error("target changed through the symlink")
	}
}

func TestRulesCommand(t *testing.T) {
	code, out, _ := copydesk(t, "", "rules")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{"mt.repeated-word", "format.nbsp", "format.mojibake", "mt.placeholder", "penalty = sum over findings", "meta.unused-suppression"} {
		if !strings.Contains(out, want) {
			t.Errorf("rules output lacks %q", want)
		}
	}
}

func TestInitWritesLoadableConfig(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if code, _, errOut := copydesk(t, "", "init"); code != 0 {
		t.Fatalf("init: exit %d %s", code, errOut)
	}
	if code, _, errOut := copydesk(t, "", "init"); code != 2 || !strings.Contains(errOut, "already exists") {
		t.Errorf("second init: exit %d %q", code, errOut)
	}
	writeFile(t, "doc.txt", []byte("one  two\n"), 0o644)
	code, out, errOut := copydesk(t, "", "check", "doc.txt")
	if code != 0 || strings.Contains(out, "double-space") {
		t.Errorf("starter config not applied: exit %d out %q err %q", code, out, errOut)
	}
}

func TestVersionAndUsage(t *testing.T) {
	if code, out, _ := copydesk(t, "", "version"); code != 0 || !strings.HasPrefix(out, "copydesk ") {
		t.Errorf("version: %d %q", code, out)
	}
	if code, _, errOut := copydesk(t, "", "check"); code != 2 || !strings.Contains(errOut, "no input") {
		t.Errorf("check without paths: %d %q", code, errOut)
	}
	if code, _, _ := copydesk(t, "", "check", "--bogus", "x"); code != 2 {
		t.Errorf("unknown flag: exit %d", code)
	}
}

func TestListUnknownAndAcceptList(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.txt"), []byte("The frontns moved. Other frontns held, and the blorptastic flooded.\n"), 0o644)
	writeFile(t, filepath.Join(dir, "b.txt"), []byte("New frontns opened near the blorptastic.\n"), 0o644)
	code, out, _ := copydesk(t, "", "check", "--list-unknown", dir)
	if code != 0 || out != "3\tfrontns\t2\n2\tblorptastic\t2\n" {
		t.Errorf("exit %d, list:\n%s", code, out)
	}
	writeFile(t, filepath.Join(dir, ".copydesk.yaml"), []byte("accept: [blorptastic]\naccept-file: words.txt\n"), 0o644)
	writeFile(t, filepath.Join(dir, "words.txt"), []byte("# house words\nfrontns\n"), 0o644)
	code, out, _ = copydesk(t, "", "check", "--config", filepath.Join(dir, ".copydesk.yaml"), "--list-unknown", dir)
	if code != 0 || out != "" {
		t.Errorf("with the accept-list: exit %d, list %q", code, out)
	}
}

func TestNamesCommand(t *testing.T) {
	repoRoot(t)
	code, out, errOut := copydesk(t, "", "names", "testdata/seeds")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"ISIS  [gazetteer]", "  ISUS ", "(no preferred spelling: equally frequent)", "  Othman al-Ghanemi "} {
		if !strings.Contains(out, want) {
			t.Errorf("names output lacks %q:\n%s", want, out)
		}
	}
	code, out, _ = copydesk(t, "", "names", "--format", "json", "testdata/seeds")
	if code != 0 || !strings.Contains(out, `"preferred": "ISIS"`) || strings.Contains(out, `"chained"`) {
		t.Errorf("json: exit %d\n%s", code, out)
	}
	// A spelling grouped with the preferred one only through another is marked as such.
	doc := filepath.Join(t.TempDir(), "chain.txt")
	writeFile(t, doc, []byte("The Korean team won. Korean fans cheered. Gurin scored. Greene missed.\n"), 0o644)
	code, out, _ = copydesk(t, "", "names", "--all", doc)
	if want := "  Greene                                      1  " + doc + "\n    (grouped through another spelling; not a variant of \"Korean\")\n"; code != 0 || !strings.Contains(out, want) || strings.Count(out, "grouped through") != 1 {
		t.Errorf("chained spelling: exit %d\n%s", code, out)
	}
	code, out, _ = copydesk(t, "", "names", "--format", "json", doc)
	if code != 0 || strings.Count(out, `"chained": true`) != 1 {
		t.Errorf("chained spelling, json: exit %d\n%s", code, out)
	}
}

func TestListDocuments(t *testing.T) {
	for _, c := range []struct {
		docs []string
		want string
	}{
		{[]string{"a.txt"}, "a.txt"},
		{[]string{"a.txt", "b.txt", "c.txt"}, "a.txt, b.txt, c.txt"},
		{[]string{"a.txt", "b.txt", "c.txt", "d.txt", "e.txt"}, "a.txt, b.txt, c.txt and 2 more"},
	} {
		if got := listDocuments(c.docs); got != c.want {
			t.Errorf("listDocuments(%q) = %q, want %q", c.docs, got, c.want)
		}
	}
}
