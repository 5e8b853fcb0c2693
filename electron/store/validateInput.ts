/** zod at the store's door: a refused input is INVALID_INPUT with readable issues, not a crash. */
import type { z } from 'zod';
import { CalepinError } from '../../core/errors.js';

export function parseInput<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => `${issue.path.join('.') || '(input)'}: ${issue.message}`);
  throw new CalepinError('INVALID_INPUT', { issues: issues.join('; ').slice(0, 2_000) });
}
