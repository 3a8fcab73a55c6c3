// The status as a slide deck for the decision forum (guide steps 2.5/2.8, the slides the
// programme used to send back as "Spridning Hälsa i Sverige Status1/Status2"), made with
// pptxgenjs: a title slide, the key figures (a table and a chart), and one slide per view — per
// training, per unit, at most MAX_BARS categories a slide — each with a native chart and the
// numbers under it. The numbers are the StatusReport's, i.e. the summary tab's. Words come in
// as a `text` function (core renders nothing: the pane and the CLI pass their language's).
import PptxGenJS from 'pptxgenjs';
import { msg, type Message } from '../core/messages';
import { shareOf, type StatusReport, type StatusRow } from '../core/status/statusReport';

/** Categories on one slide's chart at most: more are spread over several slides. */
export const MAX_BARS = 8;

const COLORS = ['1F4E79', 'A5A5A5', '2E8B57'];
const FONT = 'Calibri';

export type Text = (m: Message | string) => string;

function percent(r: { goal: number; reached: number }): string {
  const s = shareOf(r);
  return s === null ? '–' : `${Math.round(s * 100)} %`;
}

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out.length > 0 ? out : [[]];
}

function chartData(
  rows: readonly { label: string; goal: number; planned: number; reached: number }[],
  names: string[],
) {
  const labels = rows.map((r) => r.label);
  return [
    { name: names[0], labels, values: rows.map((r) => r.goal) },
    { name: names[1], labels, values: rows.map((r) => r.planned) },
    { name: names[2], labels, values: rows.map((r) => r.reached) },
  ];
}

/** The deck as .pptx bytes, and how many slides it has. */
export async function statusDeck(
  report: StatusReport,
  text: Text,
): Promise<{ bytes: Uint8Array; slides: number }> {
  const round = report.round;
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.author = 'Spridningslogg';
  pptx.title = text(msg('status-title', { round }));
  const column = (c: 'name' | 'goal' | 'planned' | 'reached' | 'share', section: 'training' | 'unit') =>
    text(msg('status-column', { column: c, section, round }));
  const seriesNames = [
    column('goal', 'training'),
    column('planned', 'training'),
    column('reached', 'training'),
  ];
  let slides = 0;
  const slide = () => {
    slides++;
    return pptx.addSlide();
  };
  const heading = (s: PptxGenJS.Slide, t: string) =>
    s.addText(t, {
      x: 0.5,
      y: 0.3,
      w: 12.3,
      h: 0.8,
      fontFace: FONT,
      fontSize: 28,
      bold: true,
      color: '1F4E79',
    });
  const chart = (
    s: PptxGenJS.Slide,
    rows: { label: string; goal: number; planned: number; reached: number }[],
    title: string,
    y: number,
    h: number,
  ) =>
    s.addChart(pptx.ChartType.bar, chartData(rows, seriesNames), {
      x: 0.5,
      y,
      w: 12.3,
      h,
      barDir: 'col',
      barGrouping: 'clustered',
      chartColors: COLORS,
      showLegend: true,
      legendPos: 'b',
      showTitle: true,
      title,
      titleFontSize: 14,
      showValue: true,
      dataLabelFontSize: 9,
      catAxisLabelFontSize: 10,
      valAxisLabelFontSize: 10,
    });

  // Title
  const first = slide();
  first.addText(text(msg('status-title', { round })), {
    x: 0.7,
    y: 2.2,
    w: 11.9,
    h: 1.5,
    fontFace: FONT,
    fontSize: 36,
    bold: true,
    color: '1F4E79',
  });
  first.addText(text(msg('status-subtitle', { date: report.date })), {
    x: 0.7,
    y: 3.8,
    w: 11.9,
    h: 0.8,
    fontFace: FONT,
    fontSize: 18,
    color: '404040',
  });

  // Key figures
  const t = report.total;
  const key = slide();
  heading(key, text(msg('status-key-figures', {})));
  const figure = (f: 'goal' | 'planned' | 'reached' | 'share' | 'people' | 'reporting') =>
    text(msg('status-figure', { figure: f, round }));
  const cell = (v: string, bold = false) => ({ text: v, options: { bold, fontFace: FONT, fontSize: 16 } });
  key.addTable(
    [
      [cell(figure('goal')), cell(String(t.goal), true)],
      [cell(figure('planned')), cell(String(t.planned), true)],
      [cell(figure('reached')), cell(String(t.reached), true)],
      [cell(figure('share')), cell(percent(t), true)],
      [cell(figure('people')), cell(String(report.people), true)],
      [cell(figure('reporting')), cell(String(report.reporting), true)],
    ],
    { x: 0.5, y: 1.3, w: 5.6, colW: [4.2, 1.4], border: { type: 'solid', color: 'BFBFBF', pt: 0.5 } },
  );
  key.addChart(
    pptx.ChartType.bar,
    chartData([{ label: text(t.label), goal: t.goal, planned: t.planned, reached: t.reached }], seriesNames),
    {
      x: 6.5,
      y: 1.3,
      w: 6.3,
      h: 5.2,
      barDir: 'col',
      barGrouping: 'clustered',
      chartColors: COLORS,
      showLegend: true,
      legendPos: 'b',
      showTitle: true,
      title: text(msg('status-chart-title', { section: 'total', round })),
      titleFontSize: 14,
      showValue: true,
    },
  );

  // One slide per view (split when long), a chart each and the numbers under it.
  const view = (section: 'training' | 'unit', rows: StatusRow[]) => {
    const parts = chunks(rows, MAX_BARS);
    parts.forEach((part, i) => {
      const s = slide();
      const suffix =
        parts.length > 1 ? ` ${text(msg('status-slide-part', { part: i + 1, parts: parts.length }))}` : '';
      heading(s, `${text(msg('status-section', { section }))}${suffix}`);
      const named = part.map((r) => ({
        label: text(r.label),
        goal: r.goal,
        planned: r.planned,
        reached: r.reached,
      }));
      chart(s, named, text(msg('status-chart-title', { section, round })), 1.1, 3.9);
      const head = (['name', 'goal', 'planned', 'reached', 'share'] as const).map((c) => ({
        text: column(c, section),
        options: { bold: true, fontFace: FONT, fontSize: 10, fill: { color: 'DDEBF7' } },
      }));
      const small = (v: string) => ({ text: v, options: { fontFace: FONT, fontSize: 10 } });
      s.addTable(
        [
          head,
          ...part.map((r) => [
            small(text(r.label)),
            small(String(r.goal)),
            small(String(r.planned)),
            small(String(r.reached)),
            small(percent(r)),
          ]),
        ],
        {
          x: 0.5,
          y: 5.1,
          w: 12.3,
          colW: [5.8, 1.3, 1.3, 2.6, 1.3], // "Nådda (Återrapportering 1)" on one line
          autoPage: false,
          border: { type: 'solid', color: 'BFBFBF', pt: 0.5 },
        },
      );
    });
  };
  view('training', report.perTraining);
  view('unit', report.perUnit);

  const bytes = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  return { bytes, slides };
}
