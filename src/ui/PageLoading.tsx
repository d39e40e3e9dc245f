// Stands in for a page or a lesson's text while its code or text is still arriving.
export function PageLoading() {
  return <p className="page-loading">…</p>;
}
