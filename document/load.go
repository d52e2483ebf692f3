package document

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"
)

// LoadOptions says which files to read and how.
type LoadOptions struct {
	Include   []string // globs matched against file names when walking a directory; default *.txt, *.md
	Exclude   []string // globs matched against file names and slash-separated paths relative to the walked root
	TextField string   // JSONL field holding the text; default "text"
	IDField   string   // JSONL field holding the record id; default "id"
	MaxSize   int64    // largest document in bytes; 0 means DefaultMaxSize
	Input     string   // "auto" (by extension; standard input by its first byte), "text" or "jsonl"
	Stdin     io.Reader
}

// DefaultMaxSize is the largest document read unless configured otherwise.
const DefaultMaxSize = 64 << 20

// Item is what the loader yields: a document, or the reason an input could not be read.
type Item struct {
	Doc  *Document
	Path string
	Err  error
}

// InputError is an input that could not be read as a document; the run goes on without it.
type InputError struct {
	Path   string
	Reason string
}

func (e *InputError) Error() string { return e.Path + ": " + e.Reason }

func inputErr(path, format string, args ...any) Item {
	return Item{Path: path, Err: &InputError{Path: path, Reason: fmt.Sprintf(format, args...)}}
}

func (o *LoadOptions) defaults() {
	if len(o.Include) == 0 {
		o.Include = []string{"*.txt", "*.md"}
	}
	if o.TextField == "" {
		o.TextField = "text"
	}
	if o.IDField == "" {
		o.IDField = "id"
	}
	if o.MaxSize <= 0 {
		o.MaxSize = DefaultMaxSize
	}
	if o.Input == "" {
		o.Input = "auto"
	}
	if o.Stdin == nil {
		o.Stdin = os.Stdin
	}
}

// Walk loads every document under paths, in order (directories in lexical
// order), calling fn for each document or input error. It stops early when
// ctx is cancelled or fn returns an error.
func Walk(ctx context.Context, paths []string, opts LoadOptions, fn func(Item) error) error {
	opts.defaults()
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		var err error
		if p == "-" {
			err = loadStdin(ctx, opts, fn)
		} else {
			err = walkPath(ctx, p, opts, fn)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func walkPath(ctx context.Context, root string, opts LoadOptions, fn func(Item) error) error {
	info, err := os.Stat(root)
	if err != nil {
		return fn(inputErr(root, "%s", describeOSError(err)))
	}
	if !info.IsDir() {
		return loadFile(ctx, root, info, opts, fn)
	}
	return filepath.WalkDir(root, func(path string, de fs.DirEntry, err error) error {
		if cerr := ctx.Err(); cerr != nil {
			return cerr
		}
		if err != nil {
			return fn(inputErr(path, "%s", describeOSError(err)))
		}
		name := de.Name()
		if de.IsDir() {
			if path != root && (strings.HasPrefix(name, ".") || excluded(root, path, opts.Exclude)) {
				return filepath.SkipDir
			}
			return nil
		}
		if !matchAny(opts.Include, name) && !(opts.Input != "text" && isJSONLName(name) && matchAny(opts.Include, "*.jsonl")) {
			return nil
		}
		if excluded(root, path, opts.Exclude) {
			return nil
		}
		info, err := os.Stat(path) // follows a symlink to a file; symlinked directories are not descended (no loops)
		if err != nil {
			return fn(inputErr(path, "%s", describeOSError(err)))
		}
		if info.IsDir() {
			return nil
		}
		return loadFile(ctx, path, info, opts, fn)
	})
}

func excluded(root, path string, globs []string) bool {
	if len(globs) == 0 {
		return false
	}
	rel, err := filepath.Rel(root, path)
	if err != nil {
		rel = path
	}
	rel = filepath.ToSlash(rel)
	base := filepath.Base(path)
	for _, g := range globs {
		if ok, _ := filepath.Match(g, base); ok {
			return true
		}
		if ok, _ := filepath.Match(g, rel); ok {
			return true
		}
		if strings.HasSuffix(g, "/**") && (rel == strings.TrimSuffix(g, "/**") || strings.HasPrefix(rel, strings.TrimSuffix(g, "**"))) {
			return true
		}
	}
	return false
}

func matchAny(globs []string, name string) bool {
	for _, g := range globs {
		if ok, _ := filepath.Match(g, name); ok {
			return true
		}
	}
	return false
}

func isJSONLName(name string) bool {
	return strings.HasSuffix(name, ".jsonl") || strings.HasSuffix(name, ".ndjson")
}

func describeOSError(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or directory"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	return err.Error()
}

func loadFile(ctx context.Context, path string, info fs.FileInfo, opts LoadOptions, fn func(Item) error) error {
	if !info.Mode().IsRegular() {
		return fn(inputErr(path, "not a regular file (%s)", fileKind(info.Mode())))
	}
	if opts.Input == "jsonl" || (opts.Input == "auto" && isJSONLName(path)) {
		f, err := os.Open(path)
		if err != nil {
			return fn(inputErr(path, "%s", describeOSError(err)))
		}
		defer f.Close()
		return loadJSONL(ctx, path, f, opts, fn)
	}
	if info.Size() > opts.MaxSize { // for JSONL the limit is per record
		return fn(inputErr(path, "file is %s, over the %s limit (raise it with --max-size)", humanBytes(info.Size()), humanBytes(opts.MaxSize)))
	}
	raw, err := readLimited(path, opts.MaxSize)
	if err != nil {
		return fn(inputErr(path, "%s", err))
	}
	return fn(fromBytes(path, idOf(path), raw))
}

func readLimited(path string, max int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, errors.New(describeOSError(err))
	}
	defer f.Close()
	// Read into a buffer of the file's size (plus one byte, to see the end
	// or a file that grew): one read for most files, where ReadAll's growing
	// buffer took several reads and copies each.
	size := int64(512)
	if st, err := f.Stat(); err == nil && st.Size() > 0 {
		size = min(st.Size(), max) + 1
	}
	raw := make([]byte, 0, size)
	for {
		n, err := f.Read(raw[len(raw):cap(raw)])
		raw = raw[:len(raw)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("read failed: %s", describeOSError(err))
		}
		if int64(len(raw)) > max {
			break
		}
		if len(raw) == cap(raw) {
			raw = append(raw, 0)[:len(raw)] // the file grew, or its size was unknown: more room
		}
	}
	if int64(len(raw)) > max {
		return nil, fmt.Errorf("file is over the %s limit (raise it with --max-size)", humanBytes(max))
	}
	return raw, nil
}

func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "named pipe"
	case m&fs.ModeSocket != 0:
		return "socket"
	case m&fs.ModeDevice != 0:
		return "device"
	case m&fs.ModeSymlink != 0:
		return "symbolic link"
	}
	return m.Type().String()
}

func idOf(path string) string {
	base := filepath.Base(path)
	if ext := filepath.Ext(base); ext != "" && ext != base {
		base = strings.TrimSuffix(base, ext)
	}
	return base
}

// fromBytes checks that raw is text a linter can read and builds the document.
func fromBytes(path, id string, raw []byte) Item {
	if reason := refuse(raw); reason != "" {
		return inputErr(path, "%s", reason)
	}
	return Item{Path: path, Doc: NewDeferred(path, id, raw)} // segmented by the worker that checks it
}

// refuse says why raw is not a text document, or "" when it is.
func refuse(raw []byte) string {
	switch {
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}) || bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		return "UTF-16 text (byte-order mark found); convert it to UTF-8 first, e.g. iconv -f UTF-16 -t UTF-8"
	case bytes.HasPrefix(raw, []byte("\x89PNG")):
		return "binary file (PNG image), not text"
	case bytes.HasPrefix(raw, []byte("\x7fELF")):
		return "binary file (ELF executable), not text"
	case bytes.HasPrefix(raw, []byte("%PDF-")):
		return "binary file (PDF document); extract its text first"
	case bytes.HasPrefix(raw, []byte("PK\x03\x04")):
		return "binary file (ZIP archive or office document), not text"
	case bytes.HasPrefix(raw, []byte{0x1f, 0x8b}):
		return "binary file (gzip-compressed); decompress it first"
	case bytes.HasPrefix(raw, []byte("\xff\xd8\xff")):
		return "binary file (JPEG image), not text"
	case bytes.HasPrefix(raw, []byte("GIF8")):
		return "binary file (GIF image), not text"
	}
	head := raw[:min(len(raw), 8192)]
	nul, ctl := 0, 0
	for _, b := range head {
		if b == 0 {
			nul++
		}
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' {
			ctl++
		}
	}
	// A stray NUL in text is a finding (format.control-char); many control bytes mean a binary file.
	if len(head) > 0 && (ctl*10 > len(head) || nul*100 > len(head) && nul > 4) {
		return fmt.Sprintf("binary file (%d control bytes in the first %d), not text", ctl, len(head))
	}
	// Text in a legacy encoding (Latin-1, Windows-1252) has an invalid byte
	// for each accented letter, a few in a hundred (format.invalid-utf8 says
	// where); random or compressed bytes, and text in a multi-byte legacy
	// encoding, are mostly invalid, and a finding per byte would bury them.
	if bad := invalidUTF8Bytes(head); len(head) >= 64 && (bad+ctl)*5 > len(head) {
		return fmt.Sprintf("not UTF-8 text: %d of the first %d bytes are control bytes or invalid UTF-8 (a binary file, or text in another encoding such as GBK or Shift JIS: convert it with iconv)", bad+ctl, len(head))
	}
	return ""
}

// invalidUTF8Bytes counts the bytes of b that are not part of a valid UTF-8
// character; a character cut at the end of b does not count.
func invalidUTF8Bytes(b []byte) int {
	bad := 0
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			if !utf8.FullRune(b[i:]) {
				break
			}
			bad++
		}
		i += n
	}
	return bad
}

func loadStdin(ctx context.Context, opts LoadOptions, fn func(Item) error) error {
	br := bufio.NewReaderSize(opts.Stdin, 64<<10)
	mode := opts.Input
	if mode == "auto" {
		mode = "text"
		for {
			b, err := br.Peek(1)
			if err != nil || len(b) == 0 {
				break
			}
			if b[0] == ' ' || b[0] == '\n' || b[0] == '\r' || b[0] == '\t' {
				br.ReadByte()
				continue
			}
			if b[0] == '{' {
				mode = "jsonl"
			}
			break
		}
	}
	if mode == "jsonl" {
		return loadJSONL(ctx, "-", br, opts, fn)
	}
	raw, err := io.ReadAll(io.LimitReader(br, opts.MaxSize+1))
	if err != nil {
		return fn(inputErr("-", "read failed: %v", err))
	}
	if int64(len(raw)) > opts.MaxSize {
		return fn(inputErr("-", "standard input is over the %s limit (raise it with --max-size)", humanBytes(opts.MaxSize)))
	}
	return fn(fromBytes("-", "stdin", raw))
}

// loadJSONL streams records, one document per line; a bad line is an input error and the rest go on.
func loadJSONL(ctx context.Context, path string, r io.Reader, opts LoadOptions, fn func(Item) error) error {
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(r, 64<<10)
	}
	for lineNo := 1; ; lineNo++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		line, tooLong, err := readLine(br, opts.MaxSize)
		if len(line) == 0 && err != nil {
			if err == io.EOF {
				return nil
			}
			return fn(inputErr(path, "line %d: read failed: %v", lineNo, err))
		}
		where := path + ":" + strconv.Itoa(lineNo)
		if tooLong {
			if ferr := fn(inputErr(where, "record is over the %s limit (raise it with --max-size)", humanBytes(opts.MaxSize))); ferr != nil {
				return ferr
			}
		} else if trimmed := bytes.TrimSpace(line); len(trimmed) > 0 {
			if ferr := fn(jsonlRecord(path, where, lineNo, trimmed, opts)); ferr != nil {
				return ferr
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

// readLine reads one line of any length; past max bytes it discards the rest and reports tooLong.
func readLine(br *bufio.Reader, max int64) (line []byte, tooLong bool, err error) {
	for {
		chunk, e := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(line)+len(chunk)) > max+1 {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if e == bufio.ErrBufferFull {
			continue
		}
		if tooLong {
			return []byte{'x'}, true, e
		}
		return line, false, e
	}
}

func jsonlRecord(path, where string, lineNo int, line []byte, opts LoadOptions) Item {
	var rec map[string]json.RawMessage
	if err := json.Unmarshal(line, &rec); err != nil {
		return inputErr(where, "invalid JSON: %v", err)
	}
	rawText, ok := rec[opts.TextField]
	if !ok {
		return inputErr(where, "record has no %q field (set --text-field)", opts.TextField)
	}
	var text string
	if string(bytes.TrimSpace(rawText)) == "null" {
		return inputErr(where, "field %q is null", opts.TextField)
	}
	if err := json.Unmarshal(rawText, &text); err != nil {
		return inputErr(where, "field %q is not a string", opts.TextField)
	}
	id := strconv.Itoa(lineNo)
	if rawID, ok := rec[opts.IDField]; ok {
		var s string
		if json.Unmarshal(rawID, &s) == nil && s != "" {
			id = s
		} else if n := strings.TrimSpace(string(rawID)); n != "" && n != "null" && n[0] != '"' && n[0] != '{' && n[0] != '[' {
			id = n
		}
	}
	base := path
	if path == "-" {
		base = "stdin"
	}
	return fromBytes(base+"#"+id, id, []byte(text))
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<20:
		return strconv.FormatFloat(float64(n)/(1<<20), 'f', 1, 64) + " MB"
	case n >= 1<<10:
		return strconv.FormatFloat(float64(n)/(1<<10), 'f', 1, 64) + " KB"
	}
	return strconv.FormatInt(n, 10) + " bytes"
}
