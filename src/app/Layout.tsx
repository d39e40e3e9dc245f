// The page frame: header with course title, runtime status and language switch; notices; content.
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link, Outlet } from "react-router";
import { RoomLayer } from "../room";
import { LanguageSwitch } from "./LanguageSwitch";
import { paths } from "./paths";
import { RuntimeStatus } from "./RuntimeStatus";
import { StorageNotice } from "./StorageNotice";
import { useLanguage } from "./useLanguage";
import { useApplyWorkshopLink } from "./workshopScope";

export function Layout() {
  const { t } = useTranslation();
  const lang = useLanguage();
  useApplyWorkshopLink();
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t("layout.skip")}
      </a>
      <header className="site-header">
        <Link to={paths.home()} className="site-title">
          {t("layout.title")}
        </Link>
        <div className="header-tools">
          <Link to={paths.glossary()} className="header-link">
            {t("glossary.nav")}
          </Link>
          <Link to={paths.summary()} className="header-link">
            {t("summary.nav")}
          </Link>
          <Link to={paths.myData()} className="header-link">
            {t("myData.nav")}
          </Link>
          <RuntimeStatus />
          <LanguageSwitch />
        </div>
      </header>
      <StorageNotice />
      <RoomLayer />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t("layout.footer")}</p>
        <p>
          <Link to={paths.workshop()}>{t("workshop.footerLink")}</Link>
        </p>
        <p className="build-label">{t("layout.build", __APP_BUILD__)}</p>
      </footer>
    </>
  );
}
