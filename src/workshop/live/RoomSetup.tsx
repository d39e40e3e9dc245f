// Creating a live room, or opening one this browser created before.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { formatJoinCode } from "../../room";
import { RoomError, type LiveRoom } from "../../room/facilitator";

export function RoomSetup({ live }: { live: LiveRoom }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError("");
    try {
      await live.create(title.trim());
      setTitle("");
    } catch (failure) {
      const status = failure instanceof RoomError ? failure.status : 0;
      setError(failure instanceof RoomError && failure.code === "storage" ? t("live.errors.storage") : status === 429 ? t("live.errors.rateLimited") : status === 0 || status === 404 || status === 405 ? t("live.errors.noServer") : t("live.errors.other", { message: (failure as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="room-setup-heading">
      <h3 id="room-setup-heading">{t("live.createHeading")}</h3>
      <form onSubmit={(event) => void create(event)} className="form-row">
        <label htmlFor="room-title">{t("live.title")}</label>
        <input id="room-title" type="text" maxLength={80} value={title} onChange={(e) => setTitle(e.target.value)} />
        <button type="submit" className="primary" disabled={busy}>
          {t("live.create")}
        </button>
      </form>
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
      {live.saved.length > 0 && (
        <>
          <h3>{t("live.savedHeading")}</h3>
          <ul className="saved-rooms">
            {live.saved.map(({ room }) => (
              <li key={room.id}>
                <span className="join-code">{formatJoinCode(room.code)}</span> {room.title && <bdi dir="auto">{room.title}</bdi>}{" "}
                {room.id === live.current?.room.id ? (
                  <strong>{t("live.isOpen")}</strong>
                ) : (
                  <button type="button" onClick={() => live.open(room.id)}>
                    {t("live.open", { code: formatJoinCode(room.code) })}
                  </button>
                )}{" "}
                <button type="button" className="link-button" onClick={() => live.forget(room.id)}>
                  {t("live.forget", { code: formatJoinCode(room.code) })}
                </button>
              </li>
            ))}
          </ul>
          <p className="muted">{t("live.forgetHelp")}</p>
        </>
      )}
    </section>
  );
}
