import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readAnswers } from '../../../src/answers/index.ts';
import { countWords } from '../../../src/answers/reading-time.ts';

// Every answer page carries the same depth, in the same order (issue: "Depth").
const REQUIRED = ['In 30 seconds', 'The answer', 'Deep dive', 'Pitfalls', 'Follow-up questions', 'Sources'];
/** Answers whose owner's words carry figures: they get "Numbers to remember". */
const WITH_FIGURES = new Set([3, 9, 14]);

function sections(source: string): Map<string, string> {
  const parts = source.split(/^## (.+)$/m);
  const map = new Map<string, string>();
  for (let i = 1; i < parts.length; i += 2) map.set((parts[i] ?? '').trim(), parts[i + 1] ?? '');
  return map;
}

describe('answer pages in depth', () => {
  for (const answer of readAnswers()) {
    const number = answer.meta.number;
    describe(`Q${number} ${answer.slug}`, () => {
      const found = sections(answer.body);
      const headings = [...found.keys()];

      it('has the sections in order', () => {
        const expected = [...REQUIRED];
        if (WITH_FIGURES.has(number)) expected.splice(5, 0, 'Numbers to remember');
        assert.deepEqual(
          headings.filter((h) => expected.includes(h)),
          expected,
        );
      });

      // Up to six: the depth an interviewer probes (serverless, cost, concurrency...) earns a
      // section of its own; more than that and the page stops reading as one answer.
      it('explains the design in two to six deep-dive sections with at least one titled code block', () => {
        const deep = found.get('Deep dive') ?? '';
        const subsections = deep.match(/^### .+$/gm) ?? [];
        assert.ok(subsections.length >= 2 && subsections.length <= 6, `${subsections.length} subsections`);
        const blocks = answer.body.match(/^```\w+.*$/gm) ?? [];
        assert.ok(blocks.length >= 1, 'at least one code block');
        for (const block of blocks)
          assert.match(block, /title="[^"]+"/, `code block without a title: ${block}`);
      });

      it('shows at least one diagram', () => {
        assert.match(answer.body, /<Diagram id="[a-z0-9-]+" \/>/);
      });

      it('asks at least three follow-up questions, each with an answer', () => {
        const items = (found.get('Follow-up questions') ?? '').match(/^- \*\*.+\?\*\* .+$/gm) ?? [];
        assert.ok(items.length >= 3, `${items.length} follow-up questions`);
      });

      it('lists pitfalls and links its sources', () => {
        assert.ok(((found.get('Pitfalls') ?? '').match(/^- /gm) ?? []).length >= 3);
        assert.ok(((found.get('Sources') ?? '').match(/\]\(https:\/\//g) ?? []).length >= 2);
      });

      it('runs to at least 700 words', () => {
        assert.ok(countWords(answer.body) >= 700, `${countWords(answer.body)} words`);
      });
    });
  }
});
