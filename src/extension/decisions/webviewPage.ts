/**
 * The page of the what-if and forecast panels: a strict CSP (our nonce'd script and style only,
 * nothing remote), theme colours from VS Code's CSS variables, and the panel's script, which
 * builds everything with DOM text nodes.
 */
import * as vscode from 'vscode';
import { attribute, htmlPage, newNonce } from '../panels/panelHtml';
import { CHROME_STYLES } from '../webviewChrome';

export function webviewPage(webview: vscode.Webview, extensionUri: vscode.Uri, script: string, title: string): string {
  const n = newNonce();
  const src = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', script)).toString();
  return htmlPage({
    csp: ["default-src 'none'", `script-src 'nonce-${n}'`, `style-src 'nonce-${n}'`, `img-src ${webview.cspSource}`, `font-src ${webview.cspSource}`].join('; '),
    title,
    head: `<style nonce="${n}">${STYLES}</style>`,
    body: `<body>
<main id="root" aria-live="polite"><p class="muted">Loading…</p></main>
<script nonce="${n}" src="${attribute(src)}"></script>
</body>`,
  });
}

const STYLES = `${CHROME_STYLES}
.toolbar { flex-wrap: wrap; }
.toolbar .title { margin-right: auto; font-weight: 600; }
select { font: inherit; padding: 3px 8px; border: 1px solid var(--vscode-dropdown-border, transparent); border-radius: 2px;
  color: var(--vscode-dropdown-foreground); background: var(--vscode-dropdown-background); }
select:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 2px; }
.columns { display: flex; gap: 16px; align-items: flex-start; overflow-x: auto; padding-top: 12px; }
.column { flex: 1 0 320px; max-width: 560px; border: 1px solid var(--vscode-editorWidget-border, var(--vscode-panel-border)); border-radius: 4px; padding: 8px 12px; }
.column h2 { font-size: 1.1em; margin: 0.2em 0 0.4em; }
h2 { font-size: 1.2em; margin: 1.2em 0 0.4em; }
.actions { display: flex; gap: 6px; margin: 6px 0; }
table { border-collapse: collapse; margin: 0.4em 0; }
th, td { text-align: left; vertical-align: top; padding: 3px 8px; border: 1px solid var(--vscode-editorWidget-border, var(--vscode-panel-border)); }
.numeric { text-align: right; font-variant-numeric: tabular-nums; }
.later { color: var(--vscode-errorForeground, var(--vscode-charts-red)); }
.earlier { color: var(--vscode-testing-iconPassed, var(--vscode-charts-green)); }
.muted { color: var(--vscode-descriptionForeground); }
ul { margin: 0.3em 0; padding-left: 1.3em; }
svg text { fill: var(--vscode-foreground); font-size: 11px; }
svg .axis { stroke: var(--vscode-descriptionForeground); }
svg .curve { stroke: var(--vscode-charts-blue); fill: none; stroke-width: 2; }
svg.end-chart { width: 100%; max-width: 720px; height: auto; }
svg .bar { fill: var(--vscode-charts-blue); fill-opacity: 0.45; stroke: var(--vscode-contrastBorder, none); }
svg .percentile { stroke: var(--vscode-descriptionForeground); stroke-dasharray: 2 3; }
svg .muted-text { fill: var(--vscode-descriptionForeground); }
svg .deadline { stroke: var(--vscode-charts-red); stroke-dasharray: 4 3; stroke-width: 1.5; }
svg .deadline-text { fill: var(--vscode-charts-red); }
svg .bar-pos { fill: var(--vscode-charts-orange); }
svg .bar-neg { fill: var(--vscode-charts-green); }
code { font-family: var(--vscode-editor-font-family); background: var(--vscode-textCodeBlock-background); padding: 1px 4px; border-radius: 3px; }
`;
