import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AjvModule from 'ajv-draft-04';
import formatsModule from 'ajv-formats';
import { artifactUri, buildSarif, VERSION } from '../../src/report/sarif.ts';
import { evaluate } from '../../src/check/evaluate.ts';
import { classify, type Bytecode } from '../../src/check/classify.ts';
import { allowMatcher } from '../../src/check/allow.ts';

const require = createRequire(import.meta.url);
/** The official SARIF 2.1.0 schema, as Microsoft's own SARIF test matchers ship it. */
const schema = JSON.parse(
  readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
) as object;
// CommonJS packages: their default export sits one level down under ESM.
interface Validator {
  (data: unknown): boolean;
  errors?: unknown;
}
interface AjvInstance {
  compile(schema: object): Validator;
}
const Ajv = (AjvModule as unknown as { default: new (options: object) => AjvInstance }).default;
const addFormats = (formatsModule as unknown as { default: (ajv: AjvInstance) => void }).default;
// The schema's language pattern is not valid with the `u` flag that Ajv uses by default.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

const names = [
  'ok/__pycache__/m.cpython-311.pyc',
  'sp ace/ü €.pyc',
  'pct/100%.pyc',
  'q/a?b#c.pyc',
  'nl/x\n::error::y.pyc',
  'fx/keep.pyc',
];

function sarif() {
  const result = evaluate({
    bytecode: names.map((n) => classify(n) as Bytecode),
    headers: new Map(),
    sourceExists: () => false,
    added: new Set(['ok/__pycache__/m.cpython-311.pyc']),
    allow: allowMatcher(['fx']),
    failOn: 'added',
    ignoredByRules: new Set(),
  });
  const audit = {
    missing: [{ pattern: '__pycache__/', dirs: ['.'], foundOnlyIn: [] }],
    negations: [],
    annotationTarget: '.gitignore',
    committedIgnored: new Set<string>(),
    prefix: '',
    ownGitignore: true,
  };
  const negations = [{ file: 'sub/.gitignore', line: 3, pattern: '!keep.pyc', paths: ['sub/keep.pyc'] }];
  return buildSarif({
    result,
    audit,
    negations,
    ignore: { level: 'error', trackedKinds: new Set(), tracked: new Set() },
    repoPath: (p) => `proj/${p}`,
    version: VERSION,
  }) as {
    runs: {
      results: {
        ruleId: string;
        level: string;
        locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
      }[];
    }[];
  };
}

test('the SARIF log validates against the SARIF 2.1.0 schema', () => {
  const log = sarif();
  assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
  assert.equal(
    validate({ version: '2.1.0', runs: [{ results: [] }] }),
    false,
    'the schema really checks: a run needs a tool',
  );
});

test('every reported finding is a result; allowed files are not; URIs are valid and round-trip', () => {
  const results = sarif().runs[0]?.results ?? [];
  assert.equal(results.length, names.length - 1 + 2);
  const uris = results.map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri ?? '');
  for (const uri of uris) {
    assert.doesNotThrow(() => new URL(uri, 'file:///src/'));
    assert.ok(!/[\s?#]/.test(uri), uri);
  }
  assert.ok(uris.includes(artifactUri('proj/nl/x\n::error::y.pyc')));
  assert.equal(decodeURIComponent(artifactUri('proj/pct/100%.pyc')), 'proj/pct/100%.pyc');
  assert.equal(
    results.find((r) => r.ruleId === 'pycache/ignore-negation')?.locations[0]?.physicalLocation.region.startLine,
    3,
  );
  assert.deepEqual(
    results
      .filter((r) => r.ruleId.endsWith('bytecode'))
      .map((r) => r.level)
      .sort(),
    ['error', 'warning', 'warning', 'warning', 'warning'],
    'only the added file fails under fail-on: added',
  );
});

test("the driver version is package.json's", () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  assert.equal(VERSION, pkg.version);
});
