/**
 * Hangul on the map comes from the bundled Noto Sans KR files, not from system fonts: the glyph
 * PBFs have empty Hangul ranges, so the style's `font-faces` pins the Hangul ranges of each text
 * font stack to the bundled woff2 files. (maplibre's `localIdeographFontFamily` only applies to
 * its default font stack, which this style does not use; it is still set to 'Noto Sans KR'.)
 */
import type { FontFacesSpecification } from 'maplibre-gl';

/** Hangul Jamo, compatibility Jamo, Jamo extended A/B, syllables, CJK symbols and full-width forms. */
export const HANGUL_RANGES = ['U+1100-11FF', 'U+3000-303F', 'U+3130-318F', 'U+A960-A97F', 'U+AC00-D7AF', 'U+D7B0-D7FF', 'U+FF00-FFEF'];

export function hangulFontFaces(urls: { regular: string; medium: string }): FontFacesSpecification {
  const faces = (url: string) => [{ url, 'unicode-range': HANGUL_RANGES }];
  return { 'Noto Sans Regular': faces(urls.regular), 'Noto Sans Medium': faces(urls.medium) };
}
