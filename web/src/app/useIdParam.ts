import { useParams } from 'react-router-dom';
import { idOf } from './listParams';

/**
 * The `:id` of a record's route: its id, or 0 when the link holds none (which loads nothing and
 * shows "not found"), and the text as the link wrote it, for that message.
 */
export function useIdParam(): { id: number; idParam: string } {
  const { id: idParam = '' } = useParams();
  return { id: idOf(idParam) ?? 0, idParam };
}
