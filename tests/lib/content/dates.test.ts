import { describe, expect, it } from 'vitest';
import { formatDate, toZonedIso, zoneOffset } from '@/lib/content/dates';
import { getStrings } from '@/i18n';

const zh = getStrings('zh-hans');
const en = getStrings('en');

const moment = new Date('2024-02-07T09:36:00+08:00');

describe('dates are shown and written in the article time zone, not the machine one', () => {
  it('writes ISO 8601 with the +08:00 offset', () => expect(toZonedIso(moment, 'Asia/Shanghai')).toBe('2024-02-07T09:36:00+08:00'));
  it('handles a negative offset', () => expect(toZonedIso(moment, 'America/New_York')).toBe('2024-02-06T20:36:00-05:00'));
  it('answers each instant and zone by itself, however often and in whatever order asked (one answer is kept per pair)', () => {
    const later = new Date(moment.getTime() + 3_600_000);
    expect([toZonedIso(moment, 'America/New_York'), toZonedIso(moment, 'Asia/Shanghai'), toZonedIso(later, 'Asia/Shanghai'), toZonedIso(moment, 'America/New_York')])
      .toEqual(['2024-02-06T20:36:00-05:00', '2024-02-07T09:36:00+08:00', '2024-02-07T10:36:00+08:00', '2024-02-06T20:36:00-05:00']);
    const moved = new Date(moment);
    moved.setTime(later.getTime());
    expect(toZonedIso(moved, 'Asia/Shanghai')).toBe('2024-02-07T10:36:00+08:00');
    expect(() => toZonedIso(new Date(Number.NaN), 'Asia/Shanghai')).toThrow(RangeError);
  });
  it('writes Chinese dates as Chinese readers do', () => expect(formatDate(moment, 'zh-Hans', zh.dateFormat, 'Asia/Shanghai')).toBe('2024年2月7日 09:36'));
  it('writes English dates day-month-year', () => expect(formatDate(moment, en.dateLocale, en.dateFormat, 'Asia/Shanghai')).toMatch(/^7 February 2024/));
  it('keeps the day even just after midnight in Shanghai', () => {
    expect(formatDate(new Date('2024-02-07T00:10:00+08:00'), 'zh-Hans', zh.dateFormat, 'Asia/Shanghai')).toMatch(/^2024年2月7日/);
  });
});

describe('zoneOffset', () => {
  it.each([
    ['Asia/Shanghai', '2024-02-07T01:36:00Z', '+08:00'],
    ['UTC', '2024-02-07T01:36:00Z', '+00:00'],
    ['America/New_York', '2024-07-01T12:00:00Z', '-04:00'],
    ['Asia/Kolkata', '2024-02-07T01:36:00Z', '+05:30'],
  ])('%s at %s is %s', (zone, at, expected) => expect(zoneOffset(new Date(at), zone)).toBe(expected));
});
