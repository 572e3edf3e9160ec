import type { Solution } from '@outcome-atlas/contracts';
import { AppModal } from '../../../components/app-modal';
import { SolutionForm } from './solution-form';

type SolutionFormModalProps = {
  projectId: string;
  opened: boolean;
  onClose: () => void;
  onSaved: (solution: Solution) => void;
  /** The solution to edit; a new one when absent. */
  solution?: Solution;
};

export function SolutionFormModal({ projectId, opened, onClose, onSaved, solution }: SolutionFormModalProps) {
  return (
    <AppModal opened={opened} onClose={onClose} title={solution ? `Edit ${solution.title}` : 'New solution'} size="lg">
      {opened ? <SolutionForm projectId={projectId} solution={solution} onCancel={onClose} onSaved={onSaved} /> : null}
    </AppModal>
  );
}
