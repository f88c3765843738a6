/**
 * The bundled Korean font (Noto Sans KR, SIL OFL, from @fontsource/noto-sans-kr), so that neither the
 * UI nor the map depends on the fonts installed on the workstation. Only the Korean and Latin
 * subsets in two weights are bundled. They are registered with the CSS Font Loading API (no
 * stylesheet needed) and loaded before the map is created, so the first labels drawn use them.
 */
import korean400 from '@fontsource/noto-sans-kr/files/noto-sans-kr-korean-400-normal.woff2?url';
import korean700 from '@fontsource/noto-sans-kr/files/noto-sans-kr-korean-700-normal.woff2?url';
import latin400 from '@fontsource/noto-sans-kr/files/noto-sans-kr-latin-400-normal.woff2?url';
import latin700 from '@fontsource/noto-sans-kr/files/noto-sans-kr-latin-700-normal.woff2?url';

export const UI_FONT_FAMILY = 'Noto Sans KR';

const LATIN_RANGE = 'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD';

/** Absolute URLs of the Hangul font files, for the map style's `font-faces`. */
export function hangulFontUrls(): { regular: string; medium: string } {
  return { regular: new URL(korean400, document.baseURI).href, medium: new URL(korean700, document.baseURI).href };
}

/** Register the faces and wait until they are loaded (resolves even if one fails: text still shows). */
export async function loadFonts(): Promise<void> {
  const faces = [
    new FontFace(UI_FONT_FAMILY, `url(${latin400}) format('woff2')`, { weight: '400', unicodeRange: LATIN_RANGE }),
    new FontFace(UI_FONT_FAMILY, `url(${latin700}) format('woff2')`, { weight: '700', unicodeRange: LATIN_RANGE }),
    new FontFace(UI_FONT_FAMILY, `url(${korean400}) format('woff2')`, { weight: '400' }),
    new FontFace(UI_FONT_FAMILY, `url(${korean700}) format('woff2')`, { weight: '700' }),
  ];
  for (const face of faces) document.fonts.add(face);
  const results = await Promise.allSettled(faces.map((f) => f.load()));
  for (const r of results) if (r.status === 'rejected') console.warn('font failed to load', r.reason);
  // Also what maplibre's localIdeographFontFamily asks the browser for.
  await document.fonts.load(`400 16px "${UI_FONT_FAMILY}"`, '가').catch(() => undefined);
}
