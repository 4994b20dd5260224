// The backup header (utils/formats/backup.ts: BACKUP_FORMAT, BACKUP_VERSION), repeated here
// because this plain-JS script cannot import TypeScript; a mismatch makes the import fail loudly.
export const BACKUP_FORMAT_FIELDS = { format: 'talk-notes-backup', version: 1 };
