// Package document turns input bytes into a Document: the original bytes, the
// text as analysed and one segmentation (lines, paragraphs, sentences, tokens,
// script runs) that every check shares. All offsets are byte offsets into the
// original bytes, so findings map back to exactly what the user wrote.
package document

import (
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"
)

// Span is a half-open byte range [Start, End) of the original bytes.
type Span struct {
	Start, End int
}

// Len is the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether off lies inside the span.
func (s Span) Contains(off int) bool { return off >= s.Start && off < s.End }

// Overlaps reports whether two spans share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Document is one text to check. Text is the original bytes as a string
// (no copy is made when it is built from Raw); nothing is normalised, so every
// offset a check computes on Text is an offset into the original file.
type Document struct {
	Path string // file path, "-" for standard input, "FILE#ID" for a JSONL record
	ID   string // file name without extension, or the record's id
	Raw  []byte
	Text string

	// Base and BaseLine place a section of a large file (see NewSection) in the
	// file: its byte offset and the index of its first line. Zero otherwise.
	Base, BaseLine int

	// BOM is the length of a leading UTF-8 byte-order mark (0 or 3); segmentation starts after it.
	BOM int
	// ValidUTF8 is false when the text holds invalid UTF-8 sequences; they are skipped by
	// the tokenizer and reported by the format.invalid-utf8 rule.
	ValidUTF8 bool

	Lines      []Span
	Paragraphs []Span
	Sentences  []Span
	Tokens     []Token
	Scripts    []ScriptRun

	lineStarts []int
	sentToks   [][2]int32 // the tokens of each sentence: d.Tokens[lo:hi]
	lineToks   [][2]int32 // the tokens of each line
	words      []Span     // the first occurrence of each distinct word spelling; see Token.Word and Word
	wordHashes []uint64   // the hash of each spelling; see WordHash
	fold       foldCache
	linesOnce  sync.Once
	compacted  bool // Compact has run, or segmentation was deferred: wordCount holds the word count
	wordCount  int
	colMu      sync.Mutex
	cols       map[int][]colMark // column checkpoints of long lines
	memoMu     sync.Mutex
	memo       map[any]any // analyses shared by several checks (see Memo)
	bufs       *Buffers    // where segmentation takes its slices from (see ExpandWith), or nil
	held       *segBuffers // the slices this document's segmentation holds from bufs
}

// New builds a Document from bytes and segments it. raw is kept, not copied,
// and Text shares its memory: the caller must not change raw afterwards (the
// loader never does; fixes build new buffers).
func New(path, id string, raw []byte) *Document {
	d := newUnsegmented(path, id, raw)
	d.segment()
	return d
}

func newUnsegmented(path, id string, raw []byte) *Document {
	d := &Document{Path: path, ID: id, Raw: raw}
	if len(raw) > 0 {
		d.Text = unsafe.String(&raw[0], len(raw))
	}
	if len(raw) >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF {
		d.BOM = 3
	}
	d.ValidUTF8 = utf8.Valid(raw)
	return d
}

// SectionSize is the size above which a text is checked in sections: its
// segmentation (tokens take five times the text's size) is built one section
// at a time, so memory stays flat however large the file.
const SectionSize = 2 << 20

// NewDeferred builds a document whose segmentation, lines included, is left
// to its first check (Expand, or section by section for a text over
// SectionSize, whose reports need only its lines). The
// loader is one goroutine feeding every worker: segmenting there made it the
// bottleneck of a run on two cores.
func NewDeferred(path, id string, raw []byte) *Document {
	d := newUnsegmented(path, id, raw)
	d.compacted = true
	return d
}

// EnsureLines splits the text into lines once, making Lines usable on a
// deferred document (Position, LineOf and Offset call it themselves).
func (d *Document) EnsureLines() {
	d.linesOnce.Do(func() {
		if d.lineStarts == nil {
			d.segmentLines()
		}
	})
}

// NewSection builds one section of a large document: raw is the section's
// bytes, base their offset in the file and baseLine the index of their first
// line. Offsets in the section are relative to it; Base and BaseLine map them
// back to the file. It is segmented by b (see ExpandWith; nil: allocated
// anew); Compact gives the segmentation back once the section is checked.
func NewSection(path, id string, raw []byte, base, baseLine int, b *Buffers) *Document {
	d := NewDeferred(path, id, raw)
	d.Base, d.BaseLine = base, baseLine
	d.ExpandWith(b)
	return d
}

// Sections cuts the text into spans of about size bytes, each ending at a
// paragraph break, else a line break, else a space, so no section splits a
// paragraph or a word that a break could keep whole.
func (d *Document) Sections(size int) []Span {
	t := d.Text
	var out []Span
	start := 0
	for len(t)-start > size {
		from := start + size
		limit := min(len(t), from+size)
		cut := -1
		for _, sep := range []string{"\n\n", "\n\r\n", "\n", " "} {
			if i := strings.Index(t[from:limit], sep); i >= 0 {
				cut = from + i + len(sep)
				break
			}
		}
		if cut < 0 {
			cut = from
			for cut < len(t) && !utf8.RuneStart(t[cut]) {
				cut++ // one huge word: cut at a character boundary
			}
		}
		out = append(out, Span{start, cut})
		start = cut
	}
	return append(out, Span{start, len(t)})
}

// SetWordCount records the word count of a document checked in sections.
func (d *Document) SetWordCount(n int) { d.wordCount = n }

// Position is a 1-based line and column; columns count Unicode code points
// (an invalid byte counts as one).
type Position struct {
	Line, Column int
}

// Position maps a byte offset to its line and column.
func (d *Document) Position(off int) Position {
	d.EnsureLines()
	if off < 0 {
		off = 0
	}
	if off > len(d.Text) {
		off = len(d.Text)
	}
	i := sort.Search(len(d.lineStarts), func(i int) bool { return d.lineStarts[i] > off }) - 1
	if i < 0 {
		i = 0
	}
	start := d.lineStarts[i]
	if i == 0 && off >= d.BOM {
		start = d.BOM // the byte-order mark is invisible: column 1 is the first character after it
	}
	col := 1
	p := start
	if off-start > colStep {
		// Long lines: start from the nearest checkpoint of the line's column index.
		idx := d.columnIndex(i, start)
		k := (off - start) / colStep
		if k > len(idx) {
			k = len(idx)
		}
		for k > 0 && idx[k-1].off > off {
			k-- // off sits inside the character the checkpoint skipped to
		}
		if k > 0 {
			p, col = idx[k-1].off, idx[k-1].col
		}
	}
	return Position{Line: i + 1, Column: advance(d.Text, p, off, col)}
}

// advance is the column at off, counting characters from p at column col.
// Offsets on a character boundary count in one call (the run-time counts ASCII
// eight bytes at a time); an offset inside a character counts that character.
func advance(t string, p, off, col int) int {
	if p >= off {
		return col
	}
	if off == len(t) || utf8.RuneStart(t[off]) {
		return col + utf8.RuneCountInString(t[p:off])
	}
	for p < off {
		_, n := utf8.DecodeRuneInString(t[p:])
		p += n
		col++
	}
	return col
}

// Positions maps many offsets at once. Offsets in ascending order (findings or
// mentions in text order) cost one forward sweep over the text between them,
// instead of a search and a column count from the line start for each; an
// offset smaller than the one before falls back to Position.
func (d *Document) Positions(offs []int) []Position {
	out := make([]Position, len(offs))
	p, line, col := -1, 0, 0 // p: the offset whose line and column are known; -1 before the first
	for i, off := range offs {
		off = max(0, min(off, len(d.Text)))
		if p < d.BOM || off < p || off-p > colStep {
			out[i] = d.Position(off)
			p, line, col = off, out[i].Line-1, out[i].Column
			continue
		}
		for line+1 < len(d.lineStarts) && d.lineStarts[line+1] <= off {
			line++
			p, col = d.lineStarts[line], 1
		}
		if p < off {
			col = advance(d.Text, p, off, col)
			p = off
			if off < len(d.Text) && !utf8.RuneStart(d.Text[off]) {
				p = -1 // inside a character: the next offset starts afresh
			}
		}
		out[i] = Position{Line: line + 1, Column: col}
	}
	return out
}

// colStep is the spacing of column checkpoints on long lines.
const colStep = 4096

type colMark struct{ off, col int }

// columnIndex returns, for a long line, the byte offset and column of every
// colStep bytes (on rune boundaries), built on first use: a 20 MB line and a
// thousand findings on it stay linear.
func (d *Document) columnIndex(line, start int) []colMark {
	d.colMu.Lock()
	defer d.colMu.Unlock()
	if idx, ok := d.cols[line]; ok {
		return idx
	}
	end := len(d.Text)
	if line+1 < len(d.lineStarts) {
		end = d.lineStarts[line+1]
	}
	var idx []colMark
	p, col, next := start, 1, start+colStep
	for p < end {
		if p >= next {
			idx = append(idx, colMark{p, col})
			next += colStep
		}
		_, n := utf8.DecodeRuneInString(d.Text[p:])
		p += n
		col++
	}
	if d.cols == nil {
		d.cols = map[int][]colMark{}
	}
	d.cols[line] = idx
	return idx
}

// Offset maps a position back to a byte offset; it is the inverse of Position
// for offsets on rune boundaries. A column past the line's end yields the line's end.
func (d *Document) Offset(p Position) int {
	d.EnsureLines()
	if p.Line < 1 || p.Line > len(d.lineStarts) {
		return -1
	}
	off := d.lineStarts[p.Line-1]
	if p.Line == 1 {
		off = d.BOM
	}
	end := len(d.Text)
	if p.Line < len(d.lineStarts) {
		end = d.lineStarts[p.Line] - 1
	}
	for c := 1; c < p.Column && off < end; c++ {
		_, n := utf8.DecodeRuneInString(d.Text[off:])
		off += n
	}
	return off
}

// LineOf returns the index into Lines of the line holding off.
func (d *Document) LineOf(off int) int {
	d.EnsureLines()
	i := sort.Search(len(d.lineStarts), func(i int) bool { return d.lineStarts[i] > off }) - 1
	if i < 0 {
		return 0
	}
	return i
}

// ParagraphOf returns the index into Paragraphs of the paragraph holding
// off, or -1 when off lies between paragraphs (binary search: a scraped
// page may hold thousands).
func (d *Document) ParagraphOf(off int) int {
	i := sort.Search(len(d.Paragraphs), func(i int) bool { return d.Paragraphs[i].End > off })
	if i < len(d.Paragraphs) && d.Paragraphs[i].Start <= off {
		return i
	}
	return -1
}

// Slice returns the text of a span.
func (d *Document) Slice(s Span) string { return d.Text[s.Start:s.End] }

// TokensIn returns the tokens that lie inside s (binary search; no copy).
func (d *Document) TokensIn(s Span) []Token {
	lo, hi := d.tokenRange(s)
	return d.Tokens[lo:hi]
}

// tokenRange is TokensIn as indexes into d.Tokens.
func (d *Document) tokenRange(s Span) (lo, hi int) {
	lo = firstTokenFrom(d.Tokens, s.Start)
	hi = lo + firstTokenFrom(d.Tokens[lo:], s.End)
	for hi > lo && d.Tokens[hi-1].End > s.End {
		hi--
	}
	return lo, hi
}

// SentenceTokens returns the tokens of sentence i (d.Sentences[i]), as
// TokensIn would, without searching: the checks that read a document
// sentence by sentence asked for them with two binary searches each.
func (d *Document) SentenceTokens(i int) []Token {
	r := d.sentToks[i]
	return d.Tokens[r[0]:r[1]]
}

// LineTokens returns the tokens of line i (d.Lines[i]), as TokensIn would,
// without searching.
func (d *Document) LineTokens(i int) []Token {
	r := d.lineToks[i]
	return d.Tokens[r[0]:r[1]]
}

// firstTokenFrom is the index of the first token starting at off or later
// (len(toks) if none): sort.Search written out, without its call per step,
// since checks ask for the tokens of every sentence and line.
func firstTokenFrom(toks []Token, off int) int {
	lo, hi := 0, len(toks)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if toks[m].Start < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// WordCount is the number of word tokens, used to normalise scores.
func (d *Document) WordCount() int {
	if d.compacted {
		return d.wordCount
	}
	n := 0
	for _, t := range d.Tokens {
		if t.Kind == Word {
			n++
		}
	}
	return n
}

// Memo returns the value kept under key, building it on first use: an
// analysis several checks need (one phrase search for all packs) is made once
// per document. Compact drops it.
func (d *Document) Memo(key any, build func() any) any {
	d.memoMu.Lock()
	defer d.memoMu.Unlock()
	if v, ok := d.memo[key]; ok {
		return v
	}
	v := build()
	if d.memo == nil {
		d.memo = map[any]any{}
	}
	d.memo[key] = v
	return v
}

// Expand rebuilds what Compact dropped, for a document checked again.
func (d *Document) Expand() {
	if !d.compacted {
		return
	}
	d.EnsureLines()
	d.compacted = false
	d.segmentText()
}

// Compacted reports whether Compact has run (and Expand not since).
func (d *Document) Compacted() bool { return d.compacted }

// Compact drops what only the checks need (tokens, word spellings,
// sentences, paragraphs, script runs, the folded text) once a document has
// been checked, keeping the bytes, the lines and the word count that reports,
// fixes and positions use. The tokens alone take five times the text's size:
// a run that holds every checked document for its report keeps a sixth of
// that. Call it only when no check will look at the document again.
func (d *Document) Compact() {
	if d.compacted {
		return
	}
	d.wordCount = d.WordCount()
	d.compacted = true
	d.release()
	d.Tokens, d.words, d.wordHashes, d.Sentences, d.Paragraphs, d.Scripts = nil, nil, nil, nil, nil, nil
	d.sentToks, d.lineToks = nil, nil
	d.fold = foldCache{}
	d.cols = nil
	d.memo = nil
}
