// The pre-commit hook: the committed-bytecode check on the files being committed, and the
// ignore-rule audit when asked. pre-commit runs it at the top of the work tree with the names
// of the staged files (unstaged changes stashed, so the working tree holds what is committed).
import { auditProject, type IgnoreAudit } from '../ignore/run.ts';
import { listTracked } from '../git.ts';
import { readHeads } from '../fs.ts';
import { allowMatcher } from '../check/allow.ts';
import { evaluate } from '../check/evaluate.ts';
import { classify, type Bytecode } from '../check/classify.ts';
import { decodeHeader, type Header } from '../check/pyc.ts';
import { hookFails, hookText, NO_PAINT, type HookReport, type Paint } from '../report/hook.ts';
import { parseHookArgs, USAGE, UsageError } from './options.ts';

export interface HookIo {
  readonly cwd: string;
  readonly write: (text: string) => void;
  readonly paint?: Paint;
}

/** Runs the hook; returns its exit status. */
export async function runHook(args: readonly string[], io: HookIo): Promise<number> {
  let options;
  try {
    options = parseHookArgs(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.write(`pycache-hook: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    io.write(`${USAGE}\n`);
    return 0;
  }
  const root = io.cwd;
  // pre-commit passes paths relative to the top with '/'; a `./` prefix would hide __pycache__/ at the top.
  const bytecode = [...new Set(options.files.map((f) => f.replace(/^(?:\.\/)+/, '')))]
    .map(classify)
    .filter((b): b is Bytecode => b !== null);
  if (bytecode.length === 0 && options.ignoreRules === 'off') return 0;

  const heads = await readHeads(
    root,
    bytecode.filter((b) => b.kind !== 'pycache-other').map((b) => b.path),
  );
  const headers = new Map<string, Header | { error: string }>();
  for (const [path, head] of heads) headers.set(path, head instanceof Uint8Array ? decodeHeader(head) : head);

  // Whether a source is committed is a question for the index, and needs it only for a legacy pyc.
  const needsIndex = bytecode.some((b) => b.layout === 'legacy' && b.source !== null) || options.ignoreRules !== 'off';
  const tracked = needsIndex ? await listTracked(root) : [];
  const trackedSet = new Set(tracked);
  const allow = allowMatcher(options.allow);
  const result = evaluate({
    bytecode,
    headers,
    sourceExists: (source) => trackedSet.has(source),
    added: 'all',
    allow,
    failOn: 'added',
    ignoredByRules: new Set(),
  });

  let audit: IgnoreAudit | null = null;
  if (options.ignoreRules !== 'off') audit = await auditProject(root, tracked);
  const report: HookReport = {
    result,
    audit,
    // Negations that re-include only allowed bytecode are intended, as in the action.
    negations: audit === null ? [] : audit.negations.filter((n) => n.paths.some((p) => allow(p) === null)),
    ignoreLevel: options.ignoreRules === 'error' ? 'error' : 'warning',
  };
  io.write(hookText(report, io.paint ?? NO_PAINT));
  return hookFails(report) ? 1 : 0;
}
