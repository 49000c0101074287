package httpapi

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/export"
	"github.com/sitrep/sitrep/ingest"
	"github.com/sitrep/sitrep/reconcile"
)

// DefaultLimit and MaxLimit bound a page of incidents.
const (
	DefaultLimit = 100
	MaxLimit     = 1000
)

// filter reads the incident filters of a query string.
func filter(r *http.Request) (sitrep.IncidentFilter, error) {
	q := r.URL.Query()
	f := sitrep.IncidentFilter{
		Country: strings.ToUpper(q.Get("country")), Place: q.Get("place"), Actor: q.Get("actor"),
		Category: strings.ToLower(q.Get("category")), Status: strings.ToLower(q.Get("status")),
		Grade: strings.ToLower(q.Get("grade")), Rejected: q.Get("rejected") == "true",
		Limit: DefaultLimit,
	}
	var err error
	for _, d := range []struct {
		key string
		to  *sitrep.Date
	}{{"since", &f.Since}, {"until", &f.Until}} {
		if v := q.Get(d.key); v != "" {
			if *d.to, err = sitrep.ParseDate(v); err != nil {
				return f, bad("%s: %v", d.key, err)
			}
		}
	}
	switch v := q.Get("sort"); v {
	case "", "date":
	case "-date":
		f.Newest = true
	default:
		return f, bad("sort %q: want date (earliest first) or -date (latest first)", v)
	}
	if v := q.Get("limit"); v != "" {
		if f.Limit, err = strconv.Atoi(v); err != nil || f.Limit < 1 || f.Limit > MaxLimit {
			return f, bad("limit %q: want 1 to %d", v, MaxLimit)
		}
	}
	if v := q.Get("offset"); v != "" {
		if f.Offset, err = strconv.Atoi(v); err != nil || f.Offset < 0 {
			return f, bad("offset %q: want a count from 0", v)
		}
	}
	return f, nil
}

// IncidentPage is the body of GET /api/v1/incidents.
type IncidentPage struct {
	Incidents  []any `json:"incidents"` // export.Record of each
	Count      int   `json:"count"`
	Limit      int   `json:"limit"`
	Offset     int   `json:"offset"`
	NextOffset *int  `json:"next_offset"` // null on the last page
}

func (s *Server) incidents(w http.ResponseWriter, r *http.Request) (any, error) {
	f, err := filter(r)
	if err != nil {
		return nil, err
	}
	incs, err := s.Store.Incidents(r.Context(), f)
	if err != nil {
		return nil, err
	}
	page := IncidentPage{Incidents: make([]any, 0, len(incs)), Count: len(incs), Limit: f.Limit, Offset: f.Offset}
	for _, inc := range incs {
		page.Incidents = append(page.Incidents, export.Record(inc))
	}
	if len(incs) == f.Limit {
		next := f.Offset + f.Limit
		page.NextOffset = &next
	}
	return page, nil
}

// IncidentDetail is the body of GET /api/v1/incidents/{id}: the incident,
// each report with its assertions, and the id asked for when it was
// retired and redirected.
type IncidentDetail struct {
	Incident       any             `json:"incident"`
	Reports        []sitrep.Report `json:"reports"`
	Reviews        []sitrep.Review `json:"reviews"`
	RedirectedFrom string          `json:"redirected_from,omitempty"`
}

func (s *Server) incident(w http.ResponseWriter, r *http.Request) (any, error) {
	id := r.PathValue("id")
	inc, err := s.Store.Incident(r.Context(), id)
	from := ""
	// A retired id redirects to the incident now holding its event. A
	// fusion committed between reading the redirect and the incident may
	// retire that one too: the redirect, re-pointed, is read again.
	for try := 0; try < 3 && sitrep.ErrorCode(err) == sitrep.ENOTFOUND; try++ {
		rd, ok := s.Store.(Redirector)
		if !ok {
			break
		}
		to, rerr := rd.Redirect(r.Context(), id)
		if rerr != nil || to == "" {
			break
		}
		from = id
		inc, err = s.Store.Incident(r.Context(), to)
	}
	if err != nil {
		return nil, err
	}
	d := IncidentDetail{Incident: export.Record(inc), Reports: inc.Reports, Reviews: inc.Reviews, RedirectedFrom: from}
	if d.Reports == nil {
		d.Reports = []sitrep.Report{}
	}
	if d.Reviews == nil {
		d.Reviews = []sitrep.Review{}
	}
	return d, nil
}

// DocumentBody is the body of GET /api/v1/documents/{id}.
type DocumentBody struct {
	ID        string `json:"id"`
	Version   int    `json:"version"`
	URL       string `json:"url"`
	Outlet    string `json:"outlet"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Language  string `json:"language"`
	CopyOf    string `json:"copy_of"`
	Text      string `json:"text"`
}

func (s *Server) document(w http.ResponseWriter, r *http.Request) (any, error) {
	d, err := s.Store.Document(r.Context(), r.PathValue("id"))
	if err != nil {
		return nil, err
	}
	return DocumentBody{ID: d.ID, Version: d.Version, URL: d.URL, Outlet: d.Outlet, Title: d.Title,
		Published: d.Published.String(), Language: d.Language, CopyOf: d.CopyOf, Text: d.Text}, nil
}

func (s *Server) tallies(w http.ResponseWriter, r *http.Request) (any, error) {
	ts, err := s.Store.Tallies(r.Context())
	if err != nil {
		return nil, err
	}
	incs, err := s.Store.Incidents(r.Context(), sitrep.IncidentFilter{})
	if err != nil {
		return nil, err
	}
	checks := reconcile.Tallies(ts, incs)
	if checks == nil {
		checks = []reconcile.Check{}
	}
	return map[string]any{"tallies": checks}, nil
}

// Stats is the body of GET /api/v1/stats: incidents (not rejected) counted
// by ISO week of their start, country, place, category and grade.
type Stats struct {
	Incidents  int            `json:"incidents"`
	ByWeek     map[string]int `json:"by_week"` // "2023-W43"; "undated" for the rest
	ByCountry  map[string]int `json:"by_country"`
	ByPlace    map[string]int `json:"by_place"`
	ByCategory map[string]int `json:"by_category"`
	ByGrade    map[string]int `json:"by_grade"`
}

func (s *Server) stats(w http.ResponseWriter, r *http.Request) (any, error) {
	f, err := filter(r)
	if err != nil {
		return nil, err
	}
	f.Limit, f.Offset = 0, 0
	incs, err := s.heads(r.Context(), f)
	if err != nil {
		return nil, err
	}
	st := Stats{Incidents: len(incs), ByWeek: map[string]int{}, ByCountry: map[string]int{}, ByPlace: map[string]int{},
		ByCategory: map[string]int{}, ByGrade: map[string]int{}}
	for _, inc := range incs {
		week := "undated"
		if d := inc.When.Start; d.HasYear() {
			y, wk := d.Time().ISOWeek()
			week = fmt.Sprintf("%04d-W%02d", y, wk)
		}
		st.ByWeek[week]++
		st.ByCountry[orUnknown(inc.Place.Country)]++
		st.ByPlace[orUnknown(inc.Place.Name)]++
		st.ByCategory[orUnknown(inc.Category)]++
		st.ByGrade[orUnknown(inc.Grade)]++
	}
	return st, nil
}

func orUnknown(s string) string {
	if s == "" {
		return "unknown"
	}
	return s
}

// postDoc is a document as POST takes it: the ingest JSONL format.
type postDoc struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Outlet    string `json:"outlet"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Language  string `json:"language"`
	Text      string `json:"text"`
}

// IngestResult is the body of POST /api/v1/documents.
type IngestResult struct {
	Received  int      `json:"received"`
	New       int      `json:"new"`
	Versions  int      `json:"new_versions"`
	Unchanged int      `json:"unchanged"`
	Reports   int      `json:"reports"`
	Incidents int      `json:"incidents"`
	IDs       []string `json:"ids"`
}

func (s *Server) ingest(w http.ResponseWriter, r *http.Request) (any, error) {
	if s.Pipeline == nil {
		return nil, &apiError{http.StatusForbidden, "this server takes no documents"}
	}
	s.ingestMu.Lock() // one ingest and fusion at a time
	defer s.ingestMu.Unlock()
	lim := s.Limits
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, lim.BodyBytes))
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			return nil, s.refuse(sitrep.LimitBodyBytes, http.StatusRequestEntityTooLarge, "body is larger than the limit of %d bytes", lim.BodyBytes)
		}
		return nil, bad("body: %v", err)
	}
	if ingest.JSONDepth(body, lim.Depth) > lim.Depth {
		return nil, s.refuse(sitrep.LimitDepth, http.StatusBadRequest, "body: JSON nested deeper than the limit of %d levels", lim.Depth)
	}
	var posted []postDoc
	trimmed := strings.TrimSpace(string(body))
	if strings.HasPrefix(trimmed, "[") {
		err = json.Unmarshal(body, &posted)
	} else {
		var one postDoc
		err = json.Unmarshal(body, &one)
		posted = []postDoc{one}
	}
	if err != nil {
		return nil, bad("body: want a document or an array of documents (id, url, outlet, title, published, language, text): %v", err)
	}
	docs := make([]sitrep.Document, 0, len(posted))
	res := IngestResult{Received: len(posted), IDs: []string{}}
	for i, p := range posted {
		if strings.TrimSpace(p.Text) == "" {
			return nil, bad("document %d: empty text", i)
		}
		if int64(len(p.Text)) > lim.DocumentBytes {
			return nil, s.refuse(sitrep.LimitDocumentBytes, http.StatusRequestEntityTooLarge,
				"document %d: text is larger than the limit of %d bytes", i, lim.DocumentBytes)
		}
		d := sitrep.Document{ID: p.ID, URL: p.URL, Outlet: p.Outlet, Title: p.Title, Language: p.Language, Text: p.Text, Origin: "http"}
		if p.Published != "" {
			if d.Published, err = sitrep.ParseDate(p.Published); err != nil {
				return nil, bad("document %d: published: %v", i, err)
			}
		}
		if d.ID == "" {
			sum := sha256.Sum256([]byte(p.Text))
			d.ID = "api-" + hex.EncodeToString(sum[:6])
		}
		docs = append(docs, d)
		res.IDs = append(res.IDs, d.ID)
	}
	sort.Strings(res.IDs)
	k := 0
	st, err := s.Pipeline.Ingest(r.Context(), func() (sitrep.Document, bool) {
		if k == len(docs) {
			return sitrep.Document{}, false
		}
		k++
		return docs[k-1], true
	})
	if err != nil {
		return nil, err
	}
	n, err := s.Pipeline.Update(r.Context())
	s.invalidate()
	if err != nil {
		return nil, err
	}
	s.ingested.Add(float64(st.New + st.NewVersions))
	res.New, res.Versions, res.Unchanged, res.Reports, res.Incidents = st.New, st.NewVersions, st.Unchanged, st.Reports, n
	return res, nil
}
