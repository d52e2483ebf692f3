// Package edit applies replacements to a document's original bytes, shows
// them as a unified diff and writes the result safely: a temporary file in the
// same folder, synced, then renamed over the original with its permissions.
package edit

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/aymanbagabas/go-udiff"
	"github.com/google/renameio/v2"
)

// Edit replaces the bytes [Start, End) with New.
type Edit struct {
	Start, End int
	New        string
	Rule       string
}

// Apply applies non-overlapping edits to src; an edit that overlaps one
// already taken (they are taken in offset order) is skipped and counted.
// Bytes outside the applied edits are copied unchanged.
func Apply(src []byte, edits []Edit) (out []byte, applied []Edit, skipped int) {
	es := append([]Edit(nil), edits...)
	sort.SliceStable(es, func(i, j int) bool {
		if es[i].Start != es[j].Start {
			return es[i].Start < es[j].Start
		}
		return es[i].End < es[j].End
	})
	var b bytes.Buffer
	b.Grow(len(src))
	pos := 0
	for _, e := range es {
		if e.Start < pos || e.End < e.Start || e.End > len(src) {
			skipped++
			continue
		}
		b.Write(src[pos:e.Start])
		b.WriteString(e.New)
		pos = e.End
		applied = append(applied, e)
	}
	b.Write(src[pos:])
	return b.Bytes(), applied, skipped
}

// Diff renders a unified diff of the edits to src, labelled with path.
func Diff(path string, src []byte, applied []Edit) (string, error) {
	ues := make([]udiff.Edit, len(applied))
	for i, e := range applied {
		ues[i] = udiff.Edit{Start: e.Start, End: e.End, New: e.New}
	}
	from, to := diffLabels(path)
	return udiff.ToUnified(from, to, string(src), ues, 3)
}

// diffLabels are the a/ and b/ labels of a diff of path, as git writes an
// absolute path: a/tmp/x, not a//tmp/x.
func diffLabels(path string) (string, string) {
	rel := strings.TrimLeft(filepath.ToSlash(path), "/")
	return "a/" + rel, "b/" + rel
}

// DiffText renders a unified diff from src to out, labelled with path
// (for a result that edits made in several passes); "" when they are equal.
func DiffText(path string, src, out []byte) string {
	if bytes.Equal(src, out) {
		return ""
	}
	from, to := diffLabels(path)
	return udiff.Unified(from, to, string(src), string(out))
}

// ErrChanged means the file changed on disk after it was read; nothing was written.
var ErrChanged = errors.New("file changed since it was read; not written")

// WriteFile replaces path with data atomically. It refuses symbolic links and
// files whose content is no longer original (edited by someone else meanwhile).
func WriteFile(path string, original, data []byte) error {
	st, err := os.Lstat(path)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if st.Mode()&os.ModeSymlink != 0 {
		return fmt.Errorf("%s: is a symbolic link; refusing to replace it (fix the file it points to)", path)
	}
	if !st.Mode().IsRegular() {
		return fmt.Errorf("%s: not a regular file", path)
	}
	now, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if !bytes.Equal(now, original) {
		return fmt.Errorf("%s: %w", path, ErrChanged)
	}
	pf, err := renameio.NewPendingFile(path, renameio.WithTempDir(filepath.Dir(path)), renameio.WithPermissions(st.Mode().Perm()), renameio.IgnoreUmask())
	if err != nil {
		return fmt.Errorf("%s: write failed, original kept: %w", path, err)
	}
	defer pf.Cleanup() // removes the temporary file unless it replaced the original
	if _, err := pf.Write(data); err != nil {
		return fmt.Errorf("%s: write failed, original kept: %w", path, err)
	}
	if err := beforeReplace(pf.Name()); err != nil {
		return fmt.Errorf("%s: write failed, original kept: %w", path, err)
	}
	if err := pf.CloseAtomicallyReplace(); err != nil { // fsync, then rename over the original
		return fmt.Errorf("%s: write failed, original kept: %w", path, err)
	}
	return nil
}

// beforeReplace runs between writing the temporary file and renaming it; tests
// make it fail to show that a crash at that point leaves the original intact.
var beforeReplace = func(tmp string) error { return nil }
