/**
 * The selection an export holds, said in words for the reader of the file: the period, accounts,
 * statuses, labels and campaigns by name, the zone and the content's version. The Excel file shows
 * it on its own sheet and the calendar feed in its description, so a stakeholder who only has the
 * file knows what it covers and which version of the plan it is (the PDF says it on its cover).
 */
import type { Locale } from '../model/index.js';
import { formatExportDate, statusName } from './format.js';
import type { ExportWorkspace, ResolvedSelection } from './selection.js';

const LABELS: Record<
  Locale,
  Record<'workspace' | 'period' | 'accounts' | 'statuses' | 'labels' | 'campaigns' | 'zone' | 'version' | 'all', string>
> = {
  fr: {
    workspace: 'Espace de travail',
    period: 'Période',
    accounts: 'Comptes',
    statuses: 'Statuts',
    labels: 'Étiquettes',
    campaigns: 'Campagnes',
    zone: 'Fuseau horaire',
    version: 'Version',
    all: 'tous',
  },
  en: {
    workspace: 'Workspace',
    period: 'Period',
    accounts: 'Accounts',
    statuses: 'Statuses',
    labels: 'Labels',
    campaigns: 'Campaigns',
    zone: 'Time zone',
    version: 'Version',
    all: 'all',
  },
};

function names(ids: readonly string[], known: readonly { id: string; name: string }[], all: string): string {
  if (ids.length === 0) return all;
  const byId = new Map(known.map((item) => [item.id, item.name]));
  return ids.map((id) => byId.get(id) ?? id).join(', ');
}

export function selectionSummary(
  workspace: ExportWorkspace,
  selection: ResolvedSelection,
  version: string,
): [label: string, value: string][] {
  const locale = selection.locale;
  const l = LABELS[locale];
  const accounts = workspace.accounts.map((a) => ({ id: a.id, name: `${a.displayName} (${a.handle})` }));
  return [
    [l.workspace, workspace.name],
    [l.period, `${formatExportDate(selection.from, locale)} → ${formatExportDate(selection.to, locale)}`],
    [l.accounts, names(selection.accounts, accounts, l.all)],
    [l.statuses, selection.statuses.map((status) => statusName(status, locale)).join(', ')],
    [l.labels, names(selection.labels, workspace.labels, l.all)],
    [l.campaigns, names(selection.campaigns, workspace.campaigns, l.all)],
    [l.zone, workspace.settings.zone],
    [l.version, version],
  ];
}
