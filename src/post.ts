// The post step: refresh and save the warmed prefix (runPost in warm/run.ts). src/step.ts calls it
// when the main step's saved state says this is the post step.
import * as core from './core.ts';
import { runPost } from './warm/run.ts';

export function post(): void {
  // The job's real work is done by now, so a library error that escapes runPost (a callback of
  // an upload given up on the timeout, say) costs a warning, never the step.
  const late = (error: unknown): void => {
    core.warning(
      `The post step caught an unexpected error (${error instanceof Error ? error.message : String(error)}); the job is not affected.`,
    );
  };
  process.on('uncaughtException', late);
  process.on('unhandledRejection', late);
  // An abandoned upload keeps sockets open: end the step once everything is reported.
  void core.group('Bytecode cache: refresh and save', runPost).then((pending) => {
    if (pending) process.exit(0);
  });
}
