// The pieces of atomic publish on their own: the swap, and the repair of what an interrupted
// build left (a kill between the swap's two renames, a staging folder mid-render). Also the
// BASE_PATH prefix of _headers rules and the real-calendar check of timestamps.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { recoverInterrupted, stagingPathFor, swapIntoPlace } from '@/lib/publish/staged-output';
import { impossibleTimestamp } from '@/lib/check/calendar';

let work = '';
afterEach(() => rmSync(work, { recursive: true, force: true }));
const folder = (path: string, files: Record<string, string>) => {
  mkdirSync(path, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(path, name), text);
};

describe('staged output', () => {
  it('swaps a finished build in and removes the previous one', () => {
    work = mkdtempSync(join(tmpdir(), 'swap-'));
    const dist = join(work, 'dist');
    folder(dist, { 'index.html': 'old' });
    const staging = stagingPathFor(dist, 'test');
    folder(staging, { 'index.html': 'new' });
    swapIntoPlace(staging, dist);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('new');
    expect(readdirSync(work)).toEqual(['dist']);
  });

  it('puts the previous output back after a kill between the two renames, and deletes staging leftovers', () => {
    work = mkdtempSync(join(tmpdir(), 'recover-'));
    const dist = join(work, 'dist');
    folder(`${dist}.previous`, { 'index.html': 'last good' });
    folder(stagingPathFor(dist, '4999999-2'), { 'half.html': 'x' }); // above pid_max: no such process
    expect(recoverInterrupted(dist)).toEqual(['restored dist from dist.previous', 'removed leftover dist.staging-4999999-2']);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('last good');
    expect(readdirSync(work)).toEqual(['dist']);
  });

  it("keeps the staging folder of a build that is still running (two builds at once)", () => {
    work = mkdtempSync(join(tmpdir(), 'running-'));
    const dist = join(work, 'dist');
    folder(dist, { 'index.html': 'current' });
    const other = stagingPathFor(dist, `${process.ppid}-1`);
    folder(other, { 'half.html': 'x' });
    expect(recoverInterrupted(dist)).toEqual([]);
    expect(existsSync(other)).toBe(true);
  });

  it('drops a stale previous output when the target exists', () => {
    work = mkdtempSync(join(tmpdir(), 'stale-'));
    const dist = join(work, 'dist');
    folder(dist, { 'index.html': 'current' });
    folder(`${dist}.previous`, { 'index.html': 'older' });
    recoverInterrupted(dist);
    expect(existsSync(`${dist}.previous`)).toBe(false);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('current');
  });
});

describe('impossibleTimestamp', () => {
  it.each([
    ['2024-02-29T09:36:00+08:00', undefined],
    ['2024-02-07T23:59:59Z', undefined],
    ['2024-02-30T09:36:00+08:00', 'February 2024 has 29 days'],
    ['2023-02-29T09:36:00+08:00', 'February 2023 has 28 days'],
    ['2024-04-31T09:36:00+08:00', 'April 2024 has 30 days'],
    ['2024-13-01T09:36:00+08:00', 'there is no month 13'],
    ['2024-02-07T24:00:00+08:00', '24:00:00 is not a time of day'],
    ['2024-02-07T09:60+08:00', '09:60 is not a time of day'],
    ['2024-02-07T09:36:00+15:00', 'the offset +15:00 does not exist (at most ±14:00)'],
    ['0000-01-01T00:00:00Z', 'the year 0 is before 1900'],
  ])('%s → %s', (text, expected) => {
    expect(impossibleTimestamp(text)?.en).toBe(expected);
  });
});
