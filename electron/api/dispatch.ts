/**
 * The one door into the service for both transports: look the operation up in the contract,
 * validate its input with zod, run it, and turn any failure into the API's error shape.
 */
import { CalepinError, toErrorData } from '../../core/errors.js';
import { operations, type CalepinService, type OperationName, type Result } from '../../core/api.js';

export function isOperationName(name: string): name is OperationName {
  return Object.prototype.hasOwnProperty.call(operations, name);
}

export interface DispatchLog {
  error(message: string, detail: unknown): void;
}

export async function dispatch(
  service: CalepinService,
  name: string,
  rawInput: unknown,
  log: DispatchLog,
): Promise<Result<unknown>> {
  if (!isOperationName(name)) {
    return { ok: false, error: { code: 'NOT_FOUND', params: { kind: 'operation', id: name } } };
  }
  const parsed = operations[name].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(input)'}: ${issue.message}`);
    return { ok: false, error: { code: 'INVALID_INPUT', params: { issues: issues.join('; ').slice(0, 2_000) } } };
  }
  try {
    // The contract pairs each name with its own input type; TypeScript cannot follow that through a
    // runtime lookup, so the call is typed loosely here and checked by the contract test.
    const run = service[name] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await run(parsed.data) };
  } catch (error) {
    if (!(error instanceof CalepinError) || error.code === 'INTERNAL') log.error(`operation ${name} failed`, error);
    return { ok: false, error: toErrorData(error) };
  }
}
