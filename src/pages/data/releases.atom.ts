/**
 * /data/releases.atom: the first address of the release feed, in English
 * (kept, since subscribers use it). Each language has its own feed at
 * /<lang>/data/releases.atom.
 */
import type { APIRoute } from 'astro';
import { siteReleasesFeed } from '../../lib/feed/releases-feed.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(siteReleasesFeed('en', String(site), '/data/releases.atom'), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
