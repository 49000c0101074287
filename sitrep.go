// Package sitrep holds the vocabulary of sitrep: documents, the facts
// extracted from them with their byte spans, the incidents fused from those
// facts, and the interfaces of the stages that join them. It imports no I/O
// library; the subpackages adapt it to files, SQLite, HTTP and so on.
package sitrep

import (
	"context"
	"fmt"
	"strconv"
	"strings"
)

// Version is the release of sitrep, shown by `sitrep --version`.
const Version = "0.1.0"

// Span is a half-open range [Start, End) of UTF-8 byte offsets into a
// document's Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Document is one report as received: its raw text and what is known of
// where it came from. ID is stable across versions of the same report.
type Document struct {
	ID        string `json:"id"`
	URL       string `json:"url,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	Title     string `json:"title,omitempty"`
	Published Date   `json:"published"` // zero when unknown
	Language  string `json:"language,omitempty"`
	Text      string `json:"text"`
	Hash      string `json:"hash"`             // hex SHA-256 of Text
	Version   int    `json:"version"`          // 1 for the first text stored under ID
	Origin    string `json:"origin,omitempty"` // where it was read: "file:line", a URL or "-"
	// CopyOf is the document this one copies (the same wire story under
	// another masthead, a light rewrite), as the last fusion found.
	CopyOf string `json:"copy_of,omitempty"`
}

// Mention kinds.
const (
	MentionPlace    = "place"
	MentionDate     = "date"
	MentionActor    = "actor"
	MentionTrigger  = "trigger"
	MentionCasualty = "casualty"
	MentionClaim    = "claim"
	MentionSource   = "source"
	MentionHedge    = "hedge"
	MentionTally    = "tally"
	MentionOutcome  = "outcome" // value "outcome=hit", "damage=none"...
)

// Roles an actor's mention plays in its sentence.
const (
	RolePerpetrator = "perpetrator" // carried out the attack told
	RoleClaimant    = "claimant"    // claims the attack
	RoleTarget      = "target"      // was attacked
	RoleVictim      = "victim"      // was killed or hurt
	RoleSource      = "source"      // makes the statement the sentence reports
)

// Mention is one recognised expression in a document, with its normalised
// value (a gazetteer id, a TIMEX3 value, an actor id, a category...). An
// actor's mention has the role it plays in its sentence, when one is clear.
type Mention struct {
	Kind     string `json:"kind"`
	Span     Span   `json:"span"`
	Text     string `json:"text"`
	Value    string `json:"value"`
	Role     string `json:"role,omitempty"`
	Sentence int    `json:"sentence"` // index of the sentence holding it
}

// Fields of an incident that assertions speak to.
const (
	FieldDate        = "date"
	FieldPlace       = "place"
	FieldCategory    = "category"
	FieldWeapon      = "weapon"
	FieldClaimedBy   = "claimed_by"
	FieldPerpetrator = "perpetrator"
	FieldTarget      = "target"
	FieldFatalities  = "fatalities"
	FieldInjuries    = "injuries"
	FieldOutcome     = "outcome" // whether the weapons hit: OutcomeHit...
	FieldDamage      = "damage"  // the damage done: DamageNone...
	FieldStatus      = "status"
)

// Outcomes of an attack: what became of its weapons.
const (
	OutcomeHit         = "hit"         // "direct hits", "impacted", "slammed into"
	OutcomeIntercepted = "intercepted" // "shot down", "intercepted", "engaged and destroyed"
	OutcomeMissed      = "missed"      // "fell in an open area", "fell short", "crashed near"
)

// Damage an attack did.
const (
	DamageNone  = "none"   // "no casualties or damage"
	DamageMinor = "minor"  // "minor damage to infrastructure"
	DamageDone  = "damage" // "material damage", "a hangar was destroyed"
)

// Grades of an incident, from its sources, in the spirit of Airwars' scale.
const (
	GradeClaimed      = "claimed_only"  // only the perpetrator's own claim
	GradeSingle       = "single_source" // one independent origin
	GradeCorroborated = "corroborated"  // two or more independent origins
	GradeConfirmed    = "confirmed"     // by the target side or an official of it
	GradeContested    = "contested"     // a party denies it or contradicts a material field
	GradeDiscounted   = "discounted"    // shown false, or denied with nothing to back it
)

// StanceDebunked marks, in Report.Stances, evidence shown false ("the
// images turned out to be from 2019").
const StanceDebunked = "debunked"

// StanceUnacknowledged marks, in Report.Stances, a strike whose side says
// only that it is looking into the report ("The army said it was aware of
// the report and was looking into it"); StanceAcknowledged one that the
// side that acted, or an official, states in its own words. An incident
// with the first and none of the second is reported, however plainly
// others tell it.
const (
	StanceUnacknowledged = "unacknowledged"
	StanceAcknowledged   = "acknowledged"
)

// Stances of an assertion: how strongly its source stands behind it.
const (
	StanceStates   = "states"   // said plainly, by the outlet or a cited source
	StanceReports  = "reports"  // hedged: "reportedly", "sources said"
	StanceClaims   = "claims"   // the perpetrator's own claim
	StanceConfirms = "confirms" // an official of the target side or the actor itself
	StanceDenies   = "denies"   // a party contradicts it
	StanceDoubts   = "doubts"   // "unverified", "could not be verified", debunked evidence
)

// Assertion is one statement that a field of an incident has a value: who
// said it, in which document and sentence, and how strongly.
type Assertion struct {
	Field  string `json:"field"`
	Value  string `json:"value"`
	Doc    string `json:"doc"`
	Source string `json:"source"` // who says so: an actor name, a cited outlet, or the document's outlet
	Stance string `json:"stance"`
	// Via are those who passed the statement on, nearest the source first:
	// "local sources" via Al Mayadeen.
	Via []string `json:"via,omitempty"`
	// Qualifier hedges a count: "at least", "up to", "about"; "" when exact.
	Qualifier string `json:"qualifier,omitempty"`
	Quote     string `json:"quote,omitempty"` // the sentence that states it, when not read from the document
	Sentence  Span   `json:"sentence"`        // the span of the sentence that states it
	Evidence  Span   `json:"evidence"`        // the words that carry the value
}

// Range is the least and greatest of the counts sources give.
type Range struct {
	Low  int `json:"low"`
	High int `json:"high"`
}

// Account is what one source says of one field of an incident, and how
// strongly: the short form of an assertion.
type Account struct {
	Field     string `json:"field"`
	Value     string `json:"value"`
	Qualifier string `json:"qualifier,omitempty"` // of a count: "at least", "up to", "about"; QualifierNamed
	Source    string `json:"source"`
	Stance    string `json:"stance"`
}

// QualifierNamed qualifies an account's count of the victims a text names
// ("the strike killed a commander": 1), which may be fewer than all.
const QualifierNamed = "named"

// Weapon is a kind of weapon and how many were used, 0 when not stated.
type Weapon struct {
	Kind   string `json:"kind"`
	Count  int    `json:"count"`
	System string `json:"system,omitempty"` // the system named: "Shahed", "Katyusha", "close-range ballistic missile"
}

// Report is one incident as a single document tells it; extraction yields
// reports and fusion joins the reports of several documents into incidents.
type Report struct {
	Doc         string   `json:"doc"`
	Seq         int      `json:"seq"` // order within the document
	When        When     `json:"when"`
	Place       Place    `json:"place"`
	Category    string   `json:"category"`
	Weapons     []Weapon `json:"weapons"`
	ClaimedBy   []string `json:"claimed_by"`
	Perpetrator string   `json:"perpetrator"`
	Target      string   `json:"target"`
	// Vessel is the ship attacked, as the text names it ("Rubymar", "USS
	// Carney"): reports of one ship join wherever each places it.
	Vessel     string `json:"vessel,omitempty"`
	Fatalities *int   `json:"fatalities"`
	Injuries   *int   `json:"injuries"`
	Outcome    string `json:"outcome,omitempty"` // OutcomeHit...: what the most trusted source says
	Damage     string `json:"damage,omitempty"`  // DamageNone...: likewise
	// Stances are the stances of the sentences that tell the incident
	// (StanceClaims...), and "debunked" when its evidence is shown false.
	Stances []string `json:"stances,omitempty"`
	// Accounts are the outcome, damage and casualty counts each source
	// gives, once each:
	// fusion weighs them without reading every assertion.
	Accounts []Account `json:"accounts,omitempty"`
	// Relay is the outlet that every assertion of the report came
	// through ("local sources cited by Al Mayadeen": Al Mayadeen), "" when
	// the document tells it in its own voice: fusion counts the report as
	// that outlet's, not as an independent origin of its own.
	Relay      string      `json:"relay,omitempty"`
	Status     string      `json:"status"`
	Quote      string      `json:"quote"` // the sentence that first states the incident
	Span       Span        `json:"span"`
	Assertions []Assertion `json:"assertions"`
}

// Key returns the report's identity, unique in a store: "doc#seq".
func (r Report) Key() string { return r.Doc + "#" + strconv.Itoa(r.Seq) }

// Source is one document's testimony about an incident.
type Source struct {
	Doc       string `json:"doc"`
	CopyOf    string `json:"copy_of,omitempty"` // the document it copies, not an independent origin
	Outlet    string `json:"outlet"`
	URL       string `json:"url"`
	Published string `json:"published"`
	Quote     string `json:"quote"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
}

// Contradiction lists the differing values that documents give one field.
type Contradiction struct {
	Field  string       `json:"field"`
	Values []FieldValue `json:"values"`
}

// FieldValue is one value of a contradicted field and the document giving it.
type FieldValue struct {
	Value  string `json:"value"`
	Doc    string `json:"doc"`
	Source string `json:"source,omitempty"` // who says so, when the value comes from one assertion
	Stance string `json:"stance,omitempty"`
}

// Incident is one real event, fused from the reports of one or more
// documents. Its fields are the resolved values; Contradictions keeps the
// alternatives side by side.
type Incident struct {
	ID          string   `json:"id"`
	When        When     `json:"-"`
	Place       Place    `json:"place"`
	Category    string   `json:"category"`
	ClaimedBy   []string `json:"claimed_by"`
	Perpetrator string   `json:"perpetrator"`
	Target      string   `json:"target"`
	Vessel      string   `json:"vessel,omitempty"` // the ship attacked, as most reports name it
	Weapons     []Weapon `json:"weapons"`
	Fatalities  *int     `json:"fatalities"`
	Injuries    *int     `json:"injuries"`
	// FatalitiesRange and InjuriesRange are the least and the greatest
	// count the sources state, nil when none does.
	FatalitiesRange *Range          `json:"fatalities_range,omitempty"`
	InjuriesRange   *Range          `json:"injuries_range,omitempty"`
	Outcome         string          `json:"outcome,omitempty"`
	Damage          string          `json:"damage,omitempty"`
	Status          string          `json:"status"`
	Grade           string          `json:"grade"`         // GradeClaimed...: how far the sources establish it
	GradeReasons    []string        `json:"grade_reasons"` // why, one reason a line
	Sources         []Source        `json:"sources"`
	Contradictions  []Contradiction `json:"contradictions"`
	Reports         []Report        `json:"-"` // the reports fused into it, in order
	// Rejected is set when an analyst rejected the incident (not a real
	// attack, or not one sitrep should count); it is kept, not deleted.
	Rejected bool `json:"rejected,omitempty"`
	// Reviews are the analysts' changes that shaped it, oldest first.
	Reviews []Review `json:"reviews,omitempty"`
}

// Review actions.
const (
	ReviewMerge  = "merge"  // Incident and Other are one event
	ReviewSplit  = "split"  // the reports of Doc are another event than Incident
	ReviewSet    = "set"    // Field of Incident is Value
	ReviewReject = "reject" // Incident is no real incident
)

// Review is one analyst's change to the incidents, kept in an audit log and
// applied again after every fusion. Incidents are found by their reports'
// keys (Anchors, and OtherAnchors for a merge), which outlive incident ids.
type Review struct {
	Seq          int      `json:"seq"`
	At           string   `json:"at"` // RFC 3339, UTC
	Action       string   `json:"action"`
	Incident     string   `json:"incident"`        // its id when the review was made
	Anchors      []string `json:"anchors"`         // its report keys then
	Other        string   `json:"other,omitempty"` // merge: the other incident's id then
	OtherAnchors []string `json:"other_anchors,omitempty"`
	Doc          string   `json:"doc,omitempty"` // split: the document whose reports leave
	Field        string   `json:"field,omitempty"`
	Value        string   `json:"value,omitempty"`
	Note         string   `json:"note,omitempty"`
	Applied      bool     `json:"applied"` // whether the last fusion could apply it
}

// Tally is an aggregate statement ("attacked approximately 66 times since
// October 17"): a count over a period and region, kept apart from incidents
// so that it can be checked against them.
type Tally struct {
	Doc         string   `json:"doc"`
	Seq         int      `json:"seq"`
	What        string   `json:"what"`
	Kind        string   `json:"kind"` // attacks, killed, injured
	Count       int      `json:"count"`
	Qualifier   string   `json:"qualifier"` // exact, at least, approximately, at most
	Region      []string `json:"region"`    // ISO 3166-1 alpha-2 codes
	PeriodStart Date     `json:"period_start"`
	PeriodEnd   Date     `json:"period_end"`
	SaidBy      string   `json:"said_by"`
	Quote       string   `json:"quote"`
	Span        Span     `json:"span"`
}

// Extraction is everything one extractor found in one document.
type Extraction struct {
	Mentions []Mention `json:"mentions"`
	Reports  []Report  `json:"reports"`
	Tallies  []Tally   `json:"tallies"`
	// Signature is the encoded MinHash signature of the text (package
	// copies), by which copies of one story are found; nil when none.
	Signature []byte `json:"-"`
}

// Extractor turns one document into mentions, reports and tallies. It never
// fails: text it cannot read yields fewer facts.
type Extractor interface {
	Extract(doc *Document) Extraction
}

// Fuser joins reports from many documents into incidents. The same reports,
// in any order, give the same incidents with the same ids.
type Fuser interface {
	Fuse(reports []Report, docs map[string]Document) []Incident
}

// IncidentUpdate replaces some incidents after an incremental fusion, in
// one transaction.
type IncidentUpdate struct {
	Remove []string   // ids of the incidents replaced
	Add    []Incident // the incidents in their place
	// Keys are the report keys that the replaced and the added incidents
	// held: the published ids anchored on one redirect anew.
	Keys  []string
	Fused []string // documents whose reports are fused from now on
}

// PutResult says what storing a document did.
type PutResult int

const (
	PutUnchanged  PutResult = iota // same content already stored: nothing done
	PutNew                         // first version of a new document
	PutNewVersion                  // changed text under a known id: stored as a new version
)

// IncidentHead is an incident as a map or a timeline draws it: what a
// store can list far faster than whole incidents.
type IncidentHead struct {
	ID               string
	When             When  // Start and End; no Precision
	Place            Place // no Kind; Precision 0 without coordinates
	Category, Status string
	Grade            string
	Documents        int // documents it was fused from
}

// IncidentFilter selects incidents. Zero fields select everything.
type IncidentFilter struct {
	Since, Until Date
	Country      string
	Place        string // substring of the place name, case-folded
	Actor        string // substring of claimant, perpetrator or target
	Category     string
	Status       string
	Grade        string
	Rejected     bool // also the incidents an analyst rejected
	// Newest lists the latest first: dated incidents by start date, newest
	// first, then those without year, then undated ones; ties by id,
	// descending. By default the earliest come first.
	Newest bool
	Limit  int
	Offset int
}

// Store keeps documents, their extractions, the fused incidents and the
// tallies. Implementations keep each document and its extraction in one
// transaction so that a crash never leaves half a document.
type Store interface {
	// PutDocument stores doc and its extraction, keyed by doc.ID. Re-putting
	// the same Hash under the same ID returns PutUnchanged and writes nothing.
	PutDocument(ctx context.Context, doc *Document, x Extraction) (PutResult, error)
	// PutExtraction replaces the extraction of the latest version of doc id.
	PutExtraction(ctx context.Context, id string, x Extraction) error
	// Document returns the latest version of a document, or ENOTFOUND.
	Document(ctx context.Context, id string) (Document, error)
	// EachDocument calls fn with the latest version of every document, by id.
	EachDocument(ctx context.Context, fn func(Document) error) error
	// Reports returns the reports of the latest version of every document.
	Reports(ctx context.Context) ([]Report, error)
	// ReplaceIncidents replaces all incidents in one transaction.
	ReplaceIncidents(ctx context.Context, incidents []Incident) error
	Incidents(ctx context.Context, f IncidentFilter) ([]Incident, error)
	// Incident returns one incident by id, or ENOTFOUND.
	Incident(ctx context.Context, id string) (Incident, error)
	Tallies(ctx context.Context) ([]Tally, error)
	Close() error
}

// Problem is one defect in the input, said where it is. Problems are
// collected; the other inputs still go through.
type Problem struct {
	File   string `json:"file"`
	Line   int    `json:"line,omitempty"`   // 1-based; 0 when not line-oriented
	Offset *int64 `json:"offset,omitempty"` // byte offset, when Line does not apply; nil when unknown
	Msg    string `json:"msg"`
	Limit  string `json:"limit,omitempty"` // the limit that refused the input (LimitNames), if one did
}

// At returns a pointer to a byte offset, for Problem.Offset.
func At(offset int64) *int64 { return &offset }

func (p Problem) Error() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d", p.Line)
	} else if p.Offset != nil {
		fmt.Fprintf(&b, ": byte %d", *p.Offset)
	}
	b.WriteString(": ")
	b.WriteString(p.Msg)
	return b.String()
}
