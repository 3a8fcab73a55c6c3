// Chooses the round (tab 3.a/3.b/3.c) an import goes to; shows the suggested one.
import { Dropdown, Field, Option } from '@fluentui/react-components';
import { ROUNDS, type Round } from '../../core/model';
import { useStrings } from '../i18n';

export function RoundPicker(props: {
  round: Round;
  suggested: Round;
  disabled: boolean;
  onChange: (round: Round) => void;
}) {
  const { t } = useStrings();
  return (
    <Field label={t.preview.round} hint={t.preview.suggested(t.roundNames[props.suggested])}>
      <Dropdown
        value={t.roundNames[props.round]}
        selectedOptions={[props.round]}
        disabled={props.disabled}
        onOptionSelect={(_, data) => {
          const next = data.optionValue as Round | undefined;
          if (next && next !== props.round) props.onChange(next);
        }}
      >
        {ROUNDS.map((r) => (
          <Option key={r} value={r}>
            {t.roundNames[r]}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
