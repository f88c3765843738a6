/**
 * A tiny, really decodable HLS stream for the e2e tests, written without any encoder: H.264 Baseline
 * frames made only of I_PCM macroblocks (raw samples, so every pixel has exactly the colour given),
 * in MPEG-TS segments (PAT, PMT, one video PES per frame), listed by a live media playlist. Stands in
 * for an upstream camera server, which is outside the product.
 */

// ---- H.264 ----
class Bits {
  private bytes: number[] = [];
  private cur = 0;
  private n = 0;
  u(width: number, value: number): this {
    for (let i = width - 1; i >= 0; i--) {
      this.cur = (this.cur << 1) | ((value >>> i) & 1);
      if (++this.n === 8) this.flush();
    }
    return this;
  }
  /** Unsigned Exp-Golomb. */
  ue(value: number): this {
    const v = value + 1;
    const len = 32 - Math.clz32(v);
    return this.u(len - 1, 0).u(len, v);
  }
  /** Signed Exp-Golomb (only 0 is used here). */
  se(value: number): this {
    return this.ue(value <= 0 ? -2 * value : 2 * value - 1);
  }
  align(): this {
    while (this.n !== 0) this.u(1, 0);
    return this;
  }
  byte(b: number): this {
    return this.u(8, b);
  }
  /** rbsp_trailing_bits: a stop bit, then zeros to the byte boundary. */
  trailing(): number[] {
    this.u(1, 1).align();
    return this.bytes;
  }
  private flush(): void {
    this.bytes.push(this.cur & 0xff);
    this.cur = 0;
    this.n = 0;
  }
}

/** A NAL unit in Annex B form (start code, header, RBSP with emulation prevention). */
function nal(header: number, rbsp: number[]): Buffer {
  const out = [0, 0, 0, 1, header];
  let zeros = 0;
  for (const b of rbsp) {
    if (zeros >= 2 && b <= 3) {
      out.push(3);
      zeros = 0;
    }
    out.push(b);
    zeros = b === 0 ? zeros + 1 : 0;
  }
  return Buffer.from(out);
}

export interface Yuv {
  y: number;
  cb: number;
  cr: number;
}

/** One IDR access unit of w×h (multiples of 16) in a single colour: AUD, SPS, PPS, I_PCM slice. */
function idrFrame(w: number, h: number, colour: Yuv, idrPicId: number): Buffer {
  const aud = nal(0x09, new Bits().u(3, 0).trailing());
  const sps = new Bits()
    .byte(66) // profile_idc: Baseline
    .byte(0xc0) // constraint_set0/1
    .byte(30) // level_idc 3.0
    .ue(0) // seq_parameter_set_id
    .ue(0) // log2_max_frame_num_minus4
    .ue(2) // pic_order_cnt_type: output order = decoding order
    .ue(1) // max_num_ref_frames
    .u(1, 0) // gaps_in_frame_num_value_allowed_flag
    .ue(w / 16 - 1)
    .ue(h / 16 - 1)
    .u(1, 1) // frame_mbs_only_flag
    .u(1, 1) // direct_8x8_inference_flag
    .u(1, 0) // frame_cropping_flag
    .u(1, 0) // vui_parameters_present_flag
    .trailing();
  const pps = new Bits()
    .ue(0) // pic_parameter_set_id
    .ue(0) // seq_parameter_set_id
    .u(1, 0) // entropy_coding_mode_flag: CAVLC
    .u(1, 0) // bottom_field_pic_order_in_frame_present_flag
    .ue(0) // num_slice_groups_minus1
    .ue(0) // num_ref_idx_l0_default_active_minus1
    .ue(0) // num_ref_idx_l1_default_active_minus1
    .u(1, 0) // weighted_pred_flag
    .u(2, 0) // weighted_bipred_idc
    .se(0) // pic_init_qp_minus26
    .se(0) // pic_init_qs_minus26
    .se(0) // chroma_qp_index_offset
    .u(1, 0) // deblocking_filter_control_present_flag
    .u(1, 0) // constrained_intra_pred_flag
    .u(1, 0) // redundant_pic_cnt_present_flag
    .trailing();
  const slice = new Bits()
    .ue(0) // first_mb_in_slice
    .ue(7) // slice_type: I (all slices of the picture)
    .ue(0) // pic_parameter_set_id
    .u(4, 0) // frame_num
    .ue(idrPicId)
    .u(1, 0) // no_output_of_prior_pics_flag
    .u(1, 0) // long_term_reference_flag
    .se(0); // slice_qp_delta
  for (let mb = 0; mb < (w / 16) * (h / 16); mb++) {
    slice.ue(25).align(); // mb_type I_PCM, pcm_alignment_zero_bits
    for (let i = 0; i < 256; i++) slice.byte(colour.y);
    for (let i = 0; i < 64; i++) slice.byte(colour.cb);
    for (let i = 0; i < 64; i++) slice.byte(colour.cr);
  }
  return Buffer.concat([aud, nal(0x67, sps), nal(0x68, pps), nal(0x65, slice.trailing())]);
}

// ---- MPEG-TS ----
const PMT_PID = 0x1000;
const VIDEO_PID = 0x100;

function crc32Mpeg(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte << 24;
    for (let k = 0; k < 8; k++) crc = crc & 0x80000000 ? (crc << 1) ^ 0x04c11db7 : crc << 1;
  }
  return crc >>> 0;
}

function psi(tableId: number, body: number[]): Buffer {
  const sectionLength = body.length + 5 + 4; // after section_length: 5 header bytes, body, CRC
  const section = Buffer.from([tableId, 0xb0 | (sectionLength >> 8), sectionLength & 0xff, 0x00, 0x01, 0xc1, 0x00, 0x00, ...body]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32Mpeg(section));
  return Buffer.concat([Buffer.from([0]), section, crc]); // pointer_field first
}

/** TS packets carrying one payload on a PID; the last is padded with adaptation-field stuffing. */
function packets(pid: number, payload: Buffer, counters: Map<number, number>): Buffer[] {
  const out: Buffer[] = [];
  for (let off = 0, first = true; off < payload.length || first; first = false) {
    const cc = counters.get(pid) ?? 0;
    counters.set(pid, (cc + 1) & 0x0f);
    const take = Math.min(184, payload.length - off);
    const pkt = Buffer.alloc(188, 0xff);
    pkt[0] = 0x47;
    pkt[1] = (first ? 0x40 : 0) | (pid >> 8);
    pkt[2] = pid & 0xff;
    if (take === 184) {
      pkt[3] = 0x10 | cc;
      payload.copy(pkt, 4, off, off + take);
    } else {
      pkt[3] = 0x30 | cc; // adaptation field + payload
      const afLen = 183 - take;
      pkt[4] = afLen;
      if (afLen > 0) pkt[5] = 0x00; // flags; the rest stays 0xff stuffing
      payload.copy(pkt, 188 - take, off, off + take);
    }
    out.push(pkt);
    off += take;
  }
  return out;
}

function pts(value: number): Buffer {
  return Buffer.from([0x21 | (((value / 2 ** 30) & 0x07) << 1), (value >> 22) & 0xff, 0x01 | ((value >> 14) & 0xfe), (value >> 7) & 0xff, 0x01 | ((value << 1) & 0xfe)]);
}

/** One TS segment of `frames` single-colour IDR frames at `fps`, the first presented at `start90k`. */
export function tsSegment(opts: { width: number; height: number; colour: Yuv; frames: number; fps: number; start90k: number }): Buffer {
  const counters = new Map<number, number>();
  const pat = psi(0x00, [0x00, 0x01, 0xe0 | (PMT_PID >> 8), PMT_PID & 0xff]);
  const pmt = psi(0x02, [0xe0 | (VIDEO_PID >> 8), VIDEO_PID & 0xff, 0xf0, 0x00, 0x1b, 0xe0 | (VIDEO_PID >> 8), VIDEO_PID & 0xff, 0xf0, 0x00]);
  const out: Buffer[] = [...packets(0, pat, counters), ...packets(PMT_PID, pmt, counters)];
  for (let i = 0; i < opts.frames; i++) {
    const es = idrFrame(opts.width, opts.height, opts.colour, i % 2);
    const pes = Buffer.concat([Buffer.from([0, 0, 1, 0xe0, 0, 0, 0x80, 0x80, 5]), pts(opts.start90k + Math.round((i * 90_000) / opts.fps)), es]);
    out.push(...packets(VIDEO_PID, pes, counters));
  }
  return Buffer.concat(out);
}

/** A live media playlist (no ENDLIST, so players keep reloading it) of `count` segments. */
export function livePlaylist(segmentSeconds: number, names: readonly string[]): string {
  return ['#EXTM3U', '#EXT-X-VERSION:3', `#EXT-X-TARGETDURATION:${Math.ceil(segmentSeconds)}`, '#EXT-X-MEDIA-SEQUENCE:0', ...names.flatMap((n) => [`#EXTINF:${segmentSeconds.toFixed(3)},`, n]), ''].join('\n');
}
