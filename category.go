package sitrep

// Attack categories.
const (
	CategoryDrone     = "drone"
	CategoryMissile   = "missile"
	CategoryRocket    = "rocket"
	CategoryMortar    = "mortar"
	CategoryArtillery = "artillery"
	CategoryAirstrike = "airstrike"
	CategoryIED       = "ied"
	CategorySuicide   = "suicide bomb"
	CategoryClash     = "clash"
	CategoryShooting  = "shooting"
	CategoryUnknown   = "unknown"
)

// Incident statuses, as the texts state them.
const (
	StatusClaimed    = "claimed"
	StatusReported   = "reported"
	StatusUnverified = "unverified"
	StatusDisputed   = "disputed"
	StatusConfirmed  = "confirmed"
	StatusDebunked   = "debunked"
)

// EventType returns ACLED's event type and sub-event type for a category.
func EventType(category string) (eventType, subEventType string) {
	const remote = "Explosions/Remote violence"
	switch category {
	case CategoryDrone, CategoryAirstrike:
		return remote, "Air/drone strike"
	case CategoryMissile, CategoryRocket, CategoryMortar, CategoryArtillery:
		return remote, "Shelling/artillery/missile attack"
	case CategoryIED:
		return remote, "Remote explosive/landmine/IED"
	case CategorySuicide:
		return remote, "Suicide bomb"
	case CategoryClash:
		return "Battles", "Armed clash"
	case CategoryShooting:
		return "Violence against civilians", "Attack"
	default:
		return remote, ""
	}
}

// CategoryCompatible reports whether two categories can describe the same
// incident: equal, or one of them unknown.
func CategoryCompatible(a, b string) bool {
	return a == b || a == CategoryUnknown || b == CategoryUnknown || a == "" || b == ""
}
