import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { DEFAULTS, Input, InputError, Output, readInputs } from '../src/inputs.ts';

const action = parse(readFileSync(new URL('../action.yml', import.meta.url), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
};

test('action.yml declares exactly the inputs and outputs of src/inputs.ts, with the same defaults', () => {
  assert.deepEqual(Object.keys(action.inputs).sort(), Object.values(Input).sort());
  assert.deepEqual(Object.keys(action.outputs).sort(), Object.values(Output).sort());
  for (const name of Object.values(Input))
    assert.equal(String(action.inputs[name]?.default ?? ''), DEFAULTS[name], name);
});

function read(values: Record<string, string>) {
  return readInputs((name) => values[name] ?? '');
}

test('defaults apply to unset inputs', () => {
  assert.deepEqual(read({}), {
    path: '.',
    check: true,
    failOn: 'added',
    allow: [],
    ignoreRules: 'error',
    fix: false,
    sarif: '',
    warm: false,
    python: ['python'],
    sources: ['**/*.py'],
    scope: ['project', 'stdlib', 'site-packages'],
    prefix: '',
    invalidationMode: 'checked-hash',
    layout: 'in-place',
    cache: true,
    save: 'auto',
    cacheSuffix: '',
    artifacts: [],
  });
});

test('values parse strictly', () => {
  const inputs = read({
    check: 'False',
    'fail-on': ' any ',
    allow: 'a/**\n\n# comment\r\n b.pyc \n',
    fix: 'TRUE',
    'ignore-rules': 'off',
    scope: 'stdlib\nproject\nstdlib',
    python: 'python3.12\n/usr/bin/pypy3',
  });
  assert.deepEqual(
    { ...inputs, python: [...inputs.python], scope: [...inputs.scope] },
    {
      ...read({}),
      check: false,
      failOn: 'any',
      allow: ['a/**', 'b.pyc'],
      ignoreRules: 'off',
      fix: true,
      scope: ['stdlib', 'project'],
      python: ['python3.12', '/usr/bin/pypy3'],
    },
  );
});

test('bad values fail with one sentence naming the input and its allowed values', () => {
  assert.throws(
    () => read({ 'fail-on': 'sometimes' }),
    (e: unknown) =>
      e instanceof InputError && e.message === `Input 'fail-on' must be one of added, any, never, not "sometimes".`,
  );
  assert.throws(() => read({ check: 'maybe' }), { message: `Input 'check' must be true or false, not "maybe".` });
  assert.throws(() => read({ check: 'yes' }), /Input 'check' must be true or false/);
  assert.throws(
    () => read({ 'ignore-rules': 'ERROR' }),
    /Input 'ignore-rules' must be one of error, strict, warning, off/,
  );
  assert.throws(() => read({ fix: '1' }), /Input 'fix' must be true or false/);
  assert.throws(() => read({ scope: 'project\nvenv' }), {
    message: `Input 'scope' must be one of project, stdlib, site-packages, not "venv".`,
  });
  assert.throws(
    () => read({ 'invalidation-mode': 'hash' }),
    /Input 'invalidation-mode' must be one of checked-hash, unchecked-hash, timestamp/,
  );
  assert.throws(() => read({ warm: 'on' }), /Input 'warm' must be true or false/);
  assert.throws(() => read({ save: 'yes' }), { message: `Input 'save' must be auto, true or false, not "yes".` });
  assert.deepEqual(
    ['auto', 'True', 'FALSE', ''].map((save) => read({ save }).save),
    ['auto', 'true', 'false', 'auto'],
  );
});
