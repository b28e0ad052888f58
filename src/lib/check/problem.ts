// A finding of the content checker is an EditorMessage (src/lib/messages/editor-message.ts), the
// one shape shared with the importer and the site settings; the names here read better in rules.
import type { EditorMessage, Severity } from '@/lib/messages/editor-message';
import { CHECK_MESSAGES } from '@/lib/messages/check-messages';
import { reporterFor } from '@/lib/messages/editor-message';

export { sortMessages as sortProblems } from '@/lib/messages/editor-message';
export type { Severity };

/** One finding of the content checker. */
export type Problem = EditorMessage;

/**
 * A checker finding from the catalogue (src/lib/messages/check-messages.ts), keyed by rule id.
 * @example report('duplicate-number', { file, line, field: 'number' }, { number: 2, first: '01.md' })
 */
export const report = reporterFor(CHECK_MESSAGES);
