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
// incident: equal, one of them unknown, a drone and an air strike, or an
// air strike and missiles (fusion asks the two to be of one day). A
// state's drone strike is an air strike to many outlets ("Turkish strikes
// hit a bakery in Derik" and "a Turkish drone struck a bakery in Derik");
// ACLED codes both as one sub-event type, "Air/drone strike".
func CategoryCompatible(a, b string) bool {
	return a == b || a == CategoryUnknown || b == CategoryUnknown || a == "" || b == "" ||
		air(a) && air(b) || strikeMissile(a, b) || strikeMissile(b, a) || shells(a) && shells(b)
}

// shells reports the categories of shellfire: mortar rounds are "shelling"
// to one source and "mortar fire" to another.
func shells(c string) bool { return c == CategoryMortar || c == CategoryArtillery }

// strikeMissile reports an air strike told as missiles: "Israeli missiles
// struck a depot near al-Qusayr" is the strike state media call an "aerial
// aggression".
func strikeMissile(a, b string) bool { return a == CategoryAirstrike && b == CategoryMissile }

func air(c string) bool { return c == CategoryDrone || c == CategoryAirstrike }
