package ingest

import (
	"errors"
	"io"
	"mime"
	"net/http"
	"net/url"
	"path"
	"strings"

	"github.com/sitrep/sitrep"
)

// userAgent names sitrep to the servers it fetches from.
// UserAgent is how sitrep names itself to the servers it fetches from.
const UserAgent = "sitrep/" + sitrep.Version

const userAgent = UserAgent

// fetch reads a URL: a feed, a web page or plain text, told apart by the
// Content-Type and the content itself.
func (rd *run) fetch(u string) error {
	req, err := http.NewRequestWithContext(rd.ctx, http.MethodGet, u, nil)
	if err != nil {
		rd.fail(u, "bad URL: "+errMsg(err))
		return nil
	}
	req.Header.Set("User-Agent", userAgent)
	req.Header.Set("Accept", "text/html, application/xhtml+xml, application/rss+xml, "+
		"application/atom+xml, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5")
	client := rd.r.Client
	if client == nil {
		client = &http.Client{Timeout: DefaultTimeout}
	}
	resp, err := client.Do(req)
	if err != nil {
		if cerr := rd.ctx.Err(); cerr != nil {
			return cerr
		}
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		rd.fail(u, err.Error())
		return nil
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		rd.fail(u, "HTTP "+resp.Status)
		return nil
	}
	var body io.Reader = resp.Body
	if ct, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type")); ct == "application/gzip" || ct == "application/x-gzip" ||
		strings.HasSuffix(strings.ToLower(resp.Request.URL.Path), ".gz") {
		// A compressed file, not a compressed transfer (which the client
		// undoes itself).
		zr, ok := rd.gunzip(resp.Body, u)
		if !ok {
			return nil
		}
		body = zr
	}
	src := newSource(u, body)
	src.noun = "response"
	src.id = u
	src.url = u
	src.ctype = resp.Header.Get("Content-Type")
	if body != io.Reader(resp.Body) {
		src.ctype = ""
		src.kind = kindOfExt(path.Ext(strings.TrimSuffix(strings.ToLower(resp.Request.URL.Path), ".gz")))
	}
	return rd.source(src)
}
