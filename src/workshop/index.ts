// What the rest of the app uses of the workshop: the workshop link and its scope. The workshop page
// itself (WorkshopPage.tsx) is the router's on-demand entry.
export { LINK_PARAMS, lessonsInScope, parseWorkshopLink, readScope, scopeFromChoice, type WorkshopScope } from "./link";
