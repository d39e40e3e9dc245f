// Renders course text compiled from markdown at build time; course links use the router.
import { toJsxRuntime, type Components } from "hast-util-to-jsx-runtime";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { Link } from "react-router";
import type { RichTextTree } from "../course/types";

const components: Partial<Components> = {
  a: ({ href = "", title, className, children }) =>
    href.startsWith("/") ? (
      <Link to={href} title={title} className={className}>
        {children}
      </Link>
    ) : (
      <a href={href} target="_blank" rel="noreferrer noopener">
        {children}
      </a>
    ),
  // Lesson markdown uses ## for its own sections; inside a section headings start one level lower.
  h2: ({ children }) => <h3>{children}</h3>,
  h3: ({ children }) => <h4>{children}</h4>,
  // Code blocks scroll sideways on narrow screens; the keyboard can scroll them too.
  pre: ({ children }) => <pre tabIndex={0}>{children}</pre>,
  table: ({ children }) => (
    <div className="table-scroll">
      <table>{children}</table>
    </div>
  ),
};

export function RichText({ tree }: { tree: RichTextTree }) {
  return toJsxRuntime(tree, { Fragment, jsx, jsxs, components });
}
