/** The renderer's CSP: one builder shared with the browser host (see main/core/web/csp.ts). */
export { buildCsp, checkOrigin, type CspOptions } from '../../core/web/csp.js';
