// markdown-it-cjk-breaks ships no type declarations.
declare module 'markdown-it-cjk-breaks' {
  import { type MarkdownIt } from 'markdown-it';
  const plugin: (md: MarkdownIt) => void;
  export default plugin;
}
