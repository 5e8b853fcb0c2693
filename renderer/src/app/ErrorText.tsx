/** An API error in the user's language: `errors.<CODE>` with the error's params. */
import { useTranslation } from 'react-i18next';
import type { CalepinErrorData } from '../../../core/errors.js';

type LooseT = (key: string, options?: Record<string, string>) => string;

export function useErrorMessage(): (error: CalepinErrorData) => string {
  const { t, i18n } = useTranslation();
  // Codes and params come from the Node side at run time, so the keys cannot be checked statically.
  const translate = t as unknown as LooseT;
  return (error) => {
    const params: Record<string, string> = {};
    for (const [key, value] of Object.entries(error.params)) params[key] = value === null ? '' : String(value);
    // Reasons are a small vocabulary of the Node side (truncated, EACCES, WORKSPACE_LOCKED…).
    const reason = params.reason;
    if (reason && i18n.exists(`errorReasons.${reason}`)) params.reason = translate(`errorReasons.${reason}`);
    const key = i18n.exists(`errors.${error.code}`) ? `errors.${error.code}` : 'errors.INTERNAL';
    return translate(key, params);
  };
}

export function ErrorText({ error }: { error: CalepinErrorData }) {
  const message = useErrorMessage();
  return <>{message(error)}</>;
}
