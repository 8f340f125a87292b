import { featurePlugin } from '../shared/starlight-plugin.ts';
import { contentChecks } from './content-checks.ts';
import { postBuild } from './post-build.ts';

/**
 * The content checks, at build start. List it first: integrations' build-start hooks run in the
 * plugins' order, and a content error (an unknown concept, say) must be reported as itself before
 * another plugin reports its consequence (the diagrams' check would call a concept map stale).
 */
export function contentChecksPlugin() {
  return featurePlugin('site-content-checks', new URL('./', import.meta.url), {
    integrations: [contentChecks()],
  });
}

/**
 * What runs on the finished site: the link check and the security headers. List it after every
 * plugin whose integration writes pages or scripts, so the headers hash the final HTML.
 */
export function buildChecksPlugin() {
  return featurePlugin('site-build-checks', new URL('./', import.meta.url), {
    integrations: [postBuild()],
  });
}
