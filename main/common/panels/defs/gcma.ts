/**
 * 2. GCMA: operator identity and signatures. The records are the users' signing keys the hub
 * publishes on `hub.keys` (real); every operator action carries `verified` (main/core/gcma).
 */
import { GCMA_OPS_STREAM, KEY_KIND, KEYS_STREAM, REVOKE_KEY_KIND } from '../../gcma/signed-command.js';
import type { PanelDefinition } from '../panel-definition.js';
import { t } from './common.js';

export const gcmaPanel: PanelDefinition = {
  id: 'gcma',
  title: t('운영자 인증·서명', 'Operator identity & signatures'),
  service: t('정부통합인증(GCMA)', 'GCMA'),
  stream: KEYS_STREAM,
  recordKind: KEY_KIND,
  source: 'real',
  geometry: 'none',
  titleKey: 'user',
  choropleth: false,
  columns: [
    { key: 'user', label: t('사용자', 'User'), type: 'text', width: 120 },
    { key: 'keyId', label: t('키 ID', 'Key id'), type: 'text', width: 190 },
    { key: 'alg', label: t('방식', 'Algorithm'), type: 'text', width: 70 },
    { key: 'createdAt', label: t('등록', 'Registered'), type: 'date', width: 140 },
    { key: 'revokedAt', label: t('폐기', 'Revoked'), type: 'date', width: 140 },
    { key: 'revokedBy', label: t('폐기자', 'Revoked by'), type: 'text', width: 100 },
  ],
  filters: [{ key: 'user', label: t('사용자', 'User'), kind: 'text' }],
  summary: [{ id: 'keys', label: t('등록 키', 'Keys'), op: 'count' }],
  actions: [
    {
      id: 'revoke-key',
      label: t('사용자 키 폐기', "Revoke the user's keys"),
      stream: GCMA_OPS_STREAM,
      kind: REVOKE_KEY_KIND,
      target: 'record',
      role: 'supervisor',
      fields: [{ key: 'reason', label: t('사유', 'Reason'), type: 'text', required: true, maxLength: 200 }],
    },
  ],
};
