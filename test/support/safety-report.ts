import { vi } from 'vitest';
import { ClassifyResponseSchema } from '../../src/http/schemas.ts';
import { buildTestApp, json } from './app.ts';

/** Day 0 of every message sent through `createReporter`: a serious case is due 15 days later, a non-serious one 90. */
export const DAY_0 = '2026-11-22T10:00:00.000Z';
export const SERIOUS_DUE = '2026-12-07';
export const NON_SERIOUS_DUE = '2027-02-20';

export interface SafetyOutcome {
  category: string;
  action: string;
  /** Null when no compliance case was opened. */
  serious: boolean | null;
  criteria: string[];
  due: string | null;
}

interface SafetyCase {
  serious: boolean;
  seriousness_criteria: string[];
  report_due_by: string;
  missing_elements: string[];
  elements: Record<string, { present: boolean; value: string | null }>;
}

/**
 * One app for many messages, with the clock (Date only) fixed at DAY_0: what a user sees for a message
 * (its category after the guard and triage, and the safety case's seriousness and due date).
 */
export async function createReporter() {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(DAY_0) });
  const t = await buildTestApp();
  async function respond(message: string) {
    const response = await t.app.inject(json({ message }));
    if (response.statusCode !== 200) throw new Error(`status ${String(response.statusCode)}: ${response.body}`);
    const body = ClassifyResponseSchema.parse(response.json());
    const kase = (body.workflow as { case?: SafetyCase }).case;
    return { body, kase };
  }
  return {
    /** The safety case as the response shows it, or undefined when none opened. */
    async caseOf(message: string): Promise<SafetyCase | undefined> {
      return (await respond(message)).kase;
    },
    async report(message: string): Promise<SafetyOutcome> {
      const { body, kase } = await respond(message);
      return {
        category: body.category,
        action: body.next_step.action,
        serious: kase?.serious ?? null,
        criteria: kase?.seriousness_criteria ?? [],
        due: kase?.report_due_by ?? null,
      };
    },
    async close() {
      await t.app.close();
      vi.useRealTimers();
    },
  };
}
