// The shape of a language's catalogue: one sentence function per message code. A code missing
// from a language is a compile error here; src/messages/<lang>/index.ts assembles the groups.
import type { MessageCode, MessageParamMap } from '../core/messages';

export type Lang = 'sv' | 'en';

export type Sentences<C extends MessageCode> = { [K in C]: (p: MessageParamMap[K]) => string };
export type Catalogue = Sentences<MessageCode>;
