// What the emulator keeps of the file it opened, so a save can be that file with the add-in's
// changes patched in (see saveWorkbook.ts): the package itself (its zip bytes, never inflated
// whole), the parsed cell styles, and the add-in's settings as they were.
import type { WorkbookPackage } from '../../core/xlsx/workbookPackage';
import type { StyleBook } from './styles';

export interface SourceWorkbook {
  pkg: WorkbookPackage;
  styles: StyleBook | null;
  /** The web extension part holding this add-in's settings, when the file has one. */
  settingsPart: string | null;
  /** The settings as read (JSON of the entries), to see whether the add-in changed them. */
  settingsBaseline: string;
  /** The calculation mode as read ('Automatic' when the file says nothing). */
  calculationMode: 'Automatic' | 'AutomaticExceptTables' | 'Manual';
  /** The active sheet as read (its model id). */
  activeSheetId: string | null;
}
