/**
 * Korean UI strings (the default language). Every user-facing string lives in `ko/` and `en/`, one file
 * per domain; `{name}` placeholders are filled by `t()`. The key set of this object is the type of all keys.
 */
import { koCore } from './ko/core';
import { koIts } from './ko/its';
import { koNdms } from './ko/ndms';
import { koForest } from './ko/forest';
import { koPanels } from './ko/panels';

export const ko = { ...koCore, ...koIts, ...koNdms, ...koForest, ...koPanels } as const;

/** Every UI message key. */
export type MessageKey = keyof typeof ko;
/** A full message table: the same keys as Korean, in another language. */
export type Messages = Record<MessageKey, string>;
