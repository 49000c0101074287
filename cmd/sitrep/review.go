package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/pipeline"
	"github.com/sitrep/sitrep/review"
)

// reviewCmd runs "merge", "split", "set" and "reject": it adds one review
// to the audit log and fuses again, so that the change shows at once and
// every later fusion applies it too.
func (e *env) reviewCmd(ctx context.Context, action string, args []string) error {
	fs := e.newFlags(action)
	note := fs.String("note", "", "why: kept in the audit log")
	doc := fs.String("doc", "", "split: the document whose reports are another incident")
	if err := parse(fs, args); err != nil {
		return err
	}
	want := map[string]string{
		sitrep.ReviewMerge:  "merge ID OTHER-ID [--note TEXT]: OTHER-ID is the same event as ID",
		sitrep.ReviewSplit:  "split ID --doc DOC [--note TEXT]: the reports of DOC are another event",
		sitrep.ReviewSet:    "set ID FIELD=VALUE [--note TEXT]: fields " + strings.Join(review.Fields, ", "),
		sitrep.ReviewReject: "reject ID [--note TEXT]: not a real incident",
	}[action]
	n := map[string]int{sitrep.ReviewMerge: 2, sitrep.ReviewSplit: 1, sitrep.ReviewSet: 2, sitrep.ReviewReject: 1}[action]
	if fs.NArg() != n || action == sitrep.ReviewSplit && *doc == "" {
		return &exitError{2, "usage: sitrep " + want}
	}
	store, err := e.openReviewer(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	inc, err := e.incident(ctx, store, fs.Arg(0))
	if err != nil {
		return err
	}
	rv := sitrep.Review{Action: action, Incident: inc.ID, Anchors: review.Keys(inc), Note: *note}
	switch action {
	case sitrep.ReviewMerge:
		other, err := e.incident(ctx, store, fs.Arg(1))
		if err != nil {
			return err
		}
		if other.ID == inc.ID {
			return &exitError{2, fmt.Sprintf("merge: %s and %s are already one incident", fs.Arg(0), fs.Arg(1))}
		}
		rv.Other, rv.OtherAnchors = other.ID, review.Keys(other)
	case sitrep.ReviewSplit:
		has, others := false, false
		for _, r := range inc.Reports {
			has = has || r.Doc == *doc
			others = others || r.Doc != *doc
		}
		if !has || !others {
			return &exitError{2, fmt.Sprintf("split: %s has no report of %q, or only its reports", inc.ID, *doc)}
		}
		rv.Doc = *doc
	case sitrep.ReviewSet:
		field, value, ok := strings.Cut(fs.Arg(1), "=")
		if !ok {
			return &exitError{2, "usage: sitrep " + want}
		}
		field = strings.TrimSpace(field)
		if field == sitrep.FieldPlace {
			if value, err = e.placeValue(ctx, store, value); err != nil {
				return err
			}
		}
		if err := review.Check(field, value); err != nil {
			return &exitError{2, "set: " + err.Error()}
		}
		rv.Field, rv.Value = field, value
	}
	if err := store.AddReview(ctx, &rv); err != nil {
		return err
	}
	if err := e.fuseLocked(ctx, store); err != nil {
		return err
	}
	now, err := e.incident(ctx, store, inc.ID)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "review %d: %s %s; now %s (%s, %s)\n", rv.Seq, action, inc.ID, now.ID, now.Place.Name, now.Grade)
	return nil
}

// reviewer is a store that keeps the analysts' audit log: the SQLite and
// the PostgreSQL stores.
type reviewer interface {
	sitrep.Store
	AddReview(ctx context.Context, r *sitrep.Review) error
	Reviews(ctx context.Context) ([]sitrep.Review, error)
}

// openReviewer opens the store, which must keep reviews (status 2 if not).
func (e *env) openReviewer(ctx context.Context) (reviewer, error) {
	s, err := e.open(ctx)
	if err != nil {
		return nil, err
	}
	r, ok := s.(reviewer)
	if !ok {
		s.Close()
		return nil, &exitError{2, fmt.Sprintf("%s: this store keeps no reviews", e.db)}
	}
	return r, nil
}

// fuseLocked fuses everything again, under the store's fusion lock when it
// has one (PostgreSQL: workers may be fusing meanwhile).
func (e *env) fuseLocked(ctx context.Context, store sitrep.Store) error {
	f, err := e.storeFuser(ctx, store)
	if err != nil {
		return err
	}
	unlock, err := lockFusion(ctx, store)
	if err != nil {
		return err
	}
	defer unlock()
	p := &pipeline.Pipeline{Store: store, Fuser: f}
	_, err = p.Fuse(ctx)
	return err
}

// lockFusion takes the store's fusion lock when it has one (PostgreSQL,
// shared with workers and other commands) and returns its release.
func lockFusion(ctx context.Context, store sitrep.Store) (func(), error) {
	l, ok := store.(interface {
		LockFusion(ctx context.Context) (func(), error)
	})
	if !ok {
		return func() {}, nil
	}
	return l.LockFusion(ctx)
}

// placeValue resolves a place name with the database's gazetteer to the
// JSON that "set place=" keeps.
func (e *env) placeValue(ctx context.Context, store sitrep.Store, name string) (string, error) {
	g, err := e.storeGazetteer(ctx, store)
	if err != nil {
		return "", err
	}
	es := g.Lookup(name)
	if len(es) == 0 {
		return "", &exitError{2, fmt.Sprintf("set: no place named %q in the gazetteer (see sitrep gazetteer lookup)", name)}
	}
	b, err := json.Marshal(es[0].Place())
	return string(b), err
}

// incident returns the incident with id, following the redirect of an id
// that a merge or a later fusion retired.
func (e *env) incident(ctx context.Context, store sitrep.Store, id string) (sitrep.Incident, error) {
	inc, err := store.Incident(ctx, id)
	rd, ok := store.(interface {
		Redirect(ctx context.Context, id string) (string, error)
	})
	if sitrep.ErrorCode(err) == sitrep.ENOTFOUND && ok {
		to, rerr := rd.Redirect(ctx, id)
		if rerr != nil {
			return inc, rerr
		}
		if to == "" {
			return inc, &exitError{1, fmt.Sprintf("no incident %q", id)}
		}
		fmt.Fprintf(e.stderr, "%s is now %s\n", id, to)
		return e.incident(ctx, store, to)
	}
	return inc, err
}

// history runs "sitrep history ID": the reviews made on the incident or
// that shaped it, oldest first.
func (e *env) history(ctx context.Context, args []string) error {
	fs := e.newFlags("history")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return &exitError{2, "usage: sitrep history ID"}
	}
	store, err := e.openReviewer(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	inc, err := e.incident(ctx, store, fs.Arg(0))
	if err != nil {
		return err
	}
	log, err := store.Reviews(ctx)
	if err != nil {
		return err
	}
	keys := map[string]bool{}
	for _, k := range review.Keys(inc) {
		keys[k] = true
	}
	n := 0
	for _, rv := range log {
		mine := rv.Incident == inc.ID || rv.Other == inc.ID || rv.Incident == fs.Arg(0)
		for _, k := range append(append([]string(nil), rv.Anchors...), rv.OtherAnchors...) {
			mine = mine || keys[k]
		}
		if !mine {
			continue
		}
		n++
		what := rv.Action
		switch rv.Action {
		case sitrep.ReviewMerge:
			what += " " + rv.Other + " into " + rv.Incident
		case sitrep.ReviewSplit:
			what += " " + rv.Doc + " out of " + rv.Incident
		case sitrep.ReviewSet:
			what += " " + rv.Field + "=" + rv.Value + " on " + rv.Incident
		default:
			what += " " + rv.Incident
		}
		state := "applied"
		if !rv.Applied {
			state = "NOT APPLIED: its reports are gone"
		}
		fmt.Fprintf(e.stdout, "%d  %s  %s  (%s)", rv.Seq, rv.At, what, state)
		if rv.Note != "" {
			fmt.Fprintf(e.stdout, "  note: %s", rv.Note)
		}
		fmt.Fprintln(e.stdout)
	}
	if n == 0 {
		fmt.Fprintf(e.stdout, "no reviews of %s\n", inc.ID)
	}
	return nil
}
