// GitHub's published REST description (@octokit/openapi, api.github.com), used by the local GitHub server to
// answer only what GitHub answers: a request is matched to an operation by path template and method, its
// path and query parameters are checked against the declared schemas, and its JSON body against the request
// body schema. The server's own responses are checked against the response schemas too, so a test cannot
// pass by relying on a field GitHub does not send. `synth` builds a minimal valid instance of any schema
// (webhook payloads included) for fixtures.
import { Ajv, type ValidateFunction } from 'ajv';
import formats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
// biome-ignore lint/suspicious/noExplicitAny: a JSON Schema is any JSON
type Schema = Record<string, any>;

export interface Param {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: Schema;
}

export interface Operation {
  id: string;
  method: string;
  template: string;
  segments: string[];
  params: Param[];
  /** JSON pointer (into the spec) of the application/json request body schema. */
  body?: { pointer: string; required: boolean };
  /** status -> JSON pointer of the application/json response schema (undefined: no body). */
  responses: Map<string, string | undefined>;
}

export type Match =
  | { ok: true; op: Operation; path: Record<string, string>; query: Record<string, unknown> }
  | { ok: false; status: 404 | 422; message: string };

const SPEC_FILE = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');

function pointer(...parts: string[]): string {
  return '#/' + parts.map((p) => encodeURIComponent(p.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/');
}

let cached: OpenApi | undefined;

export class OpenApi {
  readonly spec: Schema;
  private readonly ajv: Ajv;
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly ops: Operation[] = [];

  static load(): OpenApi {
    return (cached ??= new OpenApi(JSON.parse(readFileSync(SPEC_FILE, 'utf8'))));
  }

  private constructor(raw: Schema) {
    const spec = openApiNullable(raw) as Schema;
    this.spec = spec;
    this.ajv = new Ajv({ strict: false, allErrors: true, logger: false, coerceTypes: false });
    // ajv-formats is CommonJS with a default export; under NodeNext its default import is the module.
    const plugin = ((formats as unknown as { default?: unknown }).default ?? formats) as (ajv: Ajv) => void;
    plugin(this.ajv);
    this.ajv.addSchema({ $id: 'gh', components: spec.components, paths: spec.paths, webhooks: spec['x-webhooks'] });
    for (const [template, item] of Object.entries<Schema>(spec.paths)) {
      for (const method of ['get', 'put', 'post', 'patch', 'delete']) {
        const op = item[method];
        if (!op) continue;
        const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p: Schema) => this.deref(p)) as Param[];
        const body = op.requestBody ? this.deref(op.requestBody) : undefined;
        const responses = new Map<string, string | undefined>();
        for (const [status, r0] of Object.entries<Schema>(op.responses ?? {})) {
          const r = this.deref(r0);
          const refd = r0.$ref ? (r0.$ref as string).slice(2).split('/') : ['paths', template, method, 'responses', status];
          responses.set(
            status,
            r.content?.['application/json'] ? pointer(...refd.map(unescapePart), 'content', 'application/json', 'schema') : undefined,
          );
        }
        this.ops.push({
          id: op.operationId,
          method: method.toUpperCase(),
          template,
          segments: template.split('/').slice(1),
          params,
          body: body?.content?.['application/json']
            ? {
                pointer: pointer('paths', template, method, 'requestBody', 'content', 'application/json', 'schema'),
                required: !!body.required,
              }
            : undefined,
          responses,
        });
      }
    }
  }

  operation(id: string): Operation {
    const op = this.ops.find((o) => o.id === id);
    if (!op) throw new Error(`no operation ${id} in GitHub's OpenAPI description`);
    return op;
  }

  /** Resolves a local $ref ("#/components/...") one level. */
  deref(s: Schema): Schema {
    let cur = s;
    while (cur && typeof cur.$ref === 'string') {
      cur = (cur.$ref as string)
        .slice(2)
        .split('/')
        .map(unescapePart)
        .reduce<Schema>((o, k) => o[k], this.spec);
    }
    return cur;
  }

  /** Matches a request to an operation and checks its parameters and body. */
  match(method: string, url: URL, body: unknown): Match {
    const segs = url.pathname
      .split('/')
      .slice(1)
      .map((s) => decodeURIComponent(s));
    let best: { op: Operation; path: Record<string, string>; literal: number } | undefined;
    let pathKnown = false;
    for (const op of this.ops) {
      if (op.segments.length !== segs.length) continue;
      const path: Record<string, string> = {};
      let literal = 0;
      let ok = true;
      for (let i = 0; i < segs.length && ok; i++) {
        const t = op.segments[i]!;
        const m = /^\{(.+)\}$/.exec(t);
        if (m) path[m[1]!] = segs[i]!;
        else if (t === segs[i]) literal++;
        else ok = false;
      }
      if (!ok) continue;
      pathKnown = true;
      if (op.method !== method) continue;
      if (!best || literal > best.literal) best = { op, path, literal };
    }
    if (!best)
      return {
        ok: false,
        status: 404,
        message: pathKnown ? `${method} is not an operation on ${url.pathname}` : `no such path: ${url.pathname}`,
      };
    const { op, path } = best;
    const query: Record<string, unknown> = {};
    const errors: string[] = [];
    const declared = new Set(op.params.filter((p) => p.in === 'query').map((p) => p.name));
    for (const key of url.searchParams.keys()) if (!declared.has(key)) errors.push(`unknown query parameter "${key}"`);
    for (const p of op.params) {
      if (p.in === 'header') continue;
      const raw = p.in === 'path' ? path[p.name] : (url.searchParams.get(p.name) ?? undefined);
      if (raw === undefined) {
        if (p.required) errors.push(`missing required ${p.in} parameter "${p.name}"`);
        continue;
      }
      const value = coerce(raw, this.deref(p.schema ?? {}));
      const v = this.compile(`param:${op.id}:${p.name}`, p.schema ?? {});
      if (!v(value)) errors.push(`${p.in} parameter "${p.name}": ${this.ajv.errorsText(v.errors)}`);
      (p.in === 'path' ? path : query)[p.name] = value as string;
    }
    if (op.body) {
      if (body === undefined) {
        if (op.body.required) errors.push('missing request body');
      } else {
        const v = this.validator(op.body.pointer);
        if (!v(body)) errors.push(`body: ${this.ajv.errorsText(v.errors, { dataVar: 'body' })}`);
      }
    } else if (body !== undefined && method !== 'GET') {
      errors.push('this operation takes no JSON body');
    }
    if (errors.length > 0) return { ok: false, status: 422, message: `${op.id}: ${errors.join('; ')}` };
    return { ok: true, op, path, query };
  }

  /** Errors of a response body against the operation's declared response (empty when valid). */
  checkResponse(op: Operation, status: number, body: unknown): string[] {
    if (!op.responses.has(String(status))) return [`${op.id} does not declare status ${status}`];
    const ptr = op.responses.get(String(status));
    if (ptr === undefined) return body === undefined ? [] : [`${op.id} ${status} has no body`];
    const v = this.validator(ptr);
    return v(body) ? [] : [`${op.id} ${status}: ${this.ajv.errorsText(v.errors, { dataVar: 'response' })}`];
  }

  /** Errors of an instance against a component schema or webhook ("webhook-push", "issue-comment"). */
  check(componentSchema: string, value: unknown): string[] {
    const v = this.validator(pointer('components', 'schemas', componentSchema));
    return v(value) ? [] : [this.ajv.errorsText(v.errors, { separator: '\n' })];
  }

  /** A minimal valid instance of a component schema with `overrides` merged in (recursively). */
  synth(componentSchema: string, overrides?: unknown): Json {
    return this.synthOf(this.spec.components.schemas[componentSchema], overrides, 0);
  }

  private synthOf(s0: Schema, ov: unknown, depth: number): Json {
    const s = this.flatten(this.deref(s0 ?? {}));
    if (ov !== undefined && (ov === null || typeof ov !== 'object')) return ov as Json;
    if (Array.isArray(ov)) return ov.map((x) => this.synthOf(s.items ?? {}, x, depth + 1));
    const type = Array.isArray(s.type) ? s.type[0] : s.type;
    if (type === 'object' || s.properties || (ov && typeof ov === 'object')) {
      const out: Record<string, Json> = {};
      const o = (ov ?? {}) as Record<string, unknown>;
      const props = s.properties ?? {};
      for (const k of s.required ?? []) {
        if (k in o) continue;
        const ps = this.flatten(this.deref(props[k] ?? {}));
        out[k] =
          ps.nullable && depth > 0 && (ps.type === 'object' || ps.properties) ? null : this.synthOf(props[k] ?? {}, undefined, depth + 1);
      }
      for (const [k, v] of Object.entries(o)) out[k] = props[k] ? this.synthOf(props[k], v, depth + 1) : (v as Json);
      return out;
    }
    if (s.enum) return s.enum[0];
    switch (type) {
      case 'array':
        return [];
      case 'integer':
      case 'number':
        return typeof s.minimum === 'number' ? s.minimum : 1;
      case 'boolean':
        return false;
      case 'string':
        if (s.format === 'date-time') return '2024-01-01T00:00:00Z';
        if (s.format === 'uri' || s.format === 'uri-template') return 'https://api.github.com/x';
        if (s.format === 'email') return 'octocat@github.com';
        if (s.format === 'date') return '2024-01-01';
        return 'x';
      default:
        if (s.nullable) return null;
        return 'x';
    }
  }

  /** allOf merged; oneOf/anyOf: the first branch. */
  private flatten(s: Schema): Schema {
    if (s.allOf) {
      const parts = (s.allOf as Schema[]).map((x) => this.flatten(this.deref(x)));
      return {
        ...s,
        type: parts.find((p) => p.type)?.type ?? s.type,
        properties: Object.assign({}, ...parts.map((p) => p.properties ?? {}), s.properties ?? {}),
        required: [...new Set(parts.flatMap((p) => p.required ?? []).concat(s.required ?? []))],
      };
    }
    const alt = s.oneOf ?? s.anyOf;
    if (alt) return this.flatten(this.deref(alt[0]));
    return s;
  }

  private validator(ptr: string): ValidateFunction {
    const known = this.validators.get(ptr);
    if (known) return known;
    const v = this.ajv.compile({ $ref: 'gh' + ptr });
    this.validators.set(ptr, v);
    return v;
  }

  private compile(key: string, schema: Schema): ValidateFunction {
    const known = this.validators.get(key);
    if (known) return known;
    const v = this.ajv.compile(rewriteRefs(schema) as Schema);
    this.validators.set(key, v);
    return v;
  }
}

/**
 * OpenAPI 3.0's `nullable` for JSON Schema: Ajv understands it only beside `type`, so elsewhere (beside
 * `$ref`, `allOf`, `oneOf`) it becomes `anyOf: [schema, {type: null}]`, and an `enum` gains null.
 */
function openApiNullable(s: unknown): unknown {
  if (Array.isArray(s)) return s.map(openApiNullable);
  if (!s || typeof s !== 'object') return s;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) out[k] = k === 'example' || k === 'examples' ? v : openApiNullable(v);
  if (out.nullable === true) {
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    if (out.type === undefined) {
      const { nullable: _n, description, ...rest } = out;
      return { description, anyOf: [rest, { type: 'null' }] };
    }
  }
  return out;
}

function unescapePart(p: string): string {
  return p.replace(/~1/g, '/').replace(/~0/g, '~');
}

function rewriteRefs(s: unknown): unknown {
  if (Array.isArray(s)) return s.map(rewriteRefs);
  if (s && typeof s === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(s))
      out[k] = k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? 'gh' + v : rewriteRefs(v);
    return out;
  }
  return s;
}

/** Query and path values are strings on the wire; coerce them the way GitHub reads them. */
function coerce(raw: string, schema: Schema): unknown {
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  if (type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true';
  return raw;
}
