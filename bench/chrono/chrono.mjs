// chrono.mjs: the Node side of bench/chrono/run.sh. It reads TempEval-3
// TimeML files, and
//   node chrono.mjs prepare DIR OUT.jsonl GOLD.json  writes the documents (ingest JSONL) and gold spans
//   node chrono.mjs chrono GOLD.json REPS           times chrono-node and scores it
//   node chrono.mjs score GOLD.json DATES.jsonl     scores `sitrep dates` output
// Spans are UTF-8 byte offsets, as sitrep gives them; chrono's UTF-16 indexes are converted.
import fs from "node:fs";
import path from "node:path";

const ents = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'" };
const unescape = (s) => s.replace(/&(amp|lt|gt|quot|apos);/g, (m) => ents[m]);

function readTml(file) {
  const xml = fs.readFileSync(file, "utf8");
  const dct = /<DCT>\s*<TIMEX3[^>]*value="([^"]+)"/.exec(xml)[1].slice(0, 10);
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)[1];
  let text = "";
  const gold = [];
  let open = -1;
  const re = /<(\/?)([A-Za-z0-9]+)[^>]*>/g;
  let at = 0, m;
  while ((m = re.exec(body))) {
    text += unescape(body.slice(at, m.index));
    at = re.lastIndex;
    if (m[2] !== "TIMEX3") continue;
    const bytes = Buffer.byteLength(text, "utf8");
    if (m[1] === "") open = bytes;
    else { gold.push([open, bytes]); open = -1; }
  }
  text += unescape(body.slice(at));
  return { id: path.basename(file, ".tml"), published: dct, text, gold };
}

function score(gold, pred) {
  let g = 0, found = 0, p = 0, right = 0;
  for (const d of gold) {
    const ps = pred[d.id] || [];
    g += d.gold.length;
    p += ps.length;
    const hit = (a, b) => a[0] < b[1] && b[0] < a[1];
    found += d.gold.filter((x) => ps.some((y) => hit(x, y))).length;
    right += ps.filter((y) => d.gold.some((x) => hit(x, y))).length;
  }
  const P = p ? right / p : 0, R = g ? found / g : 0;
  return { gold: g, predicted: p, precision: P, recall: R, f1: P + R ? (2 * P * R) / (P + R) : 0 };
}

const [mode, a, b, c] = process.argv.slice(2);
if (mode === "prepare") {
  const docs = fs.readdirSync(a).filter((f) => f.endsWith(".tml")).sort().map((f) => readTml(path.join(a, f)));
  fs.writeFileSync(b, docs.map((d) => JSON.stringify({ id: d.id, published: d.published, text: d.text })).join("\n") + "\n");
  fs.writeFileSync(c, JSON.stringify(docs));
  console.log(docs.reduce((n, d) => n + Buffer.byteLength(d.text, "utf8"), 0)); // text bytes
} else if (mode === "chrono") {
  const chrono = await import(process.env.CHRONO);
  const docs = JSON.parse(fs.readFileSync(a, "utf8"));
  const reps = Number(b);
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text, "utf8"), 0);
  const pred = {};
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < reps; r++) {
    for (const d of docs) {
      const rs = chrono.parse(d.text, new Date(d.published + "T12:00:00Z"));
      if (r === 0) {
        pred[d.id] = rs.map((x) => {
          const s = Buffer.byteLength(d.text.slice(0, x.index), "utf8");
          return [s, s + Buffer.byteLength(x.text, "utf8")];
        });
      }
    }
  }
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  const n = docs.length * reps;
  console.log(JSON.stringify({ tool: "chrono-node", docs: n, seconds: secs, docs_per_s: n / secs, mb_per_s: (bytes * reps) / 1e6 / secs, ...score(docs, pred) }));
} else if (mode === "score") {
  const docs = JSON.parse(fs.readFileSync(a, "utf8"));
  const pred = {};
  for (const line of fs.readFileSync(b, "utf8").split("\n")) {
    if (!line) continue;
    const t = JSON.parse(line);
    (pred[t.doc] ||= []).push([t.start, t.end]);
  }
  console.log(JSON.stringify({ tool: "sitrep", ...score(docs, pred) }));
} else {
  console.error("usage: node chrono.mjs prepare|chrono|score ...");
  process.exit(2);
}
