/** The weekly status preview, and the documents without a diagram: the preview page without Mermaid. */
import { startPreview } from './lib/preview';

startPreview();
