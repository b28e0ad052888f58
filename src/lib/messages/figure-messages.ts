// Catalogue: the checker's rules on what a text says: figures and approximations against the
// source (check/figure-rules.ts, qualifier-rules.ts), risky 简→繁 conversions (conversion-rules.ts),
// invisible characters and YAML quoting (text-rules.ts) and photos (photo-rules.ts).
import { message } from './catalogue';

/** Which part of an article a figure is in, in both languages: 亮点 3 / highlight 3, 导语 / lede. */
type Part = readonly [string, string];
/** Where in the file: the text, or the key figures list. */
type Place = 'text' | 'figures';
const LIST: Record<Place, readonly [string, string]> = { text: ['正文', 'text'], figures: ['关键数字（figures）', 'key figures'] };
const QUALIFIED_LIST: Record<Place, readonly [string, string]> = { text: ['正文', 'text'], figures: ['关键数字', 'key figure'] };
const WORDS = { about: ['约', 'about'], nearly: ['近', 'nearly'], 'more-than': ['余', 'more than'] } as const;
type Approximation = keyof typeof WORDS;
/** `against` is `本文` (the file's own text) or the source file, `zh-hans/03.md`. */
const againstZh = (against: string) => (against === '本文' ? '本文' : `原文（${against}）`);
const againstEn = (against: string) => (against === '本文' ? 'the text of this file' : `the source (${against})`);
const fixOf = (place: Place, approximation: Approximation, value: string): readonly [string, string] => (place === 'figures'
  ? [`请加上 qualifier: ${approximation}`, `Add qualifier: ${approximation}`]
  : [`请写作“${WORDS[approximation][1]} ${value}”`, `Write "${WORDS[approximation][1]} ${value}"`]);

export const FIGURE_MESSAGES = {
  'figure-missing': message<{ part: Part; source: string; place: Place; text: string; value: string; locale: string }>('warning',
    ({ part, source, place, text, value, locale }) => `${part[0]}：原文（${source}）${LIST[place][0]}里的数字“${text}”（${value}）在 ${locale} 译文中找不到。请核对译文，写作 ${value}。`,
    ({ part, source, place, text, value, locale }) => `${part[1]}: figure "${text}" (${value}) of the source (${source}) ${LIST[place][1]} is missing from the ${locale} translation. Check the translation; write it as ${value}.`),
  'figure-extra': message<{ part: Part; source: string; text: string; locale: string }>('warning',
    ({ part, source, text, locale }) => `${part[0]}：${locale} 译文里的数字“${text}”在原文（${source}）中没有。是否抄错了？`,
    ({ part, source, text, locale }) => `${part[1]}: figure "${text}" of the ${locale} translation is not in the source (${source}). Is it a typo?`),
  'approximation-dropped': {
    ...message<{ part: Part; against: string; place: Place; approximation: Approximation; value: string; text: string }>('warning',
      ({ part, against, place, approximation, value, text }) => `${part[0]}：${againstZh(against)}说的是“${WORDS[approximation][0]}”${value}（${text}），${QUALIFIED_LIST[place][0]}却写成确数。${fixOf(place, approximation, value)[0]}。`,
      ({ part, against, place, approximation, value, text }) => `${part[1]}: ${againstEn(against)} says ${WORDS[approximation][1]} ${value} (${text}), but the ${QUALIFIED_LIST[place][1]} gives it as exact. ${fixOf(place, approximation, value)[1]}.`),
    rule: 'figure-approximation',
  },
  'approximation-added': {
    ...message<{ part: Part; against: string; place: Place; approximation: Approximation; value: string; text: string }>('warning',
      ({ part, against, place, approximation, value, text }) => `${part[0]}：${QUALIFIED_LIST[place][0]}把原文（${against}）的确数 ${value} 写成了“${WORDS[approximation][0]}”（${text}）。请删去约数词，或核对原文。`,
      ({ part, against, place, approximation, value, text }) => `${part[1]}: the ${QUALIFIED_LIST[place][1]} makes the exact ${value} of the source (${against}) approximate (${text}). Remove "${WORDS[approximation][1]}" or check the source.`),
    rule: 'figure-approximation',
  },
  'qualifier-in-value': message<{ value: string }>('error',
    ({ value }) => `关键数字“${value}”把约数词写进了 value。请把“约/余/近/超过/+”去掉，改用 qualifier（about、more-than、nearly、over），页面会按语言显示。`,
    ({ value }) => `Key figure "${value}" has its qualifier inside value. Remove the qualifier word (about, +, 约, 余 …) and set qualifier (about, more-than, nearly, over); each edition renders it its own way.`),
  'conversion-review': message<{ locale: string; from: string; to: string; before: string; after: string }>('warning',
    ({ locale, from, to, before, after }) => `${locale} 繁体转换：“${before}”中的“${from}”转成了“${to}”（“${after}”）。请核对：若正确，把含“${to}”的词加入 src/lib/zh/derived-locale.ts 的 REVIEWED_CONVERSIONS；若错误，在 PHRASE_FIXES 加一条 [简体词, 正确繁体词]。`,
    ({ locale, from, to, before, after }) => `${locale} conversion: “${from}” in “${before}” became “${to}” (“${after}”). Check it: if right, add the word with “${to}” to REVIEWED_CONVERSIONS in src/lib/zh/derived-locale.ts; if wrong, add [Simplified phrase, correct Traditional phrase] to PHRASE_FIXES.`),
  'control-character': message<{ names: string }>('error',
    ({ names }) => `这一行有看不见的控制字符（${names}），通常是从别处粘贴带来的；它会让 RSS 订阅源失效。请删除这一行里的它们（可以重新输入这一行）。`,
    ({ names }) => `This line contains invisible control characters (${names}), usually pasted from elsewhere; they make the RSS feeds invalid. Delete them (retyping the line removes them).`),
  'control-character-escape': {
    ...message<{ path: string; names: string }>('error',
      ({ path, names }) => `字段 ${path} 的值里有控制字符（${names}，来自 \\0、\\x1b 这类转义）。请删除这些转义。`,
      ({ path, names }) => `Field "${path}" contains control characters (${names}, from escapes like \\0 or \\x1b). Delete those escapes.`),
    rule: 'control-character',
  },
  'hash-in-value': message<{ kept: string; value: string }>('warning',
    ({ kept, value }) => `没有引号的值里“ #”后面的内容会被当作注释删掉，只剩“${kept}”。若“#”是文字的一部分，请把整个值用英文双引号括起来，例如 "${value}"。`,
    ({ kept, value }) => `In an unquoted value everything after " #" is dropped as a comment, leaving "${kept}". If the # belongs to the text, put the whole value in double quotes: "${value}".`),
  'curly-quotes-as-yaml-quotes': message<{ plain: string; inner: string }>('warning',
    ({ plain, inner }) => `值两边是中文弯引号（${plain[0]}…${plain.at(-1)}），YAML 不把它们当作引号，会原样显示。若只是想给值加引号，请改用英文直引号："${inner}"；若弯引号是文字的一部分，请写成 "${plain}"。`,
    ({ plain, inner }) => `The value is wrapped in curly quotes (${plain[0]}…${plain.at(-1)}); YAML does not treat them as quotes, so they are shown as text. To quote the value use straight quotes: "${inner}"; if the curly quotes belong to the text, write "${plain}".`),
  'image-remote': message<{ image: string }>('error',
    ({ image }) => `图片“${image}”是网址。请把图片文件下载后放在这个 Markdown 文件旁边，写成 image: ./文件名.jpg。`,
    ({ image }) => `Image "${image}" is a web address. Download the file, put it next to this Markdown file and write image: ./name.jpg.`),
  'image-outside-article': message<{ image: string; article: string; locale: string }>('error',
    ({ image, article, locale }) => `图片“${image}”不在这篇文章的文件夹里。照片必须放在 ${article}/ 之内（通常就在 ${article}/${locale}/ 旁边），写成 image: ./文件名.jpg。`,
    ({ image, article, locale }) => `Image "${image}" is outside this article's folder. Photos must live inside ${article}/ (usually next to the Markdown in ${article}/${locale}/); write image: ./name.jpg.`),
  'image-missing': message<{ image: string; article: string; locale: string }>('error',
    ({ image, article, locale }) => `找不到图片文件“${image}”（相对于本文件所在文件夹）。请把图片放进 ${article}/${locale}/，或改正文件名（注意大小写）。`,
    ({ image, article, locale }) => `Image file "${image}" not found (paths are relative to this file's folder). Put the image in ${article}/${locale}/ or fix the name (case matters).`),
  'image-unusable': message<{ image: string; zh: string; en: string }>('error',
    ({ image, zh }) => `图片“${image}”不能用：${zh}。`,
    ({ image, en }) => `Image "${image}" cannot be used: ${en}.`),
};
