// 2 つの取り組み方（選ぶこと、各レッスンの両方での状態）の日本語。
import type { tracks as tracksEn } from "./tracks.en";

export const tracks: typeof tracksEn = {
  legend: "どのように参加しますか？",
  code: {
    label: "コードを書く",
    who: "（データサイエンティスト、エンジニア）",
    done: "あなたのコードがすべてのチェックに合格し、依頼を 1 つ書くと、レッスンは完了です。",
  },
  review: {
    label: "レビューして判断する",
    who: "（プロダクト、ビジネス、業務有識者などの役割）",
    done: "レビューの問いにすべて正しく答え、依頼を 1 つ書くと、レッスンは完了です。",
  },
  notChosen: "取り組み方を選んでください。選ぶまでは、コードとチェックで進み具合を数えます。",
  keep: "いつでも変えられます。コードもレビューの回答も残るので、何も失われません。",
  name: { code: "コード", review: "レビュー" },
  status: "{{track}}：{{status}}",
  reviewRight: "レビュー：{{total}} 問中 {{right}} 問正解",
  yours: "あなたの取り組み方は「{{track}}」です。",
  unchosen: "取り組み方はまだ選ばれていません。コードの取り組み方で数えています。",
  switchTo: "「{{track}}」に切り替える",
};
