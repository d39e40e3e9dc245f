// 演習ページの道具（新しい結果、完了の条件、解答例、レイアウト）の日本語。
import type { done as doneEn, fresh as freshEn, jump as jumpEn, notebook as notebookEn, solution as solutionEn, summary as summaryEn, glossary as glossaryEn } from "./lessonPage.en";

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
    review: "レビューの問いにすべて正しく答える",
    track: "取り組み方を選ぶ",
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

export const summary: typeof summaryEn = {
  nav: "あなたのプロジェクト",
  title: "あなたのプロジェクト：ビジネス目標からテストレポートまで",
  lead: "6 つのレッスンで作ったものを、あなたのコードが書いたファイルから読んでまとめます。まだ作っていない部分はコースの解答例のファイルを使い、そのことを示します。",
  lesson: "レッスン {{number}}：{{title}}",
  part: {
    goal: "ビジネス目標",
    analysis: "分析の結果",
    dataset: "データセットとデータシート",
    preprocessor: "前処理器",
    model: "選んだモデル",
    test: "テストレポートと判断",
  },
  fact: {
    problem: "課題",
    monthlyValue: "1 か月の価値",
    payback: "投資を回収する月",
    target: "目標：許容範囲に入る物件の割合",
    size: "売買の件数 × 列の数",
    missing: "欠損値",
    medianPrice: "売却価格の中央値",
    skewness: "価格の歪度",
    drivers: "価格との相関が強い列",
    pairs: "ほぼ重複する列の組",
    rows: "データセットの売買の件数",
    columns: "列の数",
    rules: "対象範囲のルール",
    split: "分割",
    sha256: "データのハッシュ（SHA-256、先頭 12 文字）",
    features: "特徴量の数",
    categorical: "エンコードしたカテゴリ",
    fittedOn: "当てはめたデータ",
    model: "モデル",
    chosenRun: "選んだ実験の実行",
    runs: "記録した実験の実行",
    decision: "判断",
    rmse: "テストデータでの RMSE",
    withinTolerance: "許容範囲に入ったテストデータの物件",
    failingSlices: "目標に届かないスライス",
    conditions: "条件",
  },
  source: {
    learner: "あなたの成果物から。",
    reference: "コースの解答例のファイルから（まだ作っていません）。",
  },
  missing: "まだ作っていません。レッスン {{lesson}} を終えるか、コースの解答例のファイルで補ってください。",
  unreadable: "{{file}} を読めませんでした（{{message}}）。レッスン {{lesson}} をもう一度実行して、ファイルを書き直してください。",
  fill: "足りない部分をコースの解答例のファイルで補う",
  filling: "コースの解答例を実行しています…",
  fillFailed: "解答例のファイルを作れませんでした（{{message}}）。あなたのファイルはそのままです。",
  readFailed: "このブラウザの保存領域からファイルを読めませんでした（{{message}}）。",
  next: {
    heading: "次の 4 つのプロセスに必要なもの",
    deploy: "デプロイ：前処理器とモデルに、コードとデータのバージョン、テストの指標、モデルカードを添えたリリースを作り、テストの判断が許すときだけ昇格させる。",
    serve: "サービング：1 件でもまとめてでも使える predict(listing) が入力を検証すること、サービング時に学習時とまったく同じように特徴量を計算するかのテスト、査定担当者と並べて動かすシャドー運用。",
    monitor: "モニタリング：入力のドリフト、拒否したリクエスト、予測のドリフト、遅れて分かるビジネス指標。アラートにはそれぞれ担当者を決める。",
    retrain: "再学習：いつ、どの期間のデータで再学習するか。新しいモデルを最近のデータとスライスで今のモデルと比べてから、昇格させるか戻すかを決める。",
  },
  portfolioHeading: "プロジェクトのまとめ",
  portfolioReference: "（コースの解答例のファイル）",
};

export const glossary: typeof glossaryEn = {
  nav: "用語集",
  title: "用語集",
  lead: "このコースで使う用語を、それぞれ数文で説明します。各レッスンの最後に、そのレッスンで使う用語があります。",
  inLesson: "このレッスンの用語",
  inLessonHelp: "用語を開くと、意味を読めます。",
  all: "用語集のすべての用語",
  reading: "さらに学ぶ",
  readingHelp: "より深く学ぶための書籍と論文です。図書館や書店で探せるように書名と著者を示します。",
  online: "オンライン版（任意：閉じたネットワークでは開けないことがあります）",
  loading: "用語集を読み込み中…",
  failed: "用語集を読み込めませんでした（{{message}}）。ページを再読み込みして、もう一度試してください。",
};
