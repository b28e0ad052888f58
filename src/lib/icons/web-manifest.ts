import { withBase } from '@/lib/model/routes';
import { ICONS, THEME_COLOURS } from './icon-set';

/** What the manifest says about the site. */
export interface ManifestInput {
  name: string;
  shortName: string;
  /** BCP 47 tag of `name`. */
  lang: string;
  /** The site's base path (`/` or `/zhuanti/2024/`): start URL, scope and icon URLs live below it. */
  basePath: string;
}

/**
 * The web app manifest (https://www.w3.org/TR/appmanifest/) of the site: names, the icons
 * generated from the mark, and a start URL and scope that stay inside the base path.
 * @example buildWebManifest({ name: 'N', shortName: 'S', lang: 'en', basePath: '/a/' }).start_url // '/a/'
 */
export function buildWebManifest(input: ManifestInput) {
  return {
    name: input.name,
    short_name: input.shortName,
    lang: input.lang,
    start_url: withBase('', input.basePath),
    scope: withBase('', input.basePath),
    display: 'browser',
    theme_color: THEME_COLOURS.light,
    background_color: THEME_COLOURS.light,
    icons: ICONS.filter((icon) => icon.manifestPurpose).map((icon) => ({
      src: withBase(`icons/${icon.file}`, input.basePath),
      sizes: `${icon.size}x${icon.size}`,
      type: 'image/png',
      purpose: icon.manifestPurpose,
    })),
  };
}
