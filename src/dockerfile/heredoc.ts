// Heredocs (`<<EOF`, `<<-EOF`, quoted delimiters) as BuildKit's parser finds them (parser.go).
import { EMPTY_ENV, Lex, ShellError } from './shell.js';
import { ParseError } from './line-parsers.js';

export interface HeredocRef {
  name: string;
  chomp: boolean;
  expand: boolean;
}

const HEREDOC = /^(\d*)<<(-?)[\t\n\f\r ]*([^<]*)$/;

/** ParseHeredoc: the heredoc a word such as `<<EOF`, `<<-"EOF"` or `3<<EOF` opens, if any. */
export function parseHeredoc(word: string): HeredocRef | undefined {
  const m = HEREDOC.exec(word);
  if (!m || m[3] === '') return undefined;
  const lex = new Lex('\\');
  lex.skipUnsetEnv = true;
  const words = lex.processWords(m[3]!, EMPTY_ENV);
  if (words.length !== 1) return undefined;
  lex.rawQuotes = true;
  const raw = lex.processWords(m[3]!, EMPTY_ENV);
  if (raw.length !== words.length) throw new ParseError(`internal lexing of heredoc produced inconsistent results: ${m[3]}`);
  const quotes = (s: string): number => s.split(/['"]/).length - 1;
  return { name: words[0]!, chomp: m[2] === '-', expand: quotes(words[0]!) === quotes(raw[0]!) };
}

/** MustParseHeredoc: as parseHeredoc, with errors meaning "not a heredoc". */
export function isHeredocWord(word: string): boolean {
  try {
    return parseHeredoc(word) !== undefined;
  } catch {
    return false;
  }
}

export function heredocsFromLine(line: string): HeredocRef[] {
  const lex = new Lex('\\');
  lex.rawQuotes = true;
  lex.rawEscapes = true;
  lex.skipUnsetEnv = true;
  let words: string[] = [];
  try {
    words = lex.processWords(line, EMPTY_ENV);
  } catch (e) {
    if (!(e instanceof ShellError)) throw e;
  }
  const docs: HeredocRef[] = [];
  for (const w of words) {
    const doc = parseHeredoc(w);
    if (doc) docs.push(doc);
  }
  return docs;
}
