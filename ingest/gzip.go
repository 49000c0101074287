package ingest

import (
	"compress/gzip"
	"errors"
	"io"

	"github.com/sitrep/sitrep"
)

// errExpanded is the read error of a compressed input that expands past
// the ExpandedBytes limit.
var errExpanded = errors.New("expands past the limit")

// gunzip returns a reader of the decompressed r, which fails with
// errExpanded past the ExpandedBytes limit (gzip bombs), or records a
// problem for name and returns false when r is not gzip.
func (rd *run) gunzip(r io.Reader, name string) (io.Reader, bool) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		rd.fail(name, "not gzip: "+err.Error())
		return nil, false
	}
	return &expandReader{r: zr, left: rd.r.limits().ExpandedBytes}, true
}

// expandReader reads at most left bytes, then fails with errExpanded.
type expandReader struct {
	r    io.Reader
	left int64
}

func (e *expandReader) Read(p []byte) (int, error) {
	if e.left <= 0 {
		// One byte more tells a stream of exactly the limit from a
		// larger one.
		var one [1]byte
		if n, _ := e.r.Read(one[:]); n > 0 {
			return 0, errExpanded
		}
		return e.r.Read(p)
	}
	if int64(len(p)) > e.left {
		p = p[:e.left]
	}
	n, err := e.r.Read(p)
	e.left -= int64(n)
	return n, err
}

// refuseExpanded records that src expanded past the limit.
func (rd *run) refuseExpanded(src *source) {
	rd.refuse(src.name, 0, sitrep.LimitExpandedBytes,
		"decompressed "+src.noun+" is larger than the "+byteSize(rd.r.limits().ExpandedBytes)+" limit (expanded_bytes)")
}
