/**
 * Icons for ports, airports and peaks, drawn at run time from the maki SVG paths (CC0) onto a
 * canvas with Path2D and handed to maplibre with addImage: no sprite sheet to build, and no
 * data:/blob: image URLs, which the CSP would have to allow.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import airportSvg from '@mapbox/maki/icons/airport.svg?raw';
import harborSvg from '@mapbox/maki/icons/harbor.svg?raw';
import mountainSvg from '@mapbox/maki/icons/mountain.svg?raw';
import { PLACE_ICONS, type PlaceKind } from '../domains/k-geo/places';

/** The `d` attributes of an SVG's paths, with XML character references decoded. */
export function svgPathData(svg: string): string[] {
  return [...svg.matchAll(/\sd="([^"]+)"/g)].map((m) =>
    (m[1] ?? '').replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))).replace(/&#(\d+);/g, (_, dec: string) => String.fromCharCode(Number(dec))),
  );
}

const ICONS: Record<PlaceKind, { svg: string; disc: string }> = {
  port: { svg: harborSvg, disc: '#0277bd' },
  airport: { svg: airportSvg, disc: '#455a64' },
  peak: { svg: mountainSvg, disc: '#2e7d32' },
};

const PIXEL_RATIO = 2;
const SIZE = 22; // CSS px: large enough to read at a glance on a wall display

function drawIcon(kind: PlaceKind): ImageData {
  const px = SIZE * PIXEL_RATIO;
  const canvas = document.createElement('canvas');
  canvas.width = px;
  canvas.height = px;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  const { svg, disc } = ICONS[kind];
  ctx.beginPath();
  ctx.arc(px / 2, px / 2, px / 2 - PIXEL_RATIO, 0, Math.PI * 2);
  ctx.fillStyle = disc;
  ctx.fill();
  ctx.lineWidth = 1.5 * PIXEL_RATIO;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke();
  // maki icons are 15×15; scale to about 60% of the disc, centred.
  const glyph = px * 0.6;
  ctx.translate((px - glyph) / 2, (px - glyph) / 2);
  ctx.scale(glyph / 15, glyph / 15);
  ctx.fillStyle = '#ffffff';
  for (const d of svgPathData(svg)) ctx.fill(new Path2D(d));
  return ctx.getImageData(0, 0, px, px);
}

/** Register the place icons now and whenever a style asks for one that is missing. */
export function installPlaceIcons(map: MaplibreMap): void {
  const byName = new Map<string, PlaceKind>(Object.entries(PLACE_ICONS).map(([kind, name]) => [name, kind as PlaceKind]));
  const add = (name: string) => {
    const kind = byName.get(name);
    if (kind && !map.hasImage(name)) map.addImage(name, drawIcon(kind), { pixelRatio: PIXEL_RATIO });
  };
  map.on('styleimagemissing', (e: { id: string }) => add(e.id));
  for (const name of byName.keys()) add(name);
}
