// The map's projection: d3's geoAlbersUsa at scale 1300, translate [487.5, 305] (as us-atlas uses),
// plus Puerto Rico, which geoAlbersUsa leaves out. The Puerto Rico inset uses the parameters of
// d3-composite-projections' geoAlbersUsaTerritories (after Mike Bostock's block 5629120): conic
// equal-area, rotate [66, 0], center [0, 18], parallels [8, 18], placed at translate + [0.35k, 0.224k]
// in the lower right corner. src/DemandAtlas.Web/Geo/AlbersUsa.cs implements the same composite.
import { geoAlbersUsa, geoConicEqualArea } from "d3-geo";

export const scale = 1300;
export const translate = [487.5, 305];

export function puertoRicoInset() {
  const [x, y] = translate;
  const k = scale;
  return geoConicEqualArea()
    .rotate([66, 0])
    .center([0, 18])
    .parallels([8, 18])
    .scale(k)
    .translate([x + 0.35 * k, y + 0.224 * k])
    .clipExtent([[x + 0.312 * k, y + 0.2064 * k], [x + 0.385 * k, y + 0.233 * k]]);
}

const albersUsa = geoAlbersUsa().scale(scale).translate(translate);
const pr = puertoRicoInset();

/** [x, y] in the 975×610 view, or null when the point is outside every panel. */
export function project(lon, lat) {
  const p = albersUsa([lon, lat]);
  if (p) return p;
  const q = pr([lon, lat]);
  const [[x0, y0], [x1, y1]] = pr.clipExtent();
  return q && q[0] >= x0 && q[0] <= x1 && q[1] >= y0 && q[1] <= y1 ? q : null;
}
