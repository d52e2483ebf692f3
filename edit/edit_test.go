package edit

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestApplyKeepsOtherBytes(t *testing.T) {
	src := []byte("aaa BBB ccc DDD eee")
	out, applied, skipped := Apply(src, []Edit{{Start: 12, End: 15, New: "d"}, {Start: 4, End: 7, New: "b"}, {Start: 5, End: 9, New: "X"}})
	if string(out) != "aaa b ccc d eee" || len(applied) != 2 || skipped != 1 {
		t.Errorf("got %q applied %d skipped %d", out, len(applied), skipped)
	}
}

func TestDiff(t *testing.T) {
	src := []byte("one\ntwo two\nthree\n")
	d, err := Diff("f.txt", src, []Edit{{Start: 4, End: 11, New: "two"}})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(d, "--- a/f.txt") || !strings.Contains(d, "-two two\n+two\n") {
		t.Errorf("diff:\n%s", d)
	}
	// An absolute path is labelled as git labels it.
	if d, _ := Diff("/tmp/f.txt", src, []Edit{{Start: 4, End: 11, New: "two"}}); !strings.Contains(d, "--- a/tmp/f.txt\n+++ b/tmp/f.txt") {
		t.Errorf("absolute path diff:\n%s", d)
	}
}

// TestDiffText: the diff of two texts reads like Diff's of the edits
// between them; equal texts give none.
func TestDiffText(t *testing.T) {
	src := []byte("one\ntwo two\nthree\n")
	if d := DiffText("/tmp/f.txt", src, []byte("one\ntwo\nthree\n")); !strings.Contains(d, "--- a/tmp/f.txt\n+++ b/tmp/f.txt") || !strings.Contains(d, "-two two\n+two\n") {
		t.Errorf("diff:\n%s", d)
	}
	if d := DiffText("f.txt", src, src); d != "" {
		t.Errorf("equal texts: diff %q", d)
	}
}

func TestWriteFileRefusesChangedFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "f.txt")
	os.WriteFile(p, []byte("new content"), 0o600)
	err := WriteFile(p, []byte("old content"), []byte("fixed"))
	if !errors.Is(err, ErrChanged) {
		t.Errorf("err = %v", err)
	}
	if b, _ := os.ReadFile(p); string(b) != "new content" {
		t.Error("file overwritten")
	}
}

func TestWriteFileFailureKeepsOriginal(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "f.txt")
	os.WriteFile(p, []byte("original"), 0o644)
	// A read-only folder makes the temporary file impossible: the write must fail cleanly.
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Skip(err)
	}
	defer os.Chmod(dir, 0o755)
	if f, err := os.Create(filepath.Join(dir, "probe")); err == nil {
		f.Close()
		t.Skip("running as a user who can write anywhere")
	}
	err := WriteFile(p, []byte("original"), []byte("fixed"))
	if err == nil || !strings.Contains(err.Error(), "original kept") {
		t.Errorf("err = %v", err)
	}
	if b, _ := os.ReadFile(p); string(b) != "original" {
		t.Error("original damaged")
	}
}

// TestCrashBeforeRename: a failure after the new text is written to the
// temporary file but before the rename leaves the original untouched and no
// temporary file behind.
func TestCrashBeforeRename(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "f.txt")
	os.WriteFile(p, []byte("original"), 0o640)
	var tmpSeen string
	beforeReplace = func(tmp string) error {
		tmpSeen = tmp
		if b, err := os.ReadFile(tmp); err != nil || string(b) != "fixed" {
			t.Errorf("temporary file holds %q (%v)", b, err)
		}
		return errors.New("simulated crash")
	}
	defer func() { beforeReplace = func(string) error { return nil } }()
	err := WriteFile(p, []byte("original"), []byte("fixed"))
	if err == nil || !strings.Contains(err.Error(), "original kept: simulated crash") {
		t.Errorf("err = %v", err)
	}
	if b, _ := os.ReadFile(p); string(b) != "original" {
		t.Errorf("original damaged: %q", b)
	}
	if _, err := os.Stat(tmpSeen); !os.IsNotExist(err) || filepath.Dir(tmpSeen) != dir {
		t.Errorf("temporary file %q left behind or not in the file's folder", tmpSeen)
	}
	// And without the crash the same call replaces the file, keeping its mode.
	beforeReplace = func(string) error { return nil }
	if err := WriteFile(p, []byte("original"), []byte("fixed")); err != nil {
		t.Fatal(err)
	}
	st, _ := os.Stat(p)
	if b, _ := os.ReadFile(p); string(b) != "fixed" || st.Mode().Perm() != 0o640 {
		t.Errorf("after write: %q %v", b, st.Mode())
	}
}

// TestRemoval: whole lines go with their line breaks, blank lines around a
// removed block are squeezed to one, and none is left at the end of the text.
func TestRemoval(t *testing.T) {
	for _, c := range []struct{ src, cut, want string }{
		{"Body.\n\nAd\n\nMore.\n", "Ad", "Body.\n\nMore.\n"},
		{"Body.\n\n\nLeave a Reply\n\nConnecting to %s", "Leave a Reply\n\nConnecting to %s", "Body.\n"},
		{"Body.\n\nLeave a Reply\n", "Leave a Reply", "Body.\n"},
		{"Body. Ad here.\n", "Ad here.", "Body. \n"},
		{"Ad\n\nBody.\n", "Ad", "Body.\n"},
		// Residue blocks one after another (found by different spans): one paragraph break is left.
		{"Body.\n\nRead more: x\n\nRelated Articles\nA link\nB link\n\nSign up\nEnter\nSubscribe\n\nFollow us\n\nMore.\n",
			"Read more: x\n\nRelated Articles|A link\nB link|Sign up\nEnter|Subscribe|Follow us", "Body.\n\nMore.\n"},
		{"Body.\nAd\nMore.\n", "Ad", "Body.\nMore.\n"},
	} {
		var spans [][2]int
		for _, cut := range strings.Split(c.cut, "|") { // several spans, as several findings give
			s := strings.Index(c.src, cut)
			spans = append(spans, [2]int{s, s + len(cut)})
		}
		out, _, _ := Apply([]byte(c.src), Removal([]byte(c.src), spans))
		if string(out) != c.want {
			t.Errorf("removing %q from %q: got %q, want %q", c.cut, c.src, out, c.want)
		}
	}
}
