import { useCallback } from 'react';
import { currentLanguage } from '../i18n/i18n';
import { localName } from '../i18n/localName';
import { useDealStages } from './api';
import type { DealStage } from './types';

/** The stages' names as the server keeps them, in the reader's language; one not yet loaded shows its code. */
export function useStageName() {
  const stages = useDealStages();
  const language = currentLanguage();
  const nameOf = useCallback(
    (code: DealStage) => {
      const stage = stages.data?.find((each) => each.code === code);
      return (stage && localName(stage, language)) || code;
    },
    [stages.data, language],
  );
  return { nameOf };
}
