// Joining a workshop room from its link: exactly what will be shared, a name, and a yes or a no.
// Nothing is sent to the room until the learner says yes.
import { useEffect, useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { LANGUAGES } from "../../course/languages";
import { progressStore, useProgress } from "../../progress";
import { createRoomClient, RoomError } from "../client";
import { readMembership, saveMembership } from "../membership";
import { formatJoinCode, normalizeJoinCode } from "../protocol/codes";
import { LIMITS } from "../protocol/limits";
import { forgetTracker } from "./tracker";
import "./room.css";

const SHARED = ["name", "status", "checks", "hints", "time", "drafts", "hand"] as const;

export default function JoinPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const params = useParams();
  const progress = useProgress();
  const [codeInput, setCodeInput] = useState(params.code ?? "");
  const [name, setName] = useState(progress.learner ?? "");
  const [team, setTeam] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  const [declined, setDeclined] = useState(false);
  const ids = { name: useId(), team: useId(), code: useId(), error: useId() };
  const code = normalizeJoinCode(codeInput);
  const current = readMembership();

  useEffect(() => {
    document.title = `${t("room.join.heading")} · ${t("layout.title")}`;
  }, [t]);

  const explain = (failure: unknown) => {
    if (!(failure instanceof RoomError)) return t("room.join.errors.network");
    if (failure.status === 0) return t("room.join.errors.network");
    if (failure.status === 404) return t("room.join.errors.notFound", { code: code ? formatJoinCode(code) : codeInput });
    if (failure.status === 429) return t("room.join.errors.rateLimited", { seconds: failure.retryAfterSeconds ?? 60 });
    if (failure.status === 409) return t("room.join.errors.full", { max: LIMITS.learnersPerRoom });
    return t("room.join.errors.other", { message: failure.message });
  };

  const join = async (event: FormEvent) => {
    event.preventDefault();
    if (!code) return setError(t("room.join.errors.badCode", { code: codeInput }));
    if (!name.trim()) return setError(t("room.join.errors.nameRequired"));
    setBusy(true);
    setError("");
    const client = createRoomClient();
    try {
      const lang = LANGUAGES.find((l) => l === i18n.resolvedLanguage);
      const learnerId = progressStore.ensureLearnerId();
      const joined = await client.join({ code, learnerId, name, ...(team.trim() ? { team } : {}), ...(lang ? { lang } : {}) });
      if (current && current.roomId !== joined.room.id) await client.leave(current.roomId, current.token).catch(() => undefined);
      if (!progressStore.getSnapshot().learner?.trim()) progressStore.commit((p) => ({ ...p, learner: joined.learner.name }));
      forgetTracker();
      const saved = saveMembership({
        roomId: joined.room.id,
        code: joined.room.code,
        title: joined.room.title,
        expiresAt: joined.room.expiresAt,
        token: joined.token,
        learnerId,
        name: joined.learner.name,
        ...(joined.learner.team ? { team: joined.learner.team } : {}),
        joinedAt: new Date().toISOString(),
      });
      if (!saved) {
        await client.leave(joined.room.id, joined.token).catch(() => undefined);
        setError(t("room.join.errors.storage"));
        return;
      }
      void navigate("/", { replace: true });
    } catch (failure) {
      setError(explain(failure));
    } finally {
      setBusy(false);
    }
  };

  if (declined) {
    return (
      <article className="join-room">
        <h1>{t("room.join.heading")}</h1>
        <p role="status">{t("room.join.declined")}</p>
        <p>
          <Link to="/">{t("room.join.toCourse")}</Link>
        </p>
      </article>
    );
  }

  return (
    <article className="join-room">
      <h1>{t("room.join.heading")}</h1>
      <p className="lead">
        {code ? t("room.join.intro", { code: formatJoinCode(code) }) : t("room.join.introNoCode")}
      </p>
      {current && <p className="notice">{t("room.join.alreadyIn", { code: formatJoinCode(current.code) })}</p>}
      <section aria-labelledby="shared-heading">
        <h2 id="shared-heading">{t("room.join.sharedHeading")}</h2>
        <ul className="shared-list">
          {SHARED.map((item) => (
            <li key={item}>{t(`room.join.shared.${item}`)}</li>
          ))}
        </ul>
        <p className="not-shared">{t("room.join.notShared")}</p>
        <p>{t("room.join.stays")}</p>
      </section>
      <form onSubmit={(event) => void join(event)} aria-describedby={error ? ids.error : undefined}>
        {!params.code || !normalizeJoinCode(params.code) ? (
          <>
            <label htmlFor={ids.code}>{t("room.join.code")}</label>
            <input id={ids.code} type="text" className="join-code" autoComplete="off" value={codeInput} maxLength={20} onChange={(e) => setCodeInput(e.target.value)} />
          </>
        ) : (
          <p>
            {t("room.join.code")}: <span className="join-code">{formatJoinCode(code ?? "")}</span>
          </p>
        )}
        <label htmlFor={ids.name}>{t("room.join.name")}</label>
        <input id={ids.name} type="text" autoComplete="name" maxLength={LIMITS.name} required value={name} onChange={(e) => setName(e.target.value)} />
        <label htmlFor={ids.team}>{t("room.join.team")}</label>
        <input id={ids.team} type="text" maxLength={LIMITS.team} value={team} onChange={(e) => setTeam(e.target.value)} />
        {error && (
          <p id={ids.error} className="error-message" role="alert">
            {error}
          </p>
        )}
        <div className="toolbar">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t("room.join.joining") : t("room.join.yes")}
          </button>
          <button type="button" onClick={() => setDeclined(true)} disabled={busy}>
            {t("room.join.no")}
          </button>
        </div>
      </form>
    </article>
  );
}
