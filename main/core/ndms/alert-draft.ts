/**
 * Drafting back-end: message length as the channel counts it, draft validation, and the `ops.ndms`
 * command a send submits (the draft, the sending user, and the CAP 1.2 document).
 */
import iconv from 'iconv-lite';
import type { OpsSubmitArgs } from '../../common/live-sync.js';
import { REPORT_OPS } from '../../common/ndms/report-types.js';
import { ALERT_CANCEL_KIND, ALERT_SEND_KIND, ALERT_UPDATE_KIND, type AlertCancel, alertCancelSchema, type AlertDraft, alertDraftSchema, canDraftAlerts, type NdmsRole } from '../../common/ndms/draft.js';
import { cancelToCap, draftToCap, exportCap } from './cap-export.js';

/** How a channel counts length: Unicode characters (code points) or EUC-KR bytes (2 per Hangul syllable). */
export type LengthMode = 'chars' | 'euc-kr-bytes';

export interface MessageLength {
  length: number;
  /** Characters EUC-KR cannot carry (emoji, rare Hanja, 뷁-style syllables outside KS X 1001); empty in chars mode. */
  unencodable: string[];
}

/** Length of a text as a channel counts it. Characters EUC-KR cannot encode are listed, each counted as 2 bytes. */
export function messageLength(text: string, mode: LengthMode): MessageLength {
  const chars = [...text];
  if (mode === 'chars') return { length: chars.length, unencodable: [] };
  let length = 0;
  const unencodable: string[] = [];
  for (const ch of chars) {
    const bytes = iconv.encode(ch, 'euc-kr');
    if (iconv.decode(bytes, 'euc-kr') !== ch) {
      unencodable.push(ch);
      length += 2;
    } else length += bytes.length;
  }
  return { length, unencodable: [...new Set(unencodable)] };
}

export type SendResult = { ok: true; command: OpsSubmitArgs; capXml: string } | { ok: false; reason: string };

/**
 * Validates a draft for sending by `role` and builds the command: stream `ops.ndms`, kind
 * `alert.send`, key the draft id, props {draft, user, capXml, lengths}. `maxLength` (per `mode`) is
 * the channel's limit for the Korean text.
 */
export function sendDraft(input: unknown, role: NdmsRole, opts: { mode: LengthMode; maxLength: number }): SendResult {
  if (!canDraftAlerts(role)) return { ok: false, reason: `role ${role} may not send alerts (supervisors only)` };
  const parsed = alertDraftSchema.safeParse(input);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    return { ok: false, reason: `draft ${i.path.join('.') || ''}: ${i.message}`.replace(' : ', ': ') };
  }
  const draft: AlertDraft = parsed.data;
  const len = messageLength(draft.texts.ko, opts.mode);
  if (len.length > opts.maxLength) return { ok: false, reason: `Korean text is ${len.length} ${opts.mode === 'chars' ? 'characters' : 'EUC-KR bytes'}, over the channel's ${opts.maxLength}` };
  if (opts.mode === 'euc-kr-bytes' && len.unencodable.length > 0) return { ok: false, reason: `characters the channel cannot carry: ${len.unencodable.join(' ')}` };
  const capXml = exportCap(draftToCap(draft));
  // An Update is its own kind, so the log (and the hub's role table) tell it from a first send.
  const kind = draft.msgType === 'Update' ? ALERT_UPDATE_KIND : ALERT_SEND_KIND;
  return { ok: true, capXml, command: { stream: REPORT_OPS.stream, kind, key: `draft:${draft.id}`, props: { draft, user: draft.user, capXml, length: len.length, lengthMode: opts.mode } } };
}

/**
 * Validates a cancel of the drafted alert `original` by `role` and builds the command: stream
 * `ops.ndms`, kind `alert.cancel`, key `cancel:<original id>`, props {cancel, user, capXml} where
 * capXml is the CAP 1.2 Cancel message (a new identifier, `references` naming the original).
 */
export function cancelAlert(original: AlertDraft, input: unknown, role: NdmsRole): SendResult {
  if (!canDraftAlerts(role)) return { ok: false, reason: `role ${role} may not cancel alerts (supervisors only)` };
  const parsed = alertCancelSchema.safeParse(input);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    return { ok: false, reason: `cancel ${i.path.join('.') || ''}: ${i.message}`.replace(' : ', ': ') };
  }
  const cancel: AlertCancel = parsed.data;
  const capXml = exportCap(cancelToCap(original, cancel));
  return { ok: true, capXml, command: { stream: REPORT_OPS.stream, kind: ALERT_CANCEL_KIND, key: `cancel:${original.id}`, props: { cancel, user: cancel.user, capXml } } };
}
