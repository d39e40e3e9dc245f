// A learner-typed name, isolated for bidirectional text: a right-to-left name cannot reorder the
// text around it, and bidi controls inside it were already removed (see room/protocol/names).
export function LearnerName({ name }: { name: string }) {
  return (
    <bdi className="learner-name" dir="auto">
      {name}
    </bdi>
  );
}
