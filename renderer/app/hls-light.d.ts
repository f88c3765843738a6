// hls.js's light build (no subtitles, alternate audio, DRM or CMCD: none of which CCTV needs) has the
// same API as the full build but ships no declarations of its own.
declare module 'hls.js/light' {
  export * from 'hls.js';
  export { default } from 'hls.js';
}
