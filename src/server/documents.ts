/**
 * The charter, RAID log, stakeholder map and launch readiness of a plan for its preview: the
 * parts to render, the Markdown to copy or save and the self-contained HTML page, all from the
 * file's current analysis. Names in the document link to their line of the plan.
 */
import { documentHtml } from '../core/documents/html';
import { buildDocument, documentFileName, DOCUMENT_LABELS, isDocumentKind } from '../core/documents/kinds';
import { documentMarkdown } from '../core/documents/markdown';
import type { DocumentParams } from '../protocol/documents';
import type { PreviewResult } from '../protocol/preview';
import { fileNameOf } from './panels';
import type { ProgramEntry } from './programStore';

export function documentPreview(entry: ProgramEntry, params: DocumentParams): PreviewResult | null {
  if (!isDocumentKind(params.kind)) return null;
  const { analysis, document } = entry;
  const built = buildDocument(params.kind, analysis, { lineOf: (offset) => document.positionAt(offset).line + 1 });
  const fileName = fileNameOf(params.uri);
  const programName = analysis.program.name || fileName.replace(/\.program\.ya?ml$/i, '');
  return {
    view: {
      parts: built.parts,
      tone: built.tone,
      subtitle: `As of ${analysis.asOf}`,
      fileName,
      html: documentHtml(built.parts, built.title),
      saveName: documentFileName(params.kind, programName, 'md'),
      state: { documentUri: params.uri },
    },
    markdown: documentMarkdown(built.parts),
    title: `${DOCUMENT_LABELS[params.kind]}: ${analysis.program.name || fileName}`,
  };
}
