import { describe, expect, it } from 'vitest';
import { reportDueBy } from '../../src/safety-intake/due-date.ts';

describe('report due date', () => {
  it.each([
    ['2026-11-22T10:00:00.000Z', true, 90, '2026-12-07'],
    ['2026-11-22T10:00:00.000Z', false, 90, '2027-02-20'],
    ['2026-12-20T08:00:00.000Z', true, 90, '2027-01-04'],
    ['2026-01-20T23:59:59.999Z', true, 90, '2026-02-04'],
    ['2028-02-20T12:00:00.000Z', true, 90, '2028-03-06'],
    ['2027-02-20T12:00:00.000Z', true, 90, '2027-03-07'],
    ['2026-10-20T00:00:00.000Z', false, 90, '2027-01-18'],
    ['2026-11-22T10:00:00.000Z', false, 30, '2026-12-22'],
    ['2026-03-08T06:30:00.000Z', true, 90, '2026-03-23'],
  ])('when day 0 is %s and serious is %s (non-serious window %i days), then the report is due by %s', (receivedAt, serious, days, due) => {
    expect(reportDueBy(receivedAt, serious, days)).toBe(due);
  });

  it('when the message arrives a millisecond before midnight UTC, then that day is day 0', () => {
    expect(reportDueBy('2026-11-22T23:59:59.999Z', true)).toBe('2026-12-07');
    expect(reportDueBy('2026-11-23T00:00:00.000Z', true)).toBe('2026-12-08');
  });

  it('when received_at carries an offset, then day 0 is its UTC date', () => {
    expect(reportDueBy('2026-11-22T20:00:00-08:00', true)).toBe('2026-12-08');
  });

  it('when received_at is not a date, then it throws rather than inventing a deadline', () => {
    expect(() => reportDueBy('yesterday', true)).toThrow(new RangeError('received_at is not a date: yesterday'));
  });
});
