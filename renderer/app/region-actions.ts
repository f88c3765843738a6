/** Region lookups behind the card and the search box. */
import type { RegionHit, RegionLevel } from '../../main/common/region-types';
import type { AppStores } from './stores';

/** Click on the map: point → region → the municipality's card (the level the card opens at). */
export async function showRegionAt(stores: AppStores, lon: number, lat: number): Promise<void> {
  const ui = stores.ui.getState();
  ui.setCardLoading(true);
  try {
    const hit = await stores.api.invoke('region:at', { lon, lat });
    if (!hit) {
      stores.ui.getState().showOutside();
      return;
    }
    await showCard(stores, 'sigungu', hit.sigungu.code, hit);
  } catch (e) {
    console.warn('region lookup failed', e);
    stores.ui.getState().setCardLoading(false);
  }
}

/** The code a level is looked up by: Interior code for sido/sigungu, SGIS code for dongs. */
export function cardCode(level: RegionLevel, hit: RegionHit): string | null {
  if (level === 'sido') return hit.sido.code;
  if (level === 'sigungu') return hit.sigungu.code;
  return hit.emd?.sgisCode ?? null;
}

export async function showCard(stores: AppStores, level: RegionLevel, code: string, hit: RegionHit | null): Promise<void> {
  stores.ui.getState().setCardLoading(true);
  try {
    const card = await stores.api.invoke('region:card', { level, code });
    stores.ui.getState().showCard(card, hit);
  } catch (e) {
    console.warn('region card failed', e);
    stores.ui.getState().setCardLoading(false);
  }
}
