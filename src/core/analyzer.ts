/**
 * Keystroke-speed analysis of one program file as it is edited. The parse is incremental (only
 * the top-level list items whose text changed are parsed again, see {@link IncrementalParser});
 * the whole-program passes (references, cycles, checks) run on every update, and the schedule
 * is computed again only when the edit changed what it reads. The result always equals
 * `analyze(text, options)`.
 */
import { analyzeParsed, type Analysis, type AnalyzeOptions } from './analyze';
import { todayIso } from './dates';
import { IncrementalParser } from './parse/incremental';

export class ProgramAnalyzer {
  private readonly parser = new IncrementalParser();
  private last: { readonly text: string; readonly asOf: string | undefined; readonly analysis: Analysis } | undefined;

  /** The analysis of `text`; the same object again when neither the text nor the date changed. */
  update(text: string, options: AnalyzeOptions = {}): Analysis {
    const last = this.last;
    // Without an explicit date the checks use the file's status date or today, which moves.
    if (last && last.text === text && last.asOf === options.asOf && (options.asOf !== undefined || last.analysis.program.statusDate !== undefined || last.analysis.asOf === todayIso())) {
      return last.analysis;
    }
    const parsed = this.parser.parse(text);
    const analysis = analyzeParsed(parsed.program, parsed.diagnostics, options, last?.analysis);
    this.last = { text, asOf: options.asOf, analysis };
    return analysis;
  }
}
