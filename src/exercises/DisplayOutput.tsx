// Rich output from display(obj): a table, a chart (loaded on demand) or text.
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import type { DisplayBundle } from "../runtime";
import { hasNoData } from "./chartFit";

const VegaChart = lazy(() => import("./VegaChart"));

function Table({ bundle }: { bundle: Extract<DisplayBundle, { type: "table" }> }) {
  const { t } = useTranslation();
  return (
    // Its own scroll frame, reachable by keyboard, so a wide or long table never widens the page.
    <div className="table-scroll display-table" tabIndex={0} role="group" aria-label={t("display.table")}>
      <table>
        {bundle.total > bundle.rows.length && <caption>{t("display.rowsShown", { shown: bundle.rows.length, total: bundle.total })}</caption>}
        <thead>
          <tr>
            {bundle.columns.map((column, i) => (
              <th key={i} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {bundle.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => (
                <td key={c} className={typeof cell === "number" ? "number" : undefined}>
                  {cell === null ? "" : String(cell)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function DisplayOutput({ bundle }: { bundle: DisplayBundle }) {
  const { t } = useTranslation();
  if (bundle.type === "table") return <Table bundle={bundle} />;
  if (bundle.type === "vega-lite") {
    if (hasNoData(bundle.spec)) {
      const title = typeof bundle.spec.title === "string" ? bundle.spec.title : t("display.chart");
      return <p className="chart-empty">{t("display.emptyChart", { title })}</p>;
    }
    return (
      <Suspense fallback={<p className="muted">{t("display.loadingChart")}</p>}>
        <VegaChart spec={bundle.spec} />
      </Suspense>
    );
  }
  return <pre className="display-text">{bundle.text}</pre>;
}
