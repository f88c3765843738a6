/**
 * Map colours per theme. Boundary and highlight colours are chosen to stay distinct under the
 * common colour-vision deficiencies (blue/amber contrasts, lightness steps between levels).
 */
export type Theme = 'dark' | 'light';

export interface Palette {
  sea: string;
  land: string;
  neighbour: string;
  neighbourLine: string;
  coastline: string;
  sidoFill: string;
  sidoLine: string;
  sigunguLine: string;
  emdLine: string;
  text: string;
  textMuted: string;
  halo: string;
  highlight: string;
  measure: string;
  port: string;
  airport: string;
  peak: string;
}

const dark: Palette = {
  sea: '#050c14',
  land: '#18212b',
  neighbour: '#151d26',
  neighbourLine: '#34475a',
  coastline: '#5b84a8',
  sidoFill: '#22303e',
  sidoLine: '#b9cde0',
  sigunguLine: '#6f8aa3',
  emdLine: '#44586b',
  text: '#eef3f8',
  textMuted: '#a9bacb',
  halo: '#07111c',
  highlight: '#ffb000',
  measure: '#00d8ff',
  port: '#4fc3f7',
  airport: '#e0e0e0',
  peak: '#a5d6a7',
};

const light: Palette = {
  sea: '#cfe2f1',
  land: '#f8f6f1',
  neighbour: '#e6e3dc',
  neighbourLine: '#b9b4aa',
  coastline: '#5f86a6',
  sidoFill: '#efece4',
  sidoLine: '#3c4a59',
  sigunguLine: '#7b8898',
  emdLine: '#aab4bf',
  text: '#16202a',
  textMuted: '#3f4d5b',
  halo: '#ffffff',
  highlight: '#c2410c',
  measure: '#0057b8',
  port: '#0369a1',
  airport: '#27272a',
  peak: '#2e7d32',
};

export function paletteFor(theme: Theme): Palette {
  return theme === 'dark' ? dark : light;
}
