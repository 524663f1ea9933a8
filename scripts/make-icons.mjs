// Draws the Teams app icons (a white headset) and writes them into teams-app/:
//   color.png   192×192, headset on a rounded square in the accent colour
//   outline.png  32×32, white headset on transparent (Teams tints it)
// The PNGs are committed; run this only to change the artwork: node scripts/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodePng } from './lib/png.mjs';

export const ACCENT = [0x2f, 0x5b, 0xd3];
const SUPERSAMPLING = 4;

const inRoundedRect = (x, y, x0, y0, x1, y1, r) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
};

const nearSegment = (x, y, ax, ay, bx, by, halfWidth) => {
  const vx = bx - ax, vy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  const dx = x - (ax + t * vx), dy = y - (ay + t * vy);
  return dx * dx + dy * dy <= halfWidth * halfWidth;
};

/** A headset in the unit square; `weight` thickens strokes for the small icon. */
function inHeadset(x, y, weight) {
  const cx = 0.5, cy = 0.54, outer = 0.31 + weight / 2, inner = 0.25 - weight / 2;
  const d = Math.hypot(x - cx, y - cy);
  const band = y <= cy && d <= outer && d >= inner;
  const cups = inRoundedRect(x, y, 0.15, 0.46, 0.31, 0.74, 0.06) || inRoundedRect(x, y, 0.69, 0.46, 0.85, 0.74, 0.06);
  const boom = nearSegment(x, y, 0.77, 0.72, 0.6, 0.83, 0.025 + weight / 2);
  const mic = Math.hypot(x - 0.56, y - 0.835) <= 0.055 + weight / 2;
  return band || cups || boom || mic;
}

/** Renders with supersampling: `paint(x, y)` returns [r, g, b] or null (transparent) for a unit-square point. */
function render(size, paint) {
  const rgba = new Uint8Array(size * size * 4);
  const n = SUPERSAMPLING;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, covered = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const colour = paint((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          if (colour) { r += colour[0]; g += colour[1]; b += colour[2]; covered++; }
        }
      }
      const i = (py * size + px) * 4;
      if (covered > 0) {
        rgba[i] = Math.round(r / covered);
        rgba[i + 1] = Math.round(g / covered);
        rgba[i + 2] = Math.round(b / covered);
      }
      rgba[i + 3] = Math.round((255 * covered) / (n * n));
    }
  }
  return rgba;
}

const WHITE = [255, 255, 255];

export function colourIcon() {
  const size = 192;
  return encodePng(size, size, render(size, (x, y) =>
    inHeadset(x, y, 0) ? WHITE : inRoundedRect(x, y, 0, 0, 1, 1, 0.2) ? ACCENT : null));
}

export function outlineIcon() {
  const size = 32;
  return encodePng(size, size, render(size, (x, y) => (inHeadset(x, y, 0.04) ? WHITE : null)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const folder = join(dirname(fileURLToPath(import.meta.url)), '..', 'teams-app');
  writeFileSync(join(folder, 'color.png'), colourIcon());
  writeFileSync(join(folder, 'outline.png'), outlineIcon());
  console.log(`Icons written to ${folder}`);
}
