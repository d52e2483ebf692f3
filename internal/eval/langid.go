package eval

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/pemistahl/lingua-go"

	"github.com/copydesk/copydesk/checks"
	"github.com/copydesk/copydesk/document"
)

// LangSentence is one sentence of the langid bench set.
type LangSentence struct{ Lang, Text string }

// ReadLangSentences reads langid/sentences.tsv (lang<TAB>text, header line).
func ReadLangSentences(path string) ([]LangSentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []LangSentence
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for n := 0; sc.Scan(); n++ {
		lang, text, ok := strings.Cut(sc.Text(), "\t")
		if n == 0 || !ok {
			continue
		}
		out = append(out, LangSentence{lang, text})
	}
	return out, sc.Err()
}

// LangStats are the figures of the mixed-language evaluation.
type LangStats struct {
	Inserted, Found, Named int
	ByLang                 map[string][3]int // inserted, found, named
	EnglishSegments        int
	FalsePositives         int
	FPExamples, Misses     []string
}

// MixedLanguage inserts each foreign sentence of five words or more between two
// English segments that end with a full stop and checks that a language.* finding covers it and names its
// language; then it checks the English segments alone for false alarms.
func MixedLanguage(foreign []LangSentence, english []string) (*LangStats, error) {
	e, err := Engine("language.*")
	if err != nil {
		return nil, err
	}
	st := &LangStats{ByLang: map[string][3]int{}}
	// Neighbours are English segments that end a sentence, so the inserted
	// sentence stands as a sentence of its own paragraph (a headline without a
	// full stop would swallow it).
	var ends []string
	for _, s := range english {
		if t := strings.TrimRight(s, " "); strings.HasSuffix(t, ".") || strings.HasSuffix(t, ".”") || strings.HasSuffix(t, ".\"") {
			ends = append(ends, s)
		}
	}
	k := 0
	for _, s := range foreign {
		if s.Lang == "en" || len(strings.Fields(s.Text)) < 5 {
			continue
		}
		before, after := ends[k%len(ends)], ends[(k+1)%len(ends)]
		k += 2
		text := before + " " + s.Text + " " + after
		start := len(before) + 1
		end := start + len(s.Text)
		r := e.CheckDocument(context.Background(), document.New("mix", "mix", []byte(text)))
		st.Inserted++
		c := st.ByLang[s.Lang]
		c[0]++
		want := lingua.GetLanguageFromIsoCode639_1(lingua.GetIsoCode639_1FromValue(strings.ToUpper(s.Lang))).String()
		covered, named := 0, false
		for _, f := range r.Findings {
			lo, hi := max(f.Span.Start, start), min(f.Span.End, end)
			if hi > lo {
				covered += hi - lo
				if namesLanguage(f.Message, want) {
					named = true
				}
			}
		}
		if covered*2 >= end-start {
			st.Found++
			c[1]++
			if named {
				st.Named++
				c[2]++
			}
		} else if len(st.Misses) < 20 {
			var got []string
			for _, f := range r.Findings {
				got = append(got, fmt.Sprintf("%s %q", f.Rule, f.Text))
			}
			st.Misses = append(st.Misses, fmt.Sprintf("%s: %q found %v", s.Lang, clipText(text, 300), got))
		}
		st.ByLang[s.Lang] = c
	}
	for _, seg := range english {
		st.EnglishSegments++
		r := e.CheckDocument(context.Background(), document.New("en", "en", []byte(seg)))
		for _, f := range r.Findings {
			st.FalsePositives++
			if len(st.FPExamples) < 20 {
				st.FPExamples = append(st.FPExamples, f.Message)
			}
		}
	}
	return st, nil
}

// PrintLang writes the figures.
func PrintLang(w io.Writer, st *LangStats, sample bool) {
	fmt.Fprintf(w, "inserted %d, found %d (recall %.3f), named right %d (%.3f of found)\n", st.Inserted, st.Found,
		float64(st.Found)/float64(max(1, st.Inserted)), st.Named, float64(st.Named)/float64(max(1, st.Found)))
	fmt.Fprintf(w, "English segments %d, false positives %d (%.2f per 1,000)\n", st.EnglishSegments, st.FalsePositives,
		1000*float64(st.FalsePositives)/float64(max(1, st.EnglishSegments)))
	var langs []string
	for l := range st.ByLang {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	for _, l := range langs {
		c := st.ByLang[l]
		fmt.Fprintf(w, "  %s: %d inserted, %d found, %d named\n", l, c[0], c[1], c[2])
	}
	if sample {
		for _, m := range st.Misses {
			fmt.Fprintln(w, "  missed:", m)
		}
		for _, m := range st.FPExamples {
			fmt.Fprintln(w, "  false positive:", m)
		}
	}
}

// namesLanguage: the message opens with the language, or with a pair of close
// kin that includes it ("Bosnian or Croatian sentence …").
func namesLanguage(msg, want string) bool {
	head, _, ok := strings.Cut(msg, " sentence in")
	if !ok {
		head, _, ok = strings.Cut(msg, " text in")
	}
	if !ok { // language.not-english: "The document is in French, not English ..."
		head, _, _ = strings.Cut(strings.TrimPrefix(msg, "The document is in "), ", not English")
	}
	for _, alt := range strings.Split(head, " or ") {
		if alt == want {
			return true
		}
	}
	return false
}

// DocStats are the figures of the whole-document evaluation.
type DocStats struct {
	ByLang           map[string][3]int // documents, found not English, named right
	Documents, Found int
	Named            int
	English          int      // English documents checked
	EnglishFlagged   []string // English documents language.not-english fired on
}

// WholeDocuments joins the sentences of each language, n at a time, into
// documents of one paragraph a sentence, and checks that language.not-english
// finds each and names its language; then it joins the English segments the
// same way and checks that none is taken for another language.
func WholeDocuments(foreign []LangSentence, english []string, n int) (*DocStats, error) {
	e, err := Engine("language.*")
	if err != nil {
		return nil, err
	}
	st := &DocStats{ByLang: map[string][3]int{}}
	byLang := map[string][]string{}
	var langs []string
	for _, s := range foreign {
		if s.Lang == "en" {
			continue
		}
		if _, ok := byLang[s.Lang]; !ok {
			langs = append(langs, s.Lang)
		}
		byLang[s.Lang] = append(byLang[s.Lang], s.Text)
	}
	sort.Strings(langs)
	verdict := func(text string) (string, string) {
		r := e.CheckDocument(context.Background(), document.New("doc", "doc", []byte(text)))
		for _, f := range r.Findings {
			if f.Rule == checks.NotEnglish {
				return f.Lang, f.Message
			}
		}
		return "", ""
	}
	for _, l := range langs {
		ss := byLang[l]
		want := lingua.GetLanguageFromIsoCode639_1(lingua.GetIsoCode639_1FromValue(strings.ToUpper(l))).String()
		for i := 0; i+n <= len(ss); i += n {
			c := st.ByLang[l]
			c[0]++
			st.Documents++
			if code, msg := verdict(strings.Join(ss[i:i+n], "\n\n")); code != "" {
				c[1]++
				st.Found++
				if namesLanguage(msg, want) {
					c[2]++
					st.Named++
				}
			}
			st.ByLang[l] = c
		}
	}
	for i := 0; i+n <= len(english); i += n {
		st.English++
		if code, _ := verdict(strings.Join(english[i:i+n], "\n\n")); code != "" && len(st.EnglishFlagged) < 20 {
			st.EnglishFlagged = append(st.EnglishFlagged, code+": "+clipText(strings.Join(english[i:i+n], " "), 200))
		}
	}
	return st, nil
}

// PrintDocs writes the whole-document figures.
func PrintDocs(w io.Writer, st *DocStats) {
	fmt.Fprintf(w, "whole documents: %d in other languages, found %d (%.3f), named right %d (%.3f of found); %d English documents, %d taken for another language\n",
		st.Documents, st.Found, float64(st.Found)/float64(max(1, st.Documents)), st.Named, float64(st.Named)/float64(max(1, st.Found)),
		st.English, len(st.EnglishFlagged))
	var langs []string
	for l := range st.ByLang {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	var parts []string
	for _, l := range langs {
		c := st.ByLang[l]
		if c[1] < c[0] || c[2] < c[1] {
			parts = append(parts, fmt.Sprintf("%s %d/%d/%d", l, c[0], c[1], c[2]))
		}
	}
	if len(parts) > 0 {
		fmt.Fprintln(w, "  short of all (documents/found/named):", strings.Join(parts, ", "))
	}
	for _, m := range st.EnglishFlagged {
		fmt.Fprintln(w, "  English taken for another language:", m)
	}
}
