// Command gen writes boundaries/provinces.json, the first-level divisions
// (states, provinces, governorates) the dashboard and the brief draw: the
// layer states_provinces of the GeoPackage world_map.gpkg that Debian's
// qgis-common ships (Natural Earth 1:10m Admin 1, public domain, generalised
// by the QGIS project), those of the region's countries, as GeoJSON with
// coordinates rounded to 3 decimals (about 100 m). With -centroids it also
// writes gazetteer/gen/admin1-points.tsv, the centroid of every division of
// the world, which places the divisions of the gazetteer. Run by fetch.sh:
//
//	bash boundaries/gen/fetch.sh
package main

import (
	"database/sql"
	"encoding/binary"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"

	_ "modernc.org/sqlite"
)

func main() {
	gpkg := flag.String("gpkg", "", "world_map.gpkg of qgis-common")
	out := flag.String("o", "boundaries/provinces.json", "file to write")
	countries := flag.String("countries", Region, "ISO 3166-1 codes of the countries whose divisions are kept")
	centroids := flag.String("centroids", "", "also write the centroids of the divisions of the whole world to this TSV file")
	flag.Parse()
	if *centroids != "" {
		if err := writeCentroids(*gpkg, *centroids); err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
	}
	if err := run(*gpkg, *out, *countries); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

// Region is the Middle East and its neighbours: the Gulf, the Levant,
// Turkey, Iran, the Caucasus, Egypt, Libya, Sudan and the Horn of Africa.
const Region = "AE,AF,AM,AZ,BH,CY,DJ,EG,ER,ET,GE,IL,IQ,IR,JO,KW,LB,LY,OM,PS,QA,SA,SD,SO,SS,SY,TR,YE"

type feature struct {
	Type       string            `json:"type"`
	Properties map[string]string `json:"properties"`
	Geometry   geometry          `json:"geometry"`
}

type geometry struct {
	Type        string          `json:"type"`
	Coordinates [][][][2]number `json:"coordinates"`
}

// number is a coordinate written with 3 decimals at most.
type number float64

func (n number) MarshalJSON() ([]byte, error) {
	return []byte(strconv.FormatFloat(math.Round(float64(n)*1000)/1000, 'f', -1, 64)), nil
}

func run(gpkg, out, countries string) error {
	keep := map[string]bool{}
	for _, cc := range strings.Split(countries, ",") {
		keep[strings.ToUpper(strings.TrimSpace(cc))] = true
	}
	var feats []feature
	err := eachState(gpkg, func(st state) error {
		if !keep[st.CC] {
			return nil
		}
		var coords [][][][2]number
		for _, p := range st.Polys {
			var rings [][][2]number
			for _, r := range p {
				var ring [][2]number
				for _, pt := range r {
					q := [2]number{number(pt[0]), number(pt[1])}
					if n := len(ring); n > 0 && round3(ring[n-1]) == round3(q) {
						continue // a point the rounding made a duplicate
					}
					ring = append(ring, q)
				}
				if n := len(ring); n > 0 && round3(ring[n-1]) != round3(ring[0]) {
					ring = append(ring, ring[0]) // closed again
				}
				if len(ring) >= 4 {
					rings = append(rings, ring)
				}
			}
			if len(rings) > 0 {
				coords = append(coords, rings)
			}
		}
		if len(coords) > 0 {
			feats = append(feats, feature{Type: "Feature",
				Properties: map[string]string{"name": st.Name, "cc": st.CC, "country": st.Country},
				Geometry:   geometry{Type: "MultiPolygon", Coordinates: coords}})
		}
		return nil
	})
	if err != nil {
		return err
	}
	if len(feats) == 0 {
		return errors.New("no province of those countries")
	}
	data, err := json.Marshal(map[string]any{"type": "FeatureCollection", "features": feats})
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, append(data, '\n'), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "gen: %d provinces, %d bytes to %s\n", len(feats), len(data)+1, out)
	return nil
}

// state is one first-level division of the GeoPackage's layer
// states_provinces.
type state struct {
	Name, GNName, CC, Country string
	Polys                     [][][][2]float64
}

// eachState calls fn with every division of the GeoPackage, by country
// code, name and feature id.
func eachState(gpkg string, fn func(state) error) error {
	db, err := sql.Open("sqlite", "file:"+gpkg+"?mode=ro")
	if err != nil {
		return err
	}
	defer db.Close()
	rows, err := db.Query(`SELECT name, gn_name, iso_a2, admin, geom FROM states_provinces ORDER BY iso_a2, name, fid`)
	if err != nil {
		return fmt.Errorf("%s: %w", gpkg, err)
	}
	defer rows.Close()
	for rows.Next() {
		var name, gn, cc, country sql.NullString
		var blob []byte
		if err := rows.Scan(&name, &gn, &cc, &country, &blob); err != nil {
			return err
		}
		polys, err := decodeGPKG(blob)
		if err != nil {
			return fmt.Errorf("%s %s: %w", cc.String, name.String, err)
		}
		if err := fn(state{Name: name.String, GNName: gn.String, CC: cc.String, Country: country.String, Polys: polys}); err != nil {
			return err
		}
	}
	return rows.Err()
}

func round3(p [2]number) [2]float64 {
	return [2]float64{math.Round(float64(p[0]) * 1000), math.Round(float64(p[1]) * 1000)}
}

// decodeGPKG reads a GeoPackage geometry blob holding a Polygon or a
// MultiPolygon: polygons of rings of [lon, lat].
func decodeGPKG(b []byte) ([][][][2]float64, error) {
	if len(b) < 8 || b[0] != 'G' || b[1] != 'P' {
		return nil, errors.New("not a GeoPackage geometry")
	}
	flags := b[3]
	env := [...]int{0, 32, 48, 48, 64}
	ind := int(flags>>1) & 7
	if ind >= len(env) {
		return nil, fmt.Errorf("envelope indicator %d", ind)
	}
	w := &wkb{b: b[8+env[ind]:]}
	return w.geometry()
}

// wkb reads Well-Known Binary.
type wkb struct {
	b     []byte
	order binary.ByteOrder
}

func (w *wkb) u32() (uint32, error) {
	if len(w.b) < 4 {
		return 0, errors.New("short WKB")
	}
	v := w.order.Uint32(w.b)
	w.b = w.b[4:]
	return v, nil
}

func (w *wkb) header() (uint32, error) {
	if len(w.b) < 1 {
		return 0, errors.New("short WKB")
	}
	w.order = binary.ByteOrder(binary.BigEndian)
	if w.b[0] == 1 {
		w.order = binary.LittleEndian
	}
	w.b = w.b[1:]
	return w.u32()
}

func (w *wkb) geometry() ([][][][2]float64, error) {
	t, err := w.header()
	if err != nil {
		return nil, err
	}
	switch t {
	case 3:
		p, err := w.polygon()
		return [][][][2]float64{p}, err
	case 6:
		n, err := w.u32()
		if err != nil {
			return nil, err
		}
		var out [][][][2]float64
		for range n {
			if t, err := w.header(); err != nil || t != 3 {
				return nil, fmt.Errorf("multipolygon member of type %d: %v", t, err)
			}
			p, err := w.polygon()
			if err != nil {
				return nil, err
			}
			out = append(out, p)
		}
		return out, nil
	}
	return nil, fmt.Errorf("WKB type %d, want a polygon or multipolygon", t)
}

func (w *wkb) polygon() ([][][2]float64, error) {
	n, err := w.u32()
	if err != nil {
		return nil, err
	}
	var rings [][][2]float64
	for range n {
		k, err := w.u32()
		if err != nil {
			return nil, err
		}
		if len(w.b) < int(k)*16 {
			return nil, errors.New("short WKB ring")
		}
		ring := make([][2]float64, k)
		for i := range ring {
			ring[i] = [2]float64{math.Float64frombits(w.order.Uint64(w.b)), math.Float64frombits(w.order.Uint64(w.b[8:]))}
			w.b = w.b[16:]
		}
		rings = append(rings, ring)
	}
	return rings, nil
}
