import { decideCameraUrl } from './cctv-origins';

describe('camera URLs only from configured origins', () => {
  const configured = ['http://127.0.0.1:8123', 'https://cctv.example.go.kr'];

  it('admits a URL whose scheme, host and port match a configured origin', () => {
    expect(decideCameraUrl('http://127.0.0.1:8123/still/a.png?t=1', configured)).toEqual({ ok: true, url: 'http://127.0.0.1:8123/still/a.png?t=1', origin: 'http://127.0.0.1:8123' });
    expect(decideCameraUrl('https://CCTV.example.go.kr:443/live/x.m3u8', configured)).toMatchObject({ ok: true, origin: 'https://cctv.example.go.kr' });
  });

  it('refuses another port, scheme, host or a look-alike host', () => {
    for (const url of ['http://127.0.0.1:8124/a.png', 'https://127.0.0.1:8123/a.png', 'http://cctv.example.go.kr/a.png', 'https://cctv.example.go.kr.evil.example/a.png', 'https://evil.example/?https://cctv.example.go.kr']) {
      expect(decideCameraUrl(url, configured), url).toMatchObject({ ok: false, reason: 'not-configured' });
    }
  });

  it('refuses what is not an http(s) URL, and everything when nothing is configured', () => {
    for (const url of ['javascript:alert(1)', 'data:image/png;base64,AAAA', 'file:///etc/passwd', 'not a url']) expect(decideCameraUrl(url, configured)).toEqual({ ok: false, reason: 'bad-url', origin: null });
    expect(decideCameraUrl('http://127.0.0.1:8123/a.png', [])).toMatchObject({ ok: false, reason: 'not-configured', origin: 'http://127.0.0.1:8123' });
  });
});
