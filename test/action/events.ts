// Event payloads as the runner writes them to GITHUB_EVENT_PATH, built from GitHub's own webhook schemas
// (minimal valid instances plus the fields that matter) and checked against those schemas.
import { OpenApi } from '../servers/openapi.js';
import type { Issue, Repo, Run, World } from '../servers/world.js';

function repoJson(r: Repo, fork = false): Record<string, unknown> {
  return {
    id: r.id,
    node_id: `R_${r.id}`,
    name: r.name,
    full_name: `${r.owner}/${r.name}`,
    owner: { login: r.owner, id: r.id + 1, type: 'Organization' },
    private: false,
    fork,
    default_branch: r.defaultBranch,
    html_url: `https://github.com/${r.owner}/${r.name}`,
    url: `https://api.github.com/repos/${r.owner}/${r.name}`,
  };
}

const sender = { login: 'contributor', id: 99, type: 'User' };

function checked(schema: string, payload: unknown): Record<string, unknown> {
  const problems = OpenApi.load().check(schema, payload);
  if (problems.length > 0) throw new Error(`test payload is not a valid ${schema}: ${problems.join('\n')}`);
  return payload as Record<string, unknown>;
}

const labelJson = (world: World, name: string): Record<string, unknown> => {
  const id = world.labels.get(name)?.id ?? 1;
  return {
    id,
    node_id: `LA_${id}`,
    url: `https://api.github.com/repos/${world.repo.owner}/${world.repo.name}/labels/${encodeURIComponent(name)}`,
    name,
    color: 'ededed',
    default: false,
    description: null,
  };
};

/**
 * A pull_request event. `labeled` / `unlabeled` name the label and who added or removed it; the payload's
 * pull_request.labels are the pull request's labels at the time of the event (pr.labels).
 */
export function pullRequestEvent(
  world: World,
  pr: Issue,
  action: 'opened' | 'synchronize' | 'labeled' | 'unlabeled' = 'synchronize',
  change?: { label: string; by: string },
): Record<string, unknown> {
  const p = pr.pull!;
  const headRepo = world.repoById(p.headRepoId)!;
  const api = OpenApi.load();
  const schema = `webhook-pull-request-${action}`;
  return checked(
    schema,
    api.synth(schema, {
      action,
      number: pr.number,
      ...(action === 'synchronize' ? { before: world.commits.get(p.headSha)?.parents[0] ?? p.headSha, after: p.headSha } : {}),
      pull_request: {
        number: pr.number,
        title: pr.title,
        state: 'open',
        head: {
          ref: p.headRef,
          sha: p.headSha,
          label: `${headRepo.owner}:${p.headRef}`,
          repo: repoJson(headRepo, headRepo.id !== world.repo.id),
          user: sender,
        },
        base: { ref: p.baseRef, sha: p.baseSha, label: `${world.repo.owner}:${p.baseRef}`, repo: repoJson(world.repo), user: sender },
        user: sender,
        labels: pr.labels.map((l) => labelJson(world, l)),
      },
      ...(change ? { label: labelJson(world, change.label) } : {}),
      repository: repoJson(world.repo),
      sender: change ? { login: change.by, id: 98, type: 'User' } : sender,
    }),
  );
}

export function pushEvent(world: World, branch: string, before: string, after: string): Record<string, unknown> {
  return checked(
    'webhook-push',
    OpenApi.load().synth('webhook-push', {
      ref: `refs/heads/${branch}`,
      before,
      after,
      created: false,
      deleted: false,
      forced: false,
      base_ref: null,
      compare: `https://github.com/${world.repo.owner}/${world.repo.name}/compare/${before.slice(0, 12)}...${after.slice(0, 12)}`,
      commits: [],
      head_commit: null,
      repository: { ...repoJson(world.repo), master_branch: world.repo.defaultBranch },
      pusher: { name: 'dev', email: 'dev@example.com' },
      sender,
    }),
  );
}

export function workflowDispatchEvent(world: World, branch: string): Record<string, unknown> {
  return checked(
    'webhook-workflow-dispatch',
    OpenApi.load().synth('webhook-workflow-dispatch', {
      inputs: null,
      ref: `refs/heads/${branch}`,
      repository: repoJson(world.repo),
      sender,
      workflow: '.github/workflows/docker-size.yml',
    }),
  );
}

/** The schedule payload has no webhook schema: the runner writes the cron and the workflow file. */
export function scheduleEvent(): Record<string, unknown> {
  return { schedule: '17 4 * * 1', workflow: '.github/workflows/docker-size-trend.yml' };
}

/** workflow_run `completed` for a run of the measure workflow. GitHub leaves pull_requests empty for forks. */
export function workflowRunEvent(world: World, run: Run): Record<string, unknown> {
  const api = OpenApi.load();
  const headRepo = world.repoById(run.headRepositoryId)!;
  const prs = run.headRepositoryId === world.repo.id ? run.pullRequests : [];
  return checked(
    'webhook-workflow-run-completed',
    api.synth('webhook-workflow-run-completed', {
      action: 'completed',
      repository: repoJson(world.repo),
      sender,
      workflow: { id: 77, name: 'Docker size (measure)', path: '.github/workflows/docker-size-measure.yml' },
      workflow_run: {
        id: run.id,
        name: 'Docker size (measure)',
        event: run.event,
        status: 'completed',
        conclusion: 'success',
        head_branch: run.headBranch,
        head_sha: run.headSha,
        run_attempt: run.attempt,
        html_url: `https://github.com/${world.repo.owner}/${world.repo.name}/actions/runs/${run.id}`,
        repository: repoJson(world.repo),
        head_repository: repoJson(headRepo, headRepo.id !== world.repo.id),
        pull_requests: prs.map((n) => {
          const p = world.issues.get(n)!.pull!;
          return {
            id: n * 10,
            number: n,
            url: `https://api.github.com/repos/${world.repo.owner}/${world.repo.name}/pulls/${n}`,
            head: { ref: p.headRef, sha: p.headSha, repo: { id: p.headRepoId, name: world.repo.name, url: 'https://api.github.com/x' } },
            base: { ref: p.baseRef, sha: p.baseSha, repo: { id: world.repo.id, name: world.repo.name, url: 'https://api.github.com/x' } },
          };
        }),
      },
    }),
  );
}
