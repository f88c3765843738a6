/**
 * Draws the ITS icons of `icon-shapes.ts` on a canvas and registers them with maplibre (addImage),
 * now and whenever a style asks for a missing one (a style rebuilt on a theme switch keeps images,
 * but a new map does not). Each icon also gets its exercise variant: a dashed double outline.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { assertNever } from '../../util/assert-never';
import { EXERCISE_SUFFIX, ITS_ICONS, type IconMark, type IconSpec } from './icon-shapes';

const PIXEL_RATIO = 2;
/** Icon height in CSS px: readable at a glance on a wall display. */
const HEIGHT = 24;

function outline(ctx: CanvasRenderingContext2D, spec: IconSpec, w: number, h: number, inset: number): void {
  ctx.beginPath();
  if (spec.shape.kind === 'circle') {
    ctx.ellipse(w / 2, h / 2, w / 2 - inset, h / 2 - inset, 0, 0, Math.PI * 2);
    return;
  }
  // Scale the unit outline into the box, pulled in by `inset` so strokes stay inside the image.
  const sx = (x: number) => inset + x * (w - 2 * inset);
  const sy = (y: number) => inset + y * (h - 2 * inset);
  spec.shape.points.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(sx(x), sy(y)) : ctx.lineTo(sx(x), sy(y))));
  ctx.closePath();
}

function mark(ctx: CanvasRenderingContext2D, m: IconMark, w: number, h: number): void {
  const u = h / 24;
  const cx = w / 2;
  const cy = h / 2;
  ctx.lineWidth = 2.2 * u;
  ctx.lineCap = 'round';
  ctx.beginPath();
  switch (m) {
    case 'exclaim':
      ctx.moveTo(cx, cy - 4 * u);
      ctx.lineTo(cx, cy + 3 * u);
      ctx.moveTo(cx, cy + 6.5 * u);
      ctx.lineTo(cx, cy + 6.6 * u);
      break;
    case 'bars':
      for (const dy of [-3, 0, 3]) {
        ctx.moveTo(cx - 4 * u, cy + dy * u);
        ctx.lineTo(cx + 4 * u, cy + dy * u);
      }
      break;
    case 'waves':
      for (const dy of [-3, 2]) {
        ctx.moveTo(cx - 6 * u, cy + dy * u);
        ctx.bezierCurveTo(cx - 3 * u, cy + (dy - 3) * u, cx + 3 * u, cy + (dy + 3) * u, cx + 6 * u, cy + dy * u);
      }
      break;
    case 'cross':
      ctx.moveTo(cx - 4.5 * u, cy);
      ctx.lineTo(cx + 4.5 * u, cy);
      ctx.moveTo(cx, cy - 4.5 * u);
      ctx.lineTo(cx, cy + 4.5 * u);
      break;
    case 'dot':
      ctx.arc(cx, cy, 2.5 * u, 0, Math.PI * 2);
      ctx.fillStyle = ctx.strokeStyle;
      ctx.fill();
      return;
    case 'lines':
      for (const dy of [-3, 0, 3]) {
        ctx.moveTo(cx - 0.28 * w, cy + dy * u);
        ctx.lineTo(cx + 0.28 * w, cy + dy * u);
      }
      break;
    case 'flake':
      for (let i = 0; i < 3; i++) {
        const a = (i * Math.PI) / 3 + Math.PI / 2;
        ctx.moveTo(cx - 6 * u * Math.cos(a), cy - 6 * u * Math.sin(a));
        ctx.lineTo(cx + 6 * u * Math.cos(a), cy + 6 * u * Math.sin(a));
      }
      break;
    case 'crack':
      ctx.moveTo(cx - 1 * u, cy - 8 * u);
      ctx.lineTo(cx + 2 * u, cy - 3 * u);
      ctx.lineTo(cx - 2 * u, cy);
      ctx.lineTo(cx + 1 * u, cy + 4 * u);
      break;
    case 'lens':
      ctx.arc(cx - 0.12 * w, cy, 3 * u, 0, Math.PI * 2);
      break;
    default:
      assertNever(m);
  }
  ctx.stroke();
}

/** One icon as image data (exercise: dashed double outline). */
export function drawItsIcon(spec: IconSpec, exercise: boolean): ImageData {
  const h = HEIGHT * PIXEL_RATIO;
  const w = Math.round(h * spec.aspect);
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  const inset = 3 * PIXEL_RATIO;
  // A dark outer outline and a white inner one: the icon reads on the dark and the light theme.
  outline(ctx, spec, w, h, inset);
  ctx.fillStyle = spec.fill;
  ctx.fill();
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3.2 * PIXEL_RATIO;
  ctx.strokeStyle = '#000000';
  if (exercise) ctx.setLineDash([3 * PIXEL_RATIO, 2 * PIXEL_RATIO]);
  ctx.stroke();
  ctx.lineWidth = 1.4 * PIXEL_RATIO;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.strokeStyle = spec.markColour;
  mark(ctx, spec.mark, w, h);
  return ctx.getImageData(0, 0, w, h);
}

/** Register every ITS icon (and its exercise variant) now and on `styleimagemissing`. */
export function installItsIcons(map: MaplibreMap): void {
  const byName = new Map<string, { spec: IconSpec; exercise: boolean }>();
  for (const spec of ITS_ICONS) {
    byName.set(spec.name, { spec, exercise: false });
    byName.set(spec.name + EXERCISE_SUFFIX, { spec, exercise: true });
  }
  const add = (name: string) => {
    const icon = byName.get(name);
    if (icon && !map.hasImage(name)) map.addImage(name, drawItsIcon(icon.spec, icon.exercise), { pixelRatio: PIXEL_RATIO });
  };
  map.on('styleimagemissing', (e: { id: string }) => add(e.id));
  for (const name of byName.keys()) add(name);
}
