/**
 * The panel page. Pure (no `vscode` import) so the benchmark and the browser tests load the very
 * same page. Strict Content-Security-Policy: only our nonce'd script runs (an ES module: the
 * chunks it imports inherit its nonce, so nothing else is allowed); styles may be inline
 * because Mermaid writes style elements and attributes; no remote content of any kind.
 */
import { randomBytes } from 'node:crypto';
import { VIEW_ELEMENT_ID, type PanelKind, type PanelView } from '../../protocol/panels';

export interface PanelPage {
  readonly kind: PanelKind;
  readonly title: string;
  /** `webview.cspSource`: the origin the webview serves local resources from. */
  readonly cspSource: string;
  readonly scriptUri: string;
  readonly styleUri: string;
  /** The chunks the script will import (see modulePreloads.ts), fetched as the page starts. */
  readonly preloadUris?: readonly string[];
  /**
   * The first view, in the page itself: the page draws it as it starts, without asking for it
   * (a round trip to the extension host and back).
   */
  readonly view?: PanelView;
  readonly nonce?: string;
}

/**
 * JSON that cannot end its element or be read as markup: `<`, `>` and `&` (and the line
 * separators some parsers dislike) as JSON escapes, which JSON.parse turns back.
 */
export function jsonInHtml(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function newNonce(): string {
  return randomBytes(18).toString('base64url');
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${cspSource} 'unsafe-inline'`,
    `img-src ${cspSource} data:`,
    `font-src ${cspSource}`,
  ].join('; ');
}

/** A webview page: its policy, title and head elements (already markup), then the body's markup. */
export function htmlPage(page: { readonly csp: string; readonly title: string; readonly head: string; readonly body: string }): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attribute(page.csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${page.head}
<title>${text(page.title)}</title>
</head>
${page.body}
</html>`;
}

export function panelHtml(page: PanelPage): string {
  const nonce = page.nonce ?? newNonce();
  return htmlPage({
    csp: contentSecurityPolicy(page.cspSource, nonce),
    title: page.title,
    head: `<link rel="stylesheet" href="${attribute(page.styleUri)}">`,
    body: `<body data-kind="${page.kind}">
<header id="toolbar" class="pp-toolbar" role="toolbar" aria-label="Chart options"></header>
<div id="summary" class="pp-summary" aria-live="polite"></div>
<div id="notices" class="pp-notices" hidden></div>
<div id="legend" class="pp-legend-host" hidden></div>
<main id="chart" class="pp-chart" tabindex="-1" aria-label="${page.kind === 'gantt' ? 'Gantt chart' : 'Critical path diagram'}"></main>
${page.view ? `<script type="application/json" id="${VIEW_ELEMENT_ID}">${jsonInHtml(page.view)}</script>\n` : ''}<script type="module" nonce="${nonce}" src="${attribute(page.scriptUri)}"></script>
${(page.preloadUris ?? []).map((uri) => `<link rel="modulepreload" nonce="${nonce}" href="${attribute(uri)}">`).join('\n')}
</body>`,
  });
}

function text(value: string): string {
  return value.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function attribute(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
