/**
 * Why a file was refused, in the user's language: the same sentences as `calepin import`
 * (core/imports/rejection.ts), followed by the reassurance that nothing changed.
 */
import { useTranslation } from 'react-i18next';
import type { CalepinErrorData } from '../../../../core/errors.js';
import { rejectionSentence } from '../../../../core/imports/rejection.js';
import { useErrorMessage } from '../../app/ErrorText.js';
import { useLanguage } from '../../ui/useLanguage.js';

export function ImportRefusal({ error }: { error: CalepinErrorData }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const message = useErrorMessage();
  const text =
    error.code === 'IMPORT_REJECTED'
      ? `${rejectionSentence(String(error.params.reason), { detail: String(error.params.detail ?? '') }, language)} ${t('imports.nothingChanged')}`
      : message(error);
  return (
    <p className="imports-refusal" role="alert">
      {error.code === 'IMPORT_REJECTED' && error.params.file ? <strong>{String(error.params.file)} — </strong> : null}
      {text}
    </p>
  );
}
