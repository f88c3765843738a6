// sitroom serve's hub flags: which hub a launch uses.
import { hubFromFlags } from './serve.js';

describe('sitroom serve hub flags', () => {
  it('uses the settings by default, --no-demo for none, --hub/--token for a remote hub', () => {
    expect(hubFromFlags({})).toBeUndefined();
    expect(hubFromFlags({ 'no-demo': true })).toBe('off');
    expect(hubFromFlags({ hub: 'http://10.0.0.5:7400', token: 'T0k3n' })).toEqual({ mode: 'remote', url: 'http://10.0.0.5:7400', token: 'T0k3n' });
  });

  it('refuses incomplete or contradictory flags with a reason', () => {
    expect(hubFromFlags({ hub: 'http://10.0.0.5:7400' })).toMatchObject({ error: expect.stringMatching(/token/) });
    expect(hubFromFlags({ token: 'x' })).toEqual({ error: '--token needs --hub' });
    expect(hubFromFlags({ hub: 'ftp://x', token: 'x' })).toMatchObject({ error: expect.stringMatching(/url/) });
    expect(hubFromFlags({ hub: 'http://x', token: 'x', 'no-demo': true })).toMatchObject({ error: expect.stringMatching(/exclude/) });
  });
});
