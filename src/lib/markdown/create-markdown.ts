import MarkdownIt, { type MarkdownIt as MarkdownItInstance } from 'markdown-it';
import cjkFriendly from 'markdown-it-cjk-friendly';
import cjkBreaks from 'markdown-it-cjk-breaks';
import safeLinks from './safe-links';
import externalLinks from './external-links';
import { inPageLinks } from './render-env';
import cjkPunctuationBreaks from './cjk-punctuation-breaks';
import foreignScriptLang from './foreign-script-lang';
import cjkFullWidthPunctuation from './cjk-full-width-punctuation';
import cjkNumberUnits from './cjk-number-units';
import cjkQuoteBreaks from './cjk-quote-breaks';
import { SITE } from '../../site.config';

/**
 * The plugins, in the order they are applied. Order matters only where two touch the same
 * rule; each file says which syntax it handles.
 */
const PLUGINS: ReadonlyArray<(md: MarkdownItInstance) => void> = [
  // `**“关键少数”**以上率下`: CommonMark's flanking rules refuse emphasis next to CJK punctuation.
  cjkFriendly,
  // A soft line break between two CJK characters must vanish, not become a space.
  cjkBreaks,
  // …and also next to half-width punctuation or digits inside Chinese (`主题教育,⏎切实`).
  cjkPunctuationBreaks,
  // Chinese files only, display only: `主题教育,切实` is set `主题教育，切实` (site config switch).
  (md) => cjkFullWidthPunctuation(md, { enabled: SITE.fullWidthPunctuation }),
  // `会议7次` never breaks between the number and its measure word (Chinese files only).
  cjkNumberUnits,
  // `按照“5+4+3”清单`: allow the break beside curly quotes that Unicode's QU class forbids.
  cjkQuoteBreaks,
  safeLinks,
  // Feeds only (`env.pageUrl`): `#highlight-05` → the page's URL. Before externalLinks, whose
  // renderer rule runs first and so sees the page's own href.
  inPageLinks,
  externalLinks,
  // 李应兰 inside English text gets lang="zh-Hans" (needs `env.lang`: see loadSite in content/collections.ts).
  (md) => foreignScriptLang(md, { sourceLang: 'zh-Hans' }),
];

/**
 * Builds the one markdown-it instance the site uses. Raw HTML is off: editors write Markdown,
 * and a `<script>` in a highlight must come out as text, never as markup.
 *
 * @example createMarkdown().render('**“关键少数”**以上率下') // '<p><strong>“关键少数”</strong>以上率下</p>\n'
 */
export function createMarkdown(): MarkdownItInstance {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: false });
  for (const plugin of PLUGINS) md.use(plugin);
  return md;
}
