/** `calepin info --workspace DIR [--json]`: what a workspace is, read-only. */
import { defineCommand, printLines, requireWorkspace } from './command.js';
import { withReadOnlyWorkspace } from './openReadOnly.js';

export const infoCommand = defineCommand({
  name: 'info',
  summary: {
    fr: 'décrit un espace de travail (comptes, fuseau, nombres)',
    en: 'describes a workspace (accounts, zone, counts)',
  },
  help: {
    fr: `Usage\u202F: calepin info --workspace DOSSIER [--json]

Décrit un espace de travail sans rien modifier.

  --workspace DOSSIER   l’espace de travail
  --json                un objet JSON\u202F: name, zone, locale, schemaVersion, readOnly,
                        accounts [{ id, network, handle, register, zone }],
                        counts { posts, backlog, media, requests }
  -h, --help            cette aide`,
    en: `Usage: calepin info --workspace DIR [--json]

Describes a workspace without changing anything.

  --workspace DIR   the workspace
  --json            one JSON object: name, zone, locale, schemaVersion, readOnly,
                    accounts [{ id, network, handle, register, zone }],
                    counts { posts, backlog, media, requests }
  -h, --help        this help`,
  },
  options: { workspace: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values }, io, language) {
    const dir = requireWorkspace(values);
    return withReadOnlyWorkspace(dir, io.env, (store) => {
      const info = store.info();
      // Why it would be read-only in the app; the CLI's own read-only look is not a reason.
      const reason = store.readOnlyReason;
      const summary = {
        name: info.name,
        path: info.path,
        id: info.id,
        zone: info.settings.zone,
        locale: info.settings.locale,
        schemaVersion: info.schemaVersion,
        readOnly: reason && reason.code !== 'WORKSPACE_READ_ONLY' ? reason : null,
        accounts: info.accounts.map(({ id, network, handle, register, zone, displayName }) => ({
          id,
          network,
          handle,
          displayName,
          register,
          zone,
        })),
        counts: info.counts,
      };
      if (values.json) {
        io.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
        return 0;
      }
      const fr = language === 'fr';
      const colon = fr ? '\u202F:' : ':';
      const c = info.counts;
      printLines(io, [
        summary.name,
        `${fr ? 'Dossier' : 'Folder'}${colon} ${summary.path}`,
        `${fr ? 'Fuseau' : 'Time zone'}${colon} ${summary.zone} · ${fr ? 'langue' : 'language'}${colon} ${summary.locale} · format v${summary.schemaVersion}`,
        fr
          ? `${c.posts} publications (dont ${c.backlog} en backlog), ${c.media} médias, ${c.requests} demandes`
          : `${c.posts} posts (${c.backlog} in the backlog), ${c.media} media, ${c.requests} requests`,
        `${fr ? 'Comptes' : 'Accounts'} (${summary.accounts.length})${colon}`,
        ...summary.accounts.map(
          (a) => `  ${a.network.padEnd(10)}${a.handle.padEnd(28)}${a.register.padEnd(14)}${a.zone}`,
        ),
      ]);
      return 0;
    });
  },
});
