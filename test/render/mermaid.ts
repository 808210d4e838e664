// Mermaid's own parser (the npm mermaid package, the one GitHub draws with), for the tests: every ```mermaid block
// of a report must parse. @mermaid-js/parser has no xychart grammar (2.0.1 knows pie, packet, gitGraph, ...) and
// needs Node >= 22.12, so mermaid 11.17.2 is used, with jsdom 26.1.0 giving it the window its sanitiser needs.

type Mermaid = { parse(text: string): Promise<{ diagramType: string; config: unknown }> };
let loaded: Promise<Mermaid> | undefined;

async function mermaid(): Promise<Mermaid> {
  loaded ??= (async () => {
    const g = globalThis as unknown as { window?: unknown; document?: unknown };
    if (g.window === undefined) {
      const jsdom = 'jsdom'; // untyped (no @types/jsdom): only its JSDOM constructor is used
      const { JSDOM } = (await import(jsdom)) as { JSDOM: new (html: string) => { window: { document: unknown } } };
      const { window } = new JSDOM('');
      g.window = window;
      g.document = window.document;
    }
    return (await import('mermaid')).default as unknown as Mermaid;
  })();
  return loaded;
}

/** The ```mermaid blocks of a markdown text. */
export function mermaidBlocks(md: string): string[] {
  return [...md.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
}

/** Parses each block; returns the diagram types, or throws the parser's error naming the block. */
export async function parseMermaid(md: string): Promise<string[]> {
  const m = await mermaid();
  const out: string[] = [];
  for (const [i, block] of mermaidBlocks(md).entries()) {
    try {
      out.push((await m.parse(block)).diagramType);
    } catch (e) {
      throw new Error(`mermaid block ${i + 1} does not parse: ${(e as Error).message}\n${block}`);
    }
  }
  return out;
}
