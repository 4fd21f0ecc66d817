// One bundle serves both steps of action.yml (runs.main and runs.post), as in actions/checkout:
// the main step saves State.IsPost first thing, and the runner hands saved state to the post
// step only, so its presence says which step this is. Each step loads only its own code: the
// post step never parses the check, the ignore audit or the archive readers.
import * as core from './core.ts';
import { State } from './inputs.ts';

if (core.getState(State.IsPost) === 'true') {
  const { post } = await import('./post.ts');
  post();
} else {
  core.saveState(State.IsPost, 'true');
  const { run } = await import('./main.ts');
  void run();
}
