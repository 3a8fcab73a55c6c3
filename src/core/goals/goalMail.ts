// The mail that sends a person their goal (guide step 1.2.1): to their address, a subject naming
// the trainings, and a body with the goal table, the day the plan is due and a word about the
// attached pre-filled plan — as message codes, rendered in the pane's or the CLI's language.
import { msg, type Message } from '../messages';
import type { PersonGoals } from './personGoals';

export interface GoalMail {
  /** '' when neither tab 2 nor the overall plan has an address for the person. */
  to: string;
  subject: Message;
  body: Message;
}

/** `deadline`: ISO day the plan is due back to the coordinator. */
export function goalMail(p: PersonGoals, deadline: string): GoalMail {
  return {
    to: p.contact.email,
    subject: msg('goals-mail-subject', { trainings: p.trainings }),
    body: msg('goals-mail-body', {
      name: p.name,
      trainings: p.goals.map((g) => g.training),
      units: p.goals.map((g) => g.unit),
      numbers: p.goals.map((g) => (g.number === null ? '' : String(g.number))),
      deadline,
    }),
  };
}
