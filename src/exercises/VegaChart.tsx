// A Vega-Lite chart from display(spec); vega-embed is loaded the first time a chart is shown.
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { fitToContainer } from "./chartFit";
import { chartSpecOrThrow } from "./chartSpec";

export default function VegaChart({ spec }: { spec: Record<string, unknown> }) {
  const { t } = useTranslation();
  const target = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let finalize: (() => void) | undefined;
    let live = true;
    Promise.all([import("vega-embed"), import("vega-interpreter")])
      .then(async ([{ default: embed }, { expressionInterpreter }]) => {
        if (!live || !target.current) return;
        const result = await embed(target.current, fitToContainer(chartSpecOrThrow(spec, t)) as never, {
          actions: false,
          renderer: "svg",
          // Expressions are interpreted, not compiled with Function, which the page's
          // Content-Security-Policy forbids.
          ast: true,
          expr: expressionInterpreter,
          // Charts draw only the data they carry: nothing is fetched from anywhere.
          loader: { load: () => Promise.reject(new Error(t("display.noUrls"))), sanitize: () => Promise.reject(new Error(t("display.noUrls"))) } as never,
        });
        finalize = () => result.finalize();
        if (!live) finalize();
      })
      .catch((failure: unknown) => live && setError(failure instanceof Error ? failure.message : String(failure)));
    return () => {
      live = false;
      finalize?.();
    };
  }, [spec, t]);

  const title = typeof spec.title === "string" ? spec.title : t("display.chart");
  return (
    <figure className="chart" aria-label={title}>
      <div ref={target} className="chart-canvas" />
      {error && <p className="python-error">{t("display.chartFailed", { message: error })}</p>}
    </figure>
  );
}
