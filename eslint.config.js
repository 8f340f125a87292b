// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist.*/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'tests/.tmp/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  // `.astro` components: their frontmatter and scripts, with the plugin's recommended rules.
  astro.configs['flat/recommended'],
  {
    // Scripts and tests run in Node; components' inline scripts run in the browser.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
