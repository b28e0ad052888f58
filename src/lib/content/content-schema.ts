import { z } from 'astro/zod';
import type { ImageMetadata } from 'astro';

/**
 * The content contract. Astro validates every entry against these schemas at build time, and
 * `npm run check` uses the same ones outside Astro (with a plain string for image paths).
 * Strict objects: an unknown key is an error, so a misspelt field is never silently ignored.
 */

/** Frontmatter fields that hold timestamps. */
export const TIMESTAMP_FIELDS = ['published', 'modified'] as const;

/** ISO 8601 with an explicit offset: a bare date or a time without zone means a different day east of UTC. */
export const OFFSET_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:\d{2}|Z)$/;

/**
 * A timestamp that keeps its offset. YAML turns an unquoted timestamp into a Date (offset lost),
 * so the raw-text checker (`src/lib/check/`) verifies the offset in the file itself; here a Date
 * is accepted as already parsed.
 */
export const timestampSchema = z.union([
  z.date(),
  z.string().regex(OFFSET_TIMESTAMP, 'needs a full timestamp with offset, e.g. 2024-02-07T09:36:00+08:00'),
]).transform((value) => (value instanceof Date ? value : new Date(value)));

/** What a credited person did, for JSON-LD roles and labels. */
export const CREDIT_KINDS = ['author', 'contributor', 'editor', 'reviewer', 'photographer', 'translator'] as const;

export const creditSchema = z.strictObject({
  /** The role as the newsroom writes it: 通讯员, 编辑, 编审, Editor… */
  role: z.string().min(1),
  /** The person's name. */
  name: z.string().min(1),
  /** Machine-readable kind of credit, used for schema.org roles. */
  kind: z.enum(CREDIT_KINDS),
  /** The credit sentence exactly as printed, when it is more than "role: name" (本版文字由通讯员王豪提供). */
  statement: z.string().min(1).optional(),
});

/** A photo of the article. `image` is optional: the source often has captions without files. */
export const makePhotoSchema = <I extends z.ZodType>(image: I) => z.strictObject({
  /** Caption as printed under the photo. */
  caption: z.string().min(1),
  /** Credit as printed: 鼎山街道供图, 记者 袁孝椿 摄. */
  credit: z.string().min(1),
  /** Image file next to the Markdown, e.g. `./dingshan.jpg`. Rendered only when present. */
  image: image.optional(),
  /** Text alternative describing the picture; required with an image. */
  alt: z.string().min(1).optional(),
}).refine((photo) => !photo.image || photo.alt, {
  message: 'a photo with an image needs alt text (a short description of what it shows)',
  path: ['alt'],
});

/** Metadata of one article in one locale: `content/<article>/<locale>/index.md`; the body is the lede. */
export const makeArticleSchema = <I extends z.ZodType>(image: I) => z.strictObject({
  /** Folder name of the locale, repeated so a file copied to the wrong folder is caught. */
  locale: z.string().min(1),
  /** Headline as printed. */
  headline: z.string().min(1),
  /** Optional kicker printed above the headline, the column or series: 专题. */
  kicker: z.string().min(1).optional(),
  /** Publisher / source: 江津融媒体中心. */
  source: z.string().min(1),
  /** First publication, with offset. */
  published: timestampSchema,
  /** Last substantive change, with offset. */
  modified: timestampSchema.optional(),
  /** One-sentence description for search engines and share cards; defaults to the lede. */
  description: z.string().min(1).optional(),
  /** Photos with captions and credits, in order. */
  photos: z.array(makePhotoSchema(image)).default([]),
  /** People credited, in the order printed. */
  credits: z.array(creditSchema).default([]),
  /** How the source marks its sections, one numeral placeholder: 亮点{一}, 关注点{一}, 第{一}, {一}, {1}, Highlight {1}. Absent: 亮点{一}. */
  sectionLabel: z.string().min(1).optional(),
  /** Text the importer could not place: move each line into the lede, a section, a caption or a credit, then delete this field. */
  unplaced: z.array(z.string().min(1)).optional(),
  /** The source counts down (十 … 一, NUMBER TEN … ONE): files stay 01..N in reading order, labels show N+1−number. */
  countdown: z.boolean().optional(),
});

/**
 * How a key figure approximates: 约 / about, 余 / more than, 近 / nearly, 突破 / over. Kept as
 * data (not inside `value`) so every locale renders it its own way and figure parity compares it.
 */
export const FIGURE_QUALIFIERS = ['about', 'more-than', 'nearly', 'over'] as const;
export type FigureQualifier = (typeof FIGURE_QUALIFIERS)[number];

/** A key figure of a highlight: value as written, unit, what it counts. */
export const figureSchema = z.strictObject({
  /** Approximation the text states (约4.3亿元 → `about`, 7万余册 → `more-than`); absent for an exact figure. */
  qualifier: z.enum(FIGURE_QUALIFIERS).optional(),
  /** The number as written, without qualifier words: 4523, 7万, 2.93万, 100%, 430 million (30余万 keeps its inner 余). */
  value: z.union([z.string(), z.number()]).transform(String).pipe(z.string().min(1)),
  /** Measure word or unit: 场次, 册, 亿元; may be empty (100%). */
  unit: z.string().default(''),
  /** What it counts: 宣讲. */
  label: z.string().min(1),
});

/** One highlight: `content/<article>/<locale>/NN.md`; the body is its text. */
export const highlightSchema = z.strictObject({
  /** Position 1..N; contiguous and unique within an article. */
  number: z.number().int().positive(),
  /** Heading text without the "亮点一:" marker. */
  title: z.string().min(1),
  /** Optional one-line summary for the index. */
  summary: z.string().min(1).optional(),
  /** Key figures shown beside the text. */
  figures: z.array(figureSchema).default([]),
});

export type Credit = z.output<typeof creditSchema>;
export type Figure = z.output<typeof figureSchema>;
/** An `index.md`'s frontmatter as Astro hands it over: defaults filled, `image()` resolved to the file's metadata. */
export type ArticleData = z.output<ReturnType<typeof makeArticleSchema<z.ZodType<ImageMetadata>>>>;
export type Photo = ArticleData['photos'][number];
/** An `NN.md`'s frontmatter as Astro hands it over (figures' values as strings, units defaulted). */
export type HighlightData = z.output<typeof highlightSchema>;
