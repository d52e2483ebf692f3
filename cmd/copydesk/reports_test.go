package main

import (
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// TestFormatGoldens: every report format on the seeds, checked against golden files.
func TestFormatGoldens(t *testing.T) {
	repoRoot(t)
	for _, f := range []struct{ format, file string }{
		{"sarif", "seeds.sarif"}, {"junit", "seeds.junit.xml"}, {"markdown", "seeds.md"}, {"jsonl", "seeds.jsonl"}, {"html", "seeds.html"},
		{"summary", "seeds.summary.txt"},
	} {
		_, out, errOut := copydesk(t, "", "check", "--format", f.format, "testdata/seeds")
		if out == "" {
			t.Fatalf("%s: no output (%s)", f.format, errOut)
		}
		golden(t, f.file, out)
	}
}

// TestSARIFValidates checks the SARIF report against the SARIF 2.1.0 schema.
func TestSARIFValidates(t *testing.T) {
	repoRoot(t)
	_, out, _ := copydesk(t, "", "check", "--format", "sarif", "testdata/seeds", "testdata/nope.txt")
	f, err := os.Open("testdata/sarif/sarif-2.1.0-rtm.5.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("sarif.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("sarif.json")
	if err != nil {
		t.Fatal(err)
	}
	if bad, _ := jsonschema.UnmarshalJSON(strings.NewReader(`{"runs": "no"}`)); sch.Validate(bad) == nil {
		t.Fatal("the schema accepts an invalid log: the validation proves nothing")
	}
	inst, err := jsonschema.UnmarshalJSON(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if err := sch.Validate(inst); err != nil {
		t.Errorf("SARIF does not validate: %v", err)
	}
	var rep struct {
		Runs []struct {
			Results []struct {
				RuleID    string         `json:"ruleId"`
				Partial   map[string]any `json:"partialFingerprints"`
				Locations []struct {
					Physical struct {
						Region struct {
							StartLine  int `json:"startLine"`
							ByteOffset int `json:"byteOffset"`
						} `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
				Fixes []any `json:"fixes"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	fixes := 0
	for _, r := range rep.Runs[0].Results {
		if r.Partial["copydesk/v1"] == nil || r.Locations[0].Physical.Region.StartLine < 1 {
			t.Errorf("%s: missing fingerprint or region", r.RuleID)
		}
		fixes += len(r.Fixes)
	}
	if len(rep.Runs[0].Results) < 50 || fixes == 0 {
		t.Errorf("%d results, %d fixes", len(rep.Runs[0].Results), fixes)
	}
}

// TestJUnitParses reads the JUnit report back: a test case per document, the
// failing one with its error-level finding.
func TestJUnitParses(t *testing.T) {
	repoRoot(t)
	_, out, _ := copydesk(t, "", "check", "--format", "junit", "testdata/seeds", "testdata/nope.txt")
	var suites struct {
		Tests    int `xml:"tests,attr"`
		Failures int `xml:"failures,attr"`
		Errors   int `xml:"errors,attr"`
		Suites   []struct {
			Cases []struct {
				Name     string `xml:"name,attr"`
				Failures []struct {
					Type string `xml:"type,attr"`
				} `xml:"failure"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal([]byte(out), &suites); err != nil {
		t.Fatal(err)
	}
	if suites.Tests != 6 || suites.Failures != 1 || suites.Errors != 1 {
		t.Errorf("tests %d failures %d errors %d", suites.Tests, suites.Failures, suites.Errors)
	}
	for _, c := range suites.Suites[0].Cases {
		if strings.Contains(c.Name, "004_") && (len(c.Failures) != 1 || c.Failures[0].Type != "mt.placeholder") {
			t.Errorf("004 failures: %+v", c.Failures)
		}
	}
}

// TestHTMLEscapes: a document holding markup is shown as text, never run.
func TestHTMLEscapes(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "evil.txt")
	writeFile(t, doc, []byte("He said the the <script>alert(1)</script> and <img src=x onerror=alert(2)>.\n"), 0o644)
	out := filepath.Join(dir, "out")
	copydesk(t, "", "check", "--report-dir", out, "--format", "html", doc)
	for _, name := range []string{"evil.html", "index.html"} {
		b, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(b), "<script>alert") || strings.Contains(string(b), "<img src=x") {
			t.Errorf("%s embeds the document's markup unescaped", name)
		}
	}
}

// TestHTMLOneDocument: an editor's report on one document is that document,
// without the corpus charts and table; with --report-dir the index keeps the
// table, which is the only link to the document's page.
func TestHTMLOneDocument(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "one.txt")
	writeFile(t, doc, []byte("The countryisde was calm.\n"), 0o644)
	_, out, errOut := copydesk(t, "", "check", "--format", "html", doc)
	if !strings.Contains(out, "countryisde") || strings.Contains(out, "<svg") || strings.Contains(out, `id="docs"`) {
		t.Errorf("one document's HTML report (%s):\n%s", errOut, out)
	}
	rd := filepath.Join(dir, "out")
	copydesk(t, "", "check", "--report-dir", rd, "--format", "html", doc)
	b, err := os.ReadFile(filepath.Join(rd, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `href="one.html"`) {
		t.Errorf("the index of a one-document report directory does not link its page:\n%s", b)
	}
}

// TestReportLanguage: a document in another language is reported in it (the
// document's "language"), with one error that fails the gate; an English one
// keeps the configured "en".
func TestReportLanguage(t *testing.T) {
	dir := t.TempDir()
	fr := filepath.Join(dir, "fr.txt")
	writeFile(t, fr, []byte("Le gouvernement a annoncé une réforme des retraites hier soir.\n\n"+
		"Les syndicats ont appelé à la grève dans tout le pays la semaine prochaine.\n\n"+
		"Le ministre a déclaré que le projet serait présenté au Parlement en janvier.\n"), 0o644)
	en := filepath.Join(dir, "en.txt")
	writeFile(t, en, []byte("The government announced a pension reform last night.\n"), 0o644)
	code, r, errOut := checkJSON(t, fr, en)
	if code != 1 || len(r.Documents) != 2 {
		t.Fatalf("exit %d, %d documents (%s)", code, len(r.Documents), errOut)
	}
	for _, d := range r.Documents {
		want := map[string]string{"en.txt": "en", "fr.txt": "fr"}[filepath.Base(d.Path)]
		if d.Language != want {
			t.Errorf("%s: language %q, want %q", d.Path, d.Language, want)
		}
	}
	if fs := r.Documents[1].Findings; len(fs) != 1 || fs[0].Rule != "language.not-english" {
		t.Errorf("the French document's findings: %+v", fs)
	}
	if bl := r.Summary.ByLanguage; len(bl) != 2 || bl["en"] != 1 || bl["fr"] != 1 {
		t.Errorf("summary by_language %v, want en 1, fr 1", bl)
	}
	if _, out, _ := copydesk(t, "", "check", fr, en); !strings.Contains(out, "2 documents, 1 finding (mixed-language 1), 1 document in another language (fr 1); 1 document fails the gate") {
		t.Errorf("text summary:\n%s", out)
	}
	// The HTML index gets a language column when its documents are in more than one.
	if _, out, _ := copydesk(t, "", "check", "--format", "html", fr, en); !strings.Contains(out, "<th>language</th>") || !strings.Contains(out, "<td>fr</td>") {
		t.Errorf("HTML index without the documents' languages")
	}
}
