import { Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import type { Solution, SolutionStatus } from '@outcome-atlas/contracts';
import { useMemo } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { AcceptedOutcomesSelect } from '../../../components/accepted-outcomes-select';
import { FormActions } from '../../../components/form-actions';
import { showServerError } from '../../../lib/form-errors';
import { notifySuccess } from '../../../lib/notify';
import { contractResolver } from '../../../lib/zod-form';
import { useCreateSolution } from '../api/create-solution';
import { useKpiOptions } from '../api/get-kpi-options';
import { useUpdateSolution } from '../api/update-solution';
import {
  EMPTY_SOLUTION_FORM,
  SOLUTION_ERROR_RULES,
  type SolutionFormField,
  solutionFormSchema,
  solutionFormValues,
  toCreateSolutionRequest,
  toUpdateSolutionRequest,
} from '../utils/solution-form';
import { needsShipDate, STATUS_OPTIONS } from '../utils/solution-status';

const FIELDS: readonly SolutionFormField[] = ['title', 'description', 'hypothesis', 'status', 'shipDate', 'expectedKpiId', 'expectedDirection', 'outcomeIds'];
const DIRECTION_OPTIONS = [
  { value: 'increase', label: 'Increase' },
  { value: 'decrease', label: 'Decrease' },
];

type SolutionFormProps = { projectId: string; solution?: Solution | undefined; onCancel: () => void; onSaved: (solution: Solution) => void };

/** Record a solution idea (or edit one): the hypothesis, where it stands, the KPI it should move and the opportunities it targets. */
export function SolutionForm({ projectId, solution, onCancel, onSaved }: SolutionFormProps) {
  const create = useCreateSolution(projectId);
  const update = useUpdateSolution(projectId, solution?.id ?? '');
  const kpis = useKpiOptions(projectId);
  const form = useForm({ resolver: contractResolver(solutionFormSchema), defaultValues: solution ? solutionFormValues(solution) : EMPTY_SOLUTION_FORM });
  const { errors, isSubmitting } = form.formState;
  const [status, expectedKpiId] = useWatch({ control: form.control, name: ['status', 'expectedKpiId'] });

  const kpiOptions = useMemo(() => {
    const options = (kpis.data ?? []).map((kpi) => ({ value: kpi.id, label: kpi.name }));
    // A KPI on a later page than loaded, or just renamed, still shows by the name the solution knows.
    if (solution?.expectedKpi && !options.some((option) => option.value === solution.expectedKpi?.kpiId)) options.push({ value: solution.expectedKpi.kpiId, label: solution.expectedKpi.name });
    return options;
  }, [kpis.data, solution]);

  const chooseKpi = (kpiId: string | null) => {
    form.setValue('expectedKpiId', kpiId, { shouldDirty: true });
    if (kpiId === null) form.setValue('expectedDirection', null);
    else if (form.getValues('expectedDirection') === null) {
      // The KPI's better direction is the usual expectation; the user can still say otherwise.
      const kpi = kpis.data?.find((candidate) => candidate.id === kpiId);
      if (kpi) form.setValue('expectedDirection', kpi.higherIsBetter ? 'increase' : 'decrease');
    }
  };

  const submit = form.handleSubmit(async (values) => {
    try {
      const saved = solution ? await update.mutateAsync(toUpdateSolutionRequest(values)) : await create.mutateAsync(toCreateSolutionRequest(values));
      notifySuccess(solution ? `Saved ${saved.title}` : `Recorded ${saved.title}`);
      onSaved(saved);
    } catch (error) {
      showServerError(error, form.setError, FIELDS, SOLUTION_ERROR_RULES);
    }
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={solution ? 'Edit solution' : 'New solution'}>
      <Stack gap="md">
        <TextInput label="Title" placeholder="e.g. Auto-match bank lines to invoices" required data-autofocus {...form.register('title')} error={errors.title?.message} />
        <Textarea
          label="Hypothesis"
          placeholder="If we …, then <KPI> moves by …"
          description="What you expect to change, and how you will know."
          autosize
          minRows={2}
          maxRows={5}
          {...form.register('hypothesis')}
          error={errors.hypothesis?.message}
        />
        <Textarea label="Description" autosize minRows={2} maxRows={8} {...form.register('description')} error={errors.description?.message} />
        <Group grow align="flex-start">
          <Controller
            control={form.control}
            name="status"
            render={({ field }) => (
              <Select
                label="Status"
                data={STATUS_OPTIONS}
                value={field.value}
                onChange={(value) => value && field.onChange(value as SolutionStatus)}
                onBlur={field.onBlur}
                allowDeselect={false}
                error={errors.status?.message}
              />
            )}
          />
          <TextInput
            type="date"
            label="Ship date"
            required={needsShipDate(status)}
            description={needsShipDate(status) ? 'Required once shipped: the evaluation compares before and after it.' : 'When it shipped or is planned to.'}
            {...form.register('shipDate')}
            error={errors.shipDate?.message}
          />
        </Group>
        <Group grow align="flex-start">
          <Controller
            control={form.control}
            name="expectedKpiId"
            render={({ field }) => (
              <Select
                label="Expected KPI"
                description="The KPI this solution should move."
                placeholder={kpis.isPending ? 'Loading KPIs…' : kpiOptions.length === 0 ? 'No KPIs yet' : 'Choose a KPI'}
                data={kpiOptions}
                value={field.value}
                onChange={chooseKpi}
                onBlur={field.onBlur}
                searchable
                clearable
                disabled={kpis.isPending}
                nothingFoundMessage="No KPI has that name"
                error={errors.expectedKpiId?.message ?? (kpis.isError ? 'Could not load the KPIs' : undefined)}
              />
            )}
          />
          <Controller
            control={form.control}
            name="expectedDirection"
            render={({ field }) => (
              <Select
                label="Expected direction"
                description={expectedKpiId ? 'Which way the KPI should move.' : 'Choose a KPI first.'}
                data={DIRECTION_OPTIONS}
                value={field.value}
                onChange={(value) => field.onChange(value === 'increase' || value === 'decrease' ? value : null)}
                onBlur={field.onBlur}
                clearable
                disabled={expectedKpiId === null}
                error={errors.expectedDirection?.message}
              />
            )}
          />
        </Group>
        <Controller
          control={form.control}
          name="outcomeIds"
          render={({ field }) => (
            <AcceptedOutcomesSelect
              projectId={projectId}
              label="Targeted opportunities"
              description="The accepted outcomes this solution is aimed at."
              known={solution?.outcomes}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={errors.outcomeIds?.message}
            />
          )}
        />
        <FormActions error={errors.root?.server?.message} errorTitle={solution ? 'Could not save the solution' : 'Could not record the solution'} submitLabel={solution ? 'Save solution' : 'Create solution'} submitting={isSubmitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
