/** `calepin web`: the URL comes first, and the loopback server only answers the browser it printed it for. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, runCalepin, spawnCalepinWeb, type RunningWeb } from '../../helpers/cli.js';
import { rawRequest, sessionCookieFrom } from '../../helpers/http.js';
import { corruptFile } from '../../helpers/corrupt.js';
import { makeTempDir, type TempDir } from '../../helpers/tempDir.js';

let temp: TempDir;
let web: RunningWeb;
let cookie = '';

beforeAll(async () => {
  await buildCli();
  temp = await makeTempDir('calepin-web-');
  web = await spawnCalepinWeb(['--sample'], { env: { CALEPIN_DATA_DIR: temp.join('data') } });
  cookie = sessionCookieFrom(await rawRequest(web.url));
});

afterAll(async () => {
  await web?.stop();
  await temp?.remove();
});

const api = (name: string, headers: Record<string, string>, body = '{}') =>
  rawRequest(`${web.origin}/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body,
  });

describe('calepin web', () => {
  it('prints the URL to open first: loopback, with its token', () => {
    expect(web.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{20,}$/);
  });

  it('trades the token for a session cookie and a redirect', async () => {
    const response = await rawRequest(web.url);
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/');
    expect(String(response.headers['set-cookie'])).toMatch(
      /^calepin_session=[^;]+; HttpOnly; SameSite=Strict; Path=\//,
    );
  });

  it('answers the API with the cookie and its own Origin, on the sample workspace', async () => {
    const response = await api('app.status', { Cookie: cookie, Origin: web.origin });
    expect(response.status).toBe(200);
    const result = JSON.parse(response.text);
    expect(result.ok).toBe(true);
    expect(result.value).toMatchObject({ host: 'web', workspace: { name: 'Les Fournils de Saône (exemple)' } });
    expect(result.value.workspace.path).toBe(path.join(temp.join('data'), 'Exemple.calepin'));
  });

  it('refuses another Host (DNS rebinding) with 421', async () => {
    const response = await rawRequest(`${web.origin}/`, { headers: { Host: 'evil.example:80', Cookie: cookie } });
    expect(response.status).toBe(421);
  });

  it('refuses a request without the session cookie with 401', async () => {
    expect((await api('app.status', { Origin: web.origin })).status).toBe(401);
    expect((await rawRequest(`${web.origin}/`)).status).toBe(401);
  });

  it('refuses an API call from another Origin with 403', async () => {
    expect((await api('posts.list', { Cookie: cookie, Origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('posts.list', { Cookie: cookie })).status).toBe(403);
  });

  it('serves the pictures of the open workspace under /media/<sha256>, and nothing else there', async () => {
    const media = JSON.parse((await api('media.list', { Cookie: cookie, Origin: web.origin })).text).value as {
      sha256: string;
      bytes: number;
    }[];
    expect(media.length).toBeGreaterThanOrEqual(4);
    const picture = await rawRequest(`${web.origin}/media/${media[0]!.sha256}`, { headers: { Cookie: cookie } });
    expect(picture.status).toBe(200);
    expect(picture.headers['content-type']).toBe('image/jpeg');
    expect(picture.body.length).toBe(media[0]!.bytes);
    const unknown = await rawRequest(`${web.origin}/media/${'0'.repeat(64)}`, { headers: { Cookie: cookie } });
    expect(unknown.headers['content-type']).not.toBe('image/jpeg');
    const noCookie = await rawRequest(`${web.origin}/media/${media[0]!.sha256}`);
    expect(noCookie.status).toBe(401);
  });
});

describe('stopping calepin web', () => {
  it('stops cleanly on SIGTERM and on SIGINT, releasing the workspace', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const data = temp.join(`data-${signal}`);
      const running = await spawnCalepinWeb(['--sample', '--data-dir', data]);
      const lock = path.join(data, 'Exemple.calepin', '.calepin-lock');
      expect(existsSync(lock)).toBe(true);
      expect(await running.stop(signal)).toBe(0);
      expect(existsSync(lock)).toBe(false);
    }
  });

  it('says so in one sentence when --workspace is not a workspace', async () => {
    const run = await runCalepin(['web', '--workspace', temp.join('nowhere'), '--data-dir', temp.join('data-x')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^calepin web: There is no Calepin workspace in .+nowhere\.\n$/);
  });

  it('still serves a damaged workspace, so the app can name the file and offer its backup', async () => {
    const made = await runCalepin(['new', temp.join('abimé.calepin'), '--sample'], {
      env: { CALEPIN_DATA_DIR: temp.join('data-c') },
    });
    expect(made.code).toBe(0);
    await corruptFile(temp.join('abimé.calepin'), 'workspace.json', 'truncated');
    const damaged = await spawnCalepinWeb([
      '--workspace',
      temp.join('abimé.calepin'),
      '--data-dir',
      temp.join('data-c'),
    ]);
    try {
      const session = sessionCookieFrom(await rawRequest(damaged.url));
      const response = await rawRequest(`${damaged.origin}/api/app.status`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: session, Origin: damaged.origin },
        body: '{}',
      });
      const status = JSON.parse(response.body.toString('utf8')).value;
      expect(status.workspace).toBeNull();
      expect(status.problem.code).toBe('WORKSPACE_CORRUPT');
      expect(status.problem.params.file).toMatch(/workspace\.json$/);
      expect(damaged.stderr()).toMatch(/workspace\.json/);
    } finally {
      await damaged.stop();
    }
  });
});
