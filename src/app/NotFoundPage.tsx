// Shown for any address the course does not have.
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { paths } from "./paths";

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <article className="not-found">
      <h1>{t("notFound.title")}</h1>
      <p>{t("notFound.body")}</p>
      <p>
        <Link to={paths.home()}>{t("notFound.home")}</Link>
      </p>
    </article>
  );
}
