import { type AdminExchange, type ExchangeInput, exchangeInputSchema } from '@giaoluu/contracts';
import { randomId } from '../../shared/browser/random-id.ts';
import {
  formFromInstant,
  instantFromForm,
  parseClockTime,
  parseDayMonthYear,
} from '../../shared/format/vietnam-time.ts';
import {
  errorsFromIssues,
  type FieldErrors,
  renameErrors,
} from '../../shared/forms/schema-errors.ts';

export type GuestRow = { key: string; name: string; position: string };

/** The form keeps each moment as two boxes on the Vietnam clock: "27/12/2026" and "08:00". */
export type ExchangeFormValues = {
  title: string;
  description: string;
  fieldSlugs: string[];
  guests: GuestRow[];
  intakeDay: string;
  intakeTime: string;
  startDay: string;
  startTime: string;
  endDay: string;
  endTime: string;
};

export const MOMENTS = [
  { instant: 'intakeOpensAt', day: 'intakeDay', time: 'intakeTime' },
  { instant: 'liveStartsAt', day: 'startDay', time: 'startTime' },
  { instant: 'liveEndsAt', day: 'endDay', time: 'endTime' },
] as const;

/** Where an error about a moment is shown: under the day box of that moment. */
export const FORM_FIELD_OF: Record<string, string> = Object.fromEntries(
  MOMENTS.map((moment) => [moment.instant, moment.day]),
);

export function emptyExchangeForm(): ExchangeFormValues {
  return {
    title: '',
    description: '',
    fieldSlugs: [],
    guests: [],
    intakeDay: '',
    intakeTime: '08:00',
    startDay: '',
    startTime: '08:00',
    endDay: '',
    endTime: '16:30',
  };
}

export function newGuest(): GuestRow {
  return { key: randomId(), name: '', position: '' };
}

export function formFromExchange(exchange: AdminExchange): ExchangeFormValues {
  const intake = formFromInstant(exchange.schedule.intakeOpensAt);
  const start = formFromInstant(exchange.schedule.liveStartsAt);
  const end = formFromInstant(exchange.schedule.liveEndsAt);
  return {
    title: exchange.title,
    description: exchange.description,
    fieldSlugs: exchange.fields.map((field) => field.slug),
    guests: exchange.guests.map((guest) => ({ ...guest, key: randomId() })),
    intakeDay: intake.day,
    intakeTime: intake.time,
    startDay: start.day,
    startTime: start.time,
    endDay: end.day,
    endTime: end.time,
  };
}

/** What the API takes. A moment that cannot be read is sent as "" for the schema to refuse. */
export function inputFromForm(values: ExchangeFormValues): ExchangeInput {
  const instant = (day: string, time: string) => instantFromForm(day, time) ?? '';
  return {
    title: values.title,
    description: values.description,
    fieldSlugs: values.fieldSlugs,
    guests: values.guests.map(({ name, position }) => ({ name, position })),
    intakeOpensAt: instant(values.intakeDay, values.intakeTime),
    liveStartsAt: instant(values.startDay, values.startTime),
    liveEndsAt: instant(values.endDay, values.endTime),
  };
}

type Messages = { badDay: string; badTime: string };

/** The shared schema's errors on the form's boxes, and a plain word for a box not readable. */
export function validateExchangeForm(values: ExchangeFormValues, messages: Messages): FieldErrors {
  const parsed = exchangeInputSchema.safeParse(inputFromForm(values));
  const errors = parsed.success
    ? {}
    : renameErrors(errorsFromIssues(parsed.error.issues), FORM_FIELD_OF);

  for (const moment of MOMENTS) {
    if (!parseDayMonthYear(values[moment.day])) errors[moment.day] = messages.badDay;
    if (!parseClockTime(values[moment.time])) errors[moment.time] = messages.badTime;
  }
  return errors;
}
