/** `calepin doctor --workspace DIR [--json]`: checks a workspace without writing to it; exit 1 on any problem. */
import path from 'node:path';
import { defineCommand, printLines, requireWorkspace } from './command.js';
import { checkWorkspace } from './doctorChecks.js';
import { findingSentence } from './doctorMessages.js';

export const doctorCommand = defineCommand({
  name: 'doctor',
  summary: {
    fr: 'vérifie un espace de travail (sans rien modifier)',
    en: 'checks a workspace (without changing anything)',
  },
  help: {
    fr: `Usage\u202F: calepin doctor --workspace DOSSIER [--json]

Vérifie un espace de travail sans rien y écrire : fichiers illisibles, version du format,
index des publications, copies de conflit de synchronisation, fichiers temporaires, médias,
verrou d’un autre Calepin. Code de sortie 1 s’il y a le moindre problème.

  --workspace DOSSIER   l’espace de travail à vérifier
  --json                un objet JSON { ok, posts, media, problems, notes }
  -h, --help            cette aide`,
    en: `Usage: calepin doctor --workspace DIR [--json]

Checks a workspace without writing to it: unreadable files, format version, post index,
sync-conflict copies, temporary files, media, another Calepin's lock.
Exits with 1 if there is any problem.

  --workspace DIR   the workspace to check
  --json            one JSON object { ok, posts, media, problems, notes }
  -h, --help        this help`,
  },
  options: { workspace: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values }, io, language) {
    const dir = path.resolve(requireWorkspace(values));
    const report = await checkWorkspace(dir);
    const describe = (severity: 'problem' | 'note') =>
      report.findings
        .filter((f) => f.severity === severity)
        .map((f) => ({ code: f.code, file: f.file, message: findingSentence(f, language), params: f.params }));
    const problems = describe('problem');
    const notes = describe('note');

    if (values.json) {
      io.stdout.write(
        `${JSON.stringify({ workspace: dir, ok: problems.length === 0, posts: report.posts, media: report.media, problems, notes }, null, 2)}\n`,
      );
      return problems.length === 0 ? 0 : 1;
    }
    const fr = language === 'fr';
    printLines(io, [
      ...problems.map((p) => `✗ ${p.message}`),
      ...notes.map((n) => `• ${n.message}`),
      problems.length === 0
        ? fr
          ? `✓ ${dir}\u202F: aucun problème (${report.posts} publications, ${report.media} médias).`
          : `✓ ${dir}: no problems (${report.posts} posts, ${report.media} media).`
        : fr
          ? `${problems.length} problème(s) dans ${dir}.`
          : `${problems.length} problem(s) in ${dir}.`,
    ]);
    return problems.length === 0 ? 0 : 1;
  },
});
