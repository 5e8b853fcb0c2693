/** The preview of one variant: what it publishes (signature included) and its media from the library. */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Account, MediaItem, Variant } from '../../../../../core/model/index.js';
import { publishedParts } from '../../../../../core/validate/index.js';
import { useCalepin } from '../../../state/useCalepin.js';
import { useSettledValue } from '../useSettledValue.js';
import { NetworkPreview } from './NetworkPreview.js';

interface Props {
  account: Account;
  variant: Variant;
  masterText: string;
}

export function VariantPreview({ account, variant, masterText }: Props) {
  const { library, host } = useCalepin(
    useShallow((state) => ({ library: state.media, host: state.status?.host ?? 'web' })),
  );
  // Drawn when typing pauses, like the findings: a keystroke never waits for the preview.
  const shownVariant = useSettledValue(variant);
  const shownMaster = useSettledValue(masterText);
  const parts = useMemo(
    () => publishedParts({ masterText: shownMaster }, shownVariant, account),
    [shownMaster, shownVariant, account],
  );
  const media = useMemo(() => {
    const byId = new Map(library.map((item) => [item.id as string, item]));
    return shownVariant.media.flatMap((attached): MediaItem[] => {
      const item = byId.get(attached.mediaId);
      return item ? [{ ...item, alt: attached.alt ?? item.alt }] : [];
    });
  }, [library, shownVariant.media]);
  return (
    <NetworkPreview
      account={account}
      parts={parts}
      firstComment={shownVariant.firstComment}
      media={media}
      host={host}
    />
  );
}
