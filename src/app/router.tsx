// Routes of the app; the lesson, workshop and my-data pages are loaded on demand.
import type { ComponentType } from "react";
import { createBrowserRouter } from "react-router";
import { course } from "../course/course";
import { loadJoinPage } from "../room";
import { PageLoading } from "../ui/PageLoading";
import { HomePage } from "./HomePage";
import { FirstPageShown } from "./FirstPageShown";
import { Layout } from "./Layout";
import { NotFoundPage } from "./NotFoundPage";
import { PageError } from "./PageError";
import { BASENAME } from "./basename";

// Pages loaded on demand, before they render: the router waits for the code (and a lesson's
// text) and then shows the page in one step. A Suspense fallback instead would hold the page back
// by React's reveal throttle (300 ms). On the first page of a visit the layout shows meanwhile
// (unless the visit opened on a lesson: see createAppRouter).
const shown = (Page: ComponentType) => ({
  Component: () => (
    <FirstPageShown>
      <Page />
    </FirstPageShown>
  ),
});
const onDemand = (load: () => Promise<{ default: ComponentType }>) => ({
  lazy: async () => shown((await load()).default),
  HydrateFallback: PageLoading,
});

/** The app's router. `lessonPage`: the lesson page, when the visit opened on a lesson and the
 * entry has loaded it and the lesson's text already (preloadLesson.ts): the first render is then
 * the lesson itself, in one go, rather than the layout and then the lesson in a transition. */
export function createAppRouter(lessonPage?: ComponentType) {
  return createBrowserRouter(
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
                id: "lesson",
                path: "/lessons/:slug",
                ...(lessonPage ? shown(lessonPage) : onDemand(() => import("./LessonPage"))),
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
    {
      basename: BASENAME || "/",
      // The lesson's loader has nothing left to do on the first page.
      hydrationData: lessonPage ? { loaderData: { lesson: null } } : undefined,
    },
  );
}
