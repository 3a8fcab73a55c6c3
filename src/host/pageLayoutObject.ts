// Worksheet.pageLayout (ExcelApi 1.9): enough of the print set-up for a sheet meant to be printed
// (orientation, paper size, fitting to pages, centring). Kept in the sheet's model; the file
// writer writes it for a sheet the add-in added (xlsx/newSheet.ts).
import { HostError } from './errors';
import { HostObject, argBool, argInt, argString, type HostEnv, type PropSpec } from './hostObject';
import type { PageLayoutModel, SheetModel } from './workbookModel';

const ORIENTATIONS = ['Portrait', 'Landscape'] as const;
/** Paper sizes by Office.js name → the SpreadsheetML paperSize number. */
export const PAPER_SIZES: Record<string, number> = { Letter: 1, Legal: 5, A3: 8, A4: 9, A5: 11 };

/** What a sheet without a print set-up of the add-in's reports (Excel's defaults). */
const DEFAULT_LAYOUT: PageLayoutModel = {
  orientation: 'Portrait',
  paperSize: 'Letter',
  fitToPages: null,
  centerHorizontally: false,
};

function layoutOf(sheet: SheetModel): PageLayoutModel {
  sheet.pageLayout ??= { ...DEFAULT_LAYOUT };
  return sheet.pageLayout;
}

export class PageLayoutObject extends HostObject {
  readonly typeName = 'PageLayout';
  constructor(
    env: HostEnv,
    private readonly sheet: SheetModel,
  ) {
    super(env);
  }
  protected override props(): Record<string, PropSpec> {
    const sheet = this.sheet;
    const current = () => sheet.pageLayout ?? DEFAULT_LAYOUT;
    return {
      Orientation: {
        get: () => current().orientation,
        set: (v) => {
          const o = argString(v, 'orientation');
          if (!(ORIENTATIONS as readonly string[]).includes(o))
            throw new HostError('InvalidArgument', `orientation must be one of ${ORIENTATIONS.join(', ')}.`);
          layoutOf(sheet).orientation = o as PageLayoutModel['orientation'];
        },
      },
      PaperSize: {
        get: () => current().paperSize,
        set: (v) => {
          const size = argString(v, 'paperSize');
          if (!(size in PAPER_SIZES))
            throw new HostError('InvalidArgument', `paperSize ${size} is not supported here.`);
          layoutOf(sheet).paperSize = size;
        },
      },
      CenterHorizontally: {
        get: () => current().centerHorizontally,
        set: (v) => {
          layoutOf(sheet).centerHorizontally = argBool(v, 'centerHorizontally');
        },
      },
      Zoom: {
        get: () => {
          const f = current().fitToPages;
          return f ? { horizontalFitToPages: f.wide, verticalFitToPages: f.tall } : { scale: 100 };
        },
        set: (v) => {
          if (typeof v !== 'object' || v === null)
            throw new HostError('InvalidArgument', 'zoom must be an object.');
          const z = v as Record<string, unknown>;
          const wide = z.horizontalFitToPages ?? z.HorizontalFitToPages;
          const tall = z.verticalFitToPages ?? z.VerticalFitToPages;
          if (wide === undefined && tall === undefined) {
            layoutOf(sheet).fitToPages = null;
            return;
          }
          layoutOf(sheet).fitToPages = {
            wide: wide === undefined ? 0 : argInt(wide, 'horizontalFitToPages'),
            tall: tall === undefined ? 0 : argInt(tall, 'verticalFitToPages'),
          };
        },
      },
    };
  }
}
