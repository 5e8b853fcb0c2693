/** How the files are written: the document's language, the PDF's orientation, the CSV's layout. */
import { useTranslation } from 'react-i18next';
import type { ExportFormatInfo } from '../../../../core/api.js';
import { SegmentedControl } from '../../ui/SegmentedControl.js';
import type { Delimiter, ExportForm, Orientation } from './exportForm.js';

interface Props {
  form: ExportForm;
  formats: readonly ExportFormatInfo[];
  onChange: (patch: Partial<ExportForm>) => void;
}

type LooseT = (key: string) => string;

export function DocumentOptions({ form, formats, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const csvProfiles = formats.find((f) => f.format === 'csv')?.profiles ?? [];
  // Profile names come from the Node side; a new one shows under its own name until translated.
  const profileLabel = (name: string) =>
    i18n.exists(`exports.csvProfiles.${name}`) ? (t as unknown as LooseT)(`exports.csvProfiles.${name}`) : name;
  return (
    <fieldset className="plain-fieldset exports-fields">
      <legend className="visually-hidden">{t('exports.document')}</legend>
      <SegmentedControl
        label={t('exports.locale')}
        value={form.locale}
        options={[
          { value: 'fr', label: t('exports.localeFr') },
          { value: 'en', label: t('exports.localeEn') },
        ]}
        onChange={(locale) => onChange({ locale })}
      />
      <SegmentedControl<Orientation>
        label={t('exports.orientation')}
        value={form.orientation}
        options={[
          { value: 'portrait', label: t('exports.portrait') },
          { value: 'landscape', label: t('exports.landscape') },
        ]}
        onChange={(orientation) => onChange({ orientation })}
      />
      <SegmentedControl<Delimiter>
        label={t('exports.delimiter')}
        value={form.delimiter}
        options={[
          { value: ';', label: t('exports.semicolon') },
          { value: ',', label: t('exports.comma') },
        ]}
        onChange={(delimiter) => onChange({ delimiter })}
      />
      {csvProfiles.length > 1 ? (
        <SegmentedControl
          label={t('exports.csvProfile')}
          value={form.csvProfile}
          options={csvProfiles.map((name) => ({ value: name, label: profileLabel(name) }))}
          onChange={(csvProfile) => onChange({ csvProfile })}
        />
      ) : null}
    </fieldset>
  );
}
