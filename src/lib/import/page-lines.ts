// What a line of a copied page is, before any section is found: page furniture (share buttons,
// menus, breadcrumbs, lists of related articles), an original-headline note, a title-like line, a
// date line without a label, a byline glued to the first words of a paragraph.
import type { Credit } from '@/lib/content/content-schema';
import { parseCreditLine } from '@/lib/import/credit-lines';
import { markersIn } from '@/lib/import/heading-markers';
import { classifyDate, findDate, type IncompleteDate } from '@/lib/import/metadata-lines';
import type { SourceLine } from '@/lib/import/source-lines';

/** Page furniture copied with the article: share buttons, print links, font size, WeChat footers. */
export const FURNITURE = /^(?:【?(?:字体|字體|字号|字號)[:：]?.{0,12}】?|(?:【[^】]{1,6}】){1,4}|分享到?[:：]?.{0,40}|打印本页|打印|列印(?:本頁|圖示)?|关闭窗口|關閉窗口|关闭|返回顶部|返回首页|扫一扫.{0,20}|扫描二维码.{0,20}|阅读原文|閱讀原文|阅读\s*\d+.*|预览时标签不可点|(?:分享|收藏|点赞|在看|转发)(?:\s+(?:分享|收藏|点赞|在看|转发))+|上一篇.*|下一篇.*|相关(?:新闻|阅读|链接|文章|报道)[:：]?.{0,40}|相關(?:新聞|閱讀|文章|報導)[:：]?.{0,40}|延伸阅读|延伸閱讀|推荐阅读[:：]?|推薦閱讀|猜你喜欢|热点推荐|往期回顾|Related(?: articles| stories| news)?:?.{0,80}|Read more|Read next|Back to top|Posted on|Share|Share this article.{0,40}|Comments?|No comments|Close Button|閱讀全文>*|阅读全文>*|点击(?:上方|关注|蓝字).{0,20}|微信扫一扫.{0,20}|Share(?: this)?(?: article)?:?|Print|Advertisement|ADVERTISEMENT)$/iu;
/** A site's own name printed as a line (XX市人民政府门户网站, 某某日报客户端): a masthead, never the headline. */
export const MASTHEAD = /(?:门户网站|門戶網站|政府网|政府網|官方网站|官方網站|官网|官網|客户端|客戶端|新闻网|新聞網|融媒体中心|融媒體中心|日报|日報|晚报|晚報|电视台|電視台|广播电视台|廣播電視台|News|Times|Post|Herald|Daily|Online)$/u;
/** A page title with the site after it: `headline_XX网`, `headline - XX日报`, `headline | Site`. */
export const SITE_SUFFIX = /\s*(?:[_|｜]|\s[-–—]\s)\s*[^_|｜]{2,16}$/u;
/** Site footers: copyright, ICP licence, sponsor lines, site map. */
export const FOOTER = /^(?:版权所有|版權所有|copyright\b|©|主办[:：]|主辦[:：]|承办[:：]|承辦[:：]|网站标识码|網站標識碼|.*ICP[备證]|.*公网安备|.*公網安備|联系我们|聯絡我們|网站地图|網站地圖|技术支持[:：]|技術支援[:：]|All rights reserved)/iu;

/** Where a page starts listing other articles. */
export const TAIL = /^(?:相关(?:新闻|阅读|文章|链接|报道)|相關(?:新聞|閱讀|文章|報導)|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|猜你喜欢|热点推荐|往期回顾|更多新闻|Related(?: articles| stories| news)?|More from .+|Read more|Read next)\s*[:：]?.*$/iu;
/** Home > News > Local: a breadcrumb trail. */
export const BREADCRUMB = /^[^。！？.]{1,20}(?:\s*[>›»＞]\s*[^。！？.>›»＞]{1,20}){1,6}$/u;
/** 原标题：… / 原題：… — the source's original headline. */
export const ORIGINAL_TITLE = /^(?:原标题|原標題|原题|原題)\s*[:：]\s*(.*)$/u;

/** A line that reads like a headline or a title: no sentence inside, not too long. */
export function titleLike(text: string): boolean {
  if (!text || text.length > 80 || /[。]/u.test(text) || /[.!?]\s+\S/u.test(text) || /[.。:：]$/u.test(text)) return false;
  return true;
}

/** A line that starts a section: a marker with a title (`6 Things You Need To Know…` is a headline, `1 医疗保障` a section). */
export function opensSection(text: string): boolean {
  return markersIn(text).some((m) => m.start === 0 && !m.decimalLike && !m.alone && !(/^(?:ar|cn)-space/.test(m.style) && text.slice(m.end).trim().length > 24));
}

export function nextFilled<T extends SourceLine>(lines: readonly T[], from: T): T | undefined {
  return lines.slice(lines.indexOf(from) + 1).find((l) => l.text);
}
export function prevFilled<T extends SourceLine>(lines: readonly T[], from: T): T | undefined {
  return lines.slice(0, lines.indexOf(from)).reverse().find((l) => l.text);
}

const ROLE = '(记者|記者|通讯员|通訊員|本报记者|本報記者)';
const NAMES = '([\\p{Script=Han}·]{2,4}(?:[\\s、]+[\\p{Script=Han}·]{2,4})*)';
/** 【记者 某某／台中 報導】 / 〔記者陳怡安／嘉禾報導〕 / （记者 张三） at the start of a paragraph. */
const BRACKET_BYLINE = new RegExp(`^(?:本报讯|本報訊)?\\s*[【〔\\[（(]\\s*${ROLE}\\s*${NAMES}([^】〕\\]）)]{0,20})[】〕\\]）)]\\s*`, 'u');
/** （南海社記者張宏志新港3日電）: a wire dateline naming the agency and the reporter. */
const WIRE_BYLINE = /^[（(]([\p{Script=Han}]{2,8}?)(记者|記者)([\p{Script=Han}]{3})[\p{Script=Han}]{0,6}?\d{0,2}日?[电電][）)]\s*/u;
/** 临江观察网临江3月3日电 (记者 高远 许诺)…: the reporters in brackets after the dateline. */
const DATELINE_BYLINE = new RegExp(`^(.{0,40}?[电電讯訊])\\s*[（(]\\s*${ROLE}\\s*${NAMES}\\s*[）)]\\s*`, 'u');

const ROLE_WORD = new RegExp(`^${ROLE}$`, 'u');

/** `陈立 通讯员 王敏` after 记者: each name under the role word last seen before it. */
function namedCredits(role: string, names: string, statement: string): Credit[] {
  const credits: Credit[] = [];
  for (const token of names.split(/[\s、]+/u)) {
    if (ROLE_WORD.test(token)) role = token;
    else credits.push({ role, name: token, kind: 'author', statement });
  }
  return credits;
}

/** Bylines glued to the start of a paragraph: the credits, and the text without them. */
export function extractByline(text: string): { text: string; credits: Credit[]; source?: string } | undefined {
  const bracket = BRACKET_BYLINE.exec(text);
  if (bracket) {
    const statement = bracket[0].trim();
    return { text: text.slice(bracket[0].length).trim(), credits: namedCredits(bracket[1]!, bracket[2]!, statement) };
  }
  const wire = WIRE_BYLINE.exec(text);
  if (wire) return { text: text.slice(wire[0].length).trim(), source: wire[1], credits: [{ role: wire[2]!, name: wire[3]!, kind: 'author', statement: wire[0].trim() }] };
  const dateline = DATELINE_BYLINE.exec(text);
  if (dateline) {
    const statement = dateline[0].slice(dateline[1]!.length).trim();
    return { text: `${dateline[1]!}${text.slice(dateline[0].length)}`.trim(), credits: namedCredits(dateline[2]!, dateline[3]!, statement) };
  }
  return undefined;
}


/** A date line without a key, as newsrooms print it at the top: `2024-05-06 08:12    某某日报客户端`. */
export function looseDateLine(text: string): { published?: string; incomplete?: IncompleteDate; source?: string; credits?: Credit[]; used: boolean } | undefined {
  const date = findDate(text);
  if (!date || !date.iso || text.length > 70 || /[。；;！？]/u.test(text)) return undefined;
  const { published, incomplete } = classifyDate(date);
  const rest = text.replace(date.raw, ' ').replace(/[\s\u3000|｜丨]+/gu, ' ').trim();
  const prefix = /^(?:updated|published|posted|last updated|(?:更新|发布|發佈|發布|发表|發表)(?:时间|時間|日期)?)\s*[:：]?\s*/iu;
  const remainder = rest.replace(prefix, '').trim();
  if (!remainder) return { published, incomplete, used: true };
  if (remainder.length <= 24 && !/\s/u.test(remainder) && /\p{Script=Han}/u.test(remainder) && !/[:：]/u.test(remainder)) return { published, incomplete, source: remainder, used: true };
  // `2025-12-18 14:32 嘉禾日報 記者林佳蓉／嘉禾報導`: the outlet, then a byline.
  const [outlet, ...rest2] = remainder.split(' ');
  const credits = rest2.length ? parseCreditLine(rest2.join(' ')) : undefined;
  if (credits && outlet && [...outlet].length <= 12 && /^\p{Script=Han}+$/u.test(outlet)) return { published, incomplete, source: outlet, credits, used: true };
  return { published, incomplete, used: false };
}
