import type { KpiDetail } from '@outcome-atlas/contracts';
import { AppModal } from '../../../components/app-modal';
import { KpiForm } from './kpi-form';

type KpiFormModalProps = {
  projectId: string;
  opened: boolean;
  onClose: () => void;
  onSaved: (kpi: KpiDetail) => void;
  /** The KPI to edit; a new one when absent. */
  kpi?: KpiDetail;
};

export function KpiFormModal({ projectId, opened, onClose, onSaved, kpi }: KpiFormModalProps) {
  return (
    <AppModal opened={opened} onClose={onClose} title={kpi ? `Edit ${kpi.name}` : 'New KPI'} size="lg">
      {opened ? <KpiForm projectId={projectId} kpi={kpi} onCancel={onClose} onSaved={onSaved} /> : null}
    </AppModal>
  );
}
