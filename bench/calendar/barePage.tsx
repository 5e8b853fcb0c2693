/**
 * The bare FullCalendar 7 page the calendar bench compares Calepin with: the same plugins, theme,
 * zone, locale and month options, the same 1,000 events, FullCalendar's own event rendering, and
 * FullCalendar keeping a dropped event where it was dropped. Bundled for the browser by the bench.
 */
import FullCalendar, { type EventInput } from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/react/daygrid';
import interactionPlugin from '@fullcalendar/react/interaction';
import frLocale from '@fullcalendar/react/locales/fr';
import classicTheme from '@fullcalendar/react/themes/classic';
import timeGridPlugin from '@fullcalendar/react/timegrid';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import '@fullcalendar/react/themes/classic/palette.css';
import { createRoot } from 'react-dom/client';

declare global {
  interface Window {
    benchEvents: EventInput[];
    mountBare: (width: number) => void;
  }
}

const parisDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' });

function Bare() {
  return (
    <FullCalendar
      plugins={[dayGridPlugin, timeGridPlugin, interactionPlugin, classicTheme]}
      initialView="dayGridMonth"
      initialDate="2026-03-01"
      timeZone="Europe/Paris"
      locale={frLocale}
      firstDay={1}
      headerToolbar={false}
      height="auto"
      dayMaxEvents={3}
      editable
      events={window.benchEvents}
      // The same two hooks Calepin uses to find posts and days (FullCalendar 7 hashes its class names).
      eventDidMount={(info) => {
        info.el.dataset.postId = info.event.id;
      }}
      dayCellDidMount={(info) => {
        info.el.dataset.date = parisDate.format(info.date);
      }}
    />
  );
}

// As wide as Calepin's grid in the same run, so both lay out the same month at the same size.
window.mountBare = (width) => {
  const root = document.getElementById('root')!;
  root.style.width = `${width}px`;
  createRoot(root).render(<Bare />);
};
