// Zod schemas for every file of a lesson folder; the loader reports their errors by file and field.
import { z } from "zod";
import { REQUEST_KINDS, ROLE_IDS } from "./roles";

const roleId = z.enum(ROLE_IDS);
// Artifacts are plain file names in the learner's folder: no paths, nothing hidden.
const artifactName = z.string().regex(/^[a-z0-9_]+\.(json|csv)$/, "must be a file name like report.json or data.csv");

export const frontmatterSchema = z.strictObject({
  title: z.string().trim().min(1),
  summary: z.string().trim().min(1),
  minutes: z.number().int().min(5).max(30),
  roles: z.array(roleId).min(1),
  reads: z.array(artifactName).default([]),
  writes: z.array(artifactName).default([]),
});
export type Frontmatter = z.infer<typeof frontmatterSchema>;

export const exampleRequestSchema = z.strictObject({
  role: roleId,
  kind: z.enum(REQUEST_KINDS),
  request: z.string().trim().min(1),
  unblocks: z.string().trim().min(1),
});
export type ExampleRequest = z.infer<typeof exampleRequestSchema>;

export const communicationSchema = z.strictObject({
  situation: z.string().trim().min(1),
  roles: z.array(roleId).min(1),
  examples: z.array(exampleRequestSchema).min(1),
  checklist: z.array(z.string().trim().min(1)).min(1),
});
export type Communication = z.infer<typeof communicationSchema>;

export const hintsSchema = z.array(z.string().trim().min(1)).min(3, "needs at least three hints");

export const pythonSourceSchema = z.string().refine((s) => s.trim().length > 0, "is empty");

export const checkSourceSchema = pythonSourceSchema.refine(
  (s) => /^def test_\w+\s*\(/m.test(s),
  "defines no test_* function",
);

const entryId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case words joined by hyphens");

/** lessons/glossary/glossary.LANG.yaml: the course's terms; `match` marks them in lesson text. */
export const glossarySchema = z
  .array(
    z.strictObject({
      id: entryId,
      term: z.string().trim().min(1),
      match: z.array(z.string().trim().min(1)).min(1),
      definition: z.string().trim().min(1),
    }),
  )
  .min(1);
export type GlossarySource = z.infer<typeof glossarySchema>;

/** lessons/glossary/reading.LANG.yaml: books and papers; a link is never required. */
export const readingSchema = z
  .array(
    z.strictObject({
      id: entryId,
      lessons: z.array(z.string().trim().min(1)).min(1),
      title: z.string().trim().min(1),
      by: z.string().trim().min(1),
      published: z.string().trim().min(1),
      note: z.string().trim().min(1),
      url: z.optional(z.url({ protocol: /^https$/ })),
    }),
  )
  .min(1);
export type ReadingSource = z.infer<typeof readingSchema>;
