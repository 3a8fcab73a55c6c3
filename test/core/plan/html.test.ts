// Word clipboard HTML → blocks: parsed, never executed; Office markup read as Word means it.
import * as fc from 'fast-check';
import { htmlToBlocks } from '../../../src/core/plan/html';
import { domParser } from './helpers';

describe('htmlToBlocks', () => {
  test('Office namespaces, conditional comments, MsoNormal, o:p and nbsp', () => {
    const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]-->
<style><!-- p.MsoNormal {mso-style-parent:""; margin:0cm;} --></style></head>
<body lang=SV><!--StartFragment-->
<p class=MsoNormal>Namn:&nbsp;Anna
Lindqvist<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraph><![if !supportLists]><span>·</span><![endif]>Punkt<o:p></o:p></p>
<!--EndFragment--></body></html>`;
    expect(htmlToBlocks(html, domParser)).toEqual([
      { kind: 'paragraph', text: 'Namn:\u00a0Anna Lindqvist' },
      { kind: 'paragraph', text: '\u00a0' },
      { kind: 'paragraph', text: '·Punkt' },
    ]);
  });

  test('rowspan fills every row it spans, colspan pads; <br> and cell paragraphs are line breaks', () => {
    const html = `<table>
<tr><td colspan=3><p class=MsoNormal>Aktiviteter</p></td></tr>
<tr><td>Utbildning</td><td>Aktivitet</td><td>Målgrupp</td></tr>
<tr><td rowspan=2><p class=MsoNormal>HiS6<o:p></o:p></p></td><td>Föreläsning<br>och samtal</td><td><p>Rad 1</p><p>Rad 2</p></td></tr>
<tr><td>Workshop</td><td>Läkare</td></tr>
<tr><td rowspan=99>för lång</td><td colspan=0>x</td></tr>
</table>`;
    expect(htmlToBlocks(html, domParser)).toEqual([
      {
        kind: 'table',
        rows: [
          ['Aktiviteter', '', ''],
          ['Utbildning', 'Aktivitet', 'Målgrupp'],
          ['HiS6', 'Föreläsning\noch samtal', 'Rad 1\nRad 2'],
          ['HiS6', 'Workshop', 'Läkare'],
          ['för lång', 'x', ''],
        ],
      },
    ]);
  });

  test('tracked changes read as accepted: <del> dropped (a row with only deletions is gone), <ins> kept', () => {
    const html = `<table><tr><td>A</td><td>B</td></tr>
<tr><td><del>gammal</del></td><td><del>rad</del></td></tr>
<tr><td><del>10</del><ins>12</ins> st</td><td>ny</td></tr></table>`;
    expect(htmlToBlocks(html, domParser)).toEqual([
      {
        kind: 'table',
        rows: [
          ['A', 'B'],
          ['12 st', 'ny'],
        ],
      },
    ]);
  });

  test('scripts, styles and hidden text are neither run nor read', () => {
    const g = globalThis as unknown as Record<string, unknown>;
    delete g.pwned;
    const html = `<p>Hej<script>globalThis.pwned = 1</script></p><img src=x onerror="globalThis.pwned = 2">
<p style='display:none;mso-hide:all'>dold</p><p><span style="mso-hide: all">också dold</span>synlig</p>
<iframe srcdoc="<script>parent.pwned=3</script>"></iframe>`;
    expect(htmlToBlocks(html, domParser)).toEqual([
      { kind: 'paragraph', text: 'Hej' },
      { kind: 'paragraph', text: 'synlig' },
    ]);
    expect(g.pwned).toBeUndefined();
  });

  test('nested tables inside a cell become text of that cell', () => {
    const html =
      '<table><tr><td>Yttre</td><td><table><tr><td>a</td><td>b</td></tr></table></td></tr></table>';
    expect(htmlToBlocks(html, domParser)).toEqual([{ kind: 'table', rows: [['Yttre', 'a b']] }]);
  });

  test('never throws on arbitrary strings or tag soup', () => {
    const tag = fc.constantFrom(
      '<table>',
      '</table>',
      '<tr>',
      '</tr>',
      '<td rowspan=3>',
      '<td colspan=2>',
      '</td>',
      '<p>',
      '</p>',
      '<br>',
      '<del>',
      '</del>',
      '<!--[if gte mso 9]>',
      '<![endif]-->',
      '<o:p>',
      '&nbsp;',
      'text',
      '\t',
      '\n',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.array(tag, { maxLength: 60 }).map((a) => a.join('')),
        ),
        (html) => {
          const blocks = htmlToBlocks(html, domParser);
          return Array.isArray(blocks);
        },
      ),
      { numRuns: 300 },
    );
  });
});
