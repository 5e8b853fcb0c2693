/**
 * Writes docs/screenshots/*.png (the README's is calendar-fr-light.png). Not part of the normal run,
 * since it rewrites files under docs/: `CALEPIN_SCREENSHOTS=1 npx vitest run --project e2e screenshots`.
 */
import { describe, expect, it } from 'vitest';
import { captureScreens } from './support/screenshots.js';

describe.skipIf(!process.env.CALEPIN_SCREENSHOTS)('screenshots for the docs', () => {
  it.each(['fr', 'en'] as const)('captures the main screens in %s, light and dark', async (language) => {
    const files = await captureScreens(language);
    expect(files).toHaveLength(14);
  });
});
