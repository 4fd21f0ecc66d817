#!/usr/bin/env node
// Entry of the pre-commit hook bundle (dist/hook/index.js, the `pycache-hook` bin). Thin: it
// imports only the pure check and the git adapter, so it starts in a few dozen milliseconds.
import { ansiPaint, NO_PAINT } from '../report/hook.ts';
import { runHook } from './run.ts';

// pre-commit pipes a hook's output (shown when the hook fails), so a TTY is rare; the user's
// PRE_COMMIT_COLOR (always/never), which pre-commit itself reads, is inherited and obeyed.
const wantsColor =
  process.env.NO_COLOR === undefined &&
  (process.env.PRE_COMMIT_COLOR === 'always' ||
    (process.env.PRE_COMMIT_COLOR !== 'never' && process.stdout.isTTY === true));

runHook(process.argv.slice(2), {
  cwd: process.cwd(),
  write: (text) => process.stdout.write(text),
  paint: wantsColor ? ansiPaint() : NO_PAINT,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`pycache-hook: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
