/**
 * `calepin web`: the app in a browser, served on 127.0.0.1 by the same service the desktop app
 * uses. The first line on stdout is the URL to open (token included), so scripts and tests can
 * read it; the server stops cleanly on Ctrl+C or SIGTERM, releasing the workspace's lock.
 */
import { createCalepinService, type CalepinServiceOptions } from '../services/createService.js';
import { defaultDataDir, defaultRendererDir, systemLocaleFrom } from '../services/appPaths.js';
import { mediaRoute } from '../services/mediaRoute.js';
import { mediaUploadRoute } from '../services/mediaUpload.js';
import { startWebServer } from '../web/server.js';
import { defineCommand } from './command.js';
import { problemSentence, UsageError } from './errors.js';
import { line } from './io.js';

function portOf(value: string | boolean | undefined): number {
  if (value === undefined) return 0;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new UsageError(
      `port invalide\u202F: ${String(value)} (un nombre de 0 à 65535).`,
      `invalid port: ${String(value)} (a number from 0 to 65535).`,
    );
  }
  return port;
}

export const webCommand = defineCommand({
  name: 'web',
  summary: { fr: 'ouvre Calepin dans le navigateur (127.0.0.1)', en: 'serves Calepin to a browser (127.0.0.1)' },
  help: {
    fr: `Usage\u202F: calepin web [--workspace DOSSIER | --sample] [--port N] [--data-dir DOSSIER]

Sert l’application sur 127.0.0.1. La première ligne affichée est l’adresse à ouvrir (avec son
jeton d’accès). Ctrl+C arrête le serveur proprement.

  --workspace DOSSIER   l’espace de travail à ouvrir (par défaut, le dernier ouvert)
  --sample              ouvre l’espace d’exemple (créé la première fois)
  --port N              le port (par défaut, un port libre)
  --data-dir DOSSIER    le dossier des données de l’application (préférences, sauvegardes,
                        exemple)\u202F; par défaut $CALEPIN_DATA_DIR, $XDG_DATA_HOME/calepin
                        ou ~/.local/share/calepin
  -h, --help            cette aide`,
    en: `Usage: calepin web [--workspace DIR | --sample] [--port N] [--data-dir DIR]

Serves the app on 127.0.0.1. The first line printed is the address to open (with its access
token). Ctrl+C stops the server cleanly.

  --workspace DIR   the workspace to open (the last one opened by default)
  --sample          opens the sample workspace (made the first time)
  --port N          the port (a free one by default)
  --data-dir DIR    the app's data folder (preferences, backups, the sample); by default
                    $CALEPIN_DATA_DIR, $XDG_DATA_HOME/calepin or ~/.local/share/calepin
  -h, --help        this help`,
  },
  options: {
    workspace: { type: 'string' },
    sample: { type: 'boolean' },
    port: { type: 'string' },
    'data-dir': { type: 'string' },
  },
  async run({ values }, io, language) {
    const port = portOf(values.port);
    const dataDir = typeof values['data-dir'] === 'string' ? values['data-dir'] : defaultDataDir(io.env);
    const open: CalepinServiceOptions['open'] =
      typeof values.workspace === 'string' ? { path: values.workspace } : values.sample ? 'sample' : 'last';
    const log = {
      error: (message: string, detail: unknown) =>
        line(io.stderr, `calepin web: ${message}: ${detail instanceof Error ? detail.message : String(detail)}`),
    };

    const handle = createCalepinService({
      dataDir,
      host: 'web',
      systemLocale: systemLocaleFrom(io.env),
      open,
      onBackgroundError: (error) => log.error('background', error),
    });
    await handle.ready;
    const status = await handle.service['app.status']({});
    if (typeof open === 'object' && status.problem && !status.workspace) {
      // A folder that is not a workspace at all: say so rather than serve an empty app.
      if (status.problem.code === 'WORKSPACE_NOT_FOUND') {
        await handle.close();
        line(io.stderr, `calepin web: ${problemSentence(status.problem, language)}`);
        return 1;
      }
      // A damaged one is served all the same: the app names the file and offers its latest backup.
      line(io.stderr, `calepin web: ${problemSentence(status.problem, language)}`);
    }

    const server = await startWebServer({
      service: handle.service,
      rendererDir: defaultRendererDir(),
      port,
      log,
      extraRoutes: mediaRoute(handle.mediaFile, handle.mediaThumbnail),
      uploadRoutes: mediaUploadRoute({ service: handle.service, dataDir, log }),
    }).catch(async (error: unknown) => {
      await handle.close();
      if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
        throw new UsageError(`le port ${port} est déjà utilisé.`, `port ${port} is already in use.`);
      }
      throw error;
    });
    line(io.stdout, server.url);
    if (status.workspace)
      line(
        io.stderr,
        language === 'fr' ? `Espace de travail\u202F: ${status.workspace.path}` : `Workspace: ${status.workspace.path}`,
      );
    if (status.problem) line(io.stderr, `calepin web: ${problemSentence(status.problem, language)}`);

    await io.waitForStop();
    await server.close();
    await handle.close();
    return 0;
  },
});
