import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderIcon, webManifest } from '../../../src/offline/index.ts';
import { decodePng } from '../../support/png.ts';

describe('the web app manifest', () => {
  const manifest = webManifest({
    name: 'Data Engineering Answers',
    shortName: 'DE Answers',
    description: 'd',
    base: '/portfolio/',
  });
  it('starts, stays and is identified under the base path', () => {
    assert.equal(manifest.start_url, '/portfolio/');
    assert.equal(manifest.scope, '/portfolio/');
    assert.equal(manifest.id, '/portfolio/');
    assert.ok(manifest.icons.every((icon) => icon.src.startsWith('/portfolio/')));
  });
  it('has light colours and dark ones for readers who prefer dark', () => {
    assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/);
    assert.notEqual(manifest.user_preferences.color_scheme.dark.background_color, manifest.background_color);
  });
  it('offers the icons installers ask for: 192 and 512 px, and a maskable one', () => {
    const sizes = manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`);
    for (const wanted of ['192x192 any', '512x512 any', '512x512 maskable'])
      assert.ok(sizes.includes(wanted), wanted);
  });
});

describe('the icons', () => {
  it('are drawn from the mark at their size, the maskable one on a full square', () => {
    const icon = decodePng(renderIcon('icon-512.png'));
    assert.equal(icon.width, 512);
    const maskable = decodePng(renderIcon('maskable-512.png'));
    assert.equal(maskable.height, 512);
    // A maskable icon's corner is the mark's background; the plain icon's corner is transparent,
    // outside the mark's rounded square.
    assert.deepEqual([...maskable.rgba.slice(0, 4)], [0x1e, 0x29, 0x3b, 255]);
    assert.equal(icon.rgba[3], 0);
  });
});
