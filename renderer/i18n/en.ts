import { enCore } from './en/core';
import { enIts } from './en/its';
import { enNdms } from './en/ndms';
import { enForest } from './en/forest';
import { enPanels } from './en/panels';
import type { Messages } from './ko';

/** English UI strings: exactly the Korean key set (the type enforces it, a test double-checks). */
export const en: Messages = { ...enCore, ...enIts, ...enNdms, ...enForest, ...enPanels };
