// Routes of the app; the lesson page is loaded on demand.
import { lazy, Suspense, type ReactNode } from "react";
import { createBrowserRouter, RouterProvider } from "react-router";
import { course } from "../course/course";
import { HomePage } from "./HomePage";
import { Layout } from "./Layout";
import { NotFoundPage } from "./NotFoundPage";
import { PageError } from "./PageError";

const LessonPage = lazy(() => import("./LessonPage"));
const MyDataPage = lazy(() => import("./myData/MyDataPage"));
const WorkshopPage = lazy(() => import("../workshop/WorkshopPage"));

const onDemand = (page: ReactNode) => <Suspense fallback={<p className="page-loading">…</p>}>{page}</Suspense>;

const router = createBrowserRouter(
  [
    {
      element: <Layout />,
      children: [
        {
          // A page that fails to load is replaced by a message inside the layout, not a blank screen.
          errorElement: <PageError />,
          children: [
            { path: "/", element: <HomePage /> },
            {
              path: "/lessons/:slug",
              // Fetch the lesson's text alongside the page's code instead of after it.
              loader: ({ params }) => {
                void course.load(params.slug ?? "");
                return null;
              },
              element: onDemand(<LessonPage />),
            },
            { path: "/workshop", element: onDemand(<WorkshopPage />) },
            { path: "/my-data", element: onDemand(<MyDataPage />) },
            { path: "*", element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ],
  { basename: import.meta.env.BASE_URL.replace(/\/$/, "") || "/" },
);

export function App() {
  return <RouterProvider router={router} />;
}
