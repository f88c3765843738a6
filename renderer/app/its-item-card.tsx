/**
 * The card of a clicked ITS item, read live from the store by its key: an incident (type, road,
 * lanes blocked, start and end in KST, message), a hazard warning, a variable message sign (its
 * current text, lines kept) or a camera (the CCTV viewer). Upstream text is rendered as text, never
 * as markup. Exercise data says so.
 */
import { useStore } from 'zustand';
import { formatKst } from '../../main/common/its/kst-format';
import type { LiveFeature } from '../../main/common/live-sync';
import type { MessageKey } from '../i18n/ko';
import { itsSelection, type SelectedItem } from '../state/its-selection';
import { assertNever } from '../util/assert-never';
import { CctvViewer } from './its-cctv-viewer';
import './its-cards.css';
import { useLive, useT } from './stores';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

const INCIDENT_KINDS = ['accident', 'construction', 'weather', 'disaster', 'other'] as const;
const KIND_KEY: Record<(typeof INCIDENT_KINDS)[number], MessageKey> = { accident: 'live.incident.acc', construction: 'live.incident.cor', weather: 'live.incident.wea', disaster: 'live.incident.dis', other: 'live.incident.other' };
const LANES_KEY: Record<string, MessageKey> = { none: 'its.lanesBlock.none', shoulder: 'its.lanesBlock.shoulder', partial: 'its.lanesBlock.partial', full: 'its.lanesBlock.full' };
const HAZARD_KEY: Record<string, MessageKey> = { fog: 'its.hazard.fog', ice: 'its.hazard.ice', collapse: 'its.hazard.collapse' };

function Row({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </>
  );
}

function IncidentBody({ f, t }: { f: LiveFeature; t: T }) {
  const p = f.props;
  const kind = INCIDENT_KINDS.find((k) => k === p['kind']) ?? 'other';
  const block = str(p['lanesBlock']);
  const lanes = [block && LANES_KEY[block] ? t(LANES_KEY[block]) : null, str(p['lanesBlocked']) ?? (typeof p['lanesBlocked'] === 'number' ? String(p['lanesBlocked']) : null)].filter(Boolean).join(' · ');
  const start = num(p['startTs']) ?? f.ts;
  const end = num(p['endTs']);
  return (
    <dl>
      <Row label={t('its.incident.kind')} value={t(KIND_KEY[kind])} testId="its-incident-kind" />
      {str(p['eventDetailType']) && <Row label={t('its.incident.detail')} value={str(p['eventDetailType'])!} />}
      <Row label={t('its.incident.road')} value={str(p['roadName']) ?? '—'} />
      <Row label={t('its.incident.lanes')} value={lanes || '—'} testId="its-incident-lanes" />
      <Row label={t('its.incident.start')} value={formatKst(start)} testId="its-incident-start" />
      <Row label={t('its.incident.end')} value={end === null ? t('its.incident.open') : formatKst(end)} testId="its-incident-end" />
      <Row label={t('its.incident.message')} value={str(p['message']) ?? '—'} testId="its-incident-message" />
    </dl>
  );
}

function HazardBody({ f, t }: { f: LiveFeature; t: T }) {
  const p = f.props;
  const kind = str(p['kind']);
  const vis = num(p['visibilityM']);
  const end = num(p['endTs']);
  return (
    <dl>
      <Row label={t('its.incident.kind')} value={kind && HAZARD_KEY[kind] ? t(HAZARD_KEY[kind]) : (kind ?? '—')} testId="its-hazard-kind" />
      <Row label={t('its.incident.road')} value={str(p['roadName']) ?? '—'} />
      {vis !== null && <Row label={t('its.hazard.visibility')} value={`${vis} m`} />}
      <Row label={t('its.incident.start')} value={formatKst(num(p['startTs']) ?? f.ts)} />
      <Row label={t('its.incident.end')} value={end === null ? t('its.incident.open') : formatKst(end)} />
      <Row label={t('its.incident.message')} value={str(p['message']) ?? '—'} testId="its-hazard-message" />
    </dl>
  );
}

function VmsBody({ f, t }: { f: LiveFeature; t: T }) {
  const text = str(f.props['text']);
  const updated = num(f.props['updatedTs']);
  return (
    <>
      {/* Like the sign: amber on black, one line per line. */}
      <pre className="its-vms-text" data-testid="its-vms-text">{text ?? t('its.vms.blank')}</pre>
      <dl>
        <Row label={t('its.incident.road')} value={str(f.props['roadName']) ?? '—'} />
        {updated !== null && <Row label={t('its.vms.updated')} value={formatKst(updated)} />}
      </dl>
    </>
  );
}

function titleOf(item: SelectedItem, f: LiveFeature, t: T): string {
  switch (item.kind) {
    case 'incident':
      return t('its.incident.title');
    case 'hazard':
      return t('its.hazard.title');
    case 'vms':
      return str(f.props['name']) ?? t('its.vms.title');
    case 'cctv':
      return str(f.props['name']) ?? t('its.cctv.title');
    default:
      return assertNever(item.kind);
  }
}

const STREAM: Record<SelectedItem['kind'], string> = { incident: 'its.events', hazard: 'its.hazards', vms: 'its.vms', cctv: 'its.cctv' };

export function ItsItemCard() {
  const item = useStore(itsSelection, (s) => s.item);
  const f = useLive((s) => (item ? s.streams[STREAM[item.kind]]?.[item.key] : undefined));
  if (!item || !f) return null;
  return <ItsItemCardView item={item} f={f} />;
}

/** The card for an item and its current live record (exported for the component tests). */
export function ItsItemCardView({ item, f }: { item: SelectedItem; f: LiveFeature }) {
  const t = useT();
  return (
    <aside className="its-link-card its-item-card" data-testid="its-item-card" data-kind={item.kind} data-key={item.key}>
      <div className="card-head">
        <strong>{titleOf(item, f, t)}</strong>
        <button type="button" className="icon-button" aria-label={t('card.close')} onClick={() => itsSelection.getState().selectItem(null)}>
          ×
        </button>
      </div>
      {f.status !== 'actual' && <p className="its-exercise">{t('its.exercise')}</p>}
      {item.kind === 'incident' && <IncidentBody f={f} t={t} />}
      {item.kind === 'hazard' && <HazardBody f={f} t={t} />}
      {item.kind === 'vms' && <VmsBody f={f} t={t} />}
      {item.kind === 'cctv' && <CctvViewer feature={f} />}
    </aside>
  );
}
