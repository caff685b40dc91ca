// nl-BE formatting of dates, times and numbers, always in Brussels time.

const TIME_ZONE = 'Europe/Brussels';

const dateTimeParts = new Intl.DateTimeFormat('nl-BE', {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const numberFormat = new Intl.NumberFormat('nl-BE');

type Parts = Record<'day' | 'month' | 'year' | 'hour' | 'minute', string>;

function toDate(value: string | Date): Date | null {
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? null : date;
}

function parts(date: Date): Parts {
  const out: Parts = { day: '', month: '', year: '', hour: '', minute: '' };
  for (const part of dateTimeParts.formatToParts(date)) {
    if (part.type in out) out[part.type as keyof Parts] = part.value;
  }
  return out;
}

/** "2026-11-28T13:55:49Z" → "28/11/2026". Unknown input is returned as is. */
export function formatDate(value: string | Date): string {
  const date = toDate(value);
  if (!date) return String(value);
  const p = parts(date);
  return `${p.day}/${p.month}/${p.year}`;
}

/** "2026-11-28T13:55:49Z" → "14:55" (24 h, Brussels). */
export function formatTime(value: string | Date): string {
  const date = toDate(value);
  if (!date) return String(value);
  const p = parts(date);
  return `${p.hour}:${p.minute}`;
}

/** "2026-11-28T13:55:49Z" → "28/11/2026 14:55". */
export function formatDateTime(value: string | Date): string {
  const date = toDate(value);
  if (!date) return String(value);
  const p = parts(date);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** 1234.5 → "1.234,5" (decimal comma). */
export function formatNumber(value: number, fractionDigits?: number): string {
  if (fractionDigits === undefined) return numberFormat.format(value);
  return new Intl.NumberFormat('nl-BE', {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

/** The first name to greet someone with: "Lotte Peeters" → "Lotte". */
export function firstName(fullName: string): string {
  const trimmed = fullName.trim();
  if (!trimmed) return '';
  return trimmed.split(/\s+/)[0];
}
