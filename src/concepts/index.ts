/**
 * Concepts: the concept pages and the graph that ties them to the answers (chips, related
 * answers, backlinks, first-mention links, preview cards) and the generated concept maps.
 */
export { conceptMapGenerator } from './concept-map.ts';
export { getConceptGraph, type AnswerNode, type ConceptGraph, type ConceptNode } from './graph.ts';
export { rehypeConceptLinks } from './rehype-concept-links.ts';
export { ConceptSchema, type ConceptFrontmatter } from './schema.ts';
export { conceptsPlugin } from './plugin.ts';
