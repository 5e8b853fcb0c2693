/**
 * Files dropped from the OS anywhere on the window, and files or images pasted (Ctrl+V outside a
 * text field), go to the import while the Médiathèque is open. The drag highlight is on while
 * OS files hover the window.
 */
import { useEffect, useState } from 'react';
import { actions } from '../../state/useCalepin.js';
import { hasOsFiles } from './mediaDrag.js';

function isTextField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

export function useFileDrop(enabled: boolean): boolean {
  const [hovering, setHovering] = useState(false);
  useEffect(() => {
    if (!enabled) return;
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!hasOsFiles(event)) return;
      depth += 1;
      setHovering(true);
    };
    const over = (event: DragEvent) => {
      if (!hasOsFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent) => {
      if (!hasOsFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setHovering(false);
    };
    const drop = (event: DragEvent) => {
      if (!hasOsFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setHovering(false);
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length > 0) void actions().importMediaFiles(files);
    };
    const paste = (event: ClipboardEvent) => {
      if (isTextField(event.target)) return;
      const files = [...(event.clipboardData?.files ?? [])];
      if (files.length === 0) return;
      event.preventDefault();
      void actions().importMediaFiles(files);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    window.addEventListener('paste', paste);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
      window.removeEventListener('paste', paste);
    };
  }, [enabled]);
  return hovering;
}
