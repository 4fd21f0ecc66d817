// One bundle serves both steps of action.yml (runs.main and runs.post), as in actions/checkout:
// the main step saves State.IsPost first thing, and the runner hands saved state to the post
// step only, so its presence says which step this is.
import * as core from './core.ts';
import { State } from './inputs.ts';
import { run } from './main.ts';
import { post } from './post.ts';

if (core.getState(State.IsPost) === 'true') {
  post();
} else {
  core.saveState(State.IsPost, 'true');
  void run();
}
