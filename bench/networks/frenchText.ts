/**
 * Deterministic French social-media prose for the counting benchmarks: accents, typographic
 * apostrophes, « guillemets » with narrow no-break spaces, emoji, links, hashtags and mentions.
 * Sentences are drawn from a seeded generator so that no two repeat: a benchmark on repeated
 * sentences would measure the counters' caches, not the counting.
 */
const WORDS = (
  'notre nouvelle boulangerie ouvre ses portes à Lyon ce samedi venez goûter la brioche aux pralines façon ' +
  'maison dès sept heures on vous attend nombreux l’équipe a préparé une surprise pour les premiers clients merci ' +
  'leur soutien quelle est votre viennoiserie préférée dites-le-nous en commentaire prix horaires et accès tout est ' +
  'sur site rubrique nos adresses résultat du vote pain au chocolat chocolatine été hiver œuvre cœur très déjà où'
).split(' ');
const DECORATIONS = [
  ' 🥐',
  ' 🎉',
  ' #Lyon',
  ' #Boulangerie',
  ' @BoulangerieLyon',
  ' @marie.dupont@mastodon.social',
  ' 👇',
  ' 😄',
  '',
];
const ENDINGS = ['.', '\u202f!', '\u202f?', '.', '…'];

function generator(seed: number): () => number {
  let state = (seed * 2_654_435_761 + 1) >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}

export function frenchText(length: number, seed = 0): string {
  const next = generator(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  let text = '';
  let sentence = 0;
  while (text.length < length) {
    const words = Array.from({ length: 6 + Math.floor(next() * 12) }, () => pick(WORDS));
    let line = words.join(' ');
    line = line.charAt(0).toUpperCase() + line.slice(1);
    if (next() < 0.15) line += ` « ${pick(WORDS)} ${pick(WORDS)} »`;
    if (next() < 0.1) line += ` https://calepin.example/${seed}/${sentence}?utm_source=bench`;
    text += line + pick(ENDINGS) + pick(DECORATIONS) + (next() < 0.2 ? '\n\n' : ' ');
    sentence += 1;
  }
  return text.slice(0, length);
}
