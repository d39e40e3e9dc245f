// The lessons a workshop link chose, kept for this browser session so every page follows them.
import { useEffect, useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";
import { course } from "../course/course";
import { LINK_PARAMS, parseWorkshopLink, readScope, scopeFromChoice, type WorkshopScope } from "../workshop";

const SCOPE_KEY = "mlops-course:workshop";
const slugs = course.lessons.map((lesson) => lesson.slug);
const listeners = new Set<() => void>();

function load(): WorkshopScope | null {
  try {
    return readScope(window.sessionStorage.getItem(SCOPE_KEY), slugs);
  } catch {
    return null;
  }
}

let current = load();

function save(scope: WorkshopScope | null) {
  current = scope;
  try {
    if (scope) window.sessionStorage.setItem(SCOPE_KEY, JSON.stringify(scope));
    else window.sessionStorage.removeItem(SCOPE_KEY);
  } catch {
    // Storage refused (private mode, quota): the choice still holds until the page is reloaded.
  }
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useWorkshopScope() {
  return useSyncExternalStore(subscribe, () => current);
}

export function setShowAllLessons(showAll: boolean) {
  if (current) save({ ...current, showAll });
}

/** Applies a workshop link wherever the course is opened with one, then tidies the address. */
export function useApplyWorkshopLink() {
  const { i18n } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  useEffect(() => {
    const choice = parseWorkshopLink(location.search, slugs);
    if (!choice) return;
    if (choice.lang) void i18n.changeLanguage(choice.lang);
    save(scopeFromChoice(choice));
    // Dropping the parameters keeps a later reload from undoing "Show all lessons".
    const params = new URLSearchParams(location.search);
    params.delete(LINK_PARAMS.lang);
    params.delete(LINK_PARAMS.lessons);
    const search = params.toString();
    void navigate({ pathname: location.pathname, search: search ? `?${search}` : "", hash: location.hash }, { replace: true });
  }, [location, navigate, i18n]);
}
