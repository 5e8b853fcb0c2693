/**
 * Médiathèque: every image and video of the workspace in a virtualised grid, with search and
 * filters, bulk tag / move / delete, a detail panel, and import by dialog, drop or paste.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { MediaPostRef } from '../../../../core/api.js';
import { actions, useCalepin } from '../../state/useCalepin.js';
import { EmptyState } from '../../ui/EmptyState.js';
import { Icon } from '../../ui/Icon.js';
import { PageHeader } from '../../ui/PageHeader.js';
import { BulkBar } from './BulkBar.js';
import { DeleteMediaDialog } from './DeleteMediaDialog.js';
import { filterMedia, foldersOf, NO_FILTERS, tagsOf, type MediaFilters } from './filterMedia.js';
import { ImportReport } from './ImportReport.js';
import { MediaDetail } from './MediaDetail.js';
import { MediaGrid } from './MediaGrid.js';
import { MediaToolbar } from './MediaToolbar.js';
import { useFileDrop } from './useFileDrop.js';
import './library.css';

/** Everything the file input offers; the import checks each file's bytes anyway. */
const ACCEPT = 'image/jpeg,image/png,image/webp,image/gif,image/avif,video/mp4,video/quicktime,video/webm';

export function LibraryScreen() {
  const { t } = useTranslation();
  const { media, mediaState, usage, usageState, lastImport, importing, readOnly } = useCalepin(
    useShallow((state) => ({
      media: state.media,
      mediaState: state.mediaState,
      usage: state.mediaUsage,
      usageState: state.mediaUsageState,
      lastImport: state.lastImport,
      importing: state.importing,
      readOnly: state.status?.readOnly !== null,
    })),
  );
  const [filters, setFilters] = useState<MediaFilters>(NO_FILTERS);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [activeId, setActiveId] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<{ ids: string[]; posts: MediaPostRef[] } | null>(null);
  const lastToggled = useRef<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const hovering = useFileDrop(!readOnly);

  useEffect(() => {
    void actions().loadMedia();
    void actions().loadMediaUsage();
  }, []);

  const isUsed = useCallback((id: string) => (usage[id]?.length ?? 0) > 0, [usage]);
  const shown = useMemo(() => filterMedia(media, filters, isUsed), [media, filters, isUsed]);
  const folders = useMemo(() => foldersOf(media), [media]);
  const tags = useMemo(() => tagsOf(media), [media]);
  const active = media.find((item) => item.id === activeId) ?? null;
  const missingAlt = useMemo(() => media.filter((item) => item.alt.trim() === '').length, [media]);

  const toggle = useCallback(
    (id: string, range: boolean) => {
      setSelected((current) => {
        const next = new Set(current);
        const from = lastToggled.current;
        if (range && from !== null) {
          // Shift-click selects everything between the last box ticked and this one, as shown.
          const ids: string[] = shown.map((item) => item.id);
          const [a, b] = [ids.indexOf(from), ids.indexOf(id)].sort((x, y) => x - y);
          if (a !== undefined && b !== undefined && a >= 0)
            for (const between of ids.slice(a, b + 1)) next.add(between);
        } else if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      });
      lastToggled.current = id;
    },
    [shown],
  );

  const importByDialog = async () => {
    // Electron has a native dialog; the web host falls back to the browser's file input.
    if (!(await actions().pickAndImportMedia())) fileInput.current?.click();
  };

  const askDelete = (ids: string[]) => {
    const seen = new Map<string, MediaPostRef>();
    for (const id of ids) for (const post of usage[id] ?? []) seen.set(post.id, post);
    setDeleting({ ids, posts: [...seen.values()] });
  };

  const confirmDelete = async () => {
    if (!deleting) return;
    const { ids } = deleting;
    setDeleting(null);
    if (await actions().deleteMedia(ids)) {
      setSelected(new Set());
      if (activeId && ids.includes(activeId)) setActiveId(null);
    }
  };

  const selectedIds = [...selected].filter((id) => media.some((item) => item.id === id));
  const subtitle =
    mediaState === 'ready'
      ? `${t('library.count', { count: media.length })}${missingAlt ? ` · ${t('library.missingAltCount', { count: missingAlt })}` : ''}`
      : undefined;

  return (
    <div className={`library-screen${hovering ? ' drop-hover' : ''}`}>
      <PageHeader
        title={t('library.title')}
        subtitle={subtitle}
        actions={
          <button
            type="button"
            className="button button-primary"
            onClick={() => void importByDialog()}
            disabled={readOnly || importing}
          >
            <Icon name="plus" size={15} />
            {importing ? t('library.import.running') : t('library.import.button')}
          </button>
        }
      />
      <input
        ref={fileInput}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        data-testid="media-file-input"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          void actions().importMediaFiles(files);
        }}
      />
      {lastImport ? <ImportReport report={lastImport} /> : null}
      <MediaToolbar
        filters={filters}
        folders={folders}
        onChange={(change) => setFilters((f) => ({ ...f, ...change }))}
      />
      {selectedIds.length > 0 ? (
        <BulkBar
          ids={selectedIds}
          folders={folders}
          tags={tags}
          onClear={() => setSelected(new Set())}
          onDelete={() => askDelete(selectedIds)}
        />
      ) : null}
      <div className="library-body">
        {mediaState === 'loading' && media.length === 0 ? (
          <p className="loading-line" role="status">
            {t('common.loading')}
          </p>
        ) : media.length === 0 && mediaState === 'ready' ? (
          <EmptyState icon="library" title={t('library.empty')} />
        ) : shown.length === 0 ? (
          <p className="muted library-none">{t('library.noMatch')}</p>
        ) : (
          <MediaGrid
            items={shown}
            selected={selected}
            activeId={activeId}
            isUsed={isUsed}
            onOpen={setActiveId}
            onToggle={toggle}
            label={t('library.gridLabel', { count: shown.length })}
          />
        )}
        {active ? (
          <MediaDetail
            key={active.id}
            item={active}
            usage={usage[active.id]}
            usageKnown={usageState === 'ready'}
            onClose={() => setActiveId(null)}
          />
        ) : null}
      </div>
      {hovering ? (
        <div className="drop-overlay" aria-hidden="true">
          <Icon name="plus" size={28} />
          {t('library.import.dropHere')}
        </div>
      ) : null}
      {deleting ? (
        <DeleteMediaDialog
          count={deleting.ids.length}
          posts={deleting.posts}
          onConfirm={() => void confirmDelete()}
          onCancel={() => setDeleting(null)}
        />
      ) : null}
    </div>
  );
}
