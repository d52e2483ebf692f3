package main

import (
	"io"
	"time"

	"github.com/schollz/progressbar/v3"
)

// progressAfter is how many documents a run checks before it shows progress:
// small runs finish before a bar would be worth drawing.
const progressAfter = 300

// progress counts checked documents on standard error, and draws a bar only
// when standard error is a terminal and the run has grown past progressAfter.
type progress struct {
	w       io.Writer
	enabled bool
	n       int
	bar     *progressbar.ProgressBar
}

func newProgress(w io.Writer, quiet bool) *progress {
	return &progress{w: w, enabled: !quiet && isTerminal(w)}
}

func (p *progress) add() {
	p.n++
	if !p.enabled || p.n < progressAfter {
		return
	}
	if p.bar == nil {
		p.bar = progressbar.NewOptions(-1, progressbar.OptionSetWriter(p.w), progressbar.OptionSetDescription("checking"),
			progressbar.OptionShowCount(), progressbar.OptionShowIts(), progressbar.OptionSetItsString("docs"),
			progressbar.OptionThrottle(100*time.Millisecond), progressbar.OptionClearOnFinish(), progressbar.OptionSpinnerType(14))
		p.bar.Add(p.n - 1)
	}
	p.bar.Add(1)
}

func (p *progress) done() {
	if p.bar != nil {
		p.bar.Finish()
	}
}
