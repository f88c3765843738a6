/**
 * A mode that owns map clicks for a while (the alert draft's region picking and polygon drawing): while
 * an interceptor is set and answers true, the map view's own click handling (cards, region card) is
 * skipped. One at a time; the mode clears it when it ends.
 */
type Interceptor = (lon: number, lat: number) => boolean;

let current: Interceptor | null = null;

export function setClickInterceptor(fn: Interceptor | null): void {
  current = fn;
}

/** Called first by the map's click handler; true when the click was taken. */
export function interceptClick(lon: number, lat: number): boolean {
  return current ? current(lon, lat) : false;
}
