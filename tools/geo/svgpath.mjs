// Compact SVG path data: Douglas-Peucker simplification (tolerance in px), coordinates rounded to
// 0.1 px and written relative ("m12.3 4.5l-1.2.3z"), which is roughly half the size of d3's output.
const parse = (d) => (d ?? "").split("M").filter((r) => r.length > 0).map((ring) => ({
  closed: ring.includes("Z"),
  points: ring.replaceAll("Z", "").split("L").filter((p) => p.length > 0).map((p) => p.split(",").map(Number)),
}));

function simplify(points, tolerance) {
  if (points.length < 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [a, b] = stack.pop();
    const [ax, ay] = points[a], [bx, by] = points[b];
    const dx = bx - ax, dy = by - ay, len = Math.hypot(dx, dy);
    let worst = -1, index = -1;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i];
      const dist = len === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * px - dx * py + bx * ay - by * ax) / len;
      if (dist > worst) { worst = dist; index = i; }
    }
    if (worst > tolerance) { keep[index] = 1; stack.push([a, index], [index, b]); }
  }
  return points.filter((_, i) => keep[i]);
}

const num = (tenths) => {
  const s = (Math.abs(tenths) / 10).toString().replace(/^0\./, ".");
  return tenths < 0 ? `-${s}` : s;
};
// Separators only where the next number would otherwise run into the previous one.
const pair = (dx, dy) => {
  const a = num(dx), b = num(dy);
  return a + (b.startsWith("-") || (b.startsWith(".") && a.includes(".")) ? "" : " ") + b;
};
const join = (parts) => parts.reduce((out, p) => out + (out.length === 0 || p.startsWith("-") || /^[a-z]/i.test(p) ? "" : " ") + p, "");

/** Re-encodes d3 path data; tiny rings (fewer than 3 distinct points after rounding) are dropped. */
export function encode(d, tolerance = 0.25, closeRings = true) {
  const out = [];
  let cx = 0, cy = 0;
  for (const ring of parse(d)) {
    const pts = simplify(ring.points, tolerance)
      .map(([x, y]) => [Math.round(x * 10), Math.round(y * 10)])
      .filter((p, i, all) => i === 0 || p[0] !== all[i - 1][0] || p[1] !== all[i - 1][1]);
    if (pts.length < (ring.closed ? 3 : 2)) continue;
    const cmds = [];
    pts.forEach(([x, y], i) => {
      // The first move is absolute so encoded paths can be concatenated.
      const first = out.length === 0 && i === 0;
      cmds.push((first ? "M" : i === 0 ? "m" : i === 1 ? "l" : "") + (first ? pair(x, y) : pair(x - cx, y - cy)));
      cx = x; cy = y;
    });
    if (ring.closed && closeRings) {
      cmds.push("z");
      [cx, cy] = pts[0];
    }
    out.push(join(cmds));
  }
  return out.join("");
}
