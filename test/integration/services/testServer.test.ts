/** The e2e tests' server helper does what its documentation says. */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rawRequest } from '../../helpers/http.js';
import { startTestServer } from '../../helpers/testServer.js';

describe('startTestServer', () => {
  it('serves the sample over HTTP with a ready session, and cleans up after itself', async () => {
    const server = await startTestServer({ requireRenderer: false });
    try {
      expect(server.url.startsWith(`${server.origin}/?token=`)).toBe(true);
      expect(server.workspaceDir).toContain('Exemple.calepin');
      const status = await server.call('app.status', {});
      expect(status.ok && status.value.workspace?.name).toBe('Les Fournils de Saône (exemple)');
      const created = await server.call('posts.create', {
        draft: { title: 'Depuis le test', plannedAt: null, accounts: [] },
      });
      expect(created.ok).toBe(true);
      expect((await server.service['posts.list']({})).some((p) => p.title === 'Depuis le test')).toBe(true);
      const [image] = await server.service['media.list']({});
      const picture = await rawRequest(`${server.origin}/media/${image!.sha256}`, {
        headers: { Cookie: server.cookie },
      });
      expect(picture.status).toBe(200);
    } finally {
      await server.close();
    }
    expect(existsSync(server.dataDir)).toBe(false);
  });

  it('can start on an empty workspace, in English', async () => {
    const server = await startTestServer({ requireRenderer: false, workspace: 'empty', locale: 'en' });
    try {
      const status = await server.service['app.status']({});
      expect(status).toMatchObject({ systemLocale: 'en', workspace: { name: 'Vide', counts: { posts: 0 } } });
    } finally {
      await server.close();
    }
  });

  it('says how to build the renderer when it is missing', async () => {
    await expect(startTestServer({ rendererDir: '/nonexistent/renderer' })).rejects.toThrow(/npm run build:renderer/);
  });
});

describe('startTestServer on a kept data folder', () => {
  it('reopens the same workspace, with its edits, on a second start', async () => {
    const { makeTempDir } = await import('../../helpers/tempDir.js');
    const data = await makeTempDir();
    try {
      const first = await startTestServer({ requireRenderer: false, dataDir: data.path });
      const post = await first.invoke('posts.create', {
        draft: { title: 'Persistante', plannedAt: null, accounts: [] },
      });
      await first.close();
      expect(existsSync(data.path)).toBe(true);
      const second = await startTestServer({ requireRenderer: false, dataDir: data.path, workspace: 'last' });
      expect((await second.invoke('posts.get', { id: post.id })).title).toBe('Persistante');
      await second.close();
    } finally {
      await data.remove();
    }
  });
});
