package checks

import (
	"context"
	"fmt"
	"unicode/utf8"

	"github.com/copydesk/copydesk/document"
)

// encodingCheck reports bytes that are not UTF-8 and documents with no text at
// all. The loader keeps such documents so the rest of the text is still checked.
type encodingCheck struct{}

func init() {
	Register(Family{ID: "format.encoding", Rules: []RuleInfo{
		{ID: "format.invalid-utf8", Category: Formatting, Severity: Error,
			Description: "Bytes that are not valid UTF-8 (often Latin-1 or Windows-1252 text in a UTF-8 file)."},
		{ID: "format.empty-document", Category: Formatting, Severity: Warning,
			Description: "The document holds no words: an empty page or a failed scrape."},
	}, New: func(*Setup) (Check, error) { return encodingCheck{}, nil }})
}

func (encodingCheck) ID() string { return "format.encoding" }

func (encodingCheck) Check(ctx context.Context, d *document.Document, emit func(Finding)) {
	if d.WordCount() == 0 {
		msg := "The document is empty"
		if len(d.Raw) > 0 {
			msg = "The document holds no words"
		}
		emit(Finding{Rule: "format.empty-document", Category: Formatting, Span: document.Span{Start: 0, End: 0},
			Message: msg, Confidence: 1})
	}
	if d.ValidUTF8 {
		return
	}
	t := d.Text
	for i := 0; i < len(t); {
		r, n := utf8.DecodeRuneInString(t[i:])
		if r != utf8.RuneError || n != 1 {
			i += n
			continue
		}
		j := i + 1
		for j < len(t) {
			r2, n2 := utf8.DecodeRuneInString(t[j:])
			if r2 != utf8.RuneError || n2 != 1 {
				break
			}
			j++
		}
		emit(Finding{Rule: "format.invalid-utf8", Category: Formatting, Span: document.Span{Start: i, End: j}, Confidence: 1,
			Message: fmt.Sprintf("Invalid UTF-8 (byte %s); the file may be in Latin-1 or Windows-1252", hexBytes(t[i:j]))})
		i = j
	}
}

func hexBytes(s string) string {
	out := ""
	for k := 0; k < len(s) && k < 4; k++ {
		if k > 0 {
			out += " "
		}
		out += fmt.Sprintf("0x%02X", s[k])
	}
	if len(s) > 4 {
		out += " …"
	}
	return out
}
