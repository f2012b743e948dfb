/**
 * 工作台 lists: my tasks (my open actions and the steps my roles do), the
 * approvals waiting for me (managers), overdue, due today, and by
 * department — each item opens its case; an approval can also be given
 * right from the list (审批 opens the case's decision and the signed form).
 */
import { Box, Button, Chip, List, ListItem, ListItemButton, ListItemText, Paper, Typography } from '@mui/material';
import { useCallback, useEffect, useMemo, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { OpenActionItem } from '../../db';
import { useLedgerStore } from '../../state/ledger-store';
import { formatDateTime } from '../../ui/dates';
import { useClerk, useRepositories, useSettings } from '../../state/session';
import { useNow } from '../../ui/useNow';
import { workbenchBuckets, type DueItem } from './tasks';
import { roleWork, type ApprovalItem } from './role-tasks';
import { useMyDelegatedRoles } from '../../ui/useDelegations';
import { hasWorkRole, isManager } from '../../../shared/domain/clerks/work-of-roles';
import type { ClerkRole } from '../../../shared/domain/clerks/roles';
import { formatYuan } from '../../../shared/domain/lifecycle/money';

/** The dialog that gives an approval from the list (the lifecycle feature's, passed in by the app). */
export type ApprovalDialog = ComponentType<{ caseId: string; caseNumber: string; onClose: () => void }>;

function Panel({ id, title, count, children }: { id: string; title: string; count: number; children: React.ReactNode }) {
  return (
    <Paper component="section" aria-labelledby={id} sx={{ p: 2, flex: '1 1 320px', minWidth: 0 }} data-testid={id}>
      <Typography component="h2" variant="h2" id={id} sx={{ mb: 1 }}>
        {title} <Chip size="small" label={count} color={id === 'wb-overdue' && count > 0 ? 'error' : 'default'} />
      </Typography>
      {children}
    </Paper>
  );
}

function DueList({ items, overdue }: { items: DueItem[]; overdue: boolean }) {
  const { t } = useTranslation();
  if (items.length === 0) return <Typography color="text.secondary">{t('lc.workbench.noTasks')}</Typography>;
  return (
    <List dense disablePadding>
      {items.slice(0, 50).map(({ row }) => (
        <ListItemButton key={row.id} component={RouterLink} to={`/cases/${row.id}`} divider data-testid="wb-case">
          <ListItemText
            primary={t('lc.workbench.caseItem', { caseNumber: row.caseNumber, customer: row.customerName, step: t(`lc.steps.${row.state}`) })}
            secondary={
              <>
                {overdue && <Chip component="span" size="small" color="error" label={t('lc.deadlines.overdue')} sx={{ mr: 1 }} />}
                {t('lc.workbench.dueAt', { kind: row.nextDueKind ? t(`lc.deadlines.kinds.${row.nextDueKind}`) : '', time: row.nextDueAt ? formatDateTime(row.nextDueAt) : '' })}
              </>
            }
          />
        </ListItemButton>
      ))}
    </List>
  );
}

const SHOWN = 50;

/** Cases of my roles' steps (or, with `approvalDialog`, waiting for my approval), soonest due first. */
function RoleList({ items, now, approvalDialog: Approval, empty }: { items: (DueItem & Partial<Pick<ApprovalItem, 'onBehalfOf'>>)[]; now: number; approvalDialog: ApprovalDialog | null; empty: string }) {
  const approvals = Approval !== null;
  const { t } = useTranslation();
  const [approving, setApproving] = useState<{ id: string; caseNumber: string } | null>(null);
  const closeApproval = useCallback(() => setApproving(null), []);
  if (items.length === 0) return <Typography color="text.secondary">{empty}</Typography>;
  return (
    <>
      <List dense disablePadding>
        {items.slice(0, SHOWN).map(({ row, dueMs, onBehalfOf }) => (
          <ListItem
            key={row.id}
            disablePadding
            divider
            data-testid={approvals ? 'wb-approval' : 'wb-step'}
            secondaryAction={
              approvals && (
                <Button size="small" variant="outlined" onClick={() => setApproving({ id: row.id, caseNumber: row.caseNumber })}>
                  {t('lc.quickApproval.button')}
                </Button>
              )
            }
          >
            <ListItemButton component={RouterLink} to={`/cases/${row.id}`} sx={approvals ? { pr: 10 } : undefined}>
              <ListItemText
                primary={
                  approvals
                    ? t('lc.workbench.approvalItem', { caseNumber: row.caseNumber, customer: row.customerName, amount: row.decisionAmountFen == null ? t('lc.workbench.amountUnknown') : formatYuan(row.decisionAmountFen) })
                    : t('lc.workbench.caseItem', { caseNumber: row.caseNumber, customer: row.customerName, step: t(`lc.steps.${row.state}`) })
                }
                secondary={
                  <>
                    {onBehalfOf && onBehalfOf.length > 0 && <Chip component="span" size="small" color="info" data-testid="wb-on-behalf" label={t('delegation.onBehalfMark', { delegator: onBehalfOf.join('、') })} sx={{ mr: 1 }} />}
                    {dueMs < now && <Chip component="span" size="small" color="error" label={t('lc.deadlines.overdue')} sx={{ mr: 1 }} />}
                    {row.nextDueAt ? t('lc.workbench.dueAt', { kind: row.nextDueKind ? t(`lc.deadlines.kinds.${row.nextDueKind}`) : '', time: formatDateTime(row.nextDueAt) }) : t('lc.workbench.noDue')}
                  </>
                }
              />
            </ListItemButton>
          </ListItem>
        ))}
      </List>
      {approving && Approval && <Approval caseId={approving.id} caseNumber={approving.caseNumber} onClose={closeApproval} />}
      {items.length > SHOWN && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {t('lc.workbench.more', { count: items.length - SHOWN })}
        </Typography>
      )}
    </>
  );
}

/** Why a clerk sees no steps of their roles: no roles at all, or only roles that do no case step (admin). */
function NoWorkRoles({ roles }: { roles: readonly ClerkRole[] }) {
  const { t } = useTranslation();
  return (
    <Typography color="text.secondary" data-testid="wb-no-roles">
      {roles.length === 0 ? t('lc.workbench.noRoles') : t('lc.workbench.noWorkRoles', { roles: roles.map((r) => t(`roles.${r}`)).join(t('common.listSeparator')) })}
    </Typography>
  );
}

function useMyActions(owner: string | undefined, version: unknown): OpenActionItem[] {
  const repositories = useRepositories();
  const [items, setItems] = useState<OpenActionItem[]>([]);
  useEffect(() => {
    if (!owner) return;
    let live = true;
    repositories.actions.listOpen(owner).then(
      (list) => live && setItems(list),
      (error: unknown) => console.error('Could not list open actions', error),
    );
    return () => {
      live = false;
    };
  }, [repositories, owner, version]);
  return items;
}

export function LifecycleTasks({ approvalDialog }: { approvalDialog: ApprovalDialog }) {
  const { t } = useTranslation();
  const clerk = useClerk();
  const matrix = useSettings().authorityMatrix;
  const rows = useLedgerStore((s) => s.entries);
  const now = useNow(60_000);
  const buckets = useMemo(() => workbenchBuckets(rows, now), [rows, now]);
  const roles = clerk?.roles;
  const delegated = useMyDelegatedRoles();
  const work = useMemo(() => roleWork(rows, roles ?? [], matrix, delegated), [rows, roles, matrix, delegated]);
  const mine = useMyActions(clerk?.name, rows);
  const working = hasWorkRole(roles ?? []);
  return (
    <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
      <Panel id="wb-mine" title={t('lc.workbench.myTasks')} count={mine.length + work.steps.length}>
        <Typography component="h3" variant="subtitle2" sx={{ mt: 0.5 }}>
          {t('lc.workbench.myActions')} <Chip size="small" label={mine.length} />
        </Typography>
        {mine.length === 0 ? (
          <Typography color="text.secondary">{t('lc.workbench.noTasks')}</Typography>
        ) : (
          <List dense disablePadding>
            {mine.map((item) => (
              <ListItemButton key={item.action.id} component={RouterLink} to={`/cases/${item.action.caseId}`} divider>
                <ListItemText primary={t('lc.workbench.actionItem', { caseNumber: item.caseNumber, customer: item.customerName, description: item.action.description, due: item.action.dueDate })} />
              </ListItemButton>
            ))}
          </List>
        )}
        <Typography component="h3" variant="subtitle2" sx={{ mt: 1.5 }}>
          {t('lc.workbench.mySteps')} <Chip size="small" label={work.steps.length} />
        </Typography>
        {working ? <RoleList items={work.steps} now={now} approvalDialog={null} empty={t('lc.workbench.noMySteps')} /> : <NoWorkRoles roles={roles ?? []} />}
      </Panel>
      {(isManager(roles ?? []) || delegated.length > 0) && (
        <Panel id="wb-approvals" title={t('lc.workbench.approvals')} count={work.approvals.length}>
          <RoleList items={work.approvals} now={now} approvalDialog={approvalDialog} empty={t('lc.workbench.noApprovals')} />
        </Panel>
      )}
      <Panel id="wb-overdue" title={t('lc.workbench.overdue')} count={buckets.overdue.length}>
        <DueList items={buckets.overdue} overdue />
      </Panel>
      <Panel id="wb-today" title={t('lc.workbench.dueToday')} count={buckets.dueToday.length}>
        <DueList items={buckets.dueToday} overdue={false} />
      </Panel>
      <Panel id="wb-departments" title={t('lc.workbench.byDepartment')} count={buckets.byDepartment.length}>
        <List dense disablePadding>
          {buckets.byDepartment.map((d) => (
            <ListItemText
              key={d.department}
              primary={t('lc.workbench.deptLine', {
                department: d.department ? t(`lc.responsibility.departments.${d.department as 'other'}`) : t('lc.workbench.noDepartment'),
                overdue: d.overdue,
                open: d.open,
              })}
            />
          ))}
        </List>
      </Panel>
    </Box>
  );
}
