/**
 * The plan book's pictures, each written once. A picture shown on forty cards would otherwise be
 * forty copies of the same data: URI for Chromium to parse and decode (a 300-post book was 3 MB
 * of HTML, 0.4 MB this way); instead each becomes one CSS class with its data: URI as background,
 * and every card showing it names the class. Only data: URIs of JPEG, PNG or WebP in plain base64 are accepted,
 * so nothing else can reach the stylesheet and nothing is ever loaded from anywhere.
 */
const SAFE_IMAGE_URI = /^data:image\/(webp|jpeg|png);base64,[A-Za-z0-9+/=]+$/;

export interface PictureSheet {
  /** The class of a media item's picture, or null when it has none (or an unsafe one). */
  classOf(mediaId: string): string | null;
  /** The CSS rules, one per picture actually used. */
  css(): string;
}

export function pictureSheet(thumbnails: ReadonlyMap<string, string>): PictureSheet {
  const classes = new Map<string, string>();
  return {
    classOf(mediaId) {
      const uri = thumbnails.get(mediaId);
      if (!uri || !SAFE_IMAGE_URI.test(uri)) return null;
      let name = classes.get(mediaId);
      if (!name) {
        name = `pic-${classes.size}`;
        classes.set(mediaId, name);
      }
      return name;
    },
    css() {
      return [...classes.entries()]
        .map(([id, name]) => `.${name} { background-image: url("${thumbnails.get(id)!}"); }`)
        .join('\n');
    },
  };
}
