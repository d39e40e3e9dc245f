// "Copy as Markdown": puts the lesson's requests on the clipboard and says whether it worked.
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

type Outcome = "idle" | "copied" | "refused";

const FEEDBACK_MS = 4000;

export function CopyMarkdown({ markdown }: { markdown: string }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<Outcome>("idle");
  useEffect(() => {
    if (outcome !== "copied") return;
    const timer = setTimeout(() => setOutcome("idle"), FEEDBACK_MS);
    return () => clearTimeout(timer);
  }, [outcome]);

  const copy = async () => {
    try {
      // Missing outside a secure context; treated like a refusal.
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(markdown);
      setOutcome("copied");
    } catch {
      setOutcome("refused");
    }
  };

  return (
    <span className="copy-markdown">
      <button type="button" onClick={() => void copy()} disabled={markdown === ""}>
        {t("draftTools.copy")}
      </button>
      <span role="status" className={outcome === "refused" ? "copy-refused" : "copy-done"}>
        {outcome === "copied" && t("draftTools.copied")}
        {outcome === "refused" && t("draftTools.copyRefused")}
      </span>
    </span>
  );
}
