import { strict as assert } from 'node:assert';
import { code, em, escapeMarkdown, renderMarkdown, strong, text } from '../../../src/core/status/document';
import { isoWeek, slugify, statusFileName } from '../../../src/core/status/fileName';
import { formatAmount } from '../../../src/core/status/reportDocument';

describe('status Markdown', () => {
  it('keeps hostile text literal: no markup, no HTML, no line breaks, no block syntax', () => {
    assert.equal(escapeMarkdown('<script>alert(1)</script>'), '\\<script\\>alert(1)\\</script\\>');
    assert.equal(escapeMarkdown('[click](javascript:x) *b* _i_ `c` ~s~ a|b \\'), '\\[click\\](javascript:x) \\*b\\* \\_i\\_ \\`c\\` \\~s\\~ a\\|b \\\\');
    assert.equal(escapeMarkdown('line one\n\n# two\r\n- three'), 'line one # two - three');
    assert.equal(escapeMarkdown('# heading'), '\\# heading');
    assert.equal(escapeMarkdown('- item'), '\\- item');
    assert.equal(escapeMarkdown('> quote'), '\\> quote');
    assert.equal(escapeMarkdown('1. first'), '1\\. first');
    assert.equal(escapeMarkdown('# mid-line', false), '# mid-line');
    assert.equal(escapeMarkdown('R&D &amp; &#60;'), 'R&D \\&amp; \\&#60;');
  });

  it('renders blocks, with styled runs and table cells that cannot break the table', () => {
    const md = renderMarkdown([
      { kind: 'heading', level: 2, content: [text('Title')] },
      { kind: 'paragraph', content: [strong('bold'), text(' and '), em('soft'), text(' '), code('a`b|c')] },
      { kind: 'note', content: [text('note')] },
      { kind: 'list', items: [[text('one')], [strong('- two')]] },
      { kind: 'table', header: ['Name', 'N'], numeric: [false, true], rows: [[[text('a|b\nc')], [text('3')]], [[], [text('4')]]] },
    ]);
    assert.equal(
      md,
      [
        '## Title',
        '',
        '**bold** and _soft_ ``a`b|c``',
        '',
        '> note',
        '',
        '- one\n- **\\- two**',
        '',
        '| Name | N |\n| --- | --: |\n| a\\|b c | 3 |\n|   | 4 |',
        '',
      ].join('\n'),
    );
  });

  it('formats amounts without depending on the locale', () => {
    assert.equal(formatAmount(1850000), '1,850,000');
    assert.equal(formatAmount(140500.5), '140,500.50');
    assert.equal(formatAmount(-999), '-999');
    assert.equal(formatAmount(0), '0');
  });
});

describe('status file name', () => {
  it('uses the ISO week and its year', () => {
    assert.deepEqual(isoWeek('2026-03-13'), { year: 2026, week: 11 });
    assert.deepEqual(isoWeek('2026-01-01'), { year: 2026, week: 1 });
    assert.deepEqual(isoWeek('2027-01-01'), { year: 2026, week: 53 });
    assert.deepEqual(isoWeek('2024-12-30'), { year: 2025, week: 1 });
    assert.deepEqual(isoWeek('2021-01-03'), { year: 2020, week: 53 });
    assert.equal(isoWeek('2026-02-30'), undefined);
  });

  it('names the file status/<slug>-<YYYY>-W<ww>.md', () => {
    assert.equal(statusFileName('Multi-tenancy platform', '2026-03-13'), 'status/multi-tenancy-platform-2026-W11.md');
    assert.equal(statusFileName('Café / Ünïcode *rebuild*', '2026-01-02'), 'status/cafe-unicode-rebuild-2026-W01.md');
    assert.equal(slugify('../../etc/passwd'), 'etc-passwd');
    assert.equal(slugify('日本語'), 'program');
    assert.equal(slugify('x'.repeat(200)).length, 60);
  });
});
