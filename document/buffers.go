package document

import "sync"

// Buffers recycles the segmentation of checked documents: the tokens and the
// spelling table of a document go back to the pool when it is compacted and
// serve the next document a worker segments. A run allocated about seven
// times each document's size in them (the tokens alone five times), and the
// collector's work grows with what is allocated. An Engine keeps one; a
// document uses it only after ExpandWith.
type Buffers struct {
	pool sync.Pool // of *segBuffers
}

// segBuffers are the slices one segmentation uses, and the folded text's
// bytes.
type segBuffers struct {
	tokens    []Token
	slots     []slot
	words     []Span
	hashes    []uint64
	sentences []Span
	sentToks  [][2]int32
	lineToks  [][2]int32
	fold      []byte
}

func (b *Buffers) get() *segBuffers {
	if sb, ok := b.pool.Get().(*segBuffers); ok {
		return sb
	}
	return &segBuffers{}
}

// ExpandWith is Expand with the segmentation's slices taken from b, and
// given back to b by Compact. Nothing may keep a document's tokens,
// sentences or folded text (or a piece of them) past its Compact.
func (d *Document) ExpandWith(b *Buffers) {
	if !d.compacted {
		return
	}
	d.bufs = b
	d.Expand()
}

// release gives the segmentation's slices back to the pool.
func (d *Document) release() {
	if d.held == nil {
		return
	}
	sb := d.held
	d.held = nil
	sb.tokens = d.Tokens[:0]
	sb.words, sb.hashes = d.words[:0], d.wordHashes[:0]
	sb.sentences, sb.sentToks, sb.lineToks = d.Sentences[:0], d.sentToks[:0], d.lineToks[:0]
	d.bufs.pool.Put(sb)
}

// reuse returns s emptied if it can hold n elements, else a new slice.
func reuse[T any](s []T, n int) []T {
	if cap(s) >= n {
		return s[:0]
	}
	return make([]T, 0, n)
}
