/** ITS road network in core: graph and routing, detours, live state, MOCT importer. */
export { RoadGraph, MIN_SPEED_KMH, type GraphLink, type PathResult } from './road-graph.js';
export { detour, detours, closedStretches, type ClosedStretch, type DetourResult } from './detour.js';
export { loadRoadGraph, graphLinksFromGeoJson } from './load-road-graph.js';
export { ItsRoadState, DETOUR_SOURCE } from './its-road-state.js';
export { importMoctLinks, importMoctNodes, readMoctFolder, EPSG_5186, type ImportReject, type MoctImport } from './moct/moct-import.js';
