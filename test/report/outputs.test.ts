import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { boundedJsonList, omittedWarning } from '../../src/report/outputs.ts';

describe('boundedJsonList', () => {
  test('everything when it fits', () => {
    assert.deepEqual(boundedJsonList(['a.pyc', 'b "q".pyc']), { json: '["a.pyc","b \\"q\\".pyc"]', omitted: 0 });
    assert.deepEqual(boundedJsonList([]), { json: '[]', omitted: 0 });
  });

  test('whole paths up to the byte limit, counting UTF-8 and JSON escapes', () => {
    const paths = ['é.pyc', 'b.pyc', 'c.pyc'];
    // ["é.pyc"] is 10 bytes; adding ,"b.pyc" makes 18.
    assert.deepEqual(boundedJsonList(paths, 17), { json: '["é.pyc"]', omitted: 2 });
    assert.deepEqual(boundedJsonList(paths, 18), { json: '["é.pyc","b.pyc"]', omitted: 1 });
    for (const limit of [2, 9, 30, 100])
      assert.ok(Buffer.byteLength(boundedJsonList(paths, limit).json) <= Math.max(limit, 2));
  });

  test('a warning only when something was cut', () => {
    assert.equal(omittedWarning('bytecode-files', { json: '[]', omitted: 0 }, 0), null);
    assert.match(
      omittedWarning('bytecode-files', { json: '[]', omitted: 2_000 }, 50_000) ?? '',
      /^The bytecode-files output lists the first 48,000 of 50,000 paths, because a step output may not exceed 1 MB; set the sarif input/,
    );
  });
});
