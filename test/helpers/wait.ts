// Waiting for an event with a deadline, never for a fixed time: on a busy machine a fixed sleep
// is sometimes too short, and on an idle one it is always too long.
import { setTimeout as sleep } from 'node:timers/promises';

/** Resolves once `condition()` holds; rejects naming `what` if it still does not after `deadlineMs`. */
export async function until(condition: () => boolean, what: string, deadlineMs = 60_000): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`gave up after ${deadlineMs} ms waiting until ${what}`);
    await sleep(20);
  }
}
