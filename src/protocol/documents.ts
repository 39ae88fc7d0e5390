/** The charter, RAID log, stakeholder map and launch readiness previews' request. */
import type { DocumentKind } from '../core/documents/kinds';
import type { PreviewResult } from './preview';
import { request, type UriParams } from './requests';

export interface DocumentParams extends UriParams {
  readonly kind: DocumentKind;
}

/** One document of the plan, built from its current analysis (as of its statusDate, else today). */
export const DOCUMENT = request<DocumentParams, PreviewResult | null>('programPilot/document');
