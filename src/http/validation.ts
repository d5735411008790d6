import type { z } from 'zod';
import { invalidRequest, type AppError } from '../errors.ts';

/** Turns a zod failure into one 400 whose message names the field: `message: must not be empty`. */
export function validationError(error: z.ZodError): AppError {
  const issues = error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((key) => [...issue.path, key].join('.'));
      return { path: keys.join(', '), message: `unknown field${keys.length > 1 ? 's' : ''}` };
    }
    const path = issue.path.map(String).join('.');
    return { path: path || 'body', message: issue.message };
  });
  const first = issues[0] ?? { path: 'body', message: 'is invalid' };
  return invalidRequest(`${first.path}: ${first.message}`, { issues });
}
