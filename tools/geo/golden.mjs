// Prints projected coordinates for the C# golden tests (tests/DemandAtlas.Tests/Geo/AlbersUsaTests.cs).
import { project } from "./projection.mjs";

const points = [
  ["Westborough, MA", -71.6125, 42.2626],
  ["Anchorage, AK", -149.9003, 61.2181],
  ["Juneau, AK", -134.4197, 58.3019],
  ["Honolulu, HI", -157.8583, 21.3069],
  ["Hilo, HI", -155.09, 19.7297],
  ["Key West, FL", -81.78, 24.5551],
  ["Seattle, WA", -122.3321, 47.6062],
  ["Chicago, IL", -87.6298, 41.8781],
  ["Burlington, VT", -73.2121, 44.4759],
  ["Brownsville, TX", -97.4975, 25.9017],
  ["San Diego, CA", -117.1611, 32.7157],
  ["Caribou, ME", -68.0119, 46.8606],
  ["San Juan, PR", -66.1057, 18.4655],
  ["Ponce, PR", -66.6141, 18.0111],
  ["London, UK (outside every panel)", -0.1276, 51.5072],
];
for (const [name, lon, lat] of points) {
  const p = project(lon, lat);
  console.log(`["${name}", ${lat}, ${lon}, ${p ? p[0].toFixed(3) : "null"}, ${p ? p[1].toFixed(3) : "null"}],`);
}
