// Keys for comparing people and units as the product rules say: a person by the name as in
// the overall plan (a title glued on after a comma is not part of it); units ignoring case,
// spacing and punctuation.
import { normaliseKey, personName } from '../values/text';

export function personKey(name: string): string {
  return normaliseKey(personName(name));
}

export function unitKey(unit: string): string {
  return normaliseKey(unit);
}
