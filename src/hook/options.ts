// The pre-commit hook's command line. Pure.

export const USAGE = `Usage: pycache-hook [--allow GLOB]... [--ignore-rules[=warning|error]] [--] FILE...

Fails when the files being committed (pre-commit passes their names) include Python
bytecode: __pycache__/ contents, *.pyc, *.pyo, Jython *$py.class.

  --allow GLOB         bytecode that may be committed (e.g. 'tests/fixtures/**'); repeatable
  --ignore-rules[=L]   also audit the repository's ignore rules for bytecode; L is warning
                       (the default: report only) or error (a missing rule fails too)
  -h, --help           this text

Exit status: 0 when the commit may go ahead, 1 when it adds bytecode (or, with
--ignore-rules=error, the rules miss bytecode), 2 on a usage error.`;

export interface HookOptions {
  readonly allow: readonly string[];
  readonly ignoreRules: 'off' | 'warning' | 'error';
  readonly files: readonly string[];
  readonly help: boolean;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

export function parseHookArgs(args: readonly string[]): HookOptions {
  const allow: string[] = [];
  const files: string[] = [];
  let ignoreRules: HookOptions['ignoreRules'] = 'off';
  let help = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      files.push(...args.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') help = true;
    else if (arg === '--ignore-rules') ignoreRules = 'warning';
    else if (arg.startsWith('--ignore-rules=')) {
      const level = arg.slice('--ignore-rules='.length);
      if (level !== 'warning' && level !== 'error' && level !== 'off')
        throw new UsageError(`--ignore-rules takes warning, error or off, not ${JSON.stringify(level)}`);
      ignoreRules = level;
    } else if (arg === '--allow') {
      const glob = args[++i];
      if (glob === undefined) throw new UsageError('--allow needs a glob');
      allow.push(glob);
    } else if (arg.startsWith('--allow=')) allow.push(arg.slice('--allow='.length));
    // pre-commit appends file names after the hook's args with no `--`, so a name such as
    // `-x.pyc` must stay a file: only `--` words are taken for (unknown) options.
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else files.push(arg);
  }
  return { allow: allow.filter((g) => g.trim() !== ''), ignoreRules, files, help };
}
