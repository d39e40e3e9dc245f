// Every URL of the app in one place.
export const paths = {
  home: () => "/",
  lesson: (slug: string) => `/lessons/${slug}`,
  myData: () => "/my-data",
  workshop: () => "/workshop",
  summary: () => "/summary",
  glossary: () => "/glossary",
};
