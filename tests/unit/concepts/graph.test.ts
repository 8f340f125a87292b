import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  backlinks,
  relatedAnswers,
  relatedConcepts,
  type ConceptGraph,
} from '../../../src/concepts/graph.ts';

const answer = (number: number, concepts: string[], related: string[] = []) => ({
  slug: `a${number}`,
  number,
  question: `Q${number}?`,
  shortTitle: `A${number}`,
  theme: 'spark',
  concepts,
  related,
});
const concept = (slug: string, related: string[] = []) => ({
  slug,
  title: slug,
  definition: `${slug} is.`,
  aliases: [],
  related,
});

const graph: ConceptGraph = {
  answers: [
    answer(1, ['shuffle', 'skew', 'broadcast'], ['a4']),
    answer(2, ['shuffle']),
    answer(3, ['shuffle', 'skew']),
    answer(4, ['xcom']),
    answer(5, ['xcom']),
  ],
  concepts: [
    concept('shuffle', ['skew']),
    concept('skew'),
    concept('broadcast', ['shuffle']),
    concept('xcom'),
  ],
};

describe('the concept graph', () => {
  it('ranks related answers: explicit first, then by shared concepts, then by number', () => {
    assert.deepEqual(
      relatedAnswers(graph, 'a1').map((a) => a.slug),
      ['a4', 'a3', 'a2'],
    );
  });

  it('leaves out answers that share no concept and the answer itself', () => {
    assert.deepEqual(
      relatedAnswers(graph, 'a5').map((a) => a.slug),
      ['a4'],
    );
  });

  it('finds the answers and concepts that point to a concept', () => {
    const links = backlinks(graph, 'shuffle');
    assert.deepEqual(
      links.answers.map((a) => a.number),
      [1, 2, 3],
    );
    assert.deepEqual(
      links.concepts.map((c) => c.slug),
      ['broadcast'],
    );
  });

  it("lists a concept's own related concepts, then its backlinks, without repeats", () => {
    assert.deepEqual(
      relatedConcepts(graph, 'shuffle').map((c) => c.slug),
      ['skew', 'broadcast'],
    );
    assert.deepEqual(
      relatedConcepts(graph, 'skew').map((c) => c.slug),
      ['shuffle'],
    );
  });
});
