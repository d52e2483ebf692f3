package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func writeFile(t *testing.T, path string, data []byte, mode os.FileMode) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, mode); err != nil {
		t.Fatal(err)
	}
}

func TestMissingPathStillChecksOthers(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	writeFile(t, good, []byte("He said the the talks failed.\n"), 0o644)
	code, r, errOut := checkJSON(t, filepath.Join(dir, "nope.txt"), good)
	if code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
	if len(r.Documents) != 1 || len(r.Documents[0].Findings) != 1 {
		t.Errorf("the readable document was not checked: %+v", r.Documents)
	}
	if len(r.Summary.Errors) != 1 || r.Summary.Errors[0].Reason != "no such file or directory" {
		t.Errorf("errors = %+v", r.Summary.Errors)
	}
	if !strings.Contains(errOut, "1 input could not be read") {
		t.Errorf("stderr = %q", errOut)
	}
	_, out, _ := copydesk(t, "", "check", filepath.Join(dir, "nope.txt"))
	if !strings.Contains(out, "nope.txt: error: no such file or directory") {
		t.Errorf("text report = %q", out)
	}
}

func TestBinaryDirectory(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.txt"), []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), 0o644)
	elf := append([]byte("\x7fELF\x02\x01\x01"), make([]byte, 200)...)
	writeFile(t, filepath.Join(dir, "b.txt"), elf, 0o644)
	code, out, _ := copydesk(t, "", "check", dir)
	if code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
	for _, want := range []string{"a.txt: error: binary file (PNG image), not text", "b.txt: error: binary file (ELF executable), not text"} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in\n%s", want, out)
		}
	}
}

func TestEmptyAndInvalidUTF8AreFindings(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "empty.txt"), nil, 0o644)
	writeFile(t, filepath.Join(dir, "latin1.txt"), []byte("Caf\xe9 society met in the caf\xe9.\n"), 0o644)
	code, r, _ := checkJSON(t, dir)
	if code != 1 {
		t.Errorf("exit %d, want 1 (invalid UTF-8 is an error finding)", code)
	}
	got := map[string][]string{}
	for _, d := range r.Documents {
		for _, f := range d.Findings {
			got[d.ID] = append(got[d.ID], f.Rule)
		}
	}
	if strings.Join(got["empty"], ",") != "format.empty-document" {
		t.Errorf("empty file: %v", got["empty"])
	}
	if strings.Join(got["latin1"], ",") != "format.invalid-utf8,format.invalid-utf8" {
		t.Errorf("latin1 file: %v", got["latin1"])
	}
}

func TestHugeSingleLine(t *testing.T) {
	dir := t.TempDir()
	line := strings.Repeat("The sides discussed the situation in Syria and Iraq. ", 20<<20/53+1)
	p := filepath.Join(dir, "huge.txt")
	writeFile(t, p, []byte(line), 0o644)
	code, r, errOut := checkJSON(t, p)
	if code != 0 || len(r.Documents) != 1 || r.Documents[0].Score != 100 {
		t.Errorf("exit %d, documents %+v, stderr %s", code, len(r.Documents), errOut)
	}
	code, _, errOut = checkJSON(t, "--max-size", "1MB", p)
	if code != 2 {
		t.Errorf("over --max-size: exit %d, stderr %s", code, errOut)
	}
}

func TestBrokenConfig(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, ".copydesk.yaml")
	doc := filepath.Join(dir, "doc.txt")
	writeFile(t, doc, []byte("Fine.\n"), 0o644)
	cases := []struct{ yaml, want string }{
		{"rules:\n  mt.spacing: [oops\n", cfg + ":1: did not find expected ',' or ']'"},
		{"language: en\nrulez: {}\n", cfg + ":2: field rulez not found in type config.Config"},
		{"rules:\n  mt.spacing: loud\n", cfg + `:2: rule setting "loud": want off, error, warning or info`},
		{"rules:\n  typo.nonsense: off\n", cfg + `:2: unknown rule "typo.nonsense"`},
		{"accept:\n  - /([a-z]+/\n", "accept: bad regular expression"},
		{"packs: [missing.yaml]\n", filepath.Join(dir, "missing.yaml") + ": cannot read rule pack: no such file or directory"},
	}
	for _, c := range cases {
		writeFile(t, cfg, []byte(c.yaml), 0o644)
		code, _, errOut := copydesk(t, "", "check", "--config", cfg, doc)
		if code != 2 || !strings.Contains(errOut, c.want) || strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
			t.Errorf("config %q: exit %d, stderr %q; want exit 2 and one line with %q", c.yaml, code, errOut, c.want)
		}
	}
}

func TestBrokenRulePack(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, ".copydesk.yaml")
	writeFile(t, cfg, []byte("packs: [house.yaml]\n"), 0o644)
	doc := filepath.Join(dir, "doc.txt")
	writeFile(t, doc, []byte("Fine.\n"), 0o644)
	cases := []struct{ pack, want string }{
		{"name: house\nrule: mt.calque\nentries:\n  - pattern: '(unclosed'\n", "house.yaml:4: bad regular expression"},
		{"name: house\nentries:\n  - phrases: [x]\n", `house.yaml:3: entry has no valid rule ID`},
		{"name: house\nrule: mt.calque\nentries:\n  - phrases: [x]\n    sugest: [y]\n", `house.yaml:5: field sugest not found`},
		{"name: house\nrule: mt.calque\nentries:\n  - phrases: [x]\n    pattern: y\n", "house.yaml:4: an entry needs exactly one of"},
		{"name: house\nrule: boilerplate.phrase\nentries:\n  - phrases: [x]\n    long-lines: 200\n", "house.yaml:4: long-lines 200: want a length in bytes up to 1000, for a line pattern"},
		{"name: house\nrule: mt.spacing\nentries:\n  - id: bound-prefixes\n    words: [self, \" \"]\n", "house.yaml:4: empty word"},
		{"name: house\nrule: names.alias\nentries:\n  - {id: x, canonical: Kyiv, variants: [Kyyiv], one-name: true}\n", "house.yaml:4: one-name: only for a gazetteer entity with aliases"},
		{"name: house\nrule: typo.a-an\nentries:\n  - id: vowels\n    words: [uber]\n", "house.yaml:4: typo.a-an entry \"vowels\": the id must be"},
	}
	for _, c := range cases {
		writeFile(t, filepath.Join(dir, "house.yaml"), []byte(c.pack), 0o644)
		code, _, errOut := copydesk(t, "", "check", "--config", cfg, doc)
		if code != 2 || !strings.Contains(errOut, c.want) {
			t.Errorf("pack %q: exit %d, stderr %q; want %q", c.pack, code, errOut, c.want)
		}
	}
}

func TestConfigDiscoveryAndOverrides(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, ".copydesk.yaml"), []byte("rules:\n  mt.repeated-word: error\n  \"format.*\": off\n"), 0o644)
	writeFile(t, filepath.Join(dir, "sub", "doc.txt"), []byte("He said the the talks\u00a0failed.\n"), 0o644)
	t.Chdir(filepath.Join(dir, "sub"))
	code, r, _ := checkJSON(t, "doc.txt")
	if code != 1 || len(r.Documents[0].Findings) != 1 || r.Documents[0].Findings[0].Rule != "mt.repeated-word" {
		t.Errorf("exit %d, findings %+v", code, r.Documents[0].Findings)
	}
}

func TestFailOnAndMinScore(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "doc.txt")
	writeFile(t, doc, []byte("He said the the talks failed.\n"), 0o644)
	for _, c := range []struct {
		args []string
		code int
	}{
		{nil, 0},
		{[]string{"--fail-on", "warning"}, 1},
		{[]string{"--fail-on", "none"}, 0},
		{[]string{"--min-score", "99"}, 1},
		{[]string{"--fail-on", "loud"}, 2},
		{[]string{"--format", "yaml"}, 2},
		{[]string{"--rule", "nope.*"}, 2},
	} {
		code, _, errOut := copydesk(t, "", append(append([]string{"check"}, c.args...), doc)...)
		if code != c.code {
			t.Errorf("%v: exit %d, want %d (%s)", c.args, code, c.code, errOut)
		}
	}
}

// TestMaxFailing: a run passes while no more documents fail than allowed, as
// a count or a share, in the batch and the streaming paths; a bad allowance
// is a usage error naming the flag.
func TestMaxFailing(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.txt", "b.txt", "c.txt", "d.txt"} {
		writeFile(t, filepath.Join(dir, name), []byte("The minister spoke at length on Monday.\n"), 0o644)
	}
	writeFile(t, filepath.Join(dir, "e.txt"), []byte("Connecting to %s now.\n"), 0o644) // an error: fails the gate
	for _, c := range []struct {
		args []string
		code int
		says string
	}{
		{nil, 1, "1 document fails the gate\n"},
		{[]string{"--max-failing", "1"}, 0, "1 document fails the gate, within the 1 allowed"},
		{[]string{"--max-failing", "20%"}, 0, "within the 20% allowed"},
		{[]string{"--max-failing", "10%"}, 1, "more than the 10% allowed"},
		{[]string{"--max-failing", "1", "--format", "jsonl"}, 0, ""},
		{[]string{"--max-failing", "0", "--format", "jsonl"}, 1, ""},
		{[]string{"--max-failing", "-3"}, 2, "--max-failing"},
		{[]string{"--max-failing", "150%"}, 2, "--max-failing"},
	} {
		code, out, errOut := copydesk(t, "", append(append([]string{"check"}, c.args...), dir)...)
		if code != c.code || !strings.Contains(out+errOut, c.says) {
			t.Errorf("%v: exit %d, want %d; output lacks %q:\n%s%s", c.args, code, c.code, c.says, lastLine(out), errOut)
		}
	}
}

func lastLine(s string) string {
	s = strings.TrimRight(s, "\n")
	return s[strings.LastIndexByte(s, '\n')+1:] + "\n"
}

func TestStdinAndJSONL(t *testing.T) {
	code, r, _ := checkJSON(t, "-")
	if code != 0 || len(r.Documents) != 1 {
		t.Fatalf("empty stdin: exit %d %+v", code, r)
	}
	_, out, _ := copydesk(t, `{"id":"a","text":"Gen. Gen. Smith"}`+"\n"+`{"id":"b","text":"fine"}`+"\n", "check", "--format", "json", "-")
	if !strings.Contains(out, `"path": "stdin#a"`) || !strings.Contains(out, `"text": "Gen. Gen."`) {
		t.Errorf("JSONL on stdin:\n%s", out)
	}
}

func TestInlineSuppression(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "doc.txt")
	writeFile(t, doc, []byte("copydesk:ignore mt.repeated-word -- quoting the source verbatim\nHe said the the talks failed.\n\ncopydesk:ignore mt.spacing\nAgain the the talks.\n\ncopydesk:ignore format.nbsp -- nothing here\nClean line.\n"), 0o644)
	_, r, _ := checkJSON(t, doc)
	var got []string
	for _, f := range r.Documents[0].Findings {
		got = append(got, f.Rule+":"+f.Text)
	}
	want := "meta.suppression-reason:copydesk:ignore mt.spacing|mt.repeated-word:the the|meta.unused-suppression:copydesk:ignore format.nbsp -- nothing here"
	if strings.Join(got, "|") != want {
		t.Errorf("got  %q\nwant %q", strings.Join(got, "|"), want)
	}
}

func TestReportDir(t *testing.T) {
	repoRoot(t)
	out := t.TempDir()
	code, _, errOut := copydesk(t, "", "check", "--report-dir", out, "--format", "json", "--format", "text", "--format", "summary", "testdata/seeds")
	if code != 1 {
		t.Errorf("exit %d: %s", code, errOut)
	}
	entries, _ := os.ReadDir(out)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if len(entries) != 13 || !slices.Contains(names, "index.summary.txt") {
		t.Errorf("report dir holds %v, want 5 documents + index in json and text, and the summary's index alone", names)
	}
	b, err := os.ReadFile(filepath.Join(out, "004_1d7ffd685080755d.json"))
	if err != nil || !strings.Contains(string(b), `"text": "Gen. Gen."`) {
		t.Errorf("per-document report: %v", err)
	}
}

func TestReportNamesStayInside(t *testing.T) {
	code, _, _ := copydesk(t, `{"id":"../../escape","text":"x"}`+"\n"+`{"id":"a/b","text":"y"}`+"\n", "check", "--report-dir", t.TempDir(), "-")
	if code != 0 {
		t.Errorf("exit %d", code)
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(t.TempDir()), "escape.json")); err == nil {
		t.Error("a record id wrote outside the report dir")
	}
}

// TestFlagAfterPaths: urfave/cli stops reading flags at the first path, so a
// flag after the paths would be taken for a missing file; it is a usage error
// that says where flags go, unless a file of that name exists.
func TestFlagAfterPaths(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	writeFile(t, good, []byte("He said the the talks failed.\n"), 0o644)
	code, out, errOut := copydesk(t, "", "check", good, "--rule=typo.*")
	if code != 2 || out != "" || !strings.Contains(errOut, "--rule after the paths: flags go before them (copydesk check --rule ... PATH...)") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	odd := filepath.Join(dir, "-odd.txt")
	writeFile(t, odd, []byte("Nothing to see.\n"), 0o644)
	t.Chdir(dir)
	if code, _, errOut := copydesk(t, "", "check", "good.txt", "-odd.txt"); code == 2 || strings.Contains(errOut, "flags go before") {
		t.Errorf("a file named -odd.txt: exit %d, stderr %q", code, errOut)
	}
}
