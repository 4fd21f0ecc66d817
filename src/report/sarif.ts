// Findings as SARIF 2.1.0 for github/codeql-action/upload-sarif: code scanning shows every
// finding, where the runner shows only 10 annotations of each level per step.
import { createHash } from 'node:crypto';
import type { Negation } from '../ignore/audit.ts';
import type { IgnoreAudit } from '../ignore/run.ts';
import type { CheckResult } from '../check/evaluate.ts';
import { fixTarget, missingLevel, type IgnoreReportContext } from './ignore.ts';

/** The action's version, as package.json says (a test keeps them equal). */
export const VERSION = '1.0.0';

export const RULES = [
  {
    id: 'pycache/committed-bytecode',
    name: 'CommittedBytecode',
    shortDescription: { text: 'Python bytecode is tracked by git' },
    fullDescription: {
      text: 'Compiled Python bytecode (__pycache__/, *.pyc, *.pyo, *$py.class) is generated per interpreter and goes stale; it does not belong in version control.',
    },
    help: {
      text: 'Untrack it with `git rm --cached <path>` and ignore it with `__pycache__/`, `*.py[cod]` and `*$py.class` in .gitignore.',
      markdown:
        'Untrack it with `git rm --cached <path>` and add `__pycache__/`, `*.py[cod]` and `*$py.class` to `.gitignore`.',
    },
    defaultConfiguration: { level: 'error' },
    properties: { tags: ['python', 'bytecode', 'repository-hygiene'] },
  },
  {
    id: 'pycache/sourceless-bytecode',
    name: 'SourcelessBytecode',
    shortDescription: { text: 'A .pyc without its source is importable' },
    fullDescription: {
      text: 'A legacy mod.pyc next to where mod.py would be, with no mod.py, is imported by Python 3 in place of the missing source, so deleted code keeps running.',
    },
    help: {
      text: 'Remove the .pyc from git (and from disk unless it is a deliberate fixture).',
      markdown: 'Remove the `.pyc` from git (and from disk unless it is a deliberate fixture).',
    },
    defaultConfiguration: { level: 'error' },
    properties: { tags: ['python', 'bytecode', 'correctness'] },
  },
  {
    id: 'pycache/missing-ignore-rule',
    name: 'MissingIgnoreRule',
    shortDescription: { text: "The repository's ignore rules let bytecode in" },
    fullDescription: {
      text: 'git would not ignore Python bytecode written in some source directories, judged by git check-ignore.',
    },
    help: { text: 'Add the missing pattern to .gitignore.', markdown: 'Add the missing pattern to `.gitignore`.' },
    defaultConfiguration: { level: 'error' },
    properties: { tags: ['python', 'gitignore'] },
  },
  {
    id: 'pycache/ignore-negation',
    name: 'IgnoreNegation',
    shortDescription: { text: 'A negated ignore rule re-includes bytecode' },
    fullDescription: { text: 'A `!` rule in a .gitignore makes git track bytecode that other rules ignore.' },
    help: {
      text: 'Remove the negation, or list the files in the allow input if they must be committed.',
      markdown: 'Remove the negation, or list the files in the `allow` input if they must be committed.',
    },
    defaultConfiguration: { level: 'error' },
    properties: { tags: ['python', 'gitignore'] },
  },
] as const;

type RuleId = (typeof RULES)[number]['id'];

/** RFC 3986 for a repository-relative path: every segment encoded, the slashes kept. */
export function artifactUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function fingerprint(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 32);
}

interface Result {
  ruleId: RuleId;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: {
    physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number } };
  }[];
  partialFingerprints: { primaryLocationLineHash: string };
}

type SarifLevel = 'error' | 'warning' | 'note';

function result(ruleId: RuleId, level: SarifLevel, text: string, file: string, line: number, key: string): Result {
  return {
    ruleId,
    ruleIndex: RULES.findIndex((r) => r.id === ruleId),
    level,
    message: { text },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(file), uriBaseId: '%SRCROOT%' },
          region: { startLine: line },
        },
      },
    ],
    partialFingerprints: { primaryLocationLineHash: fingerprint(ruleId, key) },
  };
}

export interface SarifInput {
  readonly result: CheckResult;
  readonly audit: IgnoreAudit | null;
  readonly negations: readonly Negation[];
  /** How ignore-rule findings are judged (report/ignore.ts); null when the audit did not run. */
  readonly ignore: IgnoreReportContext | null;
  readonly repoPath: (path: string) => string;
  readonly version: string;
}

export function buildSarif(input: SarifInput): object {
  const results: Result[] = [];
  for (const f of input.result.findings) {
    if (f.allowedBy !== null) continue;
    const file = input.repoPath(f.path);
    const level = f.failing ? 'error' : 'warning';
    if (f.sourceless)
      results.push(
        result(
          'pycache/sourceless-bytecode',
          level,
          `${file} is a sourceless .pyc: Python imports it in place of the missing ${f.source === null ? 'source' : input.repoPath(f.source)}.`,
          file,
          1,
          file,
        ),
      );
    else
      results.push(
        result(
          'pycache/committed-bytecode',
          level,
          `${file} is ${f.added ? 'added by this change' : 'tracked'} but is Python bytecode.`,
          file,
          1,
          file,
        ),
      );
  }
  const audit = input.ignore === null ? null : input.audit;
  const ignore = input.ignore;
  if (audit !== null && ignore !== null) {
    // Where the fix writes: the file the rule belongs in, whether or not it exists yet.
    const target = fixTarget(audit);
    for (const m of audit.missing) {
      const level = missingLevel(m, ignore);
      results.push(
        result(
          'pycache/missing-ignore-rule',
          level === 'notice' ? 'note' : level,
          `The ignore rules do not ignore ${m.pattern} in ${m.dirs.length} director${m.dirs.length === 1 ? 'y' : 'ies'}; add ${m.pattern} to ${target}.${level === 'notice' ? ' (Recommended: no such files are tracked.)' : ''}`,
          target,
          1,
          m.pattern,
        ),
      );
    }
    const level = ignore.level === 'warning' ? 'warning' : 'error';
    for (const n of input.negations) {
      const real = n.paths.filter((p) => ignore.tracked.has(p));
      const shown =
        real.length > 0
          ? `tracked bytecode (${real.slice(0, 3).map(input.repoPath).join(', ')}${real.length > 3 ? ', …' : ''})`
          : `files such as ${input.repoPath(n.paths[0] ?? '')}`;
      const pattern = n.pattern.length > 200 ? `${n.pattern.slice(0, 200)}…` : n.pattern;
      results.push(
        result(
          'pycache/ignore-negation',
          level,
          `${pattern} re-includes ${shown}.`,
          n.file,
          n.line,
          `${n.file}\0${n.pattern}`,
        ),
      );
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'pycache-action',
            version: input.version,
            semanticVersion: input.version,
            informationUri: 'https://github.com/org/pycache-action',
            rules: RULES,
          },
        },
        results,
      },
    ],
  };
}
