import { buildCsp } from './csp.js';

function directives(csp: string): Map<string, string[]> {
  return new Map(csp.split('; ').map((d) => {
    const [name, ...values] = d.split(' ');
    return [name ?? '', values];
  }));
}

describe('buildCsp', () => {
  it('is strict by default', () => {
    const d = directives(buildCsp());
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('worker-src')).toEqual(["'self'"]);
    expect(d.get('style-src')).toEqual(["'self'"]);
    expect(d.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(d.get('connect-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'none'"]);
    expect(d.get('frame-ancestors')).toEqual(["'none'"]);
    expect(d.get('form-action')).toEqual(["'none'"]);
    expect(buildCsp()).not.toMatch(/unsafe-eval|unsafe-inline|\*/);
  });

  it('adds configured tile, media and connect origins where they belong', () => {
    const d = directives(buildCsp({ tileOrigins: ['https://tiles.example.kr'], mediaOrigins: ['https://cctv.example.kr:8443'], connectOrigins: ['ws://127.0.0.1:4567'] }));
    expect(d.get('img-src')).toEqual(["'self'", 'data:', 'blob:', 'https://tiles.example.kr', 'https://cctv.example.kr:8443']);
    expect(d.get('connect-src')).toEqual(["'self'", 'https://tiles.example.kr', 'https://cctv.example.kr:8443', 'ws://127.0.0.1:4567']);
    expect(d.get('media-src')).toEqual(["'self'", 'blob:', 'https://cctv.example.kr:8443']);
    expect(d.get('script-src')).toEqual(["'self'"]);
  });

  it('allows inline styles only when asked', () => {
    expect(directives(buildCsp({ allowInlineStyles: true })).get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it.each(['*', 'https://*.example.com', "https://a.kr; script-src 'unsafe-eval'", 'https://a.kr/path', 'javascript:', "'unsafe-inline'", 'data:', 'https://a.kr https://b.kr'])(
    'refuses the origin %s',
    (origin) => {
      expect(() => buildCsp({ tileOrigins: [origin] })).toThrow(/not a valid origin/);
    },
  );
});
