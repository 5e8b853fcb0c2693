/**
 * The words of the native shell (menus, folder dialogs, the few native messages), in French and
 * English. The renderer's catalogs cannot serve here: the menu exists before any page loads.
 * French follows the product's typography (typographic apostrophe, narrow no-break space before
 * `: ; ! ?`, ellipsis character).
 */
export type ShellLanguage = 'fr' | 'en';

const fr = {
  app: {
    about: 'À propos de Calepin',
    services: 'Services',
    hide: 'Masquer Calepin',
    hideOthers: 'Masquer les autres',
    unhide: 'Tout afficher',
    quit: 'Quitter Calepin',
  },
  file: {
    title: 'Fichier',
    newWorkspace: 'Nouvel espace de travail…',
    openWorkspace: 'Ouvrir un espace de travail…',
    openSample: 'Ouvrir l’exemple',
    close: 'Fermer la fenêtre',
    quit: 'Quitter',
  },
  edit: {
    title: 'Édition',
    undo: 'Annuler',
    redo: 'Rétablir',
    cut: 'Couper',
    copy: 'Copier',
    paste: 'Coller',
    pasteAndMatchStyle: 'Coller et adapter le style',
    delete: 'Supprimer',
    selectAll: 'Tout sélectionner',
  },
  view: {
    title: 'Affichage',
    reload: 'Recharger',
    forceReload: 'Forcer le rechargement',
    toggleDevTools: 'Outils de développement',
    resetZoom: 'Taille réelle',
    zoomIn: 'Zoom avant',
    zoomOut: 'Zoom arrière',
    toggleFullScreen: 'Plein écran',
  },
  window: {
    title: 'Fenêtre',
    minimize: 'Réduire',
    zoom: 'Agrandir',
    close: 'Fermer',
    front: 'Tout ramener au premier plan',
  },
  help: {
    title: 'Aide',
    about: 'À propos de Calepin',
    dataFolder: 'Afficher le dossier des données de Calepin',
  },
  dialogs: {
    openTitle: 'Ouvrir un espace de travail Calepin',
    importMediaTitle: 'Importer des images et des vidéos',
    importMediaButton: 'Importer',
    mediaFilter: 'Images et vidéos',
    openButton: 'Ouvrir',
    createTitle: 'Choisir le dossier du nouvel espace de travail',
    createButton: 'Choisir ce dossier',
    newTitle: 'Créer un espace de travail',
    newButton: 'Créer',
    newDefaultName: 'Mon espace de travail',
    openFailed: 'Calepin n’a pas pu ouvrir cet espace de travail.',
    createFailed: 'Calepin n’a pas pu créer cet espace de travail.',
    exportTitle: 'Enregistrer l’export',
    exportButton: 'Enregistrer',
    archiveTitle: 'Choisir une archive d’espace de travail',
    archiveButton: 'Choisir',
    ok: 'OK',
  },
  errors: {
    WORKSPACE_NOT_FOUND: 'Ce dossier n’est pas un espace de travail Calepin.',
    WORKSPACE_EXISTS: 'Ce dossier n’est pas vide\u202f: choisissez un dossier vide ou un autre nom.',
    WORKSPACE_LOCKED: 'Une autre fenêtre de Calepin utilise déjà cet espace de travail.',
    other: 'Le détail est dans le journal (code {code}).',
  },
};

export type ShellLabels = typeof fr;

const en: ShellLabels = {
  app: {
    about: 'About Calepin',
    services: 'Services',
    hide: 'Hide Calepin',
    hideOthers: 'Hide Others',
    unhide: 'Show All',
    quit: 'Quit Calepin',
  },
  file: {
    title: 'File',
    newWorkspace: 'New Workspace…',
    openWorkspace: 'Open Workspace…',
    openSample: 'Open Sample',
    close: 'Close Window',
    quit: 'Quit',
  },
  edit: {
    title: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    pasteAndMatchStyle: 'Paste and Match Style',
    delete: 'Delete',
    selectAll: 'Select All',
  },
  view: {
    title: 'View',
    reload: 'Reload',
    forceReload: 'Force Reload',
    toggleDevTools: 'Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    toggleFullScreen: 'Full Screen',
  },
  window: {
    title: 'Window',
    minimize: 'Minimize',
    zoom: 'Zoom',
    close: 'Close',
    front: 'Bring All to Front',
  },
  help: {
    title: 'Help',
    about: 'About Calepin',
    dataFolder: 'Show Calepin’s Data Folder',
  },
  dialogs: {
    openTitle: 'Open a Calepin workspace',
    importMediaTitle: 'Import images and videos',
    importMediaButton: 'Import',
    mediaFilter: 'Images and videos',
    openButton: 'Open',
    createTitle: 'Choose the folder of the new workspace',
    createButton: 'Choose This Folder',
    newTitle: 'Create a workspace',
    newButton: 'Create',
    newDefaultName: 'My workspace',
    openFailed: 'Calepin could not open this workspace.',
    createFailed: 'Calepin could not create this workspace.',
    exportTitle: 'Save the export',
    exportButton: 'Save',
    archiveTitle: 'Choose a workspace archive',
    archiveButton: 'Choose',
    ok: 'OK',
  },
  errors: {
    WORKSPACE_NOT_FOUND: 'This folder is not a Calepin workspace.',
    WORKSPACE_EXISTS: 'This folder is not empty: choose an empty folder or another name.',
    WORKSPACE_LOCKED: 'Another Calepin window is already using this workspace.',
    other: 'The log has the detail (code {code}).',
  },
};

export const SHELL_LABELS: Record<ShellLanguage, ShellLabels> = { fr, en };

/** "fr-FR", "fr_CA.UTF-8", "fr" → fr; anything else → en (the product speaks these two). */
export function languageOfLocale(locale: string | null | undefined): ShellLanguage {
  return /^fr(?:[-_.]|$)/i.test(locale ?? '') ? 'fr' : 'en';
}

/** The language preference ('system' | 'fr' | 'en') resolved against the OS language. */
export function shellLanguage(preference: 'system' | ShellLanguage, systemLocale: ShellLanguage): ShellLanguage {
  return preference === 'system' ? systemLocale : preference;
}

/** The sentence for a failed menu action, from the error code the service returned. */
export function errorSentence(labels: ShellLabels, code: string): string {
  if (code === 'WORKSPACE_NOT_FOUND' || code === 'WORKSPACE_EXISTS' || code === 'WORKSPACE_LOCKED')
    return labels.errors[code];
  return labels.errors.other.replace('{code}', code);
}
