// Wraps cmark-gfm's HTML in a GitHub-like page for scripts/render-comment.sh: GitHub's markdown CSS, alerts
// emulated, Mermaid drawn in the page; the page then prints "render-result: {mermaid, height}" for the script.
// Modelled on the project's shared render-comment tool. Usage: node render-comment-page.mjs BODY.html OUT.html CACHE
import { readFileSync, writeFileSync } from 'node:fs';

const [, , bodyFile, outFile, cache] = process.argv;
let body = readFileSync(bodyFile, 'utf8');
body = body.replace(
  /<blockquote>\n<p>\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\n?/g,
  (_, k) =>
    `<blockquote class="alert alert-${k.toLowerCase()}"><p><strong class="alert-title">${k[0] + k.slice(1).toLowerCase()}</strong><br>`,
);
body = body.replace(/<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g, (_, src) => `<pre class="mermaid">${src}</pre>`);
const css = readFileSync(`${cache}/node_modules/github-markdown-css/github-markdown-light.css`, 'utf8');
writeFileSync(
  outFile,
  `<!doctype html><html><head><meta charset="utf-8"><style>${css}
body{margin:0;background:#fff} .markdown-body{box-sizing:border-box;margin:0 auto;padding:16px 20px;border:1px solid #d0d7de;border-radius:6px}
.alert{border-left:.25em solid #0969da} .alert-note .alert-title{color:#0969da}
.alert-warning{border-left-color:#9a6700} .alert-warning .alert-title{color:#9a6700}
pre.mermaid{background:#fff;text-align:center} .mermaid-error{color:#d1242f;white-space:pre-wrap;border:2px solid #d1242f;padding:8px}
#render-result{display:none}
</style><script src="file://${cache}/node_modules/mermaid/dist/mermaid.min.js"></script></head>
<body><article class="markdown-body">${body}</article><script>
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'default' });
(async () => {
  const results = [];
  for (const [i, n] of [...document.querySelectorAll('pre.mermaid')].entries()) {
    try { await mermaid.parse(n.textContent); n.innerHTML = (await mermaid.render('m' + i, n.textContent)).svg; results.push('ok'); }
    catch (e) { const d = document.createElement('div'); d.className = 'mermaid-error'; d.textContent = 'MERMAID ERROR: ' + (e?.message ?? e); n.after(d); results.push('error: ' + (e?.message ?? e)); }
  }
  const height = Math.ceil(document.querySelector('article').getBoundingClientRect().height) + 2;
  const p = document.createElement('pre'); p.id = 'render-result';
  p.textContent = 'render-' + 'result: ' + JSON.stringify({ mermaid: results, height }); document.body.append(p);
})();
</script></body></html>`,
);
