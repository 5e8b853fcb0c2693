/** `calepin posts --workspace DIR [--json]`: every post of a workspace, read-only. */
import { defineCommand, printLines, requireWorkspace } from './command.js';
import { withReadOnlyWorkspace } from './openReadOnly.js';
import { postsTable, sortForListing } from './postsTable.js';

export const postsCommand = defineCommand({
  name: 'posts',
  summary: { fr: 'liste les publications d’un espace de travail', en: 'lists the posts of a workspace' },
  help: {
    fr: `Usage\u202F: calepin posts --workspace DOSSIER [--json]

Liste toutes les publications, planifiées (dans l’ordre) puis en backlog. Ne modifie rien.

  --workspace DOSSIER   l’espace de travail
  --json                un tableau JSON\u202F: id, title, status, plannedAt (UTC ISO 8601 ou null
                        pour le backlog), zone (IANA), accounts (ids), labels, campaign,
                        assignee, updatedAt, revision, excerpt
  -h, --help            cette aide`,
    en: `Usage: calepin posts --workspace DIR [--json]

Lists every post, planned ones in time order, then the backlog. Changes nothing.

  --workspace DIR   the workspace
  --json            one JSON array: id, title, status, plannedAt (UTC ISO 8601, or null for
                    the backlog), zone (IANA), accounts (ids), labels, campaign, assignee,
                    updatedAt, revision, excerpt
  -h, --help        this help`,
  },
  options: { workspace: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values }, io, language) {
    const dir = requireWorkspace(values);
    return withReadOnlyWorkspace(dir, io.env, (store) => {
      const posts = sortForListing(store.listPosts());
      if (values.json) {
        io.stdout.write(`${JSON.stringify(posts, null, 2)}\n`);
      } else {
        // One brand often keeps the same handle on several networks: say which is which.
        const handles = new Map(
          store.workspace().accounts.map((account) => [account.id as string, `${account.network}:${account.handle}`]),
        );
        printLines(io, postsTable(posts, handles, language));
      }
      return 0;
    });
  },
});
