/**
 * Regulatory clock of a safety case. Day 0 is the day the message reached the company (any employee or
 * channel counts as receipt), so the clock starts at `received_at`, not when the PV team reads the case.
 * @see 21 CFR 314.80(c)(1) and 600.80(c)(1): 15-day Alert reports, "no later than 15 calendar days"
 * @see EU GVP Module VI, VI.B.7: serious within 15 days, non-serious within 90 days of receipt
 */
export const SERIOUS_REPORT_DAYS = 15;
export const DEFAULT_NON_SERIOUS_REPORT_DAYS = 90;

const DAY_MS = 86_400_000;

/**
 * The last day to report, as an ISO date (YYYY-MM-DD): day 0 plus 15 calendar days when serious,
 * plus `nonSeriousDays` otherwise. Calendar days in UTC, the zone of `received_at`: weekends and
 * holidays count, and a month or year boundary is just the next day.
 */
export function reportDueBy(receivedAt: string | Date, serious: boolean, nonSeriousDays = DEFAULT_NON_SERIOUS_REPORT_DAYS): string {
  const at = receivedAt instanceof Date ? receivedAt : new Date(receivedAt);
  if (Number.isNaN(at.getTime())) throw new RangeError(`received_at is not a date: ${String(receivedAt)}`);
  const day0 = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  const days = serious ? SERIOUS_REPORT_DAYS : nonSeriousDays;
  return new Date(day0 + days * DAY_MS).toISOString().slice(0, 10);
}
