import { readSession, removeSession, writeSession } from '../../shared/browser/session-storage.ts';

export type ManualFormValues = {
  channel: string;
  askerName: string;
  showName: boolean;
  askerKind: string;
  organisation: string;
  locality: string;
  email: string;
  phone: string;
  fieldSlug: string;
  title: string;
  body: string;
};

export const EMPTY_MANUAL_FORM: ManualFormValues = {
  channel: '',
  askerName: '',
  showName: false,
  askerKind: 'citizen',
  organisation: '',
  locality: '',
  email: '',
  phone: '',
  fieldSlug: '',
  title: '',
  body: '',
};

const key = (exchangeId: string) => `giaoluu:manual-question:${exchangeId}`;

/** What was being typed in this tab, field by field, each only when of the right kind. */
export function readManualDraft(exchangeId: string): ManualFormValues {
  try {
    const stored: unknown = JSON.parse(readSession(key(exchangeId)) ?? 'null');
    if (typeof stored !== 'object' || stored === null) return EMPTY_MANUAL_FORM;
    const values = { ...EMPTY_MANUAL_FORM };
    for (const [field, empty] of Object.entries(EMPTY_MANUAL_FORM)) {
      const value = (stored as Record<string, unknown>)[field];
      if (typeof value === typeof empty) Object.assign(values, { [field]: value });
    }
    return values;
  } catch {
    return EMPTY_MANUAL_FORM;
  }
}

export function writeManualDraft(exchangeId: string, values: ManualFormValues): void {
  writeSession(key(exchangeId), JSON.stringify(values));
}

export function clearManualDraft(exchangeId: string): void {
  removeSession(key(exchangeId));
}
