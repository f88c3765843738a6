// The app's map as an end-to-end test reads it: waiting for a rendered idle frame, and reading pixels.
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Page } from 'playwright-core';

type MapWindow = Window & { __sitroomMap?: MaplibreMap };

/** Resolves at the map's next `idle` (a repaint is asked for, so an already idle map renders once more). */
export async function waitMapIdle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => {
    const map = (window as MapWindow).__sitroomMap;
    if (!map) return resolve();
    map.once('idle', () => resolve());
    map.triggerRepaint();
  }));
}

/**
 * Pixels (RGBA, row-major) of a square of side 2r+1 around the screen point of lon/lat, read inside a
 * render: the drawing buffer is only valid until the frame is composited.
 */
export function pixelsAround(page: Page, lonLat: [number, number], r: number): Promise<number[]> {
  return page.evaluate(
    ([lon, lat, radius]) =>
      new Promise<number[]>((resolve, reject) => {
        const map = (window as MapWindow).__sitroomMap;
        if (!map) return reject(new Error('no map'));
        map.once('render', () => {
          const canvas = map.getCanvas();
          const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
          if (!gl) return reject(new Error('no WebGL context'));
          const p = map.project([lon, lat]);
          const side = 2 * radius + 1;
          const out = new Uint8Array(side * side * 4);
          gl.readPixels(Math.round(p.x) - radius, gl.drawingBufferHeight - Math.round(p.y) - 1 - radius, side, side, gl.RGBA, gl.UNSIGNED_BYTE, out);
          resolve(Array.from(out));
        });
        map.triggerRepaint();
      }),
    [lonLat[0], lonLat[1], r] as const,
  );
}
