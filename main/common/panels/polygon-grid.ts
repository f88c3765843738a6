/**
 * Point-in-polygon in near-constant time for areas tested against many points (an impact query over
 * hundreds of thousands of features): the area's bbox is cut into a grid; cells no edge passes through
 * are wholly inside or outside (decided once per cell by a scan line through the cell centres), and a
 * point in a cell that edges cross is decided from the cell centre's known state plus the crossings of
 * the segment point→centre with that cell's edges only. Rings are taken together with the even-odd
 * rule, so holes and multipolygons (with parts that do not overlap) need no special case.
 */

type Ring = number[][];

/** Cell state: outside, inside, or crossed by edges (then `edges` holds them). */
const OUT = 0;
const IN = 1;
const EDGE = 2;

export class PolygonGrid {
  private readonly nx: number;
  private readonly ny: number;
  private readonly x0: number;
  private readonly y0: number;
  private readonly cw: number;
  private readonly ch: number;
  /** Per cell: OUT / IN / EDGE. */
  private readonly state: Uint8Array;
  /** Per cell: whether the cell's centre is inside (also for EDGE cells). */
  private readonly centreIn: Uint8Array;
  /** EDGE cells → indices into `ex0..ey1`. */
  private readonly cellEdges = new Map<number, number[]>();
  private readonly ex0: Float64Array;
  private readonly ey0: Float64Array;
  private readonly ex1: Float64Array;
  private readonly ey1: Float64Array;

  constructor(rings: readonly Ring[], bbox: readonly [number, number, number, number]) {
    const edges: number[] = [];
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const a = ring[j]!;
        const b = ring[i]!;
        if (a[0] === b[0] && a[1] === b[1]) continue;
        edges.push(a[0]!, a[1]!, b[0]!, b[1]!);
      }
    }
    const n = edges.length / 4;
    this.ex0 = new Float64Array(n);
    this.ey0 = new Float64Array(n);
    this.ex1 = new Float64Array(n);
    this.ey1 = new Float64Array(n);
    for (let e = 0; e < n; e++) {
      this.ex0[e] = edges[4 * e]!;
      this.ey0[e] = edges[4 * e + 1]!;
      this.ex1[e] = edges[4 * e + 2]!;
      this.ey1[e] = edges[4 * e + 3]!;
    }
    // About 4 cells per edge (at least 32 × 32), capped: fine enough that most cells hold no edge.
    const side = Math.max(32, Math.min(1024, Math.ceil(Math.sqrt(n * 4))));
    const w = Math.max(bbox[2] - bbox[0], 1e-9);
    const h = Math.max(bbox[3] - bbox[1], 1e-9);
    this.nx = w >= h ? side : Math.max(1, Math.round((side * w) / h));
    this.ny = h > w ? side : Math.max(1, Math.round((side * h) / w));
    this.x0 = bbox[0];
    this.y0 = bbox[1];
    this.cw = w / this.nx;
    this.ch = h / this.ny;
    this.state = new Uint8Array(this.nx * this.ny);
    this.centreIn = new Uint8Array(this.nx * this.ny);
    for (let e = 0; e < n; e++) this.markEdge(e);
    this.classify(n);
  }

  private col(x: number): number {
    return Math.min(this.nx - 1, Math.max(0, Math.floor((x - this.x0) / this.cw)));
  }

  private row(y: number): number {
    return Math.min(this.ny - 1, Math.max(0, Math.floor((y - this.y0) / this.ch)));
  }

  /** Registers an edge in every cell it may pass through: the bboxes of pieces no longer than a cell. */
  private markEdge(e: number): void {
    const ax = this.ex0[e]!;
    const ay = this.ey0[e]!;
    const bx = this.ex1[e]!;
    const by = this.ey1[e]!;
    const pieces = Math.max(1, Math.ceil(Math.max(Math.abs(bx - ax) / this.cw, Math.abs(by - ay) / this.ch)));
    for (let k = 0; k < pieces; k++) {
      const px0 = ax + ((bx - ax) * k) / pieces;
      const py0 = ay + ((by - ay) * k) / pieces;
      const px1 = ax + ((bx - ax) * (k + 1)) / pieces;
      const py1 = ay + ((by - ay) * (k + 1)) / pieces;
      const c0 = this.col(Math.min(px0, px1));
      const c1 = this.col(Math.max(px0, px1));
      const r0 = this.row(Math.min(py0, py1));
      const r1 = this.row(Math.max(py0, py1));
      for (let r = r0; r <= r1; r++) {
        for (let c = c0; c <= c1; c++) {
          const cell = r * this.nx + c;
          const list = this.cellEdges.get(cell);
          if (!list) {
            this.cellEdges.set(cell, [e]);
            this.state[cell] = EDGE;
          } else if (list[list.length - 1] !== e) list.push(e);
        }
      }
    }
  }

  /** Inside/outside of every cell centre, by a scan line per row (even-odd over all rings). */
  private classify(n: number): void {
    const crossings: number[][] = Array.from({ length: this.ny }, () => []);
    for (let e = 0; e < n; e++) {
      const ay = this.ey0[e]!;
      const by = this.ey1[e]!;
      if (ay === by) continue;
      const lo = Math.min(ay, by);
      const hi = Math.max(ay, by);
      // Rows whose centre line y_r = y0 + (r + 0.5)·ch lies in [lo, hi).
      const rFirst = Math.max(0, Math.ceil((lo - this.y0) / this.ch - 0.5));
      const rLast = Math.min(this.ny - 1, Math.ceil((hi - this.y0) / this.ch - 0.5) - 1);
      for (let r = rFirst; r <= rLast; r++) {
        const y = this.y0 + (r + 0.5) * this.ch;
        if (ay > y === by > y) continue;
        crossings[r]!.push(this.ex0[e]! + ((this.ex1[e]! - this.ex0[e]!) * (y - ay)) / (by - ay));
      }
    }
    for (let r = 0; r < this.ny; r++) {
      const xs = crossings[r]!.sort((a, b) => a - b);
      let k = 0;
      for (let c = 0; c < this.nx; c++) {
        const x = this.x0 + (c + 0.5) * this.cw;
        while (k < xs.length && xs[k]! < x) k++;
        const inside = k % 2 === 1 ? 1 : 0;
        const cell = r * this.nx + c;
        this.centreIn[cell] = inside;
        if (this.state[cell] !== EDGE) this.state[cell] = inside ? IN : OUT;
      }
    }
  }

  /** Whether (x, y) is inside (points exactly on an edge may land on either side). */
  contains(x: number, y: number): boolean {
    const fx = (x - this.x0) / this.cw;
    const fy = (y - this.y0) / this.ch;
    if (!(fx >= 0 && fy >= 0 && fx <= this.nx && fy <= this.ny)) return false;
    const cell = Math.min(this.ny - 1, Math.floor(fy)) * this.nx + Math.min(this.nx - 1, Math.floor(fx));
    const s = this.state[cell]!;
    if (s !== EDGE) return s === IN;
    // From the centre's known state, flip once per edge the segment point→centre crosses.
    const cx = this.x0 + ((cell % this.nx) + 0.5) * this.cw;
    const cy = this.y0 + (Math.floor(cell / this.nx) + 0.5) * this.ch;
    let inside = this.centreIn[cell] === 1;
    for (const e of this.cellEdges.get(cell)!) {
      if (segmentsCross(x, y, cx, cy, this.ex0[e]!, this.ey0[e]!, this.ex1[e]!, this.ey1[e]!)) inside = !inside;
    }
    return inside;
  }
}

/** Proper crossing of segments pq and ab, half-open at a/b so a path through a shared vertex counts once. */
function segmentsCross(px: number, py: number, qx: number, qy: number, ax: number, ay: number, bx: number, by: number): boolean {
  const d1 = (bx - ax) * (py - ay) - (by - ay) * (px - ax);
  const d2 = (bx - ax) * (qy - ay) - (by - ay) * (qx - ax);
  if (d1 > 0 === d2 > 0) return false;
  const d3 = (qx - px) * (ay - py) - (qy - py) * (ax - px);
  const d4 = (qx - px) * (by - py) - (qy - py) * (bx - px);
  // a and b on opposite sides of pq, treating "on the line" as one side (≥ 0), consistently.
  return d3 >= 0 !== d4 >= 0;
}
