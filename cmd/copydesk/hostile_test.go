package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestHostileFiles: each file of testdata/hostile gives what its README says.
func TestHostileFiles(t *testing.T) {
	repoRoot(t)
	cases := []struct {
		file    string
		code    int
		err     string   // in the JSON summary's errors
		rules   []string // findings expected
		noRules []string
	}{
		{"png-image.txt", 2, "binary file (PNG image), not text", nil, nil},
		{"elf-binary.txt", 2, "binary file (ELF executable), not text", nil, nil},
		{"nul-bytes.txt", 0, "", []string{"format.control-char"}, nil},
		{"invalid-utf8.txt", 1, "", []string{"format.invalid-utf8"}, []string{"typo.unknown-word"}},
		{"utf16-bom.txt", 2, "UTF-16 text (byte-order mark found); convert it to UTF-8 first", nil, nil},
		{"rtl-override.txt", 0, "", []string{"format.control-char"}, nil},
	}
	for _, c := range cases {
		code, r, _ := checkJSON(t, filepath.Join("testdata", "hostile", c.file))
		if code != c.code {
			t.Errorf("%s: exit %d, want %d", c.file, code, c.code)
		}
		if c.err != "" && (len(r.Summary.Errors) != 1 || !strings.HasPrefix(r.Summary.Errors[0].Reason, c.err)) {
			t.Errorf("%s: errors %+v", c.file, r.Summary.Errors)
		}
		got := map[string]bool{}
		for _, d := range r.Documents {
			for _, f := range d.Findings {
				got[f.Rule] = true
			}
		}
		for _, want := range c.rules {
			if !got[want] {
				t.Errorf("%s: no %s finding (%v)", c.file, want, got)
			}
		}
		for _, not := range c.noRules {
			if got[not] {
				t.Errorf("%s: unexpected %s finding", c.file, not)
			}
		}
	}
	code, out, _ := copydesk(t, "", "check", "--format", "json", "testdata/hostile/empty-record.jsonl")
	if code != 2 || !strings.Contains(out, `empty-record.jsonl:1`) || !strings.Contains(out, `empty-record.jsonl:4`) || !strings.Contains(out, `"id": "ok"`) {
		t.Errorf("empty record: exit %d\n%s", code, out)
	}
}

// TestHostileGenerated covers the inputs too big or too odd to store.
func TestHostileGenerated(t *testing.T) {
	dir := t.TempDir()
	t.Run("100 MB line over the default limit", func(t *testing.T) {
		p := filepath.Join(dir, "huge.txt")
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		f.Truncate(100 << 20) // sparse: a 100 MB file without writing 100 MB
		f.Close()
		code, _, errOut := copydesk(t, "", "check", p)
		if code != 2 || !strings.Contains(errOut, "could not be read") {
			t.Errorf("exit %d %s", code, errOut)
		}
		_, out, _ := copydesk(t, "", "check", p)
		if !strings.Contains(out, "file is 100.0 MB, over the 64.0 MB limit (raise it with --max-size)") {
			t.Errorf("message: %s", out)
		}
	})
	t.Run("a million tiny lines", func(t *testing.T) {
		p := filepath.Join(dir, "lines.txt")
		os.WriteFile(p, bytes.Repeat([]byte("ok.\n"), 1_000_000), 0o644)
		code, r, errOut := checkJSON(t, p)
		if code == 2 || len(r.Documents) != 1 {
			t.Errorf("exit %d %s", code, errOut)
		}
	})
	t.Run("deeply repeated text", func(t *testing.T) {
		p := filepath.Join(dir, "repeat.txt")
		os.WriteFile(p, bytes.Repeat([]byte("the the, "), 200_000), 0o644)
		_, r, _ := checkJSON(t, p)
		n := len(r.Documents[0].Findings)
		last := r.Documents[0].Findings[n-1]
		if n != 1001 || last.Rule != "meta.truncated" {
			t.Errorf("%d findings, last %s", n, last.Rule)
		}
	})
	t.Run("HTML that never closes", func(t *testing.T) {
		// A search per opening to its end would be quadratic: 200,000 of each.
		p := filepath.Join(dir, "open.txt")
		os.WriteFile(p, bytes.Repeat([]byte("<script>x <!-- y "), 200_000), 0o644)
		code, r, errOut := checkJSON(t, p)
		if code == 2 || len(r.Documents) != 1 {
			t.Errorf("exit %d %s", code, errOut)
		}
	})
	t.Run("a menu line of guillemets", func(t *testing.T) {
		// A search of the line for each separator's partner would be quadratic.
		p := filepath.Join(dir, "menu.txt")
		os.WriteFile(p, bytes.Repeat([]byte("Home » News » "), 100_000), 0o644)
		code, r, errOut := checkJSON(t, "--rule", "mt.*", p)
		if code == 2 || len(r.Documents) != 1 {
			t.Fatalf("exit %d %s", code, errOut)
		}
		if fs := r.Documents[0].Findings; len(fs) != 0 {
			t.Errorf("%d findings on separators, the first %s", len(fs), fs[0].Rule)
		}
	})
	t.Run("a paragraph of bare days", func(t *testing.T) {
		// Looking back to the paragraph's start for a month at each day would be quadratic.
		wantLimitReached(t, filepath.Join(dir, "days.txt"), bytes.Repeat([]byte("on the 9th, "), 300_000), "format.bare-day")
	})
	t.Run("a page on one line", func(t *testing.T) {
		// Counting a line's words again for each unknown word on it would be quadratic.
		wantLimitReached(t, filepath.Join(dir, "oneline.txt"), bytes.Repeat([]byte("The zzqx rule. "), 30_000), "typo.*")
	})
	t.Run("quotation marks without spaces", func(t *testing.T) {
		// Reading back to the paragraph's start for the word before each mark, and building
		// suggestions of that length, was quadratic in time and memory (2.5 GB for 120 KB).
		p := filepath.Join(dir, "quotes.txt")
		os.WriteFile(p, bytes.Repeat([]byte(`ab"cd"`), 200_000), 0o644)
		code, r, errOut := checkJSON(t, "--rule", "mt.*", p)
		if code == 2 || len(r.Documents) != 1 {
			t.Errorf("exit %d %s", code, errOut)
		}
	})
	t.Run("a sentence of scare quotes", func(t *testing.T) {
		// Reading the sentence for a reporting word at each quotation would be quadratic.
		wantLimitReached(t, filepath.Join(dir, "scare.txt"), bytes.Repeat([]byte(`the "threshold" is high and `), 100_000), "mt.scare-quotes")
	})
	t.Run("every space a no-break one", func(t *testing.T) {
		// One suggestion for the whole chain of words, built by adding to a string, was quadratic.
		wantLimitReached(t, filepath.Join(dir, "nbsp.txt"), bytes.Repeat([]byte("\u00a0\"\u00a0"), 300_000), "format.nbsp")
	})
	t.Run("one name spelled two ways on every line", func(t *testing.T) {
		// Each finding looked at every place of the other spelling to list five of them.
		p := filepath.Join(dir, "names.txt")
		os.WriteFile(p, bytes.Repeat([]byte("Ahmed Ali Hassan met Ahmad Aly Hasan.\n"), 50_000), 0o644)
		_, r, errOut := checkJSON(t, "--rule", "names.*", p)
		if len(r.Documents) != 1 || len(r.Documents[0].Findings) != 1001 || len(r.Documents[0].Findings[0].Related) != 5 {
			t.Errorf("want 1,000 findings, each with five places, and a truncation note: %d documents %s", len(r.Documents), errOut)
		}
	})
	t.Run("a million open brackets", func(t *testing.T) {
		// Searching to the paragraph's end for the "))" of each "((" would be quadratic.
		p := filepath.Join(dir, "brackets.txt")
		os.WriteFile(p, append(append(bytes.Repeat([]byte("("), 1_000_000), " x "...), bytes.Repeat([]byte(")"), 1_000_000)...), 0o644)
		code, r, errOut := checkJSON(t, "--rule", "mt.unbalanced-quote", p)
		if code == 2 || len(r.Documents) != 1 {
			t.Errorf("exit %d %s", code, errOut)
		}
	})
	t.Run("a word of a million letters", func(t *testing.T) {
		// Suggestions for it would need a table of its length squared (8 TB), its glued splits
		// a lookup per letter of each, and the vocabulary patterns seconds of matching.
		p := filepath.Join(dir, "longword.txt")
		os.WriteFile(p, append(bytes.Repeat([]byte("a"), 1_000_000), " and the rest."...), 0o644)
		code, r, errOut := checkJSON(t, "--rule", "typo.*", p)
		if code == 2 || len(r.Documents) != 1 || len(r.Documents[0].Findings) != 1 || len(r.Documents[0].Findings[0].Suggestions) != 0 {
			t.Errorf("exit %d %s: want one unknown word without suggestions", code, errOut)
		}
	})
	t.Run("one word looping", func(t *testing.T) {
		p := filepath.Join(dir, "loop.txt")
		os.WriteFile(p, bytes.Repeat([]byte("the "), 400_000), 0o644)
		_, r, _ := checkJSON(t, p)
		fs := r.Documents[0].Findings
		if len(fs) != 1 || fs[0].Rule != "mt.repeated-word" || fs[0].Length != 400_000*4-1 {
			t.Errorf("findings %+v, want one loop over the whole text", fs)
		}
	})
	t.Run("symlink loop", func(t *testing.T) {
		loop := filepath.Join(dir, "loop")
		os.MkdirAll(loop, 0o755)
		os.WriteFile(filepath.Join(loop, "a.txt"), []byte("Fine.\n"), 0o644)
		if err := os.Symlink(loop, filepath.Join(loop, "again")); err != nil {
			t.Skip(err)
		}
		code, r, _ := checkJSON(t, loop)
		if code != 0 || len(r.Documents) != 1 {
			t.Errorf("exit %d, %d documents", code, len(r.Documents))
		}
	})
	t.Run("dangling symlink (a file that disappeared)", func(t *testing.T) {
		d := filepath.Join(dir, "gone")
		os.MkdirAll(d, 0o755)
		os.Symlink(filepath.Join(d, "missing.txt"), filepath.Join(d, "b.txt"))
		os.WriteFile(filepath.Join(d, "a.txt"), []byte("Fine.\n"), 0o644)
		code, r, _ := checkJSON(t, d)
		if code != 2 || len(r.Documents) != 1 || len(r.Summary.Errors) != 1 || r.Summary.Errors[0].Reason != "no such file or directory" {
			t.Errorf("exit %d, %+v", code, r.Summary)
		}
	})
	t.Run("newline in a path", func(t *testing.T) {
		p := filepath.Join(dir, "two\nlines.txt")
		if err := os.WriteFile(p, []byte("He said the the talks failed.\n"), 0o644); err != nil {
			t.Skip(err)
		}
		code, r, _ := checkJSON(t, p)
		if code != 0 || r.Documents[0].Path != p {
			t.Errorf("exit %d path %q", code, r.Documents[0].Path)
		}
	})
	t.Run("50 MB JSONL record", func(t *testing.T) {
		p := filepath.Join(dir, "big.jsonl")
		big := `{"id":"big","text":"` + strings.Repeat("word ", 10<<20) + `"}` + "\n" + `{"id":"small","text":"the the"}` + "\n"
		os.WriteFile(p, []byte(big), 0o644)
		code, out, _ := copydesk(t, "", "check", "--format", "json", "--max-size", "1MB", p)
		if code != 2 || !strings.Contains(out, "record is over the 1.0 MB limit") || !strings.Contains(out, `"id": "small"`) {
			t.Errorf("exit %d\n%.400s", code, out)
		}
	})
	t.Run("catastrophic regular expression in a pack", func(t *testing.T) {
		pack := filepath.Join(dir, "evil.yaml")
		os.WriteFile(pack, []byte("name: evil\nrule: mt.calque\nentries:\n  - pattern: '(a+)+$'\n    id: evil\n"), 0o644)
		cfg := filepath.Join(dir, "evil-config.yaml")
		os.WriteFile(cfg, []byte("packs: [evil.yaml]\n"), 0o644)
		doc := filepath.Join(dir, "aaa.txt")
		os.WriteFile(doc, []byte(strings.Repeat("a", 100_000)+"b\n"), 0o644)
		// RE2 has no backtracking: this finishes (a backtracking engine would not, in any lifetime).
		code, _, errOut := copydesk(t, "", "check", "--config", cfg, "--rule", "mt.calque", doc)
		if code == 2 {
			t.Errorf("exit %d %s", code, errOut)
		}
	})
	t.Run("a pack of 100,000 phrases", func(t *testing.T) {
		var b strings.Builder
		b.WriteString("name: big\nrule: boilerplate.phrase\nentries:\n  - id: many\n    phrases:\n")
		for i := 0; i < 100_000; i++ {
			fmt.Fprintf(&b, "      - residue phrase number %d\n", i)
		}
		pack := filepath.Join(dir, "big.yaml")
		os.WriteFile(pack, []byte(b.String()), 0o644)
		cfg := filepath.Join(dir, "big-config.yaml")
		os.WriteFile(cfg, []byte("packs: [big.yaml]\n"), 0o644)
		doc := filepath.Join(dir, "doc.txt")
		os.WriteFile(doc, []byte("The article.\n\nResidue phrase number 99999\n"), 0o644)
		code, r, errOut := checkJSON(t, "--config", cfg, "--rule", "boilerplate.phrase", doc)
		if code == 2 || len(r.Documents) != 1 || len(r.Documents[0].Findings) != 1 {
			t.Errorf("exit %d %s %+v", code, errOut, r.Documents)
		}
	})
}

// wantLimitReached writes content to path, checks it with the rule alone,
// and wants the list of a text with a finding every few bytes: the first
// 1,000 findings and a truncation note.
func wantLimitReached(t *testing.T, path string, content []byte, rule string) {
	t.Helper()
	if err := os.WriteFile(path, content, 0o644); err != nil {
		t.Fatal(err)
	}
	_, r, errOut := checkJSON(t, "--rule", rule, path)
	if len(r.Documents) != 1 || len(r.Documents[0].Findings) != 1001 {
		t.Errorf("want 1,000 findings and a truncation note: %d documents %s", len(r.Documents), errOut)
	}
}
