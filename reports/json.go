package reports

import (
	"bufio"
	"bytes"
	"io"
	"runtime"
	"sync"

	json "github.com/goccy/go-json"

	"github.com/copydesk/copydesk/checks"
)

// JSON report types: the contract scripts and scorers rely on (see design.md).
type jsonReport struct {
	Tool      jsonTool    `json:"tool"`
	Documents []jsonDoc   `json:"documents"`
	Summary   jsonSummary `json:"summary"`
}

type jsonTool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

type jsonDoc struct {
	Path      string        `json:"path"`
	ID        string        `json:"id"`
	Language  string        `json:"language"`
	Score     int           `json:"score"`
	Bytes     int           `json:"bytes"`
	Findings  []JSONFinding `json:"findings"`
	Truncated int           `json:"truncated,omitempty"`
}

// JSONFinding is one finding as the JSON and JSONL reports write it.
type JSONFinding struct {
	Path        string            `json:"path,omitempty"` // JSONL only
	Rule        string            `json:"rule"`
	Category    string            `json:"category"`
	Severity    string            `json:"severity"`
	Line        int               `json:"line"`
	Column      int               `json:"column"`
	EndLine     int               `json:"end_line"`
	EndColumn   int               `json:"end_column"`
	Offset      int               `json:"offset"`
	Length      int               `json:"length"`
	Text        string            `json:"text"`
	Message     string            `json:"message"`
	Suggestions []string          `json:"suggestions"`
	Fixable     bool              `json:"fixable,omitempty"`
	Confidence  float64           `json:"confidence"`
	Related     []checks.Location `json:"related"`
	Language    string            `json:"language,omitempty"` // language.* findings: the language found (ISO 639-1)
}

type jsonSummary struct {
	Documents   int            `json:"documents"`
	Findings    int            `json:"findings"`
	ByCategory  map[string]int `json:"by_category"`
	BySeverity  map[string]int `json:"by_severity"`
	ByRule      map[string]int `json:"by_rule"`
	ByLanguage  map[string]int `json:"by_language"` // documents by language (see Result.Language)
	Failed      int            `json:"failed"`
	Errors      []jsonError    `json:"errors"`
	Interrupted bool           `json:"interrupted,omitempty"`
	corpusStats                // scores, lowest, unknown_words: filled for the JSON report only (corpusStats)
}

type jsonError struct {
	Path   string `json:"path"`
	Reason string `json:"reason"`
}

// ToJSONFinding converts a finding.
func ToJSONFinding(f checks.Finding) JSONFinding {
	sugg := make([]string, 0, len(f.Fixes))
	for _, x := range f.Fixes {
		sugg = append(sugg, x.Replacement)
	}
	_, safe := f.SafeFix()
	rel := f.Related
	if rel == nil {
		rel = []checks.Location{}
	}
	return JSONFinding{Rule: f.Rule, Category: string(f.Category), Severity: f.Severity.String(),
		Line: f.Start.Line, Column: f.Start.Column, EndLine: f.End.Line, EndColumn: f.End.Column,
		Offset: f.Span.Start, Length: f.Span.Len(), Text: f.Text, Message: f.Message, Suggestions: sugg,
		Fixable: safe, Confidence: round2(f.Confidence), Related: rel, Language: f.Lang}
}

func round2(x float64) float64 { return float64(int(x*100+0.5)) / 100 }

func (run *Run) jsonDoc(r checks.Result) jsonDoc {
	fs := make([]JSONFinding, 0, len(r.Findings))
	for _, f := range r.Findings {
		fs = append(fs, ToJSONFinding(f))
	}
	return jsonDoc{Path: r.Path, ID: r.ID, Language: r.Language(run.Language), Score: Score(r), Bytes: len(r.Doc.Raw),
		Findings: fs, Truncated: r.Truncated}
}

func (run *Run) summary(results []checks.Result) jsonSummary {
	s := jsonSummary{ByCategory: map[string]int{}, BySeverity: map[string]int{}, ByRule: map[string]int{},
		ByLanguage: map[string]int{}, Errors: []jsonError{}, Interrupted: run.Interrupted}
	for _, r := range results {
		if r.Err != nil {
			s.Errors = append(s.Errors, jsonError{Path: r.Path, Reason: errReason(r)})
			continue
		}
		s.Documents++
		s.ByLanguage[r.Language(run.Language)]++
		if failed, _ := run.Gate(r); failed {
			s.Failed++
		}
		seenWord := map[string]bool{}
		for _, f := range r.Findings {
			// An unknown word is reported at each occurrence but counted once per document.
			if f.Rule == "typo.unknown-word" {
				if seenWord[f.Text] {
					continue
				}
				seenWord[f.Text] = true
			}
			s.Findings++
			s.ByCategory[string(f.Category)]++
			s.BySeverity[f.Severity.String()]++
			s.ByRule[f.Rule]++
		}
	}
	return s
}

// reportSummary is the summary with the corpus figures, as the JSON report
// gives it; the other reports' summary lines need only the counts.
func (run *Run) reportSummary(results []checks.Result) jsonSummary {
	s := run.summary(results)
	s.corpusStats = run.corpusStats(results)
	return s
}

// ErrReason is why an input could not be read, without its path.
func ErrReason(r checks.Result) string { return errReason(r) }

func errReason(r checks.Result) string {
	msg := r.Err.Error()
	if p := r.Path + ": "; len(msg) > len(p) && msg[:len(p)] == p {
		return msg[len(p):]
	}
	return msg
}

// WriteJSON writes the whole run as one JSON document. Documents are encoded
// one at a time as they are written, so the report never exists whole in
// memory (a run over thousands of documents writes tens of megabytes); the
// bytes are those of encoding the whole report with two-space indentation.
func (run *Run) WriteJSON(w io.Writer, results []checks.Result) error {
	bw := bufio.NewWriter(w)
	part := func(prefix string, v any) error {
		b, err := encodeIndented(prefix, v)
		if err == nil {
			_, err = bw.Write(b)
		}
		return err
	}
	bw.WriteString("{\n  \"tool\": ")
	if err := part("  ", jsonTool{Name: "copydesk", Version: Version}); err != nil {
		return err
	}
	bw.WriteString(",\n  \"documents\": [")
	var docs []checks.Result
	for _, r := range results {
		if r.Err == nil {
			docs = append(docs, r)
		}
	}
	// Documents are encoded a chunk at a time on every core (encoding is most
	// of the time of writing a large report), and written in order.
	const chunk = 256
	n := 0
	for start := 0; start < len(docs); start += chunk {
		batch := docs[start:min(len(docs), start+chunk)]
		encoded := make([][]byte, len(batch))
		errs := make([]error, len(batch))
		var wg sync.WaitGroup
		next := make(chan int)
		for w := 0; w < runtime.GOMAXPROCS(0); w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for k := range next {
					encoded[k], errs[k] = encodeIndented("    ", run.jsonDoc(batch[k]))
				}
			}()
		}
		for k := range batch {
			next <- k
		}
		close(next)
		wg.Wait()
		for k, b := range encoded {
			if errs[k] != nil {
				return errs[k]
			}
			if n > 0 {
				bw.WriteString(",")
			}
			bw.WriteString("\n    ")
			bw.Write(b)
			n++
		}
	}
	if n > 0 {
		bw.WriteString("\n  ")
	}
	bw.WriteString("],\n  \"summary\": ")
	if err := part("  ", run.reportSummary(results)); err != nil {
		return err
	}
	bw.WriteString("\n}\n")
	return bw.Flush()
}

// encodeIndented is v as the report's encoder writes it at this depth, without the final newline.
func encodeIndented(prefix string, v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent(prefix, "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

func writeJSONLine(w io.Writer, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	b = append(b, '\n')
	_, err = w.Write(b)
	return err
}
