import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redirectPageHtml } from '../../../src/links/redirect-page.ts';
import { socialMetaTags, type SocialPage } from '../../../src/links/social-meta.ts';

const social: SocialPage & { url: string } = {
  title: 'Why "quotes" & <tags>?',
  description: 'One line.',
  url: 'https://example.com/answers/x/',
  image: 'https://example.com/og/answers/x.png',
  imageAlt: 'Question 1 · Spark: Why?',
  siteName: 'Data Engineering Answers',
  type: 'article',
};

describe('social meta tags', () => {
  it('describe the page, its card image and its size for Open Graph and X', () => {
    const tags = Object.fromEntries(socialMetaTags(social).map((tag) => [tag.key, tag]));
    assert.equal(tags['og:image']?.content, social.image);
    assert.equal(tags['og:image']?.attribute, 'property');
    assert.equal(tags['og:image:width']?.content, '1200');
    assert.equal(tags['og:image:height']?.content, '630');
    assert.equal(tags['twitter:card']?.content, 'summary_large_image');
    assert.equal(tags['twitter:card']?.attribute, 'name');
    assert.equal(tags['og:url']?.content, social.url);
  });
  it('name each key once', () => {
    const keys = socialMetaTags(social).map((tag) => tag.key);
    assert.deepEqual(keys, [...new Set(keys)]);
  });
});

describe('short link page', () => {
  const html = redirectPageHtml({
    target: '/portfolio/answers/x/',
    label: social.title,
    lead: 'Question 1 lives at its permanent address:',
    social,
  });
  it('redirects with meta refresh, names the canonical URL and offers a plain link', () => {
    assert.match(html, /<meta http-equiv="refresh" content="0; url=\/portfolio\/answers\/x\/">/);
    assert.match(html, /<link rel="canonical" href="https:\/\/example.com\/answers\/x\/">/);
    assert.match(
      html,
      /<a href="\/portfolio\/answers\/x\/">Why &quot;quotes&quot; &amp; &lt;tags&gt;\?<\/a>/,
    );
    assert.match(html, /<meta property="og:image" content="https:\/\/example.com\/og\/answers\/x.png">/);
  });
  it('holds no script, so it needs nothing from the CSP', () => {
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /\son[a-z]+=/i);
  });
});
