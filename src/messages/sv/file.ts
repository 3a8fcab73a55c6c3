import type { Sentences } from '../catalogue';
import type { fileMessages } from '../../core/messages/file';

export const file: Sentences<keyof typeof fileMessages> = {
  'file-out-is-input': (p) =>
    `${p.out} är samma fil som arbetsboken ${p.input}. Arbetsboken skrivs aldrig över: ange ett annat filnamn med --out.`,
  'file-out-exists': (p) =>
    `${p.out} finns redan och skrevs inte över. Ange ett annat filnamn med --out, eller lägg till --force för att ersätta filen.`,
  'file-out-is-folder': (p) => `${p.out} är en mapp. Ange ett filnamn med --out, t.ex. ${p.out}/logg.xlsx.`,
  'file-out-folder-missing': (p) =>
    `Mappen ${p.folder} finns inte, så ${p.out} kan inte skrivas. Skapa mappen eller välj en annan plats.`,
  'file-out-write-failed': (p) =>
    `${p.out} kunde inte skrivas (${p.reason}); ingenting skrevs. Kontrollera mappen, behörigheten och att disken inte är full.`,
};
