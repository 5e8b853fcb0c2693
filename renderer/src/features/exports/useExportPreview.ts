/**
 * The live count under the form: the selection is sent to `exports.preview` a moment after the
 * last change (one request per pause, not per keystroke); a stale answer never replaces a newer one.
 */
import { useEffect, useRef, useState } from 'react';
import type { ExportPreview } from '../../../../core/api.js';
import type { CalepinErrorData } from '../../../../core/errors.js';
import type { ExportSelectionInput } from '../../../../core/export/selection.js';
import { call } from '../../api/client.js';
import { asErrorData } from '../../state/errors.js';

const PAUSE_MS = 250;

export function useExportPreview(selection: ExportSelectionInput | null): {
  preview: ExportPreview | null;
  counting: boolean;
  error: CalepinErrorData | null;
} {
  const [preview, setPreview] = useState<ExportPreview | null>(null);
  const [counting, setCounting] = useState(false);
  const [error, setError] = useState<CalepinErrorData | null>(null);
  const latest = useRef(0);
  // The selection is compared by value: a new object with the same content asks nothing again.
  const key = JSON.stringify(selection);
  const current = useRef(selection);
  current.current = selection;

  useEffect(() => {
    const selection = current.current;
    if (selection === null) return;
    const ticket = ++latest.current;
    setCounting(true);
    const timer = window.setTimeout(() => {
      call('exports.preview', { selection })
        .then((answer) => {
          if (ticket !== latest.current) return;
          setPreview(answer);
          setError(null);
        })
        .catch((failure: unknown) => {
          if (ticket === latest.current) setError(asErrorData(failure));
        })
        .finally(() => {
          if (ticket === latest.current) setCounting(false);
        });
    }, PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [key]);

  return { preview, counting, error };
}
