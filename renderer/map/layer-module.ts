/**
 * Layer modules are plain data: an id, the domain it belongs to, a title key, and pure functions
 * from the style context to maplibre source and layer specifications. Nothing here holds or
 * mutates map state; the map controller reconciles the produced style with the live map by id.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { LiveFeature } from '../../main/common/live-sync';
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { MessageKey } from '../i18n/ko';
import type { Palette, Theme } from './palette';

/** The map domains, in the order the layer list shows them (`panels`: the panel framework's layers). */
export const DOMAINS = ['k-geo', 'its-traffic', 'ndms', 'forest-disaster', 'panels'] as const;
export type DomainId = (typeof DOMAINS)[number];

export type Language = 'ko' | 'en';

/** The region whose boundary is highlighted (the one on the region card). */
export interface SelectionRef {
  level: 'sido' | 'sigungu' | 'emd';
  sgisCode: string;
}

/** Everything a module's style functions may depend on. */
export interface StyleContext {
  theme: Theme;
  language: Language;
  palette: Palette;
  /** Absolute URL of the app's root, ending in `/`; data lives under `${baseUrl}geo/`. */
  baseUrl: string;
  /** Highlighted region, if any. */
  selection: SelectionRef | null;
  /** Measurement drawing (lines, polygon, vertices). */
  measure: FeatureCollection;
}

/** Per-module operator choices. */
export interface LayerState {
  visible: boolean;
  /** 0..1, multiplied into every opacity the module's layers use. */
  opacity: number;
}

/** A layer module: data only. */
export interface LayerModule {
  /** `domain:name`, e.g. `k-geo:sido`. Every maplibre layer and source id it makes starts with it. */
  readonly id: string;
  readonly domain: DomainId;
  readonly titleKey: MessageKey;
  readonly defaultVisible: boolean;
  /** Internal overlays (selection, measurement) are not listed for the operator to toggle. */
  readonly listed: boolean;
  readonly sources: (ctx: StyleContext) => Record<string, SourceSpecification>;
  readonly layers: (ctx: StyleContext, state: LayerState) => LayerSpecification[];
  /**
   * Live sources: GeoJSON sources (declared empty in `sources`) that the live binder fills from a
   * stream of the live store, incrementally by feature id. Absent for static modules.
   */
  readonly live?: readonly LiveBinding[];
  /**
   * Live streams applied as feature-state on a (static) source's features, never rebuilding the
   * source: e.g. link speeds on the road network. Applied by `map/feature-state-binder.ts`.
   */
  readonly featureState?: readonly FeatureStateBinding[];
}

/** Which live stream sets the feature-state of which source's features. */
export interface FeatureStateBinding {
  readonly sourceId: string;
  readonly stream: string;
  /** The feature id (the source's promoted id) and state for one live feature; null to skip it. */
  readonly toState: (feature: LiveFeature) => { id: string | number; state: Record<string, unknown> } | null;
  /**
   * Several features per live record (e.g. the links of a closure); used instead of `toState` when given.
   * A feature named by two records of the stream keeps its state until neither names it.
   */
  readonly toStates?: (feature: LiveFeature) => Array<{ id: string | number; state: Record<string, unknown> }>;
  /**
   * The state keys this binding owns. Given, a feature no longer named gets these keys set to null
   * (other bindings on the same source keep theirs) instead of losing its whole state.
   */
  readonly ownKeys?: readonly string[];
}

/** Which live stream feeds which of a module's sources. */
export interface LiveBinding {
  readonly sourceId: string;
  readonly stream: string;
  /**
   * The GeoJSON features drawn for one live feature (default: its geometry with its props, id = key).
   * Every id must start with the feature's key, so that one key's features can be replaced together.
   */
  readonly toFeatures?: (feature: LiveFeature) => Feature[];
}

/** URL of a generated geo-data file. */
export function geoUrl(ctx: StyleContext, path: string): string {
  return `${ctx.baseUrl}geo/${path}`;
}

/** Label text by language: English falls back to Korean where a feature has no English name. */
export function labelText(ctx: StyleContext): ['get', string] | ['coalesce', ['get', string], ['get', string]] {
  return ctx.language === 'ko' ? ['get', 'name'] : ['coalesce', ['get', 'nameEn'], ['get', 'name']];
}

export function visibility(state: LayerState): 'visible' | 'none' {
  return state.visible ? 'visible' : 'none';
}

/** Font stacks served from `geo/glyphs/`; Hangul comes from the bundled font (see fonts.ts). */
export const FONT_REGULAR = ['Noto Sans Regular'];
export const FONT_MEDIUM = ['Noto Sans Medium'];
