import { z } from 'zod';

type PatchShape<Shape extends z.ZodRawShape> = {
  [K in keyof Shape]: z.ZodOptional<Shape[K] extends z.ZodDefault<infer Inner> ? Inner : Shape[K]>;
};

/**
 * A schema for partial updates of `schema`: every field optional and, unlike zod's `.partial()`,
 * with no defaults. zod 4 applies `.default()` inside `.partial()`, so a patch `{ title }` would
 * come out as `{ title, status: 'draft', masterText: '', … }` and wipe every field left out.
 */
export function patchOf<Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape>): z.ZodObject<PatchShape<Shape>> {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const inner = field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType);
    shape[key] = inner.optional();
  }
  return z.object(shape) as unknown as z.ZodObject<PatchShape<Shape>>;
}
