/**
 * GET with a timeout and proxy support. Node 20's built-in fetch ignores HTTP(S)_PROXY, so when a
 * proxy applies we use undici's fetch with a ProxyAgent (undici ships in node_modules; if it cannot
 * be loaded the request fails loudly instead of silently bypassing the agency proxy).
 */

/** The response as far as connectors care. */
export interface HttpResult {
  status: number;
  body: string;
  viaProxy: string | null;
}

/** The proxy URL for `target` from the environment (HTTPS_PROXY / HTTP_PROXY, NO_PROXY), or null. */
export function proxyFor(target: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const u = new URL(target);
  const noProxy = (env['NO_PROXY'] ?? env['no_proxy'] ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const host = u.hostname.toLowerCase();
  if (noProxy.some((n) => n === '*' || host === n.replace(/^\./, '') || host.endsWith(n.startsWith('.') ? n : `.${n}`))) return null;
  const proxy = u.protocol === 'https:' ? (env['HTTPS_PROXY'] ?? env['https_proxy'] ?? env['HTTP_PROXY'] ?? env['http_proxy']) : (env['HTTP_PROXY'] ?? env['http_proxy']);
  return proxy && proxy.length > 0 ? proxy : null;
}

export async function httpGet(url: string, opts: { timeoutMs: number; proxy?: string | null; headers?: Record<string, string> }): Promise<HttpResult> {
  const signal = AbortSignal.timeout(opts.timeoutMs);
  const proxy = opts.proxy === undefined ? proxyFor(url) : opts.proxy;
  if (proxy) {
    const undici = await import('undici');
    const dispatcher = new undici.ProxyAgent(proxy);
    try {
      const res = await undici.fetch(url, { signal, dispatcher, headers: opts.headers ?? {} });
      return { status: res.status, body: await res.text(), viaProxy: proxy };
    } finally {
      await dispatcher.close().catch(() => undefined);
    }
  }
  const res = await fetch(url, { signal, headers: opts.headers ?? {} });
  return { status: res.status, body: await res.text(), viaProxy: null };
}
