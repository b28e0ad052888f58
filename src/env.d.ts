// What routes put in `Astro.locals` for the components they render (see src/lib/model/page-context.ts).
// Article routes set all of it; the 404 page sets `site` only.
declare namespace App {
  type PageContext = import('@/lib/model/page-context').PageContext;
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging needs an interface
  interface Locals extends PageContext {}
}
