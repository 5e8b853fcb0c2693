/** `calepin validate --workspace DIR [--json]`: every variant that breaks a network's rule, one line each. */
import type { Account, Post, PostStatus } from '../../core/model/index.js';
import { validatePost, type Problem } from '../../core/validate/index.js';
import { defineCommand, printLines, requireWorkspace } from './command.js';
import type { CliLanguage } from './io.js';
import { withReadOnlyWorkspace } from './openReadOnly.js';
import { sortForListing } from './postsTable.js';
import { problemMessage } from './validateMessages.js';

/** The statuses of posts that will still go out; ideas, published and archived posts are left alone. */
export const STATUSES_TO_VALIDATE: readonly PostStatus[] = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'scheduled',
];

interface Finding {
  post: Post;
  accountId: string;
  account: Account | undefined;
  problem: Problem;
}

function humanLine(f: Finding, language: CliLanguage): string {
  const who = f.account ? `${f.account.handle} (${f.account.network})` : f.accountId;
  const colon = language === 'fr' ? '\u202F:' : ':';
  return `${f.post.title.trim() || f.post.id} · ${who}${colon} ${problemMessage(f.problem, language)}`;
}

function jsonLine(f: Finding, language: CliLanguage): string {
  const { code, severity, field, params, range } = f.problem;
  return JSON.stringify({
    postId: f.post.id,
    title: f.post.title,
    status: f.post.status,
    accountId: f.accountId,
    handle: f.account?.handle ?? null,
    network: f.account?.network ?? null,
    code,
    severity,
    field,
    params,
    range: range ?? null,
    message: problemMessage(f.problem, language),
  });
}

function summary(errors: number, warnings: number, posts: number, language: CliLanguage): string {
  return language === 'fr'
    ? `${errors} erreur(s) et ${warnings} avertissement(s) dans ${posts} publication(s) vérifiée(s).`
    : `${errors} error(s) and ${warnings} warning(s) in ${posts} post(s) checked.`;
}

export const validateCommand = defineCommand({
  name: 'validate',
  summary: {
    fr: 'vérifie chaque variante selon les règles de son réseau',
    en: 'checks every variant against its network’s rules',
  },
  help: {
    fr: `Usage\u202F: calepin validate --workspace DOSSIER [--json]

Vérifie chaque variante des publications qui partiront encore (brouillon, en validation,
à reprendre, validée, programmée) selon les règles de son réseau\u202F: longueur, hashtags,
mentions, liens, fils, premier commentaire, médias (nombre, format, poids, proportions, durée),
textes alternatifs, caractères invisibles.
Une ligne par problème. Ne modifie rien. Code de sortie 1 s’il y a au moins une erreur
(les avertissements seuls donnent 0).

  --workspace DOSSIER   l’espace de travail
  --json                une ligne JSON par problème\u202F: postId, title, status, accountId,
                        handle, network, code, severity, field, params, range, message
  -h, --help            cette aide`,
    en: `Usage: calepin validate --workspace DIR [--json]

Checks every variant of the posts that will still go out (draft, in review, changes
requested, approved, scheduled) against its network's rules: length, hashtags, mentions,
links, threads, first comment, media (count, format, size, ratio, duration), alt text,
invisible characters. One line per problem.
Changes nothing. Exits with 1 if there is at least one error (warnings alone give 0).

  --workspace DIR   the workspace
  --json            one JSON line per problem: postId, title, status, accountId, handle,
                    network, code, severity, field, params, range, message
  -h, --help        this help`,
  },
  options: { workspace: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values }, io, language) {
    const dir = requireWorkspace(values);
    return withReadOnlyWorkspace(dir, io.env, async (store) => {
      const accounts = store.workspace().accounts;
      const media = store.listMedia();
      const summaries = sortForListing(store.listPosts()).filter((p) => STATUSES_TO_VALIDATE.includes(p.status));
      const findings: Finding[] = [];
      for (const summary of summaries) {
        const post = await store.getPost(summary.id);
        for (const report of validatePost(post, accounts, media)) {
          for (const problem of report.problems) {
            findings.push({ post, accountId: report.accountId, account: report.account, problem });
          }
        }
      }
      const errors = findings.filter((f) => f.problem.severity === 'error').length;
      if (values.json) {
        printLines(
          io,
          findings.map((f) => jsonLine(f, language)),
        );
      } else {
        printLines(io, [
          ...findings.map((f) => humanLine(f, language)),
          summary(errors, findings.length - errors, summaries.length, language),
        ]);
      }
      return errors > 0 ? 1 : 0;
    });
  },
});
