// A key figure as a reader sees it in each locale: the qualifier written the locale's way
// (约4.3 / about 430 million, 7万余 / 70,000+), then unit and label. Used by the key-figure
// tiles, the index and share cards, so an approximation is never shown as an exact amount.
import type { Figure } from '@/lib/content/content-schema';
import type { UiStrings } from '@/i18n/ui-strings';

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
