import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFrontmatter, readContentFiles } from '../../../src/shared/content.ts';
import { blankFrontmatter, findFrontmatter, readFrontmatter } from '../../../src/shared/frontmatter.ts';
import { blankFrontmatter as blankForMdx } from '../../../src/shared/mdx.ts';

const unix = ['---', 'title: Shuffle', 'reviewed:', '  date: 2026-12-01', '---', '', 'Body line.', ''].join(
  '\n',
);
const windows = unix.replaceAll('\n', '\r\n');

describe('frontmatter', () => {
  it('reads the YAML between the fences, a date as a Date (YAML 1.1, as Astro reads it)', () => {
    const { data, errors } = readFrontmatter(unix);
    assert.deepEqual(errors, []);
    assert.equal(data['title'], 'Shuffle');
    assert.deepEqual((data['reviewed'] as { date: Date }).date, new Date('2026-12-01T00:00:00Z'));
  });

  it('reads a file saved with Windows line endings the same way', () => {
    assert.deepEqual(readFrontmatter(windows), readFrontmatter(unix));
    assert.equal(windows.slice(findFrontmatter(windows)?.bodyOffset), '\r\nBody line.\r\n');
  });

  it('allows a byte-order mark before the opening fence', () => {
    assert.equal(readFrontmatter(`\uFEFF${unix}`).data['title'], 'Shuffle');
  });

  it('gives a YAML error at its line of the file', () => {
    const broken = ['---', 'title: Shuffle', 'title: Twice', 'description: x', '---', 'Body'].join('\n');
    const { data, errors } = readFrontmatter(broken);
    assert.deepEqual(data, {});
    assert.equal(errors.length > 0, true);
    assert.equal(errors[0]?.line, 3);
  });

  it('finds none without an opening fence on the first line, or without a closing one', () => {
    assert.equal(findFrontmatter('title: x\n---\n'), undefined);
    assert.equal(findFrontmatter('---\ntitle: x\n'), undefined);
    assert.deepEqual(parseFrontmatter('# Just Markdown\n'), {});
  });

  it('blanks the block line for line, so positions in the body stay the file’s', () => {
    const blanked = blankFrontmatter(unix);
    assert.equal(blanked.split('\n').indexOf('Body line.'), unix.split('\n').indexOf('Body line.'));
    const forMdx = blankForMdx(windows);
    assert.equal(forMdx.includes('\r'), false);
    assert.equal(forMdx.split('\n').indexOf('Body line.'), unix.split('\n').indexOf('Body line.'));
  });

  it('reads every page of the site', () => {
    for (const file of readContentFiles()) {
      assert.deepEqual(readFrontmatter(file.source).errors, [], file.file);
      assert.equal(typeof file.frontmatter['title'], 'string', file.file);
    }
  });
});
