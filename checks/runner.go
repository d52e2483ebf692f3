package checks

import (
	"context"
	"fmt"
	"path"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/copydesk/copydesk/config"
	"github.com/copydesk/copydesk/document"
	"github.com/copydesk/copydesk/markdown"
)

// Result is what checking one input produced: its findings, or why it could not be read.
type Result struct {
	Path      string
	ID        string
	Doc       *document.Document
	Findings  []Finding
	Truncated int   // findings past the per-document limit, counted but not listed
	Err       error // the input could not be read
}

// Language is the document's language: the one language.not-english found,
// else def (the configured one).
func (r Result) Language(def string) string {
	for _, f := range r.Findings {
		if f.Rule == NotEnglish && f.Lang != "" {
			return f.Lang
		}
	}
	return def
}

// Engine runs the enabled checks over documents. Build it once, use it from many goroutines.
type Engine struct {
	checks      []Check
	corpus      []CorpusCheck
	severity    map[string]Severity // rule -> severity in force; rules absent are off
	MaxFindings int
	// Budget is the time one document may take; checks not started by then are
	// skipped and a meta.truncated finding says so. 0 means no limit.
	Budget time.Duration

	sections chan struct{}     // tokens for the sections of large documents checked at once
	buffers  *document.Buffers // segmentations recycled from compacted documents
}

// NewEngine builds every family that has at least one rule enabled by the
// configuration. only, when not empty, limits the run to rules matching those
// globs ("typo.*", "mt.spacing").
func NewEngine(s *Setup, only []string) (*Engine, error) {
	e := &Engine{severity: map[string]Severity{}, MaxFindings: 1000, Budget: 60 * time.Second,
		sections: make(chan struct{}, runtime.GOMAXPROCS(0)), buffers: &document.Buffers{}}
	if s.Config.MaxFindings > 0 {
		e.MaxFindings = s.Config.MaxFindings
	}
	if s.Config.TimeBudget != "" {
		b, err := time.ParseDuration(s.Config.TimeBudget)
		if err != nil || b < 0 {
			return nil, fmt.Errorf("%s: time-budget %q: want a duration such as 30s", s.Config.Path, s.Config.TimeBudget)
		}
		e.Budget = b
	}
	// Validate the configuration's rule settings against the registry first.
	for pat, set := range s.Config.Rules {
		if !matchesAnyRule(pat) {
			return nil, fmt.Errorf("%s:%d: unknown rule %q (see `copydesk rules`)", s.Config.Path, set.Line, pat)
		}
	}
	for _, pat := range only {
		if !matchesAnyRule(pat) {
			return nil, fmt.Errorf("unknown rule %q (see `copydesk rules`)", pat)
		}
	}
	s.phrases = nil // a new engine's checks share a new phrase set
	s.ruleOn = func(id string) bool { _, on := e.severity[id]; return on }
	defer func() { s.ruleOn = nil }()
	for _, f := range Families() {
		on := false
		for _, r := range f.Rules {
			sev := r.Severity
			if v, ok := settingFor(s.Config.Rules, r.ID); ok {
				sev, _ = ParseSeverity(v)
			}
			if len(only) > 0 && !matchList(only, r.ID) && r.Category != Meta {
				sev = 0
			}
			if sev > 0 {
				e.severity[r.ID] = sev
				on = true
			}
		}
		if !on {
			continue
		}
		c, err := f.New(s)
		if err != nil {
			return nil, fmt.Errorf("check %s: %w", f.ID, err)
		}
		e.checks = append(e.checks, c)
		if cc, ok := c.(CorpusCheck); ok {
			e.corpus = append(e.corpus, cc)
		}
	}
	return e, nil
}

// settingFor finds the configured setting for a rule: an exact ID wins over a glob,
// and a longer glob over a shorter one.
func settingFor(m map[string]config.RuleSetting, id string) (string, bool) {
	if v, ok := m[id]; ok {
		return v.Value, true
	}
	best, val := -1, ""
	for pat, v := range m {
		if ok, _ := path.Match(pat, id); ok && len(pat) > best {
			best, val = len(pat), v.Value
		}
	}
	return val, best >= 0
}

func matchesAnyRule(pat string) bool {
	for _, r := range AllRules() {
		if ok, _ := path.Match(pat, r.ID); ok {
			return true
		}
	}
	return false
}

func matchList(pats []string, id string) bool {
	for _, p := range pats {
		if ok, _ := path.Match(p, id); ok {
			return true
		}
	}
	return false
}

// Enabled reports whether a rule runs, and at which severity.
func (e *Engine) Enabled(rule string) (Severity, bool) {
	s, ok := e.severity[rule]
	return s, ok
}

// CheckDocument runs every check on one document and returns its findings in offset order.
func (e *Engine) CheckDocument(ctx context.Context, d *document.Document) Result {
	if d.Compacted() && len(d.Raw) > document.SectionSize {
		return e.checkSections(ctx, d)
	}
	d.ExpandWith(e.buffers) // deferred, or compacted by an earlier run: segmented here
	res := Result{Path: d.Path, ID: d.ID, Doc: d}
	var fs []Finding
	dctx, cancel := e.budget(ctx)
	defer cancel()
	dropped := 0
	e.runChecks(ctx, dctx, d, e.boundedCollect(d, &fs, &dropped))
	fs = e.applySuppressions(d, fs)
	res.Findings, res.Truncated = e.finish(d, fs, dropped)
	return res
}

// prunes reports whether findings of d past max-findings may be let go as
// they come (they cannot make the list, which keeps the first ones in text
// order), so a text full of findings does not hold them all: not with
// inline directives, which may suppress listed findings and let later ones in.
func (e *Engine) prunes(d *document.Document) bool {
	return e.MaxFindings > 0 && !strings.Contains(d.Text, directiveMark)
}

// checkSections checks a large document section by section (see
// document.Sections): a batch of sections at a time, in parallel, each with
// its own segmentation, so memory stays bounded and one large file still uses
// every core. Findings are moved to their place in the file; checks see each
// section as a document of its own, so a duplicate line or a name variant is
// found within a section and, for names, across sections by the corpus pass.
func (e *Engine) checkSections(ctx context.Context, d *document.Document) Result {
	d.EnsureLines()
	res := Result{Path: d.Path, ID: d.ID, Doc: d}
	var fs []Finding
	dctx, cancel := e.budget(ctx)
	defer cancel()
	words, dropped := 0, 0
	// Past max-findings, later sections cannot make the list: keep only the count.
	prune := e.prunes(d)
	secs := d.Sections(document.SectionSize)
	batch := cap(e.sections)
	stop := false
	for b := 0; b < len(secs) && !stop; b += batch {
		part := secs[b:min(len(secs), b+batch)]
		out := make([]sectionResult, len(part))
		var wg sync.WaitGroup
		for k, sec := range part {
			wg.Add(1)
			go func() {
				defer wg.Done()
				e.sections <- struct{}{} // sections in flight, for the whole engine
				defer func() { <-e.sections }()
				out[k] = e.checkSection(ctx, dctx, d, sec, prune)
			}()
		}
		wg.Wait()
		for _, r := range out {
			fs = append(fs, r.findings...)
			words += r.words
			dropped += r.dropped
			if prune && len(fs) > e.MaxFindings {
				fs = sortFindings(fs)
				dropped += len(fs) - e.MaxFindings
				fs = append([]Finding(nil), fs[:e.MaxFindings]...) // let the dropped ones go
			}
			if r.skipped || ctx.Err() != nil {
				stop = true
				break
			}
		}
	}
	d.SetWordCount(words)
	fs = e.applySuppressions(d, fs)
	res.Findings, res.Truncated = e.finish(d, fs, dropped)
	return res
}

// sectionResult is what one section of a large document yields.
type sectionResult struct {
	findings []Finding // placed in the file
	words    int
	dropped  int  // findings past max-findings, counted and let go (see boundedCollect)
	skipped  bool // the time budget ran out
}

// checkSection checks one section of d; with prune, it holds no more than
// max-findings of the section's findings at a time (see boundedCollect).
func (e *Engine) checkSection(ctx, dctx context.Context, d *document.Document, sec document.Span, prune bool) sectionResult {
	sd := document.NewSection(d.Path, d.ID, d.Raw[sec.Start:sec.End], sec.Start, d.LineOf(sec.Start), e.buffers)
	var part []Finding
	emit, dropped := e.collect(&part), 0
	if prune {
		emit = e.boundedCollect(nil, &part, &dropped)
	}
	skipped := e.runChecks(ctx, dctx, sd, emit)
	words := sd.WordCount()
	sd.Compact() // its segmentation serves the next section
	for i := range part {
		f := &part[i]
		f.Span.Start += sec.Start
		f.Span.End += sec.Start
		for k := range f.Related {
			if r := &f.Related[k]; r.Path == d.Path { // places in this section, found by a check
				r.Offset += sec.Start
				p := d.Position(r.Offset)
				r.Line, r.Column = p.Line, p.Column
			}
		}
	}
	return sectionResult{findings: part, words: words, dropped: dropped, skipped: skipped}
}

// boundedCollect is collect for a document or section whose findings past
// max-findings will be dropped anyway (see prunes): whenever twice the limit
// are held, only the first max-findings are kept and the rest counted in
// dropped. A 2 MB section with a finding every few bytes (a page of no-break
// spaces) otherwise holds half a million of them before they are cut. For a
// whole document d, whether it may prune is asked only when the limit is
// reached: most documents never get there, and the question reads the text.
func (e *Engine) boundedCollect(d *document.Document, fs *[]Finding, dropped *int) func(Finding) {
	add := e.collect(fs)
	if e.MaxFindings <= 0 {
		return add
	}
	asked, prune := d == nil, d == nil // a section's document was asked already
	return func(f Finding) {
		add(f)
		if len(*fs) < 2*e.MaxFindings {
			return
		}
		if !asked {
			asked, prune = true, e.prunes(d)
		}
		if prune {
			kept := sortFindings(*fs)
			*dropped += len(kept) - min(len(kept), e.MaxFindings)
			*fs = kept[:min(len(kept), e.MaxFindings)] // the array is reused for the next ones
		}
	}
}

// withoutLimitNote drops the note finish adds at the end of a list cut
// at max-findings, so that the list can be finished again with more findings
// (the corpus pass's) and get one note counting all that are not listed.
func withoutLimitNote(fs []Finding, truncated int) []Finding {
	if n := len(fs); truncated > 0 && n > 0 && fs[n-1].Rule == "meta.truncated" && strings.Contains(fs[n-1].Message, limitNote) {
		return fs[:n-1]
	}
	return fs
}

// limitNote is what the note on a list cut at max-findings says.
const limitNote = "more findings in this document are counted but not listed"

// budget is the context of one document's checks: the run's, with the per-document time limit.
func (e *Engine) budget(ctx context.Context) (context.Context, context.CancelFunc) {
	if e.Budget > 0 {
		return context.WithTimeout(ctx, e.Budget)
	}
	return ctx, func() {}
}

// collect is the emit function of one document: findings of enabled rules, at
// their rule's severity at most, with fixes that are valid text.
func (e *Engine) collect(fs *[]Finding) func(Finding) {
	return func(f Finding) {
		for i := range f.Fixes {
			if !utf8.ValidString(f.Fixes[i].Replacement) {
				f.Fixes = nil // never offer to write bytes that are not text
				break
			}
		}
		if sev, ok := e.severity[f.Rule]; ok {
			if f.Severity == 0 || f.Severity > sev {
				f.Severity = sev // a check may set a milder severity than its rule's, never a harsher one
			}
			*fs = append(*fs, f)
		}
	}
}

// runChecks runs every check on d until the run is cancelled or the document's
// time budget is spent; it adds a meta.truncated finding naming the checks that
// did not run, and reports whether there were any.
func (e *Engine) runChecks(ctx, dctx context.Context, d *document.Document, emit func(Finding)) bool {
	var skipped []string
	for _, c := range e.checks {
		if ctx.Err() != nil {
			break
		}
		if dctx.Err() != nil {
			skipped = append(skipped, c.ID())
			continue
		}
		runCheck(dctx, c, d, emit)
	}
	if len(skipped) > 0 {
		emit(Finding{Rule: "meta.truncated", Category: Meta, Confidence: 1,
			Message: fmt.Sprintf("The document took longer than the time budget (%v); these checks did not run: %s", e.Budget, strings.Join(skipped, ", "))})
	}
	return len(skipped) > 0
}

// runCheck runs one check and turns a panic into a finding, so one broken
// check on one odd document does not end the run.
func runCheck(ctx context.Context, c Check, d *document.Document, emit func(Finding)) {
	defer func() {
		if r := recover(); r != nil {
			emit(Finding{Rule: "meta.check-failed", Category: Meta, Span: document.Span{Start: 0, End: 0},
				Message: fmt.Sprintf("check %s failed on this document and was skipped: %v", c.ID(), r), Confidence: 1})
		}
	}()
	c.Check(ctx, d, emit)
}

// sortFindings puts findings in text order and drops the same rule on the
// same span twice, and a second rule proposing the same edit of the same span
// ("al-Daesh" -> "Daesh" from the gazetteer and from the calque pack): an
// editor reads one finding per change. The one kept is the most specific
// kind of error, in the order of editPrecedence.
func sortFindings(fs []Finding) []Finding {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Span.Start != b.Span.Start {
			return a.Span.Start < b.Span.Start
		}
		if a.Span.End != b.Span.End {
			return a.Span.End < b.Span.End
		}
		return a.Rule < b.Rule
	})
	out := fs[:0]
next:
	for _, f := range fs {
		for j := len(out) - 1; j >= 0 && out[j].Span == f.Span; j-- {
			if out[j].Rule == f.Rule {
				continue next
			}
			if sameEdit(out[j], f) {
				kept, other := out[j], f
				if editPrecedence(f.Category) < editPrecedence(out[j].Category) {
					kept, other = f, out[j]
				}
				if other.Fixes[0].Safe && !kept.Fixes[0].Safe { // one rule's safe edit stays safe
					kept.Fixes = slices.Clone(kept.Fixes)
					kept.Fixes[0].Safe = true
				}
				out[j] = kept
				continue next
			}
		}
		out = append(out, f)
	}
	return out
}

// dropEnglishChecks: in a document that is not in English
// (language.not-english), the findings of checks that read English (typos,
// MT artefacts, names, foreign text within it) are noise; formatting and
// scrape residue stay.
func dropEnglishChecks(fs []Finding) []Finding {
	if !slices.ContainsFunc(fs, func(f Finding) bool { return f.Rule == NotEnglish }) {
		return fs
	}
	out := fs[:0]
	verdict := false
	for _, f := range fs {
		switch {
		case f.Rule == NotEnglish:
			if !verdict { // a large document checked section by section has one verdict a section
				out = append(out, f)
			}
			verdict = true
		case f.Category == Formatting, f.Category == Boilerplate, f.Category == Meta:
			out = append(out, f)
		}
	}
	return out
}

// dropTyposInForeignText: a word of a foreign sentence is no English typo
// ("des", "calomnie" in a French sentence), nor is a word left untranslated
// ("siloviki"); the language or mt.untranslated finding covers it.
func dropTyposInForeignText(fs []Finding) []Finding {
	var foreign []document.Span // in text order, as the findings are
	for _, f := range fs {
		if f.Category == MixedLanguage && f.Rule != NotEnglish || f.Rule == "mt.untranslated" {
			foreign = append(foreign, f.Span)
		}
	}
	return dropWithin(fs, foreign, func(f Finding) bool { return f.Category == Typo })
}

// dropInsideResidue: a finding inside page furniture that is deleted whole
// is moot, and so is a typo inside markup or a word with look-alike letters
// (see below): the no-break spaces, slashes and lone brackets of "Log Out /
// Change )" in an eight-line comment form, the ".." of a repeated headline
// already reported in its first copy. The furniture is a residue finding
// over several lines (a form, a widget block, page residue after the
// article) or the later copy of a repeated line. A single residue line (a
// source credit, a prompt) may be kept and mended by an editor, so what is
// wrong in it stays reported ("Source ((TV))"); so do text in another
// language, as what it is, and errors, which a gate must see ("%s"). A
// reader-comment thread is not furniture: its comments are text an editor
// may quote, and their typos and name variants are worth seeing; its style
// notes (info) are not, as no editor restyles a reader's comment ("for us
// "partners"" is the reader's irony). Findings are in text order.
func dropInsideResidue(d *document.Document, fs []Finding) []Finding {
	var residue, comments, markup []document.Span
	for _, f := range fs {
		switch f.Rule {
		case "format.html-residue", "format.homoglyph", "format.split-word", "format.escape-residue":
			markup = append(markup, f.Span)
		case "boilerplate.duplicate-line":
			residue = append(residue, f.Span)
		case "boilerplate.phrase", "boilerplate.widget", "boilerplate.residue-line":
			if strings.IndexByte(d.Text[f.Span.Start:f.Span.End], '\n') >= 0 {
				residue = append(residue, f.Span)
			}
		case "boilerplate.comment-thread":
			comments = append(comments, f.Span)
		}
	}
	ownFindings := func(f Finding) bool {
		return f.Category != Boilerplate && f.Category != MixedLanguage && f.Category != Meta
	}
	// The words of a tag, a character reference or a shortcode ("nbsp" of
	// "&nbsp;", "aligncenter" of a [caption]) are no typos: the markup goes
	// whole; nor are the Latin pieces of a word with look-alike letters
	// ("hina" of "Сhina"), which format.homoglyph mends, nor the pieces of a
	// word a line break's hyphen cut ("adminis- tration"), whose spacing
	// mt.spacing would mend as a compound's ("inter- national").
	fs = dropWithin(fs, markup, func(f Finding) bool { return f.Category == Typo || f.Rule == "mt.spacing" })
	fs = dropWithin(fs, residue, func(f Finding) bool { return f.Severity < Error && ownFindings(f) })
	return dropWithin(fs, comments, func(f Finding) bool { return f.Severity < Warning && ownFindings(f) })
}

// dropWithin removes the findings that lie wholly within one of spans and
// that drop selects. Both lists are in text order.
func dropWithin(fs []Finding, spans []document.Span, drop func(Finding) bool) []Finding {
	if len(spans) == 0 {
		return fs
	}
	out := fs[:0]
	k := 0
	for _, f := range fs {
		for k < len(spans) && spans[k].End <= f.Span.Start {
			k++
		}
		within := false
		for j := k; j < len(spans) && spans[j].Start <= f.Span.Start && !within; j++ {
			within = f.Span.End <= spans[j].End
		}
		if !within || !drop(f) {
			out = append(out, f)
		}
	}
	return out
}

// dropInMarkdownLiterals: in a Markdown file, code, raw HTML and link
// destinations are not prose; a finding touching one is dropped, except
// scrape residue and the document-level verdicts, which hold them by design.
// Both lists are in text order.
func dropInMarkdownLiterals(fs []Finding, lit []markdown.Span) []Finding {
	out := fs[:0]
	k := 0
	for _, f := range fs {
		for k < len(lit) && lit[k].End <= f.Span.Start {
			k++
		}
		touches := k < len(lit) && lit[k].Start < max(f.Span.End, f.Span.Start+1)
		if touches && f.Category != Boilerplate && f.Category != Meta && f.Rule != NotEnglish {
			continue
		}
		out = append(out, f)
	}
	return out
}

// sameEdit: both findings propose the same first fix.
func sameEdit(a, b Finding) bool {
	return len(a.Fixes) > 0 && len(b.Fixes) > 0 && a.Fixes[0].Replacement == b.Fixes[0].Replacement
}

// editPrecedence ranks the kinds of error when two rules propose one edit: a
// listed misspelling is the surest reading, then the house spelling of a name,
// then a translation artefact.
func editPrecedence(c Category) int {
	switch c {
	case Typo:
		return 0
	case NameVariant:
		return 1
	case MTArtefact:
		return 2
	}
	return 3
}

// finish sorts findings, fills positions and text, and applies the
// per-document limit; dropped counts findings past the limit already let go
// (see boundedCollect), or already cut from a list finished before.
func (e *Engine) finish(d *document.Document, fs []Finding, dropped int) ([]Finding, int) {
	fs = sortFindings(fs)
	fs = dropEnglishChecks(fs)
	fs = dropTyposInForeignText(fs)
	fs = dropInsideResidue(d, fs)
	if markdown.IsMarkdown(d.Path) && len(fs) > 0 {
		fs = dropInMarkdownLiterals(fs, markdown.Literal(d.Raw))
		// Front matter is metadata, neither prose nor page residue: "tags: [isis, iraq]".
		if fm := markdown.FrontMatter(d.Raw); fm.End > 0 {
			fs = dropWithin(fs, []document.Span{{Start: fm.Start, End: fm.End}}, func(f Finding) bool { return f.Category != Meta && f.Rule != NotEnglish })
		}
	}
	truncated := dropped
	if e.MaxFindings > 0 && len(fs) > e.MaxFindings {
		truncated += len(fs) - e.MaxFindings
		fs = fs[:e.MaxFindings]
	}
	if truncated > 0 && len(fs) > 0 {
		if sev, ok := e.severity["meta.truncated"]; ok {
			fs = append(fs, Finding{Rule: "meta.truncated", Category: Meta, Severity: sev, Confidence: 1,
				Span:    document.Span{Start: fs[len(fs)-1].Span.Start, End: fs[len(fs)-1].Span.Start},
				Message: fmt.Sprintf("%d %s (max-findings %d)", truncated, limitNote, e.MaxFindings)})
		}
	}
	for i := range fs {
		f := &fs[i]
		f.Start = d.Position(f.Span.Start)
		f.End = d.Position(f.Span.End)
		f.Text = d.Slice(f.Span)
		if f.Confidence == 0 {
			f.Confidence = 1
		}
	}
	return fs, truncated
}

// Run checks every item walk yields with a pool of jobs workers and calls out
// with each result in the order walk yielded them (so output is the same at any
// job count). Corpus-level findings are returned at the end, by path.
func (e *Engine) Run(ctx context.Context, jobs int, walk func(func(document.Item) error) error, out func(Result) error) (map[string][]Finding, error) {
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	type job struct {
		seq  int
		item document.Item
	}
	type done struct {
		seq int
		res Result
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobsCh := make(chan job, jobs*16) // see readAhead
	doneCh := make(chan done, jobs*16)
	ahead := newReadAhead(ctx, readAheadBytes)
	var wg sync.WaitGroup
	for w := 0; w < jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobsCh {
				ahead.release(itemBytes(j.item))
				var r Result
				if j.item.Err != nil {
					r = Result{Path: j.item.Path, Err: j.item.Err}
				} else {
					r = e.CheckDocument(ctx, j.item.Doc)
					e.forgetIfForeign(r)
				}
				select {
				case doneCh <- done{j.seq, r}:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	var walkErr error
	go func() {
		seq := 0
		walkErr = walk(func(it document.Item) error {
			if !ahead.acquire(itemBytes(it)) {
				return ctx.Err()
			}
			select {
			case jobsCh <- job{seq, it}:
				seq++
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
		close(jobsCh)
		wg.Wait()
		close(doneCh)
	}()
	// Reorder: hold results until every earlier one has been written.
	pending := map[int]Result{}
	next := 0
	var outErr error
	for d := range doneCh {
		pending[d.seq] = d.res
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if outErr == nil {
				if outErr = out(r); outErr != nil {
					cancel()
				}
			}
		}
	}
	if outErr != nil {
		return nil, outErr
	}
	if walkErr != nil {
		return nil, walkErr
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	corpus := map[string][]Finding{}
	for _, c := range e.corpus {
		c.Finish(func(path string, f Finding) {
			if sev, ok := e.severity[f.Rule]; ok {
				f.Severity = sev
				corpus[path] = append(corpus[path], f)
			}
		})
	}
	return corpus, nil
}

// itemBytes is what an item holds in memory, for readAhead.
func itemBytes(it document.Item) int64 {
	if it.Doc == nil {
		return 0
	}
	return int64(len(it.Doc.Raw))
}

// RunAll checks everything and returns the results sorted by path, corpus
// findings merged into their documents.
func (e *Engine) RunAll(ctx context.Context, jobs int, walk func(func(document.Item) error) error) ([]Result, error) {
	return e.RunAllProgress(ctx, jobs, walk, nil)
}

// RunAllProgress is RunAll calling tick after each document.
func (e *Engine) RunAllProgress(ctx context.Context, jobs int, walk func(func(document.Item) error) error, tick func()) ([]Result, error) {
	var results []Result
	corpus, err := e.Run(ctx, jobs, walk, func(r Result) error {
		if r.Doc != nil {
			r.Doc.Compact() // every result is held until the end: keep only what reports need
		}
		results = append(results, r)
		if tick != nil {
			tick()
		}
		return nil
	})
	if err != nil {
		return results, err
	}
	for i := range results {
		r := &results[i]
		if extra := corpus[r.Path]; len(extra) > 0 && r.Doc != nil {
			r.Findings, r.Truncated = e.finish(r.Doc, append(withoutLimitNote(r.Findings, r.Truncated), extra...), r.Truncated)
		}
	}
	sort.SliceStable(results, func(i, j int) bool { return results[i].Path < results[j].Path })
	return results, nil
}

// forgetIfForeign leaves a document found to be in another language out of
// the corpus checks that can forget one (the names pass), so its spellings
// join nothing across the run.
func (e *Engine) forgetIfForeign(r Result) {
	if r.Language("") == "" {
		return
	}
	for _, c := range e.corpus {
		if f, ok := c.(interface{ Forget(path string) }); ok {
			f.Forget(r.Path)
		}
	}
}

// Streaming prepares the engine for a run whose results are written as they
// come and then dropped: corpus checks keep nothing between documents, so
// memory does not grow with the input (and they compare within documents only).
func (e *Engine) Streaming() {
	for _, c := range e.checks {
		if s, ok := c.(interface{ SetStreaming(bool) }); ok {
			s.SetStreaming(true)
		}
	}
	e.corpus = nil
}

// Severities lists the rules in force with their severities, for reports.
func (e *Engine) Severities() map[string]Severity {
	out := make(map[string]Severity, len(e.severity))
	for k, v := range e.severity {
		out[k] = v
	}
	return out
}

// HasPrefix reports whether any enabled rule has the prefix; handy for `--list-unknown`.
func (e *Engine) HasPrefix(p string) bool {
	for k := range e.severity {
		if strings.HasPrefix(k, p) {
			return true
		}
	}
	return false
}
