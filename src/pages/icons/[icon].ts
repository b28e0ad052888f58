// Favicons, the apple-touch icon and the manifest icons, all drawn from src/assets/icon.svg.
import type { APIRoute, GetStaticPaths } from 'astro';
import markSvg from '@/assets/icon.svg?raw';
import { ICONS, SVG_FAVICON, renderIcon, type IconSpec } from '@/lib/icons/icon-set';

export const getStaticPaths = (() => [
  { params: { icon: SVG_FAVICON }, props: { spec: undefined } },
  ...ICONS.map((spec) => ({ params: { icon: spec.file }, props: { spec } })),
]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { spec } = props as { spec?: IconSpec };
  if (!spec) return new Response(markSvg, { headers: { 'Content-Type': 'image/svg+xml' } });
  return new Response(new Uint8Array(await renderIcon(markSvg, spec)), { headers: { 'Content-Type': 'image/png' } });
};
