/**
 * The sample's pictures. Hashes and sizes come from imageManifest.ts, written with the files of
 * assets/sample/images/ by scripts/make-sample-images.mjs; the words (names, alt text, tags) live here.
 */
import { IMAGE_MANIFEST } from './imageManifest.js';

export const SAMPLE_IMAGES = {
  'croissants.jpg': {
    id: 'img-croissants',
    name: 'Croissants sur plaque',
    alt: 'Cinq croissants dorés posés sur une plaque noire, sur un plan de travail en bois saupoudré de farine.',
    tags: ['viennoiserie', 'produit'],
    folder: 'Produits',
  },
  'facade-croix-rousse.jpg': {
    id: 'img-facade',
    name: 'Vitrine de la Croix-Rousse',
    alt: 'Façade crème de la boutique de la Croix-Rousse, store rayé vert et blanc, enseigne « Les Fournils de Saône » et vitrine éclairée garnie de pains.',
    tags: ['boutique', 'croix-rousse'],
    folder: 'Boutiques',
  },
  'baguettes.jpg': {
    id: 'img-baguettes',
    name: 'Trois baguettes sur lin',
    alt: 'Trois baguettes de tradition aux grignes bien ouvertes, alignées sur un torchon de lin fariné.',
    tags: ['pain', 'produit'],
    folder: 'Produits',
  },
  'montreal-neige.jpg': {
    id: 'img-montreal',
    name: 'Le Plateau sous la neige',
    alt: 'La boutique de Montréal un soir d’hiver : vitrine chaude et dorée, façade de brique, neige qui tombe sur le trottoir.',
    tags: ['boutique', 'québec', 'hiver'],
    folder: 'Boutiques',
  },
  'tarte-pralines.jpg': {
    id: 'img-tarte',
    name: 'Tarte aux pralines',
    alt: 'Tarte aux pralines roses vue de dessus sur un marbre blanc, une part légèrement sortie.',
    tags: ['pâtisserie', 'lyon', 'produit'],
    folder: 'Produits',
  },
  'cafe-latte.jpg': {
    id: 'img-latte',
    name: 'Café crème et sablé',
    alt: 'Tasse de café crème vue de dessus avec un cœur dessiné dans la mousse, un sablé posé à côté, sur une table vert sapin.',
    tags: ['café', 'boisson'],
    folder: 'Café',
  },
} as const;

export type SampleImageFile = keyof typeof SAMPLE_IMAGES;

export interface SampleImage {
  file: SampleImageFile;
  id: string;
  name: string;
  alt: string;
  tags: string[];
  folder: string;
  sha256: string;
  width: number;
  height: number;
  bytes: number;
  mime: string;
}

export function sampleImages(): SampleImage[] {
  return IMAGE_MANIFEST.map((entry) => {
    const file: SampleImageFile = entry.file;
    const words = SAMPLE_IMAGES[file];
    return {
      ...words,
      tags: [...words.tags],
      file,
      sha256: entry.sha256,
      width: entry.width,
      height: entry.height,
      bytes: entry.bytes,
      mime: entry.mime,
    };
  });
}

export function sampleImage(file: SampleImageFile): SampleImage {
  const image = sampleImages().find((candidate) => candidate.file === file);
  if (!image) throw new Error(`sample image ${file} is missing from the manifest`);
  return image;
}
