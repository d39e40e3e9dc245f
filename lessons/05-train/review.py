"""The review of experiments.json: Sam, the ML engineer, checks the log before packaging the model."""
import json


def _log(files):
    return json.loads(files["experiments.json"])


def _facts(log):
    runs = log["runs"]
    ridge = [r for r in runs if r["model"] == "ridge"]
    baseline = next((r for r in runs if r["model"].startswith("baseline")), None)
    chosen = next(r for r in runs if r["run_id"] == log["chosen_run"])
    metrics = {(r["val_rmse"], r["val_mae"], r["val_within_10pct"]) for r in ridge}
    identical = len(ridge) > 1 and len(metrics) == 1
    hashed = all(r.get("data_sha256") == log.get("data_sha256") for r in runs)
    # Validated on the fitted rows: a plan whose two halves are the same rows.
    plan = log.get("validation_plan") or {}
    by_year = not plan or plan.get("fit") != plan.get("validate")
    return runs, ridge, baseline, chosen, identical, hashed, by_year


def answers(files):
    log = _log(files)
    runs, ridge, baseline, chosen, identical, hashed, by_year = _facts(log)
    findings = []
    if identical:
        findings.append("same-metrics")
    if baseline is None:
        findings.append("no-baseline")
    if not hashed:
        findings.append("hash-missing")
    if not by_year:
        findings.append("validated-on-fit")
    beaten = baseline is not None and chosen["val_rmse"] < baseline["val_rmse"]
    evidence = ["identical-metrics"] if findings else [e for e, ok in (("baseline-beaten", beaten), ("hash-logged", hashed), ("plan-by-year", by_year)) if ok]
    return {
        "chosen-rmse": {"value": round(chosen["val_rmse"]), "tolerance": 1, "typical": {"baseline": round(baseline["val_rmse"])} if baseline else {}},
        "findings": {"options": findings},
        "alpha-effect": {"option": "cannot-tell" if identical else "alpha-matters"},
        "decision": {"option": "send-back" if findings else "package", "evidence": evidence},
        "next": {"option": "ds-refit" if findings else "auditor-hash"},
    }


def facts(files):
    log = _log(files)
    runs, ridge, baseline, chosen, identical, hashed, by_year = _facts(log)
    return {
        "chosen": chosen["run_id"],
        "chosen_rmse": chosen["val_rmse"],
        "baseline_rmse": baseline["val_rmse"] if baseline else 0,
        "ridge_count": len(ridge),
        "spread": max(r["val_rmse"] for r in ridge) - min(r["val_rmse"] for r in ridge),
        "metric": log.get("selection_metric"),
    }


def view(files):
    log = _log(files)
    runs, ridge, baseline, chosen, identical, hashed, by_year = _facts(log)
    heading("The experiment log as it arrived")  # ja: heading("届いた実験ログ")
    figures(
        [
            ("Chosen run", chosen["run_id"], True),  # ja: ("選ばれた実行", chosen["run_id"], True),
            ("Its validation RMSE", f"{chosen['val_rmse']:,.0f} USD", True),  # ja: ("その検証 RMSE", f"{chosen['val_rmse']:,.0f} USD", True),
            ("Selection metric", str(log.get("selection_metric")), False),  # ja: ("選択の指標", str(log.get("selection_metric")), False),
        ]
    )
    heading("Every run")  # ja: heading("すべての実行")
    display(
        [
            # lang: en
            {"run": r["run_id"], "fit rows": r["fit_rows"], "validation rows": r["validation_rows"], "val RMSE (USD)": round(r["val_rmse"]),
             "val MAE (USD)": round(r["val_mae"]), "within ±10 %": f"{r['val_within_10pct']:.1%}", "data hash": str(r.get("data_sha256", ""))[:12]}
            # lang: ja
            # {"実行": r["run_id"], "学習の行数": r["fit_rows"], "検証の行数": r["validation_rows"], "検証 RMSE（USD）": round(r["val_rmse"]),
            #  "検証 MAE（USD）": round(r["val_mae"]), "±10 % 以内": f"{r['val_within_10pct']:.1%}", "データのハッシュ": str(r.get("data_sha256", ""))[:12]}
            # lang: end
            for r in runs
        ]
    )
