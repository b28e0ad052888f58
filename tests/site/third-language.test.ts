// A third language added by a content folder alone (issue 14 item 6): the fixture
// tests/fixtures/sites/third-language has fr content, dictionary.fr.json and one extraLocales line
// in site.json, and nothing in src/ knows French.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localesWith } from '@/site.config';
import { loadHtml, ROOT, siteDir, visibleText } from '../support';

const FIXTURE = join(ROOT, 'tests/fixtures/sites/third-language');
const dist = siteDir('third-language');

describe('a language added with no TypeScript change', () => {
  it('takes only content files, a dictionary file and site.json: no code in the fixture, no fr in src/', () => {
    const files = readdirSync(FIXTURE, { recursive: true, encoding: 'utf8' });
    expect(files.filter((f) => /\.(ts|js|mjs|astro)$/.test(f))).toEqual([]);
    expect(files).toContain('dictionary.fr.json');
    expect(JSON.parse(readFileSync(join(FIXTURE, 'site.json'), 'utf8')).extraLocales).toHaveLength(1);
    expect(localesWith({ extraLocales: [] }).map((l) => l.code)).not.toContain('fr');
    expect(existsSync(join(ROOT, 'src/i18n/dictionaries/fr.json'))).toBe(false);
  });

  it('builds /fr/ with lang="fr" and its own strings: labels, headings, date, source, translation note', async () => {
    const $ = await loadHtml(join(dist, 'fr/index.html'));
    expect($('html').attr('lang')).toBe('fr');
    expect($('h1').text()).toBe('Village test : deux points forts');
    expect($('#contents-heading').text()).toBe('Sommaire');
    expect($('.masthead time').text()).toBe('1 mai 2023 à 08:00 (heure de Pékin)');
    expect($('.masthead .translation-note').text()).toBe('Traduit de l’original chinois par Li Si.');
    const text = visibleText($);
    expect(text).toContain('Point fort 1');
    expect(text).toContain('Source : Centre médiatique de test');
    expect(text).toContain('Retour au sommaire');
    expect($('[aria-label="Chiffres clés"]').length).toBeGreaterThan(0);
    expect($('#highlight-01 [aria-label^="Copier le lien"]').attr('aria-label')).toBe('Copier le lien : Le village test construit des routes');
    expect(text).not.toMatch(/Highlight|Contents|Beijing time|亮点/);
  });

  it('is in the switcher of the other editions and in their hreflang alternates', async () => {
    for (const file of ['index.html', 'zh-hant/index.html']) {
      const $ = await loadHtml(join(dist, file));
      const fr = $('.lang-switcher a[hreflang="fr"]');
      expect(fr.attr('href')).toBe('/fr/');
      expect(fr.text().trim()).toContain('Français');
      expect($('link[rel="alternate"][hreflang="fr"]').attr('href')).toMatch(/\/fr\/$/);
    }
    const $ = await loadHtml(join(dist, 'fr/index.html'));
    expect($('meta[property="og:locale"]').attr('content')).toBe('fr_FR');
    expect($('link[rel="alternate"][hreflang="zh-Hans"]').attr('href')).toBeDefined();
    expect($('.lang-switcher [aria-current="page"]').text().trim()).toContain('Français');
  });

  it('has its own feed and not-found text', async () => {
    const feed = readFileSync(join(dist, 'fr/rss.xml'), 'utf8');
    expect(feed).toContain('<title>Centre médiatique de test : reportages spéciaux</title>');
    const notFound = await loadHtml(join(dist, '404.html'));
    expect(visibleText(notFound)).toContain('Page introuvable');
  });
});
