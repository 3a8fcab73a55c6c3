// Deadlines of the rounds and the training catalogue, edited as a draft and saved together.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Settings } from '../../core/model';
import { useStrings } from '../i18n';
import {
  DEADLINE_KEYS,
  fromDraft,
  toDraft,
  type SettingsDraft,
  type TrainingDraft,
} from '../state/settingsDraft';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  fieldset: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    margin: 0,
    minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  training: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  grow: { flex: '1 1 8rem', minWidth: 0 },
  errors: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function SettingsForm(props: { settings: Settings; busy: boolean; onSave: (s: Settings) => void }) {
  const { t } = useStrings();
  const styles = useStyles();
  const [draft, setDraft] = useState<SettingsDraft>(() => toDraft(props.settings));
  const [errors, setErrors] = useState<string[]>([]);
  const setTraining = (i: number, patch: Partial<TrainingDraft>) =>
    setDraft((d) => ({ ...d, catalogue: d.catalogue.map((c, j) => (j === i ? { ...c, ...patch } : c)) }));

  const save = () => {
    const out = fromDraft(draft, t);
    if (!out.ok) {
      setErrors(out.errors);
      return;
    }
    setErrors([]);
    props.onSave(out.settings);
  };

  return (
    <form
      className={styles.root}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t.settings.deadlines}</legend>
        <Field label={t.settings.programmeYear}>
          <Input
            inputMode="numeric"
            value={draft.programmeYear}
            onChange={(_, v) => setDraft({ ...draft, programmeYear: v.value })}
          />
        </Field>
        {DEADLINE_KEYS.map((key) => (
          <Field key={key} label={t.settings[key]}>
            <Input
              type="date"
              value={draft[key]}
              onChange={(_, v) => setDraft({ ...draft, [key]: v.value })}
            />
          </Field>
        ))}
      </fieldset>
      <Accordion collapsible>
        <AccordionItem value="catalogue">
          <AccordionHeader>{t.settings.catalogueCount(draft.catalogue.length)}</AccordionHeader>
          <AccordionPanel>
            <div className={styles.fieldset} role="group" aria-label={t.settings.catalogue}>
              {draft.catalogue.map((c, i) => (
                <div key={i} className={styles.training} data-testid="training-row">
                  <div className={styles.row}>
                    <Field className={styles.grow} label={t.settings.code}>
                      <Input value={c.code} onChange={(_, v) => setTraining(i, { code: v.value })} />
                    </Field>
                    <Button
                      icon={<DeleteRegular />}
                      aria-label={t.settings.removeTraining(c.code || String(i + 1))}
                      onClick={() =>
                        setDraft((d) => ({ ...d, catalogue: d.catalogue.filter((_, j) => j !== i) }))
                      }
                    />
                  </div>
                  <Field label={t.settings.name}>
                    <Input value={c.name} onChange={(_, v) => setTraining(i, { name: v.value })} />
                  </Field>
                  <Field label={t.settings.aliases}>
                    <Input value={c.aliases} onChange={(_, v) => setTraining(i, { aliases: v.value })} />
                  </Field>
                </div>
              ))}
              <div>
                <Button
                  icon={<AddRegular />}
                  onClick={() =>
                    setDraft((d) => ({
                      ...d,
                      catalogue: [...d.catalogue, { code: '', name: '', aliases: '' }],
                    }))
                  }
                >
                  {t.settings.addTraining}
                </Button>
              </div>
            </div>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      {errors.length > 0 && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <ul className={styles.errors}>
              {errors.map((e, i) => (
                <li key={i}>{e}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <div>
        <Button appearance="primary" type="submit" disabled={props.busy}>
          {t.settings.save}
        </Button>
      </div>
    </form>
  );
}
