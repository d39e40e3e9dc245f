// Routes of the app; the lesson, workshop and my-data pages are loaded on demand.
import type { ComponentType } from "react";
import { createBrowserRouter, RouterProvider } from "react-router";
import { course } from "../course/course";
import { loadJoinPage } from "../room";
import { PageLoading } from "../ui/PageLoading";
import { HomePage } from "./HomePage";
import { FirstPageShown } from "./FirstPageShown";
import { Layout } from "./Layout";
import { NotFoundPage } from "./NotFoundPage";
import { PageError } from "./PageError";

// Pages loaded on demand, before they render: the router waits for the code (and a lesson's
// text) and then shows the page in one step. A Suspense fallback instead would hold the page back
// by React's reveal throttle (300 ms). On the first page of a visit the layout shows meanwhile.
const onDemand = (load: () => Promise<{ default: ComponentType }>) => ({
  lazy: async () => {
    const Page = (await load()).default;
    return {
      Component: () => (
        <FirstPageShown>
          <Page />
        </FirstPageShown>
      ),
    };
  },
  HydrateFallback: PageLoading,
});

const router = createBrowserRouter(
  [
    {
      element: <Layout />,
      children: [
        {
          // A page that fails to load is replaced by a message inside the layout, not a blank screen.
          errorElement: (
            <FirstPageShown>
              <PageError />
            </FirstPageShown>
          ),
          children: [
            {
              path: "/",
              element: (
                <FirstPageShown>
                  <HomePage />
                </FirstPageShown>
              ),
            },
            {
              path: "/lessons/:slug",
              ...onDemand(() => import("./LessonPage")),
              // The lesson's text loads alongside the page's code.
              loader: async ({ params }) => {
                await course.load(params.slug ?? "");
                return null;
              },
            },
            { path: "/workshop", ...onDemand(() => import("../workshop/WorkshopPage")) },
            { path: "/my-data", ...onDemand(() => import("./myData/MyDataPage")) },
            { path: "/summary", ...onDemand(() => import("./summary/SummaryPage")) },
            { path: "/glossary", ...onDemand(() => import("./glossary/GlossaryPage")) },
            { path: "/join/:code?", ...onDemand(loadJoinPage) },
            {
              path: "*",
              element: (
                <FirstPageShown>
                  <NotFoundPage />
                </FirstPageShown>
              ),
            },
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
