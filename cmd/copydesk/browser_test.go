package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// TestHTMLInBrowser opens the seed 004 report and the index in headless
// Chromium: one highlight per finding, a tooltip on hover and on keyboard
// focus, findings that link to their highlight, a sortable table, no console
// errors; screenshots go to the test's temporary folder.
func TestHTMLInBrowser(t *testing.T) {
	chrome := ""
	for _, c := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(c); err == nil {
			chrome = p
			break
		}
	}
	if chrome == "" {
		t.Skip("no Chromium here (.ci/run installs Debian's chromium)")
	}
	repoRoot(t)
	out := t.TempDir()
	if code, _, errOut := copydesk(t, "", "check", "--report-dir", out, "--format", "html", "--format", "json", "testdata/seeds"); code == 2 {
		t.Fatal(errOut)
	}
	// The browser profile is removed by hand: Chromium may still write to it
	// while the test's own temporary folders are cleaned up.
	profile, err := os.MkdirTemp("", "copydesk-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(profile)
	shots := t.TempDir()
	if dir := os.Getenv("COPYDESK_SCREENSHOTS"); dir != "" {
		shots = dir // keep the screenshots to look at them
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(chrome), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("no-first-run", true), chromedp.Flag("disable-quic", true),
		chromedp.UserDataDir(profile))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 90*time.Second)
	defer cancel()
	var consoleErrors []string
	chromedp.ListenTarget(ctx, func(ev any) {
		switch e := ev.(type) {
		case *runtime.EventExceptionThrown:
			consoleErrors = append(consoleErrors, e.ExceptionDetails.Text)
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.APITypeError {
				consoleErrors = append(consoleErrors, fmt.Sprint(e.Args))
			}
		}
	})

	report, _ := os.ReadFile(filepath.Join(out, "004_1d7ffd685080755d.json"))
	wantFindings := strings.Count(string(report), `"rule":`)

	var highlighted, items, linked int
	var tip, focusTip string
	var shot []byte
	err = chromedp.Run(ctx,
		chromedp.Navigate("file://"+filepath.Join(out, "004_1d7ffd685080755d.html")),
		chromedp.WaitVisible(".text", chromedp.ByQuery),
		emulation.SetFocusEmulationEnabled(true),
		// A finding is highlighted when some mark lists its number.
		chromedp.Evaluate(`(function(){var n=document.querySelectorAll('ol.findings li').length,k=0;for(var i=1;i<=n;i++){if(document.querySelector('mark[data-findings~="'+i+'"]'))k++;}return k;})()`, &highlighted),
		chromedp.Evaluate(`document.querySelectorAll('ol.findings li').length`, &items),
		chromedp.Evaluate(`Array.from(document.querySelectorAll('ol.findings a')).filter(a => document.querySelector(a.getAttribute('href'))).length`, &linked),
		chromedp.ActionFunc(func(ctx context.Context) error {
			// Hover the "Gen. Gen." highlight and read the tooltip the CSS shows.
			return chromedp.Run(ctx, chromedp.ScrollIntoView(`mark[data-tip*="Repeated title"]`, chromedp.ByQuery))
		}),
		chromedp.Evaluate(`(function(){var m=document.querySelector('mark[data-tip*="Repeated title"]');return m?m.dataset.tip:'';})()`, &tip),
		chromedp.Focus(`mark[data-tip*="Repeated title"]`, chromedp.ByQuery),
		chromedp.Evaluate(`getComputedStyle(document.activeElement, '::after').content`, &focusTip),
		chromedp.FullScreenshot(&shot, 100),
	)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(shots, "report-004.png"), shot, 0o644)
	if highlighted != wantFindings || items != wantFindings || linked != wantFindings {
		t.Errorf("findings %d, highlighted %d, list items %d, links to their place %d", wantFindings, highlighted, items, linked)
	}
	if !strings.Contains(tip, "Repeated title") || !strings.Contains(focusTip, "Repeated title") {
		t.Errorf("tooltip %q, on focus %q", tip, focusTip)
	}

	var rows int
	var firstScore, firstAfterSort string
	err = chromedp.Run(ctx,
		chromedp.Navigate("file://"+filepath.Join(out, "index.html")),
		chromedp.WaitVisible("#docs", chromedp.ByQuery),
		chromedp.Evaluate(`document.querySelectorAll('#docs tbody tr').length`, &rows),
		chromedp.Evaluate(`document.querySelector('#docs tbody tr td:nth-child(2)').textContent`, &firstScore),
		chromedp.Click(`#docs th:nth-child(2)`, chromedp.ByQuery),
		chromedp.Evaluate(`document.querySelector('#docs tbody tr td:nth-child(2)').textContent`, &firstAfterSort),
		chromedp.FullScreenshot(&shot, 100),
	)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(shots, "index.png"), shot, 0o644)
	if rows != 5 {
		t.Errorf("index lists %d documents", rows)
	}
	if firstAfterSort == firstScore {
		t.Errorf("clicking the score header did not sort the table (first score %s before and after)", firstScore)
	}
	if len(consoleErrors) > 0 {
		t.Errorf("console errors: %v", consoleErrors)
	}
}
