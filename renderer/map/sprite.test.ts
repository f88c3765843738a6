/// <reference types="vite/client" />
import airportSvg from '@mapbox/maki/icons/airport.svg?raw';
import { svgPathData } from './sprite';

describe('place icons', () => {
  it('extracts the path data of the maki icons, character references decoded', () => {
    const [d] = svgPathData(airportSvg);
    expect(d).toMatch(/^M15,6\.8182/);
    expect(d).not.toMatch(/&#/);
  });
});
