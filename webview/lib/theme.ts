/**
 * Follows the VS Code theme: VS Code puts `vscode-light`, `vscode-dark`, `vscode-high-contrast`
 * or `vscode-high-contrast-light` on the body and its colours in CSS variables. Mermaid gets the
 * matching built-in theme, or for high contrast the `base` theme fed with the theme's colours.
 */
export type ThemeKind = 'light' | 'dark' | 'highContrast' | 'highContrastLight';

export function themeKind(body: HTMLElement = document.body): ThemeKind {
  const classes = body.classList;
  if (classes.contains('vscode-high-contrast-light')) return 'highContrastLight';
  if (classes.contains('vscode-high-contrast')) return 'highContrast';
  if (classes.contains('vscode-dark')) return 'dark';
  return 'light';
}

/** A VS Code colour from its CSS variable, with a fallback outside VS Code. */
export function cssVar(name: string, fallback: string): string {
  return getComputedStyle(document.body).getPropertyValue(name).trim() || fallback;
}

export interface MermaidTheme {
  readonly theme: 'default' | 'dark' | 'base';
  readonly themeVariables?: Record<string, string | boolean>;
}

export function mermaidTheme(kind: ThemeKind): MermaidTheme {
  if (kind === 'light') return { theme: 'default' };
  if (kind === 'dark') return { theme: 'dark' };
  const dark = kind === 'highContrast';
  const background = dark ? '#000000' : '#ffffff';
  const foreground = dark ? '#ffffff' : '#000000';
  const border = hex(cssVar('--vscode-contrastBorder', dark ? '#6fc3df' : '#0f4a85'), dark ? '#6fc3df' : '#0f4a85');
  const accent = hex(cssVar('--vscode-contrastActiveBorder', dark ? '#f38518' : '#006bbd'), dark ? '#f38518' : '#006bbd');
  return {
    theme: 'base',
    themeVariables: {
      darkMode: dark,
      background,
      primaryColor: background,
      primaryTextColor: foreground,
      primaryBorderColor: border,
      lineColor: foreground,
      textColor: foreground,
      mainBkg: background,
      nodeBorder: border,
      sectionBkgColor: background,
      altSectionBkgColor: background,
      sectionBkgColor2: background,
      taskBkgColor: background,
      taskBorderColor: border,
      taskTextColor: foreground,
      taskTextOutsideColor: foreground,
      taskTextDarkColor: foreground,
      taskTextLightColor: foreground,
      activeTaskBkgColor: background,
      activeTaskBorderColor: accent,
      doneTaskBkgColor: background,
      doneTaskBorderColor: foreground,
      critBkgColor: background,
      critBorderColor: '#ff0000',
      gridColor: foreground,
      vertLineColor: accent,
    },
  };
}

/** Mermaid computes shades from hex colours only; anything else falls back. */
function hex(color: string, fallback: string): string {
  return /^#[0-9a-f]{6}$/i.test(color) ? color : fallback;
}

/**
 * Calls `listener` when VS Code switches theme: it changes the body's classes (light, dark…)
 * and `data-vscode-theme-id`, and with them the colour variables the overlays use.
 */
export function onThemeChange(listener: () => void): void {
  const signature = (): string => `${document.body.className}|${document.body.dataset.vscodeThemeId ?? ''}`;
  let last = signature();
  new MutationObserver(() => {
    const now = signature();
    if (now !== last) {
      last = now;
      listener();
    }
  }).observe(document.body, { attributes: true, attributeFilter: ['class', 'data-vscode-theme-id'] });
}
