// Real calendar dates: a timestamp can have the right shape (`2024-02-30T25:61:00+08:00`) and
// still not exist. YAML rolls such a date over silently (30 Feb → 1 Mar) or the build throws
// "Invalid time value" later; the checker says which part is impossible instead.

import { reasonText } from '@/lib/messages/check-messages';

/** Earliest year accepted: YAML reads an unquoted year 0000 as 1900, and no news is older. */
export const MIN_YEAR = 1900;

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * What is impossible about an ISO 8601 timestamp with offset, or `undefined` when it exists.
 * @example impossibleTimestamp('2024-02-30T09:36:00+08:00')?.en // 'February 2024 has 29 days'
 */
export function impossibleTimestamp(text: string): { zh: string; en: string } | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|([+-])(\d{2}):(\d{2}))$/.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second = 0] = m.slice(1, 7).map((v) => Number(v ?? 0));
  if (year! < MIN_YEAR) return reasonText('year-too-early', { year: year!, min: MIN_YEAR });
  if (month! < 1 || month! > 12) return reasonText('no-such-month', { month: month! });
  const days = daysIn(year!, month!);
  if (day! < 1 || day! > days) {
    const monthName = new Date(Date.UTC(year!, month! - 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' });
    return reasonText('days-in-month', { year: year!, month: month!, monthName, days });
  }
  if (hour! > 23 || minute! > 59 || second! > 59) return reasonText('no-such-time', { numbers: `${hour}:${minute}:${second}`, written: `${m[4]}:${m[5]}${m[6] ? `:${m[6]}` : ''}` });
  if (m[8] && (Number(m[9]) > 14 || Number(m[10]) > 59)) return reasonText('no-such-offset', { offset: m[7]! });
  return undefined;
}
