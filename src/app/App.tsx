// Routes of the app; the lesson page is loaded on demand.
import { lazy, Suspense } from "react";
import { createBrowserRouter, RouterProvider } from "react-router";
import { course } from "../course/course";
import { HomePage } from "./HomePage";
import { Layout } from "./Layout";
import { NotFoundPage } from "./NotFoundPage";
import { PageError } from "./PageError";

const LessonPage = lazy(() => import("./LessonPage"));
const MyDataPage = lazy(() => import("./myData/MyDataPage"));
const WorkshopPage = lazy(() => import("../workshop/WorkshopPage"));

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
              element: (
                <Suspense fallback={<p className="page-loading">…</p>}>
                  <LessonPage />
                </Suspense>
              ),
            },
            {
              path: "/workshop",
              element: (
                <Suspense fallback={<p className="page-loading">…</p>}>
                  <WorkshopPage />
                </Suspense>
              ),
            },
            {
              path: "/my-data",
              element: (
                <Suspense fallback={<p className="page-loading">…</p>}>
                  <MyDataPage />
                </Suspense>
              ),
            },
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
