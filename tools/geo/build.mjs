// Regenerates the map assets and the gazetteer from registry packages (see README.md).
//   npm ci && node build.mjs
// Outputs (all committed):
//   src/DemandAtlas.Web/wwwroot/geo/states.svg      base map, served as a cacheable static file
//   src/DemandAtlas.Web/Geo/Data/shapes.tsv.gz      per-state and per-county SVG path data (embedded)
//   src/DemandAtlas.Web/Geo/Data/gazetteer.tsv.gz   places, counties and states with coordinates (embedded)
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { geoCentroid, geoPath } from "d3-geo";
import { feature, mesh } from "topojson-client";
import { puertoRicoInset } from "./projection.mjs";
import { stateByFips } from "./states.mjs";
import { encode } from "./svgpath.mjs";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const web = join(here, "..", "..", "src", "DemandAtlas.Web");
const load = (name) => JSON.parse(readFileSync(require.resolve(`us-atlas/${name}`), "utf8"));

const statesAlbers = load("states-albers-10m.json");
const countiesAlbers = load("counties-albers-10m.json");
const counties = load("counties-10m.json");
const states = load("states-10m.json");
const { codes: zips } = require("zipcodes/lib/codes.js");

// The albers files are already projected to the 975×610 view; they leave out Puerto Rico, which
// d3's geoAlbersUsa cannot place, so Puerto Rico is projected here with the common inset.
const projected = geoPath(null).digits(1);
const prPath = geoPath(puertoRicoInset()).digits(1);
const isPuertoRico = (id) => id.startsWith("72");

const stateFeatures = feature(statesAlbers, statesAlbers.objects.states).features;
const prState = feature(states, states.objects.states).features.find((f) => f.id === "72");
const borders = projected(mesh(statesAlbers, statesAlbers.objects.states, (a, b) => a !== b));
const nation = feature(statesAlbers, statesAlbers.objects.nation);
const land = encode(projected(nation)) + encode(prPath(prState));
const prInsetFrame = "M893.1 573.3H974.5V607.9H893.1Z";

const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 975 610" width="975" height="610">`
  + `<path fill="#e8ebee" stroke="#8a939c" stroke-width="0.8" stroke-linejoin="round" d="${land}"/>`
  + `<path fill="none" stroke="#8a939c" stroke-width="0.5" stroke-linejoin="round" d="${encode(borders)}"/>`
  + `<path fill="none" stroke="#b5bcc3" stroke-width="0.5" d="${prInsetFrame}"/>`
  + `</svg>\n`;
mkdirSync(join(web, "wwwroot", "geo"), { recursive: true });
writeFileSync(join(web, "wwwroot", "geo", "states.svg"), svg);

// Shapes: S <USPS> <path> and C <FIPS> <path>.
const shapeRows = [];
for (const f of stateFeatures) {
  shapeRows.push(["S", stateByFips[f.id].code, encode(projected(f))]);
}
shapeRows.push(["S", "PR", encode(prPath(prState))]);
for (const f of feature(countiesAlbers, countiesAlbers.objects.counties).features) {
  shapeRows.push(["C", f.id, encode(projected(f))]);
}
const countyFeatures = feature(counties, counties.objects.counties).features;
for (const f of countyFeatures.filter((c) => isPuertoRico(c.id))) {
  shapeRows.push(["C", f.id, encode(prPath(f))]);
}

// Gazetteer: kind, USPS code, name, latitude, longitude, FIPS (counties and states).
const round4 = (n) => Math.round(n * 1e4) / 1e4;
const gazetteer = [];
for (const [fips, s] of Object.entries(stateByFips)) {
  const f = feature(states, states.objects.states).features.find((x) => x.id === fips);
  if (!f) continue;
  const [lon, lat] = geoCentroid(f);
  gazetteer.push(["S", s.code, s.name, round4(lat), round4(lon), fips]);
}
for (const f of countyFeatures) {
  const s = stateByFips[f.id.slice(0, 2)];
  if (!s) continue;
  const [lon, lat] = geoCentroid(f);
  gazetteer.push(["C", s.code, f.properties.name, round4(lat), round4(lon), f.id]);
}
// Towns and cities: the centroid of each city's ZIP codes (a ZIP names its post office's city).
const places = new Map();
const usps = new Set(Object.values(stateByFips).map((s) => s.code));
for (const z of Object.values(zips)) {
  if (!usps.has(z.state) || !Number.isFinite(z.latitude) || !Number.isFinite(z.longitude) || (z.latitude === 0 && z.longitude === 0)) continue;
  const key = `${z.state}\t${z.city}`;
  const p = places.get(key) ?? { state: z.state, name: z.city, lat: 0, lon: 0, n: 0 };
  p.lat += z.latitude; p.lon += z.longitude; p.n += 1;
  places.set(key, p);
}
for (const p of places.values()) {
  gazetteer.push(["P", p.state, p.name, round4(p.lat / p.n), round4(p.lon / p.n), ""]);
}
gazetteer.sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]) || a[2].localeCompare(b[2]));

const tsv = (rows) => gzipSync(rows.map((r) => r.join("\t")).join("\n") + "\n", { level: 9 });
mkdirSync(join(web, "Geo", "Data"), { recursive: true });
writeFileSync(join(web, "Geo", "Data", "shapes.tsv.gz"), tsv(shapeRows));
writeFileSync(join(web, "Geo", "Data", "gazetteer.tsv.gz"), tsv(gazetteer));
console.log(`states.svg ${svg.length} bytes; ${shapeRows.length} shapes; ${gazetteer.length} gazetteer rows`);
