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
