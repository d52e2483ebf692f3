package reports

import (
	"fmt"
	"html/template"
	"io"
	"sort"
	"strings"

	"github.com/copydesk/copydesk/checks"
)

// The HTML reports are self-contained (no network, no CDN): styles and the
// few lines of script are inline, charts are inline SVG, and html/template
// escapes everything taken from documents.

var categories = []string{"typo", "mixed-language", "mt-artefact", "boilerplate", "name-variant", "formatting", "meta"}

type htmlSegment struct {
	Text    string
	Marked  bool
	Class   string
	Tip     string
	Anchors []string // ids of the findings that start here

	Findings string // space-separated finding numbers, for the test and for scripts
}

type htmlFinding struct {
	N                       int
	Line, Column            int
	Severity, Rule, Message string
	Category                string
	Text                    string
	Suggestions             []string
}

type htmlDoc struct {
	Path, ID   string
	Score      int
	Segments   []htmlSegment
	Findings   []htmlFinding
	Counts     []htmlCount
	Error      string
	IndexLink  string
	Standalone bool
}

type htmlCount struct {
	Category string
	N        int
}

func cssClass(cat string) string { return "cat-" + strings.ReplaceAll(cat, " ", "-") }

// docView lays out a document's text as segments, each marked with the
// findings that cover it (the shortest one gives the colour).
func docView(r checks.Result) htmlDoc {
	v := htmlDoc{Path: r.Path, ID: r.ID}
	if r.Err != nil {
		v.Error = errReason(r)
		return v
	}
	v.Score = Score(r)
	t := r.Doc.Text
	counts := map[string]int{}
	bounds := map[int]bool{0: true, len(t): true}
	for i, f := range r.Findings {
		counts[string(f.Category)]++
		bounds[f.Span.Start] = true
		bounds[f.Span.End] = true
		var sugg []string
		for _, x := range f.Fixes {
			if x.Replacement == "" {
				sugg = append(sugg, "(delete)")
			} else {
				sugg = append(sugg, x.Replacement)
			}
		}
		v.Findings = append(v.Findings, htmlFinding{N: i + 1, Line: f.Start.Line, Column: f.Start.Column, Severity: f.Severity.String(),
			Rule: f.Rule, Message: f.Message, Category: string(f.Category), Text: clipMD(f.Text, 80), Suggestions: sugg})
	}
	for _, c := range categories {
		if counts[c] > 0 {
			v.Counts = append(v.Counts, htmlCount{c, counts[c]})
		}
	}
	var cuts []int
	for b := range bounds {
		cuts = append(cuts, b)
	}
	sort.Ints(cuts)
	anchored := map[int]bool{}
	for k := 0; k+1 < len(cuts); k++ {
		s, e := cuts[k], cuts[k+1]
		seg := htmlSegment{Text: strings.ToValidUTF8(t[s:e], "\uFFFD")}
		best := -1
		var tips, nums []string
		for i, f := range r.Findings {
			if f.Span.Start <= s && e <= f.Span.End && f.Span.Len() > 0 {
				if best < 0 || f.Span.Len() < r.Findings[best].Span.Len() {
					best = i
				}
				tip := fmt.Sprintf("%s [%s]", f.Message, f.Rule)
				if len(f.Fixes) > 0 && f.Fixes[0].Replacement != "" {
					tip += fmt.Sprintf(" → %s", f.Fixes[0].Replacement)
				}
				tips = append(tips, tip)
				nums = append(nums, fmt.Sprint(i+1))
				if !anchored[i] && f.Span.Start == s {
					anchored[i] = true
					seg.Anchors = append(seg.Anchors, fmt.Sprintf("f-%d", i+1))
				}
			}
		}
		if best >= 0 {
			seg.Marked = true
			seg.Class = cssClass(string(r.Findings[best].Category))
			seg.Tip = strings.Join(tips, "\n")
			seg.Findings = strings.Join(nums, " ")
		}
		v.Segments = append(v.Segments, seg)
	}
	return v
}

const htmlStyle = `
:root{--typo:#d62728;--mixed-language:#9467bd;--mt-artefact:#ff7f0e;--boilerplate:#7f7f7f;--name-variant:#1f77b4;--formatting:#2ca02c;--meta:#8c564b}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#222}
h1{font-size:1.3rem;word-break:break-all}h2{font-size:1.1rem;margin-top:2rem}
.score{font-size:2rem;font-weight:700}.chips span{display:inline-block;margin:0 .4rem .4rem 0;padding:.1rem .5rem;border-radius:1rem;color:#fff;font-size:.85rem}
.text{white-space:pre-wrap;word-wrap:break-word;border:1px solid #ddd;padding:1rem;border-radius:.4rem;background:#fafafa;font-family:Georgia,serif}
mark{background:none;border-bottom:3px solid;position:relative;cursor:help}
mark:focus{outline:2px solid #000}
mark[data-tip]:hover::after,mark[data-tip]:focus::after{content:attr(data-tip);white-space:pre-wrap;position:absolute;left:0;top:1.6em;z-index:9;background:#222;color:#fff;font:13px/1.4 system-ui,sans-serif;padding:.4rem .6rem;border-radius:.3rem;width:max-content;max-width:28rem}
.cat-typo{border-color:var(--typo)}.cat-mixed-language{border-color:var(--mixed-language)}.cat-mt-artefact{border-color:var(--mt-artefact)}
.cat-boilerplate{border-color:var(--boilerplate);background:#eee}.cat-name-variant{border-color:var(--name-variant)}.cat-formatting{border-color:var(--formatting)}.cat-meta{border-color:var(--meta)}
.chip-typo{background:var(--typo)}.chip-mixed-language{background:var(--mixed-language)}.chip-mt-artefact{background:var(--mt-artefact)}.chip-boilerplate{background:var(--boilerplate)}.chip-name-variant{background:var(--name-variant)}.chip-formatting{background:var(--formatting)}.chip-meta{background:var(--meta)}
ol.findings li{margin:.3rem 0}.sev-error{color:#b00;font-weight:600}.sev-warning{color:#a60}.sev-info{color:#066}
code{background:#f0f0f0;padding:0 .2rem;border-radius:.2rem}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left}th{cursor:pointer;user-select:none;background:#f4f4f4}td.num,th.num{text-align:right}
.charts{display:flex;flex-wrap:wrap;gap:2rem}.charts figure{margin:0}figcaption{font-weight:600;margin-bottom:.3rem}
@media print{mark[data-tip]::after{display:none!important}mark{border-bottom-style:solid}.noprint{display:none}body{margin:0}}
`

const docBody = `{{define "body"}}<section class="doc">
<h1>{{.Path}}</h1>
{{if .Error}}<p class="sev-error">Could not be read: {{.Error}}</p>{{else}}
<p><span class="score" title="0-100; see copydesk rules">{{.Score}}</span> / 100 &nbsp; {{count (len .Findings) "finding"}}</p>
<p class="chips">{{range .Counts}}<span class="{{chip .Category}}">{{.Category}} {{.N}}</span>{{end}}</p>
<div class="text">{{range .Segments}}{{range .Anchors}}<a id="{{.}}"></a>{{end}}{{if .Marked}}<mark class="{{.Class}}" tabindex="0" data-tip="{{.Tip}}" data-findings="{{.Findings}}">{{.Text}}</mark>{{else}}{{.Text}}{{end}}{{end}}</div>
<h2>Findings</h2>
<ol class="findings">{{range .Findings}}<li><a href="#f-{{.N}}">{{.Line}}:{{.Column}}</a> <span class="sev-{{.Severity}}">{{.Severity}}</span> <code>{{.Rule}}</code> {{.Message}}{{if .Suggestions}} — suggest {{range $i, $s := .Suggestions}}{{if $i}}, {{end}}<code>{{$s}}</code>{{end}}{{end}}</li>{{end}}</ol>
{{end}}</section>{{end}}`

var funcs = template.FuncMap{"chip": func(c string) string { return "chip-" + c }, "height": func(b []bar) int { return len(b)*22 + 4 },
	"count": Count}

var docTemplate = template.Must(template.New("doc").Funcs(funcs).Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>copydesk: {{.Path}}</title><style>` + htmlStyle + `</style></head><body>
{{if .IndexLink}}<p class="noprint"><a href="{{.IndexLink}}">← all documents</a></p>{{end}}
{{template "body" .}}
</body></html>
` + docBody))

// WriteHTMLDocument writes one document's report; indexLink, when set, links back to the run's index.
func (run *Run) WriteHTMLDocument(w io.Writer, r checks.Result, indexLink string) error {
	v := docView(r)
	v.IndexLink = indexLink
	return docTemplate.Execute(w, v)
}

type indexRow struct {
	Path, Link string
	Lang       string // the document's language, shown when a run holds more than one
	Score      int
	Findings   int
	ByCat      []int
	Error      string
}

type bar struct {
	Label string
	N     int
	W     float64
	Y     int
}

type indexView struct {
	Documents, Findings, Failed            int
	GateLine                               string // how many documents fail the gate, and against --max-failing
	Categories                             []string
	Langs                                  bool // documents in more than one language: a language column
	Rows                                   []indexRow
	ScoreBars, CatBars, RuleBars, WordBars []bar
	Docs                                   []htmlDoc // when there is no report folder: the documents inline
}

func bars(m map[string]int, limit int, order []string) []bar {
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	if order != nil {
		for _, k := range order {
			kvs = append(kvs, kv{k, m[k]})
		}
	} else {
		for k, v := range m {
			kvs = append(kvs, kv{k, v})
		}
		sort.Slice(kvs, func(i, j int) bool {
			if kvs[i].v != kvs[j].v {
				return kvs[i].v > kvs[j].v
			}
			return kvs[i].k < kvs[j].k
		})
	}
	if limit > 0 && len(kvs) > limit {
		kvs = kvs[:limit]
	}
	maxv := 1
	for _, x := range kvs {
		maxv = max(maxv, x.v)
	}
	out := make([]bar, len(kvs))
	for i, x := range kvs {
		out[i] = bar{Label: clipMD(x.k, 60), N: x.v, W: 220 * float64(x.v) / float64(maxv), Y: i * 22}
	}
	return out
}

var indexTemplate = template.Must(template.New("index").Funcs(funcs).Parse(docBody + `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>copydesk report</title><style>` + htmlStyle + `</style></head><body>
<h1>copydesk: {{count .Documents "document"}}, {{count .Findings "finding"}}</h1>
{{if .Failed}}<p class="sev-error">{{.GateLine}}.</p>{{end}}
{{define "chart"}}<svg role="img" width="480" height="{{height .}}" viewBox="0 0 480 {{height .}}">{{range .}}<g transform="translate(0,{{.Y}})"><text x="190" y="15" text-anchor="end" font-size="12">{{.Label}}</text><rect x="195" y="3" width="{{printf "%.1f" .W}}" height="16" fill="#4477aa"><title>{{.Label}}: {{.N}}</title></rect><text x="{{printf "%.1f" .W}}" dx="200" y="15" font-size="12">{{.N}}</text></g>{{end}}</svg>{{end}}
{{- /* One document shown inline (an editor's run): its report alone, without the corpus charts and table. */}}
{{if or (gt .Documents 1) (not .Docs)}}<div class="charts">
<figure><figcaption>Score distribution</figcaption>{{template "chart" .ScoreBars}}</figure>
<figure><figcaption>Findings per category</figcaption>{{template "chart" .CatBars}}</figure>
<figure><figcaption>Most frequent rules</figcaption>{{template "chart" .RuleBars}}</figure>
{{if .WordBars}}<figure><figcaption>Most frequent unknown words</figcaption>{{template "chart" .WordBars}}</figure>{{end}}
</div>
<h2>Documents</h2>
<table id="docs"><thead><tr><th>document</th>{{if .Langs}}<th>language</th>{{end}}<th class="num">score</th><th class="num">findings</th>{{range .Categories}}<th class="num">{{.}}</th>{{end}}</tr></thead><tbody>
{{range .Rows}}<tr><td>{{if .Link}}<a href="{{.Link}}">{{.Path}}</a>{{else}}{{.Path}}{{end}}{{if .Error}} <span class="sev-error">{{.Error}}</span>{{end}}</td>{{if $.Langs}}<td>{{.Lang}}</td>{{end}}<td class="num">{{.Score}}</td><td class="num">{{.Findings}}</td>{{range .ByCat}}<td class="num">{{.}}</td>{{end}}</tr>
{{end}}</tbody></table>{{end}}
{{range .Docs}}{{template "body" .}}{{end}}
<script>
// Sort the table by a column when its header is clicked (numbers numerically).
document.querySelectorAll('#docs th').forEach(function(th, col){
  th.addEventListener('click', function(){
    var body = th.closest('table').tBodies[0], rows = Array.from(body.rows);
    var asc = th.dataset.dir !== 'asc'; th.dataset.dir = asc ? 'asc' : 'desc';
    rows.sort(function(a, b){
      var x = a.cells[col].textContent.trim(), y = b.cells[col].textContent.trim();
      var nx = parseFloat(x), ny = parseFloat(y);
      var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
      return asc ? c : -c;
    });
    rows.forEach(function(r){ body.appendChild(r); });
  });
});
</script>
</body></html>`))

// WriteHTMLIndex writes the run's index: a sortable table of documents and
// inline SVG charts. links maps a result's index to its report file; without
// links the documents are shown inline on the page.
func (run *Run) WriteHTMLIndex(w io.Writer, results []checks.Result, links map[int]string) error {
	s := run.summary(results)
	st := run.corpusStats(results)
	v := indexView{Documents: s.Documents, Findings: s.Findings, Failed: s.Failed, GateLine: run.gateLine(s.Failed, s.Documents),
		Categories: categories[:6], Langs: len(s.ByLanguage) > 1}
	for i, r := range results {
		row := indexRow{Path: r.Path, Link: links[i]}
		if r.Err != nil {
			row.Error = errReason(r)
			v.Rows = append(v.Rows, row)
			continue
		}
		row.Score = Score(r)
		row.Lang = r.Language(run.Language)
		row.Findings = len(r.Findings)
		cat := map[string]int{}
		for _, f := range r.Findings {
			cat[string(f.Category)]++
		}
		for _, c := range v.Categories {
			row.ByCat = append(row.ByCat, cat[c])
		}
		v.Rows = append(v.Rows, row)
		if links == nil {
			v.Docs = append(v.Docs, docView(r))
		}
	}
	v.ScoreBars = bars(st.Scores.Bins, 0, scoreBinNames)
	v.CatBars = bars(s.ByCategory, 0, nil)
	v.RuleBars = bars(s.ByRule, 10, nil)
	if len(st.wordHits) > 0 {
		v.WordBars = bars(st.wordHits, 10, nil)
	}
	return indexTemplate.Execute(w, v)
}
