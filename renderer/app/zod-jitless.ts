/**
 * zod 4 probes whether it may compile parsers with `new Function` the first time it parses an object.
 * The renderer's CSP forbids eval (no 'unsafe-eval'), so the probe would only raise a CSP violation
 * before zod falls back; tell zod up front to stay interpreted. Imported first by the entry.
 */
import { config } from 'zod';

config({ jitless: true });
