// The flags the summary's filters let through, one compact line each, a page at a time; the
// current flag (the one the walker is at) is expanded and kept in view.
import { Button, makeStyles, tokens, Text } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { Flag, TrainingDef } from '../../core/model';
import { useStrings } from '../i18n';
import { FlagItem } from './FlagItem';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, padding: 0 },
});

/** Lines shown at first, and added by "show more". */
export const PAGE = 50;

export function FlagList(props: {
  flags: readonly Flag[];
  total: number;
  current: string | null;
  /** The label of a file the overall plan came from (its flags point outside the workbook), or null. */
  outsideLabel: string | null;
  busy: boolean;
  catalogue: readonly TrainingDef[];
  onCurrent: (about: string | null) => void;
  onGo: (flag: Flag) => void;
  onMark: (flag: Flag, note: string) => Promise<boolean>;
  onUnmark: (flag: Flag) => Promise<boolean>;
  onAlias: (code: string, text: string) => void;
}) {
  const { t } = useStrings();
  const styles = useStyles();
  const [shown, setShown] = useState(PAGE);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const list = useRef<HTMLUListElement>(null);
  const currentIndex = props.flags.findIndex((f) => f.about === props.current);
  const limit = Math.max(shown, currentIndex + 1);

  const current = props.current;
  useEffect(() => {
    if (current === null) return;
    const item = list.current?.querySelector(`[data-current="true"]`);
    item?.scrollIntoView?.({ block: 'nearest' });
  }, [current]);

  const toggle = (about: string, expanded: boolean) => {
    if (expanded && about === props.current) props.onCurrent(null);
    setOpen((was) => {
      const next = new Set(was);
      if (expanded) next.delete(about);
      else next.add(about);
      return next;
    });
  };

  return (
    <div className={styles.root}>
      <Text role="status">{t.flags.shown(props.flags.length, props.total)}</Text>
      <ul className={styles.list} aria-label={t.flags.list} ref={list}>
        {props.flags.slice(0, limit).map((f) => {
          const expanded = f.about === props.current || open.has(f.about);
          return (
            <FlagItem
              key={f.about}
              flag={f}
              current={f.about === props.current}
              expanded={expanded}
              outside={
                props.outsideLabel !== null && f.sheet === props.outsideLabel ? props.outsideLabel : null
              }
              busy={props.busy}
              catalogue={props.catalogue}
              onToggle={() => toggle(f.about, expanded)}
              onGo={props.onGo}
              onMark={props.onMark}
              onUnmark={props.onUnmark}
              onAlias={props.onAlias}
            />
          );
        })}
      </ul>
      {props.flags.length > limit && (
        <div>
          <Button onClick={() => setShown(limit + PAGE)}>
            {t.flags.showMore(Math.min(PAGE, props.flags.length - limit))}
          </Button>
        </div>
      )}
    </div>
  );
}
