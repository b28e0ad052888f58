// Generates the Hugo variant: a minimal Hugo site over the same corpus, with one template that
// writes the page the plain Astro baseline writes (headline, lede, each highlight's title,
// figures and text). Each article folder is a Hugo leaf bundle: index.md is the page and the
// highlight files are its page resources, so no file is copied or rewritten.
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The Hugo binary (Debian package `hugo`), when installed. */
export function findHugo(): string | undefined {
  try {
    return execFileSync('sh', ['-c', 'command -v hugo'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

function config(corpusDir: string): string {
  return [
    "baseURL = 'https://bench.invalid/'",
    `contentDir = ${JSON.stringify(corpusDir)}`,
    // Only the article pages, as in the plain Astro baseline: no home, lists, feeds or sitemap.
    "disableKinds = ['home', 'section', 'taxonomy', 'term', 'RSS', 'sitemap', '404', 'robotsTXT']",
    '[markup.goldmark.renderer]',
    'unsafe = true',
    '',
  ].join('\n');
}

const SINGLE = `<!doctype html>
<html lang="zh-Hans">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width">
    <title>{{ .Params.headline }}</title>
  </head>
  <body>
    <main>
      <h1>{{ .Params.headline }}</h1>
      {{ .Content }}
      {{ range sort (.Resources.ByType "page") "Params.number" }}
      <section>
        <h2>{{ .Title }}</h2>
        <ul>{{ range .Params.figures }}<li>{{ .value }}{{ .unit }} {{ .label }}</li>{{ end }}</ul>
        {{ .Content }}
      </section>
      {{ end }}
    </main>
  </body>
</html>
`;

/** Writes the Hugo project into `dir` for the corpus at `corpusDir`. */
export async function writeHugoProject(dir: string, corpusDir: string): Promise<void> {
  await mkdir(join(dir, 'layouts/_default'), { recursive: true });
  await writeFile(join(dir, 'hugo.toml'), config(corpusDir));
  await writeFile(join(dir, 'layouts/_default/single.html'), SINGLE);
}
