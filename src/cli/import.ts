// Entry point of `npm run import`: the importer itself is run-import.ts (callable in-process).
import { runImport } from './run-import';
process.exitCode = await runImport(process.argv.slice(2), process.env, process);
