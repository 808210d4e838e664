// A port of BuildKit's Dockerfile parser (frontend/dockerfile/parser: parser.go, directives.go; the line
// parsers are in line-parsers.ts) plus the instruction checks of frontend/dockerfile/instructions/parse.go
// that fail a build whatever stage is built. Pure: no I/O.
import { goTrimSpace } from '../patterns/go.js';
import { heredocsFromLine, isHeredocWord } from './heredoc.js';
import {
  extractBuilderFlags,
  parseJSON,
  parseNameVal,
  parseWords,
  ParseError,
  splitWhitespace,
  trimLeadingSpace,
  WHITESPACE,
} from './line-parsers.js';
import { ShellError } from './shell.js';
import { excerpt } from '../util/terminal.js';
import { suggest } from './suggest.js';

export { isHeredocWord, parseHeredoc } from './heredoc.js';

/** A Dockerfile that Docker rejects. `message` is the reason only; `line` is 1-based. */
export class DockerfileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    reason: string,
  ) {
    super(reason);
    this.name = 'DockerfileError';
  }
}

export interface Heredoc {
  name: string;
  /** The document's lines, each with its line ending; leading tabs removed for `<<-`. */
  body: string;
}

export interface Instruction {
  /** Upper-case keyword. */
  keyword: string;
  /** `--name=value` flags before the arguments; a flag without '=' has the value ''. Repeated flags accumulate. */
  flags: Record<string, string[]>;
  /**
   * Arguments after the flags, quotes and variables left for expansion, as BuildKit's parser gives them:
   * JSON form parsed; COPY/ADD/VOLUME/FROM/EXPOSE split on white space; RUN/CMD/ENTRYPOINT/SHELL in shell
   * form and single-value instructions as one string; ARG/ENV/LABEL as shell words (`name=value`, or
   * `[name, value]` for the legacy `ENV name value`); ONBUILD as [trigger keyword, ...trigger args].
   */
  args: string[];
  json: boolean;
  heredocs: Heredoc[];
  /** 1-based line where the instruction starts. */
  line: number;
  /** Last line of the instruction, heredoc bodies included. */
  endLine: number;
  /** The instruction as written, continuation lines joined with a space, trimmed. */
  original: string;
  /** For ONBUILD: the trigger instruction. */
  onbuild?: Instruction;
}

export interface ParsedDockerfile {
  instructions: Instruction[];
  /** The escape character ('\\' or '`') set by the `# escape=` directive. */
  escapeToken: string;
}

export function parseDockerfile(text: string, file: string): Instruction[] {
  return parseDockerfileFull(text, file).instructions;
}

const KNOWN = [
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
];
const MAX_LINE_BYTES = 64 * 1024; // bufio.MaxScanTokenSize: a longer line fails the build

export function parseDockerfileFull(text: string, file: string): ParsedDockerfile {
  const p = new Parser(text, file);
  const instructions = p.parse();
  for (const inst of instructions) checkInstruction(inst, file);
  return { instructions, escapeToken: p.escape };
}

class Parser {
  escape = '\\';
  private continuation = continuationRegex('\\');
  private directivesDone = false;
  private readonly seenDirectives = new Set<string>();
  private readonly lines: string[] = [];
  private next = 0;

  constructor(
    text: string,
    private readonly file: string,
  ) {
    if (text.startsWith('\uFEFF')) text = text.slice(1);
    for (let start = 0; start < text.length; ) {
      const nl = text.indexOf('\n', start);
      const end = nl < 0 ? text.length : nl + 1;
      this.lines.push(text.slice(start, end));
      start = end;
    }
  }

  parse(): Instruction[] {
    const out: Instruction[] = [];
    let current = 0;
    while (this.next < this.lines.length) {
      const raw = this.read(current + 1);
      const first = this.processLine(raw, true, current + 1);
      current++;
      const startLine = current;
      let [piece, eol] = this.trimContinuation(first);
      if (eol && piece.length === 0) continue;
      let line = piece;
      const pieces = [piece];
      while (!eol && this.next < this.lines.length) {
        const rawNext = this.read(current + 1);
        const processed = this.processLine(rawNext, false, current + 1);
        current++;
        if (isComment(rawNext)) continue;
        if (trimLeadingSpace(trimNewline(processed)).length === 0) continue; // empty continuation line
        [piece, eol] = this.trimContinuation(processed);
        line += piece;
        pieces.push(piece);
      }
      let inst: Instruction;
      try {
        inst = this.nodeFromLine(line);
      } catch (e) {
        throw this.located(e, startLine);
      }
      const target = inst.onbuild ?? inst;
      if (heredocKeyword(target) && line.includes('<<')) {
        try {
          for (const doc of heredocsFromLine(line)) {
            let body = '';
            let terminated = false;
            while (this.next < this.lines.length) {
              const docLine = this.read(current + 1);
              current++;
              let candidate = trimNewline(docLine);
              if (doc.chomp) candidate = candidate.replace(/^\t+/, '');
              if (candidate === doc.name) {
                terminated = true;
                break;
              }
              body += docLine;
            }
            if (!terminated) throw new ParseError('unterminated heredoc');
            inst.heredocs.push({ name: doc.name, body: doc.chomp ? body.replace(/^\t+/gm, '') : body });
          }
        } catch (e) {
          throw this.located(e, startLine);
        }
        if (inst.onbuild) inst.onbuild.heredocs = inst.heredocs;
      }
      inst.original = pieces
        .map(goTrimSpace)
        .filter((s) => s !== '')
        .join(' ');
      for (const i of inst.onbuild ? [inst, inst.onbuild] : [inst]) [i.line, i.endLine] = [startLine, current];
      out.push(inst);
    }
    if (out.length === 0) throw new DockerfileError(this.file, Math.max(1, current), 'file with no instructions');
    return out;
  }

  private read(lineNo: number): string {
    const raw = this.lines[this.next++]!;
    if (Buffer.byteLength(raw) > MAX_LINE_BYTES) {
      throw new DockerfileError(this.file, lineNo, `dockerfile line greater than max allowed size of ${MAX_LINE_BYTES - 1}`);
    }
    return raw;
  }

  private located(e: unknown, line: number): unknown {
    if (e instanceof ParseError || e instanceof ShellError) return new DockerfileError(this.file, line, e.message);
    return e;
  }

  /** processLine: trims the line ending (and leading space on a first line), reads directives, drops comments. */
  private processLine(raw: string, stripLeft: boolean, lineNo: number): string {
    let token = trimNewline(raw);
    if (stripLeft) token = trimLeadingSpace(token);
    try {
      this.possibleDirective(token);
    } catch (e) {
      throw this.located(e, lineNo);
    }
    return isComment(token) ? '' : token;
  }

  /** DirectiveParser.ParseLine: `# name=value` lines before anything else. */
  private possibleDirective(token: string): void {
    if (this.directivesDone) return;
    if (!token.startsWith('#')) {
      this.directivesDone = true;
      return;
    }
    const m = /^([a-zA-Z][a-zA-Z0-9]*)[\t\n\f\r ]*=[\t\n\f\r ]*(.+?)[\t\n\f\r ]*$/s.exec(trimLeadingSpace(token.slice(1)));
    const key = m?.[1]?.toLowerCase();
    if (!m || (key !== 'syntax' && key !== 'escape' && key !== 'check')) {
      this.directivesDone = true;
      return;
    }
    if (this.seenDirectives.has(key!)) throw new ParseError(`only one ${key} parser directive can be used`);
    this.seenDirectives.add(key!);
    if (key === 'escape') {
      const v = m[2]!;
      if (v !== '`' && v !== '\\') throw new ParseError(`invalid escape token '${v}' does not match \` or \\`);
      this.escape = v;
      this.continuation = continuationRegex(v);
    }
  }

  private trimContinuation(line: string): [string, boolean] {
    if (this.continuation.test(line)) return [line.replace(this.continuation, '$1'), false];
    return [line, true];
  }

  /** newNodeFromLine: splitCommand, then the keyword's line parser. */
  nodeFromLine(line: string): Instruction {
    const trimmed = goTrimSpace(line);
    const m = WHITESPACE.exec(trimmed);
    const cmd = m ? trimmed.slice(0, m.index) : trimmed;
    let rest = '';
    let flagWords: string[] = [];
    if (m) [rest, flagWords] = extractBuilderFlags(trimmed.slice(m.index + m[0].length), this.escape);
    rest = goTrimSpace(rest);
    const inst: Instruction = {
      keyword: cmd.toUpperCase(),
      flags: parseFlags(flagWords),
      args: [],
      json: false,
      heredocs: [],
      line: 0,
      endLine: 0,
      original: '',
    };
    // The keyword and flags as written, for Docker's messages.
    keywordAsWritten.set(inst, cmd);
    flagWords.length > 0 && rawFlags.set(inst, flagWords);
    switch (inst.keyword) {
      case 'ADD':
      case 'COPY':
      case 'VOLUME': {
        const json = parseJSON(rest);
        if (json) [inst.args, inst.json] = [json, true];
        else inst.args = splitWhitespace(rest);
        break;
      }
      case 'CMD':
      case 'ENTRYPOINT':
      case 'RUN':
      case 'SHELL':
        this.maybeJSON(inst, rest);
        break;
      case 'ARG':
        inst.args = parseWords(rest, this.escape);
        break;
      case 'ENV':
      case 'LABEL':
        inst.args = parseNameVal(rest, inst.keyword, this.escape);
        break;
      case 'EXPOSE':
      case 'FROM':
        inst.args = splitWhitespace(rest);
        break;
      case 'HEALTHCHECK': {
        const sep = rest.search(/\s/);
        const typ = sep < 0 ? rest : rest.slice(0, sep);
        if (typ !== '') {
          this.maybeJSON(inst, sep < 0 ? '' : rest.slice(sep).replace(/^\s+/, ''));
          inst.args.unshift(typ);
        }
        break;
      }
      case 'MAINTAINER':
      case 'STOPSIGNAL':
      case 'USER':
      case 'WORKDIR':
        if (rest !== '') inst.args = [rest];
        break;
      case 'ONBUILD':
        if (rest !== '') {
          inst.onbuild = this.nodeFromLine(rest);
          inst.onbuild.original = rest;
          inst.args = [inst.onbuild.keyword, ...inst.onbuild.args];
        }
        break;
      default: // Unknown instructions pass the parser; instructions.Parse rejects them (checkInstruction).
    }
    return inst;
  }

  private maybeJSON(inst: Instruction, rest: string): void {
    if (rest === '') return;
    const json = parseJSON(rest);
    if (json) [inst.args, inst.json] = [json, true];
    else inst.args = [rest];
  }
}

const keywordAsWritten = new WeakMap<Instruction, string>();
const rawFlags = new WeakMap<Instruction, string[]>();

type FlagType = 'bool' | 'string' | 'strings';
const FLAGS: Record<string, Record<string, FlagType>> = {
  ADD: { chown: 'string', chmod: 'string', link: 'bool', 'keep-git-dir': 'bool', checksum: 'string', unpack: 'bool', exclude: 'strings' },
  COPY: { chown: 'string', from: 'string', chmod: 'string', link: 'bool', exclude: 'strings', parents: 'bool' },
  FROM: { platform: 'string' },
};

/** BFlags.Parse (instructions/bflag.go) for the instructions whose flags decide what is copied. */
function checkFlags(inst: Instruction): string | undefined {
  const known = FLAGS[inst.keyword];
  if (!known) return undefined;
  const used = new Set<string>();
  for (const a of rawFlags.get(inst) ?? []) {
    const eq = a.indexOf('=');
    const flagName = eq < 0 ? a : a.slice(0, eq);
    const value = eq < 0 ? '' : a.slice(eq + 1);
    const name = flagName.slice(2);
    const type = Object.hasOwn(known, name) ? known[name] : undefined;
    if (type === undefined) return suggest(`unknown flag: ${flagName}`, name, Object.keys(known).sort(), true);
    if (used.has(name) && type !== 'strings') return `duplicate flag specified: ${flagName}`;
    used.add(name);
    if (type === 'bool') {
      if (eq >= 0 && value === '') return `missing a value on flag: ${flagName}`;
      if (!['true', '', 'false'].includes(value.toLowerCase())) return `expecting boolean value for flag ${flagName}, not: ${value}`;
    } else if (eq < 0) return `missing a value on flag: ${flagName}`;
  }
  return undefined;
}

/** A boolean flag's value as BFlags reads it: present without a value, or `=true` in any case. */
export function flagIsTrue(inst: Instruction, name: string): boolean {
  const v = inst.flags[name]?.at(-1);
  return v !== undefined && (v === '' || v.toLowerCase() === 'true');
}

function parseFlags(words: string[]): Record<string, string[]> {
  const flags: Record<string, string[]> = {};
  for (const w of words) {
    const body = w.startsWith('--') ? w.slice(2) : w;
    const eq = body.indexOf('=');
    const name = eq < 0 ? body : body.slice(0, eq);
    (flags[name] ??= []).push(eq < 0 ? '' : body.slice(eq + 1));
  }
  return flags;
}

function continuationRegex(esc: string): RegExp {
  const e = '\\' + esc;
  return new RegExp(`([^${e}])${e}[ \\t]*$|^${e}[ \\t]*$`);
}

const trimNewline = (s: string): string => s.replace(/[\r\n]+$/, '');

const isComment = (line: string): boolean => trimLeadingSpace(line).startsWith('#');

function heredocKeyword(inst: Instruction): boolean {
  return (inst.keyword === 'ADD' || inst.keyword === 'COPY' || inst.keyword === 'RUN') && !inst.json;
}

/** The checks of instructions.Parse that reject a Dockerfile whichever stage is built. */
function checkInstruction(inst: Instruction, file: string): void {
  const fail = (reason: string): never => {
    throw new DockerfileError(file, inst.line, reason);
  };
  const n = inst.args.length;
  const flagError = checkFlags(inst);
  switch (inst.keyword) {
    case 'ADD':
    case 'COPY':
      if (n < 2) fail(`${inst.keyword} requires at least two arguments, but only one was provided. Destination could not be determined`);
      if (flagError !== undefined) fail(flagError);
      if (isHeredocWord(inst.args[n - 1]!)) fail(`${inst.keyword} cannot accept a heredoc as a destination`);
      break;
    case 'FROM': {
      if (n === 3 && inst.args[1]!.toLowerCase() === 'as') {
        if (!/^[a-z][a-z0-9-_.]*$/.test(inst.args[2]!.toLowerCase())) {
          fail(`invalid name for build stage: ${JSON.stringify(inst.args[2])}, name can't start with a number or contain symbols`);
        }
      } else if (n !== 1) fail('FROM requires either one or three arguments');
      if (flagError !== undefined) fail(flagError);
      break;
    }
    case 'ARG':
      if (n === 0) fail('ARG requires at least one argument');
      if (inst.args.some((a) => a.startsWith('='))) fail('ARG names can not be blank');
      break;
    case 'ENV':
    case 'LABEL':
    case 'EXPOSE':
    case 'VOLUME':
    case 'HEALTHCHECK':
      if (n === 0) fail(`${inst.keyword} requires at least one argument`);
      break;
    case 'MAINTAINER':
    case 'USER':
    case 'WORKDIR':
    case 'STOPSIGNAL':
      if (n !== 1) fail(`${inst.keyword} requires exactly one argument`);
      break;
    case 'ONBUILD': {
      if (n === 0) fail('ONBUILD requires at least one argument');
      const trigger = inst.onbuild!.keyword;
      if (trigger === 'ONBUILD') fail("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
      if (trigger === 'MAINTAINER' || trigger === 'FROM') fail(`${trigger} isn't allowed as an ONBUILD trigger`);
      break;
    }
    case 'CMD':
    case 'ENTRYPOINT':
    case 'RUN':
    case 'SHELL':
      break;
    default:
      fail(unknownInstruction(keywordAsWritten.get(inst) ?? inst.keyword));
  }
}

/** Docker's message for an unknown keyword, with its "did you mean" suggestion. */
export function unknownInstruction(written: string): string {
  // Only a short excerpt: the "word" can be a whole file (a NUL-separated environment has no spaces).
  return suggest(`unknown instruction: ${excerpt(written, 40)}`, written.slice(0, 40), KNOWN, false);
}

/** Checks an ONBUILD trigger when a child stage runs it (instructions.ParseCommand). */
export function checkTrigger(inst: Instruction, file: string, line: number): void {
  const at = { ...inst, line };
  keywordAsWritten.set(at, keywordAsWritten.get(inst) ?? inst.keyword);
  checkInstruction(at, file);
}
