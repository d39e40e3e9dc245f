// The artifact as a person reads it (review.py's view()): headings, key figures, tables, charts.
import type { ReviewBlock } from "../../course/types";
import { DisplayOutput } from "../DisplayOutput";

function Figures({ items }: { items: Extract<ReviewBlock, { type: "figures" }>["items"] }) {
  return (
    <dl className="review-figures">
      {items.map((item, i) => (
        <div key={i} className={item.highlight ? "key" : undefined}>
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function ReviewView({ blocks }: { blocks: ReviewBlock[] }) {
  return (
    <div className="review-view">
      {blocks.map((block, i) => {
        if (block.type === "heading") return <h5 key={i}>{block.text}</h5>;
        if (block.type === "figures") return <Figures key={i} items={block.items} />;
        return <DisplayOutput key={i} bundle={block} />;
      })}
    </div>
  );
}
