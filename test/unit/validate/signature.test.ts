import { describe, expect, it } from 'vitest';
import {
  clipboardText,
  mediaLookup,
  publishedParts,
  signParts,
  unsignText,
  validateVariant,
} from '../../../core/validate/index.js';
import { account, only, post } from './fixtures.js';

const SIG = '— L’équipe de la Croix-Rousse';
const signed = (network: 'x' | 'mastodon') => account(network, { style: { signature: SIG } });

describe('signatures added to what a variant publishes', () => {
  it('goes on its own paragraph after the text, trailing spaces dropped', () => {
    expect(signParts(['Bon appétit !  \n'], SIG)).toEqual([`Bon appétit !\n\n${SIG}`]);
  });

  it('goes at the end of the last thread part, before its numbering', () => {
    expect(signParts(['Un 1/2', 'Deux 2/2'], SIG)).toEqual(['Un 1/2', `Deux\n\n${SIG} 2/2`]);
  });

  it('is not added twice when the text already ends with it, nor to an empty text', () => {
    expect(signParts([`Merci.\n\n${SIG}`], SIG)).toEqual([`Merci.\n\n${SIG}`]);
    expect(signParts(['  '], SIG)).toEqual(['  ']);
    expect(signParts(['Merci.'], '  ')).toEqual(['Merci.']);
  });

  it('follows the master text for a variant not customised', () => {
    const p = post('Pain au levain.', { acc_x: { customised: false, text: 'ancien' } });
    expect(publishedParts(p, only(p), signed('x'))).toEqual([`Pain au levain.\n\n${SIG}`]);
  });

  it('counts toward the limit: a text that fits alone is too long once signed', () => {
    const text = 'a'.repeat(270);
    const p = post(text, { acc_x: {} });
    expect(validateVariant(p, only(p), account('x'), mediaLookup([]))).toEqual([]);
    const [problem] = validateVariant(p, only(p), signed('x'), mediaLookup([]));
    expect(problem).toMatchObject({ code: 'text_too_long', params: { limit: 280 } });
    // The overflow starts inside the signature, after the writer's 270 characters and the blank line.
    expect(problem?.range?.start).toBe(280);
  });

  it('copies thread parts separated by a line of dashes', () => {
    expect(clipboardText(['Un 1/2', 'Deux 2/2'])).toBe('Un 1/2\n\n---\n\nDeux 2/2');
  });
});

describe('a signed text coming back from an export', () => {
  const sig = '— L’équipe des Fournils';

  it('loses the signature that publishing adds, so re-importing does not store it', () => {
    const [signed = ''] = signParts(['Ouverture dimanche !'], sig);
    expect(signed).not.toBe('Ouverture dimanche !');
    expect(unsignText(signed, sig)).toBe('Ouverture dimanche !');
  });

  it('keeps a text that does not end with the signature, or where it is part of a sentence', () => {
    expect(unsignText('Ouverture dimanche !', sig)).toBe('Ouverture dimanche !');
    expect(unsignText(`Merci à ${sig}`, sig)).toBe(`Merci à ${sig}`);
    expect(unsignText('Texte', '')).toBe('Texte');
  });
});
