package pipeline

import (
	"context"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/review"
)

// reviewStore is a store that keeps the analysts' audit log.
type reviewStore interface {
	Reviews(ctx context.Context) ([]sitrep.Review, error)
	SaveReviews(ctx context.Context, rs []sitrep.Review) error
}

// idTracker is a store that keeps every incident id it published and
// redirects the retired ones.
type idTracker interface {
	TrackIDs(ctx context.Context, incs []sitrep.Incident) error
}

// applyReviews applies the audit log to freshly fused incidents and
// records which reviews applied (when write).
func applyReviews(ctx context.Context, s reviewStore, incs []sitrep.Incident, docs map[string]sitrep.Document, write bool) ([]sitrep.Incident, error) {
	log, err := s.Reviews(ctx)
	if err != nil || len(log) == 0 {
		return incs, err
	}
	incs, applied, _ := review.Apply(incs, log, docs)
	var changed []sitrep.Review
	for i, r := range applied {
		if r.Applied != log[i].Applied {
			changed = append(changed, r)
		}
	}
	if len(changed) > 0 && write {
		err = s.SaveReviews(ctx, changed)
	}
	return incs, err
}
