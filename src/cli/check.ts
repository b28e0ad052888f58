// Entry point of `npm run check`: the checker run itself is run-check.ts (callable in-process).
import { runCheck } from './run-check';
process.exitCode = await runCheck(process.argv.slice(2), process);
