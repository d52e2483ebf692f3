package reports

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"

	"github.com/copydesk/copydesk/checks"
)

// Fingerprint identifies a finding by its rule, the flagged text and a little
// of the text around it, not by its line, so edits elsewhere in the document
// leave it unchanged (baselines and SARIF partialFingerprints use it).
// Two identical findings in identical context share a fingerprint; a baseline
// counts them.
func Fingerprint(r checks.Result, f checks.Finding) string {
	ctx := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	// Context stays inside the finding's own lines, so moving or editing other
	// paragraphs leaves the fingerprint alone.
	t := r.Doc.Text
	ls := strings.LastIndexByte(t[:f.Span.Start], '\n') + 1
	le := len(t)
	if i := strings.IndexByte(t[f.Span.End:], '\n'); i >= 0 {
		le = f.Span.End + i
	}
	before := t[max(ls, f.Span.Start-24):f.Span.Start]
	after := t[f.Span.End:min(le, f.Span.End+24)]
	h := sha256.Sum256([]byte(f.Rule + "\x00" + ctx(before) + "\x00" + ctx(f.Text) + "\x00" + ctx(after)))
	return hex.EncodeToString(h[:8])
}
