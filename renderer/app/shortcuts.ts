/**
 * Keyboard shortcuts: one table, used both by the key handler and by the help overlay.
 * Letters act only outside text fields; Esc works everywhere.
 */
import type { MessageKey } from '../i18n/ko';

export type ShortcutAction =
  | 'focus-search'
  | 'measure-distance'
  | 'measure-area'
  | 'toggle-layers'
  | 'toggle-theme'
  | 'toggle-language'
  | 'escape'
  | 'zoom-in'
  | 'zoom-out'
  | 'home'
  | 'hub-settings'
  | 'help';

/** Keys shown in the help overlay, with the description key. */
export const SHORTCUTS: ReadonlyArray<{ keys: string[]; action: ShortcutAction; help: MessageKey }> = [
  { keys: ['/', 'Ctrl+F'], action: 'focus-search', help: 'help.search' },
  { keys: ['M'], action: 'measure-distance', help: 'help.measureDistance' },
  { keys: ['A'], action: 'measure-area', help: 'help.measureArea' },
  { keys: ['L'], action: 'toggle-layers', help: 'help.layers' },
  { keys: ['T'], action: 'toggle-theme', help: 'help.theme' },
  { keys: ['K'], action: 'toggle-language', help: 'help.language' },
  { keys: ['Esc'], action: 'escape', help: 'help.escape' },
  { keys: ['+'], action: 'zoom-in', help: 'help.zoomIn' },
  { keys: ['-'], action: 'zoom-out', help: 'help.zoomOut' },
  { keys: ['0'], action: 'home', help: 'help.home' },
  { keys: ['H'], action: 'hub-settings', help: 'help.hub' },
  { keys: ['?'], action: 'help', help: 'help.help' },
];

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** The event came from a text input (search box, opacity field…). */
  inTextField: boolean;
}

export function shortcutFor(e: KeyLike): ShortcutAction | null {
  if (e.key === 'Escape') return 'escape';
  if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'f') return 'focus-search';
  if (e.inTextField || e.ctrlKey || e.metaKey || e.altKey) return null;
  switch (e.key) {
    case '/':
      return 'focus-search';
    case 'm':
    case 'M':
      return 'measure-distance';
    case 'a':
    case 'A':
      return 'measure-area';
    case 'l':
    case 'L':
      return 'toggle-layers';
    case 't':
    case 'T':
      return 'toggle-theme';
    case 'k':
    case 'K':
      return 'toggle-language';
    case '+':
    case '=':
      return 'zoom-in';
    case '-':
    case '_':
      return 'zoom-out';
    case '0':
      return 'home';
    case 'h':
    case 'H':
      return 'hub-settings';
    case '?':
      return 'help';
    default:
      return null;
  }
}
