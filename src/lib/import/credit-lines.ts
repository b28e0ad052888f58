// Credit lines: the closing block (本版文字由通讯员王豪提供, 编辑:蒲泽熙, 编审:肖彦, 责任编辑：…,
// 校对：…, 審核：…, Editor: …) and bylines (本报记者 张三 通讯员 李四), each mapped to a credit kind.
import type { Credit } from '@/lib/content/content-schema';

type CreditKind = Credit['kind'];

/** Role words as newsrooms print them, Simplified, Traditional and English, and what they mean. */
const ROLE_KINDS: ReadonlyArray<[string, CreditKind]> = [
  ['责任编辑', 'editor'], ['責任編輯', 'editor'], ['值班编辑', 'editor'], ['值班編輯', 'editor'], ['主编', 'editor'], ['主編', 'editor'],
  ['责编', 'editor'], ['責編', 'editor'], ['编辑', 'editor'], ['編輯', 'editor'], ['editor', 'editor'], ['edited by', 'editor'],
  ['编审', 'reviewer'], ['編審', 'reviewer'], ['审核', 'reviewer'], ['審核', 'reviewer'], ['审校', 'reviewer'], ['審校', 'reviewer'],
  ['校对', 'reviewer'], ['校對', 'reviewer'], ['终审', 'reviewer'], ['終審', 'reviewer'], ['复审', 'reviewer'], ['複審', 'reviewer'],
  ['初审', 'reviewer'], ['初審', 'reviewer'], ['审稿', 'reviewer'], ['審稿', 'reviewer'], ['监制', 'reviewer'], ['監製', 'reviewer'],
  ['reviewer', 'reviewer'], ['reviewed by', 'reviewer'], ['proofreader', 'reviewer'],
  ['摄影记者', 'photographer'], ['攝影記者', 'photographer'], ['摄影', 'photographer'], ['攝影', 'photographer'],
  ['摄像', 'photographer'], ['攝像', 'photographer'], ['图片', 'photographer'], ['圖片', 'photographer'], ['photographer', 'photographer'], ['photo', 'photographer'],
  ['翻译', 'translator'], ['翻譯', 'translator'], ['译者', 'translator'], ['譯者', 'translator'], ['translator', 'translator'], ['translated by', 'translator'],
  ['本报记者', 'author'], ['本報記者', 'author'], ['特约记者', 'author'], ['特約記者', 'author'], ['见习记者', 'author'], ['見習記者', 'author'],
  ['记者', 'author'], ['記者', 'author'], ['通讯员', 'author'], ['通訊員', 'author'], ['作者', 'author'], ['撰稿', 'author'],
  ['撰文', 'author'], ['采写', 'author'], ['採寫', 'author'], ['整理', 'contributor'], ['提供', 'contributor'],
  ['reporting', 'author'], ['additional reporting', 'contributor'], ['writing', 'author'], ['editing', 'editor'], ['photos', 'photographer'],
  ['文字', 'author'], ['文/图', 'author'], ['文／图', 'author'], ['文/圖', 'author'], ['文／圖', 'author'], ['图文', 'author'], ['圖文', 'author'], ['文', 'author'],
  ['供稿', 'contributor'], ['供图', 'photographer'], ['供圖', 'photographer'], ['报道', 'author'], ['報導', 'author'], ['摄', 'photographer'], ['攝', 'photographer'], ['author', 'author'], ['reporter', 'author'], ['by', 'author'], ['written by', 'author'],
  ['实习生', 'contributor'], ['實習生', 'contributor'], ['策划', 'contributor'], ['策劃', 'contributor'], ['统筹', 'contributor'], ['統籌', 'contributor'],
  ['设计', 'contributor'], ['設計', 'contributor'], ['制作', 'contributor'], ['製作', 'contributor'], ['制图', 'contributor'], ['製圖', 'contributor'],
];

const ROLE_ALTERNATION = [...ROLE_KINDS].map(([role]) => role).sort((a, b) => b.length - a.length).join('|');
/** `编辑：张三` — a role, a colon (half- or full-width) and the names up to the next role. */
const LABELLED = new RegExp(`(?<![A-Za-z\\p{Script=Han}])(${ROLE_ALTERNATION})\\s*[:：]\\s*`, 'giu');
/** 本版文字由通讯员王豪提供 / 本文图片由鼎山街道提供. */
const STATEMENT = new RegExp(`^(?:本版|本文|本稿|本期)?(文字|稿件|图片|圖片|照片|文图|文圖)?(?:由|系由|係由)(${ROLE_ALTERNATION})?\\s*(.+?)\\s*(?:提供|撰写|撰寫|撰稿|供稿|采写|採寫)$`, 'u');
/** 本报记者 张三 李四 通讯员 王五 — a byline without colons; only known roles and short names. */
const BYLINE_ROLE = /^(?:本报记者|本報記者|本报通讯员|本報通訊員|特约记者|特約記者|见习记者|見習記者|记者|記者|通讯员|通訊員|实习生|實習生)$/u;
/** A job title after a byline name: By Aroha Tane, Political Reporter. */
const JOB_TITLE = /\b(?:reporter|editor|correspondent|writer|staff|desk|columnist|producer|journalist)\b/iu;
const PERSON = /^[\p{Script=Han}·•]{2,5}$/u;

/** The credit kind of a role word: 编审 → reviewer; unknown roles count as contributors. */
export function kindOfRole(role: string): CreditKind {
  const lower = role.toLowerCase().replace(/^本[报報](?=记者|記者|通讯员|通訊員)/u, '');
  return ROLE_KINDS.find(([word]) => word === lower)?.[1] ?? 'contributor';
}

/** Splits "张三、李四 王五" into names; keeps an English name ("Li Hua") whole. */
function splitNames(text: string): string[] {
  const trimmed = text.replace(/[。.;；]$/u, '').trim();
  // Latin names stay whole, slashes included (Supplied / Kowhai Bay Council); only , and & and "and" separate.
  if (/^[\x20-\x7E]+$/u.test(trimmed) && /[A-Za-z]/.test(trimmed)) {
    return trimmed.split(/\s*(?:,|\band\b|&)\s*/u).filter(Boolean);
  }
  return trimmed.split(/[\s、,，/／]+/u).filter(Boolean);
}

/**
 * Reads one credit line of the closing block, or returns undefined when the line is not only credits.
 * @example parseCreditLine('编辑:蒲泽熙') // [{ role: '编辑', name: '蒲泽熙', kind: 'editor' }]
 * @example parseCreditLine('本版文字由通讯员王豪提供') // [{ role: '通讯员', name: '王豪', kind: 'author', statement: '本版文字由通讯员王豪提供' }]
 */
export function parseCreditLine(text: string): Credit[] | undefined {
  const spaced = text.replace(/[\s\u00A0\u3000]+/g, ' ').trim();
  const line = spaced.replace(/^[（(\[【]\s*(.*?)\s*[）)\]】]$/u, '$1');
  const bracketed = line !== spaced;
  if (!line || line.length > 80) return undefined;
  const statement = STATEMENT.exec(line);
  if (statement) {
    const [, what, role, name] = statement;
    const photo = what !== undefined && /图|圖|照片/u.test(what) && !/文/u.test(what);
    const kind: CreditKind = role ? kindOfRole(role) : photo ? 'photographer' : 'author';
    return [{ role: role ?? (photo ? '图片' : '文字'), name: name!, kind, statement: line }];
  }
  const labels = [...line.matchAll(LABELLED)];
  if (labels.length > 0 && labels[0]!.index === 0) {
    const credits: Credit[] = [];
    labels.forEach((match, i) => {
      const end = i + 1 < labels.length ? labels[i + 1]!.index : line.length;
      const role = match[1]!;
      for (const name of splitNames(line.slice(match.index + match[0].length, end))) credits.push({ role, name, kind: kindOfRole(role) });
    });
    return credits.length > 0 && credits.every((c) => c.name.length <= 40) ? credits : undefined;
  }
  // 記者蘇冠宇／嘉禾報導 / 记者 张三/北京报道: reporter, then the place of the report.
  const report = /^(记者|記者|本报记者|本報記者)\s*([\p{Script=Han}·]{2,4})\s*[／/]\s*[\p{Script=Han}]{1,8}(?:报道|報導)$/u.exec(line);
  if (report) return [{ role: report[1]!, name: report[2]!, kind: 'author', statement: line }];
  // （石埠镇融媒体中心 供稿）/ 南屿发布供图: the name first, the role after it.
  const trailing = /^(.{2,30}?)\s*(供稿|供图|供圖|报道|報導)$/u.exec(line);
  if (trailing && bracketed && !/[。，,；]/u.test(trailing[1]!)) return [{ role: trailing[2]!, name: trailing[1]!.trim(), kind: kindOfRole(trailing[2]!) }];
  // Copyright REUTERS/Jonathan Ernst / © Xinhua / Photo credit: AFP — a photo credit without a caption.
  const rights = /^(Copyright|©|Credit|Photo credit|Image credit|Image|Photograph)\s*[:：]?\s*([A-Z©][^。]{1,60})$/u.exec(line);
  if (rights && /[A-Za-z]/.test(rights[2]!)) return [{ role: rights[1]!, name: rights[2]!.trim(), kind: 'photographer' }];
  // By Jane Doe / By Li Hua and Wang Fang / By Aroha Tane, Political Reporter (the job title stays in the statement).
  const by = /^[Bb]y\s+([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}(?:\s*(?:,|and|&)\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})*)$/u.exec(line);
  if (by) {
    const parts = splitNames(by[1]!);
    const names = parts.filter((p) => !JOB_TITLE.test(p));
    if (names.length > 0) return names.map((name) => ({ role: 'By', name, kind: 'author' as const, ...(names.length < parts.length ? { statement: line } : {}) }));
  }
  // Reporting by Daniel Ho. Editing by Grace Lam.
  const roleBy = [...line.matchAll(/(?:^|[.;]\s*)([A-Z][a-z]+(?: [a-z]+)?) by ([A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3})/gu)];
  if (roleBy.length > 0 && line.replace(/(?:^|[.;]\s*)[A-Z][a-z]+(?: [a-z]+)? by [A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3}/gu, '').replace(/[.;\s]/g, '') === '') {
    return roleBy.map((m) => ({ role: m[1]!, name: m[2]!, kind: kindOfRole(m[1]!) }));
  }
  return parseByline(line);
}

/** 本报记者 张三 通讯员 李四: roles from a closed list followed by 2–5 character names. */
function parseByline(line: string): Credit[] | undefined {
  const tokens = line.split(' ');
  if (!BYLINE_ROLE.test(tokens[0]!)) return undefined;
  const credits: Credit[] = [];
  let role = '';
  for (const token of tokens) {
    if (BYLINE_ROLE.test(token)) role = token;
    else if (PERSON.test(token) && role) credits.push({ role, name: token, kind: kindOfRole(role) });
    else return undefined;
  }
  return credits.length > 0 ? credits : undefined;
}
