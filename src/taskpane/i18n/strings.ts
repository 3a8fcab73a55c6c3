// The shape every language must have: exactly the keys of the Swedish texts.
import type { sv } from './sv';

export type Strings = typeof sv;
