/**
 * The shell follows two preferences the renderer sets through the API: the language (menus and
 * native dialogs) and the theme (window background, native controls). Rather than a second channel,
 * the shell watches the one operation that changes them: the service it hands to the transport is
 * the real one with `app.setPreferences` observed.
 */
import { OPERATION_NAMES, type AppStatus, type CalepinService, type OperationName } from '../../core/api.js';

export function observePreferences(service: CalepinService, onChange: (status: AppStatus) => void): CalepinService {
  const observed: Partial<Record<OperationName, (input: never) => Promise<unknown>>> = {};
  for (const name of OPERATION_NAMES) {
    // Called through the service object, so class-based services keep their `this`.
    observed[name] = (input: never) => (service[name] as (input: never) => Promise<unknown>).call(service, input);
  }
  observed['app.setPreferences'] = async (input: Parameters<CalepinService['app.setPreferences']>[0]) => {
    const status = await service['app.setPreferences'](input);
    onChange(status);
    return status;
  };
  return observed as CalepinService;
}
