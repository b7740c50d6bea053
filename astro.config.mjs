// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { sitemapLinks } from './src/lib/i18n/sitemap-links.ts';

/**
 * The public address the site is deployed at. Canonical URLs, hreflang
 * links, the sitemap, citations and the Atom feed are absolute URLs built
 * from it, so a deployment sets SITE_URL; local builds use the preview
 * server's address.
 */
const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Static output, no telemetry-like runtime, no image service needed.
  integrations: [
    mdx(),
    sitemap({
      filter: (page) => !/\/404\/$/.test(page) && !/\/embed\//.test(page),
      serialize: (item) => ({ ...item, links: sitemapLinks(item.url) }),
    }),
  ],
  security: {
    // Astro hashes every script and style it emits and writes the policy as
    // a <meta http-equiv> tag; nothing may load from another host.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-src 'self'",
      ],
    },
  },
});
