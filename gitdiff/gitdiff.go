// Package gitdiff asks git which files and lines changed since a revision, so
// a CI gate can check only the text a change touched.
package gitdiff

import (
	"bufio"
	"bytes"
	"fmt"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

// Changes are the files (relative to the repository's root, and absolute) and
// the new-side line numbers that changed since a revision.
type Changes struct {
	Root  string
	Lines map[string]map[int]bool // absolute path -> changed lines (empty for a new or renamed file: all lines)
	whole map[string]bool
}

func git(dir string, args ...string) ([]byte, error) {
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("git %s: %v: %s", strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
	}
	return out, nil
}

// Since compares the working tree with ref, in the repository holding dir.
// Untracked files count as wholly changed.
func Since(dir, ref string) (*Changes, error) {
	rootOut, err := git(dir, "rev-parse", "--show-toplevel")
	if err != nil {
		return nil, err
	}
	root := strings.TrimSpace(string(rootOut))
	c := &Changes{Root: root, Lines: map[string]map[int]bool{}, whole: map[string]bool{}}
	diff, err := git(root, "diff", "--no-color", "--no-ext-diff", "-U0", "--relative", ref, "--")
	if err != nil {
		return nil, err
	}
	var cur string
	sc := bufio.NewScanner(bytes.NewReader(diff))
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "+++ "):
			name := strings.TrimPrefix(line, "+++ ")
			if name == "/dev/null" {
				cur = ""
				continue
			}
			name = strings.TrimPrefix(name, "b/")
			cur = filepath.Join(root, name)
			c.Lines[cur] = map[int]bool{}
		case strings.HasPrefix(line, "@@ ") && cur != "":
			// @@ -a,b +c,d @@
			parts := strings.Fields(line)
			if len(parts) < 3 {
				continue
			}
			plus := strings.TrimPrefix(parts[2], "+")
			startS, countS, found := strings.Cut(plus, ",")
			start, _ := strconv.Atoi(startS)
			count := 1
			if found {
				count, _ = strconv.Atoi(countS)
			}
			for l := start; l < start+count; l++ {
				c.Lines[cur][l] = true
			}
		}
	}
	untracked, err := git(root, "ls-files", "--others", "--exclude-standard")
	if err != nil {
		return nil, err
	}
	for _, name := range strings.Split(strings.TrimSpace(string(untracked)), "\n") {
		if name != "" {
			p := filepath.Join(root, name)
			c.Lines[p] = map[int]bool{}
			c.whole[p] = true
		}
	}
	return c, nil
}

// Changed reports whether a file changed.
func (c *Changes) Changed(path string) bool {
	abs, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	_, ok := c.Lines[abs]
	return ok
}

// LineChanged reports whether a line of a file changed (every line of an untracked file did).
func (c *Changes) LineChanged(path string, line int) bool {
	abs, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	if c.whole[abs] {
		return true
	}
	return c.Lines[abs][line]
}
