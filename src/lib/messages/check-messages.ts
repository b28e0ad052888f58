// The checker's whole catalogue, rule id → entry, split by what the rules look at so no file is
// huge. `report()` in src/lib/check/problem.ts renders an entry into an EditorMessage.
import type { Catalogue } from './catalogue';
import { FILE_MESSAGES } from './file-messages';
import { FIGURE_MESSAGES } from './figure-messages';
import { SCHEMA_MESSAGES } from './schema-messages';
import { TREE_MESSAGES } from './tree-messages';

export const CHECK_MESSAGES = { ...FILE_MESSAGES, ...SCHEMA_MESSAGES, ...TREE_MESSAGES, ...FIGURE_MESSAGES } satisfies Catalogue;
