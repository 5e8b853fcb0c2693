/**
 * The renderer's handle on the Calepin API. In Electron the preload puts a bridge on
 * `window.calepin`; in the web host there is none, so one is built over fetch from the same list
 * of operations. Either way callers get plain values and a thrown `CalepinError` on failure.
 */
import {
  OPERATION_NAMES,
  type CalepinBridge,
  type OperationInput,
  type OperationName,
  type OperationOutput,
  type Result,
} from '../../../core/api.js';
import { CalepinError, isErrorCode } from '../../../core/errors.js';

declare global {
  interface Window {
    calepin?: CalepinBridge;
  }
}

function httpBridge(): CalepinBridge {
  const bridge: Partial<Record<OperationName, (input: unknown) => Promise<Result<unknown>>>> = {};
  for (const name of OPERATION_NAMES) {
    bridge[name] = async (input) => {
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(input ?? {}),
        credentials: 'same-origin',
      });
      if (!response.ok) return { ok: false, error: { code: 'INTERNAL', params: { status: response.status } } };
      return (await response.json()) as Result<unknown>;
    };
  }
  return bridge as unknown as CalepinBridge;
}

let bridge: CalepinBridge | null = null;

function currentBridge(): CalepinBridge {
  bridge ??= window.calepin ?? httpBridge();
  return bridge;
}

/** Calls one operation; resolves with its value or throws a CalepinError the UI can translate. */
export async function call<K extends OperationName>(name: K, input: OperationInput<K>): Promise<OperationOutput<K>> {
  const run = currentBridge()[name] as (input: OperationInput<K>) => Promise<Result<OperationOutput<K>>>;
  let result: Result<OperationOutput<K>>;
  try {
    result = await run(input);
  } catch (error) {
    throw new CalepinError('INTERNAL', {}, { cause: error });
  }
  if (result.ok) return result.value;
  const code = isErrorCode(result.error.code) ? result.error.code : 'INTERNAL';
  throw new CalepinError(code, result.error.params);
}
