// Renders the add-in icons (assets/icon-<size>.png) from one SVG mark: the letters "LM" in white on
// a rounded dark-teal square. Run after changing the mark: `node scripts/make-icons.mjs`.
// Uses the system Chromium through playwright-core (no download); the PNGs are committed, so a
// normal build never runs this.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const sizes = [16, 32, 64, 80, 128];
const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** The mark on a 128-unit canvas; scaled by the viewBox for each size. */
function markSvg(size) {
  // Small sizes get a slightly heavier weight and tighter corners so the letters stay legible.
  const small = size <= 32;
  const radius = small ? 18 : 24;
  const weight = small ? 800 : 700;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 128 128">
  <rect x="0" y="0" width="128" height="128" rx="${radius}" ry="${radius}" fill="#0b5563"/>
  <rect x="10" y="98" width="108" height="8" rx="4" fill="#5fd0b8"/>
  <text x="64" y="84" text-anchor="middle" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif"
        font-size="${small ? 66 : 62}" font-weight="${weight}" letter-spacing="-3" fill="#ffffff">LM</text>
</svg>`;
}

const browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
try {
  mkdirSync(join(root, "assets"), { recursive: true });
  for (const size of sizes) {
    const page = await browser.newPage({
      viewport: { width: size, height: size },
      deviceScaleFactor: 1,
    });
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">${markSvg(size)}</body></html>`
    );
    const png = await page.screenshot({
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    const file = join(root, "assets", `icon-${size}.png`);
    writeFileSync(file, png);
    console.log(`wrote ${file} (${png.length} bytes)`);
    await page.close();
  }
} finally {
  await browser.close();
}
