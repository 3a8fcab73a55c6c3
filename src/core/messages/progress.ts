// Progress between reports: the flags comparing the rounds and the per-person progress view.
import { defineMessages, oneOf } from './define';

export const progressMessages = defineMessages({
  'flag-planned-not-reported': {
    person: 'Anna Lindqvist',
    activity: 'Föreläsning',
    training: 'HiS6',
    round: oneOf<'aterrap1' | 'aterrap2'>('aterrap1'),
    sheet: '3.a Saml pers spr-plan PLAN',
    row: 5,
  },
  'flag-reported-not-planned': {
    person: 'Anna Lindqvist',
    activity: 'Workshop',
    training: 'HiS6',
    sheet: '3.b Saml pers spr-plan ÅTERRAP1',
    row: 7,
  },
  'flag-reached-decreased': {
    person: 'Anna Lindqvist',
    activity: 'Föreläsning',
    reached1: 18,
    reached2: 12,
    row1: 5,
    sheet: '3.c Saml pers spr-plan ÅTERRAP2',
    row: 6,
  },
  'flag-missing-at-report-2': { person: 'Anna Lindqvist', sheet: '3.b Saml pers spr-plan ÅTERRAP1', row: 5 },
});
