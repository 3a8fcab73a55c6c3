// Declares a group of message codes with the parameters each takes. The object's values are
// sample parameters: they give the parameter types (`typeof`) and let the catalogue test render
// every sentence in every language and see that it uses every parameter.
//
//   export const importMessages = defineMessages({
//     'import-missing-tab': { tab: '3.a Saml pers spr-plan PLAN', round: oneOf<Round>('plan') },
//   });
//
// A parameter is a string, a number, or a list of strings (names, cells); anything richer is
// made into one of those where the message is made, so the sentence decides the wording.
export type ParamValue = string | number | boolean | readonly string[];
export type ParamShape = Readonly<Record<string, ParamValue>>;

export function defineMessages<const T extends Record<string, ParamShape>>(samples: T): T {
  return samples;
}

/**
 * The sample of a parameter that is one of a few words: `oneOf<Round>('plan')` has the type
 * `Round`, so the sentence may switch on it (a plain `'plan'` would stand for any string).
 */
export function oneOf<T extends string>(sample: T): T {
  return sample;
}
