import { DownOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space } from 'antd';
import type { ReasonNeed } from './stages';

interface Props<S extends string> {
  /** The moves the server allows, in the order of the way. */
  allowed: readonly S[];
  /** The move that stands out: the next stage along the way. */
  main: S | undefined;
  reasonNeed: (to: S) => ReasonNeed;
  /** The move on its way, if any. */
  pendingTo: S | undefined;
  pending: boolean;
  nameOf: (stage: S) => string;
  texts: {
    /** "Move to Proposal". */
    to: (stage: string) => string;
    /** The menu of the other stages: "Move to…". */
    other: string;
    /** A way out's button: "Mark as lost". */
    out: (to: S) => string;
  };
  onMove: (to: S) => void;
}

/**
 * A record's moves on its page: the next stage stands out, the other stages are a menu away,
 * the ways out (which ask why first) stand apart in red.
 */
export function StageActions<S extends string>({
  allowed,
  main,
  reasonNeed,
  pendingTo,
  pending,
  nameOf,
  texts,
  onMove,
}: Props<S>) {
  const others = allowed.filter((to) => to !== main && reasonNeed(to) === 'none');
  const ways = allowed.filter((to) => reasonNeed(to) !== 'none');
  return (
    <>
      {main && (
        <Button type="primary" loading={pendingTo === main} disabled={pending} onClick={() => onMove(main)}>
          {texts.to(nameOf(main))}
        </Button>
      )}
      {others.length > 0 && (
        <Dropdown
          trigger={['click']}
          disabled={pending}
          menu={{
            items: others.map((to) => ({ key: to, label: nameOf(to) })),
            onClick: ({ key }) => onMove(key as S),
          }}
        >
          <Button loading={!!pendingTo && others.includes(pendingTo)}>
            <Space size={4}>
              {texts.other}
              <DownOutlined />
            </Space>
          </Button>
        </Dropdown>
      )}
      {ways.map((to) => (
        <Button key={to} danger loading={pendingTo === to} disabled={pending} onClick={() => onMove(to)}>
          {texts.out(to)}
        </Button>
      ))}
    </>
  );
}
