import { describe, expect, it } from 'vitest';
import { OPERATION_NAMES, type AppStatus, type CalepinService } from '../../../core/api.js';
import { observePreferences } from '../../../electron/shell/preferences.js';

/** A class-based service, to check `this` survives the wrapping. */
class Service {
  language: 'system' | 'fr' | 'en' = 'system';
  status(): AppStatus {
    return {
      host: 'electron',
      systemLocale: 'fr',
      preferences: { language: this.language, theme: 'system' },
      workspace: null,
      readOnly: null,
      problem: null,
      pendingSaves: 0,
    };
  }
}
for (const name of OPERATION_NAMES) {
  (Service.prototype as unknown as Record<string, unknown>)[name] = function (
    this: Service,
    input: { language?: 'fr' | 'en' },
  ) {
    if (name === 'app.setPreferences' && input.language) this.language = input.language;
    return Promise.resolve(name.startsWith('app.') ? this.status() : []);
  };
}

describe('the shell follows the preferences', () => {
  it('hears about a language change after it is saved, and passes every call through', async () => {
    const inner = new Service();
    const heard: string[] = [];
    const service = observePreferences(inner as unknown as CalepinService, (status) =>
      heard.push(status.preferences.language),
    );
    expect(Object.keys(service).sort()).toEqual([...OPERATION_NAMES].sort());
    await service['posts.list']({});
    expect(heard).toEqual([]);
    const status = await service['app.setPreferences']({ language: 'en' });
    expect(status.preferences.language).toBe('en');
    expect(heard).toEqual(['en']);
    expect((await service['app.status']({})).preferences.language).toBe('en');
  });
});
