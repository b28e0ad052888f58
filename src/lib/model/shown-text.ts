// Texts as a page prints them: a key figure in each locale, the article's description, credit
// lines. One module because each is a small rule for turning a record's fields into the words a
// reader sees, shared by the page, its cards and its feed entry, so they never disagree.
// A key figure: the qualifier written the locale's way (约4.3 / about 430 million, 7万余 /
// 70,000+), then unit and label (key-figure tiles, the index, share cards), so an approximation
// is never shown as an exact amount.
import type { Credit, Figure } from '@/lib/content/content-schema';
import type { UiStrings } from '@/i18n/ui-strings';
import type { ArticleRecord } from './site-model';

type FigureStrings = Pick<UiStrings, 'figureQualifier' | 'unitSeparator'>;

/**
 * The value with its qualifier, as the locale writes it.
 * @example figureValue({ qualifier: 'about', value: '4.3', unit: '亿元', label: '…' }, zhHans) // '约4.3'
 * @example figureValue({ qualifier: 'about', value: '430 million', unit: 'yuan', label: '…' }, en) // 'about 430 million'
 */
export function figureValue(figure: Pick<Figure, 'qualifier' | 'value'>, strings: Pick<FigureStrings, 'figureQualifier'>): string {
  return figure.qualifier ? strings.figureQualifier[figure.qualifier](figure.value) : figure.value;
}

/**
 * The value split for a tile that sets a leading qualifier small: `{ before: '约', value: '4.3' }`,
 * `{ before: 'about', value: '430 million' }`. A qualifier written after the number (7万余, 70,000+)
 * stays part of the value.
 * @example figureParts({ qualifier: 'about', value: '4.3' }, zhHans) // { before: '约', value: '4.3' }
 * @example figureParts({ qualifier: 'more-than', value: '70,000' }, en) // { before: '', value: '70,000+' }
 */
export function figureParts(figure: Pick<Figure, 'qualifier' | 'value'>, strings: Pick<FigureStrings, 'figureQualifier'>): { before: string; value: string } {
  const shown = figureValue(figure, strings);
  if (!figure.qualifier || !shown.endsWith(figure.value)) return { before: '', value: shown };
  return { before: shown.slice(0, shown.length - figure.value.length).trimEnd(), value: figure.value };
}

/**
 * Value, qualifier and unit: `约4.3亿元`, `about 430 million yuan`, `100%`.
 * @example figureAmount({ qualifier: 'more-than', value: '7万', unit: '册', label: '…' }, zhHans) // '7万余册'
 */
export function figureAmount(figure: Figure, strings: FigureStrings): string {
  const value = figureValue(figure, strings);
  return figure.unit ? `${value}${strings.unitSeparator}${figure.unit}` : value;
}

/**
 * The figure as one phrase for an index line or a card: amount, then label.
 * @example figurePhrase({ value: '54', unit: '', label: 'heart-to-heart talks held' }, en) // '54 heart-to-heart talks held'
 */
export function figurePhrase(figure: Figure, strings: FigureStrings): string {
  return `${figureAmount(figure, strings)} ${figure.label}`;
}

/** A key figure's texts as a tile prints them, separators included, so templates only place them. */
export interface FigureShown {
  /** A leading qualifier and the separator after it (`约`, `about `), or ''. */
  qualifier: string;
  /** The value, with a trailing qualifier (7万余, 70,000+). */
  value: string;
  /** The separator and the unit (`场次`, ` copies`), or '' when the figure has no unit. */
  unit: string;
}

/**
 * The texts of a key-figure tile: qualifier, value and unit, each with its separator.
 * @example figureShown({ qualifier: 'about', value: '430 million', unit: 'yuan', label: '…' }, en) // { qualifier: 'about\u00a0', value: '430 million', unit: '\u00a0yuan' }
 * @example figureShown({ value: '4523', unit: '场次', label: '宣讲' }, zhHans) // { qualifier: '', value: '4523', unit: '场次' }
 */
export function figureShown(figure: Figure, strings: FigureStrings): FigureShown {
  const { before, value } = figureParts(figure, strings);
  return {
    qualifier: before ? `${before}${strings.unitSeparator}` : '',
    value,
    unit: figure.unit ? `${strings.unitSeparator}${figure.unit}` : '',
  };
}

/**
 * The description of an article: its own, or the lede's text cut to about 120 characters
 * (search engines show ~120 CJK characters).
 * @example describeArticle({ ledeText: '短导语' }) // '短导语'
 */
export function describeArticle(meta: Pick<ArticleRecord, 'description' | 'ledeText'>, max = 120): string {
  if (meta.description) return meta.description;
  const text = meta.ledeText;
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** A credit as printed: the verbatim statement when there is one, else "role: name". */
export function creditText(credit: Credit, line: (role: string, name: string) => string): string {
  return credit.statement ?? line(credit.role, credit.name);
}
