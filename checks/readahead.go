package checks

import (
	"context"
	"sync"
)

// readAhead bounds the bytes of documents read but not yet taken by a
// worker. Run lets the walker read up to 16 documents a worker ahead: with
// two documents a worker, workers on two cores waited for the walker and the
// walker for them, and a run of many documents scaled to 1.6 times its
// one-core speed (1.85 times with 16). A count alone would let 32 large
// files sit in memory, so the bytes are bounded too; one document is always
// let through, however large.
type readAhead struct {
	mu     sync.Mutex
	cond   *sync.Cond
	used   int64
	max    int64
	closed bool // the run was cancelled: nobody will take more
}

// readAheadBytes is how much document text may wait for workers.
const readAheadBytes = 32 << 20

func newReadAhead(ctx context.Context, max int64) *readAhead {
	r := &readAhead{max: max}
	r.cond = sync.NewCond(&r.mu)
	context.AfterFunc(ctx, func() {
		r.mu.Lock()
		r.closed = true
		r.mu.Unlock()
		r.cond.Broadcast()
	})
	return r
}

// acquire waits until n more bytes may wait, and reports false if the run
// was cancelled meanwhile.
func (r *readAhead) acquire(n int64) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	for !r.closed && r.used > 0 && r.used+n > r.max {
		r.cond.Wait()
	}
	if r.closed {
		return false
	}
	r.used += n
	return true
}

// release gives back the bytes of a document a worker has taken.
func (r *readAhead) release(n int64) {
	r.mu.Lock()
	r.used -= n
	r.mu.Unlock()
	r.cond.Broadcast()
}
