/** Vocabulary shared by every layer: the three categories, channels and priorities of API.md. */
export const CATEGORIES = ['informational', 'service_action', 'safety_compliance'] as const;
export type Category = (typeof CATEGORIES)[number];

export const CHANNELS = ['chat', 'voice', 'mail', 'api'] as const;
export type Channel = (typeof CHANNELS)[number];

export const PRIORITIES = ['low', 'medium', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
}
