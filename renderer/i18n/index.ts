import { en } from './en';
import { ko, type MessageKey, type Messages } from './ko';

export type { MessageKey, Messages };
export type Language = 'ko' | 'en';

const tables: Record<Language, Messages> = { ko, en };

/** The message table for a language. */
export function messagesFor(language: Language): Messages {
  return tables[language];
}

/** Translate a key, filling `{name}` placeholders from params. */
export function translate(language: Language, key: MessageKey, params?: Record<string, string | number>): string {
  const text = tables[language][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Number formatting per UI language (thousands separators). */
export function formatNumber(language: Language, value: number, fractionDigits = 0): string {
  return value.toLocaleString(language === 'ko' ? 'ko-KR' : 'en-GB', { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits });
}
