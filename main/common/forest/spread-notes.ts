/**
 * What the spread prediction assumes and where its relationships come from, as text for the UI
 * (the renderer shows these beside the 1/3/6-hour ellipses) and for the core's comments.
 */
import { z } from 'zod';
import { fuelClassSchema } from './types.js';

/** Operator / scenario input for a spread prediction. */
export const spreadInputSchema = z.object({
  /** Ignition point [lon, lat]. */
  origin: z.tuple([z.number().min(124).max(132), z.number().min(33).max(39)]),
  /** Direction the wind blows FROM, degrees clockwise from north (meteorological convention). */
  windFromDeg: z.number().min(0).max(360),
  /** 10-m open wind speed, m/s (as KMA forecasts and AWS stations give it). */
  windSpeedMs: z.number().min(0).max(60),
  /** Forest stand fuel class under the fire; unknown → mixed. */
  fuel: fuelClassSchema.nullable().optional(),
  /** Wind adjustment factor, 10-m wind → midflame wind (default 0.4). */
  waf: z.number().gt(0).max(1).optional(),
  /** Head-fire rate of spread entered by the operator (m/min), overriding the fuel-class estimate. */
  rosMpm: z.number().positive().max(500).optional(),
  /** Horizons in hours (default 1, 3, 6). */
  hours: z.array(z.number().positive().max(72)).min(1).max(8).optional(),
});
export type SpreadInput = z.infer<typeof spreadInputSchema>;

/** Default wind adjustment factor, a typical unsheltered value in Andrews (2012). */
export const DEFAULT_WAF = 0.4;

/**
 * Head-fire rate of spread as a fraction of the 10-m open wind speed, per fuel class. Conifer 0.10 is
 * Cruz & Alexander's (2019) rule of thumb; broadleaf and mixed are this product's scaling (assumption).
 */
export const ROS_WIND_FRACTION = { conifer: 0.1, mixed: 0.075, broadleaf: 0.05 } as const;

/** Smallest head-fire rate used (calm air still lets a fire creep), m/min — an assumption. */
export const MIN_ROS_MPM = 0.5;

export const SPREAD_SOURCES: readonly string[] = [
  'Anderson, H.E. (1983). Predicting wind-driven wild land fire size and shape. USDA Forest Service Research Paper INT-305 — length-to-breadth ratio LB = 0.936·e^(0.2566·U) + 0.461·e^(−0.1548·U) − 0.397, U = midflame wind (mi/h).',
  'Van Wagner, C.E. (1969). A simple fire-growth model. Forestry Chronicle 45: 103–104 — elliptical growth from a point under constant wind.',
  'Alexander, M.E. (1985). Estimating the length-to-breadth ratio of elliptical forest fire patterns. Proc. 8th Conf. Fire and Forest Meteorology — head-to-back ratio (LB + √(LB²−1)) / (LB − √(LB²−1)), i.e. ignition at the rear focus.',
  "Cruz, M.G. & Alexander, M.E. (2019). The 10% wind speed rule of thumb for estimating a wildfire's forward rate of spread in forests and shrublands. Annals of Forest Science 76: 44.",
  "Andrews, P.L. (2012). Modeling wind adjustment factor and midflame wind speed for Rothermel's surface fire spread model. USDA Forest Service Gen. Tech. Rep. RMRS-GTR-266.",
];

export const SPREAD_ASSUMPTIONS: readonly string[] = [
  'Flat terrain: slope is ignored (fires run faster uphill; Korean ridges can double the rate).',
  'Constant wind speed and direction over the whole horizon, entered by the operator or the scenario.',
  'Fuel class from the forest stand under the ignition point; unknown stands are treated as mixed forest.',
  'Head-fire rate = 10 % of the 10-m open wind speed for conifer stands (Cruz & Alexander 2019), 7.5 % for mixed and 5 % for broadleaf (this product\'s scaling, not from the literature); at least 0.5 m/min.',
  'Midflame wind = 0.4 × 10-m wind (wind adjustment factor, Andrews 2012), used only for the shape.',
  'Shape: an ellipse with the ignition at its rear focus (Van Wagner 1969; Alexander 1985), length-to-breadth ratio from Anderson (1983).',
  'No spotting, no suppression, no fuel breaks, roads or rivers: the prediction is a worst-case free-burning outline.',
];
