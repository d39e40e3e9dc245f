// The 18 roles of the original hands-on; names and duties live in the i18n files.
export const ROLE_IDS = [
  "product-manager",
  "business-analyst",
  "data-analyst",
  "architect",
  "devops-engineer",
  "software-engineer",
  "operator",
  "system-admin",
  "it-auditor",
  "data-architect",
  "domain-expert",
  "data-engineer",
  "data-scientist",
  "ml-engineer",
  "ml-operator",
  "model-risk-manager",
  "mlops-engineer",
  "ai-ml-architect",
] as const;

export type RoleId = (typeof ROLE_IDS)[number];

export const REQUEST_KINDS = ["share", "work", "review"] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];
