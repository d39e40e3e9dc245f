// A QR code of the join link to project (uqr makes the matrix; drawn here as SVG squares, so no
// markup from elsewhere enters the page).
import { encode } from "uqr";

export function JoinQr({ link, label }: { link: string; label: string }) {
  const { data, size } = encode(link, { border: 2, ecc: "M" });
  const path = data.flatMap((row, y) => row.flatMap((on, x) => (on ? [`M${x} ${y}h1v1h-1z`] : []))).join("");
  return (
    <svg className="join-qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
