package checks

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/document"
)

// A file over document.SectionSize is checked section by section: findings
// land at their place in the file, with the lines and columns a whole-file
// segmentation gives, and nothing is lost or doubled at the cuts.
func TestLargeDocumentInSections(t *testing.T) {
	var b strings.Builder
	var typoLines []int
	for i := 0; b.Len() <= document.SectionSize*5/2; i++ {
		if i%1000 == 999 {
			fmt.Fprintf(&b, "Report %d: the army secured the countryisde near Baghdad on Tuesday, officials said.\n\n", i)
			typoLines = append(typoLines, 2*i+1)
			continue
		}
		fmt.Fprintf(&b, "Report %d: the minister met officials in Baghdad on Tuesday to discuss the border.\n\n", i)
	}
	raw := []byte(b.String())
	large := document.NewDeferred("big.txt", "big", raw)
	if len(large.Sections(document.SectionSize)) < 2 {
		t.Fatal("the test text should make several sections")
	}
	whole := document.New("big.txt", "big", raw)
	res := testEngine(t, "typo.*").CheckDocument(context.Background(), large)
	var lines []int
	for _, f := range res.Findings {
		if got := raw[f.Span.Start:f.Span.End]; string(got) != "countryisde" {
			t.Errorf("finding %s at %d covers %q", f.Rule, f.Span.Start, got)
		}
		if p := whole.Position(f.Span.Start); f.Start != p {
			t.Errorf("finding at %d says %v, the file says %v", f.Span.Start, f.Start, p)
		}
		lines = append(lines, f.Start.Line)
	}
	if fmt.Sprint(lines) != fmt.Sprint(typoLines) {
		t.Errorf("typos found on lines %v, want %v", lines, typoLines)
	}
	if large.WordCount() != whole.WordCount() {
		t.Errorf("word count %d, whole file %d", large.WordCount(), whole.WordCount())
	}
	if large.Tokens != nil {
		t.Error("the large document kept a whole-file segmentation")
	}

	// With a limit, the first findings in the file are listed and the rest counted,
	// as for a document checked whole.
	e := testEngine(t, "typo.*")
	e.MaxFindings = 5
	res = e.CheckDocument(context.Background(), document.NewDeferred("big.txt", "big", raw))
	lines = nil
	for _, f := range res.Findings {
		if f.Rule != "meta.truncated" {
			lines = append(lines, f.Start.Line)
		}
	}
	if fmt.Sprint(lines) != fmt.Sprint(typoLines[:5]) || res.Truncated != len(typoLines)-5 {
		t.Errorf("with max-findings 5: lines %v, %d truncated; want %v, %d", lines, res.Truncated, typoLines[:5], len(typoLines)-5)
	}
}

// A text dense with findings of several rules, each emitting in its own
// order: with a limit, a document (or each section of a large one) holds at
// most twice the limit while it is checked (boundedCollect), and the run
// still lists exactly the first findings of the unlimited run and counts the
// rest.
func TestLimitKeepsFirstFindings(t *testing.T) {
	for _, size := range []int{document.SectionSize / 4, document.SectionSize * 5 / 2} {
		var b strings.Builder
		for i := 0; b.Len() <= size; i++ {
			switch i % 3 {
			case 0:
				fmt.Fprintf(&b, "Report %d: the army secured the countryisde\u00a0near Baghdad on Tuesday,, officials said.\n\n", i)
			case 1:
				fmt.Fprintf(&b, "Report %d: the the minister met officials in Baghdad on Tuesday ( to discuss the border.\n\n", i)
			default:
				fmt.Fprintf(&b, "Report %d: officials said the opperation near Mosul would end soon.\n\n", i)
			}
		}
		raw := []byte(b.String())
		run := func(limit int) Result {
			e := testEngine(t, "typo.*", "format.*", "mt.*")
			e.MaxFindings = limit
			return e.CheckDocument(context.Background(), document.NewDeferred("big.txt", "big", raw))
		}
		all := run(0).Findings
		for _, limit := range []int{7, 500} {
			res := run(limit)
			if len(all) < 3*limit {
				t.Fatalf("the test text gives %d findings, too few for a limit of %d", len(all), limit)
			}
			listed := res.Findings[:len(res.Findings)-1] // the last is meta.truncated
			if last := res.Findings[len(res.Findings)-1]; last.Rule != "meta.truncated" {
				t.Fatalf("%d bytes, limit %d: last finding is %s, want meta.truncated", len(raw), limit, last.Rule)
			}
			if len(listed) != limit || res.Truncated != len(all)-limit {
				t.Errorf("%d bytes, limit %d: %d listed, %d truncated; want %d, %d", len(raw), limit, len(listed), res.Truncated, limit, len(all)-limit)
			}
			for i := range min(len(listed), limit) {
				if g, w := listed[i], all[i]; g.Rule != w.Rule || g.Span != w.Span {
					t.Errorf("%d bytes, limit %d, finding %d: %s at %v, unlimited run has %s at %v", len(raw), limit, i, g.Rule, g.Span, w.Rule, w.Span)
					break
				}
			}
		}
	}
}

// A name spelled one way in one section of a large file and another way in a
// later section is found by the corpus pass, as across two documents.
func TestNameVariantAcrossSections(t *testing.T) {
	var b strings.Builder
	b.WriteString("Army Chief of Staff Osman Al-Ghanmi visited the front on Monday.\n\n")
	for i := 0; b.Len() <= document.SectionSize*3/2; i++ {
		fmt.Fprintf(&b, "Report %d: the minister met officials in the capital on Tuesday to discuss the border.\n\n", i)
	}
	b.WriteString("Army Chief of Staff Othman al-Ghanemi visited the front on Friday.\n")
	raw := []byte(b.String())
	e := testEngine(t, "names.*")
	results, err := e.RunAll(context.Background(), 2, walkItems([]document.Item{{Path: "big.txt", Doc: document.NewDeferred("big.txt", "big", raw)}}))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range results[0].Findings {
		got = append(got, f.Rule+":"+string(raw[f.Span.Start:f.Span.End]))
	}
	if len(got) == 0 {
		t.Fatal("no names finding across the sections of one file")
	}
	for _, g := range got {
		if !strings.Contains(g, "Ghan") {
			t.Errorf("unexpected finding %s", g)
		}
	}
}

func TestSectionsCutAtBreaks(t *testing.T) {
	for _, c := range []struct {
		text string
		size int
		want []string
	}{
		// A paragraph break wins over a line break and a space in the window after size bytes.
		{"aaaa bbbb\ncc\n\ndddd", 8, []string{"aaaa bbbb\ncc\n\n", "dddd"}},
		// No paragraph break: a line break; none: a space; none at all: a character boundary.
		{"aaaa bb\ncc", 5, []string{"aaaa bb\n", "cc"}},
		{"aaaa bbbb cc", 5, []string{"aaaa bbbb ", "cc"}},
		{"ééééééé", 3, []string{"éé", "éé", "éé", "é"}},
	} {
		d := document.NewDeferred("x", "x", []byte(c.text))
		var got []string
		for _, s := range d.Sections(c.size) {
			got = append(got, d.Slice(s))
		}
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("Sections(%q, %d) = %q, want %q", c.text, c.size, got, c.want)
		}
	}
}

// A document past max-findings that the corpus pass gives a name finding
// later: the count of what is not listed keeps what was let go before, and
// the document has one truncation note, last.
func TestLimitWithCorpusFindings(t *testing.T) {
	doc1 := "Army Chief of Staff Osman Al-Ghanmi visited the front.\n\n" + strings.Repeat("He said the the talks went on.\n\n", 40)
	doc2 := "Army Chief of Staff Othman al-Ghanemi visited the front.\n"
	run := func(limit int) Result {
		e := testEngine(t, "names.*", "mt.repeated-word")
		e.MaxFindings = limit
		rs, err := e.RunAll(context.Background(), 1, walkItems([]document.Item{
			{Path: "a.txt", Doc: document.New("a.txt", "a", []byte(doc1))},
			{Path: "b.txt", Doc: document.New("b.txt", "b", []byte(doc2))}}))
		if err != nil {
			t.Fatal(err)
		}
		return rs[0]
	}
	all := run(0)
	if !hasRule(all.Findings, "names.variant") || len(all.Findings) != 41 {
		t.Fatalf("unlimited: %d findings, want 40 repeated words and a name variant", len(all.Findings))
	}
	res := run(5)
	notes := 0
	for _, f := range res.Findings {
		if f.Rule == "meta.truncated" {
			notes++
		}
	}
	if len(res.Findings) != 6 || notes != 1 || res.Findings[5].Rule != "meta.truncated" || res.Truncated != 36 {
		t.Errorf("limit 5: %d findings, %d truncation notes, %d truncated; want 5 and a note, 36 truncated", len(res.Findings), notes, res.Truncated)
	}
	if !hasRule(res.Findings, "names.variant") {
		t.Error("the name variant, first in the text, is not listed")
	}
}
