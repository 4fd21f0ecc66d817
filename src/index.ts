// The entry the runner starts, for the main and the post step alike. It only turns on Node's
// compile cache before loading the action (a separate chunk): the post step, and the cache
// library in both, then load from V8's cached code instead of parsing about 4 MB of
// JavaScript again (about 30 ms a step). The cache lives in the runner's temporary
// directory, which the runner empties after the job.
import { enableCompileCache } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

try {
  enableCompileCache?.(join(process.env.RUNNER_TEMP || tmpdir(), 'pycache-action', 'node'));
} catch {
  // Only a speed-up: a directory that cannot be written just means no cache.
}
await import('./step.ts');
