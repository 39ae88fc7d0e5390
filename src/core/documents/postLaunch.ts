/**
 * After the launch: the retrospective's date, who owns the service in business as usual and the
 * checks. The launch document always shows it (what is not planned yet says so); the weekly
 * status shows it once the launch date has passed.
 */
import { text, type Block } from '../status/document';
import type { PostLaunch } from '../status/report';

export function postLaunchBlocks(post: Pick<PostLaunch, 'retrospective' | 'handoffOwner' | 'checks'>, heading: string): Block[] {
  const facts = [
    `Retrospective: ${post.retrospective ?? 'not planned yet (launch.postLaunch.retrospective)'}`,
    `BAU hand-off owner: ${post.handoffOwner ?? 'not named yet (launch.postLaunch.handoffOwner)'}`,
  ];
  return [
    { kind: 'heading', level: 2, content: [text(heading)] },
    { kind: 'paragraph', content: [text(`${facts.join(' · ')}.`)] },
    ...(post.checks.length > 0 ? [{ kind: 'list', items: post.checks.map((check) => [text(check)]) } as const] : []),
  ];
}
