/**
 * What the DOM-rendered panels (weekly status, what-if, confidence) share: the strict CSP (our
 * nonce'd script and style only, nothing remote) and the page chrome in the theme's colours.
 */
import { newNonce } from './panels/panelHtml';

export interface StrictPage {
  /** `webview.cspSource`. */
  readonly cspSource: string;
  /** The panel script's webview URI. */
  readonly scriptSrc: string;
  /** Plain text, no markup. */
  readonly title: string;
  readonly styles: string;
  /** Our own markup (no user text): the elements the script fills in. */
  readonly body: string;
  readonly bodyAttributes?: string;
}

export function strictPage(page: StrictPage): string {
  const n = newNonce();
  const csp = ["default-src 'none'", `script-src 'nonce-${n}'`, `style-src 'nonce-${n}'`, `img-src ${page.cspSource}`, `font-src ${page.cspSource}`].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${page.title}</title>
<style nonce="${n}">${page.styles}</style>
</head>
<body${page.bodyAttributes ? ` ${page.bodyAttributes}` : ''}>
${page.body}
<script nonce="${n}" src="${page.scriptSrc}"></script>
</body>
</html>`;
}

/** Body, sticky toolbar and buttons. */
export const CHROME_STYLES = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground);
  background: var(--vscode-editor-background); padding: 0 24px 24px; line-height: 1.5; }
.toolbar { position: sticky; top: 0; display: flex; gap: 8px; align-items: center; padding: 10px 0;
  background: var(--vscode-editor-background); border-bottom: 1px solid var(--vscode-panel-border, transparent); z-index: 1; }
button { font: inherit; padding: 4px 12px; border: 1px solid var(--vscode-button-border, transparent); border-radius: 2px; cursor: pointer;
  color: var(--vscode-button-foreground); background: var(--vscode-button-background); }
button:hover { background: var(--vscode-button-hoverBackground); }
button.secondary { color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground); }
button.secondary:hover { background: var(--vscode-button-secondaryHoverBackground); }
button:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 2px; }
button:disabled { opacity: 0.5; cursor: default; }
`;
