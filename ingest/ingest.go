// Package ingest reads reports from files, directories, http(s) URLs and
// standard input into sitrep.Documents: plain text and Markdown with front
// matter, HTML pages, RSS and Atom feeds, JSON Lines and Telegram channel
// exports. Input is streamed; bad input yields problems, one per bad file or
// line, and the rest still goes through.
package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/sitrep/sitrep"
)

// DefaultTimeout bounds the fetch of a URL by a Reader without a Client.
const DefaultTimeout = 30 * time.Second

// Reader reads documents. Fields are options; zero values get defaults set
// in New. Published, Outlet and URL, when set, override those of plain text
// and Markdown documents and fill in the missing ones of other documents read
// from standard input.
type Reader struct {
	Published   sitrep.Date
	Outlet, URL string
	// Limits: DocumentBytes per file, document or JSON line (a Telegram
	// export may be 8 times larger), FeedBytes per feed, ExpandedBytes per
	// .gz input, Depth of JSON, XML and HTML nesting, FeedItems per feed;
	// zero fields take sitrep's defaults.
	Limits sitrep.Limits
	Client *http.Client // for URLs: Client(false) by New, public addresses only
	Stdin  io.Reader    // for "-"
}

// New returns a Reader with the default options.
func New() *Reader {
	return &Reader{
		Limits: sitrep.DefaultLimits(),
		Client: Client(false),
		Stdin:  os.Stdin,
	}
}

// Read reads one argument: a file, a directory (recursive, sorted, hidden
// files and directories skipped), an http(s) URL, or "-" for standard input.
// It calls emit for every document in order and returns the problems found,
// one per bad file or line, never stopping at the first. If emit returns an
// error or ctx is done, Read stops and returns that error as err.
func (r *Reader) Read(ctx context.Context, arg string, emit func(sitrep.Document) error) (problems []sitrep.Problem, err error) {
	rd := &run{r: r, ctx: ctx, emit: emit}
	switch {
	case arg == "-":
		err = rd.stdin()
	case isURL(arg):
		err = rd.fetch(arg)
	default:
		err = rd.path(arg)
	}
	return rd.problems, err
}

func (r *Reader) limits() sitrep.Limits { return r.Limits.Or() }

// run is the state of one call to Read.
type run struct {
	r        *Reader
	ctx      context.Context
	emit     func(sitrep.Document) error
	problems []sitrep.Problem
}

func (rd *run) fail(file, msg string) {
	rd.problems = append(rd.problems, sitrep.Problem{File: file, Msg: msg})
}

func (rd *run) failLine(file string, line int, msg string) {
	rd.problems = append(rd.problems, sitrep.Problem{File: file, Line: line, Msg: msg})
}

// refuse records that an input, or line n of it, was refused by a limit.
func (rd *run) refuse(file string, line int, limit, msg string) {
	rd.problems = append(rd.problems, sitrep.Problem{File: file, Line: line, Msg: msg, Limit: limit})
}

func (rd *run) failUTF8(file string, line int, off int64) {
	rd.problems = append(rd.problems, sitrep.Problem{
		File: file, Line: line, Offset: sitrep.At(off), Msg: "invalid UTF-8",
	})
}

// send completes doc (Hash, Language, fallback ID) and hands it to emit.
func (rd *run) send(doc sitrep.Document) error {
	if err := rd.ctx.Err(); err != nil {
		return err
	}
	// Readers of HTML and feeds may pass through stray bytes, and a BOM or
	// CRLF may hide in a page or after front matter; the text readers have
	// already rejected invalid UTF-8.
	doc.Text = cleanText(strings.ToValidUTF8(doc.Text, "\uFFFD"))
	doc.Hash = hashText(doc.Text)
	if doc.ID == "" {
		// Only documents read from standard input have no other name.
		doc.ID = "stdin-" + doc.Hash[:12]
	}
	doc.Language = guessLanguage(doc.Text)
	doc.Version = 0
	return rd.emit(doc)
}

// override sets the Reader's Published, Outlet and URL on doc: always when
// force is true, else only where doc has none.
func (rd *run) override(doc *sitrep.Document, force bool) {
	r := rd.r
	if !r.Published.IsZero() && (force || doc.Published.IsZero()) {
		doc.Published = r.Published
	}
	if r.Outlet != "" && (force || doc.Outlet == "") {
		doc.Outlet = r.Outlet
	}
	if r.URL != "" && (force || doc.URL == "") {
		doc.URL = r.URL
	}
}

func (rd *run) stdin() error {
	in := rd.r.Stdin
	if in == nil {
		in = os.Stdin
	}
	src := newSource("-", in)
	src.noun = "input"
	src.stdin = true
	return rd.source(src)
}

// path reads a file or a directory.
func (rd *run) path(arg string) error {
	fi, err := os.Stat(arg)
	if err != nil {
		rd.fail(arg, errMsg(err))
		return nil
	}
	if fi.IsDir() {
		return rd.dir(arg)
	}
	return rd.file(arg, trimExt(filepath.Base(arg)))
}

// file reads one file; id is the document ID used when the file names none.
func (rd *run) file(path, id string) error {
	f, err := os.Open(path)
	if err != nil {
		rd.fail(path, errMsg(err))
		return nil
	}
	defer f.Close()
	inner := path
	var r io.Reader = f
	if strings.EqualFold(filepath.Ext(path), ".gz") {
		// reports.jsonl.gz reads as reports.jsonl; its id loses both
		// extensions.
		inner, id = path[:len(path)-len(".gz")], trimExt(id)
		zr, ok := rd.gunzip(f, path)
		if !ok {
			return nil
		}
		r = zr
	}
	src := newSource(path, r)
	src.id = id
	src.kind = kindOfExt(filepath.Ext(inner))
	return rd.source(src)
}

// dir reads the files under root in lexical order, skipping hidden entries
// and files whose extension says they hold no text.
func (rd *run) dir(root string) error {
	if fi, err := os.Lstat(root); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
		// WalkDir does not enter a link to a directory, unless told
		// it is one by a trailing separator.
		root += string(filepath.Separator)
	}
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			rd.fail(path, errMsg(err))
			return nil
		}
		if err := rd.ctx.Err(); err != nil {
			return err
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || skipExt[strings.ToLower(filepath.Ext(path))] {
			return nil
		}
		if !d.Type().IsRegular() {
			// Follow links to files, not to directories (no cycles), and
			// leave devices, pipes and sockets alone.
			fi, err := os.Stat(path)
			if err != nil || !fi.Mode().IsRegular() {
				return nil
			}
		}
		rel, err := filepath.Rel(root, path)
		if err != nil {
			rel = filepath.Base(path)
		}
		return rd.file(path, filepath.ToSlash(trimExt(rel)))
	})
}

// skipExt lists extensions of files that a directory walk skips silently.
var skipExt = map[string]bool{
	".png": true, ".jpg": true, ".jpeg": true, ".gif": true, ".webp": true, ".bmp": true,
	".ico": true, ".tif": true, ".tiff": true, ".svg": true, ".heic": true,
	".pdf": true, ".doc": true, ".docx": true, ".xls": true, ".xlsx": true, ".ppt": true,
	".pptx": true, ".odt": true, ".ods": true, ".epub": true,
	".zip": true, ".tgz": true, ".bz2": true, ".xz": true, ".zst": true,
	".7z": true, ".rar": true, ".tar": true,
	".db": true, ".sqlite": true, ".sqlite3": true, ".parquet": true,
	".mp3": true, ".mp4": true, ".m4a": true, ".mov": true, ".avi": true, ".mkv": true,
	".webm": true, ".wav": true, ".ogg": true, ".opus": true, ".flac": true,
	".exe": true, ".dll": true, ".so": true, ".dylib": true, ".o": true, ".a": true,
	".bin": true, ".class": true, ".jar": true, ".pyc": true, ".wasm": true,
	".woff": true, ".woff2": true, ".ttf": true, ".otf": true, ".eot": true,
	".css": true, ".js": true, ".mjs": true, ".map": true,
}

func trimExt(p string) string { return strings.TrimSuffix(p, filepath.Ext(p)) }

func isURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// errMsg returns the message of err without the path it names: the
// problem names the file already.
func errMsg(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

func hashText(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

// sizeLimit says that a file, input or line is larger than max bytes.
func sizeLimit(noun string, max int64) string {
	return fmt.Sprintf("%s is larger than the %s limit", noun, byteSize(max))
}

// byteSize writes n bytes in the largest whole unit.
func byteSize(max int64) string {
	var size string
	switch {
	case max >= 1<<20 && max%(1<<20) == 0:
		size = fmt.Sprintf("%d MB", max>>20)
	case max >= 1<<10 && max%(1<<10) == 0:
		size = fmt.Sprintf("%d KB", max>>10)
	default:
		size = fmt.Sprintf("%d byte", max)
	}
	return size
}
