import type { checkMessages } from '../../core/messages/checks';
import type { Sentences } from '../catalogue';
import { quotedList } from '../format';

export const checks: Sentences<keyof typeof checkMessages> = {
  'check-not-a-log': (p) =>
    `Arbetsboken har ingen av spridningsloggens flikar (${quotedList(p.tabs, 'sv')}), så den kan inte kontrolleras. Öppna den samlade spridningsloggen, eller skapa flikarna under Inställningar → Kolumner och flikar.`,
  'check-overall-none': (p) =>
    `Ingen övergripande spridningsplan att jämföra med: ${p.tab === '' ? 'arbetsboken har ingen flik för den' : `fliken ”${p.tab}” har inga uppdrag`}. Raderna i loggen är kontrollerade var för sig, men ingen har jämförts med planen och ingen påminnelselista kan tas fram. Fyll i den övergripande planen i loggen, eller välj den som fil (.xlsx).`,
  'check-overall-tab': (p) => `Jämförd med den övergripande spridningsplanen i fliken ”${p.sheet}”.`,
  'check-overall-file': (p) =>
    `Jämförd med den övergripande spridningsplanen i filen ”${p.file}” (bladet ”${p.sheet}”).`,
  'check-no-flags': () => 'Inga flaggor: loggen stämmer med den övergripande planen.',
  'check-no-flags-without-overall': () =>
    'Inga flaggor på loggens rader. Det säger inget om hur loggen stämmer med den övergripande planen, eftersom ingen sådan plan jämfördes.',
  'check-handled-count': (p) =>
    p.count === 1
      ? '1 flagga är markerad som hanterad och visas inte.'
      : `${p.count} flaggor är markerade som hanterade och visas inte.`,
  'handled-note-too-long': (p) =>
    `Anteckningen är ${p.length} tecken lång; den får vara högst ${p.max} tecken. Korta den och försök igen.`,
  'handled-too-many': (p) =>
    `Arbetsboken har redan ${p.max} flaggor markerade som hanterade, och fler får inte plats. Ta bort markeringen från flaggor som inte längre behöver den.`,
  'overall-copy-no-file': () =>
    'Välj först den övergripande spridningsplanen som fil (.xlsx); sedan kan den kopieras in i loggen.',
};
