/**
 * The four documents by kind, for what shows or saves any of them (the editor's previews): the
 * parts, a title, the file name to save under, and the tone of the page (the launch verdict).
 */
import type { Analysis } from '../analyze';
import { slugify } from '../status/fileName';
import { charterDocument } from './charter';
import { launchDocument, launchVerdict } from './launch';
import type { DocumentPart } from './markdown';
import type { DocumentOptions } from './names';
import { raidDocument } from './raid';
import { stakeholdersDocument } from './stakeholders';

export type DocumentKind = 'charter' | 'raid' | 'stakeholders' | 'launch';

export const DOCUMENT_KINDS: readonly DocumentKind[] = ['charter', 'raid', 'stakeholders', 'launch'];

/** What the document is called, in titles and messages. */
export const DOCUMENT_LABELS: Readonly<Record<DocumentKind, string>> = {
  charter: 'Charter',
  raid: 'RAID log',
  stakeholders: 'Stakeholder map',
  launch: 'Launch readiness',
};

export function isDocumentKind(value: unknown): value is DocumentKind {
  return typeof value === 'string' && (DOCUMENT_KINDS as readonly string[]).includes(value);
}

export interface BuiltDocument {
  readonly parts: DocumentPart[];
  /** `<program> — <label>`. */
  readonly title: string;
  /** `go` / `no-go` for the launch, else empty. */
  readonly tone: '' | 'go' | 'no-go';
}

export function buildDocument(kind: DocumentKind, analysis: Analysis, options: DocumentOptions = {}): BuiltDocument {
  const title = `${analysis.program.name || 'Program'} — ${DOCUMENT_LABELS[kind]}`;
  switch (kind) {
    case 'charter':
      return { parts: charterDocument(analysis, options), title, tone: '' };
    case 'raid':
      return { parts: raidDocument(analysis, options), title, tone: '' };
    case 'stakeholders':
      return { parts: stakeholdersDocument(analysis, options), title, tone: '' };
    case 'launch': {
      const verdict = launchVerdict(analysis);
      return { parts: launchDocument(analysis, verdict, options), title, tone: verdict.go ? 'go' : 'no-go' };
    }
  }
}

/** Where "Save as Markdown" (or HTML) writes by default, beside the plan: `<program-slug>-<kind>.<ext>`. */
export function documentFileName(kind: DocumentKind, programName: string, extension: 'md' | 'html'): string {
  return `${slugify(programName)}-${kind}.${extension}`;
}
