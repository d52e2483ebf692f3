package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func gitCmd(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.org", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.org")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}

// TestBaselineAndChangedLines: a repository with documents and a baseline;
// an edit adds a typo and moves a paragraph. Only the new typo is reported
// and gates the run; --changed-since limits the run to the edited file.
func TestBaselineAndChangedLines(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	dir := t.TempDir()
	a := "Syria And Iraq Talks\n\nThe officers discussed the frontns, officials said on Monday in Baghdad.\n\nHe said the the talks would go on.\n\nThe delegation left for Damascus on Tuesday after the meeting ended.\n"
	b := "Another article\n\nThe minister met his counterpart in Baghdad on Tuesday, officials said.\n"
	writeFile(t, filepath.Join(dir, "a.txt"), []byte(a), 0o644)
	writeFile(t, filepath.Join(dir, "b.txt"), []byte(b), 0o644)
	gitCmd(t, dir, "init", "-q")
	gitCmd(t, dir, "add", ".")
	gitCmd(t, dir, "commit", "-qm", "docs")
	t.Chdir(dir)

	if code, _, errOut := copydesk(t, "", "check", "--write-baseline", "baseline.json", "--fail-on", "none", "a.txt", "b.txt"); code != 0 {
		t.Fatalf("write baseline: exit %d %s", code, errOut)
	}
	// Edit: move the last paragraph to the top and add a new typo.
	edited := "Syria And Iraq Talks\n\nThe delegation left for Damascus on Tuesday after the meeting ended.\n\nThe officers discussed the frontns, officials said on Monday in Baghdad.\n\nHe said the the talks would go on.\n\nA new paragraph with a fresh opperation typo in it, officials added.\n"
	writeFile(t, "a.txt", []byte(edited), 0o644)

	code, r, _ := checkJSON(t, "--baseline", "baseline.json", "--fail-on", "warning", "a.txt", "b.txt")
	var got []string
	for _, d := range r.Documents {
		for _, f := range d.Findings {
			got = append(got, d.Path+":"+f.Text)
		}
	}
	if code != 1 || strings.Join(got, "|") != "a.txt:opperation" {
		t.Errorf("with baseline: exit %d, findings %v; want only the new typo", code, got)
	}

	// Without the baseline, the moved paragraph's old findings are there again.
	_, r, _ = checkJSON(t, "--changed-since", "HEAD", "a.txt", "b.txt")
	if len(r.Documents) != 1 || r.Documents[0].Path != "a.txt" {
		t.Errorf("--changed-since HEAD checked %+v", r.Documents)
	}
	_, r, _ = checkJSON(t, "--changed-since", "HEAD", "--changed-lines", "a.txt", "b.txt")
	got = nil
	for _, d := range r.Documents {
		for _, f := range d.Findings {
			got = append(got, f.Text)
		}
	}
	// Changed lines: the moved paragraph and the new one (git sees the move as a delete and an add).
	for _, g := range got {
		if g == "the the" {
			t.Errorf("unchanged line reported: %v", got)
		}
	}
	if !strings.Contains(strings.Join(got, "|"), "opperation") {
		t.Errorf("changed lines: %v", got)
	}
	if code, _, errOut := copydesk(t, "", "check", "--baseline", "nope.json", "a.txt"); code != 2 || !strings.Contains(errOut, "baseline nope.json") {
		t.Errorf("missing baseline: exit %d %q", code, errOut)
	}
}
