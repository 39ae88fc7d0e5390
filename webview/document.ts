/**
 * The preview of a document with diagrams (the stakeholder map's quadrant chart): the preview
 * page, with Mermaid drawing each chart in the theme's colours on screen and in light colours
 * for the HTML export (a page for email is white).
 */
import type { MermaidConfig } from 'mermaid';
import { renderMermaid } from './lib/mermaidRenderer';
import { startPreview } from './lib/preview';
import { cssVar, mermaidTheme, onThemeChange, themeKind } from './lib/theme';

function config(theme: ReturnType<typeof mermaidTheme>): MermaidConfig {
  return { ...theme, fontFamily: cssVar('--vscode-font-family', 'sans-serif'), themeCSS: '', quadrantChart: { chartWidth: 560, chartHeight: 560 } };
}

startPreview({
  onThemeChange,
  async draw(diagrams) {
    const svgs: (string | undefined)[] = [];
    const errors: string[] = [];
    for (const { source, container } of diagrams) {
      try {
        const shown = await renderMermaid(container, source, config(mermaidTheme(themeKind())));
        shown.svg.setAttribute('aria-label', source.split('\n')[1]?.trim().replace(/^title\s+/, '') ?? 'Chart');
        const exported = await renderMermaid(document.createElement('div'), source, { ...config(mermaidTheme('light')), fontFamily: "'Segoe UI',Helvetica,Arial,sans-serif" });
        svgs.push(exported.svg.outerHTML);
      } catch (error) {
        // The fallback table stays on screen; the export keeps it too.
        svgs.push(undefined);
        errors.push(error instanceof Error ? error.message : String(error));
      }
    }
    return { svgs, errors };
  },
});
