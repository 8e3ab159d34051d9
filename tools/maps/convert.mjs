// Converts Natural Earth 1:50m country outlines (TopoJSON from the npm package world-atlas@2.0.2, public domain data)
// into the compact binary resource src/SahelReports.Pdf/Maps/Data/countries-sahel.bin used by SahelReports.Pdf maps.
//
//   mkdir -p /tmp/world-atlas && cd /tmp/world-atlas && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
//   node tools/maps/convert.mjs /tmp/world-atlas/package/countries-50m.json src/SahelReports.Pdf/Maps/Data/countries-sahel.bin
//
// No dependencies: the TopoJSON arcs are decoded here, simplified per arc (Douglas-Peucker, arc end points kept, so the
// border two countries share stays one line), and written as zig-zag varint deltas at 0.001 degree resolution.
// Format (little endian): "SRM1", u8 version=1, varint country count, then per country: 3 ASCII bytes ISO alpha-3,
// varint ISO numeric, varint+UTF-8 English name, varint+UTF-8 French name, varint polygon count; per polygon varint ring
// count (first ring the outline, then holes); per ring varint point count and per point zig-zag varint delta of
// round(lon*1000) and round(lat*1000) from the previous point (the first from 0,0).
import { readFileSync, writeFileSync } from 'node:fs';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node convert.mjs <countries-50m.json> <out.bin>');
  process.exit(2);
}

// West Africa, the Sahel and the countries a Central Sahel map frame can reach (ISO numeric -> alpha-3, English, French).
const COUNTRIES = {
  '012': ['DZA', 'Algeria', 'Algérie'], '024': ['AGO', 'Angola', 'Angola'], '120': ['CMR', 'Cameroon', 'Cameroun'],
  '132': ['CPV', 'Cabo Verde', 'Cabo Verde'], '140': ['CAF', 'Central African Rep.', 'Rép. centrafricaine'],
  '148': ['TCD', 'Chad', 'Tchad'], '178': ['COG', 'Congo', 'Congo'], '204': ['BEN', 'Benin', 'Bénin'],
  '226': ['GNQ', 'Eq. Guinea', 'Guinée équat.'], '266': ['GAB', 'Gabon', 'Gabon'], '270': ['GMB', 'Gambia', 'Gambie'],
  '288': ['GHA', 'Ghana', 'Ghana'], '324': ['GIN', 'Guinea', 'Guinée'], '384': ['CIV', "Côte d'Ivoire", "Côte d'Ivoire"],
  '430': ['LBR', 'Liberia', 'Libéria'], '434': ['LBY', 'Libya', 'Libye'], '466': ['MLI', 'Mali', 'Mali'],
  '478': ['MRT', 'Mauritania', 'Mauritanie'], '504': ['MAR', 'Morocco', 'Maroc'], '562': ['NER', 'Niger', 'Niger'],
  '566': ['NGA', 'Nigeria', 'Nigéria'], '624': ['GNB', 'Guinea-Bissau', 'Guinée-Bissau'], '686': ['SEN', 'Senegal', 'Sénégal'],
  '694': ['SLE', 'Sierra Leone', 'Sierra Leone'], '728': ['SSD', 'S. Sudan', 'Soudan du Sud'], '729': ['SDN', 'Sudan', 'Soudan'],
  '732': ['ESH', 'W. Sahara', 'Sahara occ.'], '768': ['TGO', 'Togo', 'Togo'], '788': ['TUN', 'Tunisia', 'Tunisie'],
  '818': ['EGY', 'Egypt', 'Égypte'], '854': ['BFA', 'Burkina Faso', 'Burkina Faso'], '180': ['COD', 'DR Congo', 'RD Congo'],
};
const TOLERANCE = 0.02; // degrees (about 2 km): under half a point at the report's map scale
const topo = JSON.parse(readFileSync(input, 'utf8'));
const [sx, sy] = topo.transform.scale;
const [tx, ty] = topo.transform.translate;

const arcs = topo.arcs.map((arc) => {
  let x = 0, y = 0;
  return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
});

function simplify(points) {
  if (points.length <= 2) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    const [ax, ay] = points[a], [bx, by] = points[b];
    const len = Math.hypot(bx - ax, by - ay);
    let worst = -1, index = -1;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i];
      const d = len === 0 ? Math.hypot(px - ax, py - ay) : Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / len;
      if (d > worst) { worst = d; index = i; }
    }
    if (worst > TOLERANCE) { keep[index] = 1; stack.push([a, index], [index, b]); }
  }
  return points.filter((_, i) => keep[i]);
}

const simplified = arcs.map(simplify);
const arc = (i) => (i >= 0 ? simplified[i] : simplified[~i].slice().reverse());

function ring(indices) {
  const points = [];
  for (const i of indices) {
    const a = arc(i);
    points.push(...(points.length ? a.slice(1) : a));
  }
  const q = points.map(([x, y]) => [Math.round(x * 1000), Math.round(y * 1000)]);
  const dedup = q.filter((p, k) => k === 0 || p[0] !== q[k - 1][0] || p[1] !== q[k - 1][1]);
  return dedup.length >= 4 ? dedup : null; // a closed ring needs three distinct corners
}

const bytes = [];
const varint = (v) => { do { let b = v & 0x7f; v = Math.floor(v / 128); if (v) b |= 0x80; bytes.push(b); } while (v); };
const zigzag = (v) => varint(v >= 0 ? v * 2 : -v * 2 - 1);
const text = (s) => { const b = Buffer.from(s, 'utf8'); varint(b.length); bytes.push(...b); };

const chosen = topo.objects.countries.geometries
  .filter((g) => COUNTRIES[g.id])
  .sort((a, b) => COUNTRIES[a.id][0].localeCompare(COUNTRIES[b.id][0]));
const missing = Object.keys(COUNTRIES).filter((id) => !chosen.some((g) => g.id === id));
if (missing.length) { console.error('not in the input:', missing); process.exit(1); }

bytes.push(...Buffer.from('SRM1', 'ascii'), 1);
varint(chosen.length);
let pointCount = 0;
for (const g of chosen) {
  const [alpha3, en, fr] = COUNTRIES[g.id];
  const polygons = (g.type === 'Polygon' ? [g.arcs] : g.arcs)
    .map((p) => p.map(ring))
    .filter((p) => p[0] !== null)
    .map((p) => p.filter((r) => r !== null));
  bytes.push(...Buffer.from(alpha3, 'ascii'));
  varint(Number(g.id));
  text(en);
  text(fr);
  varint(polygons.length);
  for (const polygon of polygons) {
    varint(polygon.length);
    for (const r of polygon) {
      varint(r.length);
      let px = 0, py = 0;
      for (const [x, y] of r) { zigzag(x - px); zigzag(y - py); px = x; py = y; pointCount++; }
    }
  }
}
writeFileSync(output, Buffer.from(bytes));
console.log(`${chosen.length} countries, ${pointCount} points, ${bytes.length} bytes -> ${output}`);
