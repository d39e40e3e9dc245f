// Shown in place of a page whose code or lesson text failed to load (say, the network dropped
// before the course was kept for offline use); the header and everything stored stay as they are.
import { useTranslation } from "react-i18next";
import { Link, useRouteError } from "react-router";
import { paths } from "./paths";

export function PageError() {
  const { t } = useTranslation();
  const error = useRouteError();
  return (
    <article className="not-found" role="alert">
      <h1>{t("pageError.title")}</h1>
      <p>{t("pageError.body")}</p>
      {error instanceof Error && <p className="muted">{error.message}</p>}
      <p>
        {/* A full reload, since a browser may remember a failed import for the page's lifetime. */}
        <button type="button" className="primary" onClick={() => window.location.reload()}>
          {t("pageError.retry")}
        </button>{" "}
        <Link to={paths.home()}>{t("notFound.home")}</Link>
      </p>
    </article>
  );
}
