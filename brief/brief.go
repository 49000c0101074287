// Package brief writes the situation brief an analyst sends each morning:
// headline counts against the previous period, incidents per day as a
// chart and on a map (SVG drawn here, from package boundaries), the
// incidents of the period with their grade, a one-line summary and source
// links, the open contradictions, and the official tallies against the
// store's count. It writes Markdown or a self-contained HTML page.
package brief

import (
	"context"
	"fmt"
	"sort"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/reconcile"
)

// Options says what the brief covers. Since and Until are inclusive; a
// zero Until is the latest day an incident starts on, a zero Since the
// sixth day before Until (a week).
type Options struct {
	Since, Until sitrep.Date
	Country      string // ISO 3166-1 alpha-2, "" for all
}

// Brief is what a brief says.
type Brief struct {
	Options
	Days      int               // length of the period
	Incidents []sitrep.Incident // dated incidents of the period, by date
	Previous  []sitrep.Incident // those of the period of as many days before
	Tallies   []reconcile.Check // official counts whose period meets this one
}

// Build reads the brief of opt from store.
func Build(ctx context.Context, store sitrep.Store, opt Options) (*Brief, error) {
	if opt.Until.IsZero() {
		latest, err := latestDay(ctx, store, opt.Country)
		if err != nil {
			return nil, err
		}
		opt.Until = latest
	}
	if opt.Since.IsZero() {
		opt.Since = opt.Until.AddDays(-6)
	}
	if !opt.Since.HasYear() || !opt.Until.HasYear() {
		return nil, sitrep.Errorf(sitrep.EINVALID, "brief: since and until need a year")
	}
	days := opt.Until.Days() - opt.Since.Days() + 1
	if days < 1 {
		return nil, sitrep.Errorf(sitrep.EINVALID, "brief: since %s is after until %s", opt.Since, opt.Until)
	}
	b := &Brief{Options: opt, Days: days}
	var err error
	if b.Incidents, err = inPeriod(ctx, store, opt.Country, opt.Since, opt.Until); err != nil {
		return nil, err
	}
	if b.Previous, err = inPeriod(ctx, store, opt.Country, opt.Since.AddDays(-days), opt.Since.AddDays(-1)); err != nil {
		return nil, err
	}
	ts, err := store.Tallies(ctx)
	if err != nil {
		return nil, err
	}
	var meet []sitrep.Tally
	for _, t := range ts {
		if t.PeriodStart.IsZero() && t.PeriodEnd.IsZero() {
			continue
		}
		if !t.PeriodStart.IsZero() && opt.Until.Before(t.PeriodStart) || !t.PeriodEnd.IsZero() && t.PeriodEnd.Before(opt.Since) {
			continue
		}
		if opt.Country != "" && len(t.Region) > 0 && !contains(t.Region, opt.Country) {
			continue
		}
		meet = append(meet, t)
	}
	if len(meet) > 0 {
		all, err := store.Incidents(ctx, sitrep.IncidentFilter{})
		if err != nil {
			return nil, err
		}
		b.Tallies = reconcile.Tallies(meet, all)
	}
	return b, nil
}

// inPeriod returns the incidents that start within [since, until], not
// rejected, by date then id.
func inPeriod(ctx context.Context, store sitrep.Store, country string, since, until sitrep.Date) ([]sitrep.Incident, error) {
	incs, err := store.Incidents(ctx, sitrep.IncidentFilter{Country: country, Since: since, Until: until})
	if err != nil {
		return nil, fmt.Errorf("brief: %w", err)
	}
	out := incs[:0]
	for _, inc := range incs {
		s := inc.When.Start
		if inc.Rejected || !s.HasYear() || s.Before(since) || until.Before(s) {
			continue
		}
		out = append(out, inc)
	}
	return out, nil
}

// latestDay returns the latest day an incident starts on.
func latestDay(ctx context.Context, store sitrep.Store, country string) (sitrep.Date, error) {
	incs, err := store.Incidents(ctx, sitrep.IncidentFilter{Country: country})
	if err != nil {
		return sitrep.Date{}, fmt.Errorf("brief: %w", err)
	}
	var latest sitrep.Date
	for _, inc := range incs {
		if s := inc.When.Start; s.HasYear() && (latest.IsZero() || latest.Before(s)) {
			latest = s
		}
	}
	if latest.IsZero() {
		return latest, sitrep.Errorf(sitrep.ENOTFOUND, "brief: no dated incident in the store")
	}
	return latest, nil
}

// Headline is the brief's counts for one period.
type Headline struct {
	Incidents, Killed, Injured int
	ByGrade, ByCountry         map[string]int
	ByCategory                 map[string]int
}

// Count sums incs: the stated killed and injured count at their lowest.
func Count(incs []sitrep.Incident) Headline {
	h := Headline{ByGrade: map[string]int{}, ByCountry: map[string]int{}, ByCategory: map[string]int{}}
	for _, inc := range incs {
		h.Incidents++
		h.Killed += low(inc.Fatalities, inc.FatalitiesRange)
		h.Injured += low(inc.Injuries, inc.InjuriesRange)
		h.ByGrade[inc.Grade]++
		h.ByCountry[inc.Place.Country]++
		h.ByCategory[inc.Category]++
	}
	return h
}

func low(n *int, r *sitrep.Range) int {
	if r != nil {
		return r.Low
	}
	if n != nil {
		return *n
	}
	return 0
}

// PerDay returns the number of incidents starting on each day of the
// period.
func (b *Brief) PerDay() []int {
	out := make([]int, b.Days)
	for _, inc := range b.Incidents {
		if i := inc.When.Start.Days() - b.Since.Days(); i >= 0 && i < len(out) {
			out[i]++
		}
	}
	return out
}

// Contested returns the incidents of the period with contradictions.
func (b *Brief) Contested() []sitrep.Incident {
	var out []sitrep.Incident
	for _, inc := range b.Incidents {
		if len(inc.Contradictions) > 0 {
			out = append(out, inc)
		}
	}
	return out
}

// sortedKeys returns m's keys by count, then name.
func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	return keys
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
