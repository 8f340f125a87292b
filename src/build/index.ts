/**
 * What runs around `astro build`: the content checks before it starts (`contentChecks`), the link
 * check and the security headers on the finished site (`postBuild`).
 */
export { contentChecks } from './content-checks.ts';
export { postBuild } from './post-build.ts';
export { buildChecksPlugin, contentChecksPlugin } from './plugin.ts';
