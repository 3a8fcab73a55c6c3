// Sources (files, pastes) that could not be read as a plan, with what to do.
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useStrings } from '../i18n';
import type { ReadFailure } from '../state/state';
import { ProblemList } from './ProblemList';

export function ReadFailures(props: { failures: readonly ReadFailure[] }) {
  const { t } = useStrings();
  return (
    <>
      {props.failures.map((f, i) => (
        <MessageBar key={i} intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.import.couldNotRead(f.source)}</MessageBarTitle>
            <ProblemList problems={f.problems} />
          </MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}
