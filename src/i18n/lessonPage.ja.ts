// 演習ページの道具（新しい結果、完了の条件、解答例、レイアウト）の日本語。
import type { done as doneEn, fresh as freshEn, jump as jumpEn, notebook as notebookEn, solution as solutionEn } from "./lessonPage.en";

export const fresh: typeof freshEn = {
  ranSilently: "{{time}} に実行しました。何も出力されませんでした。値を見るには print() を使います。",
  outputOld: "この出力は、以前のコードのものです。エディタのコードの出力を見るには、もう一度実行してください。",
  checksOld: {
    code: "この結果は、以前のコードのものです（{{time}} にチェック）。その後、コードが変わりました。",
    language: "この結果は、もう一方の言語でチェックしたものです（{{time}}）。",
    inputs: "この結果は、いまこのレッスンが読むファイルとは別の入力ファイルで {{time}} にチェックしたものです。",
  },
  summaryOld: "前回のチェック：以前のコードで {{count}} 件中 {{passed}} 件に合格。",
  checkAgain: "もう一度チェック",
};

export const done: typeof doneEn = {
  heading: "完了の条件",
  item: {
    checks: "エディタのコードがすべてのチェックに合格する",
    draft: "依頼を 1 つ以上書く",
  },
  ticked: "完了",
  open: "未完了",
  all: "このレッスンは完了です。",
};

export const solution: typeof solutionEn = {
  copy: "コピー",
  copied: "コピーしました。",
  copyRefused: "ブラウザがコピーを許可しませんでした。コードを選択して Ctrl/⌘ + C でコピーしてください。",
  compare: "自分のコードと比べる",
  hideCompare: "比較を閉じる",
  compareLabel: "あなたのコード（左）と解答例（右）",
  put: "エディタに入れる",
  putConfirm: "エディタのコードを解答例に置き換えますか？元に戻せます。",
  putYes: "はい、置き換えます",
  putDone: "解答例をエディタに入れました。",
  undo: "元に戻す",
  undone: "あなたのコードをエディタに戻しました。",
  yourCode: "あなたのコード（ここでは読み取り専用）",
  viewerLabel: "解答例（読み取り専用）",
  loading: "エディタを読み込み中…",
};

export const jump: typeof jumpEn = {
  toEditor: "コードエディタへ移動",
  toTask: "課題に戻る",
};

export const notebook: typeof notebookEn = {
  heading: "Jupyter で続ける",
  lesson: "このレッスンをノートブック（.ipynb）でダウンロード",
  course: "コース全体を 1 つのノートブック（.ipynb）でダウンロード",
  data: "データ（ames.csv）をダウンロード",
  explain: "ノートブックには、レッスンの本文とあなたのコードが入っています。ames.csv をノートブックと同じ場所の data フォルダに置き、JupyterLab で開いてください。",
  failed: "ノートブックを作れませんでした（{{message}}）。コードと進み具合はそのままです。ページを再読み込みして、もう一度試してください。",
  yourCode: "あなたのコード",
  setupComment: "コースと同じ display()：グラフは JupyterLab が描き、それ以外の値はふつうに表示します。",
  from: "コース「MLOps Hands-on」から。上のセルから順に実行してください。",
  files: "このノートブックは `data/ames.csv` を読みます。コースのデータファイル（レッスンのページの「データ（ames.csv）をダウンロード」）を、ノートブックと同じ場所の `data` フォルダに置いてください。",
  filesRead: "ほかに、前のレッスンが書く {{files}} も読みます。同じフォルダで前のレッスンのノートブックを先に実行するか、コース全体のノートブックを使ってください。",
};
