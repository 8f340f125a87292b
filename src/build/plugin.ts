import { featurePlugin } from '../shared/starlight-plugin.ts';
import { contentChecks } from './content-checks.ts';
import { postBuild } from './post-build.ts';

/**
 * What runs around the build: the content checks before it, and on the finished site the link
 * check and the security headers. List it after every plugin whose integration writes pages or
 * scripts, so the headers hash the final HTML.
 */
export function buildChecksPlugin() {
  return featurePlugin('site-build-checks', new URL('./', import.meta.url), {
    integrations: [contentChecks(), postBuild()],
  });
}
