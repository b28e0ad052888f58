// Favicons, the apple-touch icon and the manifest icons, all drawn from src/assets/icon.svg.
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import markSvg from '@/assets/icon.svg?raw';
import { ICONS, SVG_FAVICON, renderIcon } from '@/lib/icons/icon-set';

export const getStaticPaths = (() => [
  { params: { icon: SVG_FAVICON }, props: { spec: undefined } },
  ...ICONS.map((spec) => ({ params: { icon: spec.file }, props: { spec } })),
]) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => {
  const { spec } = props;
  if (!spec) return new Response(markSvg, { headers: { 'Content-Type': 'image/svg+xml' } });
  return new Response(new Uint8Array(await renderIcon(markSvg, spec)), { headers: { 'Content-Type': 'image/png' } });
};
