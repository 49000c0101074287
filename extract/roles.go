package extract

import (
	"strings"

	"github.com/sitrep/sitrep"
)

// role returns the role actor a plays in sentence s: the claimant or the
// perpetrator of the attack told, its target, the source of the
// statement, a victim named in a count of killed or injured; or "".
func (d *docState) role(s *sentence, a *actorMatch) string {
	same := func(b *actorMatch) bool { return b != nil && b.Span == a.Span }
	switch {
	case same(s.Claimant):
		return sitrep.RoleClaimant
	case same(s.Perpetrator):
		return sitrep.RolePerpetrator
	case same(s.Target):
		return sitrep.RoleTarget
	}
	if sp := s.Speaker; sp.Verb >= 0 && sp.Name != "" &&
		(sp.Name == a.Actor.Name || strings.Contains(sp.Name, d.text[a.Span.Start:a.Span.End])) {
		return sitrep.RoleSource
	}
	// "two U.S. soldiers were killed", "wounding three Iraqi policemen".
	for _, c := range s.Casualties {
		if a.Span.Start >= c.Span.Start && a.Span.End <= c.Span.End {
			return sitrep.RoleVictim
		}
	}
	return ""
}
