// sitrep dashboard: a map, a timeline and a list of the incidents of the
// current filter, and a panel with one incident's evidence. Plain script,
// no build step; every text from the store is set with textContent.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const state = {
    points: [],       // the server's answer for the current filters
    shown: [],        // points within the brushed dates
    brush: null,      // [first day, last day] as YYYY-MM-DD, or null
    selected: null,   // id of the incident in the panel
    map: null, markers: null,
  };
  const filterIDs = ["country", "category", "grade", "place", "actor", "since", "until"];
  const colors = {
    drone: "#d35400", rocket: "#c0392b", missile: "#8e44ad", airstrike: "#2c3e50", mortar: "#a0522d",
    artillery: "#7f8c8d", ied: "#b7950b", clash: "#16a085", shooting: "#2980b9", suicide: "#000000",
    unknown: "#95a5a6",
  };
  const color = (c) => colors[c] || "#34495e";

  // el makes an element with a class and text; text is never parsed.
  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  // api fetches a path of the API as JSON, asking once for the bearer
  // token when the server wants one.
  async function api(path) {
    for (let tries = 0; tries < 2; tries++) {
      const headers = {};
      const tok = sessionStorage.getItem("sitrep-token");
      if (tok) headers.Authorization = "Bearer " + tok;
      const resp = await fetch(path, { headers });
      if (resp.status === 401 && tries === 0) {
        const t = window.prompt("This sitrep server wants its access token:");
        if (!t) break;
        sessionStorage.setItem("sitrep-token", t);
        continue;
      }
      if (!resp.ok) {
        let msg = resp.status + " " + resp.statusText;
        try { msg = (await resp.json()).error || msg; } catch (e) { /* keep the status */ }
        throw new Error(path + ": " + msg);
      }
      return resp.json();
    }
    throw new Error(path + ": no access token");
  }

  function query(extra) {
    const q = new URLSearchParams();
    for (const k of filterIDs) {
      const v = $("f-" + k).value.trim();
      if (v) q.set(k, v);
    }
    for (const [k, v] of Object.entries(extra || {})) q.set(k, v);
    return q.toString();
  }

  // ---- map ----

  function initMap() {
    const map = L.map("map", { preferCanvas: true, worldCopyJump: true, minZoom: 2, maxZoom: 14 });
    map.attributionControl.setPrefix("");
    map.attributionControl.addAttribution("Boundaries: Natural Earth (provinces as generalised by QGIS)");
    map.setView([31, 42], 5);
    state.map = map;
    state.markers = L.layerGroup().addTo(map);
    map.on("zoomend", () => drawMarkers());
  }

  // drawBoundaries draws the countries near the view at once and the rest
  // of the world when the browser is idle: drawing every country takes
  // longer than everything else on the page.
  function drawBoundaries(topo) {
    const style = { color: "#7a8b99", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: 1 };
    const all = topojson.feature(topo, topo.objects.countries).features;
    const view = state.map.getBounds().pad(1);
    const near = [], far = [];
    for (const f of all) {
      let w = 180, e = -180, so = 90, n = -90;
      const walk = (c) => {
        if (typeof c[0] === "number") {
          w = Math.min(w, c[0]); e = Math.max(e, c[0]); so = Math.min(so, c[1]); n = Math.max(n, c[1]);
        } else {
          for (const x of c) walk(x);
        }
      };
      if (f.geometry) walk(f.geometry.coordinates);
      (view.intersects(L.latLngBounds([so, w], [n, e])) ? near : far).push(f);
    }
    const layer = (fs) => L.geoJSON({ type: "FeatureCollection", features: fs }, { style, interactive: false });
    const nearLayer = layer(near).addTo(state.map);
    nearLayer.bringToBack();
    setTimeout(() => layer(far).addTo(state.map).bringToBack(), 50);
  }

  // drawProvinces draws the first-level divisions of the region as thin
  // lines above the countries, from zoom 4 in.
  function drawProvinces(geo) {
    const style = { color: "#9aa7b2", weight: 0.6, dashArray: "3 3", fill: false, className: "sitrep-province" };
    const layer = L.geoJSON(geo, { style, interactive: false });
    const show = () => {
      const on = state.map.getZoom() >= 4;
      if (on) layer.addTo(state.map);
      else layer.remove();
      // The map draws on a canvas: the count drawn is told here.
      $("map").dataset.provinces = String(on ? layer.getLayers().length : 0);
    };
    state.map.on("zoomend", show);
    show();
  }

  // drawMarkers draws the shown incidents with coordinates, those closer
  // than a marker's width at this zoom gathered into one numbered cluster.
  function drawMarkers() {
    const map = state.map;
    if (!map || !state.fitted) return; // the first view is not set yet
    state.markers.clearLayers();
    // Greedy clustering: a point joins the first cluster whose first point
    // lies within R pixels at this zoom, found through a grid of R-wide cells.
    const zoom = map.getZoom();
    const R = 18;
    const grid = new Map();
    const cells = new Map(); // cluster -> its points, in order
    for (const p of state.shown) {
      if (p.lat === null || p.lon === null) continue;
      const xy = map.project([p.lat, p.lon], zoom);
      const gx = Math.floor(xy.x / R), gy = Math.floor(xy.y / R);
      let found = null;
      for (let dx = -1; dx <= 1 && !found; dx++) {
        for (let dy = -1; dy <= 1 && !found; dy++) {
          for (const c of grid.get((gx + dx) + ":" + (gy + dy)) || []) {
            if (Math.hypot(c.x - xy.x, c.y - xy.y) <= R) { found = c; break; }
          }
        }
      }
      if (!found) {
        found = { x: xy.x, y: xy.y };
        const key = gx + ":" + gy;
        if (!grid.has(key)) grid.set(key, []);
        grid.get(key).push(found);
        cells.set(found, []);
      }
      cells.get(found).push(p);
    }
    for (const group of cells.values()) {
      let marker;
      if (group.length === 1) {
        const p = group[0];
        const coarse = p.geo_precision >= 3 ? " coarse" : ""; // a province or country only
        const icon = L.divIcon({ className: "sitrep-marker g-" + p.grade + coarse, iconSize: [14, 14], html: "" });
        marker = L.marker([p.lat, p.lon], { icon, keyboard: true, title: "" });
        marker.on("click", () => openIncident(p.id));
        marker.on("add", () => {
          const e = marker.getElement();
          e.dataset.count = "1";
          e.dataset.id = p.id;
          e.style.background = color(p.category);
          e.title = (p.date_start || "undated") + " · " + p.category + " · " + p.place;
        });
      } else {
        let lat = 0, lon = 0;
        for (const p of group) { lat += p.lat; lon += p.lon; }
        lat /= group.length; lon /= group.length;
        const size = Math.min(36, Math.round(18 + 3 * Math.log2(group.length)));
        const icon = L.divIcon({ className: "sitrep-marker cluster", iconSize: [size, size], html: "" });
        marker = L.marker([lat, lon], { icon });
        marker.on("add", () => {
          const e = marker.getElement();
          e.dataset.count = String(group.length);
          e.textContent = String(group.length);
          e.title = group.length + " incidents: click to zoom in";
        });
        marker.on("click", () => {
          const b = L.latLngBounds(group.map((p) => [p.lat, p.lon]));
          if (b.getNorthEast().equals(b.getSouthWest()) || map.getZoom() >= map.getMaxZoom()) {
            showList(group);
          } else {
            map.fitBounds(b.pad(0.3));
          }
        });
      }
      marker.sitrepGroup = group;
      state.markers.addLayer(marker);
    }
    // Few markers: name their places. Leaflet takes the label as an element,
    // so the name stays text.
    if (cells.size <= 40) {
      state.markers.eachLayer((m) => {
        const names = new Map();
        for (const p of m.sitrepGroup) names.set(p.place, (names.get(p.place) || 0) + 1);
        const top = [...names.entries()].sort((a, b) => b[1] - a[1]).map((e) => e[0]);
        const label = el("span", "", top.slice(0, 2).join(", ") + (top.length > 2 ? " +" + (top.length - 2) : ""));
        m.bindTooltip(label, { permanent: true, direction: "right", offset: [8, 0], className: "sitrep-label" });
      });
    }
  }

  // ---- timeline ----

  const DAY = 86400000;
  const dayOf = (s) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10));
  const iso = (t) => new Date(t).toISOString().slice(0, 10);
  const dated = (p) => p.date_start && /^\d{4}-/.test(p.date_start);

  // buckets returns the timeline's bars: days, or weeks (Mondays) when the
  // period is long.
  function buckets(points) {
    const ds = points.filter(dated).map((p) => dayOf(p.date_start));
    if (!ds.length) return { bars: [], step: DAY };
    let lo = Math.min(...ds), hi = Math.max(...ds);
    const step = (hi - lo) / DAY > 120 ? 7 * DAY : DAY;
    if (step > DAY) {
      lo -= ((new Date(lo).getUTCDay() + 6) % 7) * DAY;
    }
    const n = Math.floor((hi - lo) / step) + 1;
    const bars = Array.from({ length: n }, (_, i) => ({ start: lo + i * step, n: 0 }));
    for (const d of ds) bars[Math.floor((d - lo) / step)].n++;
    return { bars, step };
  }

  function drawTimeline() {
    const box = $("timeline");
    box.textContent = "";
    const { bars, step } = buckets(state.points);
    $("timeline-label").textContent = "Incidents per " + (step > DAY ? "week" : "day") +
      " (" + state.points.filter((p) => !dated(p)).length + " undated or without year not shown)";
    const ns = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(ns, "svg");
    box.appendChild(svg);
    const W = box.clientWidth || 600, H = box.clientHeight || 100, pad = 14;
    svg.setAttribute("viewBox", "0 0 " + W + " " + H);
    if (!bars.length) return;
    const max = Math.max(...bars.map((b) => b.n));
    const bw = W / bars.length;
    const inBrush = (b) => !state.brush ||
      (b.start + step - DAY >= dayOf(state.brush[0]) && b.start <= dayOf(state.brush[1]));
    bars.forEach((b, i) => {
      const r = document.createElementNS(ns, "rect");
      const h = b.n ? Math.max(1, (H - pad - 2) * b.n / max) : 0;
      r.setAttribute("x", (i * bw + 0.5).toFixed(1));
      r.setAttribute("width", Math.max(0.5, bw - 1).toFixed(1));
      r.setAttribute("y", (H - pad - h).toFixed(1));
      r.setAttribute("height", h.toFixed(1));
      r.setAttribute("class", inBrush(b) ? "bar" : "bar out");
      r.dataset.start = iso(b.start);
      r.dataset.n = String(b.n);
      const t = document.createElementNS(ns, "title");
      t.textContent = iso(b.start) + ": " + b.n;
      r.appendChild(t);
      svg.appendChild(r);
    });
    for (const i of [0, bars.length - 1]) {
      const t = document.createElementNS(ns, "text");
      t.setAttribute("x", i ? W - 2 : 2);
      t.setAttribute("y", H - 2);
      t.setAttribute("text-anchor", i ? "end" : "start");
      t.textContent = iso(bars[i].start);
      svg.appendChild(t);
    }
    // Brushing: drag across the bars to keep their dates.
    const dateAt = (x) => bars[Math.min(bars.length - 1, Math.max(0, Math.floor(x / bw)))].start;
    const toX = (ev) => (ev.clientX - svg.getBoundingClientRect().left) * W / svg.getBoundingClientRect().width;
    let x0 = null, rect = null;
    svg.addEventListener("mousedown", (ev) => {
      x0 = toX(ev);
      rect = document.createElementNS(ns, "rect");
      rect.setAttribute("class", "brush");
      rect.setAttribute("y", 0);
      rect.setAttribute("height", H - pad);
      rect.setAttribute("x", x0);
      rect.setAttribute("width", 0);
      svg.appendChild(rect);
      ev.preventDefault();
    });
    svg.addEventListener("mousemove", (ev) => {
      if (x0 === null) return;
      const x = toX(ev);
      rect.setAttribute("x", Math.min(x, x0));
      rect.setAttribute("width", Math.abs(x - x0));
    });
    const end = (ev) => {
      if (x0 === null) return;
      const x1 = toX(ev);
      const a = Math.min(x0, x1), b = Math.max(x0, x1);
      x0 = null;
      if (b - a < 2) { // a click: that bar alone
        const s = dateAt(a);
        setBrush([iso(s), iso(s + step - DAY)]);
      } else {
        setBrush([iso(dateAt(a)), iso(dateAt(b) + step - DAY)]);
      }
    };
    svg.addEventListener("mouseup", end);
    svg.addEventListener("mouseleave", (ev) => { if (x0 !== null) end(ev); });
  }

  function setBrush(b) {
    state.brush = b;
    $("clear-brush").hidden = !b;
    applyBrush();
  }

  function applyBrush() {
    if (state.brush) {
      const lo = dayOf(state.brush[0]), hi = dayOf(state.brush[1]);
      state.shown = state.points.filter((p) => dated(p) &&
        dayOf(p.date_end || p.date_start) >= lo && dayOf(p.date_start) <= hi);
    } else {
      state.shown = state.points;
    }
    drawTimeline();
    drawMarkers();
    showList(state.shown);
    updateDownloads();
  }

  // ---- list ----

  const MAX_LIST = 500;

  function showList(points) {
    const ul = $("list");
    ul.textContent = "";
    $("count").textContent = String(points.length);
    $("note").textContent = points.length > MAX_LIST ? "the first " + MAX_LIST + " listed" : "";
    for (const p of points.slice(0, MAX_LIST)) {
      const li = el("li", "incident");
      li.dataset.id = p.id;
      li.tabIndex = 0;
      const when = p.date_start ? (p.date_end && p.date_end !== p.date_start ? p.date_start + " – " + p.date_end : p.date_start) : "undated";
      li.append(el("span", "when", when), " ", el("span", "where", p.place || "unknown place"));
      if (p.country) li.append(" ", el("span", "", p.admin1 ? p.admin1 + ", " + p.country : p.country));
      li.append(el("br"), el("span", "tag", p.category), el("span", "tag grade-" + p.grade, p.grade.replace("_", " ")),
        el("span", "tag", p.documents + (p.documents === 1 ? " document" : " documents")));
      if (p.id === state.selected) li.classList.add("sel");
      li.addEventListener("click", () => openIncident(p.id));
      li.addEventListener("keydown", (ev) => { if (ev.key === "Enter") openIncident(p.id); });
      ul.appendChild(li);
    }
  }

  function legend() {
    const box = $("legend");
    box.textContent = "";
    const cats = [...new Set(state.points.map((p) => p.category))].sort();
    for (const c of cats) {
      const s = el("span", "", c);
      s.style.setProperty("--c", color(c));
      box.appendChild(s);
    }
  }

  // ---- incident panel ----

  // byteSlices splits text at UTF-8 byte offsets marks ([start, end) pairs)
  // into [text, marked] runs.
  function byteSlices(text, marks) {
    const enc = new TextEncoder();
    const at = [0]; // at[i]: byte offset of the i-th UTF-16 unit
    for (const ch of text) {
      const n = enc.encode(ch).length;
      for (let k = 0; k < ch.length; k++) at.push(at[at.length - 1] + (k === ch.length - 1 ? n : 0));
    }
    const unit = (b) => { let i = 0; while (i < at.length - 1 && at[i] < b) i++; return i; };
    const spans = marks.map(([s, e]) => [unit(s), unit(e)]).filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
    const out = [];
    let pos = 0;
    for (const [s, e] of spans) {
      if (s < pos) continue; // overlapping: the first wins
      if (s > pos) out.push([text.slice(pos, s), false]);
      out.push([text.slice(s, e), true]);
      pos = e;
    }
    if (pos < text.length) out.push([text.slice(pos), false]);
    return out;
  }

  const safeURL = (u) => { try { const x = new URL(u); return x.protocol === "http:" || x.protocol === "https:" ? x.href : null; } catch (e) { return null; } };

  function field(dl, name, value) {
    if (value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length)) return;
    dl.append(el("dt", "", name), el("dd", "", Array.isArray(value) ? value.join("; ") : value));
  }

  const range = (r, n) => r ? (r.low === r.high ? String(r.low) : r.low + "–" + r.high) : (n === null || n === undefined ? null : String(n));

  async function openIncident(id) {
    state.selected = id;
    for (const li of document.querySelectorAll("#list li")) li.classList.toggle("sel", li.dataset.id === id);
    const body = $("panel-body");
    $("panel").hidden = false;
    body.textContent = "Loading…";
    let d;
    try {
      d = await api("api/v1/incidents/" + encodeURIComponent(id));
    } catch (e) {
      body.textContent = "";
      body.appendChild(el("p", "err", e.message));
      return;
    }
    const inc = d.incident;
    body.textContent = "";
    const when = inc.date_start ? (inc.date_end && inc.date_end !== inc.date_start ? inc.date_start + " – " + inc.date_end : inc.date_start) : "undated";
    body.appendChild(el("h2", "", inc.category + " · " + (inc.place && inc.place.name || "unknown place") + " · " + when));
    if (d.redirected_from) body.appendChild(el("p", "src", d.redirected_from + " was merged into " + inc.id));
    const g = el("p", "");
    g.append("Grade: ", el("span", "tag grade grade-" + inc.grade, inc.grade.replace("_", " ")), " · status: " + inc.status);
    body.appendChild(g);
    const why = el("ul", "why");
    for (const r of inc.grade_reasons || []) why.appendChild(el("li", "", r));
    body.appendChild(why);
    const dl = el("dl");
    const pl = inc.place || {};
    field(dl, "Incident", inc.id);
    field(dl, "When", when + (inc.date_precision ? " (" + inc.date_precision + ")" : ""));
    field(dl, "Where", [pl.name, pl.admin1, pl.country].filter(Boolean).join(", ") +
      (pl.lat !== null && pl.lat !== undefined ? " (" + pl.lat + ", " + pl.lon + "; precision " + pl.geo_precision + ")" : ""));
    field(dl, "Event", [inc.event_type, inc.sub_event_type].filter(Boolean).join(" / "));
    field(dl, "Claimed by", inc.claimed_by);
    field(dl, "Perpetrator", inc.perpetrator);
    field(dl, "Target", inc.target);
    field(dl, "Vessel", inc.vessel);
    field(dl, "Weapons", (inc.weapons || []).map((w) => (w.count ? w.count + " " : "") + w.kind + (w.system ? " (" + w.system + ")" : "")));
    field(dl, "Killed", range(inc.fatalities_range, inc.fatalities));
    field(dl, "Injured", range(inc.injuries_range, inc.injuries));
    field(dl, "Outcome", inc.outcome);
    field(dl, "Damage", inc.damage);
    body.appendChild(dl);

    if ((inc.contradictions || []).length) {
      body.appendChild(el("h3", "", "Contradictions"));
      for (const c of inc.contradictions) {
        const t = el("table");
        const head = el("tr");
        head.append(el("th", "", c.field), el("th", "", "who says so"), el("th", "", "how"), el("th", "", "document"));
        t.appendChild(head);
        for (const v of c.values) {
          const tr = el("tr");
          tr.append(el("td", "", v.value), el("td", "", v.source || ""), el("td", "", v.stance || ""), el("td", "", v.doc));
          t.appendChild(tr);
        }
        body.appendChild(t);
      }
    }

    body.appendChild(el("h3", "", "Sources (" + (inc.sources || []).length + ")"));
    for (const s of inc.sources || []) {
      const head = el("div", "src");
      head.append(el("b", "", s.outlet || s.doc), " · " + (s.published || "undated") + " · document " + s.doc);
      if (s.copy_of) head.append(" · copies " + s.copy_of + " (not counted as corroboration)");
      const u = safeURL(s.url);
      if (u) {
        const a = el("a", "", "original");
        a.href = u; a.target = "_blank"; a.rel = "noopener noreferrer";
        head.append(" · ", a);
      }
      body.appendChild(head);
      // Evidence spans of this document's assertions within the quoted sentence.
      const marks = [];
      for (const r of d.reports || []) {
        if (r.doc !== s.doc) continue;
        for (const a of r.assertions || []) {
          const ev = a.evidence;
          if (ev && ev.start >= s.start && ev.end <= s.end) marks.push([ev.start - s.start, ev.end - s.start]);
        }
      }
      const q = el("div", "quote");
      for (const [text, marked] of byteSlices(s.quote || "", marks)) q.append(marked ? el("mark", "", text) : text);
      body.appendChild(q);
    }
    if ((d.reviews || []).length) {
      body.appendChild(el("h3", "", "Analyst reviews"));
      const ul = el("ul", "why");
      for (const r of d.reviews) ul.appendChild(el("li", "", [r.at, r.action, r.field ? r.field + "=" + r.value : "", r.note].filter(Boolean).join(" · ")));
      body.appendChild(ul);
    }
  }

  async function showTallies() {
    const body = $("panel-body");
    $("panel").hidden = false;
    body.textContent = "Loading…";
    let t;
    try { t = await api("api/v1/tallies"); } catch (e) { body.textContent = ""; body.appendChild(el("p", "err", e.message)); return; }
    body.textContent = "";
    body.appendChild(el("h2", "", "Official running counts against the incidents stored"));
    const box = el("div");
    box.id = "tallies";
    const tb = el("table");
    const head = el("tr");
    for (const h of ["said by", "count", "period", "region", "stored", "verdict", "quote"]) head.appendChild(el("th", "", h));
    tb.appendChild(head);
    for (const x of t.tallies || []) {
      const tr = el("tr");
      const verdict = x.verdict === "gap" ? x.missing + " not in the store" : x.verdict;
      tr.append(el("td", "", x.said_by || ""), el("td", "", (x.qualifier && x.qualifier !== "exact" ? x.qualifier + " " : "") + x.count + " " + x.what),
        el("td", "", (x.period_start || "?") + " – " + (x.period_end || "?")), el("td", "", (x.region || []).join(", ")),
        el("td", "", x.stored + (x.undated ? " (+" + x.undated + " undated)" : "")), el("td", x.verdict === "gap" ? "gap" : "ok", verdict),
        el("td", "", x.quote || ""));
      tb.appendChild(tr);
    }
    box.appendChild(tb);
    body.appendChild(box);
  }

  // ---- filters and loading ----

  function updateDownloads() {
    const extra = {};
    if (state.brush) {
      extra.since = state.brush[0];
      extra.until = state.brush[1];
    }
    for (const f of ["csv", "geojson", "jsonl"]) {
      $("dl-" + f).href = "api/v1/export?" + query(Object.assign({ format: f }, extra));
    }
    // The brief of the brushed dates, or of the filter's, or the last week.
    const bq = new URLSearchParams();
    const since = extra.since || $("f-since").value, until = extra.until || $("f-until").value;
    if (since) bq.set("since", since);
    if (until) bq.set("until", until);
    if ($("f-country").value) bq.set("country", $("f-country").value);
    $("brief").href = "brief" + (bq.toString() ? "?" + bq.toString() : "");
  }

  async function load() {
    try {
      const page = await api("api/v1/points?" + query({ sort: "-date" })); // the latest first in the list
      state.points = page.points;
      performance.mark("sitrep:points");
    } catch (e) {
      state.points = [];
      $("list").textContent = "";
      $("list").appendChild(el("li", "err", e.message));
    }
    legend();
    applyBrush();
  }

  async function fillSelects() {
    const st = await api("api/v1/stats");
    const fill = (id, obj) => {
      const s = $(id);
      for (const k of Object.keys(obj || {}).sort()) {
        if (k === "undated") continue;
        const o = el("option", "", k + " (" + obj[k] + ")");
        o.value = k;
        s.appendChild(o);
      }
    };
    fill("f-country", st.by_country);
    fill("f-category", st.by_category);
    fill("f-grade", st.by_grade);
  }

  function fitToPoints() {
    const ll = state.points.filter((p) => p.lat !== null).map((p) => [p.lat, p.lon]);
    if (ll.length) state.map.fitBounds(L.latLngBounds(ll).pad(0.08), { maxZoom: 8, animate: false });
  }

  async function main() {
    let timer = null;
    const reload = () => { clearTimeout(timer); timer = setTimeout(() => { setBrushQuiet(null); load(); }, 250); };
    const setBrushQuiet = (b) => { state.brush = b; $("clear-brush").hidden = !b; };
    for (const k of filterIDs) {
      $("f-" + k).addEventListener(k === "place" || k === "actor" ? "input" : "change", reload);
    }
    $("filters").addEventListener("submit", (ev) => ev.preventDefault());
    $("f-reset").addEventListener("click", () => { for (const k of filterIDs) $("f-" + k).value = ""; reload(); });
    $("clear-brush").addEventListener("click", () => setBrush(null));
    $("panel-close").addEventListener("click", () => { $("panel").hidden = true; state.selected = null; });
    $("show-tallies").addEventListener("click", showTallies);
    document.addEventListener("keydown", (ev) => { if (ev.key === "Escape") $("panel").hidden = true; });
    window.addEventListener("resize", () => drawTimeline());
    initMap();
    const topo = fetch("static/countries-50m.json").then((r) => r.json());
    const provinces = fetch("static/provinces.json").then((r) => r.json());
    await Promise.all([fillSelects().catch(() => {}), load()]);
    fitToPoints();
    state.fitted = true;
    drawMarkers();
    performance.mark("sitrep:markers");
    try {
      drawBoundaries(await topo);
      drawProvinces(await provinces);
      performance.mark("sitrep:boundaries");
    } catch (e) {
      $("note").textContent = "no boundaries: " + e.message;
    }
    // When everything was first drawn, for tests and benchmarks.
    document.body.dataset.readyMs = String(Math.round(performance.now()));
    document.body.dataset.ready = "1";
  }

  main();
})();
