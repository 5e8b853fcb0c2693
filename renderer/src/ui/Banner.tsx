/** A message across the top of the page: what happened, and what the user can do about it. */
import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon.js';
import './Banner.css';

const ICONS: Record<BannerTone, IconName> = { danger: 'alert', warning: 'alert', info: 'info', readonly: 'lock' };

export type BannerTone = 'danger' | 'warning' | 'info' | 'readonly';

interface BannerProps {
  tone: BannerTone;
  children: ReactNode;
  actions?: ReactNode;
  /** Errors interrupt (role=alert); states are announced politely (role=status). */
  urgent?: boolean;
  testId?: string;
}

export function Banner({ tone, children, actions, urgent = false, testId }: BannerProps) {
  return (
    <div className={`banner banner-${tone}`} role={urgent ? 'alert' : 'status'} data-testid={testId}>
      <Icon name={ICONS[tone]} size={16} />
      <div className="banner-message">{children}</div>
      {actions ? <div className="banner-actions">{actions}</div> : null}
    </div>
  );
}
