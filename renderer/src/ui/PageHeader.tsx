/**
 * The title row of a screen. When the user navigated here, focus moves to the title so that screen
 * readers announce the new screen and Tab starts from the top of it.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { useCalepin } from '../state/useCalepin.js';

interface PageHeaderProps {
  title: string;
  subtitle?: ReactNode;
  actions?: ReactNode;
  /** Off where a field takes the focus instead (a new post's title). */
  focusOnArrival?: boolean;
}

export function PageHeader({ title, subtitle, actions, focusOnArrival = true }: PageHeaderProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  const navigations = useCalepin((state) => state.navigations);
  const reachedByNavigation = useRef(navigations > 0 && focusOnArrival);

  useEffect(() => {
    if (reachedByNavigation.current) ref.current?.focus({ preventScroll: true });
  }, []);

  return (
    <header className="page-header">
      <div className="page-heading">
        <h1 ref={ref} tabIndex={-1}>
          {title}
        </h1>
        {subtitle ? <p className="page-subtitle">{subtitle}</p> : null}
      </div>
      {actions ? <div className="page-actions">{actions}</div> : null}
    </header>
  );
}
