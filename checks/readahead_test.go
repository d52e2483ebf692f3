package checks

import (
	"context"
	"testing"
	"time"
)

// TestReadAhead: bytes wait up to the bound, a document larger than the
// bound goes through alone, a release lets the next one in, and a
// cancelled run lets a waiting walker go.
func TestReadAhead(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	r := newReadAhead(ctx, 100)
	if !r.acquire(60) || !r.acquire(40) {
		t.Fatal("documents within the bound were held back")
	}
	got := make(chan bool)
	go func() { got <- r.acquire(30) }()
	select {
	case <-got:
		t.Fatal("a document over the bound was let through")
	case <-time.After(50 * time.Millisecond):
	}
	r.release(60)
	if ok := <-got; !ok {
		t.Fatal("a released document did not let the next one in")
	}
	r.release(40)
	r.release(30)
	if !r.acquire(500) {
		t.Fatal("a document larger than the bound was not let through alone")
	}
	go func() { got <- r.acquire(1) }()
	cancel()
	select {
	case ok := <-got:
		if ok {
			t.Error("acquire after cancellation reported success")
		}
	case <-time.After(2 * time.Second):
		t.Fatal("a cancelled run left the walker waiting")
	}
}
