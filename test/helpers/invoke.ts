/**
 * Calls a service operation the way the transports do: the input is parsed by the contract first
 * (defaults filled in), so a test can pass the same loose input the renderer sends.
 *
 *   const post = await invoke(handle.service, 'posts.create', { draft: { title: 'Hello', plannedAt: null, accounts: [] } });
 */
import {
  operations,
  type CalepinService,
  type OperationInput,
  type OperationName,
  type OperationOutput,
} from '../../core/api.js';

export function invoke<K extends OperationName>(
  service: CalepinService,
  name: K,
  input: OperationInput<K>,
): Promise<OperationOutput<K>> {
  const parsed: unknown = operations[name].input.parse(input);
  return (service[name] as (input: unknown) => Promise<OperationOutput<K>>)(parsed);
}
