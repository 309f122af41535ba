// Types for what the spell worker imports: nspell ships none, and Vite's `?raw` gives a file's text.
declare module 'nspell' {
  interface NSpell {
    correct(word: string): boolean
    suggest(word: string): string[]
  }
  function nspell(aff: string, dic: string): NSpell
  export default nspell
}

declare module '*?raw' {
  const text: string
  export default text
}
