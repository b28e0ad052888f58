// One import for whole-site tests.
export { siteDir, siteLog, ROOT, OUTPUT } from './build-site';
export { figureValue, loadHtml, listFiles, visibleText } from './html';
